"""A quotation inside a sentence that no cue reached, in a sentence whose subject is someone the article
quotes elsewhere with a cue of their own, is that speaker's (``<Name> contrasted that with <Other>, who
is looking to "<words>"``): the sentence tells of the speaker using the words (the READ half's
news-dev23, 43, 47 and 65 misses, four articles). A subject never quoted elsewhere gives no speaker, and neither does one whose quotation lies in a clause
of another person (``his mother felt he was "<words>"``: what she felt).
Sentences written for these tests; the model's pipeline (entities needed)."""

from __future__ import annotations


def _quotes(extract, text: str) -> list[tuple[str, str | None]]:
    record = extract(text, published="2024-06-05")
    return [(q.content.text, q.speaker.text if q.speaker else None) for q in record.quotes]


def test_a_quotation_in_a_sentence_about_a_quoted_speaker_is_hers(extract) -> None:
    text = ('"We need more buses," Ann Lee said at the meeting.\n\n'
            'Lee contrasted that with Tom Reed, who is looking to "cut every route that loses money."')
    assert ("cut every route that loses money", "Lee") in _quotes(extract, text)


def test_a_subject_quoted_nowhere_else_gives_no_speaker(extract) -> None:
    text = ('"We need more buses," Ann Lee said at the meeting.\n\n'
            'Tom Reed contrasted that with plans to "cut every route that loses money."')
    assert ("cut every route that loses money", None) in _quotes(extract, text)


def test_a_quotation_in_a_clause_of_another_person_is_not_the_subjects(extract) -> None:
    text = ('"We will open the shop in May," Tom Reed said. Reed said his mother was surprised at first, '
            'but she felt he was "thinking outside the usual lines of trade".')
    assert ("thinking outside the usual lines of trade", "Reed") not in _quotes(extract, text)
