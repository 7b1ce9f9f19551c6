"""People leaving a fire, a flood or a crash are no RETREAT (eventcoding/emergencies.py; issue 14 item 3 carried over to
the types of movement): every doer private, no armed party, a mishap named in the passage and no attack, weapon or
intent. A state or a force that evacuates, and flight from fighting, stay. Sentences written for these tests; the rule
is checked on hand-built parses, and through the pipeline."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.emergencies import escape
from newsevents.record import Party

PUBLISHED = "2021-03-09"

_RESIDENTS = [Party(entity="e1", text="residents", country="USA", sector=["CVL"])]


def _after(build_doc, cause: str, cause_lemma: str):
    """ "After the <cause> , residents evacuated" """
    return rows_doc(build_doc, [("After", "after", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 2),
                                (cause, cause_lemma, "NOUN", "NN", "pobj", 0), (",", ",", "PUNCT", ",", "punct", 5),
                                ("residents", "resident", "NOUN", "NNS", "nsubj", 5),
                                ("evacuated", "evacuate", "VERB", "VBD", "ROOT", 5)])


def test_private_people_escaping_a_mishap_make_no_retreat(build_doc, cues) -> None:
    for cause in ("flood", "fire", "storm", "crash"):
        doc = _after(build_doc, cause, cause)
        assert escape(doc[5], "RETREAT", _RESIDENTS, False, cues), cause


def test_flight_from_attack_states_and_forces_stay(build_doc, cues) -> None:
    doc = _after(build_doc, "shelling", "shelling")  # no mishap: flight from force
    assert not escape(doc[5], "RETREAT", _RESIDENTS, False, cues)
    doc = _after(build_doc, "flood", "flood")
    state = [Party(entity="e2", text="the government", country="USA", sector=["GOV"])]
    assert not escape(doc[5], "RETREAT", state, False, cues)  # a state evacuates
    named_state = [Party(entity="e3", text="Ruritania", country="RUR", sector=[])]
    assert not escape(doc[5], "RETREAT", named_state, False, cues)  # a country's name with no sector is the state
    assert not escape(doc[5], "RETREAT", _RESIDENTS, True, cues)  # an armed party in the clause
    assert not escape(doc[5], "ASSAULT", _RESIDENTS, False, cues)  # another type is not asked


def test_the_mishap_may_be_told_a_sentence_before(build_doc, cues) -> None:
    # "The blaze spread . Residents evacuated ."
    doc = rows_doc(build_doc, [("The", "the", "DET", "DT", "det", 1), ("blaze", "blaze", "NOUN", "NN", "nsubj", 2),
                               ("spread", "spread", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2),
                               ("Residents", "resident", "NOUN", "NNS", "nsubj", 5),
                               ("evacuated", "evacuate", "VERB", "VBD", "ROOT", 5), (".", ".", "PUNCT", ".", "punct", 5)])
    assert escape(doc[5], "RETREAT", _RESIDENTS, False, cues)


def test_pipeline_residents_fleeing_a_flood(events_of) -> None:
    text = "Floods swept the valley in Ohio on Sunday. Thousands of American residents evacuated their homes."
    assert not [e for e in events_of(text) if e.event == "RETREAT"]
    text = "Shelling hit the valley in Ohio on Sunday. Thousands of American residents evacuated their homes."
    assert [e for e in events_of(text) if e.event == "RETREAT"]
