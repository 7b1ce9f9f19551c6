"""A paragraph of quotation with no cue right after a paragraph ending ``<Body> issued a statement
apologizing to ...``: the statement's words, spoken by the body that issued it; the speaker of an
indirect quote before it does not carry over (quotes30, from news-dev44's class description).
Sentences written for these tests."""

from __future__ import annotations

TEXT = (
    "Harbour party chair resigns over leaked files\n\n"
    "The files, which included staff members suggesting someone should question the rival about his "
    "faith, were released on Friday.\n\n"
    "On Monday the Harbour Party Committee issued a statement apologizing to the rival and his supporters.\n\n"
    '"On behalf of everyone at the committee, we want to offer a deep and sincere apology to the rival '
    'and his supporters for the remarks made over email. These remarks do not reflect our values."'
)


def test_the_body_that_issued_the_statement_speaks(pipeline) -> None:
    record = pipeline.extract(TEXT)
    found = [q for q in record.quotes if q.content.text.startswith("On behalf of everyone")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "the Harbour Party Committee"


def test_a_sentence_after_the_statement_breaks_the_link(pipeline) -> None:
    text = TEXT.replace('\n\n"On behalf', ' Its chair stayed silent.\n\n"On behalf')
    record = pipeline.extract(text)
    found = [q for q in record.quotes if q.content.text.startswith("On behalf of everyone")]
    assert found and (found[0].speaker is None or found[0].speaker.text != "the Harbour Party Committee")
