"""Branch bodies32 (issue 15): a body's full name whose first word is a named person's surname (``the Lee
Global Initiative`` after ``Ann Lee``), written again where the model tagged nothing, is the body's name
again, not the person's surname followed by other words. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head relative to the sentence, dep, entity); none is taken from a corpus or a
gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _ran(subject: list[tuple], name_ents: tuple[str, str, str]) -> list[tuple]:
    """``<subject> ran the Lee Global Initiative .``, the subject's rows hung on ``ran``."""
    at = len(subject)
    return [*subject, ("ran", "VBD", "VERB", at, "ROOT", "O"), ("the", "DT", "DET", at + 4, "det", "O"),
            ("Lee", "NNP", "PROPN", at + 4, "compound", name_ents[0]),
            ("Global", "NNP", "PROPN", at + 4, "compound", name_ents[1]),
            ("Initiative", "NNP", "PROPN", at, "dobj", name_ents[2]), (".", ".", "PUNCT", at, "punct", "O")]


ANN_LEE = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON")]
TOM_REED = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON")]


def test_a_bodys_full_name_opening_with_a_surname_is_the_body_again(stage_entities):
    # Ann Lee ran the Lee Global Initiative . Tom Reed ran the Lee Global Initiative .
    rows = _doc(_ran(ANN_LEE, ("B-ORG", "I-ORG", "I-ORG")), _ran(TOM_REED, ("O", "O", "O")))
    found = stage_entities(rows)
    body = found["Lee Global Initiative"]
    assert [m.text for m in body.mentions if m.text.endswith("Initiative")] == ["Lee Global Initiative"] * 2, found
    assert [m.text for m in found["Ann Lee"].mentions] == ["Ann Lee"], found


def test_the_surname_alone_is_still_the_persons(stage_entities):
    # Ann Lee ran the Lee Global Initiative . Tom Reed met Lee .
    met = [*TOM_REED, ("met", "VBD", "VERB", 2, "ROOT", "O"), ("Lee", "NNP", "PROPN", 2, "dobj", "O"),
           (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(_ran(ANN_LEE, ("B-ORG", "I-ORG", "I-ORG")), met))
    assert [m.text for m in found["Ann Lee"].mentions] == ["Ann Lee", "Lee"], found
