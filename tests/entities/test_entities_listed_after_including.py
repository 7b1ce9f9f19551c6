"""Names listed after ``including`` are of one kind (brief s24-ents26): when the noun they illustrate is a
body's, the model tagged one of them a body, or one ends in a firm's word, each is a body however the model
tagged the others, and a name with no gazetteer row that is a body's is no place. A list with a known place or
a given name in it is left alone. Sentences of our own."""

from __future__ import annotations

import pytest

from entity_lookup import entity_with_mention

PUBLISHED = "2025-03-04"


def _resolve(pipeline, rows) -> dict[str, str]:
    """name -> type of the entities resolved on a one-sentence Doc built from ``rows`` (word, tag, pos, head, dep,
    iob entity tag)."""
    from entity_lookup import bare_entities
    from newsevents.actors import load_actor_dictionary

    return {e.name: e.type for e in bare_entities(pipeline.nlp.vocab, load_actor_dictionary(), rows)}


def _bidders(noun: str, first: str, second: tuple[str, str], second_tag: str) -> list[tuple]:
    # "<noun> , including <first> and <A> <B> , lost out ."
    return [(noun, "NNS", "NOUN", 9, "nsubj", "O"), (",", ",", "PUNCT", 0, "punct", "O"),
            ("including", "VBG", "VERB", 0, "prep", "O"), (first, "NNP", "PROPN", 2, "pobj", "B-ORG"),
            ("and", "CC", "CCONJ", 3, "cc", "O"), (second[0], "NNP", "PROPN", 6, "compound", f"B-{second_tag}"),
            (second[1], "NNP", "PROPN", 3, "conj", f"I-{second_tag}"), (",", ",", "PUNCT", 0, "punct", "O"),
            ("out", "RP", "ADP", 9, "prt", "O"), ("lost", "VBD", "VERB", 9, "ROOT", "O"),
            (".", ".", "PUNCT", 9, "punct", "O")]


@pytest.mark.parametrize("noun", ["Bidders", "Firms"])
def test_a_name_listed_after_including_with_a_tagged_body_is_a_body(pipeline, noun) -> None:
    found = _resolve(pipeline, _bidders(noun, "Moltrix", ("Ferrow", "Digital"), "PERSON"))
    assert found.get("Moltrix") == "ORG"
    assert found.get("Ferrow Digital") == "ORG"


def test_a_given_name_in_the_list_leaves_it_alone(pipeline) -> None:
    found = _resolve(pipeline, _bidders("Bidders", "Moltrix", ("Tom", "Reed"), "PERSON"))
    assert found.get("Tom Reed") == "PERSON"


def test_untagged_rivals_after_including_are_bodies_and_no_places(extract) -> None:
    record = extract("Several broadcasters, including Zentel, Harbury Sports and Vexo, bid for the rights.",
                     published=PUBLISHED)
    for name in ("Zentel", "Harbury Sports", "Vexo"):
        body = entity_with_mention(record, name)
        assert body is not None and body.type == "ORG", name
    assert not any(m.text in {"Zentel", "Vexo"} for p in record.places for m in p.mentions)


def test_a_body_named_like_no_place_after_including_is_no_place(extract) -> None:
    record = extract("The auction drew several bidders, including Moltrix and Ferrow Media, the board said.",
                     published=PUBLISHED)
    body = entity_with_mention(record, "Moltrix")
    assert body is not None and body.type == "ORG"
    assert not any(m.text == "Moltrix" for p in record.places for m in p.mentions)


def test_towns_listed_after_including_stay_places(extract) -> None:
    record = extract("The tour visits towns including Harrogate and Glasgow next spring.", published=PUBLISHED)
    names = {m.text for p in record.places for m in p.mentions}
    assert "Glasgow" in names
    assert entity_with_mention(record, "Glasgow") is None or entity_with_mention(record, "Glasgow").type != "ORG"
