"""A body's short name never makes a person (brief s24-ents26): a person span that ends in a firm's word or whose
first word stands alone as a body is a body, a nationality tag on a short name that opens a body's name is the
body's, and a one-word short name joins the one body whose name opens with it, before or after the full name.
Sentences of our own."""

from __future__ import annotations

from entity_lookup import entity_with_mention
from test_entities_stray_spans import _resolve

PUBLISHED = "2025-03-04"


def test_a_broadcasters_short_name_in_the_headline_and_after_a_possessive_is_the_body(extract) -> None:
    text = ("Halden's Zorat beat three rivals to the rights\n\nTom Halden's Zorat beat three rivals on Monday "
            "to win the rights. Zorat Network will show every match, its treasurer Amit Rao said. "
            "\"We are pleased,\" Rao said. Zorat paid a record sum.")
    record = extract(text, published=PUBLISHED)
    body = entity_with_mention(record, "Zorat Network")
    assert body is not None and body.type == "ORG"
    assert sum(m.text == "Zorat" for m in body.mentions) >= 3
    person = entity_with_mention(record, "Amit Rao")
    assert person is not None and person.type == "PERSON" and not any(m.text == "Zorat" for m in person.mentions)


def _network_rows(last: str, first: str = "Zorat") -> list[tuple]:
    # "<first> <last> will show every match ." tagged a person
    return [(first, "NNP", "PROPN", 1, "compound", "B-PERSON"), (last, "NNP", "PROPN", 3, "nsubj", "I-PERSON"),
            ("will", "MD", "AUX", 3, "aux", "O"), ("show", "VB", "VERB", 3, "ROOT", "O"),
            ("every", "DT", "DET", 5, "det", "O"), ("match", "NN", "NOUN", 3, "dobj", "O"),
            (".", ".", "PUNCT", 3, "punct", "O")]


def test_a_person_span_ending_in_a_firms_word_is_a_body(pipeline) -> None:
    assert _resolve(pipeline, _network_rows("Network")).get("Zorat Network", ("",))[0] == "ORG"


def test_a_person_span_with_a_given_name_stays_a_person(pipeline) -> None:
    assert _resolve(pipeline, _network_rows("Network", "Tom")).get("Tom Network", ("",))[0] == "PERSON"
    assert _resolve(pipeline, _network_rows("Marsh")).get("Zorat Marsh", ("",))[0] == "PERSON"


def test_a_person_span_holding_a_possessive_is_left_alone(pipeline) -> None:
    # "Hale 's Game will show every match ." tagged one person: an owner and a thing, no firm's name
    rows = [("Hale", "NNP", "PROPN", 2, "poss", "B-PERSON"), ("'s", "POS", "PART", 0, "case", "I-PERSON"),
            ("Game", "NNP", "PROPN", 4, "nsubj", "I-PERSON"), ("will", "MD", "AUX", 4, "aux", "O"),
            ("show", "VB", "VERB", 4, "ROOT", "O"), ("every", "DT", "DET", 6, "det", "O"),
            ("match", "NN", "NOUN", 4, "dobj", "O"), (".", ".", "PUNCT", 4, "punct", "O")]
    assert not any("Hale" in name and "Game" in name for name in _resolve(pipeline, rows))
