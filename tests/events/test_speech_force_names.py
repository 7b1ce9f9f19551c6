"""Whether a sentence names a weapon or a harm (eventcoding/speech_force.py's ``_names_force``), a
weapon word that only names a topic of policy left out, and the order of the tests of
``visits_threats.words_idiom``; sentences written for this file, with hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding import visits_threats
from newsevents.eventcoding.speech_force import _names_force


def test_a_weapon_used_is_named(build_doc, cues) -> None:
    doc = build_doc("Youths attacked a guard with a knife",
                    heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert _names_force(doc[:], cues)


def test_a_weapon_word_naming_a_policy_is_no_weapon(build_doc, cues) -> None:
    doc = build_doc("The senator criticised new gun laws",
                    heads=[1, 2, 2, 5, 5, 2], deps=["det", "nsubj", "ROOT", "amod", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "ADJ", "NOUN", "NOUN"])
    assert not _names_force(doc[:], cues)


def test_a_weapon_word_before_an_attack_is_a_weapon(build_doc, cues) -> None:
    doc = build_doc("The senator condemned the gun attack",
                    heads=[1, 2, 2, 5, 5, 2], deps=["det", "nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"])
    assert _names_force(doc[:], cues)


def test_a_force_idiom_needs_its_particle_and_at_phrase_whatever_the_sentence_names(build_doc, cues) -> None:
    # no particle: not the idiom, though the sentence names a knife
    doc = build_doc("Officials hit at rebels with knives",
                    heads=[1, 1, 1, 2, 1, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN"])
    assert not visits_threats.words_idiom(doc[1], doc[:], cues)
