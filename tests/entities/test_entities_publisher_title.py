"""The publisher's own title, spelt by its host name (``for The Bray-Lantern`` on ``braylantern.ie``, tagged a
work of art), is a body: the medium (MED). Invented outlet names; hand-built parses with an article's source."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.pipeline import make_article


@pytest.fixture(scope="module")
def resolve(pipeline):
    from newsevents.components.entities import EntityResolver

    stage = pipeline.nlp.get_pipe("newsevents_entities")

    def run(rows, source: str) -> dict:
        words, tags, pos, heads, deps, ents, starts = (list(x) for x in zip(*rows, strict=True))
        spaces = [not (w == "-" or (k + 1 < len(words) and words[k + 1] in {"-", "."})) for k, w in enumerate(words)]
        lemmas = [w if t.startswith("NNP") else w.lower() for w, t in zip(words, tags, strict=True)]
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
                  ents=ents, sent_starts=starts, lemmas=lemmas)
        doc._.article = make_article(doc.text, published="2026-01-02", source=source)
        resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns)
        return {e.name: e for e in resolver.resolve()}

    return run


# "It is a project for The Bray-Lantern ."
ROWS = [("It", "PRP", "PRON", 1, "nsubj", "O", True), ("is", "VBZ", "AUX", 1, "ROOT", "O", False),
        ("a", "DT", "DET", 3, "det", "O", False), ("project", "NN", "NOUN", 1, "attr", "O", False),
        ("for", "IN", "ADP", 3, "prep", "O", False), ("The", "DT", "DET", 8, "det", "B-WORK_OF_ART", False),
        ("Bray", "NNP", "PROPN", 8, "compound", "I-WORK_OF_ART", False), ("-", "HYPH", "PUNCT", 8, "punct", "I-WORK_OF_ART", False),
        ("Lantern", "NNP", "PROPN", 4, "pobj", "I-WORK_OF_ART", False), (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_the_publisher_s_title_tagged_a_work_is_the_medium(resolve) -> None:
    found = resolve(ROWS, "www.braylantern.ie")
    outlet = next(e for e in found.values() if "Lantern" in e.name)
    assert outlet.type == "ORG" and outlet.sector == ["MED"]


def test_a_title_another_site_reports_stays_a_work(resolve) -> None:
    found = resolve(ROWS, "www.lakeshorenews.com")
    assert not any("Lantern" in e.name for e in found.values())
