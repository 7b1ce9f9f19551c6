"""Attacks told as a clause's circumstance fall on the clause's subject (targets31; eventcoding/targets.py).
Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.targets import attacked_amid

PUBLISHED = "2016-03-15"


def _doc(build_doc, tail: list[str], heads: list[int], deps: list[str], pos: list[str]):
    words = ["The", "mayor", "pressed", "on", "amid", "attacks", "from", "councillors", *tail, "."]
    return build_doc(" ".join(words), heads=[1, 2, 2, 2, 2, 4, 5, 6, *heads, 2],
                     deps=["det", "nsubj", "ROOT", "prt", "prep", "pobj", "prep", "pobj", *deps, "punct"],
                     pos=["DET", "NOUN", "VERB", "ADP", "ADP", "NOUN", "ADP", "NOUN", *pos, "PUNCT"])


def test_the_subject_of_the_clause_is_the_one_attacked(build_doc, cues) -> None:
    doc = _doc(build_doc, [], [], [], [])
    clause = attacked_amid(doc[5], [doc[7]], "ACCUSE", cues.amid_prep)
    assert clause is not None and clause.i == 2


def test_an_attack_with_its_own_target_or_no_doer_is_left_alone(build_doc, cues) -> None:
    doc = _doc(build_doc, ["on", "schools"], [5, 8], ["prep", "pobj"], ["ADP", "NOUN"])
    assert attacked_amid(doc[5], [doc[7]], "ACCUSE", cues.amid_prep) is None  # "attacks ... on schools"
    doc = _doc(build_doc, [], [], [], [])
    assert attacked_amid(doc[5], [], "ACCUSE", cues.amid_prep) is None  # no doer named
    assert attacked_amid(doc[5], [doc[7]], "SUPPORT", cues.amid_prep) is None  # not an attack


def test_pipeline_the_governor_attacked_amid_attacks_from_a_party(events_of) -> None:
    events = [e for e in events_of("Governor Tom Ashby pressed on with the budget amid attacks from Democrats.")
              if e.event == "ACCUSE"]
    assert events
    assert [a.text for a in events[0].actor] == ["Democrats"]
    assert any("Ashby" in r.text for r in events[0].recipient)


def test_pipeline_an_infinitive_after_an_adjective_takes_the_main_subject(events_of) -> None:
    events = [e for e in events_of("Senator Lyle Brandt softened his tone, eager to show his loyalty amid attacks "
                                   "from Senator Dale Pruitt over trade.") if e.event == "ACCUSE"]
    assert events
    assert any("Brandt" in r.text for r in events[0].recipient)
