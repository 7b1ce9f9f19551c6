"""Police and courts as parties in local news (issues 14 and 15, brief s17-police17): police words in a police
story (components/entities.py ``_police_story_roles``, actor_words.tsv ``police_*``), the charge cut from the
party of ``convicted X of murder`` (eventcoding/arguments.py ``without_charge``, event_cues.tsv
``police_charge_of_verb``) and the doer of a passive arrest (eventcoding/police.py, ``police_passive_verb``).
Rules on hand-built Docs of our own with a negative, then whole sentences of our own (none from a data set nor
from tests/data/actors_heldout3.tsv)."""

from __future__ import annotations

from newsevents.eventcoding.arguments import noun_phrase, without_charge
from newsevents.eventcoding.police import story_police


def _parties(events, role: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.text, p.country, list(p.sector)) for e in events for p in getattr(e, role)]


# -- the charge is no part of the party ---------------------------------------------------------------


def test_the_charge_of_a_conviction_is_cut_from_the_person(build_doc, cues) -> None:
    doc = build_doc("The jury convicted the nanny of theft", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "jury", "convict", "the", "nanny", "of", "theft"])
    assert noun_phrase(doc[4]).text == "the nanny of theft"
    assert without_charge(doc[4], noun_phrase(doc[4]), cues).text == "the nanny"


def test_an_of_phrase_of_another_verb_or_naming_a_body_stays(build_doc, cues) -> None:
    doc = build_doc("Rebels captured the mayor of Dunmore", heads=[1, 1, 3, 1, 3, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["rebel", "capture", "the", "mayor", "of", "dunmore"])
    assert without_charge(doc[3], noun_phrase(doc[3]), cues).text == "the mayor of Dunmore"
    doc = build_doc("Voters accused the head of Dunmore", heads=[1, 1, 3, 1, 3, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["voter", "accuse", "the", "head", "of", "dunmore"])
    assert without_charge(doc[3], noun_phrase(doc[3]), cues).text == "the head of Dunmore"


def test_sentences_convicted_acquitted_accused_of(extract) -> None:
    events = extract("A jury in Tacoma convicted Reggie Stamm of manslaughter on Tuesday.",
                     published="2024-05-01").events
    assert ("Reggie Stamm" in [t for t, _, _ in _parties(events, "recipient")])
    events = extract("The county prosecutor accused the contractor of fraud over the unfinished school.",
                     published="2024-05-01").events
    assert [t for t, _, _ in _parties(events, "recipient")] == ["the contractor"]


# -- police words in a police story ----------------------------------------------------------------------


def test_officers_and_deputies_in_a_police_story_are_police(extract) -> None:
    events = extract("Officers arrested a man after a burglary at a pharmacy in Dayton, Ohio.",
                     published="2024-05-01").events
    assert ("Officers", "USA", ["COP"]) in _parties(events, "actor")
    events = extract("Deputies with the Linn County Sheriff's Office detained two men near Cedar Rapids, Iowa.",
                     published="2024-05-01").events
    assert ("Deputies", "USA", ["COP"]) in _parties(events, "actor")


def test_army_officers_and_a_parliaments_deputies_keep_their_service(extract) -> None:
    events = extract("Army officers arrested the prime minister of Gabon in the capital on Monday.",
                     published="2023-08-30").events
    assert any(t == "Army officers" and "MIL" in s and "COP" not in s for t, _, s in _parties(events, "actor"))
    events = extract("Deputies in the Polish parliament accused the minister of lying about the budget.",
                     published="2023-08-30").events
    actors = [(t, s) for t, _, s in _parties(events, "actor") if "Deputies" in t]
    assert actors and all("COP" not in s for _, s in actors)


# -- a passive arrest ----------------------------------------------------------------------------------------


def test_a_passive_arrest_is_done_by_the_one_police_body_named(extract) -> None:
    events = extract("A driver was arrested on Saturday after the crash, the Fresno Police Department said.",
                     published="2024-05-01").events
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and any("Fresno Police Department" in p.text and "COP" in p.sector for p in arrests[0].actor)


def test_a_passive_arrest_with_no_police_body_named_has_no_actor(extract) -> None:
    events = extract("A driver was arrested on Saturday after the crash in Fresno, California.",
                     published="2024-05-01").events
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and not arrests[0].actor


def test_story_police_needs_a_passive_of_the_polices_own_act(build_doc, cues) -> None:
    doc = build_doc("Police arrested a man", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["police", "arrest", "a", "man"])
    assert story_police(doc[1], doc, cues) == []
    doc = build_doc("A man was praised", heads=[1, 3, 3, 3], deps=["det", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "VERB"], tags=["DT", "NN", "VBD", "VBN"],
                    lemmas=["a", "man", "be", "praise"])
    assert story_police(doc[3], doc, cues) == []


# -- lone town names of a local story -----------------------------------------------------------------------


def _place_ids(extract, text: str) -> dict[str, int | None]:
    return {m.text: p.geonameid for p in extract(text, published="2024-05-01").places for m in p.mentions}


def test_a_town_before_its_police_and_a_county_of_the_story_meet_in_one_state(extract) -> None:
    # Lawrence, Kansas (not Massachusetts) and Douglas County, Kansas (not Nebraska, the most populous one)
    found = _place_ids(extract, "Lawrence police searched a farmhouse on Sunday. Douglas County officials said "
                                "the owner was not home.")
    assert found.get("Lawrence") == 4274277 and found.get("Douglas County") == 4270450


def test_a_county_of_many_states_alone_keeps_its_first_choice(extract) -> None:
    found = _place_ids(extract, "Douglas County officials said the road would reopen on Friday.")
    assert found.get("Douglas County") == 5067114  # the most populous, as before: no town to pair it with


def test_an_untagged_town_after_a_preposition_is_a_town_of_the_story(extract) -> None:
    # the tagger reads this "Reading" as a verb; Oxford places the story in England
    found = _place_ids(extract, "A bus caught fire in Reading town centre, and two passengers were taken to "
                                "hospital in Oxford.")
    assert found.get("Reading") == 2639577


def test_a_capitalised_word_after_a_preposition_that_is_no_town_of_the_story_stays_out(extract) -> None:
    found = _place_ids(extract, "The mayor of Dayton, Ohio, spoke in Parliament Square about the floods.")
    assert "Parliament" not in found
