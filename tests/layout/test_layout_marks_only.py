"""speed18: the layout rules that look only where their marks are written act as the per-token scans did.

``join_abbreviated_titles`` reads only the tokens starting where a title and a full stop are written
(found from the text's full stops), ``split_datelines`` only the tokens holding a dash. These tests
compare the tokens they read with those a scan of every token would act on, on sentences of this
file's own, and check the rules' results on a few of them (and that a hyphen inside a word is no
dateline).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.paragraphs import (
    _DASH_CHARACTER,
    _DATELINE_DASHES,
    _dotted_title_tokens,
    _dotted_titles,
    _tokens_over,
    join_abbreviated_titles,
    split_datelines,
)

TOKENIZER = spacy.blank("en")

OWN_TEXTS = [
    "A goat butted Cpl. Rina Oduya and SGT. Pell Varn, then Sgt.Ann and sgt. Kim Roe; Mr. Tane met Dr.",
    "BRACKWELL -- Crews said Lt. Oren Sabe left a well-known inn—late.\n\nFERNDALE \u2014 Rain fell.",
    "Capt . Ida Lune spoke. No titles here, only a full stop at the end.",
    "",
]


def _title_tokens_by_scan(doc: Doc) -> list[int]:
    """Every token the per-token scan of ``join_abbreviated_titles`` would look further at."""
    titles, n, found = _dotted_titles(), len(doc), []
    for token in doc:
        text = token.text
        if text.endswith(".") and len(text) > 2:
            word = text[:-1]
        elif text.isalpha() and token.i + 1 < n and doc[token.i + 1].text == "." and not token.whitespace_:
            word = text
        else:
            continue
        if word[:1].isupper() and word[1:].islower() and word.lower() in titles:
            found.append(token.i)
    return found


def test_titles_found_from_full_stops_are_those_a_token_scan_finds() -> None:
    for text in OWN_TEXTS:
        doc = TOKENIZER.make_doc(text)
        fast = [t.i for t in _dotted_title_tokens(doc)]
        assert set(_title_tokens_by_scan(doc)) <= set(fast), text
        assert fast == sorted(set(fast))


def test_dash_tokens_found_from_the_text_are_those_a_token_scan_finds() -> None:
    for text in OWN_TEXTS:
        doc = TOKENIZER.make_doc(text)
        fast = [t.i for t in _tokens_over(doc, _DASH_CHARACTER.finditer(doc.text)) if t.text in _DATELINE_DASHES]
        assert fast == [t.i for t in doc if t.text in _DATELINE_DASHES], text


def test_a_title_in_any_writing_still_joins_its_name() -> None:
    words = ["Rain", "hit", "Capt.", "Ida", "Lune", "and", "Capt", ".", "Bo", "Nye"]
    doc = Doc(TOKENIZER.vocab, words=words, spaces=[True, True, True, True, True, True, False, True, True, False],
              tags=["NN", "VBD", "NNP", "NNP", "NNP", "CC", "NNP", ".", "NNP", "NNP"])
    join_abbreviated_titles(doc)
    assert doc[3].is_sent_start is False and doc[8].is_sent_start is False and doc[7].is_sent_start is False


def test_a_hyphen_inside_a_word_is_no_dateline_and_a_dash_after_a_town_is() -> None:
    doc = TOKENIZER.make_doc("A well-Known inn\n\nHOLTON, Kan. -- Crews said so.")
    split_datelines(doc)
    assert next(t for t in doc if t.text == "Known").is_sent_start is not True
    assert next(t for t in doc if t.text == "Crews").is_sent_start is True


def test_a_missing_gazetteer_index_gives_no_place_and_a_lookup_fault_is_raised(monkeypatch) -> None:
    """The checks of other stages answer "no place" when the packaged index cannot be read (the places stage
    reports that to the user), but a fault in a lookup itself is not swallowed."""
    import pytest

    from newsevents.geo import gazetteer

    def unreadable(*_args, **_kwargs):
        raise OSError("no index")

    monkeypatch.setattr(gazetteer, "load_gazetteer", unreadable)
    assert gazetteer.packaged_gazetteer_or_none() is None

    class Broken:
        def candidates(self, _name):
            raise ValueError("a bug in a lookup")

    monkeypatch.setattr(gazetteer, "load_gazetteer", lambda *_a, **_k: Broken())
    from newsevents.components.paragraphs import _known_place
    with pytest.raises(ValueError):
        _known_place("Millbrook")
