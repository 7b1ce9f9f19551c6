"""An apposition the parser hangs on the first of two coordinated people, right after the second's name
apposed to its noun (``Tom Reed and his son Dan Reed, the former mayor of Fairview,``), is the second's
(issue 15, descs40; a hand-built Doc of a sentence written for this test)."""

from __future__ import annotations


def test_an_apposition_after_the_second_conjuncts_apposed_name_is_that_persons(mention_texts) -> None:
    # "Ann Lee met Tom Reed and his son Dan Reed , the former mayor of Fairview , ." (the parser hangs the
    # apposition on the first conjunct, the name on the second conjunct's noun)
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("met", "VBD", "VERB", 2, "ROOT", "O", False), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 2, "dobj", "I-PERSON", False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
            ("his", "PRP$", "PRON", 7, "poss", "O", False), ("son", "NN", "NOUN", 4, "conj", "O", False),
            ("Dan", "NNP", "PROPN", 9, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 7, "appos", "I-PERSON", False),
            (",", ",", "PUNCT", 4, "punct", "O", False), ("the", "DT", "DET", 13, "det", "O", False),
            ("former", "JJ", "ADJ", 13, "amod", "O", False), ("mayor", "NN", "NOUN", 4, "appos", "O", False),
            ("of", "IN", "ADP", 13, "prep", "O", False), ("Fairview", "NNP", "PROPN", 14, "pobj", "B-GPE", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = mention_texts(rows)
    assert any(m.startswith("the former mayor") for m in found["Dan Reed"]), found
    assert not any(m.startswith("the former mayor") for m in found["Tom Reed"]), found
