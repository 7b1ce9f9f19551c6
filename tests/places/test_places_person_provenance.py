"""Branch tp39 (issue 15; news-dev67's place class): a state named only as where a named person comes
from (``Sen. <Name> of <State>``, ``<State> Sen. <Name>``) casts no vote for the story's state, so a
big city the story is set in is not moved to a small namesake town in that state; a state the text
also names as a place things happen in still votes. Sentences written for these tests, none from a
corpus."""

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
    # a title-case headline: "Mass. Concert Promoter" names no person (no two-word name), so the
    # abbreviated state still votes for the story's state
    rec = extract("Riverside Theatre Sold To Mass. Concert Promoter\n\nThe old theater in Hartford was sold on Monday.",
                  published=PUBLISHED)
    assert _place(rec, "Hartford").admin1 == "Connecticut"
