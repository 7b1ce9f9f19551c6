"""A description the text says of a person in so many words (``billionaire senator Tom Reed ... The
businessman said``: a billionaire is a businessman, kind_nouns.tsv) is that person's, though the
person's only codes are a state office's; a mere fit is not (``Senator Tom Reed ... The
businessman``). Hand-built Docs of sentences written for these tests."""

from __future__ import annotations


def rows(first: str):
    # <first> senator Tom Reed spoke . The businessman said no .
    return [
        (first, 'JJ' if first.islower() else 'NNP', 'ADJ' if first.islower() else 'PROPN', 3, 'amod' if first.islower() else 'compound', 'O', True),
        ('senator', 'NN', 'NOUN', 3, 'compound', 'O', False),
        ('Tom', 'NNP', 'PROPN', 3, 'compound', 'B-PERSON', False),
        ('Reed', 'NNP', 'PROPN', 4, 'nsubj', 'I-PERSON', False),
        ('spoke', 'VBD', 'VERB', 4, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 4, 'punct', 'O', False),
        ('The', 'DT', 'DET', 7, 'det', 'O', True),
        ('businessman', 'NN', 'NOUN', 8, 'nsubj', 'O', False),
        ('said', 'VBD', 'VERB', 8, 'ROOT', 'O', False),
        ('no', 'UH', 'INTJ', 8, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 8, 'punct', 'O', False),
    ]


def test_description_said_in_so_many_words(stage_entities):
    ents = stage_entities(rows("billionaire"))
    assert "The businessman" in [m.text for m in ents["Tom Reed"].mentions]


def test_a_mere_fit_of_a_state_office_holder_is_not(stage_entities):
    ents = stage_entities(rows("veteran"))
    assert "The businessman" not in [m.text for m in ents["Tom Reed"].mentions]
