"""``fellow Ohioan Robert Hale`` (ents29): the word after ``fellow`` says what the person shares with someone,
no part of the name that follows when it opens with a known given name. Hand-built Docs of sentences written
for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _cheered(tags: tuple[str, str, str]) -> list[tuple]:
    """``Delegates cheered fellow Ohioan Robert Hale .`` with the model's tags of the last three words."""
    return [("Delegates", "NNS", "NOUN", 1, "nsubj", "O", True), ("cheered", "VBD", "VERB", 1, "ROOT", "O", False),
            ("fellow", "JJ", "ADJ", 5, "amod", "O", False), ("Ohioan", "NNP", "PROPN", 5, "compound", tags[0], False),
            ("Robert", "NNP", "PROPN", 5, "compound", tags[1], False), ("Hale", "NNP", "PROPN", 1, "dobj", tags[2], False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_a_demonym_run_into_the_persons_span_is_no_part_of_the_name(stage_entities) -> None:
    found = stage_entities(_cheered(("B-PERSON", "I-PERSON", "I-PERSON")))
    assert "Robert Hale" in found and found["Robert Hale"].type == "PERSON", found
    assert [m.text for m in found["Robert Hale"].mentions] == ["Robert Hale"], found


def test_a_name_left_untagged_after_a_demonym_is_the_persons(stage_entities) -> None:
    found = stage_entities(_cheered(("B-NORP", "O", "O")))
    assert "Robert Hale" in found and found["Robert Hale"].type == "PERSON", found


def test_no_given_name_after_the_word_leaves_the_span_alone(stage_entities) -> None:
    rows = _cheered(("B-ORG", "I-ORG", "I-ORG"))
    rows[4] = ("Harbour", "NNP", "PROPN", 5, "compound", "I-ORG", False)
    found = stage_entities(rows)
    assert "Harbour Hale" not in found, found
