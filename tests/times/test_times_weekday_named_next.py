"""A bare weekday of the publication's own name told of something ahead (``what he would say
Thursday`` in a Thursday article) is the publication day, unless the text names that weekday as
next week's (``next Thursday night``): then it is the coming one. A weekday told in the past stays
the publication day. quotes30, from news-dev44's class description; sentences written for these
tests."""

from __future__ import annotations

PUBLISHED = "2026-07-16"  # a Thursday

TEXT = (
    "Party unveils convention speakers\n\n"
    "The party published the initial schedule Thursday. Reporters asked the senator what he would "
    "say Thursday, and he declined to answer.\n\n"
    "The tech investor will speak next Thursday night, before the nominee.\n"
)


def _values(record) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in record.times]


def test_the_weekday_ahead_is_next_weeks_when_the_text_says_so(pipeline) -> None:
    values = _values(pipeline.extract(TEXT, published=PUBLISHED))
    assert ("Thursday", "2026-07-23") in values
    assert values[0] == ("Thursday", "2026-07-16")  # published Thursday: the publication day


def test_without_next_weekday_the_publication_day_stays(pipeline) -> None:
    text = TEXT.replace("next Thursday night", "at the convention")
    values = _values(pipeline.extract(text, published=PUBLISHED))
    assert [v for t, v in values if t == "Thursday"] == ["2026-07-16", "2026-07-16"]
