"""``shared with <audience> that <clause>``, ``related that <clause>``: verbs of telling report a
``that`` clause after them as a verb of saying does, and nothing else (``that_clause_only_verb``
rows: ``shared a photo`` says nothing). The READ half's news-dev77 misses. Sentences written for
these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# The coach shared with the players that the season was over.
SHARED_THAT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('coach', True, 'NN', 'NOUN', 'nsubj', 2, 'coach', 'O', False),
    ('shared', True, 'VBD', 'VERB', 'ROOT', 2, 'share', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 2, 'with', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('players', True, 'NNS', 'NOUN', 'pobj', 3, 'player', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 9, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('season', True, 'NN', 'NOUN', 'nsubj', 9, 'season', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 2, 'be', 'O', False),
    ('over', False, 'RB', 'ADV', 'advmod', 9, 'over', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# She shared a photo of the flood.
SHARED_PHOTO = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
    ('shared', True, 'VBD', 'VERB', 'ROOT', 1, 'share', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 3, 'a', 'O', False),
    ('photo', True, 'NN', 'NOUN', 'dobj', 1, 'photo', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 3, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('flood', False, 'NN', 'NOUN', 'pobj', 4, 'flood', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_shared_with_an_audience_that_reports_the_clause() -> None:
    assert quotes_of(SHARED_THAT) == [("the season was over", "shared", "The coach")]


def test_related_that_reports_the_clause() -> None:
    rows = _with(_with(SHARED_THAT, 2, word="related", lemma="relate"), 3, word="again", tag="RB", pos="ADV", dep="advmod")
    rows = _with(_with(rows, 4, word="and", tag="CC", pos="CCONJ", dep="cc", head=3),
                 5, word="again", tag="RB", pos="ADV", dep="conj", lemma="again")
    assert quotes_of(rows) == [("the season was over", "related", "The coach")]


def test_shared_with_an_object_alone_reports_nothing() -> None:
    assert quotes_of(SHARED_PHOTO) == []
