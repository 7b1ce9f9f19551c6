"""Branch tp39 (issue 15; news-dev67's place class): a state named only as the state of a named
office holder (``Sen. <Name> of <State>``, ``<State> Sen. <Name>``: a title of a state office,
state_office of place_words.tsv, directly or abbreviated) casts no vote for the story's state, so a
big city the story is set in is not moved to a small namesake town in that state; a state the text
also names as a scene still votes, and so does one before a sports role (``<State> striker <Name>``)
or a title-case noun that names no person. Sentences written for these tests, none from a corpus."""

from __future__ import annotations

from test_places_us_local import _place

PUBLISHED = "2026-07-01"


def test_a_state_of_provenance_does_not_move_a_big_city_to_a_namesake_town(extract) -> None:
    rec = extract("Sen. Ann Lee of Texas said the steel plant in Cleveland will close next year.", published=PUBLISHED)
    cleveland = _place(rec, "Cleveland")
    assert cleveland is not None and cleveland.admin1 == "Ohio"
    assert _place(rec, "Texas").level == "admin1"  # the state itself is still a place


def test_a_state_also_named_as_a_scene_still_votes(extract) -> None:
    rec = extract("Floods hit towns across Texas this week. Sen. Ann Lee of Texas visited Cleveland on Monday.",
                  published=PUBLISHED)
    assert _place(rec, "Cleveland").admin1 == "Texas"


def test_a_state_before_a_title_and_a_name_is_provenance_too(extract) -> None:
    rec = extract("Texas Sen. Ann Lee said the steel plant in Cleveland will close next year.", published=PUBLISHED)
    assert _place(rec, "Cleveland").admin1 == "Ohio"


def test_a_state_on_a_title_case_noun_that_is_no_persons_name_still_votes(extract) -> None:
    # a title-case headline: "Vt. Film Distributor" names no person holding a state office, so the
    # abbreviated state still votes for the story's state
    rec = extract("Old Mill Cinema Bought By Vt. Film Distributor\n\nThe old cinema in Hartford was bought on Monday.",
                  published=PUBLISHED)
    assert _place(rec, "Hartford").admin1 == "Connecticut"


def test_a_sports_role_is_no_office_of_a_state(extract) -> None:
    # "Texas striker Ann Lee": no state office between the state and the name, so Texas still votes
    rec = extract("Texas striker Ann Lee said the steel plant in Cleveland will close next year.", published=PUBLISHED)
    assert _place(rec, "Cleveland").admin1 == "Texas"
