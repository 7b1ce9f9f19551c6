"""A predicate adjective of claiming with a ``that`` clause (``Ann Lee was adamant that the vote
would go ahead``): the clause is what the copula's subject claims, whether the parser hangs it on
the adjective or on the copula; an adjective of a state of mind (``was confident that``) is a belief,
no quote by default. quotes30, from news-dev43's class description; the sentences are our own,
their parses written out as the model gave them."""

from __future__ import annotations

from quote_rows import quotes_of

# Ann Lee was adamant that the vote would go ahead.
ADAMANT = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('adamant', True, 'JJ', 'ADJ', 'acomp', 2, 'adamant', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('vote', True, 'NN', 'NOUN', 'nsubj', 8, 'vote', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 8, 'would', 'O', False),
    ('go', True, 'VB', 'VERB', 'ccomp', 2, 'go', 'O', False),
    ('ahead', False, 'RB', 'ADV', 'advmod', 8, 'ahead', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee is insistent that the vote will go ahead.
INSISTENT = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('insistent', True, 'JJ', 'ADJ', 'acomp', 2, 'insistent', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('vote', True, 'NN', 'NOUN', 'nsubj', 8, 'vote', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 8, 'will', 'O', False),
    ('go', True, 'VB', 'VERB', 'ccomp', 3, 'go', 'O', False),
    ('ahead', False, 'RB', 'ADV', 'advmod', 8, 'ahead', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee was confident that the bill would pass.
CONFIDENT = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('confident', True, 'JJ', 'ADJ', 'acomp', 2, 'confident', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('bill', True, 'NN', 'NOUN', 'nsubj', 8, 'bill', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 8, 'would', 'O', False),
    ('pass', False, 'VB', 'VERB', 'ccomp', 3, 'pass', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_the_clause_on_the_copula_is_claimed() -> None:
    assert quotes_of(ADAMANT) == [("the vote would go ahead", "adamant", "Ann Lee")]


def test_the_clause_on_the_adjective_is_claimed() -> None:
    assert quotes_of(INSISTENT) == [("the vote will go ahead", "insistent", "Ann Lee")]


def test_a_state_of_mind_is_no_quote() -> None:
    assert quotes_of(CONFIDENT) == []
