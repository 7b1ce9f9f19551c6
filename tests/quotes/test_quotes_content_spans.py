"""Content spans of reported speech (branch attr20; rules from content-span errors of PolNeAR's
dev split and train-dev half), each tested on sentences of our own."""

from __future__ import annotations

PUBLISHED = "2025-11-20"


def _contents(extract, text: str) -> list[str]:
    return [q.content.text for q in extract(text, published=PUBLISHED).quotes]


# --------------------------------------------- a second "that" clause holding a cue of its own

def test_that_conjunct_with_a_cue_verb_stays_in_the_content(extract):
    contents = _contents(extract, "The sheriff said neighbours heard a shot and that deputies found a car nearby.")
    assert "neighbours heard a shot and that deputies found a car nearby" in contents


def test_that_conjunct_holding_a_reported_clause_stays_in_the_content(extract):
    contents = _contents(extract, 'Mayor Ann Lee said the report was "unfair" and that the video did not show what happened.')
    assert any(c.startswith("the report was") and c.endswith("what happened") for c in contents)


def test_a_second_speakers_clause_still_ends_the_content(extract):
    contents = _contents(extract, "The governor said he would sign the bill, but critics said it was too weak.")
    assert "he would sign the bill" in contents
    assert "it was too weak" in contents


# --------------------------------------------- a conjunction opening the reporter's sentence

def test_conjunction_opening_an_interposed_attribution_is_not_said(extract):
    contents = _contents(extract, "The council met on Monday. But the plan, the mayor said, will fail.")
    assert any(c.startswith("the plan") and c.endswith("will fail") for c in contents)


def test_conjunction_opening_a_clause_before_the_attribution_is_not_said(extract):
    contents = _contents(extract, "The council met on Monday. And the town is broke, the mayor said.")
    assert "the town is broke" in contents


def test_conjunction_inside_a_quotation_is_kept(extract):
    contents = _contents(extract, '"We tried hard. But it failed," she said.')
    assert any("But it failed" in c for c in contents)


# --------------------------------------------- the reporter's gloss closing a noun-phrase content

def test_relative_clause_closing_an_object_content_is_the_reporters(extract):
    assert "the cost of the new bridge" in _contents(extract, "The mayor cited the cost of the new bridge, which opened in 1990.")


def test_where_clause_closing_an_object_content_is_the_reporters(extract):
    assert "a close race in the county" in _contents(extract, "The mayor predicted a close race in the county, where 40,000 people vote.")


def test_name_in_apposition_to_an_object_content_stays(extract):
    contents = _contents(extract, "The mayor praised the author of the plan, Ann Lee, who retired in May.")
    assert "the author of the plan, Ann Lee" in contents


def test_gloss_holding_a_quotation_mark_and_a_list_stay(extract):
    assert any(c.endswith('"a scandal"') for c in _contents(
        extract, 'The mayor cited the cost of the new bridge, which she called "a scandal".'))
    assert "the rents, the fares and the taxes" in _contents(extract, "The mayor cited the rents, the fares and the taxes.")
