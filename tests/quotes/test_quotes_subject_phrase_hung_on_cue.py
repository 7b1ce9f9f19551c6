"""``<voters> said <NP> <phrase> would be <adjective>``: a reported clause with no ``that`` whose
subject noun phrase the parser hung on the verb of saying as its object (with the phrase after it),
leaving the clause's verb with no subject: what was said starts at that noun phrase, the whole
clause (the READ half's news-dev80 miss). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# Most voters said life for the young would be worse.
OBJECT_THEN_CLAUSE = [
    ('Most', True, 'JJS', 'ADJ', 'amod', 1, 'most', 'O', False),
    ('voters', True, 'NNS', 'NOUN', 'nsubj', 2, 'voter', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('life', True, 'NN', 'NOUN', 'dobj', 2, 'life', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 2, 'for', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('young', True, 'NN', 'NOUN', 'pobj', 4, 'young', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 8, 'would', 'O', False),
    ('be', True, 'VB', 'AUX', 'ccomp', 2, 'be', 'O', False),
    ('worse', False, 'JJR', 'ADJ', 'acomp', 8, 'bad', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_the_object_and_its_phrase_are_the_subject_of_the_clause_said() -> None:
    assert quotes_of(OBJECT_THEN_CLAUSE) == [("life for the young would be worse", "said", "Most voters")]


def test_the_one_told_is_no_subject_of_what_was_said() -> None:
    # "Most voters told officials for the city would be worse": the object of "told" is the one
    # addressed, never the clause's subject
    rows = _with(_with(OBJECT_THEN_CLAUSE, 2, word="told", lemma="tell"), 3, word="officials", tag="NNS", lemma="official")
    assert not [q for q in quotes_of(rows) if q[0].startswith("officials")]


def test_a_clause_with_a_subject_of_its_own_keeps_its_start() -> None:
    # "Most voters said life for the young they would be worse": "they" is the clause's subject
    rows = [*OBJECT_THEN_CLAUSE[:7], ('they', True, 'PRP', 'PRON', 'nsubj', 9, 'they', 'O', False),
            *[(w, sp, tg, ps, dp, h + 1 if h >= 7 else h, lm, e, st) for w, sp, tg, ps, dp, h, lm, e, st in OBJECT_THEN_CLAUSE[7:]]]
    assert [q[0] for q in quotes_of(rows)] == ["they would be worse"]
