"""``But as <Name> points out in <phrase>, <gerund clause> <verb> ...``: the subject of the clause an
opening ``as`` clause of saying frames, hung by the parser on the cue, is the framed clause's own
(its verb has no other): what was said starts at that subject (the READ half's news-dev79 miss).
Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# But as the critic points out in a column, cutting fees helps nobody.
# (the parser's reading: "cutting" a clause of "points", the comma the cue's)
AS_CLAUSE = [
    ('But', True, 'CC', 'CCONJ', 'cc', 12, 'but', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 4, 'as', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'O', False),
    ('critic', True, 'NN', 'NOUN', 'nsubj', 4, 'critic', 'O', False),
    ('points', True, 'VBZ', 'VERB', 'advcl', 12, 'point', 'O', False),
    ('out', True, 'RP', 'ADP', 'prt', 4, 'out', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 4, 'in', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 8, 'a', 'O', False),
    ('column', False, 'NN', 'NOUN', 'pobj', 6, 'column', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 4, ',', 'O', False),
    ('cutting', True, 'VBG', 'VERB', 'advcl', 4, 'cut', 'O', False),
    ('fees', True, 'NNS', 'NOUN', 'dobj', 10, 'fee', 'O', False),
    ('helps', True, 'VBZ', 'VERB', 'ROOT', 12, 'help', 'O', False),
    ('nobody', False, 'NN', 'PRON', 'dobj', 12, 'nobody', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 12, '.', 'O', False),
]


def test_the_framed_clause_keeps_its_subject_hung_on_the_cue() -> None:
    assert quotes_of(AS_CLAUSE) == [("cutting fees helps nobody", "points", "the critic")]


def test_the_parsers_own_reading_gives_the_same_clause() -> None:
    rows = _with(_with(AS_CLAUSE, 9, head=12), 10, dep="csubj", head=12)
    assert quotes_of(rows) == [("cutting fees helps nobody", "points", "the critic")]


def test_a_host_with_a_subject_of_its_own_starts_after_the_as_clause() -> None:
    # "But as the critic points out in a column, cutting fees, it helps nobody": "it" is the host's
    rows = [*AS_CLAUSE[:12], (',', True, ',', 'PUNCT', 'punct', 4, ',', 'O', False),
            ('it', True, 'PRP', 'PRON', 'nsubj', 14, 'it', 'O', False),
            *[(w, sp, tg, ps, dp, 14 if h == 12 else h, lm, e, st) for w, sp, tg, ps, dp, h, lm, e, st in AS_CLAUSE[12:]]]
    rows = [(w, sp, tg, ps, dp, 14 if h == 12 else h, lm, e, st) for w, sp, tg, ps, dp, h, lm, e, st in rows]
    assert [q[0] for q in quotes_of(rows)] == ["it helps nobody"]
