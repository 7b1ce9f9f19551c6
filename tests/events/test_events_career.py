"""A club's dealings with its own players (contracts, transfer talks, sackings, a sport's bans) and a
generic claim that one kind of player will never beat another are no PLOVER events; the state's acts
on a sport, and force, stay events (texts and parses written for these tests)."""

from __future__ import annotations

import pytest

import newsevents.components.events as events_module
from newsevents.components.events import Draft, _career_matter, _club_names, _generic_contest
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party

PUBLISHED = "2024-03-02"

CAREER_STORIES = [
    # a contract offered by a club (two sport words in the article: club, coach)
    "Tom Vale has been offered a new deal by the Yorkshire club, his agent said on Monday. The 24-year-old "
    "moved from Spain two years ago and still lives near the training ground with his coach.",
    # transfer talks, and a meeting with the club's people
    "Former Rovers striker Sam Ode is to begin talks with City as he looks for a new home. He will meet "
    "senior people of the club on Friday, his agent said.",
]


def _without_rule(monkeypatch) -> None:
    monkeypatch.setattr(events_module, "SPORT_LEANING_DISTINCT", 10**9)


@pytest.mark.parametrize("text", CAREER_STORIES)
def test_a_clubs_dealings_with_its_players_are_no_event(extract, monkeypatch, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []
    _without_rule(monkeypatch)  # the stories do code AGREE/CONSULT without the rule: the rule removes them
    assert {e.event for e in extract(text, published=PUBLISHED).events} & {"AGREE", "CONSULT"}


@pytest.mark.parametrize(("text", "event"), [
    ("The sports minister banned the national football team from the league after a match-fixing scandal. "
     "The coach said the players were angry.", "COERCE"),
    ("Police arrested the Rovers striker after a fight outside the stadium. The coach said the club would "
     "support him.", "COERCE"),
    ("A team of UN inspectors met Iraqi officials in Baghdad on Monday to discuss the weapons programme. Later "
     "the inspectors watched a football match in the city with their hosts and the Iraqi ministers.", "CONSULT"),
])
def test_the_states_acts_on_a_sport_and_politics_near_sport_stay_events(extract, text: str, event: str) -> None:
    assert [e.event for e in extract(text, published=PUBLISHED).events] == [event]


def test_a_name_set_before_a_sport_word_is_a_club(build_doc) -> None:
    doc = build_doc("The former Rovers striker joined Acme Bank", heads=[3, 3, 3, 4, 4, 6, 4],
                    deps=["det", "amod", "compound", "nsubj", "ROOT", "compound", "dobj"],
                    pos=["DET", "ADJ", "PROPN", "NOUN", "VERB", "PROPN", "PROPN"],
                    lemmas=["the", "former", "Rovers", "striker", "join", "Acme", "Bank"])
    assert _club_names(doc, load_cues()) == {"rovers"}  # "Acme" qualifies a name, no sport word


def _beat_draft(build_doc, sentence: str, *, modality: str, tags: list[str], lemmas: list[str]) -> Draft:
    # "The strongest girls are never going to beat the strongest boys [with knives]"
    extra = len(sentence.split()) > 11
    heads = [2, 2, 5, 5, 5, 5, 7, 5, 10, 10, 7] + ([7, 11] if extra else [])
    deps = ["det", "amod", "nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "det", "amod", "dobj"] \
        + (["prep", "pobj"] if extra else [])
    pos = ["DET", "ADJ", "NOUN", "AUX", "PART", "VERB", "PART", "VERB", "DET", "ADJ", "NOUN"] \
        + (["ADP", "NOUN"] if extra else [])
    doc = build_doc(sentence, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    side = Party(text="girls", country="GBR")
    return Draft(event="ASSAULT", entry=None, trigger=doc[7], sentence=doc[:], sentence_index=0,
                 modality=modality, actor=[side], recipient=[Party(text="boys", country="GBR")],
                 actor_tokens=[doc[2]], recipient_tokens=[doc[10]], mode=["beat"])


_SENTENCE = "The strongest girls are never going to beat the strongest boys"
_TAGS = ["DT", "JJS", "NNS", "VBP", "RB", "VBG", "TO", "VB", "DT", "JJS", "NNS"]
_LEMMAS = ["the", "strong", "girl", "be", "never", "go", "to", "beat", "the", "strong", "boy"]


def test_one_kind_of_player_never_beating_another_is_no_attack(build_doc) -> None:
    cues = load_cues()
    assert _generic_contest(_beat_draft(build_doc, _SENTENCE, modality="negated", tags=_TAGS, lemmas=_LEMMAS), cues)
    # told as done, it is a beating between groups: the rule keeps it
    assert not _generic_contest(_beat_draft(build_doc, _SENTENCE, modality="asserted", tags=_TAGS, lemmas=_LEMMAS),
                                cues)
    # a weapon keeps it too
    armed = _beat_draft(build_doc, _SENTENCE + " with knives", modality="future", tags=_TAGS + ["IN", "NNS"],
                        lemmas=_LEMMAS + ["with", "knife"])
    assert not _generic_contest(armed, cues)
    # one person (a singular noun) is no kind of player
    named = _TAGS[:2] + ["NN"] + _TAGS[3:]
    assert not _generic_contest(_beat_draft(build_doc, _SENTENCE, modality="negated", tags=named, lemmas=_LEMMAS),
                                cues)


def test_a_clubs_name_coded_as_its_citys_government_is_still_the_club(build_doc) -> None:
    # "Granada agreed a deal for the winger": a club named after its city may be coded as the city's
    # government; a name the article sets before a sport word is the club, whose deal is no event
    doc = build_doc("Granada agreed a deal for the winger", heads=[1, 1, 3, 1, 3, 6, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["Granada", "agree", "a", "deal", "for", "the", "winger"])
    draft = Draft(event="AGREE", entry=None, trigger=doc[1], sentence=doc[:], sentence_index=0, modality="asserted",
                  actor=[Party(text="Granada", country="ESP", sector=["GOV"])], recipient=[],
                  actor_tokens=[doc[0]], recipient_tokens=[], mode=[])
    cues = load_cues()
    assert _career_matter(draft, cues, {"granada"})
    assert not _career_matter(draft, cues, set())  # the city's government agreeing a deal stays an event
