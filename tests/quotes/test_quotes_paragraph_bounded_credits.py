"""An attribution credits words of its own paragraph: a cue opening the next paragraph with words
of its own does not take the quotation that ends the paragraph before as an interrupted first part
(news-dev74's class: a text source's second quotation given to the next paragraph's speaker).
Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# "Welcome to our valley!" a sign at the gate reads. "Please drive slowly!"
# Tom Reed told the Gazette he has had letters.
SIGN = [
    ('"', False, '``', 'PUNCT', 'punct', 1, '"', 'O', False),
    ('Welcome', True, 'UH', 'INTJ', 'ROOT', 1, 'welcome', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 1, 'to', 'O', False),
    ('our', True, 'PRP$', 'PRON', 'poss', 4, 'our', 'O', False),
    ('valley', False, 'NN', 'NOUN', 'pobj', 2, 'valley', 'O', False),
    ('!', False, '.', 'PUNCT', 'punct', 1, '!', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 1, '"', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 8, 'a', 'O', True),
    ('sign', True, 'NN', 'NOUN', 'nsubj', 12, 'sign', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 8, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('gate', True, 'NN', 'NOUN', 'pobj', 9, 'gate', 'O', False),
    ('reads', False, 'VBZ', 'VERB', 'ROOT', 12, 'read', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 12, '.', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 16, '"', 'O', True),
    ('Please', True, 'UH', 'INTJ', 'intj', 16, 'please', 'O', False),
    ('drive', True, 'VB', 'VERB', 'ROOT', 16, 'drive', 'O', False),
    ('slowly', False, 'RB', 'ADV', 'advmod', 16, 'slowly', 'O', False),
    ('!', False, '.', 'PUNCT', 'punct', 16, '!', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 16, '"', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 19, '\n', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 22, 'Tom', 'B-PERSON', True),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 23, 'Reed', 'I-PERSON', False),
    ('told', True, 'VBD', 'VERB', 'ROOT', 23, 'tell', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 25, 'the', 'O', False),
    ('Gazette', True, 'NNP', 'PROPN', 'dobj', 23, 'Gazette', 'B-ORG', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 28, 'he', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 28, 'have', 'O', False),
    ('had', True, 'VBN', 'VERB', 'ccomp', 23, 'have', 'O', False),
    ('letters', False, 'NNS', 'NOUN', 'dobj', 28, 'letter', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 23, '.', 'O', False),
]


def test_a_cue_opening_the_next_paragraph_interrupts_no_quotation_before_it() -> None:
    found = quotes_of(SIGN)
    assert ("he has had letters", "told", "Tom Reed") in found
    assert not [q for q in found if "drive slowly" in q[0] and q[2] == "Tom Reed"]
    # the sign's second quotation goes on with the sign's words
    assert [q[2] for q in found if "drive slowly" in q[0]] == ["a sign at the gate"]


def test_a_cue_in_the_same_paragraph_after_a_comma_still_interrupts() -> None:
    # '"Please drive slowly!" Tom Reed told ...' with no line break: an inverted credit of that quotation
    rows = _with(SIGN, 20, word=" ", tag="_SP")
    rows = [*rows[:20], *rows[21:]]
    rows = [(*r[:5], r[5] - 1 if r[5] > 20 else r[5], *r[6:]) for r in rows]
    rows = _with(_with(rows, 20, start=False), 19, space=True)
    found = quotes_of(rows)
    assert any("drive slowly" in q[0] and q[2] == "Tom Reed" for q in found)
