"""Two appositions read from the words where the parse breaks them: an epithet after ``a.k.a.``
after a person's name and its comma, and a definite description right before a person's name set
off by dashes on both sides. Hand-built Docs of sentences written for these tests (the heads as a
parser that missed the apposition left them)."""

from __future__ import annotations

# Voters backed Ann Hale , a.k.a. the iron lady , in May .
ALIAS = [
    ('Voters', 'NNS', 'NOUN', 1, 'nsubj', 'O', True),
    ('backed', 'VBD', 'VERB', 1, 'ROOT', 'O', False),
    ('Ann', 'NNP', 'PROPN', 3, 'compound', 'B-PERSON', False),
    ('Hale', 'NNP', 'PROPN', 1, 'dobj', 'I-PERSON', False),
    (',', ',', 'PUNCT', 3, 'punct', 'O', False),
    ('a.k.a.', 'NNP', 'PROPN', 1, 'dep', 'O', False),
    ('the', 'DT', 'DET', 8, 'det', 'O', False),
    ('iron', 'NN', 'NOUN', 8, 'compound', 'O', False),
    ('lady', 'NN', 'NOUN', 1, 'npadvmod', 'O', False),
    (',', ',', 'PUNCT', 1, 'punct', 'O', False),
    ('in', 'IN', 'ADP', 1, 'prep', 'O', False),
    ('May', 'NNP', 'PROPN', 10, 'pobj', 'B-DATE', False),
    ('.', '.', 'PUNCT', 1, 'punct', 'O', False),
]

# Ann Hale won . Rivals got half what the third-place finisher - Hale - won .
DASHES = [
    ('Ann', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
    ('Hale', 'NNP', 'PROPN', 2, 'nsubj', 'I-PERSON', False),
    ('won', 'VBD', 'VERB', 2, 'ROOT', 'O', False),
    ('.', '.', 'PUNCT', 2, 'punct', 'O', False),
    ('Rivals', 'NNS', 'NOUN', 5, 'nsubj', 'O', True),
    ('got', 'VBD', 'VERB', 5, 'ROOT', 'O', False),
    ('half', 'NN', 'NOUN', 5, 'dobj', 'O', False),
    ('what', 'WP', 'PRON', 17, 'dobj', 'O', False),
    ('the', 'DT', 'DET', 12, 'det', 'O', False),
    ('third', 'JJ', 'ADJ', 11, 'amod', 'B-ORDINAL', False),
    ('-', 'HYPH', 'PUNCT', 11, 'punct', 'O', False),
    ('place', 'NN', 'NOUN', 12, 'compound', 'O', False),
    ('finisher', 'NN', 'NOUN', 17, 'nsubj', 'O', False),
    ('-', 'HYPH', 'PUNCT', 14, 'punct', 'O', False),
    ('Hale', 'NNP', 'PROPN', 17, 'compound', 'B-PERSON', False),
    ('-', 'HYPH', 'PUNCT', 17, 'punct', 'O', False),
    ('won', 'VBD', 'VERB', 6, 'relcl', 'O', False),
    ('.', '.', 'PUNCT', 5, 'punct', 'O', False),
]
DASH_SPACES = [True, False, False, True, True, True, True, True, True, False, False, True, True, True, True, True, False, False]


def test_epithet_after_aka_is_the_person(stage_entities):
    ents = stage_entities(ALIAS)
    assert "the iron lady" in [m.text for m in ents["Ann Hale"].mentions]


def test_no_marker_no_epithet(stage_entities):
    rows = [r if r[0] != 'a.k.a.' else ('then', 'RB', 'ADV', 1, 'advmod', 'O', False) for r in ALIAS]
    ents = stage_entities(rows)
    assert "the iron lady" not in [m.text for m in ents["Ann Hale"].mentions]


def test_description_before_a_name_between_dashes_is_the_person(stage_entities):
    ents = stage_entities(DASHES, DASH_SPACES)
    assert [m.text for m in ents["Ann Hale"].mentions] == ["Ann Hale", "the third-place finisher", "Hale"]


def test_description_before_a_name_with_one_dash_is_not(stage_entities):
    rows = [r if i != 15 else (',', ',', 'PUNCT', 17, 'punct', 'O', False) for i, r in enumerate(DASHES)]
    ents = stage_entities(rows, DASH_SPACES)
    assert "the third-place finisher" not in [m.text for m in ents["Ann Hale"].mentions]
