"""Names written in lower case inside quoted informal writing (hand-built Docs, sentences of our
own): in ``Ann Lee wrote, "It is jeff hart." She meant Jeffrey Hart, an aide. "I will call jeff."``
both ``jeff hart`` (the family name after a short form of the given name) and the later ``jeff``
alone are Jeffrey Hart. Outside quotation marks, lower-case words are left alone.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(quoted: bool) -> tuple[list[Row], list[str]]:
    mark_open, mark_close = ('"', '"') if quoted else ("-", "-")
    rows: list[Row] = [
        ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("wrote", "VBD", "VERB", 2, "ROOT", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
        (mark_open, "``", "PUNCT", 6, "punct", "O", False), ("It", "PRP", "PRON", 6, "nsubj", "O", False),
        ("is", "VBZ", "AUX", 2, "ccomp", "O", False), ("jeff", "NN", "NOUN", 8, "compound", "O", False),
        ("hart", "NN", "NOUN", 6, "attr", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        (mark_close, "''", "PUNCT", 2, "punct", "O", False),
        ("She", "PRP", "PRON", 12, "nsubj", "O", True), ("meant", "VBD", "VERB", 12, "ROOT", "O", False),
        ("Jeffrey", "NNP", "PROPN", 14, "compound", "B-PERSON", False), ("Hart", "NNP", "PROPN", 12, "dobj", "I-PERSON", False),
        (",", ",", "PUNCT", 14, "punct", "O", False), ("an", "DT", "DET", 17, "det", "O", False),
        ("aide", "NN", "NOUN", 14, "appos", "O", False), (".", ".", "PUNCT", 12, "punct", "O", False),
        (mark_open, "``", "PUNCT", 22, "punct", "O", True), ("I", "PRP", "PRON", 22, "nsubj", "O", False),
        ("will", "MD", "AUX", 22, "aux", "O", False), ("call", "VB", "VERB", 22, "ROOT", "O", False),
        ("jeff", "NN", "NOUN", 22, "dobj", "O", False), (".", ".", "PUNCT", 22, "punct", "O", False),
        (mark_close, "''", "PUNCT", 22, "punct", "O", False),
    ]
    spaces = [" ", " ", "", " ", "", " ", " ", " ", "", "", " ", " ", " ", " ", "", " ", " ", "", " ",
              "", " ", " ", " ", "", "", ""]
    return rows, spaces


def test_lower_case_names_in_a_quotation_are_the_person_named_in_full(stage_entities_verbs) -> None:
    found = stage_entities_verbs(*_rows(quoted=True))
    assert [m.text for m in found["Jeffrey Hart"].mentions] == ["jeff hart", "Jeffrey Hart", "an aide", "jeff"]


def test_not_outside_quotation_marks(stage_entities_verbs) -> None:
    found = stage_entities_verbs(*_rows(quoted=False))
    assert "jeff" not in [m.text for m in found["Jeffrey Hart"].mentions]
    assert "jeff hart" not in [m.text for m in found["Jeffrey Hart"].mentions]
