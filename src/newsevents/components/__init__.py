"""newsevents pipeline stages, each a spaCy component that leaves its result on the Doc.

Importing this package registers the ``Doc._`` extensions and every component factory, so
``nlp.add_pipe("newsevents_quotes")`` works in any spaCy pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc

# One extension per stage; each holds a list of record objects (see newsevents.record).
DOC_EXTENSIONS = ("article", "entities", "places", "times", "figures", "quotes", "events")

# Working state one stage leaves for later ones, never part of the record:
# mention_kinds: entity id -> how each mention was found ("name", "pronoun", "role", "metonym", ...);
# figure_qualifiers: figure id -> the qualifier kept ("at least", "more than", "up to", "range", ...);
# event_features: event id -> the features its confidence was computed from (eventcoding/confidence.py);
# topic: the article's topic distribution (eventcoding/topic.py), copied into ``record.topic``;
# topic_held: ids of the events the per-topic policy holds back (the record drops them when it is on).
# topic_cues: the article's topic cue words per topic and its number of words (eventcoding/topic.py
# doc_cue_counts), counted once by the first stage that asks and read by the others.
WORKING_EXTENSIONS = ("mention_kinds", "figure_qualifiers", "event_features", "topic", "topic_held", "topic_cues")

for _name in DOC_EXTENSIONS + WORKING_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# The order in which Pipeline adds the stages: each reads what the earlier ones left. Each factory
# declares what it requires and assigns (``nlp.analyze_pipes()`` checks the order); "token.pos",
# which every stage reads, is left out because spaCy's attribute ruler sets it without declaring it.
STAGES = (
    "newsevents_entities",
    "newsevents_places",
    "newsevents_sport_teams",
    "newsevents_times",
    "newsevents_figures",
    "newsevents_quotes",
    "newsevents_events",
)

# Runs first, before the model's tok2vec: in-word curly apostrophes read as the typewriter mark.
TYPOGRAPHY_STAGE = "newsevents_typography"

# Runs before the parser (when the model has one): sentence starts set by the text's layout.
LAYOUT_STAGE = "newsevents_paragraphs"

from newsevents.components import (  # noqa: E402,F401  (registers the factories)
    entities,
    events,
    figures,
    paragraphs,
    places,
    quotes,
    sport_teams,
    times,
    typography,
)
