"""``implied that <clause>``: a verb of saying by suggestion, like ``hint`` and ``suggest`` (a speech row of
speech_cues.tsv), so the clause is the subject's reported statement -- and quoted fragments inside it make it a
mixed quote of that speaker, not direct quotes with no speaker. Passages written for this test."""

from __future__ import annotations

from newsevents.components.quotes import cue_lexicon


def test_imply_is_a_speech_cue() -> None:
    cue = cue_lexicon().verbs["imply"]
    assert (cue.kind, cue.speech, cue.infinitive) == ("speech", True, False)


def test_implied_that_with_quoted_fragments_is_the_subjects_quote(extract) -> None:
    text = ("Mayor Ann Kolby spoke on Monday.\n\n"
            'She implied that the council had "lost its nerve" over the budget and "walked away" from the plan.\n')
    record = extract(text, published="2016-01-01")
    quotes = [q for q in record.quotes if "lost its nerve" in q.content.text]
    assert len(quotes) == 1, record.quotes
    quote = quotes[0]
    assert quote.kind == "mixed"
    assert "walked away" in quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "She"
    speaker = next(e for e in record.entities if e.id == quote.speaker.entity)
    assert speaker.name == "Ann Kolby"
