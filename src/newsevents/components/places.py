"""The places stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlacesStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc


@Language.factory("newsevents_places")
def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage(nlp, name)
