"""Rules of brief s17-dev12e (issue 15: entities and mentions news-dev12 missed), each on sentences
of our own with a negative where the rule must not fire."""

from __future__ import annotations

from entity_lookup import entity_of
from entity_lookup import mention_texts as _mentions

PUBLISHED = "2016-05-02"


# --- a surname shared by a person and one named only as a modifier (_principal_of) ---------------

def test_a_bare_surname_goes_to_the_person_not_the_modifier(extract) -> None:
    record = extract("Carla Hoyt, a onetime Martin Engel lawyer, defended Greta Engel in court. "
                     "Engel denied every charge.", published=PUBLISHED)
    assert "Engel" in _mentions(record, "Greta Engel")
    assert "Engel" not in _mentions(record, "Martin Engel")


def test_a_bare_surname_of_two_named_subjects_goes_to_neither(extract) -> None:
    record = extract("Martin Engel and Greta Engel opened the shop in 1990. Engel said business was slow.",
                     published=PUBLISHED)
    assert "Engel" not in _mentions(record, "Greta Engel")
    assert "Engel" not in _mentions(record, "Martin Engel")


# --- a seat in a legislature (_legislature_seats) -----------------------------------------------

def test_a_seat_won_in_the_us_senate_gives_the_country_and_the_senator(extract) -> None:
    record = extract("Five years ago, Gil Marrow beat a sitting governor to win a seat in the U.S. Senate. "
                     "The senator has since clashed with his party.", published=PUBLISHED)
    marrow = entity_of(record.entities, "Gil Marrow")
    assert marrow.country == "USA"
    assert "The senator" in _mentions(record, "Gil Marrow")


def test_a_seat_in_another_legislature_gives_its_country_not_the_us(extract) -> None:
    record = extract("Amaka Eze, who was elected to the Nigerian Senate in 2019, opposes the levy.",
                     published=PUBLISHED)
    assert entity_of(record.entities, "Amaka Eze").country in {"NGA", None}


def test_sitting_in_a_room_is_no_seat(extract) -> None:
    record = extract("Gil Marrow sat in the front row during the hearing.", published=PUBLISHED)
    assert entity_of(record.entities, "Gil Marrow").country is None


# --- a channel's programme (_programme_owners) ----------------------------------------------------

def test_a_known_channels_programme_gives_the_channel(extract) -> None:
    record = extract("The strategist was a guest on Fox News Channel’s Hannity on Monday.", published=PUBLISHED)
    fox = entity_of(record.entities, "Fox News Channel")
    assert fox is not None and fox.type == "ORG"
    assert all("Hannity" not in e.name for e in record.entities)


def test_a_possessive_of_a_body_the_tables_do_not_know_is_left_to_the_model(extract) -> None:
    record = extract("The strategist was a guest on Fox News Channel’s Hannity on Monday.", published=PUBLISHED)
    assert entity_of(record.entities, "Hannity") is None


# --- a body's name with "for" (_for_names) --------------------------------------------------------

def test_a_name_with_for_is_one_body(extract) -> None:
    record = extract("The Fund for Safer Harbors spent $3 million on the campaign.", published=PUBLISHED)
    body = entity_of(record.entities, "Fund for Safer Harbors")
    assert body is not None and body.type == "ORG"


def test_in_place_joins_the_name_when_its_acronym_spells_it(extract) -> None:
    record = extract("Neighbors for Clean Air in Tulsa (NCAT) filed the complaint. NCAT wants the plant closed.",
                     published=PUBLISHED)
    body = entity_of(record.entities, "Neighbors for Clean Air in Tulsa") or entity_of(record.entities, "Citizens for Clean Air in Tulsa")
    # "Neighbors" is no body noun of the table: only a listed noun opens such a name
    assert body is None
    record = extract("Citizens for Clean Air in Tulsa (CCAT) filed the complaint. CCAT wants the plant closed.",
                     published=PUBLISHED)
    body = entity_of(record.entities, "Citizens for Clean Air in Tulsa")
    assert body is not None and "CCAT" in [m.text for m in body.mentions]


def test_in_place_stays_out_when_the_acronym_does_not_spell_it(extract) -> None:
    record = extract("Citizens for Clean Air in Tulsa (CCA) filed the complaint.", published=PUBLISHED)
    assert entity_of(record.entities, "Citizens for Clean Air") is not None
    assert entity_of(record.entities, "Citizens for Clean Air in Tulsa") is None


def test_for_before_a_persons_name_or_lower_case_words_makes_no_name(extract) -> None:
    record = extract("Voters for years have asked for a new bridge. Parents for Donald Trump rallied on Sunday.",
                     published=PUBLISHED)
    assert entity_of(record.entities, "Voters for years") is None
    assert entity_of(record.entities, "Parents for Donald Trump") is None


# --- observers and relations (person_nouns.tsv, observer_noun) -----------------------------

def test_the_pollster_is_the_person_the_text_calls_a_pollster(extract) -> None:
    record = extract("Gil Marrow, a pollster, and Tessa Lund, a banker, met the donors. The pollster said the race "
                     "was tied.", published=PUBLISHED)
    assert "The pollster" in _mentions(record, "Gil Marrow")


