"""``Prime Minister Lena Varga spoke ... the prime minister's plan``, ``... the Norwegian prime minister's plan``
(ents43): a definite role of several words owning a phrase, and one with a nationality adjective before it, is a
description of the person named before who holds that title (of that country, when the adjective gives one), as
the one-word ``the president's`` is; a nationality the person is not of leaves the possessor unread. Hand-built
Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads
absolute)."""

from __future__ import annotations


def _story(before: list[tuple], country: str = "Norway") -> list[tuple]:
    """``Prime Minister Lena Varga of COUNTRY spoke . Critics mocked the BEFORE prime minister 's plan .``"""
    n = len(before)
    return [("Prime", "NNP", "PROPN", 1, "compound", "O", True), ("Minister", "NNP", "PROPN", 3, "compound", "O", False),
            ("Lena", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Varga", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
            ("of", "IN", "ADP", 3, "prep", "O", False), (country, "NNP", "PROPN", 4, "pobj", "B-GPE", False),
            ("spoke", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False),
            ("Critics", "NNS", "NOUN", 9, "nsubj", "O", True), ("mocked", "VBD", "VERB", 9, "ROOT", "O", False),
            ("the", "DT", "DET", 12 + n, "det", "O", False),
            *[(w, t, p, 12 + n, d, "O", False) for w, t, p, d in before],
            ("prime", "JJ", "ADJ", 12 + n, "amod", "O", False), ("minister", "NN", "NOUN", 14 + n, "poss", "O", False),
            ("'s", "POS", "PART", 12 + n, "case", "O", False), ("plan", "NN", "NOUN", 9, "dobj", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]


NATIONALITY = [("Norwegian", "JJ", "ADJ", "amod")]


def test_a_role_of_two_words_as_a_possessor_is_the_titled_person(stage_entities) -> None:
    found = stage_entities(_story([]))
    assert "the prime minister" in [m.text for m in found["Lena Varga"].mentions], found


def test_a_nationality_before_the_role_is_the_titled_person_of_that_country(stage_entities) -> None:
    found = stage_entities(_story(NATIONALITY))
    assert "the Norwegian prime minister" in [m.text for m in found["Lena Varga"].mentions], found


def test_a_nationality_the_person_is_not_of_is_not_the_person(stage_entities) -> None:
    # negative: the minister is of Sweden; "the Norwegian prime minister's plan" is someone else's
    found = stage_entities(_story(NATIONALITY, country="Sweden"))
    assert not any("Norwegian" in m.text for m in found["Lena Varga"].mentions), found


def test_a_nationality_before_leader_is_that_countrys_leader_of_the_holders_table(stage_entities) -> None:
    # ``Hu Jintao spoke . Critics mocked the Chinese leader 's plan .`` on a day the table gives him China's presidency
    rows = [("Hu", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Jintao", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            ("Critics", "NNS", "NOUN", 5, "nsubj", "O", True), ("mocked", "VBD", "VERB", 5, "ROOT", "O", False),
            ("the", "DT", "DET", 8, "det", "O", False), ("Chinese", "JJ", "ADJ", 8, "amod", "O", False),
            ("leader", "NN", "NOUN", 10, "poss", "O", False), ("'s", "POS", "PART", 8, "case", "O", False),
            ("plan", "NN", "NOUN", 5, "dobj", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False)]
    found = stage_entities(rows, article={"published": "2008-06-01"})
    assert "the Chinese leader" in [m.text for m in found["Hu Jintao"].mentions], found
