"""A place joined to the place of a ``-based`` modifier (``by Geneva and Paris-based Norvex``) is
another base of the body, not a party of the act."""

from __future__ import annotations

from newsevents.eventcoding.arguments import shares_a_base

PUBLISHED = "2020-05-01"


def _doc(build_doc, sentence: str, ents: list[str]):
    words = sentence.split()
    n = len(words)
    return build_doc(sentence, heads=list(range(n)), deps=["dep"] * n, pos=["PROPN"] * n, ents=ents)


def test_a_place_before_and_another_places_based_modifier_is_no_party(build_doc):
    doc = _doc(build_doc, "Geneva and Paris - based Norvex", ["B-GPE", "O", "B-GPE", "O", "O", "B-ORG"])
    assert shares_a_base(doc[0])
    assert not shares_a_base(doc[2])  # the second place is inside the modifier already
    doc = _doc(build_doc, "Geneva - and Paris - based Norvex", ["B-GPE", "O", "O", "B-GPE", "O", "O", "B-ORG"])
    assert shares_a_base(doc[0])


def test_places_joined_without_a_based_modifier_stay_parties(build_doc):
    doc = _doc(build_doc, "Germany and France condemned it", ["B-GPE", "O", "B-GPE", "O", "O"])
    assert not shares_a_base(doc[0])
    doc = _doc(build_doc, "Geneva and Paris Norvex", ["B-GPE", "O", "B-GPE", "B-ORG"])
    assert not shares_a_base(doc[0])


def test_the_body_alone_is_the_party(extract):
    record = extract("Regulators said they would not oppose the purchase of Acme by Geneva and Paris-based Norvex.",
                     published=PUBLISHED)
    oppose = next(e for e in record.events if e.trigger.text == "oppose")
    assert [p.text for p in oppose.recipient] == ["Paris-based Norvex"]
