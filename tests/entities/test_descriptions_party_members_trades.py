"""A party's member may have any trade, and a quotation credited to a description continues the subject of the
sentence before though that subject's apposition joins two nouns; sentences written for these tests (issue 15,
descs41)."""

from __future__ import annotations

from entity_lookup import mentions_by_name

PUBLISHED = "2015-06-01"


def test_a_trade_description_may_be_a_party_member(extract):
    text = ("Builder backs mayor.\n\nRepublican Walt Ambrose toured the site on Monday. The developer said the "
            "tower would open next year.")
    assert "The developer" in mentions_by_name(extract(text, published=PUBLISHED))["Walt Ambrose"]


def test_a_trade_description_is_still_no_police_chief(extract):
    text = ("Builder backs mayor.\n\nPolice Chief Walt Ambrose toured the site on Monday. The developer said the "
            "tower would open next year.")
    assert "The developer" not in mentions_by_name(extract(text, published=PUBLISHED))["Walt Ambrose"]


def test_a_quotation_after_an_apposition_of_two_nouns_is_the_subjects(extract):
    text = ("Shows they love.\n\nEd Marlow praised the show on Friday. Dora Finch, the party's front-runner and "
            "former host of a radio show, named it her favorite. \"It makes me laugh,\" the businesswoman told "
            "reporters.")
    record = extract(text, published=PUBLISHED)
    found = mentions_by_name(record)
    assert "the businesswoman" in found["Dora Finch"]
    assert "the businesswoman" not in found["Ed Marlow"]


def test_a_quotation_credited_to_a_description_continues_a_pronoun_subject(extract):
    text = ("Donor speaks.\n\nNora Quill funds the campaign of Tom Brill. While the donor kept her plans quiet, she "
            "did say the race was close. \"It was very pleasant,\" the shipping magnate told reporters.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "the shipping magnate" in found["Nora Quill"]
    assert "the shipping magnate" not in found["Tom Brill"]
