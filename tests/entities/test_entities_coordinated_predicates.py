"""Each noun of a coordinated predicate of ``be`` is said of the subject (``Varga is a lawyer and the governor of
Idaho``): a later ``the Idaho governor`` is that person, as ``Governor Varga`` would make it (ents43). Sentences
written for this test."""

from __future__ import annotations


def test_a_second_predicate_noun_describes_the_subject(extract) -> None:
    record = extract("Budget row deepens\n\nLena Varga and Tom Hale met in Boise on Monday. Varga is a lawyer and the "
                     "governor of Idaho. Critics of the Idaho governor said the budget was late.")
    people = {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "PERSON"}
    assert "the Idaho governor" in people.get("Lena Varga", []), people
    assert "the Idaho governor" not in people.get("Tom Hale", []), people
