"""The events stage (work in progress: sets an empty list until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsStage:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("newsevents_events")
def make_events_stage(nlp: Language, name: str) -> EventsStage:
    return EventsStage(nlp, name)
