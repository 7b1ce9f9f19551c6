"""Fixtures of the entity rule tests: the packaged actor dictionary and gazetteer, loaded afresh for each
test module (as each module did on its own before), for resolvers built on hand-made Docs."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def actors():
    from newsevents.actors import load_actor_dictionary

    return load_actor_dictionary()


@pytest.fixture(scope="module")
def gazetteer():
    from newsevents.geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="module")
def resolve_doc_rows(pipeline, actors, gazetteer):
    """A resolver over a hand-made Doc (unlike tests/conftest.py's ``resolve_rows``: spaces as printed, the
    gazetteer loaded, the entities themselves returned) given as rows of (word, tag, pos, head, dep, ent, lemma) and the indices of
    its sentence starts (None: the sentences of the parse); no space before ``'s``, ``.`` and ``,`` unless ``spaces`` says
    otherwise; ``nouns``: the common nouns the model's lemmatizer knows. Returns the Doc and its entities."""
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    def run(rows, starts: frozenset[int] | None = None, *, spaces: list[bool] | None = None, nouns=frozenset()):
        words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
        if spaces is None:
            spaces = [not (k + 1 < len(words) and words[k + 1] in {"'s", ".", ","}) for k in range(len(words))]
        sent_starts = None if starts is None else [k in starts for k in range(len(words))]
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
                  ents=ents, sent_starts=sent_starts, lemmas=lemmas)
        return doc, EntityResolver(doc, actors, gazetteer, {}, nouns).resolve()

    return run


@pytest.fixture(scope="session")
def mention_texts(stage_entities):
    """mention_texts(rows, spaces=None, **options) -> {entity name: [mention texts]}: ``stage_entities`` over
    hand-made rows (``options``: its ``lemma_of`` and ``article``), each entity reduced to the texts of its
    mentions (what most description and kin tests assert on)."""
    def run(rows, spaces=None, **options) -> dict:
        found = stage_entities(rows, spaces, **options)
        return {name: [m.text for m in e.mentions] for name, e in found.items()}

    return run
