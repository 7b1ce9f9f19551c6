"""A predicate noun phrase names no doer of its own: in "X were not the only N doing Y" the subject X does it
(targets31; eventcoding/arguments.py). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.arguments import predicate_subject

PUBLISHED = "2016-03-15"


def test_the_subject_of_the_copula_is_the_one_the_predicate_names(build_doc) -> None:
    doc = build_doc("Tate was the only candidate attacking Stone .", heads=[1, 1, 4, 4, 1, 4, 5, 1],
                    deps=["nsubj", "ROOT", "det", "amod", "attr", "acl", "dobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                    lemmas=["Tate", "be", "the", "only", "candidate", "attack", "Stone", "."])
    assert [t.text for t in predicate_subject(doc[4])] == ["Tate"]
    assert predicate_subject(doc[6]) == []  # an object is no predicate


def test_a_cleft_keeps_the_predicate(build_doc) -> None:
    doc = build_doc("It was the rebels who attacked .", heads=[1, 1, 3, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "det", "attr", "nsubj", "relcl", "punct"],
                    pos=["PRON", "AUX", "DET", "NOUN", "PRON", "VERB", "PUNCT"],
                    lemmas=["it", "be", "the", "rebel", "who", "attack", "."])
    assert predicate_subject(doc[3]) == []


def test_pipeline_not_the_only_candidates_flinging_attacks(events_of) -> None:
    events = [e for e in events_of("Senator Jim Tate and Governor Al Stone traded barbs on Monday. Tate and Stone "
                                   "weren't the only candidates flinging personal attacks.") if e.trigger.text == "attacks"]
    assert events
    assert any(a.text == "Tate" for a in events[0].actor)
    assert all("candidates" not in a.text for e in events for a in e.actor)
