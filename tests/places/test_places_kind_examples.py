"""Branch tp39 (issue 15; news-dev66's place class): names given as examples of a plural kind noun of
places (``big states such as <A> or <B>``, ``cities like <A>``, ``provinces still contested, including
<A>``) are places of that kind, one name or a list: a name that is both a state and its largest city
is then the state. The last kind noun before the example word counts. Sentences written for these
tests, none from a corpus."""

from __future__ import annotations

from newsevents.components.places import kind_of_examples
from test_places_us_local import _place

PUBLISHED = "2026-07-01"


def test_the_kind_noun_before_an_example_word_gives_the_level() -> None:
    assert kind_of_examples("She must carry the big states left on the map, such as ") == "admin1"
    assert kind_of_examples("Rents rose in cities like ") == "city"
    assert kind_of_examples("mayors of cities in states such as ") == "admin1"  # the last kind noun


def test_no_kind_without_an_example_word_or_across_a_sentence() -> None:
    assert kind_of_examples("She must carry the big states. Then she flew to ") is None
    assert kind_of_examples("He won two states and then visited ") is None
    assert kind_of_examples("allies of the United States such as ") is None  # a name, no kind noun


def test_states_given_as_examples_are_states(extract) -> None:
    rec = extract("The governor must still carry the big states left on the map, such as New York or Texas.",
                  published=PUBLISHED)
    new_york = _place(rec, "New York")
    assert new_york is not None and new_york.level == "admin1" and new_york.geonameid == 5128638


def test_without_the_kind_noun_the_city_stays(extract) -> None:
    rec = extract("The governor flew to New York and then to Dallas.", published=PUBLISHED)
    assert _place(rec, "New York").level == "city"
