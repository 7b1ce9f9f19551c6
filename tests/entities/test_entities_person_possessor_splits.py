"""A possessive name and the capitalised name after it tagged as one body (``<Surname>'s <Firm Name>
hired``, ``<Surname>'s <Place> house``) are two names when the words before the possessive are a person the
article names elsewhere: the person, and the body (or, before a common noun, the place) the person owns.
With no such person the span stays one body (a firm named after a founder's possessive). Hand-built Docs of
sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Banker Oren Galt gave money .
GAVE = [("Banker", "NN", "NOUN", 2, "compound", "O"), ("Oren", "NNP", "PROPN", 2, "compound", "B-PERSON"),
        ("Galt", "NNP", "PROPN", 3, "nsubj", "I-PERSON"), ("gave", "VBD", "VERB", 3, "ROOT", "O"),
        ("money", "NN", "NOUN", 3, "dobj", "O"), (".", ".", "PUNCT", 3, "punct", "O")]
# Galt 's Birch Harbor Partners hired Ann Lee .
HIRED = [("Galt", "NNP", "PROPN", 4, "poss", "B-ORG"), ("'s", "POS", "PART", 0, "case", "I-ORG"),
         ("Birch", "NNP", "PROPN", 4, "compound", "I-ORG"), ("Harbor", "NNP", "PROPN", 4, "compound", "I-ORG"),
         ("Partners", "NNPS", "PROPN", 5, "nsubj", "I-ORG"), ("hired", "VBD", "VERB", 5, "ROOT", "O"),
         ("Ann", "NNP", "PROPN", 7, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 5, "dobj", "I-PERSON"),
         (".", ".", "PUNCT", 5, "punct", "O")]


def test_a_known_persons_possessive_before_a_body_is_two_names(stage_entities):
    found = stage_entities(_doc(GAVE, HIRED))
    assert "Birch Harbor Partners" in found and found["Birch Harbor Partners"].type == "ORG", found
    assert "Galt" in [m.text for m in found["Oren Galt"].mentions], found
    assert not any(name.startswith("Galt") for name in found), found


def test_with_no_such_person_the_span_stays_one_body(stage_entities):
    found = stage_entities(_doc(HIRED))
    assert not any(name == "Birch Harbor Partners" for name in found), found
