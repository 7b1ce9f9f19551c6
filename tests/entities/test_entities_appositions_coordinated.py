"""Appositions of a person's name with more than one noun, or with an adjective for a noun (hand-built Docs,
sentences of our own, heads as the small model gives them): nouns coordinated under the one determiner of an
apposition (``Tom Kaplin, a screenwriter and former studio executive,``) are all said of the person named, a
conjunct with a definite determiner of its own is another referent (``Ann Lee, the mayor and the council,``);
an adjective with an article heading an apposition is used as a noun (``Lucy Marsh, a senior at Lakeside
College,``).
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


# Tom Kaplin , a screenwriter and former studio executive , said it .
TWO_TRADES: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Kaplin", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
    ("screenwriter", "NN", "NOUN", 1, "appos", "O", False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
    ("former", "JJ", "ADJ", 8, "amod", "O", False), ("studio", "NN", "NOUN", 8, "compound", "O", False),
    ("executive", "NN", "NOUN", 4, "conj", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("said", "VBD", "VERB", 10, "ROOT", "O", False), ("it", "PRP", "PRON", 10, "dobj", "O", False),
    (".", ".", "PUNCT", 10, "punct", "O", False),
]

# Dan Moss , a banker and former Treasury official , declined to comment .
BODY_INSIDE: list[Row] = [
    ("Dan", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Moss", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
    ("banker", "NN", "NOUN", 1, "appos", "O", False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
    ("former", "JJ", "ADJ", 8, "amod", "O", False), ("Treasury", "NNP", "PROPN", 8, "compound", "B-ORG", False),
    ("official", "NN", "NOUN", 4, "conj", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("declined", "VBD", "VERB", 10, "ROOT", "O", False), ("to", "TO", "PART", 12, "aux", "O", False),
    ("comment", "VB", "VERB", 10, "xcomp", "O", False), (".", ".", "PUNCT", 10, "punct", "O", False),
]

# Ann Lee , the mayor and the council , met on Monday .
TWO_REFERENTS: list[Row] = [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
    ("mayor", "NN", "NOUN", 1, "appos", "O", False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
    ("the", "DT", "DET", 7, "det", "O", False), ("council", "NN", "NOUN", 4, "conj", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("met", "VBD", "VERB", 9, "ROOT", "O", False),
    ("on", "IN", "ADP", 9, "prep", "O", False), ("Monday", "NNP", "PROPN", 10, "pobj", "B-DATE", False),
    (".", ".", "PUNCT", 9, "punct", "O", False),
]

# Lucy Marsh , a senior at Lakeside College , said it was hard .
ADJECTIVE_NOUN: list[Row] = [
    ("Lucy", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Marsh", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
    ("senior", "JJ", "ADJ", 1, "appos", "O", False), ("at", "IN", "ADP", 4, "prep", "O", False),
    ("Lakeside", "NNP", "PROPN", 7, "compound", "B-ORG", False), ("College", "NNP", "PROPN", 5, "pobj", "I-ORG", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("said", "VBD", "VERB", 9, "ROOT", "O", False),
    ("it", "PRP", "PRON", 11, "nsubj", "O", False), ("was", "VBD", "AUX", 9, "ccomp", "O", False),
    ("hard", "JJ", "ADJ", 11, "acomp", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False),
]


def test_nouns_coordinated_under_one_article_are_all_the_person(stage_entities) -> None:
    found = stage_entities(TWO_TRADES, lemma_of={"said": "say"})
    texts = _texts(found["Tom Kaplin"])
    assert "a screenwriter" in texts and "former studio executive" in texts
    assert not any(e.name == "former studio executive" and e.mentions for e in found.values() if e.name != "Tom Kaplin")


def test_a_body_named_inside_the_second_noun_stays_the_body(stage_entities) -> None:
    found = stage_entities(BODY_INSIDE)
    texts = _texts(found["Dan Moss"])
    assert "official" in texts and not any("Treasury" in t for t in texts)


def test_a_second_noun_with_its_own_definite_article_is_another_referent(stage_entities) -> None:
    assert not any("council" in t for t in _texts(stage_entities(TWO_REFERENTS)["Ann Lee"]))


def test_an_adjective_with_an_article_heading_an_apposition_is_the_person(stage_entities) -> None:
    assert "a senior" in _texts(stage_entities(ADJECTIVE_NOUN, lemma_of={"said": "say"})["Lucy Marsh"])


# One of the property owners , Fred Ashwell , has said he will wait .
ONE_OF_GROUP: list[Row] = [
    ("One", "CD", "NUM", 10, "nsubj", "B-CARDINAL", True), ("of", "IN", "ADP", 0, "prep", "O", False),
    ("the", "DT", "DET", 4, "det", "O", False), ("property", "NN", "NOUN", 4, "compound", "O", False),
    ("owners", "NNS", "NOUN", 1, "pobj", "O", False), (",", ",", "PUNCT", 0, "punct", "O", False),
    ("Fred", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Ashwell", "NNP", "PROPN", 0, "appos", "I-PERSON", False),
    (",", ",", "PUNCT", 0, "punct", "O", False), ("has", "VBZ", "AUX", 10, "aux", "O", False),
    ("said", "VBN", "VERB", 10, "ROOT", "O", False), ("he", "PRP", "PRON", 13, "nsubj", "O", False),
    ("will", "MD", "AUX", 13, "aux", "O", False), ("wait", "VB", "VERB", 10, "ccomp", "O", False),
    (".", ".", "PUNCT", 10, "punct", "O", False),
]

# One of the owners , Ann Pike said , is ill .  (the name says; it is no apposition of "One")
ONE_OF_GROUP_SAID: list[Row] = [
    ("One", "CD", "NUM", 9, "nsubj", "B-CARDINAL", True), ("of", "IN", "ADP", 0, "prep", "O", False),
    ("the", "DT", "DET", 3, "det", "O", False), ("owners", "NNS", "NOUN", 1, "pobj", "O", False),
    (",", ",", "PUNCT", 0, "punct", "O", False), ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
    ("Pike", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False), ("said", "VBD", "VERB", 9, "parataxis", "O", False),
    (",", ",", "PUNCT", 7, "punct", "O", False), ("is", "VBZ", "AUX", 9, "ROOT", "O", False),
    ("ill", "JJ", "ADJ", 9, "acomp", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False),
]

# It was fun , said Dana Kerr , of Lakeside , Ohio , Rex 's handler .
TOWN_STATE_POSSESSOR: list[Row] = [
    ("It", "PRP", "PRON", 1, "nsubj", "O", True), ("was", "VBD", "AUX", 4, "ccomp", "O", False),
    ("fun", "JJ", "ADJ", 1, "attr", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
    ("said", "VBD", "VERB", 4, "ROOT", "O", False), ("Dana", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
    ("Kerr", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False), (",", ",", "PUNCT", 6, "punct", "O", False),
    ("of", "IN", "ADP", 6, "prep", "O", False), ("Lakeside", "NNP", "PROPN", 8, "pobj", "B-GPE", False),
    (",", ",", "PUNCT", 9, "punct", "O", False), ("Ohio", "NNP", "PROPN", 9, "appos", "B-GPE", False),
    (",", ",", "PUNCT", 11, "punct", "O", False), ("Rex", "NNP", "PROPN", 15, "poss", "B-PERSON", False),
    ("'s", "POS", "PART", 13, "case", "O", False), ("handler", "NN", "NOUN", 9, "appos", "O", False),
    (".", ".", "PUNCT", 4, "punct", "O", False),
]
TOWN_STATE_POSSESSOR_SPACES = [True, True, False, True, True, True, False, True, True, False, True, False, True,
                               False, True, False, False]


def test_one_of_a_told_group_set_off_before_a_name_is_that_person(stage_entities) -> None:
    found = stage_entities(ONE_OF_GROUP, lemma_of={"said": "say"})
    assert "One of the property owners" in _texts(found["Fred Ashwell"])


def test_one_of_a_group_before_a_name_that_says_is_no_apposition(stage_entities) -> None:
    found = stage_entities(ONE_OF_GROUP_SAID, lemma_of={"said": "say"})
    assert not any("owners" in t for t in _texts(found["Ann Pike"]))


def test_a_named_possessors_noun_after_a_town_and_state_is_the_person(stage_entities) -> None:
    found = stage_entities(TOWN_STATE_POSSESSOR, TOWN_STATE_POSSESSOR_SPACES, lemma_of={"said": "say"})
    assert "handler" in _texts(found["Dana Kerr"])


# Tom Lamb , technical director , said the system is old .
BARE_ROLE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lamb", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("technical", "JJ", "ADJ", 4, "amod", "O", False),
    ("director", "NN", "NOUN", 1, "appos", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("said", "VBD", "VERB", 6, "ROOT", "O", False), ("the", "DT", "DET", 8, "det", "O", False),
    ("system", "NN", "NOUN", 9, "nsubj", "O", False), ("is", "VBZ", "AUX", 6, "ccomp", "O", False),
    ("old", "JJ", "ADJ", 9, "acomp", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False),
]

def test_a_bare_role_set_off_by_commas_is_the_person(stage_entities) -> None:
    found = stage_entities(BARE_ROLE, lemma_of={"said": "say"})
    assert "technical director" in _texts(found["Tom Lamb"])

