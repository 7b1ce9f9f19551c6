"""``defend`` reports words only with a complement naming its object, as ``describe`` does
(``defended her comments as being "honest"``: the subject's mixed quote); alone (``defended her
record``) it reports nothing. quotes30, the class quotes29 left; the sentences are our own, their
parses written out as the model gave them."""

from __future__ import annotations

from quote_rows import quotes_of

# Ann Lee defended her comments as being "honest" and refused to apologise.
AS_BEING = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('defended', True, 'VBD', 'VERB', 'ROOT', 2, 'defend', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 4, 'her', 'O', False),
    ('comments', True, 'NNS', 'NOUN', 'dobj', 2, 'comment', 'O', False),
    ('as', True, 'IN', 'ADP', 'prep', 2, 'as', 'O', False),
    ('being', True, 'VBG', 'AUX', 'pcomp', 5, 'be', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', False),
    ('honest', False, 'JJ', 'ADJ', 'acomp', 6, 'honest', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 6, '"', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 2, 'and', 'O', False),
    ('refused', True, 'VBD', 'VERB', 'conj', 2, 'refuse', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 13, 'to', 'O', False),
    ('apologise', False, 'VB', 'VERB', 'xcomp', 11, 'apologise', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee defended her record at the meeting.
RECORD = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('defended', True, 'VBD', 'VERB', 'ROOT', 2, 'defend', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 4, 'her', 'O', False),
    ('record', True, 'NN', 'NOUN', 'dobj', 2, 'record', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 2, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('meeting', False, 'NN', 'NOUN', 'pobj', 5, 'meeting', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# They are the first to defend the rights of boards to award bonuses to the few.
RIGHTS_TO_AWARD = [
    ('They', True, 'PRP', 'PRON', 'nsubj', 1, 'they', 'O', False),
    ('are', True, 'VBP', 'AUX', 'ROOT', 1, 'be', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'O', False),
    ('first', True, 'JJ', 'ADJ', 'attr', 1, 'first', 'B-ORDINAL', False),
    ('to', True, 'TO', 'PART', 'aux', 5, 'to', 'O', False),
    ('defend', True, 'VB', 'VERB', 'relcl', 3, 'defend', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('rights', True, 'NNS', 'NOUN', 'dobj', 5, 'right', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 7, 'of', 'O', False),
    ('boards', True, 'NNS', 'NOUN', 'pobj', 8, 'board', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 11, 'to', 'O', False),
    ('award', True, 'VB', 'VERB', 'advcl', 5, 'award', 'O', False),
    ('bonuses', True, 'NNS', 'NOUN', 'dobj', 11, 'bonus', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 11, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('few', False, 'JJ', 'ADJ', 'pobj', 13, 'few', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_defended_as_quoted_words_is_her_mixed_quote() -> None:
    assert quotes_of(AS_BEING) == [('her comments as being "honest"', "defended", "Ann Lee")]


def test_defending_a_record_reports_nothing() -> None:
    assert quotes_of(RECORD) == []


def test_defending_rights_with_an_infinitive_reports_nothing() -> None:
    assert quotes_of(RIGHTS_TO_AWARD) == []


def test_a_nickname_before_defend_is_no_quote(pipeline) -> None:
    record = pipeline.extract('Boxer Dan "The Wall" Okoro will defend his belt in Accra in May.')
    assert [q.content.text for q in record.quotes] == []


def test_defend_ends_no_reported_clause(pipeline) -> None:
    text = 'Jane Roe said Ann Lee is reduced to "taunts and insults" because she cannot defend her record.'
    found = [q for q in pipeline.extract(text).quotes if q.content.text.startswith("Ann Lee is reduced")]
    assert found and found[0].content.text.endswith("because she cannot defend her record")
