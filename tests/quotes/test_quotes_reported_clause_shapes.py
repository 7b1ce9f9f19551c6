"""Shapes of an indirect saying's content (docs/notes/quote-speakers.md, "Session 41"; sentences of our
own, hand-built parses):

- a cue verb joined to the verb of a clause another verb of saying reports, sharing that clause's
  subject (``said Sam Hale walked in and asked Lee to leave``), is an act the speaker tells of, no
  saying of its own: what was said runs over both predicates;
- a verb of saying after a modal in an adverbial clause that reports nothing (``more staff than it
  can maintain``: a comparative clause with its object gapped) ends no clause;
- an attribution sentence holding a title's full stop or a long apposition (``said Sen. Tom Reed,
  D-Dayton, a critic of ...``) is one sentence: a short quotation after it goes on with the speaker.
"""

from __future__ import annotations

from quote_rows import quotes_of

# Tom Lee said Sam Hale walked in and asked Lee to leave.
JOINED_ACT = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', True),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('Sam', True, 'NNP', 'PROPN', 'compound', 4, 'Sam', 'B-PERSON', False),
    ('Hale', True, 'NNP', 'PROPN', 'nsubj', 5, 'Hale', 'I-PERSON', False),
    ('walked', True, 'VBD', 'VERB', 'ccomp', 2, 'walk', 'O', False),
    ('in', True, 'RP', 'ADP', 'prt', 5, 'in', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 5, 'and', 'O', False),
    ('asked', True, 'VBD', 'VERB', 'conj', 5, 'ask', 'O', False),
    ('Lee', True, 'NNP', 'PROPN', 'dobj', 8, 'Lee', 'B-PERSON', False),
    ('to', True, 'TO', 'PART', 'aux', 11, 'to', 'O', False),
    ('leave', False, 'VB', 'VERB', 'xcomp', 8, 'leave', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_an_act_joined_in_a_reported_clause_is_no_saying_of_its_own() -> None:
    assert quotes_of(JOINED_ACT) == [("Sam Hale walked in and asked Lee to leave", "said", "Tom Lee")]


def test_a_joined_verb_with_a_subject_of_its_own_stays_a_cue() -> None:
    # "Tom Lee said Sam Hale walked in and he asked Lee to leave": a clause of its own
    rows = [*JOINED_ACT[:8], ('he', True, 'PRP', 'PRON', 'nsubj', 9, 'he', 'O', False),
            *[(w, sp, tg, ps, dp, h + 1 if h >= 8 else h, lm, e, st) for w, sp, tg, ps, dp, h, lm, e, st in JOINED_ACT[8:]]]
    assert any(cue == "asked" for _, cue, _ in quotes_of(rows))


# The club said the board does not want more staff than it can maintain.
COMPARATIVE = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', True),
    ('club', True, 'NN', 'NOUN', 'nsubj', 2, 'club', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('board', True, 'NN', 'NOUN', 'nsubj', 7, 'board', 'O', False),
    ('does', True, 'VBZ', 'AUX', 'aux', 7, 'do', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 7, 'not', 'O', False),
    ('want', True, 'VB', 'VERB', 'ccomp', 2, 'want', 'O', False),
    ('more', True, 'JJR', 'ADJ', 'amod', 9, 'more', 'O', False),
    ('staff', True, 'NN', 'NOUN', 'dobj', 7, 'staff', 'O', False),
    ('than', True, 'IN', 'SCONJ', 'mark', 13, 'than', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 13, 'it', 'O', False),
    ('can', True, 'MD', 'AUX', 'aux', 13, 'can', 'O', False),
    ('maintain', False, 'VB', 'VERB', 'advcl', 9, 'maintain', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_a_modal_clause_of_a_saying_verb_that_reports_nothing_ends_no_clause() -> None:
    assert quotes_of(COMPARATIVE) == [("the board does not want more staff than it can maintain", "said", "The club")]


def test_an_attribution_sentence_with_a_titles_stop_is_one_sentence() -> None:
    from newsevents.components.quotes import _second_part, find_quote_spans

    text = ('"These costs are shocking," said state Sen. Tom Reed, D-Dayton, a loud critic of the spending '
            'plans of the agency. "It is wrong." The board met in June.')
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert _second_part(text, spans, 1, frozenset({"sen"}))
    assert not _second_part(text, spans, 1)  # the stop read as a sentence's end: a quotation of its own
    # a narrative sentence between the two is no attribution sentence
    text = '"These costs are shocking," said Tom Reed. He left. "It is wrong." The board met in June.'
    assert not _second_part(text, find_quote_spans(text), 1, frozenset({"sen"}))
