"""A structural fact of quotation layout (docs/notes/quote-speakers.md, "Session 42"; sentences of our own,
hand-built parses): a participle of saying set off by the comma that American punctuation puts inside the closing mark
of a quoted title (``... the old song "Far Away," explaining, "..."``) goes on with the attribution around the clause
it follows, as one set off by a bare comma does. (A whole quoted sentence after a partial quotation's credit stays the
tail of that quotation: splitting it was tried and reverted in session 42, see the note.)
"""

from __future__ import annotations

from quote_rows import parsed_quotes

# Tom Reed said the trip reminds him of the old song "Far Away," explaining, "because we never got there."
COMMA_INSIDE_MARK = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', True),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 2, 'Reed', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('trip', True, 'NN', 'NOUN', 'nsubj', 5, 'trip', 'O', False),
    ('reminds', True, 'VBZ', 'VERB', 'ccomp', 2, 'remind', 'O', False),
    ('him', True, 'PRP', 'PRON', 'dobj', 5, 'he', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 5, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('old', True, 'JJ', 'ADJ', 'amod', 10, 'old', 'O', False),
    ('song', True, 'NN', 'NOUN', 'pobj', 7, 'song', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 10, '"', 'O', False),
    ('Far', True, 'NNP', 'PROPN', 'compound', 13, 'Far', 'B-WORK_OF_ART', False),
    ('Away', False, 'RB', 'ADV', 'appos', 10, 'away', 'I-WORK_OF_ART', False),
    (',', False, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 5, '"', 'O', False),
    ('explaining', False, 'VBG', 'VERB', 'advcl', 5, 'explain', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 16, '"', 'O', False),
    ('because', True, 'IN', 'SCONJ', 'mark', 22, 'because', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 22, 'we', 'O', False),
    ('never', True, 'RB', 'ADV', 'neg', 22, 'never', 'O', False),
    ('got', True, 'VBD', 'VERB', 'advcl', 5, 'get', 'O', False),
    ('there', False, 'RB', 'ADV', 'advmod', 22, 'there', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
]


def test_a_participle_after_a_comma_inside_a_closing_mark_goes_on_with_the_attribution() -> None:
    explaining = [q for q in parsed_quotes(COMMA_INSIDE_MARK) if q[2] == "explaining"]
    assert explaining and all(speaker == "Tom Reed" for *_, speaker in explaining)
