"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline, shared_pipeline

# Test modules live in one folder per stage (tests/README.md) and import shared helpers by their
# basename: the helper modules here in tests/ and a few held-out scorers kept in a stage folder
# (``from test_places_heldout1 import read_rows``). pytest's default import mode puts only a test
# file's own folder on sys.path, so a file run alone could not import a helper of another folder:
# tests/ and every stage folder go on the path here, before any test module is imported. This works
# because basenames are unique across the folders (pytest's default mode requires that anyway).
_TESTS = Path(__file__).resolve().parent
for _folder in [_TESTS, *sorted(p for p in _TESTS.iterdir() if p.is_dir() and any(p.glob("test_*.py")))]:
    if str(_folder) not in sys.path:
        sys.path.append(str(_folder))

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return shared_pipeline()


@pytest.fixture(autouse=True)
def no_stage_failures():
    """A stage failing inside a test fails the test: the pipeline logs and counts such failures
    and goes on, which would otherwise let "found nothing" assertions pass on a crash."""
    from newsevents.pipeline import _SHARED

    before = {key: pipe.failure_count for key, pipe in _SHARED.items()}
    yield
    for key, pipe in _SHARED.items():
        assert pipe.failure_count == before.get(key, 0), f"a stage failed during the test: {dict(pipe.failures)}"


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline):
    """extract(text, published=...) -> Record, with the session's one pipeline."""
    return pipeline.extract


@pytest.fixture(scope="module")
def events_of(extract, request):
    """events_of(text) -> the record's events, published on the test module's ``PUBLISHED`` date
    (each text extracted once per module)."""
    published = request.module.PUBLISHED
    cache: dict[str, list] = {}

    def run(text: str):
        if text not in cache:
            cache[text] = extract(text, published=published).events
        return cache[text]

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "spec").is_dir():
        pytest.skip("../shared is not present (fresh clone)")
    return SHARED


@pytest.fixture(scope="session")
def build_doc():
    """build_doc("Rebels attacked the town", heads=[1, 1, 3, 1], deps=[...], pos=[...], ...) -> Doc.

    A Doc with an explicit parse (heads are absolute token indices), as spaCy's own tests build
    them: rule tests then check the rule, not what the statistical parser makes of a sentence.
    Words are split on spaces; lemmas default to the lower-cased words.
    """
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions

    vocab = spacy.blank("en").vocab

    def build(sentence: str, *, heads, deps, pos, tags=None, lemmas=None, ents=None) -> Doc:
        words = sentence.split()
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
                   lemmas=lemmas or [w.lower() for w in words], ents=ents)

    return build


@pytest.fixture(scope="session")
def cues():
    """The packaged cue tables, for the rule tests that take them as an argument."""
    from newsevents.eventcoding.lexicon import load_cues

    return load_cues()


@pytest.fixture(scope="session")
def resolve_row_entities(pipeline):
    """resolve_row_entities(rows, spaces=None, **options) -> {entity name: Entity}: the entity stage's resolver
    with the actor dictionary alone over a Doc built from rows of (word, tag, pos, head, dep, ent[, sentence
    start]), heads absolute (``entity_lookup.bare_entities``: its options, the lemmas)."""
    from entity_lookup import bare_entities
    from newsevents.actors import load_actor_dictionary

    actors = load_actor_dictionary()
    def run(rows, spaces=None, **options) -> dict:
        return {e.name: e for e in bare_entities(pipeline.nlp.vocab, actors, rows, spaces, **options)}

    return run


@pytest.fixture(scope="session")
def resolve_rows(resolve_row_entities):
    """resolve_rows(rows, spaces=None, **options) -> {entity name: [mention texts]}: ``resolve_row_entities``,
    each entity reduced to the texts of its mentions."""
    def run(rows, spaces=None, **options) -> dict[str, list[str]]:
        return {name: [m.text for m in e.mentions] for name, e in resolve_row_entities(rows, spaces, **options).items()}

    return run


def _entity_stage_runner(pipeline, every_table: bool):
    """The entity stage alone over a Doc built from token rows (see ``stage_entities``); with
    ``every_table`` the resolver also gets the verb tables the stage hands it."""
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver
    from newsevents.record import make_article

    stage = pipeline.nlp.get_pipe("newsevents_entities")
    verb_tables = (stage.speech_verbs, stage.inverted_verbs, stage.framing_verbs, stage.verbs) if every_table else ()

    def run(rows, spaces=None, morphs=None, *, lemma_of: dict[str, str] | None = None,
            article: dict | None = None) -> dict:
        columns = [list(x) for x in zip(*rows, strict=True)]
        words, tags, pos, heads, deps, ents, starts = columns[:7]
        # an eighth column gives the lemmas (a verb of saying is known by its lemma, ``say``); without it
        # ``lemma_of`` gives the model's lemma of some words (``said``: ``say``) and the rest are the words
        lemma_of = lemma_of or {}
        lemmas = columns[7] if len(columns) > 7 else [lemma_of.get(w) or (w if t.startswith("NNP") else w.lower())
                                                       for w, t in zip(words, tags, strict=True)]
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
                  ents=ents, sent_starts=starts, lemmas=lemmas, morphs=morphs)
        if article is not None:  # the article's metadata (published, source), for the rules that read it
            doc._.article = make_article(doc.text, **article)
        resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns, *verb_tables)
        return {e.name: e for e in resolver.resolve()}

    return run


@pytest.fixture(scope="session")
def stage_entities(pipeline):
    """stage_entities(rows, spaces=None, morphs=None, *, lemma_of=None, article=None) -> {entity name: Entity}:
    the entity stage alone, with the packaged gazetteer and tables, over a Doc built from rows of (word, tag,
    pos, head, dep, ent, sentence start[, lemma]), heads absolute; without a lemma column the lemmas are
    ``lemma_of[word]`` where given, else the words, lower-cased except proper nouns. ``article``: the
    keywords of ``make_article`` (``published``, ``source``) for an article over the Doc's text."""
    return _entity_stage_runner(pipeline, every_table=False)


@pytest.fixture(scope="session")
def stage_entities_verbs(pipeline):
    """stage_entities_verbs(rows, spaces=None) -> {entity name: Entity}: as ``stage_entities``, with
    every table the stage hands its resolver (the verbs of saying and framing, and the lemmatizer's
    verb index that tells a headline's or an imperative's verb from a name)."""
    return _entity_stage_runner(pipeline, every_table=True)


@pytest.fixture(scope="session")
def times_of(pipeline):
    """The times stage's finder alone on a Doc (hand-built or parsed): the texts of the times it finds."""
    stage = pipeline.nlp.get_pipe("newsevents_times")
    return lambda doc: [t.text for t in stage.find(doc)]
