"""``"...," we heard him say to ...``: a bare infinitive of saying with its own subject, the
complement of a verb of perception (``perception_verb`` rows: hear, watch, see); the quotation
closed right before the perception clause is what the infinitive's subject said (news-dev21's
class, read in the READ half). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# "Nice hat," we heard him say to a man in the front row.
HEARD = [
    ('"', False, '``', 'PUNCT', 'punct', 6, '"', 'O', False),
    ('Nice', True, 'JJ', 'ADJ', 'amod', 2, 'nice', 'O', False),
    ('hat', False, 'NN', 'NOUN', 'npadvmod', 6, 'hat', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 6, '"', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 6, 'we', 'O', False),
    ('heard', True, 'VBD', 'VERB', 'ROOT', 6, 'hear', 'O', False),
    ('him', True, 'PRP', 'PRON', 'nsubj', 8, 'he', 'O', False),
    ('say', True, 'VB', 'VERB', 'ccomp', 6, 'say', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 8, 'to', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 11, 'a', 'O', False),
    ('man', True, 'NN', 'NOUN', 'pobj', 9, 'man', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 11, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('front', True, 'NN', 'NOUN', 'compound', 15, 'front', 'O', False),
    ('row', False, 'NN', 'NOUN', 'pobj', 12, 'row', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 6, '.', 'O', False),
]


def test_the_quotation_before_a_perceived_saying_is_the_infinitives_subjects() -> None:
    assert quotes_of(HEARD) == [("Nice hat", "say", "him")]


def test_a_verb_that_is_no_perception_credits_nothing_by_this_rule() -> None:
    # '"Nice hat," we let him say ...': no perception, no credit of the quotation before
    rows = _with(_with(HEARD, 6, word="let", lemma="let"), 4, space=True)
    assert not [q for q in quotes_of(rows) if q[0] == "Nice hat" and q[2] == "him"]
