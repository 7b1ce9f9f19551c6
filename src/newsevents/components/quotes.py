"""The quotes stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("newsevents_quotes")
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage(nlp, name)
