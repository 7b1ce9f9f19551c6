"""A quotation paragraph with no cue after a sentence whose reported words hold another cue
(``Her neighbours have teased her for years, calling Lena Ortiz "the mayor of the street," Ortiz
said.``) goes on with the speaker who reports the sentence (Ortiz), not with the group whose
calling she reports (quotes29, from news-dev42's class description). Sentences written for these
tests."""

from __future__ import annotations

TEXT = (
    "Lena Ortiz spoke about her street on Sunday.\n\n"
    'Her neighbours have teased her for years, calling Ortiz "the mayor of the street," Ortiz said.\n\n'
    '"I do not mind it at all. They will vote for me one day, I am sure of it."'
)


def test_the_next_paragraph_goes_on_with_the_reporter(pipeline) -> None:
    record = pipeline.extract(TEXT)
    last = [q for q in record.quotes if q.content.text.startswith("I do not mind")]
    assert last and last[0].speaker is not None and last[0].speaker.text == "Ortiz"


def test_without_a_reporter_the_next_paragraph_goes_on_with_the_caller(pipeline) -> None:
    text = ("Lena Ortiz spoke about her street on Sunday.\n\n"
            'Ortiz laughed, calling herself "the mayor of the street, at least for now."\n\n'
            '"I do not mind it at all. They will vote for me one day, I am sure of it."')
    last = [q for q in pipeline.extract(text).quotes if q.content.text.startswith("I do not mind")]
    assert last and last[0].speaker is not None and last[0].speaker.text == "Ortiz"
