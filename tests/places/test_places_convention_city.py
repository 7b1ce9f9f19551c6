"""A bare city after ``convention in`` (``the Democratic convention in Denver``) in a story that
keeps naming another state: a party's convention is held in a large city, so the story's state
gives its small namesake town no edge (quotes30, from news-dev43's class description). Sentences
written for these tests."""

from __future__ import annotations

TEXT = (
    "Congresswoman slams nominee at phone bank\n\n"
    "Rep. Ann Lee, a Democrat from North Carolina, spoke in Raleigh on Friday, the day after the "
    "Democratic convention in Denver ended.\n\n"
    "She said the nominee had offered nothing to North Carolina voters.\n"
)


def _state_of(record, name: str) -> str | None:
    found = [p for p in record.places if p.name == name]
    assert found, [p.name for p in record.places]
    return found[0].admin1


def test_the_convention_city_is_the_large_one(pipeline) -> None:
    assert _state_of(pipeline.extract(TEXT, published="2026-07-22"), "Denver") == "Colorado"


def test_without_the_convention_the_story_state_decides(pipeline) -> None:
    text = TEXT.replace("the Democratic convention in Denver ended", "her tour of Denver ended")
    assert _state_of(pipeline.extract(text, published="2026-07-22"), "Denver") == "North Carolina"
