"""Ability and obligation are no acts (issue 14, the tenth audit's #2, #13, #18): what a party can,
must or is able to do is a power, a duty or a leave, not an act done. Sentences written for these
tests; the rule is also checked on hand-built parses."""

from __future__ import annotations

from newsevents.components.events import _not_done

PUBLISHED = "2023-05-02"


def test_a_power_or_a_duty_told_with_a_modal_is_no_act(build_doc, cues):
    heads, deps = [1, 3, 3, 3, 5, 3], ["det", "nsubj", "aux", "ROOT", "det", "dobj"]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"]
    tags = ["DT", "NN", "MD", "VB", "DT", "NN"]
    for modal in ("can", "must"):
        doc = build_doc(f"the senate {modal} veto the budget", heads=heads, deps=deps, pos=pos, tags=tags)
        assert _not_done(doc[3], cues), modal
    doc = build_doc("the senate will veto the budget", heads=heads, deps=deps, pos=pos, tags=tags)
    assert not _not_done(doc[3], cues)  # a future act stays (modality future)


def test_an_ability_is_no_act_but_one_used_in_the_past_is(build_doc, cues):
    heads = [1, 3, 3, 3, 3, 6, 4, 8, 6]
    deps = ["det", "nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "det", "dobj"]
    pos = ["DET", "NOUN", "AUX", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN"]
    doc = build_doc("the rebels will be able to reach the capital", heads=heads, deps=deps, pos=pos,
                    tags=["DT", "NNS", "MD", "VB", "JJ", "TO", "VB", "DT", "NN"])
    assert _not_done(doc[6], cues)
    doc = build_doc("the rebels were able to reach the capital", heads=[1, 2, 2, 2, 5, 3, 7, 5],
                    deps=["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN"],
                    tags=["DT", "NNS", "VBD", "JJ", "TO", "VB", "DT", "NN"])
    assert not _not_done(doc[5], cues)


def test_powers_and_duties_give_no_event_in_a_sentence(events_of):
    text = "The assembly, which can veto any treaty, must now ratify the border accord with Norland."
    assert not [e for e in events_of(text) if e.trigger.text in ("veto", "ratify")]
    assert not events_of("Under the new rules only licensed ferries will be able to serve the island ports.")
    # the same acts told as done stay events
    done = events_of("The assembly vetoed the treaty with Norland.")
    assert [e.event for e in done if e.trigger.text == "vetoed"] == ["REJECT"]
