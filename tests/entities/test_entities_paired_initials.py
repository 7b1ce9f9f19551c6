"""A person's name the model ended before two middle initials in capitals (``Mayor Ana Lucia DM. Reyes``)
goes on to the surname (ents27). A hand-built Doc of a sentence written for this test (rows: word, tag,
pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def test_a_name_the_model_ended_before_paired_initials_goes_on_to_the_surname(stage_entities) -> None:
    # "Mayor Ana Lucia DM. Reyes has resigned ." (the layout stage kept "Reyes" in the sentence)
    rows = [("Mayor", "NNP", "PROPN", 5, "compound", "O", True), ("Ana", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Lucia", "NNP", "PROPN", 3, "compound", "I-PERSON", False), ("DM", "NNP", "PROPN", 5, "compound", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O", False), ("Reyes", "NNP", "PROPN", 7, "nsubj", "B-ORG", False),
            ("has", "VBZ", "AUX", 7, "aux", "O", False), ("resigned", "VBN", "VERB", 7, "ROOT", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = stage_entities(rows, spaces=[True, True, True, False, True, True, True, False, False])
    assert found["Ana Lucia DM. Reyes"].type == "PERSON", found
    assert "Reyes" not in found, found
