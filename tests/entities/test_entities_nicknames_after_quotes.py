"""A nickname in quotation marks between a given and a family name (``Dara "Blaze" Okonkwo``) is one
person's name: the rule asks its other questions only of a capitalised word a quotation mark follows
(hand-built Docs, own words)."""

from __future__ import annotations


def _row(word, tag, pos, head, dep, ent="O", start=False):
    return (word, tag, pos, head, dep, ent, start)


def _scored(marks: bool) -> list[tuple]:
    """``Dara "Blaze" Okonkwo scored twice .`` (or without the quotation marks)."""
    if not marks:
        return [_row("Dara", "NNP", "PROPN", 2, "compound", "B-PERSON", True),
                _row("Blaze", "NNP", "PROPN", 2, "compound", "I-PERSON"),
                _row("Okonkwo", "NNP", "PROPN", 3, "nsubj", "I-PERSON"),
                _row("scored", "VBD", "VERB", 3, "ROOT"),
                _row("twice", "RB", "ADV", 3, "advmod"),
                _row(".", ".", "PUNCT", 3, "punct")]
    return [_row("Dara", "NNP", "PROPN", 4, "compound", "B-PERSON", True),
            _row('"', "``", "PUNCT", 2, "punct"),
            _row("Blaze", "NNP", "PROPN", 4, "compound"),
            _row('"', "''", "PUNCT", 2, "punct"),
            _row("Okonkwo", "NNP", "PROPN", 5, "nsubj", "B-PERSON"),
            _row("scored", "VBD", "VERB", 5, "ROOT"),
            _row("twice", "RB", "ADV", 5, "advmod"),
            _row(".", ".", "PUNCT", 5, "punct")]


def test_a_quoted_nickname_between_two_names_is_one_persons_name(resolve_rows) -> None:
    found = resolve_rows(_scored(marks=True))
    assert found["Dara Okonkwo"] == ['Dara " Blaze " Okonkwo']  # words joined by spaces (no Doc spacing given)


def test_three_capitalised_words_without_quotation_marks_are_the_models_name(resolve_rows) -> None:
    assert resolve_rows(_scored(marks=False)) == {"Dara Blaze Okonkwo": ["Dara Blaze Okonkwo"]}
