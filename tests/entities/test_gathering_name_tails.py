"""``the convention`` after the one body named ``<Capitalised words> Convention`` is that body, ``the school``
the one ``<Name> University``; after two such bodies, neither (sentences written for these tests; issue 15, descs41)."""

from __future__ import annotations

from entity_lookup import mentions_by_name

PUBLISHED = "2015-06-01"


def test_the_gathering_noun_is_the_one_gathering_named_before(extract):
    text = ("Delegates walk out.\n\nDelegates gathered at the Western Farmers Convention in Dunmore on Monday. "
            "According to reports from the convention, dozens walked out.")
    assert "the convention" in mentions_by_name(extract(text, published=PUBLISHED))["Western Farmers Convention"]


def test_the_gathering_noun_after_two_gatherings_is_neither(extract):
    text = ("Delegates walk out.\n\nDelegates left the Western Farmers Convention and the Eastern Growers "
            "Convention on Monday. According to reports from the convention, dozens walked out.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "the convention" not in found["Western Farmers Convention"]
    assert "the convention" not in found["Eastern Growers Convention"]


def test_the_school_is_the_one_university_named_before(extract):
    text = ("Campus review.\n\nAlma Fitch leads Dunmore University, which faces a review of its budget. The school "
            "declined to comment on Tuesday.")
    assert "school" in mentions_by_name(extract(text, published=PUBLISHED))["Dunmore University"]


def test_the_school_after_two_universities_is_neither(extract):
    text = ("Campus review.\n\nDunmore University and Fairview University face a review of their budgets. The school "
            "declined to comment on Tuesday.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "school" not in found["Dunmore University"] and "school" not in found["Fairview University"]
