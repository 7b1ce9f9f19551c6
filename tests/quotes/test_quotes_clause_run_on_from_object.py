"""``testified "thousands" of emails had not been turned over``: the reported clause's subject (a
quoted noun and its phrase) read as the verb of saying's object, its verb as an adverbial clause
of the cue with no subject and no conjunction: what was said runs from the object to the clause's
end, a mixed quote (the READ half's news-dev61 miss). Sentences written for these tests;
hand-built parses."""

from __future__ import annotations

from quote_rows import parsed_quotes
from quote_rows import with_row as _with

# The clerk testified "hundreds" of files had been lost.
RUN_ON = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('clerk', True, 'NN', 'NOUN', 'nsubj', 2, 'clerk', 'O', False),
    ('testified', True, 'VBD', 'VERB', 'ROOT', 2, 'testify', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('hundreds', False, 'NNS', 'NOUN', 'dobj', 2, 'hundred', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 4, '"', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 2, 'of', 'O', False),
    ('files', True, 'NNS', 'NOUN', 'pobj', 6, 'file', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 10, 'have', 'O', False),
    ('been', True, 'VBN', 'AUX', 'auxpass', 10, 'be', 'O', False),
    ('lost', False, 'VBN', 'VERB', 'advcl', 2, 'lose', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_the_object_and_its_phrase_open_the_clause_said() -> None:
    assert parsed_quotes(RUN_ON) == [("mixed", '"hundreds" of files had been lost', "testified", "The clerk")]


def test_a_clause_with_a_conjunction_of_its_own_is_no_run_on() -> None:
    # 'The clerk testified "hundreds" of files because ... had been lost': a subordinate clause
    rows = [*RUN_ON[:8], ('because', True, 'IN', 'SCONJ', 'mark', 11, 'because', 'O', False),
            *[(w, sp, tg, ps, dp, h + 1 if h >= 8 else h, lm, e, st) for w, sp, tg, ps, dp, h, lm, e, st in RUN_ON[8:]]]
    assert not [q for q in parsed_quotes(rows) if q[1].endswith("lost")]


def test_the_one_told_is_no_subject() -> None:
    rows = _with(RUN_ON, 2, word="told", lemma="tell")
    assert not [q for q in parsed_quotes(rows) if q[1].endswith("lost")]
