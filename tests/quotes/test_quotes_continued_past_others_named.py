"""A quotation with no cue of its own after the speaker's quotation in the same paragraph goes on with
that speaker's words when the text between goes on about the speaker: every clause there has the
speaker as its subject, and others are named only as objects or owners (``as he described her
fight``, ``she plans to vote for <Name>``); another person as a subject (``<Name> disagreed``) may
be the speaker, so no credit; the same holds for a quotation opening the next paragraph. A quotation
after an adverb opening its sentence (``Instead, "..."``)
opens that sentence as well. A verb of manner with its subject before it and a comma right after
(``<Name> continued, "..."``) introduces the quotation after the comma. The READ half's news-dev81,
84 and 82 misses. Sentences written for these tests; the model's pipeline (entities needed)."""

from __future__ import annotations


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    record = extract(text, published="2024-06-05")
    return [(q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
            for q in record.quotes]


def _speaker_of(quotes, words: str) -> str | None:
    return next(speaker for content, _, speaker in quotes if words in content)


def test_a_woman_named_as_an_owner_in_the_credit_clause_takes_no_quotation(extract) -> None:
    quotes = _quotes(extract, 'Ann Lee ran for mayor in 2010. "I thought the plan was over," Tom Reed said, as he '
                              'described her long fight for the school. "She never gave up on the children of this town."')
    assert _speaker_of(quotes, "She never gave up") == "Tom Reed"


def test_a_sentence_about_the_speaker_naming_another_as_an_object_keeps_the_speaker(extract) -> None:
    quotes = _quotes(extract, '"You cannot blame the town," said Ann Lee, a nurse from Dover. A teacher who moved '
                              'here in 2010, she plans to vote for Tom Reed next month. "It is not fair."')
    assert _speaker_of(quotes, "It is not fair") == "Ann Lee"


def test_another_person_as_a_subject_between_stops_the_credit(extract) -> None:
    quotes = _quotes(extract, '"You cannot blame the town," said Ann Lee. Tom Reed disagreed with her. "It is not fair."')
    assert _speaker_of(quotes, "It is not fair") != "Ann Lee"


def test_a_quotation_after_an_opening_adverb_goes_on_with_the_speaker(extract) -> None:
    quotes = _quotes(extract, '"He is supposed to lead this town," Ann Lee said. Instead, "he just sits in his office."')
    assert _speaker_of(quotes, "he just sits in his office") == "Ann Lee"


def test_a_quotation_after_an_opening_adverb_takes_no_speaker_when_another_acts_between(extract) -> None:
    quotes = _quotes(extract, '"We tried," said Ann Lee. Tom Reed shook his head. Still, "nobody listened to a word we said."')
    assert _speaker_of(quotes, "nobody listened") is None


def test_a_verb_of_manner_before_a_comma_introduces_the_quotation_after_it(extract) -> None:
    quotes = _quotes(extract, 'Ann Lee continued, "We tried everything we could think of."')
    assert ("We tried everything we could think of", "continued", "Ann Lee") in quotes


def test_a_quotation_opening_the_next_paragraph_goes_on_with_the_credited_speaker(extract) -> None:
    quotes = _quotes(extract, 'Ann Lee said the town needed more buses. The council meets on Monday.\n\n'
                              '"Nobody else will do it for the people of this town."')
    assert _speaker_of(quotes, "Nobody else will do it") == "Ann Lee"


def test_a_person_named_as_a_subject_before_the_paragraph_takes_it_instead(extract) -> None:
    quotes = _quotes(extract, 'Ann Lee said the town needed more buses. Tom Reed will chair the meeting on Monday.\n\n'
                              '"Nobody else will do it for the people of this town."')
    assert _speaker_of(quotes, "Nobody else will do it") != "Ann Lee"
