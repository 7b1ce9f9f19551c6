"""``"...," <Name>'s message read.``: a document's wording credited after a quotation, its subject
opened by a proper name's possessive (as ``the letter`` or ``her note`` opens it), with ``read``
tagged a noun. The quotation is the subject's words; a second quotation after it goes on with them
(bbc-dev2's class; a session 35 leftover). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# "The river is rising fast," Kate Moss's message read. "We have moved to the roof."
MESSAGE = [
    ('"', False, '``', 'PUNCT', 'punct', 12, '"', 'O', False),
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('river', True, 'NN', 'NOUN', 'nsubj', 4, 'river', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'aux', 4, 'be', 'O', False),
    ('rising', True, 'VBG', 'VERB', 'ccomp', 12, 'rise', 'O', False),
    ('fast', False, 'RB', 'ADV', 'advmod', 4, 'fast', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 12, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 12, '"', 'O', False),
    ('Kate', True, 'NNP', 'PROPN', 'compound', 9, 'Kate', 'B-PERSON', False),
    ('Moss', False, 'NNP', 'PROPN', 'poss', 12, 'Moss', 'I-PERSON', False),
    ("'s", True, 'POS', 'PART', 'case', 9, "'s", 'I-PERSON', False),
    ('message', True, 'NN', 'NOUN', 'compound', 12, 'message', 'O', False),
    ('read', False, 'NN', 'NOUN', 'ROOT', 12, 'read', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 12, '.', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 17, '"', 'O', True),
    ('We', True, 'PRP', 'PRON', 'nsubj', 17, 'we', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 17, 'have', 'O', False),
    ('moved', True, 'VBN', 'VERB', 'ROOT', 17, 'move', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 17, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 20, 'the', 'O', False),
    ('roof', False, 'NN', 'NOUN', 'pobj', 18, 'roof', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 17, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 17, '"', 'O', False),
]


def test_a_named_owners_message_read_credits_the_quotation_before_it() -> None:
    found = quotes_of(MESSAGE)
    assert found and found[0][1:] == ("read", "Kate Moss's message")
    assert found[0][0].startswith("The river is rising fast")
    # the second quotation is the message's too (joined to the first or continued)
    assert any("moved to the roof" in q[0] and q[2] == "Kate Moss's message" for q in found)


def test_a_name_without_a_possessive_before_read_is_no_document() -> None:
    # '"...," Kate Moss read.': a person reading aloud, no document's wording by this rule
    rows = [r for k, r in enumerate(MESSAGE) if k not in (10, 11)]
    rows = [(*r[:5], r[5] - 2 if r[5] > 11 else r[5], *r[6:]) for r in rows]
    rows = _with(rows, 9, dep="nsubj", head=10)
    rows = _with(rows, 10, tag="VBD", pos="VERB")
    assert not [q for q in quotes_of(rows) if q[2] == "Kate Moss's message"]
