"""Rules of brief s18-dev13e (issue 15: descriptions of a named private person, names after a fronted saying,
a title glued to a body's name, a party's name with ``party``, a town's namesake abroad), each on sentences of
our own (none from news-dev13, mentions_heldout14 or entities_heldout19), with a case where the rule must not
fire."""

from __future__ import annotations

from entity_lookup import entity_with_mention
from entity_lookup import mention_texts as _mentions

PUBLISHED = "2023-10-02"


# --- the lead introduces, the name follows (_introduced_people) ---------------------------------

def test_the_leads_indefinite_description_is_the_person_named_next(extract) -> None:
    record = extract("A Pinecrest woman who kept the books for a youth league was charged Monday with theft. "
                     "Odette Varga, 44, is accused of taking $9,000.", published=PUBLISHED)
    assert entity_with_mention(record, "Pinecrest woman") is entity_with_mention(record, "Odette Varga")


def test_the_leads_description_is_not_the_sheriff_named_next(extract) -> None:
    record = extract("A Pinecrest woman was arrested Monday after a standoff at her farm. Sheriff Dwight Olmos "
                     "said deputies had been there twice this year.", published=PUBLISHED)
    assert entity_with_mention(record, "Pinecrest woman") is not entity_with_mention(record, "Dwight Olmos")


def test_the_leads_description_is_not_one_of_two_named_next(extract) -> None:
    record = extract("A Pinecrest man was hurt Friday in a fight outside a diner. Police charged Elias Brant, 22, "
                     "and Victor Noll, 25, with assault.", published=PUBLISHED)
    man = entity_with_mention(record, "Pinecrest man")
    assert man is not entity_with_mention(record, "Elias Brant") and man is not entity_with_mention(record, "Victor Noll")


def test_the_headlines_bare_noun_is_the_person_the_lead_names(extract) -> None:
    text = "Woman pulled from flooded creek\n\nVolunteers pulled Marguerite Hale, 70, from Sawmill Creek on Sunday."
    record = extract(text, published=PUBLISHED, title="Woman pulled from flooded creek")
    assert entity_with_mention(record, "Woman") is entity_with_mention(record, "Marguerite Hale")


def test_a_dateline_between_headline_and_lead_is_passed_over(extract) -> None:
    text = ("Man fined for false alarm\n\nMan fined for false alarm. CRESTON -- A 31-year-old Creston man who "
            "phoned in a bomb threat was fined on Friday. Jarrod Pike must also pay for the search.")
    record = extract(text, published=PUBLISHED, title="Man fined for false alarm")
    assert entity_with_mention(record, "Creston man") is entity_with_mention(record, "Jarrod Pike")


# --- the <town> man and X of <town> (_of_same_town) --------------------------------------------

def test_the_town_man_is_the_one_named_of_that_town(extract) -> None:
    record = extract("Deputies arrested Mark Kemp of Arbor Falls on Tuesday after a chase. Prosecutors said the "
                     "Arbor Falls man had stolen two trailers.", published=PUBLISHED)
    assert entity_with_mention(record, "Arbor Falls man") is entity_with_mention(record, "Mark Kemp")


def test_the_town_man_is_not_one_named_of_another_town(extract) -> None:
    record = extract("Deputies arrested Mark Kemp of Brantwood on Tuesday. An Arbor Falls man who saw the theft "
                     "called police.", published=PUBLISHED)
    assert entity_with_mention(record, "Arbor Falls man") is not entity_with_mention(record, "Mark Kemp")


# --- "the man" after the sentence naming him (_plain_next with gender, _reported_opening) -------

def test_the_man_after_a_woman_and_a_man_is_the_man(extract) -> None:
    record = extract("Judge Rosalind Teague sentenced Corbin Wylie to a year in jail on Monday. The man must also "
                     "repay the store.", published=PUBLISHED)
    assert "The man" in _mentions(record, "Corbin Wylie")


def test_police_said_the_woman_is_the_woman_named_before(extract) -> None:
    record = extract("Bettina Crowe, 29, was arrested Saturday after a crash on Mill Road. Officers said the woman "
                     "had no license.", published=PUBLISHED)
    assert "the woman" in _mentions(record, "Bettina Crowe")


def test_police_said_the_woman_with_two_women_named_links_no_one(extract) -> None:
    record = extract("Bettina Crowe and Ilse Marrow were arrested Saturday after a fight on Mill Road. Officers "
                     "said the woman had thrown the first punch.", published=PUBLISHED)
    assert "the woman" not in _mentions(record, "Bettina Crowe") + _mentions(record, "Ilse Marrow")


def test_the_defendant_with_two_charged_men_of_unknown_gender_links_no_one(extract) -> None:
    record = extract("Quill Harmon and Ansel Brody were charged with arson last week. The defendant told the "
                     "judge he had been at work.", published=PUBLISHED)
    assert "The defendant" not in _mentions(record, "Quill Harmon") + _mentions(record, "Ansel Brody")


