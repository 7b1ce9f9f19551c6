"""``charge`` as a noun of accusing with a ``that`` clause (``made similar charges that the judge
would be biased``): an indirect quote of the subject of the verb uttering it; after a verb that
utters nothing (``faces charges that ...``) nobody named says it. quotes30, from news-dev43's class
description; the sentences are our own, their parses written out as the model gave them."""

from __future__ import annotations

from quote_rows import quotes_of

# Tom Reed made similar charges that the judge would be biased against him.
MADE_CHARGES = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', False),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 2, 'Reed', 'I-PERSON', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 2, 'make', 'O', False),
    ('similar', True, 'JJ', 'ADJ', 'amod', 4, 'similar', 'O', False),
    ('charges', True, 'NNS', 'NOUN', 'dobj', 2, 'charge', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 10, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('judge', True, 'NN', 'NOUN', 'nsubjpass', 10, 'judge', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 10, 'would', 'O', False),
    ('be', True, 'VB', 'AUX', 'auxpass', 10, 'be', 'O', False),
    ('biased', True, 'VBN', 'VERB', 'acl', 4, 'bias', 'O', False),
    ('against', True, 'IN', 'ADP', 'prep', 10, 'against', 'O', False),
    ('him', False, 'PRP', 'PRON', 'pobj', 11, 'he', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Tom Reed faces charges that he stole the money.
FACES_CHARGES = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', False),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 2, 'Reed', 'I-PERSON', False),
    ('faces', True, 'VBZ', 'VERB', 'ROOT', 2, 'face', 'O', False),
    ('charges', True, 'NNS', 'NOUN', 'dobj', 2, 'charge', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 6, 'that', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 6, 'he', 'O', False),
    ('stole', True, 'VBD', 'VERB', 'acl', 3, 'steal', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('money', False, 'NN', 'NOUN', 'dobj', 6, 'money', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Tom Reed charges that the board hid the money. (the verb tagged a noun after the name, as the model may read it)
NAME_CHARGES = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', False),
    ('Reed', True, 'NNP', 'PROPN', 'compound', 2, 'Reed', 'I-PERSON', False),
    ('charges', True, 'NNS', 'NOUN', 'ROOT', 2, 'charge', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 6, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('board', True, 'NN', 'NOUN', 'nsubj', 6, 'board', 'O', False),
    ('hid', True, 'VBD', 'VERB', 'acl', 2, 'hide', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('money', False, 'NN', 'NOUN', 'dobj', 6, 'money', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_a_name_before_the_noun_owns_the_charge() -> None:
    assert quotes_of(NAME_CHARGES) == [("the board hid the money", "charges", "Tom Reed")]


def test_the_one_who_made_the_charges_says_it() -> None:
    assert quotes_of(MADE_CHARGES) == [("the judge would be biased against him", "charges", "Tom Reed")]


def test_facing_charges_utters_nothing() -> None:
    assert [(c, s) for c, _, s in quotes_of(FACES_CHARGES)] == [("he stole the money", None)]
