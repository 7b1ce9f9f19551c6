"""``<statement>, <title> <Name> insisted Thursday during <occasion>.``: a credit closing the
sentence, which the parser joined to the statement as a second clause, may carry its own phrases
of time, place or occasion; the statement before its comma is still what was said (the READ half's
news-dev79 miss). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# The mayor is open to the press, her deputy insisted Thursday during a visit to the school.
# (the parser's reading: "insisted" a second clause of "is")
JOINED_CREDIT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 2, 'mayor', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('open', True, 'JJ', 'ADJ', 'acomp', 2, 'open', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 3, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('press', False, 'NN', 'NOUN', 'pobj', 4, 'press', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 9, 'her', 'O', False),
    ('deputy', True, 'NN', 'NOUN', 'nsubj', 10, 'deputy', 'O', False),
    ('insisted', True, 'VBD', 'VERB', 'conj', 2, 'insist', 'O', False),
    ('Thursday', True, 'NNP', 'PROPN', 'npadvmod', 10, 'Thursday', 'B-DATE', False),
    ('during', True, 'IN', 'ADP', 'prep', 10, 'during', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 14, 'a', 'O', False),
    ('visit', True, 'NN', 'NOUN', 'pobj', 12, 'visit', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 14, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 17, 'the', 'O', False),
    ('school', False, 'NN', 'NOUN', 'pobj', 15, 'school', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False),
]


def test_a_joined_credit_with_phrases_of_its_own_reports_the_statement_before() -> None:
    assert quotes_of(JOINED_CREDIT) == [("The mayor is open to the press", "insisted", "her deputy")]


def test_a_credit_with_a_clause_of_its_own_keeps_it() -> None:
    # "..., her deputy insisted Thursday during a visit that was planned": a verb in the phrase
    rows = [*JOINED_CREDIT[:15], ('that', True, 'WDT', 'PRON', 'nsubjpass', 17, 'that', 'O', False),
            ('was', True, 'VBD', 'AUX', 'auxpass', 17, 'be', 'O', False),
            ('planned', False, 'VBN', 'VERB', 'relcl', 14, 'plan', 'O', False),
            ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False)]
    assert not [q for q in quotes_of(rows) if q[0] == "The mayor is open to the press"]


def test_the_credits_own_phrases_stay_out_of_the_statement_after_a_coordinator() -> None:
    # "The mayor is open to the press, and her deputy insisted Thursday ...": a coordinated clause
    rows = _with(JOINED_CREDIT, 8, word="and", tag="CC", pos="CCONJ", dep="cc", head=2, lemma="and")
    rows = [*rows[:9], ('her', True, 'PRP$', 'PRON', 'poss', 10, 'her', 'O', False), *rows[9:]]
    rows = [(w, sp, tg, ps, dp, h + 1 if h >= 9 else h, lm, e, st) if k != 9 else (w, sp, tg, ps, dp, h, lm, e, st)
            for k, (w, sp, tg, ps, dp, h, lm, e, st) in enumerate(rows)]
    assert not [q for q in quotes_of(rows) if q[0] == "The mayor is open to the press"]
