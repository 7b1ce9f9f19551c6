"""The ninth US-news audit's other senses of event words and mistaken doers (issue 14, session 16, brief
s16-senses16; eventcoding/senses_figurative.py). Each rule on a hand-built Doc of our own with a negative (the
event sense still codes), then a few whole sentences of our own (none from a data set, from the audit's
articles or from phrasings_heldout20.tsv)."""

from __future__ import annotations

from newsevents.eventcoding import senses_figurative as sn
from newsevents.record import Party

PUBLISHED = "2016-06-15"


def _party(text: str, country: str | None = None, sector: list[str] | None = None, entity: str | None = None) -> Party:
    return Party(entity=entity, text=text, country=country, sector=sector or [])


# -- a passage of a speech called an appeal ------------------------------------------------------------


def test_a_striking_appeal_worded_so_is_a_passage_and_an_appeal_to_congress_is_a_request(build_doc, cues) -> None:
    doc = build_doc("Her most striking appeal was worded simply", heads=[3, 2, 3, 5, 5, 5, 5],
                    deps=["poss", "advmod", "amod", "nsubjpass", "auxpass", "ROOT", "advmod"],
                    pos=["PRON", "ADV", "ADJ", "NOUN", "AUX", "VERB", "ADV"],
                    lemmas=["her", "most", "striking", "appeal", "be", "word", "simply"])
    assert sn.passage_appeal(doc[3], "REQUEST", [], cues)
    doc = build_doc("Her appeal to Congress was worded simply", heads=[1, 5, 1, 2, 5, 5, 5],
                    deps=["poss", "nsubjpass", "prep", "pobj", "auxpass", "ROOT", "advmod"],
                    pos=["PRON", "NOUN", "ADP", "PROPN", "AUX", "VERB", "ADV"],
                    lemmas=["her", "appeal", "to", "Congress", "be", "word", "simply"])
    assert not sn.passage_appeal(doc[1], "REQUEST", [], cues)


# -- conflict nouns as figures --------------------------------------------------------------------------


