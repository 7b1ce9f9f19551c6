"""A credit ending the sentence (``..., reports the Ledger.``) after a statement that the parser
hung on the credit as an adverbial clause (its opening phrase of time read as the clause's
conjunction): the statement is what was said (bbc's ``<clause>, reports <paper>`` class, read in
the READ half). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# The week before the vote the council spent its budget, reports the Ledger.
REPORTS = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'B-DATE', False),
    ('week', True, 'NN', 'NOUN', 'npadvmod', 7, 'week', 'I-DATE', False),
    ('before', True, 'IN', 'ADP', 'prep', 7, 'before', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('vote', True, 'NN', 'NOUN', 'pobj', 2, 'vote', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 7, 'council', 'O', False),
    ('spent', True, 'VBD', 'VERB', 'advcl', 11, 'spend', 'O', False),
    ('its', True, 'PRP$', 'PRON', 'poss', 9, 'its', 'O', False),
    ('budget', False, 'NN', 'NOUN', 'dobj', 7, 'budget', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('reports', True, 'VBZ', 'VERB', 'ROOT', 11, 'report', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 13, 'the', 'O', False),
    ('Ledger', False, 'NNP', 'PROPN', 'nsubj', 11, 'Ledger', 'B-ORG', False),
    ('.', False, '.', 'PUNCT', 'punct', 11, '.', 'O', False),
]

# Because the roads were icy, reports the Ledger.
BECAUSE = [
    ('Because', True, 'IN', 'SCONJ', 'mark', 3, 'because', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('roads', True, 'NNS', 'NOUN', 'nsubj', 3, 'road', 'O', False),
    ('were', True, 'VBD', 'AUX', 'advcl', 6, 'be', 'O', False),
    ('icy', False, 'JJ', 'ADJ', 'acomp', 3, 'icy', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('reports', True, 'VBZ', 'VERB', 'ROOT', 6, 'report', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('Ledger', False, 'NNP', 'PROPN', 'nsubj', 6, 'Ledger', 'B-ORG', False),
    ('.', False, '.', 'PUNCT', 'punct', 6, '.', 'O', False),
]


def test_a_statement_read_as_an_adverbial_clause_of_a_closing_credit_is_what_was_said() -> None:
    assert quotes_of(REPORTS) == [("The week before the vote the council spent its budget", "reports", "the Ledger")]


def test_a_credit_with_a_subject_before_it_reads_alike() -> None:
    # "..., the Ledger reports."
    head = [_with(REPORTS, k, head=13)[k] if REPORTS[k][5] == 11 else REPORTS[k] for k in range(11)]
    rows = [*head, ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
            ('Ledger', True, 'NNP', 'PROPN', 'nsubj', 13, 'Ledger', 'B-ORG', False),
            ('reports', False, 'VBZ', 'VERB', 'ROOT', 13, 'report', 'O', False),
            ('.', False, '.', 'PUNCT', 'punct', 13, '.', 'O', False)]
    assert quotes_of(rows) == [("The week before the vote the council spent its budget", "reports", "the Ledger")]


def test_a_clause_opened_by_a_conjunction_is_no_statement() -> None:
    assert not [q for q in quotes_of(BECAUSE) if "roads" in q[0]]