def test_the_pollster_is_not_the_candidate_who_merely_fits(extract) -> None:
    record = extract("Gil Marrow led by six points in the new survey. The pollster said the lead was solid.",
                     published=PUBLISHED)
    assert "The pollster" not in _mentions(record, "Gil Marrow")


def test_a_possessive_successor_in_apposition_is_the_named_person(extract) -> None:
    record = extract("The mayor's successor, Tessa Lund, cut the budget.", published=PUBLISHED)
    assert any("successor" in m for m in _mentions(record, "Tessa Lund"))


def test_a_persons_predecessor_is_not_that_person(extract) -> None:
    record = extract("Tessa Lund cut the budget. Lund's predecessor had raised it.", published=PUBLISHED)
    assert not any("predecessor" in m for m in _mentions(record, "Tessa Lund"))


# --- a description right before ", NAME," (_named_after_comma) ------------------------------------

def test_a_possessive_role_right_before_a_name_is_that_person(extract) -> None:
    record = extract("The memo was sent although the mayor's chief of staff, who had read it, objected. Aides "
                     "later told the mayor's chief of staff, Irma Volk, about the leak.", published=PUBLISHED)
    volk = _mentions(record, "Irma Volk")
    assert sum("chief" in m for m in volk) == 2


def test_a_role_before_a_name_in_a_list_of_three_stays_apart(extract) -> None:
    record = extract("The chief of staff met the governor, Tom Reed, and the mayor on Friday.", published=PUBLISHED)
    assert not any("chief" in m for m in _mentions(record, "Tom Reed"))


# --- pronouns: reported speech and a paragraph after a quotation --------------------------------

def test_a_subject_reported_by_a_trailing_speaker_is_not_the_speaker(extract) -> None:
    record = extract("Gil Marrow has few friends in the chamber, said Ivo Brandt, a historian at Yale. "
                     "In a close race, he could still carry the state, Brandt said.", published=PUBLISHED)
    assert "he" in _mentions(record, "Gil Marrow")
    assert "he" not in _mentions(record, "Ivo Brandt")


def test_a_speaker_alone_reporting_himself_keeps_the_pronoun(extract) -> None:
    record = extract("Ivo Brandt spoke on Monday. He will run again next year, Brandt said.", published=PUBLISHED)
    assert "He" in _mentions(record, "Ivo Brandt")


def test_a_pronoun_after_a_fresh_sources_quote_paragraph_is_the_topic(extract) -> None:
    record = extract('Gil Marrow came from nowhere to win the runoff.\n\n"Nobody saw it coming," said Ivo Brandt, '
                     'a historian.\n\nHe was carried by a wave of anger at the party.', published=PUBLISHED)
    assert "He" in _mentions(record, "Gil Marrow")


def test_he_added_after_a_quote_paragraph_is_the_speaker(extract) -> None:
    record = extract('Gil Marrow came from nowhere to win the runoff.\n\n"Nobody saw it coming," said Ivo Brandt, '
                     'a historian.\n\nHe added that the party had misread the mood.', published=PUBLISHED)
    assert "He" in _mentions(record, "Ivo Brandt")


def test_a_passive_subject_may_be_named_in_a_relative_clause_of_its_agent(extract) -> None:
    record = extract("Gil Marrow rose in the polls.\n\nHe was helped by a weak rival and by donors who sided "
                     "with Marrow early.", published=PUBLISHED)
    assert "He" in _mentions(record, "Gil Marrow")


def test_an_active_subject_is_still_no_one_named_in_its_clause(extract) -> None:
    record = extract("Ivo Brandt met the voters. He said that Gil Marrow would lose.", published=PUBLISHED)
    assert "He" not in _mentions(record, "Gil Marrow")


# --- a poll's question is no request (eventcoding/nonevents.py poll_question) --------------------

def test_a_polls_question_to_voters_is_no_request(extract) -> None:
    record = extract("Pollsters asked likely voters in Ohio to name the issue that mattered most.", published=PUBLISHED)
    assert not [e for e in record.events if e.event == "REQUEST"]


def test_asking_voters_to_act_is_still_a_request(extract) -> None:
    record = extract("The governor asked voters in Ohio to approve the school levy.", published=PUBLISHED)
    assert [e for e in record.events if e.event == "REQUEST"]


# --- "the favorite in SURNAME" (_in_person_of) -----------------------------------------------------

def test_the_favorite_in_a_surname_a_town_bears_is_the_person(extract) -> None:
    record = extract("Hillary Clinton leads the race. Her rival hopes to upset the party favorite (as the donors see "
                     "it) in Clinton.", published=PUBLISHED)
    assert _mentions(record, "Hillary Clinton").count("Clinton") == 1


def test_voters_in_a_surname_a_town_bears_stay_no_person(extract) -> None:
    record = extract("Hillary Clinton spoke in Ohio. A local official met voters in Clinton on Friday.",
                     published=PUBLISHED)
    assert "Clinton" not in _mentions(record, "Hillary Clinton")
