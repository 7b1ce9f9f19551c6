"""A name set off by a comma before ``as he is known`` (a nickname) is a person named before, read on sentences
written for these tests (issue 15, descs41): the one whose name a word of the nickname begins, else the named
subject of the sentence before; two people and neither so told apart: no link."""

from __future__ import annotations

from entity_lookup import mentions_by_name

PUBLISHED = "2015-06-01"


def test_a_nickname_begun_like_the_name_is_that_person(extract):
    text = ("Cheese sales rise.\n\nTheodora Linwood runs the biggest dairy in the valley. Teddy Lin, as she is "
            "fondly known by her neighbors, sells cheese at the market.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "Teddy Lin" in found["Theodora Linwood"]
    assert "Teddy Lin" not in found


def test_a_nickname_is_the_subject_of_the_sentence_before(extract):
    text = ("Cheese sales rise.\n\nHarold Quinby thanked Mark Devlin for the loan. Big Hal, as he is known in "
            "town, sells cheese at the market.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "Big Hal" in found["Harold Quinby"]
    assert "Big Hal" not in found["Mark Devlin"]


def test_a_nickname_after_two_joined_subjects_is_neither(extract):
    text = ("Cheese sales rise.\n\nOwen Tarrant and Mark Devlin opened a shop. Big Hal, as he is known in town, "
            "sells cheese at the market.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "Big Hal" not in found["Owen Tarrant"] and "Big Hal" not in found["Mark Devlin"]
