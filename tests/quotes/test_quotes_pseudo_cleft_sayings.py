"""A pseudo-cleft of saying, ``What <Name> said is that <clause>``: the clause after the copula is
what the named person said, in the writer's prose and inside another speaker's quotation (news-dev76's
class: a third person's words reported inside a speaker's quotation). Sentences written for these
tests; hand-built parses."""

from __future__ import annotations

from quote_rows import parsed_quotes, quotes_of
from quote_rows import with_row as _with

# What Carl Benn said is that the bridge cannot last.
CLEFT = [
    ('What', True, 'WP', 'PRON', 'dobj', 3, 'what', 'O', False),
    ('Carl', True, 'NNP', 'PROPN', 'compound', 2, 'Carl', 'B-PERSON', False),
    ('Benn', True, 'NNP', 'PROPN', 'nsubj', 3, 'Benn', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'csubj', 4, 'say', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 4, 'be', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 10, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('bridge', True, 'NN', 'NOUN', 'nsubj', 10, 'bridge', 'O', False),
    ('can', False, 'MD', 'AUX', 'aux', 10, 'can', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 10, 'not', 'O', False),
    ('last', False, 'VB', 'VERB', 'ccomp', 4, 'last', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]

# "I trust him. But what Carl Benn said is that the bridge cannot last," Ann Lee said.
INSIDE = [
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('I', True, 'PRP', 'PRON', 'nsubj', 2, 'I', 'O', False),
    ('trust', True, 'VBP', 'VERB', 'ROOT', 2, 'trust', 'O', False),
    ('him', False, 'PRP', 'PRON', 'dobj', 2, 'he', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('But', True, 'CC', 'CCONJ', 'cc', 10, 'but', 'O', True),
    ('what', True, 'WP', 'PRON', 'dobj', 9, 'what', 'O', False),
    ('Carl', True, 'NNP', 'PROPN', 'compound', 8, 'Carl', 'B-PERSON', False),
    ('Benn', True, 'NNP', 'PROPN', 'nsubj', 9, 'Benn', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'csubj', 10, 'say', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ccomp', 21, 'be', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 16, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 13, 'the', 'O', False),
    ('bridge', True, 'NN', 'NOUN', 'nsubj', 16, 'bridge', 'O', False),
    ('can', False, 'MD', 'AUX', 'aux', 16, 'can', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 16, 'not', 'O', False),
    ('last', False, 'VB', 'VERB', 'ccomp', 10, 'last', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 21, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 21, '"', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 20, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 21, 'Lee', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 21, 'say', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 21, '.', 'O', False),
]


def test_a_pseudo_cleft_of_saying_reports_the_clause_after_the_copula() -> None:
    assert quotes_of(CLEFT) == [("the bridge cannot last", "said", "Carl Benn")]


def test_a_pseudo_cleft_inside_a_quotation_is_the_named_persons_and_the_quotation_stays_the_speakers() -> None:
    found = parsed_quotes(INSIDE)
    assert ("indirect", "the bridge cannot last", "said", "Carl Benn") in found
    assert any(q[3] == "Ann Lee" and q[1].startswith("I trust him") for q in found)


def test_a_free_relative_that_is_no_subject_of_a_copula_reports_nothing_by_this_rule() -> None:
    # "He did what Carl Benn said." : "said" an object clause, no copula
    rows = [
        ('He', True, 'PRP', 'PRON', 'nsubj', 1, 'he', 'O', False),
        ('did', True, 'VBD', 'VERB', 'ROOT', 1, 'do', 'O', False),
        ('what', True, 'WP', 'PRON', 'dobj', 5, 'what', 'O', False),
        ('Carl', True, 'NNP', 'PROPN', 'compound', 4, 'Carl', 'B-PERSON', False),
        ('Benn', True, 'NNP', 'PROPN', 'nsubj', 5, 'Benn', 'I-PERSON', False),
        ('said', False, 'VBD', 'VERB', 'ccomp', 1, 'say', 'O', False),
        ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
    ]
    assert quotes_of(rows) == []


def test_a_pronoun_subject_inside_a_quotation_gives_no_nested_quote() -> None:
    # '"... what I said is that ...," Ann Lee said': the speaker's own words, one quote
    rows = _with(_with(INSIDE, 7, word="I", tag="PRP", pos="PRON", dep="nsubj", head=9, lemma="I", ent="O"),
                 8, word="really", tag="RB", pos="ADV", dep="advmod", head=9, lemma="really", ent="O")
    assert [q[3] for q in parsed_quotes(rows)] == ["Ann Lee"]
