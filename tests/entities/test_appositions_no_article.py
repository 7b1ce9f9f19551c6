"""Appositions after a person's name that open with no bare article (brief s16-ents16): a
possessor (``X, Mayor Y's closest adviser,``), no article before a role noun with its preposition
(``X, executive director of Y,``), an adverb (``X, now a lobbyist,``), a name among the modifiers
(``X, a Hinge user,``) are mentions of the name; a phrase hung on a fronted name that runs on into
a verb (``For X, a nurse's salary no longer covers ...``) and a member of a list (``X, the mayor's
office and the fire department``) are not. Hand-built Docs of sentences written for these tests
(rows: word, tag, pos, head within the sentence, dep, entity tag)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def resolve(stage_entities):
    def run(sentence: list[tuple]) -> dict:
        rows = [(word, tag, pos, head, dep, ent, k == 0) for k, (word, tag, pos, head, dep, ent) in enumerate(sentence)]
        return stage_entities(rows)

    return run


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def _name(given: str, family: str, head: int, dep: str = "nsubj") -> list[tuple]:
    return [(given, "NNP", "PROPN", 1, "compound", "B-PERSON"), (family, "NNP", "PROPN", head, dep, "I-PERSON")]


def _spoke(at: int) -> list[tuple]:
    """", spoke ." with the comma at ``at`` (the verb at at + 1)."""
    return [(",", ",", "PUNCT", 1, "punct", "O"), ("spoke", "VBD", "VERB", at + 1, "ROOT", "O"),
            (".", ".", "PUNCT", at + 1, "punct", "O")]


def test_an_apposition_opened_by_a_possessor_is_the_words_after_it(resolve) -> None:
    # Ivan Petrak , Mayor Joan Ellery 's closest adviser , spoke .
    found = resolve([*_name("Ivan", "Petrak", 10), (",", ",", "PUNCT", 1, "punct", "O"),
                     ("Mayor", "NNP", "PROPN", 5, "compound", "O"), ("Joan", "NNP", "PROPN", 5, "compound", "B-PERSON"),
                     ("Ellery", "NNP", "PROPN", 8, "poss", "I-PERSON"), ("'s", "POS", "PART", 5, "case", "O"),
                     ("closest", "JJS", "ADJ", 8, "amod", "O"), ("adviser", "NN", "NOUN", 1, "appos", "O"),
                     *_spoke(9)])
    assert "closest adviser" in texts(found, "Ivan Petrak")
    assert not any("adviser" in t for t in texts(found, "Joan Ellery"))


def test_a_role_noun_with_no_article_before_its_preposition_is_an_apposition(resolve) -> None:
    # Maria Delgado , executive director of the Harbor Alliance , spoke .
    found = resolve([*_name("Maria", "Delgado", 10), (",", ",", "PUNCT", 1, "punct", "O"),
                     ("executive", "JJ", "ADJ", 4, "amod", "O"), ("director", "NN", "NOUN", 1, "appos", "O"),
                     ("of", "IN", "ADP", 4, "prep", "O"), ("the", "DT", "DET", 8, "det", "B-ORG"),
                     ("Harbor", "NNP", "PROPN", 8, "compound", "I-ORG"), ("Alliance", "NNP", "PROPN", 5, "pobj", "I-ORG"),
                     *_spoke(9)])
    assert "executive director" in texts(found, "Maria Delgado")


def test_an_adverb_before_the_article_leaves_an_apposition(resolve) -> None:
    # Pam Oyelaran , now a lobbyist , spoke .
    found = resolve([*_name("Pam", "Oyelaran", 7), (",", ",", "PUNCT", 1, "punct", "O"),
                     ("now", "RB", "ADV", 5, "advmod", "O"), ("a", "DT", "DET", 5, "det", "O"),
                     ("lobbyist", "NN", "NOUN", 1, "appos", "O"), *_spoke(6)])
    assert "a lobbyist" in texts(found, "Pam Oyelaran")


def test_a_name_among_the_modifiers_leaves_the_words_after_it(resolve) -> None:
    # Jenna Marsh , a Hinge user , spoke .
    found = resolve([*_name("Jenna", "Marsh", 7), (",", ",", "PUNCT", 1, "punct", "O"),
                     ("a", "DT", "DET", 5, "det", "O"), ("Hinge", "NNP", "PROPN", 5, "compound", "B-ORG"),
                     ("user", "NN", "NOUN", 1, "appos", "O"), *_spoke(6)])
    assert "user" in texts(found, "Jenna Marsh")
    assert "Hinge" not in texts(found, "Jenna Marsh")


def test_a_phrase_running_on_into_the_verb_is_no_apposition(resolve) -> None:
    # For Ann Pike , a nurse 's salary no longer covers the rent .
    found = resolve([("For", "IN", "ADP", 10, "prep", "O"), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON"),
                     ("Pike", "NNP", "PROPN", 10, "nsubj", "I-PERSON"), (",", ",", "PUNCT", 2, "punct", "O"),
                     ("a", "DT", "DET", 5, "det", "O"), ("nurse", "NN", "NOUN", 7, "poss", "O"),
                     ("'s", "POS", "PART", 5, "case", "O"), ("salary", "NN", "NOUN", 2, "appos", "O"),
                     ("no", "RB", "ADV", 9, "neg", "O"), ("longer", "RBR", "ADV", 10, "advmod", "O"),
                     ("covers", "VBZ", "VERB", 10, "ROOT", "O"), ("the", "DT", "DET", 12, "det", "O"),
                     ("rent", "NN", "NOUN", 10, "dobj", "O"), (".", ".", "PUNCT", 10, "punct", "O")])
    assert texts(found, "Ann Pike") == ["Ann Pike"]


def test_a_member_of_a_list_after_a_name_is_no_apposition(resolve) -> None:
    # She thanked Ann Pike , the mayor 's office and the fire department .
    found = resolve([("She", "PRP", "PRON", 1, "nsubj", "O"), ("thanked", "VBD", "VERB", 1, "ROOT", "O"),
                     ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON"), ("Pike", "NNP", "PROPN", 1, "dobj", "I-PERSON"),
                     (",", ",", "PUNCT", 3, "punct", "O"), ("the", "DT", "DET", 6, "det", "O"),
                     ("mayor", "NN", "NOUN", 8, "poss", "O"), ("'s", "POS", "PART", 6, "case", "O"),
                     ("office", "NN", "NOUN", 3, "appos", "O"), ("and", "CC", "CCONJ", 8, "cc", "O"),
                     ("the", "DT", "DET", 12, "det", "O"), ("fire", "NN", "NOUN", 12, "compound", "O"),
                     ("department", "NN", "NOUN", 8, "conj", "O"), (".", ".", "PUNCT", 1, "punct", "O")])
    assert not any("office" in t for t in texts(found, "Ann Pike"))
