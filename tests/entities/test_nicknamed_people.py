"""A quoted nickname written right before a name is a person's: where the sentence gives one person
so, a capitalised word the model left untagged after another short quoted nickname is a person's
name too (a surname alone). Hand-built Docs of sentences written for these tests."""

from __future__ import annotations


def rows(second_tag: str = 'NNP', first_ent: str = 'PERSON'):
    # Fans cheered ( "Big Red" Tom Hale , "Slim" Varga ) .
    b = 'B-' + first_ent if first_ent else 'O'
    i = 'I-' + first_ent if first_ent else 'O'
    return [
        ('Fans', 'NNS', 'NOUN', 1, 'nsubj', 'O', True),
        ('cheered', 'VBD', 'VERB', 1, 'ROOT', 'O', False),
        ('(', '-LRB-', 'PUNCT', 8, 'punct', 'O', False),
        ('"', '``', 'PUNCT', 5, 'punct', 'O', False),
        ('Big', 'NNP', 'PROPN', 5, 'compound', 'O', False),
        ('Red', 'NNP', 'PROPN', 8, 'nmod', 'O', False),
        ('"', "''", 'PUNCT', 5, 'punct', 'O', False),
        ('Tom', 'NNP', 'PROPN', 8, 'compound', b, False),
        ('Hale', 'NNP', 'PROPN', 1, 'dobj', i, False),
        (',', ',', 'PUNCT', 8, 'punct', 'O', False),
        ('"', '``', 'PUNCT', 11, 'punct', 'O', False),
        ('Slim', 'NNP', 'PROPN', 13, 'nmod', 'O', False),
        ('"', "''", 'PUNCT', 11, 'punct', 'O', False),
        ('Varga', second_tag, 'PROPN', 8, 'appos', 'O', False),
        (')', '-RRB-', 'PUNCT', 8, 'punct', 'O', False),
        ('.', '.', 'PUNCT', 1, 'punct', 'O', False),
    ]


SPACES = [True, True, False, False, True, False, True, True, False, True, False, False, True, False, False, False]


def test_surname_after_a_quoted_nickname_is_a_person(stage_entities):
    ents = stage_entities(rows(), SPACES)
    assert [m.text for m in ents["Varga"].mentions] == ["Varga"]
    assert ents["Varga"].type == "PERSON"


def test_no_person_nicknamed_so_in_the_sentence_no_guess(stage_entities):
    ents = stage_entities(rows(first_ent=''), SPACES)
    assert "Varga" not in ents
