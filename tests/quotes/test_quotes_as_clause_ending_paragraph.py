"""An ``as`` clause of saying (or ``by <his> own account``) that ends its sentence at the end of a paragraph frames the words
before it: the line break that the parser hangs on the full stop is no word of the clause it hangs
on (``"...," as <Name> noted in ...`` after a quotation, a session 36 leftover). Sentences written
for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of

# "You saw the joke coming," as Mary Fenn noted in the tribute.\n
NOTED = [
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('You', True, 'PRP', 'PRON', 'nsubj', 2, 'you', 'O', False),
    ('saw', True, 'VBD', 'VERB', 'ROOT', 2, 'see', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('joke', True, 'NN', 'NOUN', 'nsubj', 5, 'joke', 'O', False),
    ('coming', False, 'VBG', 'VERB', 'ccomp', 2, 'come', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 11, 'as', 'O', False),
    ('Mary', True, 'NNP', 'PROPN', 'compound', 10, 'Mary', 'B-PERSON', False),
    ('Fenn', True, 'NNP', 'PROPN', 'nsubj', 11, 'Fenn', 'I-PERSON', False),
    ('noted', True, 'VBD', 'VERB', 'advcl', 2, 'note', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 11, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 14, 'the', 'O', False),
    ('tribute', False, 'NN', 'NOUN', 'pobj', 12, 'tribute', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 15, '\n', 'O', False),
]

# The mill will close, as the mayor put it.\n
PUT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('mill', True, 'NN', 'NOUN', 'nsubj', 3, 'mill', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 3, 'will', 'O', False),
    ('close', False, 'VB', 'VERB', 'ROOT', 3, 'close', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 8, 'as', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 8, 'mayor', 'O', False),
    ('put', True, 'VBD', 'VERB', 'advcl', 3, 'put', 'O', False),
    ('it', False, 'PRP', 'PRON', 'dobj', 8, 'it', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 10, '\n', 'O', False),
]


def test_an_as_clause_after_a_quotation_at_the_paragraph_end_credits_it() -> None:
    assert quotes_of(NOTED) == [("You saw the joke coming", "noted", "Mary Fenn")]


def test_an_as_clause_closing_a_statement_at_the_paragraph_end_credits_it() -> None:
    assert quotes_of(PUT) == [("The mill will close", "put", "the mayor")]


def test_an_as_clause_of_time_with_an_object_credits_not_the_clause_it_hangs_on() -> None:
    # "The hall went quiet as the mayor read the verdict.": a clause of time, its own object
    rows = [
        ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
        ('hall', True, 'NN', 'NOUN', 'nsubj', 2, 'hall', 'O', False),
        ('went', True, 'VBD', 'VERB', 'ROOT', 2, 'go', 'O', False),
        ('quiet', True, 'JJ', 'ADJ', 'acomp', 2, 'quiet', 'O', False),
        ('as', True, 'IN', 'SCONJ', 'mark', 7, 'as', 'O', False),
        ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
        ('mayor', True, 'NN', 'NOUN', 'nsubj', 7, 'mayor', 'O', False),
        ('announced', True, 'VBD', 'VERB', 'advcl', 2, 'announce', 'O', False),
        ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
        ('verdict', False, 'NN', 'NOUN', 'dobj', 7, 'verdict', 'O', False),
        ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
        ('\n', False, '_SP', 'SPACE', 'dep', 10, '\n', 'O', False),
    ]
    assert not [q for q in quotes_of(rows) if "quiet" in q[0]]


def test_by_ones_own_account_ending_the_paragraph_credits_the_clause_before_it() -> None:
    # "The crossing was the worst in years, by his own account.\n"
    rows = [
        ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
        ('crossing', True, 'NN', 'NOUN', 'nsubj', 2, 'crossing', 'O', False),
        ('was', True, 'VBD', 'AUX', 'ROOT', 2, 'be', 'O', False),
        ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
        ('worst', True, 'JJS', 'ADJ', 'attr', 2, 'bad', 'O', False),
        ('in', True, 'IN', 'ADP', 'prep', 2, 'in', 'O', False),
        ('years', False, 'NNS', 'NOUN', 'pobj', 5, 'year', 'B-DATE', False),
        (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
        ('by', True, 'IN', 'ADP', 'prep', 2, 'by', 'O', False),
        ('his', True, 'PRP$', 'PRON', 'poss', 11, 'his', 'O', False),
        ('own', True, 'JJ', 'ADJ', 'amod', 11, 'own', 'O', False),
        ('account', False, 'NN', 'NOUN', 'pobj', 8, 'account', 'O', False),
        ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
        ('\n', False, '_SP', 'SPACE', 'dep', 12, '\n', 'O', False),
    ]
    assert quotes_of(rows) == [("The crossing was the worst in years", "by his own account", "his")]
