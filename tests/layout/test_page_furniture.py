"""Web-page layout (layout23, issue 15): page furniture between two paragraphs of one person's
words. Every text here is invented.

- a link line to another story (``Read More``, ``READ MORE:``; the ``link_line`` rows of
  ``data/speech_cues.tsv``) flattened into the text at the start of the paragraph that continues
  a quotation left open keeps the two paragraphs one quotation, so the second keeps the speaker;
- a press release's speaker line (a name in capitals, a spaced dash, a role, no verb: ``JANE ROE
  - Chief Executive of Acme``) names a person whether or not the model tagged the name, the
  role after the dash is no person of its own, and the quotation after the line is that
  person's;
- a heading run into the next sentence with the line break lost (``components/paragraphs.py``): a
  name written twice in a row (``About Acme Foods Acme Foods is ...``, ``... IN NORTHWIND
  Northwind has ...``) and a heading of four words or more in capitals (``ACME SELLS ITS STAKE IN
  NORTHWIND Brightwater Foods has ...``) end where the sentence starts;
- a non-speech cue after a quotation (``"...," Pike chuckles.``, ``Pike jokes.``) that the tagger
  read as a plural noun is the quotation's cue, its subject the person so named; a family name
  the model did not tag as a name still names the one person of the article with it.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.components.paragraphs import split_capitals_headings, split_repeated_names
from newsevents.components.quotes import find_quote_spans, load_cue_lexicon

LINKS = load_cue_lexicon().link_line


def _inner(text: str, links: frozenset[str] = LINKS) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text, links)]


def test_link_lines_are_rows_of_the_cue_table():
    assert "read more" in LINKS


def test_link_line_between_paragraphs_of_one_quotation():
    text = ("“We planted the first vines in spring and they took well.\n\n"
            "Read More “The second harvest was better than we hoped,” she said.")
    assert _inner(text) == ["We planted the first vines in spring and they took well.\n\n"
                            "Read More “The second harvest was better than we hoped,"]
    # without the link line rows the paragraph opens a quotation of its own
    assert len(_inner(text, frozenset())) == 2


def test_link_line_in_capitals_with_colon():
    text = '"The bridge will reopen in May.\n\nREAD MORE: "Until then the ferry runs hourly," he said.'
    assert len(_inner(text)) == 1


def test_other_words_before_a_mark_still_end_the_quotation():
    text = ("“We planted the first vines in spring.\n\n"
            "Mary Quill added: “The second harvest was better.”")
    assert len(_inner(text)) == 2


def test_speaker_carries_over_the_link_line(extract):
    text = ("Vineyard owner Carla Benning said: “We planted the first vines in spring and they took well.\n\n"
            "Read More “The second harvest was better than we hoped. We will sell the wine in the village.”\n\n"
            "The vineyard opens to visitors in June.")
    record = extract(text, published="2025-11-20")
    names = {e.id: e.name for e in record.entities}
    second = [q for q in record.quotes if "second harvest" in q.content.text]
    assert second and second[0].speaker is not None
    assert names.get(second[0].speaker.entity) == "Carla Benning"


def _quotes(extract, text: str) -> list[tuple[str, str | None]]:
    record = extract(text, published="2025-11-20")
    names = {e.id: e.name for e in record.entities}
    return [(q.content.text, names.get(q.speaker.entity) if q.speaker and q.speaker.entity else None)
            for q in record.quotes]


def test_speaker_line_names_the_speaker(extract):
    text = ("Brightwater Foods opened a new plant in Leeds.\n\n"
            "SANDRA OKAFOR - Chief Financial Officer, Brightwater Foods\n\n"
            "\"The plant will employ 200 people by the end of the year.\"")
    record = extract(text, published="2025-11-20")
    people = [e.name for e in record.entities if e.type == "PERSON"]
    assert people == ["SANDRA OKAFOR"]
    assert _quotes(extract, text) == [("The plant will employ 200 people by the end of the year", "SANDRA OKAFOR")]


def test_speaker_line_run_into_its_paragraph(extract):
    text = ("The fund raised $10 million. PETER HALL - Managing Director of Northwind "
            "\"We are delighted with the result and look forward to the next year.\"")
    assert [speaker for _, speaker in _quotes(extract, text)] == ["PETER HALL"]


def test_line_in_capitals_with_no_role_names_nobody(extract):
    text = ("The fund raised $10 million.\n\nACME HOLDINGS - Annual Report 2020\n\n"
            "\"We are delighted with the result and look forward to the next year.\"")
    assert [speaker for _, speaker in _quotes(extract, text)] == [None]
    assert not [e for e in extract(text, published="2025-11-20").entities if e.type == "PERSON"]


def test_dash_in_a_sentence_is_no_speaker_line(extract):
    text = ("The vote was close. TOM REED - who chairs the board - said little.\n\n"
            "\"We will look at the figures again next week,\" a spokesman said.")
    assert all(speaker != "TOM REED" for _, speaker in _quotes(extract, text))


def _doc(text: str) -> Doc:
    words = text.split(" ")
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


def _starts(doc: Doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start is True and t.i > 0]


def test_about_heading_glued_to_the_boilerplate_sentence():
    doc = split_repeated_names(_doc("About Brightwater Foods Brightwater Foods is a maker of garden tools ."))
    assert _starts(doc) == ["Brightwater"] and doc[3].i == 3 and doc[3].is_sent_start
    assert doc[4].is_sent_start is False  # "Foods" stays with its name


def test_heading_in_capitals_ending_with_the_name_the_sentence_opens_with():
    doc = split_repeated_names(_doc("ACME SELLS SHARES IN NORTHWIND Northwind has lost its largest shareholder ."))
    assert _starts(doc) == ["Northwind"]


@pytest.mark.parametrize("text", [
    "The band Duran Duran played in Leeds on Monday .",  # one word twice in one case: a name
    "She said that that was all .",  # lower case
    "Ann Lee met Lee Ann at the market .",  # not the same words in order
])
def test_no_repeated_name_no_split(text):
    assert _starts(split_repeated_names(_doc(text))) == []


def test_capitals_heading_run_into_the_lead():
    doc = split_capitals_headings(_doc("BRIGHTWATER SELLS ITS STAKE IN NORTHWIND Brightwater Foods has sold its stake ."))
    assert _starts(doc) == ["Brightwater"]


@pytest.mark.parametrize("text", [
    "Talks between the UN and NATO Officials went on .",  # capitals inside a sentence
    "ACME FOODS PLC Chief Executive Ann Lee said so .",  # three words in capitals
])
def test_short_or_inner_capitals_no_split(text):
    assert _starts(split_capitals_headings(_doc(text))) == []


@pytest.mark.parametrize("verb", ["chuckles", "jokes", "laughs", "smiles"])
def test_manner_cue_after_quotation_with_family_name(extract, verb):
    text = (f"Jane Pike opened the cake shop in May.\n\n"
            f"\"I never thought I would sell cakes for a living,\" Pike {verb}.")
    record = extract(text, published="2025-11-20")
    names = {e.id: e.name for e in record.entities}
    (quote,) = record.quotes
    assert quote.content.text.startswith("I never thought")
    assert names.get(quote.speaker.entity) == "Jane Pike"


def test_plural_noun_after_quotation_is_no_cue(extract):
    text = ("The fair opened in May.\n\n"
            "\"Come early, bring the family and enjoy the day,\" Summer fun awaits.")
    record = extract(text, published="2025-11-20")
    assert all(q.cue is None or q.cue.text != "awaits" for q in record.quotes)
