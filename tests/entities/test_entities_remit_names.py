"""A body named with its remit after ``on`` (``the Select Committee on <Place>``, ``the Commission on
<Topic Words>``): the model's span cut before ``on`` runs on over the capitalised words after it; a time after
``on`` (``the Committee on Monday``) is no remit. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(after: tuple[str, str, str, str]) -> list[tuple]:
    # The Select Committee on <Word> met .
    return [("The", "DT", "DET", 2, "det", "B-ORG"), ("Select", "NNP", "PROPN", 2, "compound", "I-ORG"),
            ("Committee", "NNP", "PROPN", 5, "nsubj", "I-ORG"), ("on", "IN", "ADP", 2, "prep", "O"),
            (after[0], after[1], after[2], 3, "pobj", after[3]), ("met", "VBD", "VERB", 5, "ROOT", "O"),
            (".", ".", "PUNCT", 5, "punct", "O")]


def test_a_committees_remit_after_on_is_part_of_its_name(stage_entities):
    found = stage_entities(_doc(_rows(("Tarsova", "NNP", "PROPN", "B-GPE"))))
    assert "Select Committee on Tarsova" in found, found
    assert "Select Committee" not in found, found


def test_a_time_after_on_is_no_remit(stage_entities):
    found = stage_entities(_doc(_rows(("Monday", "NNP", "PROPN", "B-DATE"))))
    assert "Select Committee" in found, found


# The Committee 's work ended .  (the body named again by the words before its remit)
AGAIN = [("The", "DT", "DET", 2, "det", "O"), ("Committee", "NNP", "PROPN", 3, "poss", "B-ORG"),
         ("'s", "POS", "PART", 1, "case", "O"), ("work", "NN", "NOUN", 4, "nsubj", "O"),
         ("ended", "VBD", "VERB", 4, "ROOT", "O"), (".", ".", "PUNCT", 4, "punct", "O")]


def test_the_words_before_the_remit_name_the_body_again(stage_entities):
    found = stage_entities(_doc(_rows(("Tarsova", "NNP", "PROPN", "B-GPE")), AGAIN))
    assert [m.text for m in found["Select Committee on Tarsova"].mentions] == ["Select Committee on Tarsova", "Committee"], found
