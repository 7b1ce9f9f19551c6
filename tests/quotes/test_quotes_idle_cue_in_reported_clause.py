"""An adverbial clause whose cue word reports nothing there (``when her son calls home``: ``call``
says nothing) is part of the clause around it, not a saying of its own that ends what the verb
before reports (the READ half's news-dev35 miss: the clause was cut to nothing). One that reports
something (``while Tom Reed called it a success``) still ends it. Sentences written for these tests;
hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of

# His mother adds that when her son calls home, he plays new songs to them.
CALLS_HOME = [
    ('His', True, 'PRP$', 'PRON', 'poss', 1, 'his', 'O', False),
    ('mother', True, 'NN', 'NOUN', 'nsubj', 2, 'mother', 'O', False),
    ('adds', True, 'VBZ', 'VERB', 'ROOT', 2, 'add', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 11, 'that', 'O', False),
    ('when', True, 'WRB', 'SCONJ', 'advmod', 7, 'when', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 6, 'her', 'O', False),
    ('son', True, 'NN', 'NOUN', 'nsubj', 7, 'son', 'O', False),
    ('calls', True, 'VBZ', 'VERB', 'advcl', 11, 'call', 'O', False),
    ('home', False, 'RB', 'ADV', 'advmod', 7, 'home', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 11, 'he', 'O', False),
    ('plays', True, 'VBZ', 'VERB', 'ccomp', 2, 'play', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 13, 'new', 'O', False),
    ('songs', True, 'NNS', 'NOUN', 'dobj', 11, 'song', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 11, 'to', 'O', False),
    ('them', False, 'PRP', 'PRON', 'pobj', 14, 'they', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee said the plan failed, while Tom Reed called it a success.
WHILE_CALLED = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('plan', True, 'NN', 'NOUN', 'nsubj', 5, 'plan', 'O', False),
    ('failed', False, 'VBD', 'VERB', 'ccomp', 2, 'fail', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('while', True, 'IN', 'SCONJ', 'mark', 10, 'while', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 9, 'Tom', 'B-PERSON', False),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 10, 'Reed', 'I-PERSON', False),
    ('called', True, 'VBD', 'VERB', 'advcl', 5, 'call', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 13, 'it', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 13, 'a', 'O', False),
    ('success', False, 'NN', 'NOUN', 'ccomp', 10, 'success', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_a_cue_word_that_reports_nothing_does_not_cut_the_reported_clause() -> None:
    assert ("when her son calls home, he plays new songs to them", "adds", "His mother") in quotes_of(CALLS_HOME)


def test_a_cue_clause_that_reports_something_still_ends_the_clause_before() -> None:
    assert ("the plan failed", "said", "Ann Lee") in quotes_of(WHILE_CALLED)
