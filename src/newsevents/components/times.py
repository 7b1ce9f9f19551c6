"""The times stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimesStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = []
        return doc


@Language.factory("newsevents_times")
def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage(nlp, name)
