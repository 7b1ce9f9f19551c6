"""Two speakers' quotations set in a row in one paragraph, each after its own label
(``<Name>: "..." <Name>: "..."``): the first labelled turn ends with its quotation, the second
label introduces the next one (news-dev73's class: both read as one quote of the first label).
Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# Dale: "We will build it." Amos: "We cannot pay for it."
LABELS = [
    ('Dale', False, 'NNP', 'PROPN', 'ROOT', 0, 'Dale', 'B-PERSON', False),
    (':', True, ':', 'PUNCT', 'punct', 0, ':', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 0, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 5, 'we', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 5, 'will', 'O', False),
    ('build', True, 'VB', 'VERB', 'acl', 0, 'build', 'O', False),
    ('it', False, 'PRP', 'PRON', 'dobj', 5, 'it', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 0, '.', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 0, '"', 'O', False),
    ('Amos', False, 'NNP', 'PROPN', 'ROOT', 9, 'Amos', 'B-PERSON', True),
    (':', True, ':', 'PUNCT', 'punct', 9, ':', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 15, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 15, 'we', 'O', False),
    ('can', False, 'MD', 'AUX', 'aux', 15, 'can', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 15, 'not', 'O', False),
    ('pay', True, 'VB', 'VERB', 'acl', 9, 'pay', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 15, 'for', 'O', False),
    ('it', False, 'PRP', 'PRON', 'pobj', 16, 'it', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 15, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 15, '"', 'O', False),
]


def test_each_label_of_a_row_introduces_its_own_quotation() -> None:
    assert quotes_of(LABELS) == [("We will build it", ":", "Dale"), ("We cannot pay for it", ":", "Amos")]


def test_a_common_word_before_a_colon_after_the_quotation_is_no_label() -> None:
    # 'Dale: "We will build it." cost: "..."': a lower-case word is no label; the turn runs on
    rows = _with(LABELS, 9, word="cost", tag="NN", pos="NOUN", lemma="cost", ent="O")
    found = quotes_of(rows)
    assert [q[2] for q in found] == ["Dale"]
    assert "pay for it" in found[0][0]
