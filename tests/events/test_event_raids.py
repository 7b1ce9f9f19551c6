"""Raids, searches and swoops (issue 14, the ninth audit's #29 and the tenth's #19): by the
state's agents they are COERCE (seizure, CAMEO 17x), by anyone else ASSAULT; an event noun in a
time phrase takes the doer its stray "by"-phrase names. Sentences written for these tests; the
rules are also checked on hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.raids import raid_type, stray_phrases
from newsevents.record import Party

PUBLISHED = "2023-05-02"


def _party(text: str, sector: list[str]) -> Party:
    return Party(entity="e1", text=text, country=None, sector=sector)


def test_a_raid_by_the_states_agents_is_coercion_by_gunmen_violence(build_doc, cues):
    doc = build_doc("officers raided the depot", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["officer", "raid", "the", "depot"])
    assert raid_type(doc[1], "ASSAULT", [_party("officers", [])], [doc[0]], cues) == "COERCE"
    assert raid_type(doc[1], "ASSAULT", [_party("the ministry", ["GOV"])], [doc[0]], cues) == "COERCE"
    doc = build_doc("gunmen raided the depot", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["gunman", "raid", "the", "depot"])
    assert raid_type(doc[1], "ASSAULT", [_party("gunmen", [])], [doc[0]], cues) == "ASSAULT"
    assert raid_type(doc[1], "ASSAULT", [_party("the rebels", ["REB"])], [doc[0]], cues) == "ASSAULT"


def test_a_search_is_an_act_only_by_the_states_agents(build_doc, cues):
    doc = build_doc("she searched the flat", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN"], lemmas=["she", "search", "the", "flat"])
    assert raid_type(doc[1], "COERCE", [_party("she", [])], [doc[0]], cues) is None
    assert raid_type(doc[1], "COERCE", [_party("the army", ["MIL"])], [doc[0]], cues) == "COERCE"
    doc_raid = build_doc("troops raided the village", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                         pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["troop", "raid", "the", "village"])
    assert raid_type(doc_raid[1], "ASSAULT", [_party("troops", ["MIL"])], [doc_raid[0]], cues) == "ASSAULT"
    # another trigger keeps its type
    doc = build_doc("officers stormed the depot", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["officer", "storm", "the", "depot"])
    assert raid_type(doc[1], "ASSAULT", [_party("officers", [])], [doc[0]], cues) == "ASSAULT"


def test_a_noun_in_a_time_phrase_takes_the_stray_by_phrase_as_its_doer(build_doc, cues):
    # the parse hangs "on dealers" and "by customs" on "faced", as the model does
    doc = build_doc("three men faced trial following raids on dealers by customs",
                    heads=[1, 2, 2, 2, 3, 4, 2, 6, 2, 8],
                    deps=["nummod", "nsubj", "ROOT", "dobj", "acl", "dobj", "prep", "pobj", "prep", "pobj"],
                    pos=["NUM", "NOUN", "VERB", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN"])
    found = stray_phrases(doc[5], ("on", "against"), cues)
    assert found is not None
    doers, targets = found
    assert [t.text for t in doers] == ["customs"]
    assert [t.text for t in targets] == ["dealers"]
    # a "by"-phrase of a passive verb is that verb's own agent: the noun gets no doer from it
    doc = build_doc("the trial was ordered following raids by customs",
                    heads=[1, 3, 3, 3, 3, 4, 3, 6],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"])
    assert stray_phrases(doc[5], ("on", "against"), cues) is None
    # a noun not in a time phrase is left to the other rules
    doc = build_doc("customs announced raids on dealers", heads=[1, 1, 1, 2, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN"])
    assert stray_phrases(doc[2], ("on", "against"), cues) is None


def _only(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.event, e.trigger.text) for e in events]
    return found[0]


def test_raids_by_police_and_agents_are_coercion_with_the_raided_party(events_of):
    event = _only(events_of("Federal agents raided the offices of the Norland Shipping Company on Monday."), "raided")
    assert (event.event, event.mode, event.cameo) == ("COERCE", ["seize"], "17")
    assert [p.text for p in event.recipient] == ["the Norland Shipping Company"]
    event = _only(events_of("The raids on suspected forgers by the police began at dawn."), "raids")
    assert event.event == "COERCE"
    assert [p.text for p in event.actor] == ["the police"]
    assert [p.text for p in event.recipient] == ["suspected forgers"]


def test_raids_by_gunmen_stay_assaults(events_of):
    event = _only(events_of("Gunmen raided a village in the north of the province on Sunday."), "raided")
    assert event.event == "ASSAULT"
    assert [p.text for p in event.actor] == ["Gunmen"]


def test_a_private_search_is_no_event(events_of):
    assert not [e for e in events_of("The old man searched the house for his glasses.") if e.trigger.text == "searched"]
