"""The events stage's cue words: each word list in one place, read by the rules that need it."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.components.events import _actor_like
from newsevents.eventcoding.lexicon import Cues, load_cues


def test_a_word_that_is_no_party_is_no_actor_either(build_doc):
    # "The firm committed itself to the deal": "itself" names nobody new
    doc = build_doc("itself", heads=[0], deps=["ROOT"], pos=["PRON"])
    actors = actor_dictionary()
    assert not _actor_like(doc[0], None, Cues(no_party={"itself"}), actors)
    assert not _actor_like(doc[0], None, Cues(not_actor_pronoun={"itself"}), actors)
    assert _actor_like(doc[0], None, Cues(), actors)
    assert not _actor_like(doc[0], None, load_cues(), actors)


def test_the_no_party_words_are_not_repeated_as_non_actor_pronouns():
    cues = load_cues()
    assert cues.no_party and cues.not_actor_pronoun
    assert not cues.no_party & cues.not_actor_pronoun


def test_the_sector_rules_read_their_sectors_from_the_cue_table():
    from newsevents.components.events import _armed, _at_home
    from newsevents.record import Party

    rebels, villagers = Party(text="rebels", sector=["REB"]), Party(text="villagers", sector=["CVL"])
    assert _armed([rebels], Cues(armed_sector={"reb"})) and not _armed([rebels], Cues())
    assert [p.country for p in _at_home([villagers], "NGA", Cues(domestic_sector={"cvl"}))] == ["NGA"]
    assert [p.country for p in _at_home([villagers], "NGA", Cues())] == [None]
    cues = load_cues()
    assert _armed([rebels], cues) and not _armed([villagers], cues)
    assert {"arrest", "deport"} <= cues.state_act


def test_scale_words_are_the_multipliers_of_the_number_table():
    cues = load_cues()
    assert {"m", "bn", "million", "trillion", "tn"} <= cues.scale
    assert not {"two", "dozen", "hundred"} & cues.scale
