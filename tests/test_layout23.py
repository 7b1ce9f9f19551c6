"""Web-page layout (layout23, issue 15): page furniture between two paragraphs of one person's
words. Every text here is invented.

- a link line to another story (``Read More``, ``READ MORE:``; the ``link_line`` rows of
  ``data/speech_cues.tsv``) flattened into the text at the start of the paragraph that continues
  a quotation left open keeps the two paragraphs one quotation, so the second keeps the speaker.
"""

from __future__ import annotations

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
