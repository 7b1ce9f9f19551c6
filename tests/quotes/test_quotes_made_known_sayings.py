"""``<Name> made it clear (that) <clause>``: a verb of uttering (``utterance_verb`` rows: make)
whose complement is an adjective of making known (``made_known_adjective`` rows: clear, plain,
known, ...) with a finite clause says that clause, and its subject is the speaker (the READ half's
news-dev77 and news-dev79 misses). The adjective alone says nothing (``it is clear that``).
Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# The mayor made it clear the budget would not pass.
MADE_IT_CLEAR = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 2, 'mayor', 'O', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 2, 'make', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 4, 'it', 'O', False),
    ('clear', True, 'JJ', 'ADJ', 'ccomp', 2, 'clear', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('budget', True, 'NN', 'NOUN', 'nsubj', 9, 'budget', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 9, 'would', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 9, 'not', 'O', False),
    ('pass', False, 'VB', 'VERB', 'advcl', 4, 'pass', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee made clear that the bridge would reopen.
MADE_CLEAR_THAT = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 2, 'make', 'O', False),
    ('clear', True, 'JJ', 'ADJ', 'ccomp', 2, 'clear', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('bridge', True, 'NN', 'NOUN', 'nsubj', 8, 'bridge', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 8, 'would', 'O', False),
    ('reopen', False, 'VB', 'VERB', 'advcl', 3, 'reopen', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# It is clear that the budget will not pass.
IS_CLEAR = [
    ('It', True, 'PRP', 'PRON', 'nsubj', 1, 'it', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 1, 'be', 'O', False),
    ('clear', True, 'JJ', 'ADJ', 'acomp', 1, 'clear', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('budget', True, 'NN', 'NOUN', 'nsubj', 8, 'budget', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 8, 'will', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 8, 'not', 'O', False),
    ('pass', False, 'VB', 'VERB', 'ccomp', 1, 'pass', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_made_it_clear_with_a_bare_clause_says_the_clause() -> None:
    assert quotes_of(MADE_IT_CLEAR) == [("the budget would not pass", "made it clear", "The mayor")]


def test_made_clear_that_says_the_clause_after_that() -> None:
    assert quotes_of(MADE_CLEAR_THAT) == [("the bridge would reopen", "made clear", "Ann Lee")]


def test_made_it_known_is_a_saying_too() -> None:
    rows = _with(MADE_IT_CLEAR, 4, word="known", tag="VBN", pos="VERB", lemma="know")
    assert quotes_of(rows) == [("the budget would not pass", "made it known", "The mayor")]


def test_the_adjective_without_a_verb_of_uttering_says_nothing() -> None:
    assert quotes_of(IS_CLEAR) == []


def test_another_verb_with_the_adjective_says_nothing() -> None:
    # "The mayor kept it clear the budget would not pass": no verb of uttering
    rows = _with(MADE_IT_CLEAR, 2, word="kept", lemma="keep")
    assert quotes_of(rows) == []


def test_a_clause_without_a_subject_of_its_own_is_no_saying() -> None:
    # "made it clear to pass": no finite clause with a subject
    rows = _with(_with(_with(MADE_IT_CLEAR, 6, dep="dobj"), 7, tag="TO", pos="PART", word="to", lemma="to"), 8, dep="advmod")
    assert quotes_of(rows) == []


def test_a_thing_that_makes_it_clear_says_nothing() -> None:
    # "The figures made it clear the budget would not pass": a thing shows, nobody says
    rows = _with(MADE_IT_CLEAR, 1, word="figures", tag="NNS", lemma="figure")
    assert quotes_of(rows) == []
