"""US local-news place rules of brief s14-places (sentences written for these tests, none from a
corpus or from tests/data/places_heldout1.tsv):

- a name right before a comma and a state (``Athens, Ala.``, ``Lebanon, Tenn.``) is a place inside
  that state when the gazetteer has one there: hard evidence, like a cue word; a country's name
  before a list of states stays the country;
- a state's abbreviation after a town closes a list: ``Santa Cruz, Calif.`` is no list of
  first-level names (which made the town an admin1 division);
- the state after the last of coordinated towns encloses the earlier ones (``Portland and
  Medford, Ore.``);
- a name joined by ``and``/``or`` to a place spaCy labelled is a place (``Joplin``, which the
  small model may call a person);
- a water body the gazetteer does not know (``Ohio River``) is not read as the state inside it.
"""

from __future__ import annotations

PUBLISHED = "2025-07-01"


def _place(record, needle: str, nth: int = 1):
    """The place with a mention overlapping the ``nth`` occurrence of ``needle`` in the article, or None
    (shared by the place tests of later sessions)."""
    text = record.article.text
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return next((p for p in record.places for m in p.mentions if m.start < start + len(needle) and start < m.end), None)


def test_a_town_before_an_abbreviated_state_lies_in_that_state(extract) -> None:
    rec = extract("Officials in Athens, Ala., opened a cooling center on Monday.", published=PUBLISHED)
    town = _place(rec, "Athens")
    assert town is not None and town.geonameid == 4830668  # Athens, Limestone County, Alabama


def test_a_country_named_town_before_its_state_is_the_town(extract) -> None:
    rec = extract("A fire gutted a diner in Lebanon, Tenn., early Sunday.", published=PUBLISHED)
    town = _place(rec, "Lebanon")
    assert town is not None and town.level == "city" and town.geonameid == 4636045


def test_a_country_before_a_list_of_states_is_no_town_of_the_first_state(extract) -> None:
    rec = extract("Mexico, Texas and Arizona signed the water pact on Friday.", published=PUBLISHED)
    country = _place(rec, "Mexico")
    assert country is not None and country.country == "MEX"


def test_a_list_of_states_stays_states(extract) -> None:
    rec = extract("Hail fell across Texas, Oklahoma and Kansas overnight.", published=PUBLISHED)
    assert all(_place(rec, name).level == "admin1" for name in ("Texas", "Oklahoma", "Kansas"))


def test_an_abbreviated_state_closes_a_list(extract) -> None:
    rec = extract("Surfers gathered at the pier in Santa Cruz, Calif., for the contest.", published=PUBLISHED)
    town = _place(rec, "Santa Cruz")
    assert town is not None and town.level == "city" and town.admin1 == "California"


def test_the_state_after_coordinated_towns_encloses_them_all(extract) -> None:
    rec = extract("Heavy snow fell on Portland and Medford, Ore., overnight.", published=PUBLISHED)
    town = _place(rec, "Portland")
    assert town is not None and town.geonameid == 5746545  # Portland, Oregon


def test_a_name_coordinated_with_a_place_is_a_place(extract) -> None:
    rec = extract("Anglers drove in from Joplin and Branson for the spring derby.", published=PUBLISHED)
    town = _place(rec, "Joplin")
    assert town is not None and town.admin1 == "Missouri"


def test_a_person_named_like_a_town_is_not_made_a_place(extract) -> None:
    rec = extract("The award went to Ellen Joplin and Sam Reyes of the county library.", published=PUBLISHED)
    assert _place(rec, "Joplin") is None


def test_a_river_named_after_a_state_is_not_the_state(extract) -> None:
    rec = extract("Barges stalled on the Ohio River near Evansville as the water fell.", published=PUBLISHED)
    river = _place(rec, "Ohio")
    assert river is None or river.level != "admin1"
    town = _place(rec, "Evansville")
    assert town is not None and town.admin1 == "Indiana"


def test_towns_that_name_teams_in_a_game_report_are_not_places(extract) -> None:
    rec = extract("Memphis edged Atlanta 99-97 in overtime on Saturday night.", published=PUBLISHED)
    assert _place(rec, "Memphis") is None and _place(rec, "Atlanta") is None


def test_a_town_beside_a_score_but_not_a_team_stays_a_place(extract) -> None:
    rec = extract("Storms hit Memphis on Sunday, hours after the Grizzlies lost 101-95.", published=PUBLISHED)
    town = _place(rec, "Memphis")
    assert town is not None and town.admin1 == "Tennessee"


def test_place_words_table_is_read() -> None:
    from newsevents.components.places import _place_words
    from newsevents.tables import table_dir

    assert "beat" in _place_words(table_dir(None), "result_verb")


def test_a_bare_state_name_is_the_state_not_its_namesake_city(extract) -> None:
    rec = extract("Ranchers in Oklahoma lost hundreds of cattle in the blizzard.", published=PUBLISHED)
    state = _place(rec, "Oklahoma")
    assert state is not None and state.level == "admin1"


def test_a_world_city_keeps_its_region_name(extract) -> None:
    rec = extract("She opened a small bakery in New York last spring.", published=PUBLISHED)
    city = _place(rec, "New York")
    assert city is not None and city.level == "city"


def test_a_state_named_later_decides_a_town_named_earlier(extract) -> None:
    rec = extract("Crews cleared fallen trees in Albany on Monday. Georgia officials said the storm cut "
                  "power to 3,000 homes.", published=PUBLISHED)
    town = _place(rec, "Albany")
    assert town is not None and town.geonameid == 4179320  # Albany, Dougherty County, Georgia
    assert _place(rec, "Georgia").level == "admin1"


def test_without_a_state_the_bigger_namesake_stays(extract) -> None:
    rec = extract("Crews cleared fallen trees in Albany on Monday.", published=PUBLISHED)
    town = _place(rec, "Albany")
    assert town is not None and town.admin1 == "New York"


def test_a_town_modifying_a_player_in_a_game_report_stays_a_place(extract) -> None:
    rec = extract("Late in the second half, Cole Avery beat Tulsa keeper Ian Moss from 20 yards to make it 2-1.",
                  published=PUBLISHED)
    assert _place(rec, "Tulsa") is not None