def test_an_invasion_called_so_or_done_by_a_faith_is_a_figure_and_troops_invasion_is_not(build_doc, cues) -> None:
    doc = build_doc("Critics called the arrivals an invasion", heads=[1, 1, 3, 1, 5, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "det", "oprd"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"],
                    lemmas=["critic", "call", "the", "arrival", "an", "invasion"])
    assert sn.figure_of_conflict(doc[5], "ASSAULT", [], cues)
    doc = build_doc("the Christian invasion of Spain", heads=[2, 2, 2, 2, 3],
                    deps=["det", "amod", "ROOT", "prep", "pobj"], pos=["DET", "ADJ", "NOUN", "ADP", "PROPN"])
    assert sn.figure_of_conflict(doc[2], "ASSAULT", [doc[1]], cues)
    doc = build_doc("the Turkish invasion of Syria", heads=[2, 2, 2, 2, 3],
                    deps=["det", "amod", "ROOT", "prep", "pobj"], pos=["DET", "ADJ", "NOUN", "ADP", "PROPN"])
    assert not sn.figure_of_conflict(doc[2], "ASSAULT", [doc[1]], cues)


# -- premises taken over --------------------------------------------------------------------------------


def _took_over(build_doc, subject: str, obj: str):
    return build_doc(f"The {subject} took over a {obj}", heads=[1, 2, 2, 2, 5, 2],
                     deps=["det", "nsubj", "ROOT", "prt", "det", "dobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                     lemmas=["the", subject, "take", "over", "a", obj])


def test_a_charity_taking_over_a_building_moves_in_and_protesters_or_a_town_stay(build_doc, cues) -> None:
    doc = _took_over(build_doc, "charity", "building")
    assert sn.premises_taken_over(doc[2], "COERCE", [doc[1]], cues)
    doc = _took_over(build_doc, "protester", "building")
    assert not sn.premises_taken_over(doc[2], "COERCE", [doc[1]], cues)
    doc = _took_over(build_doc, "charity", "town")
    assert not sn.premises_taken_over(doc[2], "COERCE", [doc[1]], cues)


# -- works released -------------------------------------------------------------------------------------


def test_a_video_released_is_publishing_and_hostages_released_a_concession(build_doc, cues) -> None:
    doc = build_doc("The group released a video", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["the", "group", "release", "a", "video"])
    assert sn.work_released(doc[2], "CONCEDE", cues)
    doc = build_doc("The group released two hostages", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "nummod", "dobj"], pos=["DET", "NOUN", "VERB", "NUM", "NOUN"],
                    lemmas=["the", "group", "release", "two", "hostage"])
    assert not sn.work_released(doc[2], "CONCEDE", cues)


# -- the press's investigations ------------------------------------------------------------------------


def test_the_press_investigating_is_reporting_and_the_police_investigating_is_an_accusation(build_doc, cues) -> None:
    doc = build_doc("The paper began an investigation", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["the", "paper", "begin", "an", "investigation"])
    assert sn.press_investigation(doc[4], "ACCUSE", ["investigate"], [_party("The paper", "USA", ["MED"])], [doc[1]], cues)
    police = build_doc("The police began an investigation", heads=[1, 2, 2, 4, 2],
                       deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                       lemmas=["the", "police", "begin", "an", "investigation"])
    assert not sn.press_investigation(police[4], "ACCUSE", ["investigate"], [_party("The police", "USA", ["COP"])],
                                      [police[1]], cues)
    doc = build_doc("The paper published an investigation", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["the", "paper", "publish", "an", "investigation"])
    assert sn.press_investigation(doc[4], "ACCUSE", ["investigate"], [], [], cues)


# -- policy plans ---------------------------------------------------------------------------------------


def test_a_plan_to_support_farmers_is_a_policy_and_a_plan_to_support_ukraine_is_not(build_doc, cues) -> None:
    doc = build_doc("She announced her plan to support farmers", heads=[1, 1, 3, 1, 5, 3, 5],
                    deps=["nsubj", "ROOT", "poss", "dobj", "aux", "acl", "dobj"],
                    pos=["PRON", "VERB", "PRON", "NOUN", "PART", "VERB", "NOUN"],
                    lemmas=["she", "announce", "her", "plan", "to", "support", "farmer"])
    assert sn.policy_plan(doc[5], "SUPPORT", [doc[6]], cues)
    doc = build_doc("She announced her plan to support Ukraine", heads=[1, 1, 3, 1, 5, 3, 5],
                    deps=["nsubj", "ROOT", "poss", "dobj", "aux", "acl", "dobj"],
                    pos=["PRON", "VERB", "PRON", "NOUN", "PART", "VERB", "PROPN"],
                    lemmas=["she", "announce", "her", "plan", "to", "support", "Ukraine"],
                    ents=["O", "O", "O", "O", "O", "O", "B-GPE"])
    assert not sn.policy_plan(doc[5], "SUPPORT", [doc[6]], cues)


# -- protests cited -------------------------------------------------------------------------------------


def test_protests_that_are_an_exception_are_cited_and_protests_in_cairo_are_told(build_doc, cues) -> None:
    doc = build_doc("The protests are an exception", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "attr"],
                    pos=["DET", "NOUN", "AUX", "DET", "NOUN"], lemmas=["the", "protest", "be", "an", "exception"])
    assert sn.protests_cited(doc[1], "PROTEST", cues)
    doc = build_doc("The protests in Cairo are a sign", heads=[1, 4, 1, 2, 4, 6, 4],
                    deps=["det", "nsubj", "prep", "pobj", "ROOT", "det", "attr"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "AUX", "DET", "NOUN"],
                    lemmas=["the", "protest", "in", "Cairo", "be", "a", "sign"],
                    ents=["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert not sn.protests_cited(doc[1], "PROTEST", cues)


# -- promises of one's own body's future ----------------------------------------------------------------


def test_a_promise_that_the_union_will_be_stronger_is_a_forecast_and_one_to_reopen_a_border_an_agreement(
        build_doc, cues) -> None:
    doc = build_doc("The leader promised the union will be stronger", heads=[1, 2, 2, 4, 6, 6, 2, 6],
                    deps=["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "acomp"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "AUX", "ADJ"],
                    lemmas=["the", "leader", "promise", "the", "union", "will", "be", "strong"])
    assert sn.own_future_promised(doc[2], "AGREE", [doc[4]], cues)
    doc = build_doc("The leader promised Iraq the border would reopen", heads=[1, 2, 2, 2, 5, 7, 7, 2],
                    deps=["det", "nsubj", "ROOT", "dative", "det", "nsubj", "aux", "ccomp"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "DET", "NOUN", "AUX", "VERB"],
                    lemmas=["the", "leader", "promise", "Iraq", "the", "border", "would", "reopen"])
    assert not sn.own_future_promised(doc[2], "AGREE", [doc[3]], cues)


def test_a_promise_whose_clause_the_parse_split_is_still_read_as_a_forecast(build_doc, cues) -> None:
    # "promising the club will return to its roots", the clause's verb hung on another verb by the parse
    doc = build_doc("He said , promising the club will return to its roots", heads=[1, 1, 1, 1, 5, 3, 7, 1, 7, 10, 8],
                    deps=["nsubj", "ROOT", "punct", "advcl", "det", "dobj", "aux", "ccomp", "prep", "poss", "pobj"],
                    pos=["PRON", "VERB", "PUNCT", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN"],
                    lemmas=["he", "say", ",", "promise", "the", "club", "will", "return", "to", "its", "root"])
    assert sn.own_future_promised(doc[3], "AGREE", [doc[5]], cues)


# -- outlays --------------------------------------------------------------------------------------------


def test_money_spent_on_no_one_is_an_outlay(build_doc, cues) -> None:
    doc = build_doc("The committee spent money", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "committee", "spend", "money"])
    assert sn.own_outlay(doc[2], "AID", [], cues)
    assert not sn.own_outlay(doc[2], "AID", [doc[1]], cues)  # a party it is spent on: left to the other rules


# -- the doer -------------------------------------------------------------------------------------------


def test_the_place_of_a_person_noun_is_no_doer_and_gives_the_person_its_country(build_doc) -> None:
    doc = build_doc("Texas Man Who Shot Deputies", heads=[1, 3, 3, 3, 3], deps=["compound", "npadvmod", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "PRON", "VERB", "NOUN"], ents=["B-GPE", "O", "O", "O", "O"])
    actor, tokens = sn.place_person([_party("Texas")], [doc[0]], lambda w: w == "man", lambda t: "USA")
    assert [(p.text, p.country) for p in actor] == [("Texas Man", "USA")] and tokens == [doc[1]]
    doc = build_doc("Texas Instruments Who Shot Deputies", heads=[1, 3, 3, 3, 3],
                    deps=["compound", "npadvmod", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "PRON", "VERB", "NOUN"], ents=["B-GPE", "O", "O", "O", "O"])
    actor, tokens = sn.place_person([_party("Texas")], [doc[0]], lambda w: w == "man", lambda t: "USA")
    assert [(p.text, p.country) for p in actor] == [("Texas", None)]


def test_a_named_gunman_on_victims_of_one_country_is_of_it_and_an_unnamed_one_is_not(build_doc) -> None:
    doc = build_doc("Carl Benson shot a gunman", heads=[1, 2, 2, 4, 2], deps=["compound", "nsubj", "ROOT", "det", "dobj"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN"], ents=["B-PERSON", "I-PERSON", "O", "O", "O"])
    victims = [_party("six people", "USA")]
    actor = sn.gunman_at_home("ASSAULT", [_party("Carl Benson", entity="e1")], [doc[1]], victims, None, {"e1": "PERSON"})
    assert actor[0].country == "USA"
    actor = sn.gunman_at_home("ASSAULT", [_party("a gunman")], [doc[4]], victims, None, {})
    assert actor[0].country is None
    mixed = victims + [_party("two tourists", "DEU")]
    actor = sn.gunman_at_home("ASSAULT", [_party("Carl Benson", entity="e1")], [doc[1]], mixed, None, {"e1": "PERSON"})
    assert actor[0].country is None


# -- whole sentences of our own ------------------------------------------------------------------------


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


def test_whole_sentences_other_senses_code_nothing(extract) -> None:
    # each of these coded an event (REQUEST, COERCE, CONCEDE, AGREE, ACCUSE, SUPPORT) with the module's rules off
    assert not _types(extract, "The senator's most powerful appeal was worded plainly when she said the state must change.")
    assert not _types(extract, "The church took over a former school building in 2012.")
    assert not _types(extract, "The militia has released a propaganda, recruitment video and Republican candidate "
                               "Donald Trump will not like it.")
    assert not _types(extract, "The union's president promised that the union will be stronger than ever.")
    assert not _types(extract, "The Chicago Tribune published a long investigation of the mayor's finances.")
    assert not _types(extract, "The governor unveiled her plan to support young families across the state.")


def test_whole_sentences_the_event_senses_still_code(extract) -> None:
    assert "COERCE" in _types(extract, "Rebels took over the governor's office building in Goma on Sunday.")
    assert "CONCEDE" in _types(extract, "Kidnappers released two Italian engineers in Libya on Friday.")
    assert "ACCUSE" in _types(extract, "Brazilian prosecutors opened an investigation into the senator from Parana.")
    assert "ASSAULT" in _types(extract, "Syrian troops invaded the rebel-held town of Qusair on Wednesday.")


def test_a_plan_backed_by_states_is_still_their_support(build_doc, cues) -> None:
    doc = build_doc("The plan , backed by France", heads=[1, 1, 1, 1, 3, 4], deps=["det", "ROOT", "punct", "acl", "agent", "pobj"],
                    pos=["DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN"], lemmas=["the", "plan", ",", "back", "by", "France"])
    assert not sn.policy_plan(doc[3], "SUPPORT", [doc[1]], cues)
