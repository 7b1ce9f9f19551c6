"""A party's convention (``the Republican National Convention``) is an occasion: the party word before it
(a role word of roles.tsv) makes no titled person ``National Convention`` of the rest, and ``the Republican``
is no mention of anyone; a candidate's description beside it still goes to the party's one named candidate.
Sentences written for these tests (ents30)."""

from __future__ import annotations


def test_a_partys_convention_is_no_person(extract) -> None:
    rec = extract("Delegates gathered at the Republican National Convention in Nevada on Monday.", published="2026-08-17")
    assert not [e for e in rec.entities if e.type == "PERSON"], [(e.name, e.type) for e in rec.entities]


def test_the_candidate_represented_at_the_convention_is_the_partys_candidate(extract) -> None:
    rec = extract("Republican nominee Tom Reed attacked Democrat Dana Wexler on Monday. Delegates representing "
                  "the Republican candidate at the Republican National Convention cheered.", published="2026-08-17")
    people = {e.name: [m.text for m in e.mentions] for e in rec.entities if e.type == "PERSON"}
    assert set(people) == {"Tom Reed", "Dana Wexler"}, people
    assert "the Republican candidate" in people["Tom Reed"], people
