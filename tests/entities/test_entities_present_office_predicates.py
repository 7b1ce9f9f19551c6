"""``Dale Brenner is the Republican governor of Florida.`` (persons31): a state office said of a named person
by a definite predicate of ``be`` in the present tense (an opinion column's closing author line) is held now
and gives its sector, as an apposition (``Dale Brenner, the governor of Florida,``) does; ``was the governor``
is a past office and gives none. Hand-built Docs of sentences written for these tests (rows: word, tag, pos,
head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.components.entities import EntityResolver


@pytest.fixture(scope="module")
def resolve(pipeline):
    """The entity stage over a hand-built Doc whose ``is``/``was`` have the lemma ``be`` (the shared
    fixture lower-cases every word for its lemma)."""
    stage = pipeline.nlp.get_pipe("newsevents_entities")

    def run(rows: list[tuple]) -> dict:
        words, tags, pos, heads, deps, ents, starts = (list(x) for x in zip(*rows, strict=True))
        lemmas = ["be" if w in {"is", "was"} else w if t.startswith("NNP") else w.lower()
                  for w, t in zip(words, tags, strict=True)]
        doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
                  sent_starts=starts, lemmas=lemmas)
        resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns)
        return {e.name: e for e in resolver.resolve()}

    return run


def author_line(verb: str, tag: str) -> list[tuple]:
    return [("Voters", "NNS", "NOUN", 1, "nsubj", "O", True), ("want", "VBP", "VERB", 1, "ROOT", "O", False),
            ("change", "NN", "NOUN", 1, "dobj", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False),
            ("Dale", "NNP", "PROPN", 5, "compound", "B-PERSON", True),
            ("Brenner", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False), (verb, tag, "AUX", 6, "ROOT", "O", False),
            ("the", "DT", "DET", 9, "det", "O", False), ("Republican", "JJ", "ADJ", 9, "amod", "B-NORP", False),
            ("governor", "NN", "NOUN", 6, "attr", "O", False), ("of", "IN", "ADP", 9, "prep", "O", False),
            ("Florida", "NNP", "PROPN", 10, "pobj", "B-GPE", False), (".", ".", "PUNCT", 6, "punct", "O", False)]


def test_a_present_office_predicate_gives_the_offices_sector(resolve) -> None:
    found = resolve(author_line("is", "VBZ"))
    assert "GOV" in found["Dale Brenner"].sector, found["Dale Brenner"]
    assert found["Dale Brenner"].country == "USA", found["Dale Brenner"]


def test_a_past_office_predicate_gives_no_sector(resolve) -> None:
    found = resolve(author_line("was", "VBD"))
    assert "GOV" not in (found["Dale Brenner"].sector or []), found["Dale Brenner"]
