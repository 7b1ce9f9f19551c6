"""The article's topic cue words are counted once (brief s14-ents): the entities stage, which asks
whether a story is of sport or business when it meets a lone city name, leaves the counts in
``doc._.topic_cues``; the events stage reads them there for the article's topic."""

from __future__ import annotations

from newsevents.components.entities import EntityResolver
from newsevents.eventcoding import topic


def test_the_cue_words_are_counted_once_per_article(pipeline, monkeypatch) -> None:
    calls = []
    counted = topic.cue_counts

    def counting(tokens, table):
        calls.append(len(tokens))
        return counted(tokens, table)

    monkeypatch.setattr(topic, "cue_counts", counting)
    asked = []
    story = EntityResolver._sport_or_business_story
    monkeypatch.setattr(EntityResolver, "_sport_or_business_story", lambda self: asked.append(1) or story(self))
    # a capital's name standing alone as a subject makes the entities stage ask what the story is about
    doc = pipeline.nlp("The team from Rome won the cup on Sunday. Rome scored twice in the final.")
    assert asked and len(calls) == 1
    counts, n_words = doc._.topic_cues
    assert counts.get("sport", 0) >= 1 and n_words == len([t for t in doc if not t.is_punct and not t.is_space])
    assert doc._.topic["sport"] > 0


def test_the_events_stage_counts_them_when_no_stage_did(pipeline) -> None:
    doc = pipeline.nlp("The weather was mild on the coast on Sunday.")
    assert doc._.topic_cues is not None and doc._.topic is not None
