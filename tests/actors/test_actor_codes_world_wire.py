"""Actor codes on world-news wire (issue 14, brief s17-actors17; sentences of our own, none from the
held-out set tests/data/actors_heldout2.tsv nor from any corpus):

- a people named as a minority (``minority_word`` cues: "ethnic") is of the state it lives in:
  the place its phrase puts it in, else the one other country its sentence names (eventcoding/home_codes.py);
- a country joined by a hyphen to a participle of backing ("US-backed") names a sponsor: the entity of
  that country inside the phrase gives the party no code;
- a hyphen the tagger read as a conjoined name ("Lashkar-e-Taiba") is no party;
- an NGO's people take no state sector from a role noun ("Amnesty officials" are no government);
- a city standing for a body seated there (``seat_city_body`` of actor_words.tsv: Brussels) is that
  body when it acts, and stays a place in its own people's phrase ("Brussels police");
- a lower-case particle joined by a hyphen to the rest of a body's name ("al-Qaeda fighters") still
  names the body.
"""

from __future__ import annotations

PUBLISHED = "2012-05-14"


def _actors(events) -> list:
    return [p for e in events for p in e.actor]


def _recipients(events) -> list:
    return [p for e in events for p in e.recipient]


def _with(parties, key: str) -> list:
    return [p for p in parties if key.lower() in p.text.lower()]


# --- a minority lives in another state --------------------------------------------------------------

def test_an_ethnic_minority_in_a_state_is_of_that_state(events_of) -> None:
    found = _with(_actors(events_of("Ethnic Hungarians in Romania protested against the new language law.")), "Hungarians")
    assert found and {p.country for p in found} == {"ROU"}


def test_an_ethnic_minority_takes_the_one_other_country_of_the_places_of_its_sentence(events_of) -> None:
    found = _with(_actors(events_of("Ethnic Serbs blocked the main road into Croatia's port of Vukovar on Friday.")),
                  "Serbs")
    assert found and {p.country for p in found} == {"HRV"}


def test_another_partys_country_word_is_no_home_of_a_minority(events_of) -> None:
    events = events_of("Russian troops forced thousands of ethnic Georgians out of the town of Gali.")
    found = _with(_recipients(events), "Georgians")
    assert found and {p.country for p in found} == {"GEO"}  # Gali: no place the gazetteer resolves


def test_the_minority_word_before_a_thing_changes_nothing(events_of) -> None:
    text = "The Dutch government accused Croatian forces of ethnic cleansing in Bosnia."
    found = _with(_recipients(events_of(text)), "Croatian")
    assert found and {p.country for p in found} == {"HRV"}


def test_a_people_without_the_minority_word_keeps_its_state(events_of) -> None:
    found = _with(_actors(events_of("Hungarian farmers in Romania protested against the new land law.")), "farmers")
    assert found and {p.country for p in found} == {"HUN"}


def test_an_ethnic_minority_with_no_other_country_named_keeps_its_people(events_of) -> None:
    found = _with(_actors(events_of("Ethnic Russians protested against the new language law on Sunday.")), "Russians")
    assert found and {p.country for p in found} == {"RUS"}


# --- a sponsor is no home --------------------------------------------------------------------------

def test_a_country_backing_a_force_is_not_its_home(events_of) -> None:
    found = _with(_actors(events_of("Iranian-backed militias fired rockets at a military base north of Baghdad.")),
                  "militias")
    assert found and "IRN" not in {p.country for p in found}


def test_a_countrys_own_force_keeps_its_code(events_of) -> None:
    found = _with(_actors(events_of("Iranian militias fired rockets at a military base north of Baghdad.")), "militias")
    assert found and {p.country for p in found} == {"IRN"}


# --- a hyphen is no party -------------------------------------------------------------------------------

def test_a_hyphen_inside_a_name_is_no_party(events_of) -> None:
    events = events_of("Pakistan accused Lashkar-e-Taiba of plotting new attacks on its soil.")
    assert events and all(p.text.strip() for p in _actors(events) + _recipients(events))


# --- an NGO's people --------------------------------------------------------------------------------------

def test_an_ngos_officials_are_no_government(events_of) -> None:
    found = _with(_actors(events_of("Amnesty International officials accused the police of torturing prisoners.")),
                  "officials")
    assert found and {p.country for p in found} == {"NGO"} and not {"GOV"} & {s for p in found for s in p.sector}


