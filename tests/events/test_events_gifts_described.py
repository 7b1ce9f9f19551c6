"""A gift described is no gift told (events31; nonevents.gift_described): an AID noun with no one it goes to, the
subject or predicate of "be". Docs and sentences of our own."""

from __future__ import annotations

from newsevents.eventcoding import nonevents

PUBLISHED = "2016-05-10"


def test_donations_that_are_part_of_an_inquiry_are_described(build_doc) -> None:
    doc = build_doc("the donations are part of it", heads=[1, 2, 2, 2, 3, 4],
                    deps=["det", "nsubj", "ROOT", "attr", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "NOUN", "ADP", "PRON"],
                    lemmas=["the", "donation", "be", "part", "of", "it"])
    assert nonevents.gift_described(doc[1], "AID", [])


def test_a_donation_to_a_party_or_announced_stays(build_doc) -> None:
    doc = build_doc("the donation to Kenya was announced", heads=[1, 5, 1, 2, 5, 5],
                    deps=["det", "nsubjpass", "prep", "pobj", "auxpass", "ROOT"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB"],
                    lemmas=["the", "donation", "to", "Kenya", "be", "announce"])
    assert not nonevents.gift_described(doc[1], "AID", [])
    doc = build_doc("the donations are large", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "acomp"],
                    pos=["DET", "NOUN", "AUX", "ADJ"], lemmas=["the", "donation", "be", "large"])
    assert not nonevents.gift_described(doc[1], "SUPPORT", [])


def test_whole_sentences(extract) -> None:
    text = '"Qatar\'s donations are part of the inquiry," one source said.'
    assert not [e for e in extract(text, published=PUBLISHED).events if e.event == "AID"]
    text = "Japan's donation of $20 million to Pakistan was announced on Monday by the foreign ministry."
    assert [e.event for e in extract(text, published=PUBLISHED).events] == ["AID"]
