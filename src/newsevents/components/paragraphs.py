"""Sentence starts the text's layout makes certain: after a blank line, and at a bulleted line.

Runs before the parser, which keeps boundaries already set. Without it a headline runs into the
first sentence of the story ("Blair backs budget  Tony Blair has backed ...") and a bulleted
list becomes one long sentence, and events take their actors from the wrong line.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})
# A stretch this long without sentence-final punctuation is no sentence (a transcript, a list
# run together, a hostile text): it gets a break, so no stage works on one 100,000-word "sentence".
MAX_SENTENCE_TOKENS = 200
_FINAL = frozenset({".", "!", "?"})


def mark_layout_boundaries(doc: Doc) -> Doc:
    after_break = False
    run = 0  # tokens since the last certain or likely sentence start
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                # a blank line, or a new line that opens a bulleted item
                blank = token.text.count("\n") >= 2
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                after_break = blank or (following is not None and following.text in BULLETS)
            continue
        run += 1
        if run > MAX_SENTENCE_TOKENS and token.i > 0 and not after_break:
            token.is_sent_start = True
            run = 1
        if token.text in _FINAL:
            run = 0
        if after_break and token.i > 0:
            run = 1
            token.is_sent_start = True
            if token.text in BULLETS and token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                doc[token.i + 1].is_sent_start = False  # the bullet belongs to its item
        after_break = False
    return doc


def paragraphs_component(doc: Doc) -> Doc:
    return mark_layout_boundaries(doc)


@Language.factory("newsevents_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_stage(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return paragraphs_component
