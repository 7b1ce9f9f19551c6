"""``"Dear friend," the guest speaker says into the camera.``: the parser made the quoted vocative a
second subject of the cue, its comma and closing mark its own children; the quotation closed before
the next subject is what was said, and the subject after it is the speaker (the READ half's
news-dev77 miss: a paragraph-opening quotation whose cue follows it). Sentences written for these
tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of

# "Dear friend," the guest speaker says into the camera.
VOCATIVE_SUBJECT = [
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', False),
    ('Dear', True, 'JJ', 'ADJ', 'amod', 2, 'dear', 'O', False),
    ('friend', False, 'NN', 'NOUN', 'nsubj', 8, 'friend', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('guest', True, 'NN', 'NOUN', 'compound', 7, 'guest', 'O', False),
    ('speaker', True, 'NN', 'NOUN', 'nsubj', 8, 'speaker', 'O', False),
    ('says', True, 'VBZ', 'VERB', 'ROOT', 8, 'say', 'O', False),
    ('into', True, 'IN', 'ADP', 'prep', 8, 'into', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('camera', False, 'NN', 'NOUN', 'pobj', 9, 'camera', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 8, '.', 'O', False),
]

def test_the_quotation_closed_before_the_subject_is_the_speakers() -> None:
    assert quotes_of(VOCATIVE_SUBJECT) == [("Dear friend", "says", "the guest speaker")]
