"""Branch ents37 (issue 15): a pollster's short name the model read as a place (a university named after
a town): ``The <Town> poll`` after ``<Town> University``, and ``polls from <Town> and <Body>``. Hand-built
Docs of sentences written for these tests (rows as the parser reads such sentences); none is taken from a
corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Zelmont University released a poll .
RELEASED = [("Zelmont", "NNP", "PROPN", 1, "compound", "B-ORG"), ("University", "NNP", "PROPN", 2, "nsubj", "I-ORG"),
            ("released", "VBD", "VERB", 2, "ROOT", "O"), ("a", "DT", "DET", 4, "det", "O"),
            ("poll", "NN", "NOUN", 2, "dobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
# The Zelmont poll found Lee ahead .
FOUND = [("The", "DT", "DET", 2, "det", "O"), ("Zelmont", "NNP", "PROPN", 2, "compound", "B-GPE"),
         ("poll", "NN", "NOUN", 3, "nsubj", "O"), ("found", "VBD", "VERB", 3, "ROOT", "O"),
         ("Lee", "NNP", "PROPN", 5, "nsubj", "B-PERSON"), ("ahead", "RB", "ADV", 3, "ccomp", "O"),
         (".", ".", "PUNCT", 3, "punct", "O")]
# Lee led in polls from Quarnby and Acme News .
LISTED = [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("led", "VBD", "VERB", 1, "ROOT", "O"),
          ("in", "IN", "ADP", 1, "prep", "O"), ("polls", "NNS", "NOUN", 2, "pobj", "O"),
          ("from", "IN", "ADP", 3, "prep", "O"), ("Quarnby", "NNP", "PROPN", 4, "pobj", "B-GPE"),
          ("and", "CC", "CCONJ", 5, "cc", "O"), ("Acme", "NNP", "PROPN", 8, "compound", "B-ORG"),
          ("News", "NNP", "PROPN", 5, "conj", "I-ORG"), (".", ".", "PUNCT", 1, "punct", "O")]


def _holder(found: dict, text: str) -> list[str]:
    return [name for name, e in found.items() if e.type == "ORG" and any(m.text == text for m in e.mentions)]


def test_the_town_poll_is_the_university_named_after_the_town(stage_entities):
    found = stage_entities(_doc(RELEASED, FOUND))
    assert _holder(found, "Zelmont"), found


def test_a_town_listed_with_a_body_after_polls_from_is_a_pollster(stage_entities):
    found = stage_entities(_doc(LISTED))
    assert _holder(found, "Quarnby"), found


def test_a_town_poll_with_no_body_of_that_name_stays_a_place(stage_entities):
    found = stage_entities(_doc(FOUND))
    assert not _holder(found, "Zelmont"), found
