"""A relation noun owned by a named person (``her husband``, ``his wife``) is the one other person
the article names with that person's family name (hand-built Docs of sentences written for these
tests); and a plain definite noun (``The magazine``) is the body named before whose name ends
in it (``Home Life magazine``)."""

from __future__ import annotations


def _rows(others: list[tuple[str, str]]):
    """"John Doe spoke . [OTHER spoke . ...] Jane Doe said her husband won ." """
    rows = [("John", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Doe", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    for given, family in others:
        n = len(rows)
        rows += [(given, "NNP", "PROPN", n + 1, "compound", "B-PERSON", True),
                 (family, "NNP", "PROPN", n + 2, "nsubj", "I-PERSON", False),
                 ("spoke", "VBD", "VERB", n + 2, "ROOT", "O", False), (".", ".", "PUNCT", n + 2, "punct", "O", False)]
    n = len(rows)
    rows += [("Jane", "NNP", "PROPN", n + 1, "compound", "B-PERSON", True), ("Doe", "NNP", "PROPN", n + 2, "nsubj", "I-PERSON", False),
             ("said", "VBD", "VERB", n + 2, "ROOT", "O", False), ("her", "PRP$", "PRON", n + 4, "poss", "O", False),
             ("husband", "NN", "NOUN", n + 5, "nsubj", "O", False), ("won", "VBD", "VERB", n + 2, "ccomp", "O", False),
             (".", ".", "PUNCT", n + 2, "punct", "O", False)]
    return rows


def test_her_husband_is_the_other_person_named_with_her_family_name(mention_texts) -> None:
    found = mention_texts(_rows([("Tom", "Reed")]))
    assert "husband" in found["John Doe"]
    assert "husband" not in found["Tom Reed"]


def test_two_men_of_her_family_name_leave_her_husband_unlinked(mention_texts) -> None:
    found = mention_texts(_rows([("Mark", "Doe")]))
    assert "husband" not in found["John Doe"] and "husband" not in found["Mark Doe"]


def test_the_plain_noun_ending_a_named_bodys_name_stands_for_it(mention_texts) -> None:
    # "Readers wrote to Home Life magazine . The magazine said so ."
    rows = [("Readers", "NNS", "NOUN", 1, "nsubj", "O", True), ("wrote", "VBD", "VERB", 1, "ROOT", "O", False),
            ("to", "IN", "ADP", 1, "prep", "O", False), ("Home", "NNP", "PROPN", 5, "compound", "B-ORG", False),
            ("Life", "NNP", "PROPN", 5, "compound", "I-ORG", False), ("magazine", "NN", "NOUN", 2, "pobj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False),
            ("The", "DT", "DET", 8, "det", "O", True), ("magazine", "NN", "NOUN", 9, "nsubj", "O", False),
            ("said", "VBD", "VERB", 9, "ROOT", "O", False), ("so", "RB", "ADV", 9, "advmod", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = mention_texts(rows)
    called = [name for name, mentions in found.items() if "Home Life" in name and len(mentions) >= 2]
    assert called, found


def test_a_name_after_a_media_outlets_noun_is_a_body_not_a_person(mention_texts) -> None:
    # "The liberal news site Pravdo set a trap for Tom Reed , and he fell ." with Pravdo tagged a person
    rows = [("The", "DT", "DET", 4, "det", "O", True), ("liberal", "JJ", "ADJ", 4, "amod", "O", False),
            ("news", "NN", "NOUN", 3, "compound", "O", False), ("site", "NN", "NOUN", 4, "compound", "O", False),
            ("Pravdo", "NNP", "PROPN", 5, "nsubj", "B-PERSON", False), ("set", "VBD", "VERB", 5, "ROOT", "O", False),
            ("a", "DT", "DET", 7, "det", "O", False), ("trap", "NN", "NOUN", 5, "dobj", "O", False),
            ("for", "IN", "ADP", 7, "prep", "O", False), ("Tom", "NNP", "PROPN", 10, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 8, "pobj", "I-PERSON", False), (",", ",", "PUNCT", 5, "punct", "O", False),
            ("and", "CC", "CCONJ", 5, "cc", "O", False), ("he", "PRP", "PRON", 14, "nsubj", "O", False),
            ("fell", "VBD", "VERB", 5, "conj", "O", False), (".", ".", "PUNCT", 14, "punct", "O", False)]
    found = mention_texts(rows)
    assert "he" in found["Tom Reed"] and "he" not in found["Pravdo"]


def test_an_apposition_of_a_second_conjunct_makes_the_first_nobodys_relative(mention_texts) -> None:
    # "John Doe and Ann Moss , Mark Moss 's wife , spoke . Jane Doe said her husband won ."
    rows = [("John", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Doe", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False),
            ("and", "CC", "CCONJ", 1, "cc", "O", False), ("Ann", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
            ("Moss", "NNP", "PROPN", 1, "conj", "I-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("Mark", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Moss", "NNP", "PROPN", 9, "poss", "I-PERSON", False),
            ("'s", "POS", "PART", 7, "case", "I-PERSON", False), ("wife", "NN", "NOUN", 1, "appos", "O", False),
            (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 11, "ROOT", "O", False),
            (".", ".", "PUNCT", 11, "punct", "O", False),
            ("Jane", "NNP", "PROPN", 14, "compound", "B-PERSON", True), ("Doe", "NNP", "PROPN", 15, "nsubj", "I-PERSON", False),
            ("said", "VBD", "VERB", 15, "ROOT", "O", False), ("her", "PRP$", "PRON", 17, "poss", "O", False),
            ("husband", "NN", "NOUN", 18, "nsubj", "O", False), ("won", "VBD", "VERB", 15, "ccomp", "O", False),
            (".", ".", "PUNCT", 15, "punct", "O", False)]
    found = mention_texts(rows)
    assert "husband" in found["John Doe"]


def test_an_unnamed_body_is_no_name_ending_in_the_noun(mention_texts) -> None:
    # "Zenco Holdings will buy the company . Acme Holdings said the company will grow ." The first
    # "the company" is nobody named (Zenco buys it); it has no name, so the second is not it
    # by its noun but the firm that is the subject before it.
    rows = [("Zenco", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Holdings", "NNP", "PROPN", 3, "nsubj", "I-ORG", False),
            ("will", "MD", "AUX", 3, "aux", "O", False), ("buy", "VB", "VERB", 3, "ROOT", "O", False),
            ("the", "DT", "DET", 5, "det", "O", False), ("company", "NN", "NOUN", 3, "dobj", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False),
            ("Acme", "NNP", "PROPN", 8, "compound", "B-ORG", True), ("Holdings", "NNP", "PROPN", 9, "nsubj", "I-ORG", False),
            ("said", "VBD", "VERB", 9, "ROOT", "O", False), ("the", "DT", "DET", 11, "det", "O", False),
            ("company", "NN", "NOUN", 13, "nsubj", "O", False), ("will", "MD", "AUX", 13, "aux", "O", False),
            ("grow", "VB", "VERB", 9, "ccomp", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = mention_texts(rows)
    assert any("company" in m for m in found["Acme Holdings"]), found
    assert not any("company" in m for m in found["Zenco Holdings"]), found
    assert sum("company" in m for mentions in found.values() for m in mentions) == 2, found
