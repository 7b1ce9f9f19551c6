"""A no-break space (or another Unicode space) between a person's given name and surname writes the
same name as a plain space: the entity's name has one plain space, and a later bare surname joins that
person. Hand-built Docs of sentences written for these tests (spaCy makes the no-break space a token of
its own, tagged ``_SP``, with no space after the given name)."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc
from newsevents.components.entities_base import plain_spaces

NBSP = "\u00a0"

# Judge Mara<NBSP>Velkov ruled on Monday .   Velkov left .
RULED = [("Judge", "NNP", "PROPN", 3, "compound", "O"), ("Mara", "NNP", "PROPN", 3, "compound", "B-PERSON"),
         (NBSP, "_SP", "SPACE", 1, "dep", "I-PERSON"), ("Velkov", "NNP", "PROPN", 4, "nsubj", "I-PERSON"),
         ("ruled", "VBD", "VERB", 4, "ROOT", "O"), ("on", "IN", "ADP", 4, "prep", "O"),
         ("Monday", "NNP", "PROPN", 5, "pobj", "B-DATE"), (".", ".", "PUNCT", 4, "punct", "O")]
LEFT = [("Velkov", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("left", "VBD", "VERB", 1, "ROOT", "O"),
        (".", ".", "PUNCT", 1, "punct", "O")]
SPACES = [True, False, False, True, True, True, False, True, False, False, False]


def test_a_no_break_space_between_given_name_and_surname_is_one_plain_space(stage_entities):
    found = stage_entities(_doc(RULED, LEFT), spaces=SPACES)
    assert "Mara Velkov" in found, found
    assert "MaraVelkov" not in found and "Velkov" not in found, found
    assert [m.text for m in found["Mara Velkov"].mentions][-1] == "Velkov", found


def test_plain_spaces_writes_every_run_of_spaces_on_a_line_as_one_space():
    assert plain_spaces(f"Mara{NBSP}Velkov") == "Mara Velkov"
    assert plain_spaces("Mara \u2009 Velkov") == "Mara Velkov"
    assert plain_spaces("Mara Velkov") == "Mara Velkov"
