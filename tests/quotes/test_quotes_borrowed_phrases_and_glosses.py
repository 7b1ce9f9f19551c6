"""Rules of branch quotes32 (issue 15): quoted words that go on with the writer's own clause (no
subject of their own, no speaker named) are a borrowed phrase, no quote; an attribution sentence
that goes on with a participle clause of the writer's (``, referring to ...``) ends its quote, so
the next quoted sentence is a quote of its own. Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2026-03-18"


def _quotes(extract, text: str) -> list[tuple[str, str | None]]:
    return [(q.content.text, q.speaker.text if q.speaker else None)
            for q in extract(text, published=PUBLISHED).quotes]


def test_a_phrase_borrowed_into_the_narration_is_no_quote(extract) -> None:
    text = "On Friday the two hosts put on swim goggles to see if they could \"look like a movie star.\""
    assert _quotes(extract, text) == []


def test_a_quoted_verb_phrase_under_a_verb_of_saying_stays(extract) -> None:
    found = _quotes(extract, "He will say Labour \"can no longer lay exclusive claim to the votes of the young\".")
    assert [c for c, _ in found] == ["can no longer lay exclusive claim to the votes of the young"], found


def test_a_quoted_noun_phrase_in_the_narration_stays(extract) -> None:
    found = _quotes(extract, "The town has its own legend, the \"curse of the old mill wheel\", which every child learns.")
    assert [c for c, _ in found] == ["curse of the old mill wheel"], found


def test_a_quoted_sentence_with_its_own_subject_stays_a_quote(extract) -> None:
    found = _quotes(extract, "The mayor left. \"The plan will fail and everyone in the town knows it.\"")
    assert [c for c, _ in found] == ["The plan will fail and everyone in the town knows it"]


def test_a_gloss_after_the_credit_ends_the_quote(extract) -> None:
    text = ("\"It's the mayor,\" Ann Lee answered, referring to Ed Holt, an official of the town. "
            "\"I'm sure he knows. I'll call him.\"")
    found = _quotes(extract, text)
    assert ("It's the mayor", "Ann Lee") in found, found
    assert any(c == "I'm sure he knows. I'll call him" for c, _ in found), found


def test_a_bare_credit_still_joins_the_next_sentence(extract) -> None:
    found = _quotes(extract, "\"It's the mayor,\" Ann Lee answered. \"I'm sure he knows. I'll call him.\"")
    assert len(found) == 1 and found[0][0].startswith("It's the mayor") and found[0][0].endswith("call him"), found
