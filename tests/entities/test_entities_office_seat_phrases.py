"""An office said with its seat's place (``the independent senator from Vermont``, ``the mayor of Fairview``)
names one holder whatever adjectives it has, and looks back to a holder named before, never forward to one the
text titles later (issue 15, descs40; hand-built Docs of sentences written for these tests)."""

from __future__ import annotations


def _beat_rows(seat: bool) -> list[tuple]:
    """"Ann Lee beat the independent senator [from Vermont] ." """
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("beat", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 5, "det", "O", False),
            ("independent", "JJ", "ADJ", 5, "amod", "O", False), ("senator", "NN", "NOUN", 2, "dobj", "O", False)]
    if seat:
        rows += [("from", "IN", "ADP", 5, "prep", "O", False), ("Vermont", "NNP", "PROPN", 6, "pobj", "B-GPE", False)]
    return rows + [(".", ".", "PUNCT", 2, "punct", "O", False)]


def _mentions(found: dict) -> list[str]:
    return [m for mentions in found.values() for m in mentions]


def test_an_office_with_its_seat_is_one_holder_whatever_its_adjectives(mention_texts) -> None:
    assert "the independent senator" in _mentions(mention_texts(_beat_rows(seat=True)))


def test_an_office_with_an_adjective_and_no_seat_stays_no_one(mention_texts) -> None:
    assert "the independent senator" not in _mentions(mention_texts(_beat_rows(seat=False)))


def test_an_office_with_its_seat_is_no_holder_titled_only_later(mention_texts) -> None:
    # "Ann Lee spoke . The senator from Vermont won . Sen. Tom Carr spoke ." (someone named before: the
    # description looks back, not forward to the one titled later)
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    rows += [(w, t, p, h + 4, d, e, s) for w, t, p, h, d, e, s in [
            ("The", "DT", "DET", 1, "det", "O", True), ("senator", "NN", "NOUN", 4, "nsubj", "O", False),
            ("from", "IN", "ADP", 1, "prep", "O", False), ("Vermont", "NNP", "PROPN", 2, "pobj", "B-GPE", False),
            ("won", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
            ("Sen.", "NNP", "PROPN", 8, "compound", "O", True), ("Tom", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
            ("Carr", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 9, "ROOT", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]]
    found = mention_texts(rows)
    carr = next(mentions for name, mentions in found.items() if "Carr" in name)
    assert not any(m.lower().startswith("the senator") for m in carr), found

