"""Fixtures of the event tests: the event stage's lexicon match, built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def match():
    """``EventTables.match`` over the packaged lexicon, cues, actor dictionary and currencies: a token
    -> the lexicon rows it triggers (for rule tests on hand-built Docs, no model)."""
    from newsevents.actors import actor_dictionary
    from newsevents.components.events import EventTables
    from newsevents.eventcoding.lexicon import load_cues, load_lexicon
    from newsevents.temporal.lexicon import packaged_words

    return EventTables(lexicon=load_lexicon(), cues=load_cues(), actors=actor_dictionary(),
                       currencies=packaged_words().currencies).match
