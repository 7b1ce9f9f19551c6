"""Curly apostrophes inside words, read by the model as the typewriter apostrophe.

Web news is mostly typeset with the curly apostrophe (U+2019): ``O’Leary``, ``D’Souza``, ``Ma’alot``.
spaCy's small English model learnt names from text written with the typewriter mark, and its
tok2vec and NER read a word through its norm, prefix, suffix and shape: ``X’Xxxxx`` is a shape it
never saw, so ``Michael O’Leary`` comes out as the person ``Michael`` and a stray word, while
``Michael O'Leary`` is one name. This stage, the first of the pipeline (before ``tok2vec``), gives
each word with a curly apostrophe between two letters the norm and shape of its typewriter twin.

Only those model features of the word's lexeme change: the text, its offsets and every record
span stay the article's own characters. A lexeme's features depend on its string alone, so setting
them again for a later article gives the same values (the output does not depend on the order of
the articles). Marks at a word's edge (``’s``, ``James’``, an opening ``‘``) are left alone: the
tokenizer splits the possessive with its own norm, and quotation marks are the quote stage's.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

CURLY_APOSTROPHE = "\u2019"
# a curly apostrophe with a letter on each side: inside a word, never a quotation mark
INWORD = re.compile(r"[^\W\d_]\u2019[^\W\d_]")
TYPEWRITER = str.maketrans({CURLY_APOSTROPHE: "'"})


def read_inword_apostrophes(doc: Doc) -> Doc:
    """Give the words of ``doc`` with an in-word curly apostrophe their typewriter twin's features."""
    article = doc._.article
    text = article.text if article is not None else doc.text
    if CURLY_APOSTROPHE not in text or INWORD.search(text) is None:
        return doc  # most articles: one scan of the string in C, no walk over the tokens
    vocab = doc.vocab
    for token in doc:
        word = token.text
        if CURLY_APOSTROPHE in word and INWORD.search(word):
            lexeme, twin = vocab[word], vocab[word.translate(TYPEWRITER)]
            lexeme.norm_, lexeme.shape_ = twin.norm_, twin.shape_
            lexeme.prefix_, lexeme.suffix_ = twin.prefix_, twin.suffix_
    return doc


@Language.factory("newsevents_typography", assigns=["token.norm"])
def make_typography_stage(nlp: Language, name: str):  # noqa: ARG001 - spaCy's factory signature
    return read_inword_apostrophes
