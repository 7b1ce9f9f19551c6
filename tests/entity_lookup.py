"""Finding entities in test output: by a mention's text, in a record or in a list of entities."""

from __future__ import annotations


def entity_with_mention(record, text: str, occurrence: int = 1):
    """The entity with a mention overlapping the ``occurrence``-th ``text`` of the article."""
    start = -1
    for _ in range(occurrence):
        start = record.article.text.index(text, start + 1)
    for entity in record.entities:
        for m in entity.mentions:
            if m.start < start + len(text) and start < m.end:
                return entity
    return None


def entity_of(entities, mention: str):
    """The entity one of whose mentions is exactly ``mention``."""
    return next((e for e in entities if mention in [m.text for m in e.mentions]), None)
