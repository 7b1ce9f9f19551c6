"""The figures stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class FiguresStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = []
        return doc


@Language.factory("newsevents_figures")
def make_figures_stage(nlp: Language, name: str) -> FiguresStage:
    return FiguresStage(nlp, name)
