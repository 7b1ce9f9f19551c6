"""The Doc's text, built once: spaCy's ``Doc.text`` joins every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = ("newsevents", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the Doc (a Doc's text never changes once it is made)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        article = doc._.article if Doc.has_extension("article") else None
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        # The article's text is what the Doc was made from; trust it when the lengths agree.
        text = article.text if article is not None and len(article.text) == length else doc.text
        doc.user_data[_KEY] = text
    return text
