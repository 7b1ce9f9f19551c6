"""The rows of a word that need an object the trigger does not name are skipped untested
(eventcoding/lexicon.py's ``match_entry``): the row found is the one the full walk finds, on
invented rows and hand-built parses."""

from __future__ import annotations

import pytest

from newsevents.actors import actor_dictionary
from newsevents.eventcoding import lexicon
from newsevents.eventcoding.lexicon import Entry, condition_holds, match_entry, parse_conditions

ACTORS = actor_dictionary()


def _entry(needs: str, event: str) -> Entry:
    return Entry(pos="VERB", lemma="open", conditions=parse_conditions(needs), event=event, mode=None,
                 cameo="", frame="std", recipient_preps=frozenset(), negated=None)


def _full_walk(token, rows):
    """The first row all of whose conditions hold, every row tested in turn (no index)."""
    for entry in rows:
        consumed, ok = None, True
        for condition in entry.conditions:
            result = condition_holds(token, condition, ACTORS)
            if bool(result) == condition.negated:
                ok = False
                break
            if condition.kind == "obj" and not condition.negated and not isinstance(result, bool):
                consumed = result
        if ok:
            return entry, consumed
    return None


@pytest.fixture
def opened(build_doc):
    # "The mayor opened talks with the farmers": "opened" takes the object "talks"
    return build_doc("The mayor opened talks with the farmers", heads=[1, 2, 2, 2, 2, 6, 4],
                     deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                     pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                     lemmas=["the", "mayor", "open", "talk", "with", "the", "farmer"])


@pytest.fixture
def opened_alone(build_doc):
    # "The shop opened on Monday": no object at all
    return build_doc("The shop opened on Monday", heads=[1, 2, 2, 2, 3],
                     deps=["det", "nsubj", "ROOT", "prep", "pobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "PROPN"])


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    tested = lexicon.condition_holds

    def counting(token, condition, actors, facts=None):
        calls.append(f"{'!' if condition.negated else ''}{condition.kind}:{'|'.join(sorted(condition.words))}")
        return tested(token, condition, actors, facts)

    monkeypatch.setattr(lexicon, "condition_holds", counting)
    return calls


ROWS = ["obj:fire", "obj:talk prep:about", "!obj:door prep:with", "obj:negotiation|talk prep:with", "prep:on", "-"]


def test_rows_needing_an_object_not_named_are_not_tested(opened, counted) -> None:
    rows = [_entry(needs, f"E{n}") for n, needs in enumerate(ROWS)]
    found = match_entry(opened[2], {("VERB", "open"): rows}, ACTORS)
    assert found is not None and found[0] is rows[2] and found[1] is None  # "with", and no door opened
    # "obj:fire" never tested: no object is a fire; "obj:talk" holds, its "about" does not
    assert counted == ["obj:talk", "prep:about", "!obj:door", "prep:with"]


@pytest.mark.parametrize("dropped", range(len(ROWS)))
def test_the_row_found_is_the_full_walks(opened, opened_alone, dropped) -> None:
    rows = [_entry(needs, f"E{n}") for n, needs in enumerate(ROWS) if n != dropped]
    for token in (opened[2], opened_alone[2]):
        assert match_entry(token, {("VERB", "open"): rows}, ACTORS) == _full_walk(token, rows)


def test_an_object_row_consumes_the_object_it_names(opened) -> None:
    rows = [_entry("obj:fire", "A"), _entry("obj:negotiation|talk", "B"), _entry("-", "C")]
    found = match_entry(opened[2], {("VERB", "open"): rows}, ACTORS)
    assert found is not None and found[0] is rows[1] and found[1].i == 3


def test_without_an_object_only_rows_needing_none_are_tested(opened_alone, counted) -> None:
    rows = [_entry("obj:fire", "A"), _entry("obj:talk", "B"), _entry("prep:on", "C")]
    found = match_entry(opened_alone[2], {("VERB", "open"): rows}, ACTORS)
    assert found is not None and found[0] is rows[2]
    assert counted == ["prep:on"]
