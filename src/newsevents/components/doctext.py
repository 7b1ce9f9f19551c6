"""Kept for imports written before :mod:`newsevents.docquery`: ``doc_text`` lives there now."""

from newsevents.docquery import doc_text

__all__ = ["doc_text"]
