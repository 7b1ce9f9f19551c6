"""Officers of one body conferring ("huddled with other party leaders") is no act between parties
(the twenty-eighth US-news audit's class). Hand-built parses of sentences written for these tests."""

from __future__ import annotations

from newsevents.eventcoding.lexicon import Cues, load_cues
from newsevents.eventcoding.no_act import fellows_conferring

CUES = load_cues()


def _with(build_doc, modifier: str, compound: str):
    # "The chairman huddled with other party leaders"
    return build_doc(f"The chairman huddled with {modifier} {compound} leaders", heads=[1, 2, 2, 2, 6, 6, 3],
                     deps=["det", "nsubj", "ROOT", "prep", "amod", "compound", "pobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "NOUN"],
                     lemmas=["the", "chairman", "huddle", "with", modifier, compound, "leader"])


def test_fellow_officers_of_one_party_conferring_is_no_act(build_doc):
    doc = _with(build_doc, "other", "party")
    assert fellows_conferring("CONSULT", [doc[6]], CUES)
    assert not fellows_conferring("CONSULT", [doc[6]], Cues())  # read from the cue table


def test_other_world_leaders_are_other_parties(build_doc):
    assert not fellows_conferring("CONSULT", [_with(build_doc, "other", "world")[6]], CUES)
    assert not fellows_conferring("CONSULT", [_with(build_doc, "senior", "party")[6]], CUES)
