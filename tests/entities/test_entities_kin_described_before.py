"""A relation description linked to a person (``Nora's husband`` in a headline) says whose relative that person is,
as a title or an apposition does: a later ``her husband`` of the same owner is that person (ents43). Sentences
written for this test."""

from __future__ import annotations


def test_a_relative_described_before_is_the_same_owners_relative_later(extract) -> None:
    record = extract("Nora's husband joins her campaign\n\nTom Brennan spoke in Dover on Monday. His wife, Nora "
                     "Brennan, is running for governor. Reporters asked Nora Brennan about her husband on Tuesday.")
    people = {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "PERSON"}
    assert people.get("Tom Brennan", []).count("husband") == 1, people
    assert "husband" not in people, people