def test_a_states_officials_stay_government(events_of) -> None:
    found = _with(_actors(events_of("Egyptian officials accused the police of torturing prisoners.")), "officials")
    assert found and "GOV" in {s for p in found for s in p.sector}


# --- a city that stands for a body seated there -----------------------------------------------------

def test_brussels_acting_is_the_european_union(events_of) -> None:
    found = _with(_actors(events_of("Brussels fined the Italian government for breaking the budget rules.")), "Brussels")
    assert found and {p.country for p in found} == {"EUR"}


def test_brussels_police_stay_belgian(events_of) -> None:
    found = _with(_actors(events_of("Brussels police arrested a man suspected of planning an attack.")), "police")
    assert found and {p.country for p in found} == {"BEL"}


# --- a name beginning with a lower-case particle ---------------------------------------------------------

def test_a_bodys_fighters_named_with_a_particle_take_its_code(events_of) -> None:
    found = _with(_recipients(events_of("Yemeni soldiers captured three al-Qaeda fighters near the coast.")), "fighters")
    assert found and {p.country for p in found} == {"IMG"}


# --- two country words side by side: one people of the first one's state ------------------------------

def test_a_people_of_a_state_is_one_party_of_that_state(events_of) -> None:
    events = events_of("Bosnian Croat troops shelled the old town of Mostar on Monday.")
    assert {p.country for p in _actors(events)} == {"BIH"}


def test_two_coordinated_country_words_stay_two_parties(events_of) -> None:
    events = events_of("Bulgarian and Greek ministers signed a pipeline agreement in Sofia.")
    assert {"BGR", "GRC"} <= {p.country for p in _actors(events) + _recipients(events)}


# --- Yugoslavia (the federal state of Serbia and Montenegro, coded by its successor) -------------------

def test_the_yugoslav_army_is_serbias(events_of) -> None:
    found = _with(_actors(events_of("The Yugoslav army shelled ethnic Albanian villages near the border.")), "army")
    assert found and {p.country for p in found} == {"SRB"}


# --- a prefix of stance is no home ------------------------------------------------------------------------

def test_pro_and_anti_name_no_home(events_of) -> None:
    found = _with(_actors(events_of("Pro-Iranian gunmen attacked an army post in southern Lebanon.")), "gunmen")
    assert found and "IRN" not in {p.country for p in found}
    found = _with(_actors(events_of("Anti-Chinese rioters burned shops in the capital of the Solomon Islands.")),
                  "rioters")
    assert found and "CHN" not in {p.country for p in found}


def test_a_country_word_without_the_prefix_is_a_home(events_of) -> None:
    found = _with(_actors(events_of("Iranian gunmen attacked an army post in southern Lebanon.")), "gunmen")
    assert found and {p.country for p in found} == {"IRN"}


# --- bodies the tables missed ----------------------------------------------------------------------------

def test_the_contact_group_and_the_zapatistas(events_of) -> None:
    found = _with(_actors(events_of("The Contact Group urged Serbia to withdraw its police from Kosovo.")), "Contact")
    assert found and {p.country for p in found} == {"IGO"}
    found = _with(_actors(events_of("Zapatista rebels ambushed an army patrol in the Chiapas highlands.")), "rebels")
    assert found and {p.country for p in found} == {"MEX"}


# --- a group from elsewhere takes no story country ------------------------------------------------------

def test_world_leaders_are_not_of_the_story_country(events_of) -> None:
    text = "The Brazilian president urged world leaders to protect the rainforest at a summit in Brasilia."
    found = _with(_recipients(events_of(text)), "leaders")
    assert found and {p.country for p in found} == {None}


def test_a_singular_office_keeps_the_story_country() -> None:
    from newsevents.eventcoding.home_codes import from_elsewhere

    words = {"foreign", "world"}
    assert from_elsewhere("world leaders", words) and from_elsewhere("Foreign ministers", words)
    assert not from_elsewhere("The foreign minister", words) and not from_elsewhere("leaders", words)


def test_a_sponsor_named_alone_makes_no_story_country(events_of) -> None:
    found = _with(_actors(events_of("Saudi-funded militias shelled a government checkpoint overnight.")), "militias")
    assert found and "SAU" not in {p.country for p in found}
