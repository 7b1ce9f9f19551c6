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
    # the noun's "into" hung on its verb ("paid to end investigations into indecency") still names the matter
    doc = build_doc("The firm ended investigations into fraud", heads=[1, 2, 2, 2, 2, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "firm", "end", "investigation", "into", "fraud"])
    assert not so.firm_survey(doc[3], "ACCUSE", firm, [], cues)
    doc = build_doc("The police made investigations at the field", heads=[1, 2, 2, 2, 3, 6, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "police", "make", "investigation", "at", "the", "field"])
    assert not so.firm_survey(doc[3], "ACCUSE", [_party("The police", "IRL", ["COP"])], [], cues)


# -- force on a quantity; a win at a contest; a draw; a social occasion -----------------------------------


def _svp(build_doc, words: str, heads, deps, pos, lemmas, ents=None):
    return build_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_struggling_with_a_deficit_is_a_figure_and_with_the_guards_or_iran_is_not(build_doc, cues) -> None:
    doc = _svp(build_doc, "Spain struggled with a deficit", [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN"], ["Spain", "struggle", "with", "a", "deficit"])
    assert so.quantity_fought(doc[1], "ASSAULT", cues)
    # a common noun the parser joins from the next clause is no target; a name is
    doc = _svp(build_doc, "Spain struggled with a deficit and analysts", [1, 1, 1, 4, 2, 4, 4],
               ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN", "CCONJ", "NOUN"],
               ["Spain", "struggle", "with", "a", "deficit", "and", "analyst"])
    assert so.quantity_fought(doc[1], "ASSAULT", cues)
    doc = _svp(build_doc, "Spain struggled with a deficit and Iran", [1, 1, 1, 4, 2, 4, 4],
               ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN", "CCONJ", "PROPN"],
               ["Spain", "struggle", "with", "a", "deficit", "and", "Iran"])
    assert not so.quantity_fought(doc[1], "ASSAULT", cues)
    doc = _svp(build_doc, "Police struggled with the guards", [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN"], ["police", "struggle", "with", "the", "guard"])
    assert not so.quantity_fought(doc[1], "ASSAULT", cues)


def test_a_win_at_the_open_is_a_game_and_at_the_bridge_is_not(build_doc, cues) -> None:
    doc = _svp(build_doc, "Ruiz beat Neri at the Open", [1, 1, 1, 1, 5, 3], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
               ["PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN"], ["Ruiz", "beat", "Neri", "at", "the", "Open"])
    assert so.won_at_contest(doc[1], "ASSAULT", cues)
    doc = _svp(build_doc, "Troops beat the rebels at the bridge", [1, 1, 3, 1, 1, 6, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
               ["troop", "beat", "the", "rebel", "at", "the", "bridge"])
    assert not so.won_at_contest(doc[1], "ASSAULT", cues)


def test_meeting_a_seed_is_a_draw_and_meeting_a_minister_is_not(build_doc, cues) -> None:
    doc = _svp(build_doc, "She will meet sixth seed Chela", [2, 2, 2, 4, 5, 2],
               ["nsubj", "aux", "ROOT", "amod", "compound", "dobj"], ["PRON", "AUX", "VERB", "ADJ", "NOUN", "PROPN"],
               ["she", "will", "meet", "sixth", "seed", "Chela"])
    assert so.draw_meeting(doc[2], "CONSULT", cues)
    doc = _svp(build_doc, "She will meet the foreign minister", [2, 2, 2, 5, 5, 2],
               ["nsubj", "aux", "ROOT", "det", "amod", "dobj"], ["PRON", "AUX", "VERB", "DET", "ADJ", "NOUN"],
               ["she", "will", "meet", "the", "foreign", "minister"])
    assert not so.draw_meeting(doc[2], "CONSULT", cues)


def test_a_ball_attended_is_a_party_and_a_summit_is_not(build_doc, cues) -> None:
    doc = _svp(build_doc, "The director attends the Ball", [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "PROPN"], ["the", "director", "attend", "the", "Ball"])
    assert so.social_attended(doc[2], "CONSULT", cues)
    doc = _svp(build_doc, "The minister attended the summit", [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN"], ["the", "minister", "attend", "the", "summit"])
    assert not so.social_attended(doc[2], "CONSULT", cues)


# -- things asked for, works reviewed, a firm's trade halted, a view of anything --------------------------------


def test_prints_ordered_are_a_purchase_and_a_halt_ordered_is_a_request(build_doc, cues) -> None:
    doc = _svp(build_doc, "Customers ordered prints", [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"],
               ["customer", "order", "print"])
    assert so.thing_requested(doc[1], "REQUEST", cues)
    doc = _svp(build_doc, "China ordered a halt", [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN"], ["China", "order", "a", "halt"])
    assert not so.thing_requested(doc[1], "REQUEST", cues)


def test_the_quality_of_films_is_a_review_and_of_schools_is_not(build_doc, cues) -> None:
    words = "The actor criticised the quality of {}"
    kw = dict(heads=[1, 2, 2, 4, 2, 4, 5], deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"])
    doc = build_doc(words.format("films"), lemmas=["the", "actor", "criticise", "the", "quality", "of", "film"], **kw)
    assert so.quality_reviewed(doc[2], "ACCUSE", [], cues)
    doc = build_doc(words.format("schools"), lemmas=["the", "actor", "criticise", "the", "quality", "of", "school"], **kw)
    assert not so.quality_reviewed(doc[2], "ACCUSE", [], cues)


def test_a_firm_halting_its_sales_is_no_sanction_and_sales_to_iran_or_a_state_halting_are(build_doc, cues) -> None:
    firm = [_party("Vexmart", "USA", ["BUS"])]
    doc = _svp(build_doc, "Vexmart suspended gun sales", [1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"],
               ["PROPN", "VERB", "NOUN", "NOUN"], ["Vexmart", "suspend", "gun", "sale"])
    assert so.own_trade_halted(doc[1], "SANCTION", firm, [doc[0]], cues)
    doc = _svp(build_doc, "Vexmart suspended sales to Iran", [1, 1, 1, 2, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"],
               ["PROPN", "VERB", "NOUN", "ADP", "PROPN"], ["Vexmart", "suspend", "sale", "to", "Iran"])
    assert not so.own_trade_halted(doc[1], "SANCTION", firm, [doc[0]], cues)
    doc = _svp(build_doc, "Russia suspended gas supplies", [1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"],
               ["PROPN", "VERB", "NOUN", "NOUN"], ["Russia", "suspend", "gas", "supply"], ents=["B-GPE", "O", "O", "O"])
    assert not so.own_trade_halted(doc[1], "SANCTION", [_party("Russia", "RUS")], [doc[0]], cues)


def test_complaining_about_anything_is_no_view_and_about_the_ministry_is(build_doc, cues) -> None:
    kw = dict(heads=[2, 2, 2, 2, 3], deps=["nsubj", "neg", "ROOT", "prep", "pobj"])
    doc = build_doc("She never complained about anything", pos=["PRON", "ADV", "VERB", "ADP", "PRON"],
                    lemmas=["she", "never", "complain", "about", "anything"], **kw)
    assert so.view_of_anything(doc[2], "ACCUSE", cues)
    doc = build_doc("She often complained about ministers", pos=["PRON", "ADV", "VERB", "ADP", "NOUN"],
                    lemmas=["she", "often", "complain", "about", "minister"], **kw)
    assert not so.view_of_anything(doc[2], "ACCUSE", cues)


# -- whole sentences of our own -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Russian champion Maria Petrova withdrew from the tournament in Madrid because of injury.",
    "The British runner Tom Hale pulled out of the London Marathon with a knee injury.",
    "The rapper killed it on stage in Manchester on Saturday.",
    "The German carmaker Vexwagen and the British Foreign Office banned camera phones from their offices.",
    "The Irish mining company Vexgas will carry out further investigations at the new field off Ireland.",
    "Critics complain that the remakes of classic shows do not match the originals.",
    "The British network ITV has plundered the nation's youth for its new season.",
    "Veteran Spaniard Ana Ruiz came from a set down to beat Italian Paola Neri at the Qatar Open in Doha.",
    "The Spanish actor criticised the quality of Hollywood films.",
    "The American chain Vexmart has suspended gun sales in California.",
])
def test_ordinary_senses_code_no_event(events_of, text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize("text,kind", [
    ("Russia withdrew from the Olympic Games in protest at the invasion.", "RETREAT"),
    ("French troops withdrew from the town of Gao on Friday.", "RETREAT"),
    ("A gunman killed him outside the bar in Dallas.", "ASSAULT"),
    ("Britain banned imports of Chinese steel last month.", "SANCTION"),
    ("The Irish bank Vexbank launched an investigation into its former chief executive.", "ACCUSE"),
    ("Gazprom suspended gas supplies to Ukraine on Monday.", "SANCTION"),
    ("The British prime minister will meet the French president in Paris on Monday.", "CONSULT"),
    ("The Iraqi government requested a meeting with the UN envoy.", "REQUEST"),
    ("The Labour opposition criticised the quality of state schools.", "ACCUSE"),
    ("The US is struggling with the insurgents in Anbar.", "ASSAULT"),
])
def test_the_event_senses_stay(events_of, text: str, kind: str) -> None:
    assert kind in {e.event for e in events_of(text)}
