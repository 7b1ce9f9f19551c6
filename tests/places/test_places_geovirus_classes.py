"""geo20: place rules from GeoVirus half a, tested on sentences written for these tests."""

from __future__ import annotations

from tests.places.test_places import place_at


def test_a_state_list_is_not_split_at_a_town_state_pair(extract) -> None:
    # "Washington, Pennsylvania" and "Oklahoma, Kansas" could each be a town and its state;
    # inside a longer list of states every member is a state.
    rec = extract("Growers reported blighted orchards in Washington, Pennsylvania and Vermont this summer.")
    for name in ("Washington", "Pennsylvania", "Vermont"):
        place = place_at(rec, name)
        assert place is not None and (place.level, place.country) == ("admin1", "USA"), name
    rec = extract("Inspectors visited dairies in Iowa, Oklahoma, Kansas and Wyoming last spring.")
    for name in ("Oklahoma", "Wyoming"):
        place = place_at(rec, name)
        assert place is not None and place.level == "admin1", name


def test_a_town_and_its_state_then_another_pair_stay_towns(extract) -> None:
    rec = extract("The band played in Dayton, Ohio, and Tulsa, Oklahoma, before the tour ended.")
    dayton, tulsa = place_at(rec, "Dayton"), place_at(rec, "Tulsa")
    assert dayton is not None and dayton.level == "city" and dayton.admin1 is not None
    assert tulsa is not None and tulsa.level == "city"
    rec = extract("Volunteers handed out water in Washington, Pennsylvania, on Saturday.")
    town = place_at(rec, "Washington")
    assert town is not None and town.level == "city"


def test_a_disease_named_after_a_place_is_no_toponym(extract) -> None:
    rec = extract("Health officers in Ohio confirmed two cases of West Nile virus and one of Lassa fever. "
                  "A nurse who treated Ebola patients in Liberia was isolated.")
    assert place_at(rec, "Nile") is None and place_at(rec, "Lassa") is None and place_at(rec, "Ebola") is None
    ohio, liberia = place_at(rec, "Ohio"), place_at(rec, "Liberia")
    assert ohio is not None and ohio.level == "admin1"
    assert liberia is not None and liberia.country == "LBR"


def test_a_place_before_other_nouns_stays_a_place(extract) -> None:
    rec = extract("Lassa officials said the Nile flooded farms, and Marburg residents stayed home.")
    assert place_at(rec, "Nile") is not None
    assert place_at(rec, "Marburg") is not None


def test_a_listed_town_lies_with_the_towns_listed_beside_it(extract) -> None:
    rec = extract("A mining firm from Denver, Colorado, paid for clinics in Peru. Its staff in Denver and Boston "
                  "said nurses saw children in the villages of Chota, Celendín and San Juan.")
    town = place_at(rec, "San Juan")
    assert town is not None and (town.country, town.admin1) == ("PER", "Cajamarca")


def test_a_listed_town_in_a_country_the_story_names_stays(extract) -> None:
    rec = extract("Doctors from Peru and Spain met in Madrid, Chota and Celendín last week.")
    madrid = place_at(rec, "Madrid")
    assert madrid is not None and madrid.country == "ESP"
    # the list's country unnamed: no move
    rec = extract("A mining firm from Denver, Colorado, paid for clinics there. Its staff in Denver and Boston "
                  "said nurses saw children in the villages of Chota, Celendín and San Juan.")
    town = place_at(rec, "San Juan")
    assert town is not None and town.country == "PRI"


def test_an_official_name_without_the_is_the_country(extract) -> None:
    rec = extract("Medical teams flew from Kinshasa across the Democratic Republic of Congo this week.")
    place = place_at(rec, "Congo")
    assert place is not None and place.country == "COD"
    assert any(m.text == "Democratic Republic of Congo" for m in place.mentions)


def test_a_name_after_of_that_makes_no_official_name_stays_alone(extract) -> None:
    rec = extract("The Governor of Texas visited the University of Chicago on Friday.")
    texas = place_at(rec, "Texas")
    assert texas is not None and texas.level == "admin1"
    assert all(" of " not in m.text for m in texas.mentions)
