"""Ordinary senses of event words in news not about politics (issue 14, session 17, brief spur17;
eventcoding/senses_ordinary.py). Each rule on a hand-built Doc of our own with a negative (the event sense
still codes), then whole sentences of our own (none from a data set, from the BBC articles whose event
sentences were judged, or from phrasings_heldout22.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import senses_ordinary as so
from newsevents.record import Party

PUBLISHED = "2016-06-15"


def _party(text: str, country: str | None = None, sector: list[str] | None = None) -> Party:
    return Party(text=text, country=country, sector=sector or [])


# -- out of a contest -------------------------------------------------------------------------------------


def test_a_player_out_of_a_tournament_is_no_retreat_and_a_state_out_of_the_games_is(build_doc, cues) -> None:
    doc = build_doc("The striker pulled out of the cup", heads=[1, 2, 2, 2, 3, 6, 4],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
                    lemmas=["the", "striker", "pull", "out", "of", "the", "cup"])
    assert so.withdrawn_from_contest(doc[2], "RETREAT", [_party("The striker")], [doc[1]], cues)
    doc = build_doc("Kenya withdrew from the race", heads=[1, 1, 1, 4, 2],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["PROPN", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["Kenya", "withdraw", "from", "the", "race"], ents=["B-GPE", "O", "O", "O", "O"])
    assert not so.withdrawn_from_contest(doc[1], "RETREAT", [_party("Kenya", "KEN")], [doc[0]], cues)
    doc = build_doc("The ministry withdrew from the tournament", heads=[1, 2, 2, 2, 5, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["the", "ministry", "withdraw", "from", "the", "tournament"])
    assert not so.withdrawn_from_contest(doc[2], "RETREAT", [_party("The ministry", "GBR", ["GOV"])], [doc[1]], cues)


def test_troops_out_of_a_town_are_no_contest(build_doc, cues) -> None:
    doc = build_doc("Troops withdrew from the town", heads=[1, 1, 1, 4, 2],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["troop", "withdraw", "from", "the", "town"])
    assert not so.withdrawn_from_contest(doc[1], "RETREAT", [_party("Troops")], [doc[0]], cues)


# -- "killed it" -------------------------------------------------------------------------------------------


def test_killed_it_is_an_idiom_and_killed_him_is_not(build_doc, cues) -> None:
    doc = build_doc("The band killed it", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON"], lemmas=["the", "band", "kill", "it"])
    assert so.killed_it(doc[2], "ASSAULT", cues)
    doc = build_doc("The gunman killed him", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON"], lemmas=["the", "gunman", "kill", "he"])
    assert not so.killed_it(doc[2], "ASSAULT", cues)
    doc = build_doc("The rebels destroyed it", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON"], lemmas=["the", "rebel", "destroy", "it"])
    assert not so.killed_it(doc[2], "ASSAULT", cues)  # a town or a base may be "it"


# -- a gadget banned ---------------------------------------------------------------------------------------


def test_a_ban_on_phones_is_a_house_rule_and_a_ban_on_chinese_steel_imports_is_not(build_doc, cues) -> None:
    doc = build_doc("The school banned phones", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "school", "ban", "phone"])
    assert so.gadget_banned(doc[2], "COERCE", cues)
    doc = build_doc("Britain banned Chinese phones", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "amod", "dobj"],
                    pos=["PROPN", "VERB", "ADJ", "NOUN"], lemmas=["Britain", "ban", "chinese", "phone"],
                    ents=["B-GPE", "O", "B-NORP", "O"])
    assert not so.gadget_banned(doc[1], "SANCTION", cues)
    doc = build_doc("The court banned the group", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["the", "court", "ban", "the", "group"])
    assert not so.gadget_banned(doc[2], "COERCE", cues)


# -- a firm's own investigation ------------------------------------------------------------------------------


def test_a_firms_investigations_at_a_field_are_a_survey_and_into_its_chief_are_not(build_doc, cues) -> None:
    doc = build_doc("The firm made investigations at the field", heads=[1, 2, 2, 2, 3, 6, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "firm", "make", "investigation", "at", "the", "field"])
    firm = [_party("The firm", "IRL", ["BUS"])]
    assert so.firm_survey(doc[3], "ACCUSE", firm, [], cues)
    doc = build_doc("The firm began an investigation into fraud", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "firm", "begin", "an", "investigation", "into", "fraud"])
    assert not so.firm_survey(doc[4], "ACCUSE", firm, [], cues)
    doc = build_doc("The police made investigations at the field", heads=[1, 2, 2, 2, 3, 6, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "police", "make", "investigation", "at", "the", "field"])
    assert not so.firm_survey(doc[3], "ACCUSE", [_party("The police", "IRL", ["COP"])], [], cues)


# -- whole sentences of our own -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Russian champion Maria Petrova withdrew from the tournament in Madrid because of injury.",
    "The British runner Tom Hale pulled out of the London Marathon with a knee injury.",
    "The rapper killed it on stage in Manchester on Saturday.",
    "The German carmaker Vexwagen and the British Foreign Office banned camera phones from their offices.",
    "The Irish mining company Vexgas will carry out further investigations at the new field off Ireland.",
    "Critics complain that the remakes of classic shows do not match the originals.",
    "The British network ITV has plundered the nation's youth for its new season.",
])
def test_ordinary_senses_code_no_event(events_of, text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize("text,kind", [
    ("Russia withdrew from the Olympic Games in protest at the invasion.", "RETREAT"),
    ("French troops withdrew from the town of Gao on Friday.", "RETREAT"),
    ("A gunman killed him outside the bar in Dallas.", "ASSAULT"),
    ("Britain banned imports of Chinese steel last month.", "SANCTION"),
    ("The Irish bank Vexbank launched an investigation into its former chief executive.", "ACCUSE"),
])
def test_the_event_senses_stay(events_of, text: str, kind: str) -> None:
    assert kind in {e.event for e in events_of(text)}
