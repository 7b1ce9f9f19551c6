"""A family name the model tags a person at one occurrence and leaves untagged at another is that person at
both (branch short39, issue 15; hand-built Docs, sentences of our own)."""

from __future__ import annotations

from spacy.tokens import Doc

from entity_lookup import holder_at, name_row, stop_row
from newsevents.components.entities import EntityResolver

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]


def _story(third: list[Row]) -> list[Row]:
    """"So Whitlock opened the show . Whitlock laughed . <third>": the surname alone, tagged a person at
    1 and 6 (no full name anywhere, so no rule of full names reads it), then the third sentence from token 9 on."""
    return [("So", "RB", "ADV", 2, "advmod", "O", "so"), name_row("Whitlock", 2, "nsubj", "B-PERSON"),
            ("opened", "VBD", "VERB", 2, "ROOT", "O", "open"), ("the", "DT", "DET", 4, "det", "O", "the"),
            ("show", "NN", "NOUN", 2, "dobj", "O", "show"), stop_row(2),
            name_row("Whitlock", 7, "nsubj", "B-PERSON"), ("laughed", "VBD", "VERB", 7, "ROOT", "O", "laugh"), stop_row(7),
            *third]


def test_an_untagged_repeat_of_a_tagged_surname_is_that_person(resolve_doc_rows) -> None:
    # "... Then Whitlock asked ." with "Whitlock" untagged (the subject of a verb of asking)
    rows = _story([("Then", "RB", "ADV", 11, "advmod", "O", "then"), name_row("Whitlock", 11, "nsubj"),
                   ("asked", "VBD", "VERB", 11, "ROOT", "O", "ask"), stop_row(11)])
    doc, entities = resolve_doc_rows(rows, frozenset({0, 6, 9}))
    person = holder_at(doc, entities, 1)
    assert person is not None and person.type == "PERSON", entities
    assert holder_at(doc, entities, 6) is person or holder_at(doc, entities, 6).name == person.name
    assert holder_at(doc, entities, 10) is person


def test_an_untagged_surname_modifying_a_noun_is_left_alone(resolve_doc_rows) -> None:
    # negative: "The Whitlock plan failed ." -- a noun's modifier, not a mention of the person
    rows = _story([("The", "DT", "DET", 11, "det", "O", "the"), name_row("Whitlock", 11, "compound"),
                   ("plan", "NN", "NOUN", 12, "nsubj", "O", "plan"),
                   ("failed", "VBD", "VERB", 12, "ROOT", "O", "fail"), stop_row(12)])
    doc, entities = resolve_doc_rows(rows, frozenset({0, 6, 9}))
    assert holder_at(doc, entities, 10) is None


def _found(pipeline, actors, gazetteer, rows: list[Row]) -> list[tuple[int, str]]:
    """The spans the rule returns for the model's spans of a hand-built Doc (the rule alone)."""
    words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents, lemmas=lemmas)
    resolver = EntityResolver(doc, actors, gazetteer, {}, frozenset())
    return [(e.start, e.label_) for e in resolver._untagged_surname_repeats(list(doc.ents))]


def test_a_word_the_model_also_reads_alone_as_a_body_is_left_alone(pipeline, actors, gazetteer) -> None:
    third = [("Then", "RB", "ADV", 11, "advmod", "O", "then"), name_row("Whitlock", 11, "nsubj"),
             ("asked", "VBD", "VERB", 11, "ROOT", "O", "ask"), stop_row(11)]
    assert (10, "PERSON") in _found(pipeline, actors, gazetteer, _story(third))
    # negative: "Whitlock" tagged a body alone as often as a person ("Whitlock hired staff . Whitlock
    # grew ."): the untagged one is left
    body = [name_row("Whitlock", 10, "nsubj", "B-ORG"), ("hired", "VBD", "VERB", 10, "ROOT", "O", "hire"),
            ("staff", "NN", "NOUN", 10, "dobj", "O", "staff"), stop_row(10),
            name_row("Whitlock", 14, "nsubj", "B-ORG"), ("grew", "VBD", "VERB", 14, "ROOT", "O", "grow"), stop_row(14),
            ("Then", "RB", "ADV", 18, "advmod", "O", "then"), name_row("Whitlock", 18, "nsubj"),
            ("asked", "VBD", "VERB", 18, "ROOT", "O", "ask"), stop_row(18)]
    assert all(start != 17 for start, _ in _found(pipeline, actors, gazetteer, _story(body)))
    # one body's reading against two of a person's: the person's
    once = [*body[:4], ("Then", "RB", "ADV", 15, "advmod", "O", "then"), name_row("Whitlock", 15, "nsubj"),
            ("asked", "VBD", "VERB", 15, "ROOT", "O", "ask"), stop_row(15)]
    assert (14, "PERSON") in _found(pipeline, actors, gazetteer, _story(once))


def test_a_word_of_a_longer_capitalised_run_is_left_alone(pipeline, actors, gazetteer) -> None:
    # negative: "Then Whitlock Media asked ." -- a word of another name
    third = [("Then", "RB", "ADV", 12, "advmod", "O", "then"), name_row("Whitlock", 12, "nsubj"), name_row("Media", 12, "nsubj"),
             ("asked", "VBD", "VERB", 12, "ROOT", "O", "ask"), stop_row(12)]
    assert all(start != 10 for start, _ in _found(pipeline, actors, gazetteer, _story(third)))


def test_a_word_with_a_determiner_is_left_alone(pipeline, actors, gazetteer) -> None:
    # negative: "The happiest Whitlock left ." -- a common noun's use, no person's name
    third = [("The", "DT", "DET", 11, "det", "O", "the"), ("happiest", "JJS", "ADJ", 11, "amod", "O", "happy"),
             name_row("Whitlock", 12, "nsubj"), ("left", "VBD", "VERB", 12, "ROOT", "O", "leave"), stop_row(12)]
    assert all(start != 11 for start, _ in _found(pipeline, actors, gazetteer, _story(third)))
