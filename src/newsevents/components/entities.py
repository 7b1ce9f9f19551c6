"""The entities stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntitiesStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc


@Language.factory("newsevents_entities")
def make_entities_stage(nlp: Language, name: str) -> EntitiesStage:
    return EntitiesStage(nlp, name)
