"""Police and courts as parties in local news (brief s17-police17, issues 14 and 15).

A passive arrest told with no agent (``a man was arrested on Friday``) is the state's act: its doer is the story's
police when the article names one police body, and nobody otherwise (docs/events.md, "A passive arrest").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.docquery import entity_at
from newsevents.eventcoding.arguments import is_passive
from newsevents.eventcoding.lexicon import Cues


def story_police(trigger: Token, doc: Doc, cues: Cues) -> list[Token]:
    """The one police body the article names (an ORG entity of the police sector: ``the Marietta Police
    Department``, ``the county sheriff's office``), as the doer of a passive ``police_passive_verb`` with no
    by-agent (``was arrested``, ``was taken into custody``); [] if the article names none or several."""
    if trigger.lemma_.lower() not in cues.police_passive_verb or not is_passive(trigger) \
            or any(c.dep_ == "agent" for c in trigger.children):
        return []
    bodies: dict[str, Token] = {}
    for ent in doc.ents:
        entity = entity_at(doc, ent.start_char, ent.end_char)
        if entity is None or entity.type != "ORG" or "COP" not in (entity.sector or []) or entity.country is None:
            continue
        bodies.setdefault(entity.id, ent.root)
    if len(bodies) != 1:
        return []
    return list(bodies.values())
