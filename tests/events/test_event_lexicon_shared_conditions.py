"""A word's lexicon rows that share a condition (eventcoding/lexicon.py's ``match_entry``): the
condition is tested once per call and every row still reads its answer, on invented rows and a
hand-built parse."""

from __future__ import annotations

import pytest

from newsevents.actors import actor_dictionary
from newsevents.eventcoding import lexicon
from newsevents.eventcoding.lexicon import Entry, match_entry, parse_conditions

ACTORS = actor_dictionary()


def _entry(needs: str, event: str) -> Entry:
    return Entry(pos="VERB", lemma="settle", conditions=parse_conditions(needs), event=event, mode=None,
                 cameo="", frame="std", recipient_preps=frozenset(), negated=None)


@pytest.fixture
def doc(build_doc):
    # "The unions settled on a deal": "settled" takes "on a deal"; it has no direct object
    return build_doc("The unions settled on a deal", heads=[1, 2, 2, 2, 5, 3],
                     deps=["det", "nsubj", "ROOT", "prep", "det", "pobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                     lemmas=["the", "union", "settle", "on", "a", "deal"])


@pytest.fixture
def counted(monkeypatch):
    calls: list[tuple[int, str]] = []
    tested = lexicon.condition_holds

    def counting(token, condition, actors, facts=None):
        calls.append((token.i, f"{'!' if condition.negated else ''}{condition.kind}:{'|'.join(sorted(condition.words))}"))
        return tested(token, condition, actors, facts)

    monkeypatch.setattr(lexicon, "condition_holds", counting)
    return calls


def test_a_shared_condition_is_tested_once_and_read_by_each_row(doc, counted) -> None:
    rows = [_entry("prep:on pobj:strike", "CONCEDE"),  # the preposition holds, the "on"-object fails
            _entry("prep:on pobj:deal", "AGREE")]  # the same preposition, then the "on"-object holds
    table = {("VERB", "settle"): rows}
    assert rows[0].conditions[0] is rows[1].conditions[0]  # equal cells make one condition
    found = match_entry(doc[2], table, ACTORS)
    assert found is not None and found[0] is rows[1]
    assert counted == [(2, "prep:on"), (2, "pobj:strike"), (2, "pobj:deal")]


def test_a_shared_negated_condition_stops_every_row_that_has_it(doc, counted) -> None:
    rows = [_entry("prep:on !pobj:deal", "CONCEDE"), _entry("!pobj:deal", "REJECT"), _entry("prep:on", "AGREE")]
    found = match_entry(doc[2], {("VERB", "settle"): rows}, ACTORS)
    assert found is not None and found[0] is rows[2]  # "on a deal": both negated rows fail
    assert counted == [(2, "prep:on"), (2, "!pobj:deal")]


def test_no_row_holds(doc, counted) -> None:
    rows = [_entry("prep:against", "ACCUSE"), _entry("prep:against obj:claim", "REJECT")]
    assert match_entry(doc[2], {("VERB", "settle"): rows}, ACTORS) is None
    assert counted == [(2, "prep:against")]
