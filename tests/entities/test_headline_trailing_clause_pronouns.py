"""A name that opens a headline and a trailing clause after a comma that comments on it
(`<Name> at <age>, just the way <pronoun> is`): the parser hangs the name on the clause's verb with
no relation (`dep`); the clause's subject pronoun stands for the name. Hand-built Docs of
sentences written for these tests."""

from __future__ import annotations


def rows(comma: bool):
    # Mara Quinn at 60, just the way she is.
    words = [
        ('Mara', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
        ('Quinn', 'NNP', 'PROPN', 9, 'dep', 'I-PERSON', False),
        ('at', 'IN', 'ADP', 1, 'prep', 'O', False),
        ('60', 'CD', 'NUM', 2, 'pobj', 'B-DATE', False),
        (',', ',', 'PUNCT', 9, 'punct', 'O', False),
        ('just', 'RB', 'ADV', 7, 'advmod', 'O', False),
        ('the', 'DT', 'DET', 7, 'det', 'O', False),
        ('way', 'NN', 'NOUN', 9, 'npadvmod', 'O', False),
        ('she', 'PRP', 'PRON', 9, 'nsubj', 'O', False),
        ('is', 'VBZ', 'AUX', 9, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 9, 'punct', 'O', False),
    ]
    if comma:
        return words
    # the same words with no comma: the name is not set off from the clause
    out = []
    for w in words[:4] + words[5:]:
        head = w[3] - 1 if w[3] > 4 else w[3]
        out.append((*w[:3], head, *w[4:]))
    return out


def test_headline_pronoun_after_comma_is_the_name(stage_entities):
    ents = stage_entities(rows(comma=True))
    assert [m.text for m in ents["Mara Quinn"].mentions] == ["Mara Quinn", "she"]


def test_name_not_set_off_is_still_an_argument_of_the_verb(stage_entities):
    ents = stage_entities(rows(comma=False))
    assert [m.text for m in ents["Mara Quinn"].mentions] == ["Mara Quinn"]
