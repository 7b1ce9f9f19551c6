"""A quotation whose closing mark the source lost runs to its paragraph's end, or to the text's end where the
text keeps no paragraph breaks; the narrator's own sentence of saying with a named subject (and no word of a
speaker's account: I, we, you) is prose, so the quotation ends before it and that sentence's saying is a quote
of its own (docs/notes/quote-speakers.md, "Session 40"). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of

# Ann Lee said: "We came early and stayed late. Tom Hale said he hoped to return.   (no closing mark)
UNCLOSED = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', True),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 2, ':', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 6, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 6, 'we', 'O', False),
    ('came', True, 'VBD', 'VERB', 'ccomp', 2, 'come', 'O', False),
    ('early', True, 'RB', 'ADV', 'advmod', 6, 'early', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 6, 'and', 'O', False),
    ('stayed', True, 'VBD', 'VERB', 'conj', 6, 'stay', 'O', False),
    ('late', False, 'RB', 'ADV', 'advmod', 9, 'late', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 13, 'Tom', 'B-PERSON', True),
    ('Hale', True, 'NNP', 'PROPN', 'nsubj', 14, 'Hale', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 14, 'say', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 16, 'he', 'O', False),
    ('hoped', True, 'VBD', 'VERB', 'ccomp', 14, 'hope', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 18, 'to', 'O', False),
    ('return', False, 'VB', 'VERB', 'xcomp', 16, 'return', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 14, '.', 'O', False),
]

# Ann Lee said: "We came early and stayed late. I said we would return.   (a speaker's own account goes on)
OWN_ACCOUNT = [
    *UNCLOSED[:12],
    ('I', True, 'PRP', 'PRON', 'nsubj', 13, 'I', 'O', True),
    ('said', True, 'VBD', 'VERB', 'ROOT', 13, 'say', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 16, 'we', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 16, 'would', 'O', False),
    ('return', False, 'VB', 'VERB', 'ccomp', 13, 'return', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 13, '.', 'O', False),
]


def test_an_unclosed_quotation_ends_before_the_narrators_named_saying():
    assert quotes_of(UNCLOSED) == [('We came early and stayed late', 'said', 'Ann Lee'),
                                   ('he hoped to return', 'said', 'Tom Hale')]


def test_an_unclosed_quotation_goes_on_over_the_speakers_own_account():
    found = quotes_of(OWN_ACCOUNT)
    assert any(speaker == 'Ann Lee' and 'I said we would return' in content for content, _, speaker in found)