# --- of several the text calls so, the one named before and called by every word ----------------------

def test_the_defense_attorney_is_the_defense_attorney_not_the_county_attorney(extract) -> None:
    record = extract("County Attorney Glenda Moss said the fine was fair. Defense attorney Priya Oakes said her "
                     "client was sorry. \"She has learned a lot,\" the defense attorney said.", published=PUBLISHED)
    assert "the defense attorney" in _mentions(record, "Priya Oakes")
    assert "the defense attorney" not in _mentions(record, "Glenda Moss")


# --- names (_town_title_name, _office_apposition_after) -----------------------------------

def test_a_towns_investigator_tagged_as_a_body_is_a_person(extract) -> None:
    record = extract("The report was filed by Topeka Investigator Gerald Finch, who interviewed both men.",
                     published=PUBLISHED)
    assert any(e.type == "PERSON" and e.name == "Gerald Finch" for e in record.entities)


def test_a_towns_police_department_stays_a_body(extract) -> None:
    record = extract("The Topeka Police Department said the road would reopen on Friday.", published=PUBLISHED)
    assert not any(e.type == "PERSON" for e in record.entities)


# --- a party's name without the lower-case noun (_common_noun_off_names) ------------------------

def test_a_partys_name_is_without_the_lower_case_noun(extract) -> None:
    record = extract("Police questioned three members of the Popular Renewal party on Monday.", published=PUBLISHED)
    assert any(e.name == "Popular Renewal" and "Popular Renewal" in [m.text for m in e.mentions]
               for e in record.entities)


def test_a_partys_capitalised_noun_stays_in_the_name(extract) -> None:
    record = extract("The Popular Renewal Party chose a new leader on Monday.", published=PUBLISHED)
    assert any(e.name.endswith("Party") for e in record.entities)


# --- a town's namesake abroad (_namesake_in_story) ----------------------------------------------

def test_a_clinic_in_a_town_with_a_namesake_abroad_takes_the_storys_country(extract) -> None:
    record = extract("A Fremont, Neb., man was flown to Mercy Vale Clinic in Norfolk after the crash.",
                     published=PUBLISHED)
    clinic = entity_with_mention(record, "Mercy Vale Clinic")
    assert clinic is None or clinic.country in {"USA", None}


def test_a_clinic_in_the_english_town_stays_english(extract) -> None:
    record = extract("The walker was flown to Mercy Vale Clinic in Norwich, England, after the fall.",
                     published=PUBLISHED)
    clinic = entity_with_mention(record, "Mercy Vale Clinic")
    assert clinic is None or clinic.country in {"GBR", None}


# --- an untagged name before ", commissioner of ..." (_office_apposition_after; hand-built Doc) ----

def _saying_rows(first: str) -> list[tuple]:
    # "Sales fell, said FIRST Vance, commissioner of the port." with no entity tagged by the model
    return [
        ("Sales", "NNS", "NOUN", 1, "nsubj", "O", True), ("fell", "VBD", "VERB", 3, "ccomp", "O", False),
        (",", ",", "PUNCT", 3, "punct", "O", False), ("said", "VBD", "VERB", 3, "ROOT", "O", False),
        (first, "NNP", "PROPN", 5, "compound", "O", False), ("Vance", "NNP", "PROPN", 3, "nsubj", "O", False),
        (",", ",", "PUNCT", 5, "punct", "O", False), ("commissioner", "NN", "NOUN", 5, "appos", "O", False),
        ("of", "IN", "ADP", 7, "prep", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
        ("port", "NN", "NOUN", 8, "pobj", "O", False), (".", ".", "PUNCT", 3, "punct", "O", False)]


def test_an_untagged_name_before_an_office_apposition_is_a_person(stage_entities) -> None:
    found = stage_entities(_saying_rows("Margaret"))
    assert found["Margaret Vance"].type == "PERSON"
    assert "commissioner" in [m.text for m in found["Margaret Vance"].mentions]


def test_no_given_name_no_person_from_the_office_apposition(stage_entities) -> None:
    found = stage_entities(_saying_rows("Orchard"))
    assert "Orchard Vance" not in found


# --- "her former client" is the one she represented (_represented_clients) -----------------------

def test_her_former_client_is_the_one_she_represented(extract) -> None:
    record = extract("Wendell Ostrander was cleared in July. Public defender Marisol Penn, who represented Ostrander "
                     "at the hearing, said her former client would sue the county.", published=PUBLISHED)
    assert entity_with_mention(record, "former client") is entity_with_mention(record, "Wendell Ostrander")


def test_her_client_beside_two_cleared_men_she_did_not_represent_links_no_one(extract) -> None:
    record = extract("Wendell Ostrander and Cyrus Lamb were cleared in July. Public defender Marisol Penn, who "
                     "advised the county, said her former client would sue.", published=PUBLISHED)
    client = entity_with_mention(record, "former client")
    assert client is not entity_with_mention(record, "Wendell Ostrander")
    assert client is not entity_with_mention(record, "Cyrus Lamb")
