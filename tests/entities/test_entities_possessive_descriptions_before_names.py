"""``The show lost its co-host, Lydia Vance, to a rival network`` (persons31): a body's possessive before a
person's noun with the name in apposition is a description of that person, as ``her running mate, <Name>,``
is (ents30's rule, now with ``its``); ``co-host``, ``co-anchor`` and ``anchor`` are person nouns of television
(person_nouns.tsv) and the tokenizer keeps ``co-host`` whole (``unsplit_word``). Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def test_its_co_host_before_the_name_is_the_persons(stage_entities) -> None:
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("show", "NN", "NOUN", 2, "nsubj", "O", False),
            ("lost", "VBD", "VERB", 2, "ROOT", "O", False), ("its", "PRP$", "PRON", 4, "poss", "O", False),
            ("co-host", "NN", "NOUN", 2, "dobj", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("Lydia", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
            ("Vance", "NNP", "PROPN", 4, "appos", "I-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("to", "IN", "ADP", 2, "prep", "O", False), ("a", "DT", "DET", 12, "det", "O", False),
            ("rival", "JJ", "ADJ", 12, "amod", "O", False), ("network", "NN", "NOUN", 9, "pobj", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "co-host" in texts(found, "Lydia Vance"), found


def test_its_plan_before_a_name_is_no_description(stage_entities) -> None:
    # "The firm dropped its plan, Tom Reed said.": no person's noun before the comma
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("firm", "NN", "NOUN", 2, "nsubj", "O", False),
            ("dropped", "VBD", "VERB", 8, "ccomp", "O", False), ("its", "PRP$", "PRON", 4, "poss", "O", False),
            ("plan", "NN", "NOUN", 2, "dobj", "O", False), (",", ",", "PUNCT", 8, "punct", "O", False),
            ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False), ("said", "VBD", "VERB", 8, "ROOT", "O", False),
            (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = stage_entities(rows)
    assert texts(found, "Tom Reed") == ["Tom Reed"], found
