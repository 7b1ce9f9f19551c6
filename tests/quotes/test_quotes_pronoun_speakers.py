"""Speakers known by a pronoun (brief s21-quotes22, issue 15): the subject pronoun of a verb of
saying outside quotation marks (``He added``) is someone the narrative named, not a person the
quoted words just talked of. Hand-built Docs of sentences written for these tests (rows: word,
tag, pos, head within the sentence, dep, entity tag, space after)."""

from __future__ import annotations

import pytest

# the lemma a tagger gives the verb of saying (the shared hand-built-Doc fixture lower-cases words)
LEMMAS = {"added": "add"}


@pytest.fixture(scope="module")
def resolve(pipeline):
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    stage = pipeline.nlp.get_pipe("newsevents_entities")

    def run(sentences: list[list[tuple]]) -> dict:
        rows = []
        for sentence in sentences:
            base = len(rows)
            rows += [(word, tag, pos, base + head, dep, ent, k == 0, space)
                     for k, (word, tag, pos, head, dep, ent, space) in enumerate(sentence)]
        words, tags, pos, heads, deps, ents, starts, spaces = (list(x) for x in zip(*rows, strict=True))
        lemmas = [w if t.startswith("NNP") else LEMMAS.get(w, w.lower()) for w, t in zip(words, tags, strict=True)]
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
                  ents=ents, sent_starts=starts, lemmas=lemmas)
        resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns, stage.speech_verbs)
        return {e.name: e for e in resolver.resolve()}

    return run


TOM_SPOKE = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
             ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", True),
             ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", True)]


def _a_judge_must_rule(opening: str, closing: str) -> list[tuple]:
    # <opening>A judge must rule .<closing>
    rows = [("A", "DT", "DET", 1, "det", "O", True), ("judge", "NN", "NOUN", 3, "nsubj", "O", True),
            ("must", "MD", "AUX", 3, "aux", "O", True), ("rule", "VB", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", not closing)]
    if opening:
        rows = [(opening, "``", "PUNCT", 4, "punct", "O", False)] + [
            (w, t, p, h + 1, d, e, s) for w, t, p, h, d, e, s in rows]
    if closing:
        rows.append((closing, "\'\'", "PUNCT", rows[-1][3], "punct", "O", True))
    return rows


HE_ADDED = [("He", "PRP", "PRON", 1, "nsubj", "O", True), ("added", "VBD", "VERB", 1, "ROOT", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]


def _holder(found: dict, word: str) -> list[str]:
    return [name for name, entity in found.items() if word in [m.text for m in entity.mentions]]


def test_he_added_after_a_quotation_is_not_a_person_the_quotation_named(resolve) -> None:
    # Tom Hale spoke . “A judge must rule .” He added .
    found = resolve([TOM_SPOKE, _a_judge_must_rule("\u201c", "\u201d"), HE_ADDED])
    assert _holder(found, "He") == ["Tom Hale"]


def test_without_quotation_marks_the_nearer_subject_stays_the_antecedent(resolve) -> None:
    # Tom Hale spoke . A judge must rule . He added .  (the judge is named by the narrative here)
    found = resolve([TOM_SPOKE, _a_judge_must_rule("", ""), HE_ADDED])
    assert _holder(found, "He") == ["judge"]


def _people(pipeline, text: str) -> dict[str, list[str]]:
    record = pipeline.extract(text)
    return {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "PERSON"}


def test_a_spokesman_for_one_body_is_not_another_bodys_spokesman_named_later(pipeline) -> None:
    people = _people(pipeline, "The council backed the new parking rules on Monday. But a spokesman for the "
                               "transport department defended the old plan.\n\nGreen Party spokesman Tom Hale "
                               "called the vote a mistake.")
    assert "a spokesman" not in people["Tom Hale"]


def test_a_spokesman_for_the_body_a_later_title_names_may_still_be_that_person(pipeline) -> None:
    people = _people(pipeline, "The council backed the new parking rules on Monday. But a spokesman for the "
                               "Green Party criticised the plan.\n\nGreen Party spokesman Tom Hale "
                               "called the vote a mistake.")
    assert "a spokesman" in people["Tom Hale"]
