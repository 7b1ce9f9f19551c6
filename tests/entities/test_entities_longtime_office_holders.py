"""``the longtime senator`` (persons31): a modifier of how long someone has held an office (``tenure_word``
of actor_words.tsv: ``longtime``, ``long-serving``) makes the definite office one holder, like ``the new
minister``, so the description links to the one person the text titled so; without the row the adjective
read it as a kind of senator. Hand-built Docs of sentences written for these tests (rows: word, tag, pos,
head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def visit(offset: int = 0) -> list[tuple]:
    # "Sen. Paul Ostrander visited Reno on Saturday."
    return [("Sen.", "NNP", "PROPN", 2, "compound", "O", True),
            ("Paul", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Ostrander", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("visited", "VBD", "VERB", 3, "ROOT", "O", False),
            ("Reno", "NNP", "PROPN", 3, "dobj", "B-GPE", False),
            ("on", "IN", "ADP", 3, "prep", "O", False),
            ("Saturday", "NNP", "PROPN", 5, "pobj", "B-DATE", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)]


def test_the_longtime_senator_is_the_titled_senator(stage_entities) -> None:
    # "... The longtime senator said he would keep campaigning."
    rows = visit() + [("The", "DT", "DET", 10, "det", "O", True), ("longtime", "JJ", "ADJ", 10, "amod", "O", False),
                      ("senator", "NN", "NOUN", 11, "nsubj", "O", False), ("said", "VBD", "VERB", 11, "ROOT", "O", False),
                      ("he", "PRP", "PRON", 14, "nsubj", "O", False), ("would", "MD", "AUX", 14, "aux", "O", False),
                      ("keep", "VB", "VERB", 11, "ccomp", "O", False),
                      ("campaigning", "VBG", "VERB", 14, "xcomp", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = stage_entities(rows)
    assert "The longtime senator" in texts(found, "Paul Ostrander"), found


def test_a_plain_adjective_still_makes_a_kind_of_senator(stage_entities) -> None:
    # "... The typical senator said he would keep campaigning.": any senator, not the one named
    rows = visit() + [("The", "DT", "DET", 10, "det", "O", True), ("typical", "JJ", "ADJ", 10, "amod", "O", False),
                      ("senator", "NN", "NOUN", 11, "nsubj", "O", False), ("said", "VBD", "VERB", 11, "ROOT", "O", False),
                      ("he", "PRP", "PRON", 14, "nsubj", "O", False), ("would", "MD", "AUX", 14, "aux", "O", False),
                      ("keep", "VB", "VERB", 11, "ccomp", "O", False),
                      ("campaigning", "VBG", "VERB", 14, "xcomp", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = stage_entities(rows)
    assert "The typical senator" not in texts(found, "Paul Ostrander"), found
