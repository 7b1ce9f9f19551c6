"""Local crime, court and accident news (issues 14 and 15, session 17, brief s17-crime17;
eventcoding/crime.py, docquery.aged_person, the crime17 rows of event_lexicon.tsv, event_cues.tsv,
person_nouns.tsv and actor_words.tsv). Each rule on a hand-built Doc of our own with a negative, then a few
whole sentences of our own (none from a data set nor from phrasings_heldout23.tsv)."""

from __future__ import annotations

from newsevents.docquery import aged_person
from newsevents.eventcoding import crime

PUBLISHED = "2016-06-15"


# -- a person named by age alone --------------------------------------------------------------------


def test_the_twenty_year_old_standing_as_a_noun_is_a_person_and_a_building_of_that_age_is_not(build_doc) -> None:
    doc = build_doc("The 20 - year - old was freed", heads=[5, 3, 3, 5, 5, 7, 7, 7],
                    deps=["det", "nummod", "punct", "npadvmod", "punct", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "AUX", "VERB"],
                    lemmas=["the", "20", "-", "year", "-", "old", "be", "free"])
    assert aged_person(doc[5])
    doc = build_doc("A 20 - year - old barn burned", heads=[6, 3, 3, 5, 5, 6, 7, 7],
                    deps=["det", "nummod", "punct", "npadvmod", "punct", "amod", "nsubj", "ROOT"],
                    pos=["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB"],
                    lemmas=["a", "20", "-", "year", "-", "old", "barn", "burn"])
    assert not aged_person(doc[5])


# -- the law's acts are no accident's harm --------------------------------------------------------------


def test_an_arrest_or_a_detention_is_a_legal_act_and_a_seizure_or_an_attack_is_not() -> None:
    assert crime.legal_act("COERCE", ["arrest"]) and crime.legal_act("COERCE", "detain")
    assert not crime.legal_act("COERCE", ["seize"]) and not crime.legal_act("ASSAULT", ["arrest"])


# -- road accidents ---------------------------------------------------------------------------------


def _bus_hit(build_doc, obj: str, subject: str = "bus"):
    return build_doc(f"A woman died when the {subject} hit a {obj}", heads=[1, 2, 2, 6, 5, 6, 2, 8, 6],
                     deps=["det", "nsubj", "ROOT", "advmod", "det", "nsubj", "advcl", "det", "dobj"],
                     pos=["DET", "NOUN", "VERB", "ADV", "DET", "NOUN", "VERB", "DET", "NOUN"],
                     lemmas=["a", "woman", "die", "when", "the", subject, "hit", "a", obj])


def test_harm_when_a_vehicle_hits_something_is_an_accident_and_a_gang_hitting_a_guard_is_not(build_doc, cues) -> None:
    doc = _bus_hit(build_doc, "wall")
    assert crime.vehicle_mishap(doc[2], doc[:], [], cues)
    doc = _bus_hit(build_doc, "guard", subject="gang")
    assert not crime.vehicle_mishap(doc[2], doc[:], [], cues)


def test_a_fixture_hit_by_anyone_tells_a_crash_and_a_named_attacker_keeps_the_attack(build_doc, cues) -> None:
    doc = _bus_hit(build_doc, "lamppost", subject="man")
    assert crime.vehicle_mishap(doc[2], doc[:], [], cues)
    # a doer who is no driver: someone did it
    assert not crime.vehicle_mishap(doc[2], doc[:], [doc[1]], cues)


def test_harm_done_by_a_driver_is_an_accident_unless_the_sentence_names_intent(build_doc, cues) -> None:
    doc = build_doc("A driver killed a cyclist", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["a", "driver", "kill", "a", "cyclist"])
    assert crime.vehicle_mishap(doc[2], doc[:], [doc[1]], cues)
    doc = build_doc("A driver deliberately killed a cyclist", heads=[1, 3, 3, 3, 5, 3],
                    deps=["det", "nsubj", "advmod", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "ADV", "VERB", "DET", "NOUN"],
                    lemmas=["a", "driver", "deliberately", "kill", "a", "cyclist"])
    assert not crime.vehicle_mishap(doc[3], doc[:], [doc[1]], cues)


# -- findings of guilt --------------------------------------------------------------------------------


def test_a_passive_finding_of_guilt_is_a_court_act_and_an_active_one_needs_none(build_doc, cues) -> None:
    doc = build_doc("The nurse was convicted of theft", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "nurse", "be", "convict", "of", "theft"])
    assert crime.court_finding(doc[3], "ACCUSE", cues)
    assert not crime.court_finding(doc[3], "COERCE", cues)
    doc = build_doc("The nurse was praised", heads=[1, 3, 3, 3], deps=["det", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "VERB"], lemmas=["the", "nurse", "be", "praise"])
    assert not crime.court_finding(doc[3], "ACCUSE", cues)


def test_people_named_by_a_noun_are_doers_of_violence_only() -> None:
    class _T:
        def __init__(self, lemma: str, pos: str = "NOUN") -> None:
            self.lemma_, self.lower_, self.pos_ = lemma, lemma, pos

    nouns = {"teenager", "woman"}.__contains__
    assert crime.person_doers([_T("teenager")], "ASSAULT", nouns)
    assert not crime.person_doers([_T("teenager")], "SUPPORT", nouns)
    assert not crime.person_doers([_T("storm")], "ASSAULT", nouns)
    assert crime.harm_to_kin("ASSAULT") and not crime.harm_to_kin("CONSULT")


