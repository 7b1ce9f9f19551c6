"""Appositions the parser hangs away from the name (hand-built Docs, sentences of our own, heads as the small
model gives them): an article's noun phrase after a person's name and a set-off element that says where the
person is from (``Rep. Tom Barlow, D-Dayton, a vocal critic of the plan,``: hung on the town), two
descriptions coordinated with ``a`` (``Martha Quillen, a longtime fixture in town politics and a frequent
host of dinners,``: no list of three), and a possessive's noun of any kind set off right before a person's
name (``with her friend, Linda Garvey, of Millbrook``): each is a mention of the person named.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


# Rep. Tom Barlow , D - Dayton , a vocal critic of the plan , said the state must act .
PARTY_TOWN: list[Row] = [
    ("Rep.", "NNP", "PROPN", 2, "compound", "O", True), ("Tom", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
    ("Barlow", "NNP", "PROPN", 15, "nsubj", "I-PERSON", False), (",", ",", "PUNCT", 2, "punct", "O", False),
    ("D", "NNP", "PROPN", 6, "compound", "O", False), ("-", "HYPH", "PUNCT", 6, "punct", "O", False),
    ("Dayton", "NNP", "PROPN", 2, "conj", "O", False), (",", ",", "PUNCT", 6, "punct", "O", False),
    ("a", "DT", "DET", 10, "det", "O", False), ("vocal", "JJ", "ADJ", 10, "amod", "O", False),
    ("critic", "NN", "NOUN", 6, "appos", "O", False), ("of", "IN", "ADP", 10, "prep", "O", False),
    ("the", "DT", "DET", 13, "det", "O", False), ("plan", "NN", "NOUN", 11, "pobj", "O", False),
    (",", ",", "PUNCT", 6, "punct", "O", False), ("said", "VBD", "VERB", 15, "ROOT", "O", False),
    ("the", "DT", "DET", 17, "det", "O", False), ("state", "NN", "NOUN", 19, "nsubj", "O", False),
    ("must", "MD", "AUX", 19, "aux", "O", False), ("act", "VB", "VERB", 15, "ccomp", "O", False),
    (".", ".", "PUNCT", 15, "punct", "O", False),
]
PARTY_TOWN_SPACES = [True, True, False, True, False, False, False, True, True, True, True, True, True, False,
                     True, True, True, True, True, False, False]

# Martha Quillen , a longtime fixture in town politics and a frequent host of dinners , died Tuesday .
TWO_DESCRIPTIONS: list[Row] = [
    ("Martha", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Quillen", "NNP", "PROPN", 16, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 5, "det", "O", False),
    ("longtime", "JJ", "ADJ", 5, "amod", "O", False), ("fixture", "NN", "NOUN", 1, "appos", "O", False),
    ("in", "IN", "ADP", 5, "prep", "O", False), ("town", "NN", "NOUN", 8, "compound", "O", False),
    ("politics", "NNS", "NOUN", 6, "pobj", "O", False), ("and", "CC", "CCONJ", 5, "cc", "O", False),
    ("a", "DT", "DET", 12, "det", "O", False), ("frequent", "JJ", "ADJ", 12, "amod", "O", False),
    ("host", "NN", "NOUN", 5, "conj", "O", False), ("of", "IN", "ADP", 12, "prep", "O", False),
    ("dinners", "NNS", "NOUN", 13, "pobj", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("died", "VBD", "VERB", 16, "ROOT", "O", False), ("Tuesday", "NNP", "PROPN", 16, "npadvmod", "B-DATE", False),
    (".", ".", "PUNCT", 16, "punct", "O", False),
]

# She walked with her friend , Linda Garvey , of Millbrook , on Sunday .
FRIEND: list[Row] = [
    ("She", "PRP", "PRON", 1, "nsubj", "O", True), ("walked", "VBD", "VERB", 1, "ROOT", "O", False),
    ("with", "IN", "ADP", 1, "prep", "O", False), ("her", "PRP$", "PRON", 4, "poss", "O", False),
    ("friend", "NN", "NOUN", 2, "pobj", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
    ("Linda", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Garvey", "NNP", "PROPN", 4, "appos", "I-PERSON", False),
    (",", ",", "PUNCT", 7, "punct", "O", False), ("of", "IN", "ADP", 7, "prep", "O", False),
    ("Millbrook", "NNP", "PROPN", 9, "pobj", "B-GPE", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("on", "IN", "ADP", 1, "prep", "O", False), ("Sunday", "NNP", "PROPN", 12, "pobj", "B-DATE", False),
    (".", ".", "PUNCT", 1, "punct", "O", False),
]

# As part of his plea , Tom Reed , 44 , said he stole the cars .  (the name opens the main clause: no apposition)
PLEA: list[Row] = [
    ("As", "IN", "ADP", 11, "prep", "O", True), ("part", "NN", "NOUN", 0, "pobj", "O", False),
    ("of", "IN", "ADP", 1, "prep", "O", False), ("his", "PRP$", "PRON", 4, "poss", "O", False),
    ("plea", "NN", "NOUN", 2, "pobj", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
    ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 4, "appos", "I-PERSON", False),
    (",", ",", "PUNCT", 4, "punct", "O", False), ("44", "CD", "NUM", 4, "appos", "B-DATE", False),
    (",", ",", "PUNCT", 4, "punct", "O", False), ("said", "VBD", "VERB", 11, "ROOT", "O", False),
    ("he", "PRP", "PRON", 13, "nsubj", "O", False), ("stole", "VBD", "VERB", 11, "ccomp", "O", False),
    ("the", "DT", "DET", 15, "det", "O", False), ("cars", "NNS", "NOUN", 13, "dobj", "O", False),
    (".", ".", "PUNCT", 11, "punct", "O", False),
]

# She thanked Tom Reed , the mayor 's office and the fire department .
LIST_OF_THREE: list[Row] = [
    ("She", "PRP", "PRON", 1, "nsubj", "O", True), ("thanked", "VBD", "VERB", 1, "ROOT", "O", False),
    ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 1, "dobj", "I-PERSON", False),
    (",", ",", "PUNCT", 3, "punct", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
    ("mayor", "NN", "NOUN", 8, "poss", "O", False), ("'s", "POS", "PART", 6, "case", "O", False),
    ("office", "NN", "NOUN", 3, "appos", "O", False), ("and", "CC", "CCONJ", 8, "cc", "O", False),
    ("the", "DT", "DET", 12, "det", "O", False), ("fire", "NN", "NOUN", 12, "compound", "O", False),
    ("department", "NN", "NOUN", 8, "conj", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False),
]


def test_an_apposition_after_a_party_and_town_is_a_mention_of_the_person(stage_entities) -> None:
    found = stage_entities(PARTY_TOWN, PARTY_TOWN_SPACES)
    assert "a vocal critic" in _texts(found["Tom Barlow"])


def test_two_indefinite_descriptions_coordinated_after_a_name_are_no_list(stage_entities) -> None:
    assert "a longtime fixture" in _texts(stage_entities(TWO_DESCRIPTIONS)["Martha Quillen"])


def test_a_possessive_noun_set_off_before_a_name_is_the_person(stage_entities) -> None:
    assert "friend" in _texts(stage_entities(FRIEND)["Linda Garvey"])


def test_a_possessive_noun_before_a_name_that_opens_its_clause_is_no_apposition(stage_entities) -> None:
    assert "plea" not in _texts(stage_entities(PLEA, lemma_of={"said": "say"})["Tom Reed"])


def test_a_definite_list_after_a_name_stays_a_list(stage_entities) -> None:
    found = stage_entities(LIST_OF_THREE)
    assert not any("office" in t for t in _texts(found["Tom Reed"]))
