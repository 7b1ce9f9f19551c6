"""A body the model names without the nationality adjective that modifies it (``The Norwegian Senate voted.``,
the adjective tagged a nationality apart) is of that country, not the dictionary's country for the common name
nor the story's (branch codes40, issue 15 item 2; hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.components.entities import EntityResolver


@pytest.fixture(scope="module")
def resolve(pipeline, actors, gazetteer):
    def run(adjective: str, ent: str):
        words = ["The", adjective, "Senate", "voted", "."]
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=[True, True, True, False, False],
                  tags=["DT", "JJ", "NNP", "VBD", "."], pos=["DET", "ADJ", "PROPN", "VERB", "PUNCT"],
                  heads=[2, 2, 3, 3, 3], deps=["det", "amod", "nsubj", "ROOT", "punct"],
                  ents=["O", ent, "B-ORG", "O", "O"], lemmas=["the", adjective, "Senate", "vote", "."])
        return EntityResolver(doc, actors, gazetteer, {}, frozenset()).resolve()

    return run


def test_a_nationality_before_a_bodys_common_name_gives_its_country(resolve) -> None:
    senate = next(e for e in resolve("Norwegian", "B-NORP") if e.name.endswith("Senate"))
    assert senate.country == "NOR"


def test_a_plain_adjective_before_it_gives_nothing_of_the_kind(resolve) -> None:
    # negative: "The upper Senate voted." -- no nationality, the common name is read as before
    senate = next(e for e in resolve("upper", "O") if e.name.endswith("Senate"))
    assert senate.country != "NOR"