# -- whole sentences of our own -------------------------------------------------------------------------


def _types(events_of, text: str) -> set[str]:
    return {e.event for e in events_of(text)}


def test_police_booking_citing_and_charging_are_coerce(events_of) -> None:
    assert "COERCE" in _types(events_of, "The Denver man was booked into the city jail on Saturday.")
    assert "COERCE" in _types(events_of, "Prosecutors in Raleigh charged a 40-year-old woman with arson on Monday.")
    assert "COERCE" in _types(events_of, "State troopers cited the motorist for speeding near Amarillo.")


def test_a_body_charged_with_a_duty_is_no_charge(events_of) -> None:
    assert "COERCE" not in _types(events_of, "The county board is charged with maintaining the roads of the valley.")


def test_a_finding_of_guilt_is_accuse_and_a_gunning_down_is_assault(events_of) -> None:
    assert "ACCUSE" in _types(events_of, "A Fresno nurse was found guilty of theft on Thursday.")
    assert "ASSAULT" in _types(events_of, "A man gunned down a shopkeeper in Oakland on Monday night.")


def test_road_accidents_code_no_assault_and_an_arrest_after_a_crash_stays(events_of) -> None:
    assert "ASSAULT" not in _types(events_of, "A 70-year-old woman was killed when her van hit a wall near Provo.")
    assert "ASSAULT" not in _types(events_of, "A cyclist was struck and killed by a driver in Boulder on Friday.")
    assert "COERCE" in _types(events_of, "A woman was arrested in Leeds after her car crashed into a bus stop.")


def test_a_name_with_an_age_is_a_person_whom_the_suspect_describes(extract) -> None:
    record = extract("Deputies arrested Warren Tull, 33, in Modesto on Friday. The suspect was later released.",
                     published=PUBLISHED)
    people = [e for e in record.entities if e.name == "Warren Tull"]
    assert people and people[0].type == "PERSON"
    assert any(m.text == "The suspect" for m in people[0].mentions)


def test_the_victim_is_not_the_named_stabber_and_is_the_named_stabbed(extract) -> None:
    record = extract("Police said Clive Barr stabbed a bartender in Hull. The victim was treated in hospital.",
                     published=PUBLISHED)
    assert not any(m.text == "The victim" for e in record.entities if e.name == "Clive Barr" for m in e.mentions)


def test_a_county_police_force_of_a_compass_name_is_not_coded_by_the_compass_word(extract) -> None:
    record = extract("South Yorkshire Police arrested a man in Sheffield on Friday.", published=PUBLISHED)
    force = [e for e in record.entities if e.name == "South Yorkshire Police"]
    assert force and force[0].country in (None, "GBR")


def test_a_name_sentenced_is_a_person_and_the_teenager_describes_them(extract) -> None:
    record = extract("A judge in Tacoma sentenced Corey Fields to nine years on Monday. The teenager had shot a clerk.",
                     published=PUBLISHED)
    people = [e for e in record.entities if e.name == "Corey Fields"]
    assert people and people[0].type == "PERSON"
    assert any(m.text == "The teenager" for m in people[0].mentions)


def test_the_man_after_the_one_named_man_is_him_and_not_after_an_unnamed_man(extract) -> None:
    record = extract("Deputies found Wade Tolliver, 52, asleep in a stolen truck. The man was arrested.",
                     published=PUBLISHED)
    assert any(m.text == "The man" for e in record.entities if e.name == "Wade Tolliver" for m in e.mentions)
    record = extract("Wade Tolliver saw a man near the truck. The man ran off.", published=PUBLISHED)
    assert not any(m.text == "The man" for e in record.entities if e.name == "Wade Tolliver" for m in e.mentions)


def test_a_car_rammed_into_a_crowd_is_no_accident(events_of) -> None:
    assert "ASSAULT" in _types(events_of, "A driver rammed his car into a crowd of marchers in Dover, killing a man.")


def test_bail_denied_to_a_man_names_him_and_an_apprehension_is_an_arrest(events_of) -> None:
    events = [e for e in events_of("A judge in Fargo denied bail to a woman accused of arson.") if e.event == "REJECT"]
    assert events and any(p.text.endswith("woman") for e in events for p in e.recipient)
    assert "COERCE" in _types(events_of, "The fugitive was apprehended near a bus station in Mobile, police said.")
    assert "COERCE" not in _types(events_of, "The judge denied the motion to dismiss.")


def test_a_hit_and_run_a_train_a_van_and_a_plane_coming_down_tell_accidents(events_of) -> None:
    assert "ASSAULT" not in _types(events_of, "A jogger was killed in a hit-and-run in Tempe on Sunday.")
    assert "ASSAULT" not in _types(events_of, "A girl was killed after being hit by a train near Crewe.")
    assert not _types(events_of, "An old man died after he was struck by a lorry in Bury.")
    assert "ASSAULT" not in _types(events_of, "Two men were killed when their small plane came down in a field near Ely.")
    # a doer who shoots keeps the attack
    assert "ASSAULT" in _types(events_of, "A man was shot dead by a gunman who fled in a car in Tulsa.")
