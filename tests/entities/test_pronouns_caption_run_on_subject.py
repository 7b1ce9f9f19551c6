"""A name that opens a caption run on after a pronoun's clause is no argument of that clause
(hand-built Docs, sentences of our own): in ``The crowd cheered for Tom Reed (left) after he won in
Oslo Reed led from the start`` the parser made ``Reed`` the object of ``won``; it is the subject of
``led`` (a finite verb with no subject of its own right after it), so binding does not keep ``he``
from Tom Reed. Kept: a name after the verb that no subjectless verb follows is its object, and the
pronoun is not that person.
"""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _rows(run_on: bool) -> list[Row]:
    rows: list[Row] = [
        ("The", "DT", "DET", 1, "det", "O", True), ("crowd", "NN", "NOUN", 2, "nsubj", "O", False),
        ("cheered", "VBD", "VERB", 2, "ROOT", "O", False), ("for", "IN", "ADP", 2, "prep", "O", False),
        ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 3, "pobj", "I-PERSON", False),
        ("(", "-LRB-", "PUNCT", 7, "punct", "O", False), ("left", "RB", "ADV", 5, "parataxis", "O", False),
        (")", "-RRB-", "PUNCT", 7, "punct", "O", False), ("after", "IN", "SCONJ", 11, "mark", "O", False),
        ("he", "PRP", "PRON", 11, "nsubj", "O", False), ("won", "VBD", "VERB", 2, "advcl", "O", False),
        ("in", "IN", "ADP", 11, "prep", "O", False), ("Oslo", "NNP", "PROPN", 12, "pobj", "B-GPE", False),
        ("Reed", "NNP", "PROPN", 11, "dobj", "B-PERSON", False),
    ]
    if run_on:  # "... Reed led from the start ."
        rows += [("led", "VBD", "VERB", 2, "conj", "O", False), ("from", "IN", "ADP", 15, "prep", "O", False),
                 ("the", "DT", "DET", 18, "det", "O", False), ("start", "NN", "NOUN", 16, "pobj", "O", False)]
    else:  # "... Reed twice ."
        rows += [("twice", "RB", "ADV", 11, "advmod", "O", False)]
    return rows + [(".", ".", "PUNCT", 2, "punct", "O", False)]


def _texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


def test_a_caption_s_subject_run_on_leaves_the_pronoun_to_the_name(stage_entities) -> None:
    assert "he" in _texts(stage_entities(_rows(run_on=True)), "Tom Reed")


def test_a_name_no_subjectless_verb_follows_is_the_verb_s_object(stage_entities) -> None:
    assert "he" not in _texts(stage_entities(_rows(run_on=False)), "Tom Reed")
