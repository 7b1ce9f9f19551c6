"""An attack noun of persons with no one attacked, in a sentence of a race or of speech (events42, session 38;
eventcoding/contest_attacks.py ``attacks_without_target``): a way of campaigning ("moderate his attacks"), no
event. A target named, a weapon, an armed side, or a sentence with no race or speech word keep the rule out.
Sentences written for these tests; the rule is checked on hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.contest_attacks import attacks_without_target
from newsevents.record import Party

PUBLISHED = "2019-04-02"

_HIS = Party(entity="e1", text="his", country="USA", sector=[])


def _doc(build_doc, first: str = "Voters", first_lemma: str = "voter", tail: bool = False):
    # "<Voters> asked him to soften his attacks [on her]"
    words = [first, "asked", "him", "to", "soften", "his", "attacks"] + (["on", "her"] if tail else [])
    return build_doc(" ".join(words), heads=[1, 1, 1, 4, 1, 6, 4] + ([6, 7] if tail else []),
                     deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "poss", "dobj"] + (["prep", "pobj"] if tail else []),
                     pos=["NOUN", "VERB", "PRON", "PART", "VERB", "PRON", "NOUN"] + (["ADP", "PRON"] if tail else []),
                     tags=["NNS", "VBD", "PRP", "TO", "VB", "PRP$", "NNS"] + (["IN", "PRP"] if tail else []),
                     lemmas=[first_lemma, "ask", "he", "to", "soften", "his", "attack"] + (["on", "she"] if tail else []))


def _rule(doc, cues, actor=(_HIS,), recipient=(), weapon: bool = False) -> bool:
    return attacks_without_target(doc[6], "ASSAULT", weapon, list(actor), list(recipient), [doc[5]], doc[:],
                                  lambda t: False, cues)


def test_attacks_of_a_candidate_with_no_target_are_no_event(build_doc, cues) -> None:
    assert _rule(_doc(build_doc), cues)


def test_a_target_a_weapon_or_an_armed_side_keep_the_attack(build_doc, cues) -> None:
    assert not _rule(_doc(build_doc, tail=True), cues)  # "... his attacks on her": words_between_candidates
    assert not _rule(_doc(build_doc), cues, recipient=[Party(entity="e2", text="her", country="USA")])
    assert not _rule(_doc(build_doc), cues, weapon=True)
    assert not _rule(_doc(build_doc), cues, actor=[Party(entity="e1", text="his", country="USA", sector=["MIL"])])


def test_no_race_or_speech_word_no_rule(build_doc, cues) -> None:
    # "Villagers asked him to soften his attacks": nothing tells a campaign
    assert not _rule(_doc(build_doc, "Villagers", "villager"), cues)
