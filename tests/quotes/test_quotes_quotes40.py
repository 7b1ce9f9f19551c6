"""Quotes of branch quotes40 (issue 15, first-miss class QS): credits other than ``<Name> said``
(news-dev69..72's quote classes and the READ half's quote misses). Sentences written for these
tests; rule tests on hand-built Docs (rows of a parse, fixed here so that a model change cannot
break them)."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import rows_doc as _doc
from quote_rows import with_row as _with

# ----------------------------------------------------------------------------- a ruling closing the sentence

# The woman charged with setting fires at three farms will stay in jail until her trial begins, a state judge ruled Thursday.
RULED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('woman', True, 'NN', 'NOUN', 'nsubj', 10, 'woman', 'O', False),
    ('charged', True, 'VBN', 'VERB', 'acl', 1, 'charge', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 2, 'with', 'O', False),
    ('setting', True, 'VBG', 'VERB', 'pcomp', 3, 'set', 'O', False),
    ('fires', True, 'NNS', 'NOUN', 'dobj', 4, 'fire', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 4, 'at', 'O', False),
    ('three', True, 'CD', 'NUM', 'nummod', 8, 'three', 'B-CARDINAL', False),
    ('farms', True, 'NNS', 'NOUN', 'pobj', 6, 'farm', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 10, 'will', 'O', False),
    ('stay', True, 'VB', 'VERB', 'ccomp', 21, 'stay', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 10, 'in', 'O', False),
    ('jail', True, 'NN', 'NOUN', 'pobj', 11, 'jail', 'O', False),
    ('until', True, 'IN', 'SCONJ', 'mark', 16, 'until', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 15, 'her', 'O', False),
    ('trial', True, 'NN', 'NOUN', 'nsubj', 16, 'trial', 'O', False),
    ('begins', False, 'VBZ', 'VERB', 'advcl', 10, 'begin', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 21, ',', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 20, 'a', 'O', False),
    ('state', True, 'NN', 'NOUN', 'compound', 20, 'state', 'O', False),
    ('judge', True, 'NN', 'NOUN', 'nsubj', 21, 'judge', 'O', False),
    ('ruled', True, 'VBD', 'VERB', 'ROOT', 21, 'rule', 'O', False),
    ('Thursday', False, 'NNP', 'PROPN', 'npadvmod', 21, 'Thursday', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 21, '.', 'O', False),
]


def test_a_ruling_closing_the_sentence_credits_the_clause_before_it() -> None:
    found = [q for q in quotes_of(RULED) if q[1] == "ruled"]
    assert found == [("The woman charged with setting fires at three farms will stay in jail until her trial begins",
                      "ruled", "a state judge")]


def test_a_ruling_inside_a_relative_clause_credits_nothing() -> None:
    # the same words with "ruled" read as a relative clause of a noun: no sentence of its own closed
    rows = _with(RULED, 21, dep="relcl", head=10)
    rows = _with(rows, 10, dep="ROOT", head=10)
    rows = [r if k not in (17, 23) else _with(rows, k, head=10)[k] for k, r in enumerate(rows)]
    assert not [q for q in quotes_of(rows) if q[1] == "ruled"]


def test_a_ruling_with_an_object_of_its_own_credits_nothing() -> None:
    # "..., a judge ruled the motion out of order": the verb has its own object
    rows = [*RULED[:22], ('the', True, 'DT', 'DET', 'det', 23, 'the', 'O', False),
            ('motion', False, 'NN', 'NOUN', 'dobj', 21, 'motion', 'O', False),
            ('.', False, '.', 'PUNCT', 'punct', 21, '.', 'O', False)]
    assert not [q for q in quotes_of(rows) if q[1] == "ruled"]


# ----------------------------------------------------------------------------- a reduced relative clause on the reported subject

# County Judge Ana Ruiz said a scheme the contractor allegedly devised with two clerks was serious enough to keep him
# in custody while the case goes on.  (the parser's misreading: "devised" and "was" two complements of "said")
REDUCED = [
    ('County', True, 'NN', 'NOUN', 'compound', 1, 'county', 'O', False),
    ('Judge', True, 'NNP', 'PROPN', 'compound', 3, 'Judge', 'O', False),
    ('Ana', True, 'NNP', 'PROPN', 'compound', 3, 'Ana', 'B-PERSON', False),
    ('Ruiz', True, 'NNP', 'PROPN', 'nsubj', 4, 'Ruiz', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 4, 'say', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 8, 'a', 'O', False),
    ('scheme', True, 'NN', 'NOUN', 'compound', 8, 'scheme', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('contractor', True, 'NN', 'NOUN', 'nsubj', 10, 'contractor', 'O', False),
    ('allegedly', True, 'RB', 'ADV', 'advmod', 10, 'allegedly', 'O', False),
    ('devised', True, 'VBD', 'VERB', 'ccomp', 4, 'devise', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 10, 'with', 'O', False),
    ('two', True, 'CD', 'NUM', 'nummod', 13, 'two', 'B-CARDINAL', False),
    ('clerks', True, 'NNS', 'NOUN', 'pobj', 11, 'clerk', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 4, 'be', 'O', False),
    ('serious', True, 'JJ', 'ADJ', 'acomp', 14, 'serious', 'O', False),
    ('enough', True, 'RB', 'ADV', 'advmod', 15, 'enough', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 18, 'to', 'O', False),
    ('keep', True, 'VB', 'VERB', 'xcomp', 15, 'keep', 'O', False),
    ('him', True, 'PRP', 'PRON', 'dobj', 18, 'he', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 18, 'in', 'O', False),
    ('custody', True, 'NN', 'NOUN', 'pobj', 20, 'custody', 'O', False),
    ('while', True, 'IN', 'SCONJ', 'mark', 25, 'while', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 24, 'the', 'O', False),
    ('case', True, 'NN', 'NOUN', 'nsubj', 25, 'case', 'O', False),
    ('goes', True, 'VBZ', 'VERB', 'advcl', 18, 'go', 'O', False),
    ('on', False, 'RP', 'ADP', 'prt', 25, 'on', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]


def test_a_subject_with_a_reduced_relative_clause_keeps_the_whole_reported_clause() -> None:
    assert quotes_of(REDUCED) == [(
        "a scheme the contractor allegedly devised with two clerks was serious enough to keep him in custody "
        "while the case goes on", "said", "County Judge Ana Ruiz")]


def test_a_second_complement_with_a_subject_of_its_own_is_not_joined() -> None:
    # "... devised with two clerks it was serious ...": the second clause has its own subject
    rows = [*REDUCED[:14], ('it', True, 'PRP', 'PRON', 'nsubj', 15, 'it', 'O', False),
            *[(w, sp, t, p, d, h + 1 if h >= 14 else h, lem, e, st) for (w, sp, t, p, d, h, lem, e, st) in REDUCED[14:]]]
    content = quotes_of(rows)[0][0]
    assert content == "a scheme the contractor allegedly devised with two clerks"


# ----------------------------------------------------------------------------- "while adding" after a reported clause

# Mayor Tom Hale insisted it was "too early" to pick a site for the plant while adding on the budget, "We have the
# money set aside and we will not waste it."  ("adding" hung on the reported clause "it was ...")
WHILE_ADDING = [
    ('Mayor', True, 'NNP', 'PROPN', 'compound', 2, 'Mayor', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 2, 'Tom', 'B-PERSON', False),
    ('Hale', True, 'NNP', 'PROPN', 'nsubj', 3, 'Hale', 'I-PERSON', False),
    ('insisted', True, 'VBD', 'VERB', 'ROOT', 3, 'insist', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 5, 'it', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 3, 'be', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', False),
    ('too', True, 'RB', 'ADV', 'advmod', 8, 'too', 'O', False),
    ('early', False, 'JJ', 'ADJ', 'acomp', 5, 'early', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 5, '"', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 11, 'to', 'O', False),
    ('pick', True, 'VB', 'VERB', 'xcomp', 5, 'pick', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 13, 'a', 'O', False),
    ('site', True, 'NN', 'NOUN', 'dobj', 11, 'site', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 13, 'for', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 16, 'the', 'O', False),
    ('plant', True, 'NN', 'NOUN', 'pobj', 14, 'plant', 'O', False),
    ('while', True, 'IN', 'SCONJ', 'mark', 18, 'while', 'O', False),
    ('adding', True, 'VBG', 'VERB', 'advcl', 5, 'add', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 18, 'on', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 21, 'the', 'O', False),
    ('budget', False, 'NN', 'NOUN', 'pobj', 19, 'budget', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 3, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 25, 'we', 'O', False),
    ('have', True, 'VBP', 'VERB', 'ccomp', 3, 'have', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 27, 'the', 'O', False),
    ('money', True, 'NN', 'NOUN', 'dobj', 25, 'money', 'O', False),
    ('set', True, 'VBN', 'VERB', 'acl', 27, 'set', 'O', False),
    ('aside', True, 'RB', 'ADV', 'advmod', 28, 'aside', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 25, 'and', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 34, 'we', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 34, 'will', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 34, 'not', 'O', False),
    ('waste', True, 'VB', 'VERB', 'conj', 25, 'waste', 'O', False),
    ('it', False, 'PRP', 'PRON', 'dobj', 34, 'it', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 34, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 3, '"', 'O', False),
]


def test_a_participle_opened_by_while_goes_on_with_the_attribution_around_the_reported_clause() -> None:
    from newsevents.components.quotes import find_subject

    doc = _doc(WHILE_ADDING)
    assert find_subject(doc[18], frozenset()).text == "Hale"
    # without "while" and without a comma the participle is the reported clause's own
    rows = _with(WHILE_ADDING, 17, word="then", tag="RB", pos="ADV", dep="advmod", lemma="then")
    assert find_subject(_doc(rows)[18], frozenset()).text == "it"


# ----------------------------------------------------------------------------- a poll's coordinated shares as speaker

# Doctors are less worried: 45% of nurses, 30% of doctors and 12% of porters say that would be their choice.
SHARES = [
    ('Doctors', True, 'NNS', 'NOUN', 'nsubj', 1, 'doctor', 'O', False),
    ('are', True, 'VBP', 'AUX', 'ccomp', 19, 'be', 'O', False),
    ('less', True, 'RBR', 'ADV', 'advmod', 3, 'less', 'O', False),
    ('worried', False, 'JJ', 'ADJ', 'acomp', 1, 'worried', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 1, ':', 'O', False),
    ('45', False, 'CD', 'NUM', 'nummod', 6, '45', 'B-PERCENT', False),
    ('%', True, 'NN', 'NOUN', 'nsubj', 19, '%', 'I-PERCENT', False),
    ('of', True, 'IN', 'ADP', 'prep', 6, 'of', 'O', False),
    ('nurses', False, 'NNS', 'NOUN', 'pobj', 7, 'nurse', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('30', False, 'CD', 'NUM', 'nummod', 11, '30', 'B-PERCENT', False),
    ('%', True, 'NN', 'NOUN', 'nsubj', 19, '%', 'I-PERCENT', False),
    ('of', True, 'IN', 'ADP', 'prep', 11, 'of', 'O', False),
    ('doctors', True, 'NNS', 'NOUN', 'pobj', 12, 'doctor', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 11, 'and', 'O', False),
    ('12', False, 'CD', 'NUM', 'nummod', 16, '12', 'B-PERCENT', False),
    ('%', True, 'NN', 'NOUN', 'conj', 11, '%', 'I-PERCENT', False),
    ('of', True, 'IN', 'ADP', 'prep', 16, 'of', 'O', False),
    ('porters', True, 'NNS', 'NOUN', 'pobj', 17, 'porter', 'O', False),
    ('say', True, 'VBP', 'VERB', 'ROOT', 19, 'say', 'O', False),
    ('that', True, 'DT', 'PRON', 'nsubj', 22, 'that', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 22, 'would', 'O', False),
    ('be', True, 'VB', 'AUX', 'ccomp', 19, 'be', 'O', False),
    ('their', True, 'PRP$', 'PRON', 'poss', 24, 'their', 'O', False),
    ('choice', False, 'NN', 'NOUN', 'attr', 22, 'choice', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 19, '.', 'O', False),
]


def test_a_coordination_of_shares_speaks_as_one_phrase() -> None:
    assert quotes_of(SHARES) == [("that would be their choice", "say", "45% of nurses, 30% of doctors and 12% of porters")]
    # the parser's other reading: the second share an apposition of the first, the third its conjunct
    rows = _with(SHARES, 11, dep="appos", head=6)
    assert quotes_of(rows)[0][2] == "45% of nurses, 30% of doctors and 12% of porters"


def test_a_share_set_off_before_an_aside_without_numbers_keeps_its_own_phrase() -> None:
    # "45% of nurses, doctors and porters say ...": the parts after the comma hold no share
    def shifted(rows: list[tuple]) -> list[tuple]:
        return [(w, sp, t, p, d, h - 6 if h >= 19 else h, lem, e, st) for (w, sp, t, p, d, h, lem, e, st) in rows]

    rows = [*shifted(SHARES[:10]), ('doctors', True, 'NNS', 'NOUN', 'conj', 6, 'doctor', 'O', False),
            ('and', True, 'CC', 'CCONJ', 'cc', 10, 'and', 'O', False),
            ('porters', True, 'NNS', 'NOUN', 'conj', 10, 'porter', 'O', False), *shifted(SHARES[19:])]
    assert quotes_of(rows)[0][2] == "45% of nurses"


# ----------------------------------------------------------------------------- a block quotation after "<Outlet> reports:"

# The Courier reports:\n\n…three bridges were closed for repairs the council had put off.\nThe mayor did not comment.
BLOCK = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('Courier', True, 'NNP', 'PROPN', 'nsubj', 2, 'Courier', 'B-ORG', False),
    ('reports', False, 'VBZ', 'VERB', 'ROOT', 2, 'report', 'O', False),
    (':', False, ':', 'PUNCT', 'punct', 2, ':', 'O', False),
    ('\n\n', False, '_SP', 'SPACE', 'dep', 3, '\n\n', 'O', False),
    ('…', False, 'NFP', 'PUNCT', 'punct', 9, '…', 'O', True),
    ('three', True, 'CD', 'NUM', 'nummod', 7, 'three', 'B-CARDINAL', False),
    ('bridges', True, 'NNS', 'NOUN', 'nsubjpass', 9, 'bridge', 'O', False),
    ('were', True, 'VBD', 'AUX', 'auxpass', 9, 'be', 'O', False),
    ('closed', True, 'VBN', 'VERB', 'ROOT', 9, 'close', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 9, 'for', 'O', False),
    ('repairs', True, 'NNS', 'NOUN', 'pobj', 10, 'repair', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 13, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 15, 'council', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 15, 'have', 'O', False),
    ('put', True, 'VBN', 'VERB', 'relcl', 11, 'put', 'O', False),
    ('off', False, 'RP', 'ADP', 'prt', 15, 'off', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 17, '\n', 'O', False),
    ('The', True, 'DT', 'DET', 'det', 20, 'the', 'O', True),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 23, 'mayor', 'O', False),
    ('did', True, 'VBD', 'AUX', 'aux', 23, 'do', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 23, 'not', 'O', False),
    ('comment', False, 'VB', 'VERB', 'ROOT', 23, 'comment', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 23, '.', 'O', False),
]


def test_a_report_verb_ending_its_paragraph_with_a_colon_introduces_the_next_paragraph() -> None:
    assert quotes_of(BLOCK) == [("…three bridges were closed for repairs the council had put off", "reports", "The Courier")]


def test_a_colon_ends_its_paragraph_only_before_a_line_break() -> None:
    from newsevents.components.quotes import _colon_ends_paragraph

    assert _colon_ends_paragraph(_doc(BLOCK), 0)
    # "The Courier reports: …three bridges ...": the words go on in the colon's own paragraph
    rows = [*BLOCK[:3], _with(BLOCK, 3, space=True)[3],
            *[(w, sp, t, p, d, h - 1 if h > 4 else h, lem, e, st if k != 5 else False)
              for k, (w, sp, t, p, d, h, lem, e, st) in enumerate(BLOCK) if k > 4]]
    assert not _colon_ends_paragraph(_doc(rows), 0)


# ----------------------------------------------------------------------------- a named person quoted inside a quotation

# “It was hard, but as Ann Lee said last week, ‘Nobody who has lost a child gives up, so why should I?’” Tom Reed said.
NESTED = [
    ('“', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('It', True, 'PRP', 'PRON', 'nsubj', 2, 'it', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('hard', False, 'JJ', 'ADJ', 'acomp', 2, 'hard', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('but', True, 'CC', 'CCONJ', 'cc', 2, 'but', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 9, 'as', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 8, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 9, 'Lee', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'conj', 2, 'say', 'O', False),
    ('last', True, 'JJ', 'ADJ', 'amod', 11, 'last', 'B-DATE', False),
    ('week', False, 'NN', 'NOUN', 'npadvmod', 9, 'week', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 9, ',', 'O', False),
    ('‘', False, '``', 'PUNCT', 'punct', 9, "'", 'O', False),
    ('Nobody', True, 'NN', 'PRON', 'nsubj', 20, 'nobody', 'O', False),
    ('who', True, 'WP', 'PRON', 'nsubj', 17, 'who', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 17, 'have', 'O', False),
    ('lost', True, 'VBN', 'VERB', 'relcl', 14, 'lose', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 19, 'a', 'O', False),
    ('child', True, 'NN', 'NOUN', 'dobj', 17, 'child', 'O', False),
    ('gives', True, 'VBZ', 'VERB', 'ccomp', 9, 'give', 'O', False),
    ('up', False, 'RP', 'ADP', 'prt', 20, 'up', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 20, ',', 'O', False),
    ('so', True, 'RB', 'ADV', 'cc', 20, 'so', 'O', False),
    ('why', True, 'WRB', 'SCONJ', 'advmod', 25, 'why', 'O', False),
    ('should', True, 'MD', 'AUX', 'conj', 2, 'should', 'O', False),
    ('I', False, 'PRP', 'PRON', 'nsubj', 25, 'I', 'O', False),
    ('?', False, '.', 'PUNCT', 'punct', 25, '?', 'O', False),
    ('’', False, "''", 'PUNCT', 'punct', 25, "'", 'O', False),
    ('”', True, "''", 'PUNCT', 'punct', 25, '"', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 31, 'Tom', 'B-PERSON', True),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 32, 'Reed', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 32, 'say', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 32, '.', 'O', False),
]


def test_a_named_person_quoted_in_single_marks_inside_a_quotation_gets_those_words() -> None:
    found = quotes_of(NESTED)
    assert ("Nobody who has lost a child gives up, so why should I?", "said", "Ann Lee") in found
    # the outer quotation stays the speaker's, the nested words inside it
    assert any(speaker == "Tom Reed" and content.startswith("It was hard, but as Ann Lee said") for content, _, speaker in found)


def test_a_pronoun_quoted_inside_a_quotation_gets_no_quote_of_its_own() -> None:
    # "... but as she then said last week, '...'": no named person; a pronoun inside a quotation has
    # no antecedent the quote stage could trust
    rows = _with(NESTED, 7, word="she", tag="PRP", pos="PRON", dep="nsubj", head=9, lemma="she", ent="O")
    rows = _with(rows, 8, word="then", tag="RB", pos="ADV", dep="advmod", head=9, lemma="then", ent="O")
    assert not [q for q in quotes_of(rows) if q[0].startswith("Nobody")]


# ----------------------------------------------------------------------------- saying in the infinitive of a predicate adjective

# Parents given a choice are most inclined to say the idea of schools closing early would leave them worried .
# (the parser's misreading: "given" a clause with "Parents" its subject, "closing" the reported clause, "would leave"
# a conjunct of "are")
INCLINED = [
    ('Parents', True, 'NNS', 'NOUN', 'nsubj', 1, 'parent', 'O', False),
    ('given', True, 'VBN', 'VERB', 'ccomp', 4, 'give', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 3, 'a', 'O', False),
    ('choice', True, 'NN', 'NOUN', 'dobj', 1, 'choice', 'O', False),
    ('are', True, 'VBP', 'AUX', 'ROOT', 4, 'be', 'O', False),
    ('most', True, 'RBS', 'ADV', 'advmod', 6, 'most', 'O', False),
    ('inclined', True, 'JJ', 'ADJ', 'acomp', 4, 'inclined', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 8, 'to', 'O', False),
    ('say', True, 'VB', 'VERB', 'xcomp', 6, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('idea', True, 'NN', 'NOUN', 'nsubj', 13, 'idea', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 10, 'of', 'O', False),
    ('schools', True, 'NNS', 'NOUN', 'pobj', 11, 'school', 'O', False),
    ('closing', True, 'VBG', 'VERB', 'ccomp', 8, 'close', 'O', False),
    ('early', True, 'RB', 'ADV', 'advmod', 13, 'early', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 16, 'would', 'O', False),
    ('leave', True, 'VB', 'VERB', 'conj', 4, 'leave', 'O', False),
    ('them', True, 'PRP', 'PRON', 'dobj', 16, 'they', 'O', False),
    ('worried', False, 'JJ', 'ADJ', 'oprd', 16, 'worried', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]


def test_saying_in_the_infinitive_of_a_predicate_adjective_speaks_for_the_subject() -> None:
    assert quotes_of(INCLINED) == [("the idea of schools closing early would leave them worried", "say", "Parents")]


def test_a_predicate_with_a_coordinator_of_its_own_is_not_taken_into_the_reported_clause() -> None:
    # "... closing early and would leave them worried": a second predicate of the main clause's subject
    rows = _with(INCLINED, 15, word="and", tag="CC", pos="CCONJ", dep="cc", lemma="and")
    assert quotes_of(rows)[0][0] == "the idea of schools closing early"


def test_a_copula_with_a_subject_of_its_own_keeps_it() -> None:
    from newsevents.components.quotes import find_subject

    # "Parents given a choice , they are most inclined to say ...": the copula's own subject
    rows = [*INCLINED[:4], ('they', True, 'PRP', 'PRON', 'nsubj', 5, 'they', 'O', False),
            *[(w, sp, t, p, d, h + 1 if h >= 4 else h, lem, e, st) for (w, sp, t, p, d, h, lem, e, st) in INCLINED[4:]]]
    rows = [(w, sp, t, p, d, 5 if k == 1 else h, lem, e, st) for k, (w, sp, t, p, d, h, lem, e, st) in enumerate(rows)]
    assert find_subject(_doc(rows)[9], frozenset()).text == "they"


# ----------------------------------------------------------------------------- "remind <addressee> that ..."

# Officials remind drivers that the mountain road closes at dusk in winter.
REMIND = [
    ('Officials', True, 'NNS', 'NOUN', 'nsubj', 1, 'official', 'O', False),
    ('remind', True, 'VBP', 'VERB', 'ROOT', 1, 'remind', 'O', False),
    ('drivers', True, 'NNS', 'NOUN', 'dobj', 1, 'driver', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 7, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('mountain', True, 'NN', 'NOUN', 'compound', 6, 'mountain', 'O', False),
    ('road', True, 'NN', 'NOUN', 'nsubj', 7, 'road', 'O', False),
    ('closes', True, 'VBZ', 'VERB', 'ccomp', 1, 'close', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 7, 'at', 'O', False),
    ('dusk', True, 'NN', 'NOUN', 'pobj', 8, 'dusk', 'B-TIME', False),
    ('in', True, 'IN', 'ADP', 'prep', 7, 'in', 'O', False),
    ('winter', False, 'NN', 'NOUN', 'pobj', 10, 'winter', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]

# The old tower reminds visitors of a lighthouse on the coast.
REMINDS_OF = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('old', True, 'JJ', 'ADJ', 'amod', 2, 'old', 'O', False),
    ('tower', True, 'NN', 'NOUN', 'nsubj', 3, 'tower', 'O', False),
    ('reminds', True, 'VBZ', 'VERB', 'ROOT', 3, 'remind', 'O', False),
    ('visitors', True, 'NNS', 'NOUN', 'dobj', 3, 'visitor', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 4, 'of', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 7, 'a', 'O', False),
    ('lighthouse', True, 'NN', 'NOUN', 'pobj', 5, 'lighthouse', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 7, 'on', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('coast', False, 'NN', 'NOUN', 'pobj', 8, 'coast', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]


def test_reminding_an_addressee_of_a_that_clause_says_it() -> None:
    assert quotes_of(REMIND) == [("the mountain road closes at dusk in winter", "remind", "Officials")]


def test_reminding_of_a_thing_says_nothing() -> None:
    assert quotes_of(REMINDS_OF) == []


# ----------------------------------------------------------------------------- a closing credit: name, apposition, cue

# Families in the valley will get faster trains with the opening of a new station at the edge of their town, Ann Lee,
# mayor of Dunmore, announced today on behalf of the regional council.  ("announced" a conjunct of "get", the name an
# apposition of "town")
CLOSING_NAME = [
    ('Families', True, 'NNS', 'NOUN', 'nsubj', 5, 'family', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 0, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'O', False),
    ('valley', True, 'NN', 'NOUN', 'pobj', 1, 'valley', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 5, 'will', 'O', False),
    ('get', True, 'VB', 'VERB', 'ROOT', 5, 'get', 'O', False),
    ('faster', True, 'JJR', 'ADJ', 'amod', 7, 'fast', 'O', False),
    ('trains', True, 'NNS', 'NOUN', 'dobj', 5, 'train', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 5, 'with', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('opening', True, 'NN', 'NOUN', 'pobj', 8, 'opening', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 10, 'of', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 14, 'a', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 14, 'new', 'O', False),
    ('station', True, 'NN', 'NOUN', 'pobj', 11, 'station', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 10, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 17, 'the', 'O', False),
    ('edge', True, 'NN', 'NOUN', 'pobj', 15, 'edge', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 17, 'of', 'O', False),
    ('their', True, 'PRP$', 'PRON', 'poss', 20, 'their', 'O', False),
    ('town', False, 'NN', 'NOUN', 'pobj', 18, 'town', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 20, ',', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 23, 'Ann', 'B-PERSON', False),
    ('Lee', False, 'NNP', 'PROPN', 'appos', 20, 'Lee', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 23, ',', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'appos', 23, 'mayor', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 25, 'of', 'O', False),
    ('Dunmore', False, 'NNP', 'PROPN', 'pobj', 26, 'Dunmore', 'B-ORG', False),
    (',', True, ',', 'PUNCT', 'punct', 20, ',', 'O', False),
    ('announced', True, 'VBD', 'VERB', 'conj', 5, 'announce', 'O', False),
    ('today', True, 'NN', 'NOUN', 'npadvmod', 29, 'today', 'B-DATE', False),
    ('on', True, 'IN', 'ADP', 'prep', 29, 'on', 'O', False),
    ('behalf', True, 'NN', 'NOUN', 'pobj', 31, 'behalf', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 32, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 36, 'the', 'O', False),
    ('regional', True, 'JJ', 'ADJ', 'amod', 36, 'regional', 'O', False),
    ('council', False, 'NN', 'NOUN', 'pobj', 33, 'council', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 5, '.', 'O', False),
]


def test_a_name_set_off_with_its_apposition_before_a_closing_cue_is_the_speaker() -> None:
    assert quotes_of(CLOSING_NAME) == [(
        "Families in the valley will get faster trains with the opening of a new station at the edge of their town",
        "announced", "Ann Lee")]


def test_a_common_noun_set_off_before_a_closing_cue_is_no_such_name() -> None:
    from newsevents.components.quotes import _name_set_off_before_closing_cue

    assert _name_set_off_before_closing_cue(_doc(CLOSING_NAME)[29]).text == "Lee"
    rows = _with(CLOSING_NAME, 22, word="the", tag="DT", pos="DET", dep="det", lemma="the", ent="O")
    rows = _with(rows, 23, word="board", tag="NN", pos="NOUN", lemma="board", ent="O")
    assert _name_set_off_before_closing_cue(_doc(rows)[29]) is None


# ----------------------------------------------------------------------------- more credits of the READ half

# But the aim of the club's "plan" is to give every child a "chance" to play, added Reed.  ("added" a VBN
# modifier of the name, the name a loose dependent of the statement's verb)
ADDED_AS_MODIFIER = [
    ('But', True, 'CC', 'CCONJ', 'cc', 10, 'but', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('aim', True, 'NN', 'NOUN', 'nsubj', 10, 'aim', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 2, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('club', False, 'NN', 'NOUN', 'poss', 8, 'club', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 5, "'s", 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', False),
    ('plan', False, 'NN', 'NOUN', 'pobj', 3, 'plan', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 8, '"', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 10, 'be', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 12, 'to', 'O', False),
    ('give', True, 'VB', 'VERB', 'xcomp', 10, 'give', 'O', False),
    ('every', True, 'DT', 'DET', 'det', 14, 'every', 'O', False),
    ('child', True, 'NN', 'NOUN', 'dative', 12, 'child', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 17, 'a', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 17, '"', 'O', False),
    ('chance', False, 'NN', 'NOUN', 'dobj', 12, 'chance', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 17, '"', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 20, 'to', 'O', False),
    ('play', False, 'VB', 'VERB', 'relcl', 17, 'play', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 17, ',', 'O', False),
    ('added', True, 'VBN', 'VERB', 'amod', 23, 'add', 'O', False),
    ('Reed', False, 'NNP', 'PROPN', 'dep', 10, 'Reed', 'B-PERSON', False),
    ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False),
]

# "We have had better seasons than this one," club captain Ann Lee, wearing a scarf and "Go Reds" badges, said
# quietly as the crowd left.  (the name hung on the quotation's verb)
TITLED_SET_OFF = [
    ('"', False, '``', 'PUNCT', 'punct', 26, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 3, 'we', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 3, 'have', 'O', False),
    ('had', True, 'VBN', 'VERB', 'ccomp', 26, 'have', 'O', False),
    ('better', True, 'JJR', 'ADJ', 'amod', 5, 'well', 'O', False),
    ('seasons', True, 'NNS', 'NOUN', 'dobj', 3, 'season', 'O', False),
    ('than', True, 'IN', 'ADP', 'prep', 5, 'than', 'O', False),
    ('this', True, 'DT', 'DET', 'det', 8, 'this', 'O', False),
    ('one', False, 'NN', 'NOUN', 'pobj', 6, 'one', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 3, '"', 'O', False),
    ('club', True, 'NN', 'NOUN', 'compound', 12, 'club', 'O', False),
    ('captain', True, 'NN', 'NOUN', 'compound', 14, 'captain', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 14, 'Ann', 'B-PERSON', False),
    ('Lee', False, 'NNP', 'PROPN', 'npadvmod', 3, 'Lee', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('wearing', True, 'VBG', 'VERB', 'advcl', 3, 'wear', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 18, 'a', 'O', False),
    ('scarf', True, 'NN', 'NOUN', 'nmod', 24, 'scarf', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 18, 'and', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 24, '"', 'B-WORK_OF_ART', False),
    ('Go', True, 'VB', 'VERB', 'nmod', 24, 'go', 'I-WORK_OF_ART', False),
    ('Reds', False, 'NNPS', 'PROPN', 'nmod', 24, 'Reds', 'I-WORK_OF_ART', False),
    ('"', True, "''", 'PUNCT', 'punct', 24, '"', 'O', False),
    ('badges', False, 'NNS', 'NOUN', 'dobj', 16, 'badge', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 26, 'say', 'O', False),
    ('quietly', True, 'RB', 'ADV', 'advmod', 26, 'quietly', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 31, 'as', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 30, 'the', 'O', False),
    ('crowd', True, 'NN', 'NOUN', 'nsubj', 31, 'crowd', 'O', False),
    ('left', False, 'VBD', 'VERB', 'advcl', 26, 'leave', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 26, '.', 'O', False),
]

# She promised to cut taxes and cast doubt on the official count of 3.1 percent, suggested that the real figure
# could be twice as high.
SERIES = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
    ('promised', True, 'VBD', 'VERB', 'ccomp', 16, 'promise', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 3, 'to', 'O', False),
    ('cut', True, 'VB', 'VERB', 'xcomp', 1, 'cut', 'O', False),
    ('taxes', True, 'NNS', 'NOUN', 'dobj', 3, 'taxis', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 3, 'and', 'O', False),
    ('cast', True, 'VB', 'VERB', 'conj', 3, 'cast', 'O', False),
    ('doubt', True, 'NN', 'NOUN', 'dobj', 6, 'doubt', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 6, 'on', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('official', True, 'JJ', 'ADJ', 'amod', 11, 'official', 'O', False),
    ('count', True, 'NN', 'NOUN', 'pobj', 8, 'count', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 11, 'of', 'O', False),
    ('3.1', True, 'CD', 'NUM', 'nummod', 14, '3.1', 'B-PERCENT', False),
    ('percent', False, 'NN', 'NOUN', 'pobj', 12, 'percent', 'I-PERCENT', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('suggested', True, 'VBD', 'VERB', 'ROOT', 16, 'suggest', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 22, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 20, 'the', 'O', False),
    ('real', True, 'JJ', 'ADJ', 'amod', 20, 'real', 'O', False),
    ('figure', True, 'NN', 'NOUN', 'nsubj', 22, 'figure', 'O', False),
    ('could', True, 'MD', 'AUX', 'aux', 22, 'could', 'O', False),
    ('be', True, 'VB', 'AUX', 'ccomp', 16, 'be', 'O', False),
    ('twice', True, 'RB', 'ADV', 'advmod', 25, 'twice', 'O', False),
    ('as', True, 'RB', 'ADV', 'advmod', 25, 'as', 'O', False),
    ('high', False, 'JJ', 'ADJ', 'acomp', 22, 'high', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 16, '.', 'O', False),
]


def test_a_past_form_hung_on_the_name_after_a_statement_is_the_inverted_cue() -> None:
    assert quotes_of(ADDED_AS_MODIFIER) == [(
        'the aim of the club\'s "plan" is to give every child a "chance" to play', "added", "Reed")]


def test_a_word_quoted_inside_the_speaker_phrase_does_not_hide_the_quotation_before_it() -> None:
    assert quotes_of(TITLED_SET_OFF) == [("We have had better seasons than this one", "said", "club captain Ann Lee")]


def test_the_last_predicate_of_a_series_speaks_for_the_series_subject() -> None:
    found = quotes_of(SERIES)
    assert ("the real figure could be twice as high", "suggested", "She") in found
    # with no clause of its own after it, a cue closing the clause before is no such predicate
    from newsevents.components.quotes import _subject_of_predicate_series

    doc = _doc(SERIES)
    assert _subject_of_predicate_series(doc[16]).text == "She"
    rows = [(w, sp, t, p, d if k != 22 else "advcl", h, lem, e, st) for k, (w, sp, t, p, d, h, lem, e, st) in enumerate(SERIES)]
    assert _subject_of_predicate_series(_doc(rows)[16]) is None


# ----------------------------------------------------------------------------- a cue read as a participle on its subject

# Several papers reported on Friday the council had "lost control" of the budget.  ("reported" a participle modifying
# "papers", the sentence's verb "lost" given two subjects)
REPORTED_AS_PARTICIPLE = [
    ('Several', True, 'JJ', 'ADJ', 'amod', 1, 'several', 'O', False),
    ('papers', True, 'NNS', 'NOUN', 'nsubj', 9, 'paper', 'O', False),
    ('reported', True, 'VBN', 'VERB', 'acl', 1, 'report', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 2, 'on', 'O', False),
    ('Friday', True, 'NNP', 'PROPN', 'pobj', 3, 'Friday', 'B-DATE', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 9, 'council', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 9, 'have', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 9, '"', 'O', False),
    ('lost', True, 'VBN', 'VERB', 'ROOT', 9, 'lose', 'O', False),
    ('control', False, 'NN', 'NOUN', 'dobj', 9, 'control', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 10, '"', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 10, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 14, 'the', 'O', False),
    ('budget', False, 'NN', 'NOUN', 'pobj', 12, 'budget', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
]


def test_a_cue_read_as_a_participle_on_a_subject_reports_the_clause_of_the_second_subject() -> None:
    assert quotes_of(REPORTED_AS_PARTICIPLE) == [('the council had "lost control" of the budget', "reported", "Several papers")]


def test_a_participle_with_an_object_of_its_own_is_no_such_cue() -> None:
    from newsevents.components.quotes import _cue_read_as_reduced_relative

    doc = _doc(REPORTED_AS_PARTICIPLE)
    assert _cue_read_as_reduced_relative(doc[2]) is not None
    # "Several papers reported the vote, ...": the word after the cue its object
    rows = _with(REPORTED_AS_PARTICIPLE, 4, dep="dobj", head=2)
    assert _cue_read_as_reduced_relative(_doc(rows)[2]) is None


# ----------------------------------------------------------------------------- a passive question after an agent's relative clause

# Lee was asked by host Tom Reed, who backs Lee, but has long doubted the story about the loans, "Now, you said the loans
# were fine, did you not?" Lee answered, "They were."  (the relative clause's second verb joined to "asked")
ASKED_BY_HOST = [
    ('Lee', True, 'NNP', 'PROPN', 'nsubjpass', 2, 'Lee', 'B-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'auxpass', 2, 'be', 'O', False),
    ('asked', True, 'VBN', 'VERB', 'ccomp', 32, 'ask', 'O', False),
    ('by', True, 'IN', 'ADP', 'agent', 2, 'by', 'O', False),
    ('host', True, 'NN', 'NOUN', 'compound', 6, 'host', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 6, 'Tom', 'B-PERSON', False),
    ('Reed', False, 'NNP', 'PROPN', 'pobj', 3, 'Reed', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('who', True, 'WP', 'PRON', 'nsubj', 9, 'who', 'O', False),
    ('backs', True, 'VBZ', 'VERB', 'relcl', 6, 'back', 'O', False),
    ('Lee', False, 'NNP', 'PROPN', 'dobj', 9, 'Lee', 'B-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('but', True, 'CC', 'CCONJ', 'cc', 2, 'but', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 15, 'have', 'O', False),
    ('long', True, 'RB', 'ADV', 'advmod', 15, 'long', 'O', False),
    ('doubted', True, 'VBN', 'VERB', 'conj', 2, 'doubt', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 17, 'the', 'O', False),
    ('story', True, 'NN', 'NOUN', 'dobj', 15, 'story', 'O', False),
    ('about', True, 'IN', 'ADP', 'prep', 17, 'about', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 20, 'the', 'O', False),
    ('loans', False, 'NNS', 'NOUN', 'pobj', 18, 'loan', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 15, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 26, '"', 'O', False),
    ('Now', False, 'RB', 'ADV', 'advmod', 26, 'now', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 26, ',', 'O', False),
    ('you', True, 'PRP', 'PRON', 'nsubj', 26, 'you', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ccomp', 32, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 28, 'the', 'O', False),
    ('loans', True, 'NNS', 'NOUN', 'nsubj', 29, 'loan', 'O', False),
    ('were', True, 'VBD', 'AUX', 'ccomp', 26, 'be', 'O', False),
    ('fine', False, 'JJ', 'ADJ', 'acomp', 29, 'fine', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 32, ',', 'O', False),
    ('did', True, 'VBD', 'VERB', 'ROOT', 32, 'do', 'O', False),
    ('you', True, 'PRP', 'PRON', 'nsubj', 32, 'you', 'O', False),
    ('not', False, 'RB', 'PART', 'neg', 32, 'not', 'O', False),
    ('?', False, '.', 'PUNCT', 'punct', 32, '?', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 32, '"', 'O', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 38, 'Lee', 'B-PERSON', True),
    ('answered', False, 'VBD', 'VERB', 'ROOT', 38, 'answer', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 38, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 38, '"', 'O', False),
    ('They', True, 'PRP', 'PRON', 'nsubj', 42, 'they', 'O', False),
    ('were', False, 'VBD', 'AUX', 'ccomp', 38, 'be', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 38, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 38, '"', 'O', False),
]


def test_the_question_after_an_agents_coordinated_relative_clause_is_the_agents() -> None:
    found = quotes_of(ASKED_BY_HOST)
    assert ("Now, you said the loans were fine, did you not?", "asked", "host Tom Reed") in found
    assert ("They were", "answered", "Lee") in found


def test_a_second_complement_that_is_a_cue_is_the_next_attribution_not_the_reported_predicate() -> None:
    # "... devised with two clerks said ...": a cue verb after the first clause starts another
    # attribution (run on after a full stop inside a word such as "$4m."), not the subject's predicate
    rows = _with(REDUCED, 14, word="said", tag="VBD", pos="VERB", lemma="say")
    content = [q for q in quotes_of(rows) if q[1] == "said" and q[2] == "County Judge Ana Ruiz"][0][0]
    assert content == "a scheme the contractor allegedly devised with two clerks"
