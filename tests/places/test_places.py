"""The places stage on sentences written for these tests (not from the seed article)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import best_candidate, cue_level, filter_by_cue, main_names_only
from newsevents.record import Place, Record


def places_of(record: Record) -> list[Place]:
    text = record.article.text
    for place in record.places:
        for m in place.mentions:
            assert text[m.start:m.end] == m.text
    return record.places


def place_at(record: Record, needle: str, occurrence: int = 1) -> Place | None:
    """The place one of whose mentions overlaps the n-th occurrence of ``needle``."""
    text = record.article.text
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    for place in places_of(record):
        if any(m.start < end and start < m.end for m in place.mentions):
            return place
    return None


# --- city versus province -------------------------------------------------------------------

def test_region_cue_gives_the_oblast_and_city_cue_the_city(extract) -> None:
    rec = extract("Shelling was reported in Kharkiv region overnight, and power was cut in the city of Kharkiv.")
    region, city = place_at(rec, "Kharkiv", 1), place_at(rec, "Kharkiv", 2)
    assert region is not None and city is not None
    assert (region.level, region.geonameid) == ("admin1", 706482)
    assert (city.level, city.geonameid) == ("city", 706483)
    assert region.id != city.id  # one Place per referent


def test_bare_name_of_a_city_that_names_its_province_is_the_city(extract) -> None:
    rec = extract("Rescue teams in Kharkiv searched the rubble of a school on Monday.")
    place = place_at(rec, "Kharkiv")
    assert place is not None and place.geonameid == 706483 and place.level == "city"


def test_province_versus_its_capital_in_canada(extract) -> None:
    rec = extract("Police in Toronto said the suspect had driven across Ontario before his arrest.")
    toronto, ontario = place_at(rec, "Toronto"), place_at(rec, "Ontario")
    assert toronto is not None and toronto.level == "city" and toronto.country == "CAN"
    assert ontario is not None and ontario.level == "admin1" and ontario.country == "CAN"
    assert ontario.lat is not None and ontario.lon is not None


def test_province_cue_after_the_name_and_country_context(extract) -> None:
    rec = extract("Heavy monsoon rains flooded villages across Punjab province, officials in Pakistan said.")
    punjab = place_at(rec, "Punjab")
    assert punjab is not None and (punjab.level, punjab.country) == ("admin1", "PAK")


def test_a_list_of_admin1_names_makes_each_member_admin1(extract) -> None:
    rec = extract("Separatist officials said Kharkiv, Sumy, Chernihiv and Poltava would be targeted next.")
    for name in ("Kharkiv", "Sumy", "Chernihiv", "Poltava"):
        place = place_at(rec, name)
        assert place is not None and place.level == "admin1", name


def test_later_bare_mention_keeps_the_province_sense(extract) -> None:
    rec = extract("Troops advanced in Kharkiv region on Tuesday. By Friday they controlled half of Kharkiv.")
    first, second = place_at(rec, "Kharkiv", 1), place_at(rec, "Kharkiv", 2)
    assert first is not None and first is second and first.level == "admin1"


def test_main_city_after_a_region_is_that_regions_capital(extract) -> None:
    rec = extract("Families fled occupied parts of Kherson region. Drones struck a bridge near the main city.")
    nominal = place_at(rec, "main city")
    assert nominal is not None and nominal.level == "city" and nominal.geonameid == 706448


def test_city_followed_by_its_state(extract) -> None:
    rec = extract("The factory in Springfield, Illinois, will close in March, the company said.")
    city = place_at(rec, "Springfield")
    assert city is not None and city.admin1 == "Illinois" and city.country == "USA"


def test_article_geography_picks_the_local_namesake(extract) -> None:
    rec = extract("Dublin police closed two roads on Friday. Officers from Columbus, Ohio, helped, "
                  "and Dublin schools stayed open, a Dublin spokesman said.")
    dublin = place_at(rec, "Dublin")
    assert dublin is not None and dublin.country == "USA" and dublin.admin1 == "Ohio"


def test_place_named_at_the_start_of_an_organisation(extract) -> None:
    rec = extract("A grant from the Ohio Department of Transportation will pay for the new bridge.")
    ohio = place_at(rec, "Ohio")
    assert ohio is not None and ohio.level == "admin1" and ohio.mentions[0].text == "Ohio"


def test_abbreviated_state_after_a_town(extract) -> None:
    rec = extract("The plant in Charleston, W.Va., laid off 40 workers.")
    state, town = place_at(rec, "W.Va."), place_at(rec, "Charleston")
    assert state is not None and state.name == "West Virginia"
    assert town is not None and town.admin1 == "West Virginia"


# --- spelling variants, mislabels, demonyms, unknown places -----------------------------------

@pytest.mark.parametrize(("sentence", "name", "geonameid"), [
    ("Air raid sirens sounded in Kiev on Monday morning.", "Kiev", 703448),
    ("Missiles hit Zaporozhye overnight, the mayor said.", "Zaporozhye", 687700),
    ("Trains from Kharkov were cancelled after the strike.", "Kharkov", 706483),
])
def test_spelling_variants_resolve_to_one_city(extract, sentence: str, name: str, geonameid: int) -> None:
    place = place_at(extract(sentence), name)
    assert place is not None and place.geonameid == geonameid


def test_capital_used_as_actor_stays_a_place(extract) -> None:
    rec = extract("Kyiv has rejected the proposal, while Washington urged restraint.")
    kyiv, washington = place_at(rec, "Kyiv"), place_at(rec, "Washington")
    assert kyiv is not None and kyiv.geonameid == 703448
    assert washington is not None and washington.country == "USA" and washington.level == "city"


def test_demonyms_are_not_places_but_possessive_countries_are(extract) -> None:
    rec = extract("Ukrainian soldiers and Russian officials met in Turkey's largest city on Thursday.")
    assert place_at(rec, "Ukrainian") is None
    assert place_at(rec, "Russian") is None
    turkey = place_at(rec, "Turkey")
    assert turkey is not None and turkey.level == "country" and turkey.country == "TUR"
    assert turkey.mentions[0].text == "Turkey"


def test_person_titled_name_is_not_a_place(extract) -> None:
    rec = extract("Mr Lincoln told reporters in Paris that the talks had failed.")
    assert place_at(rec, "Lincoln") is None
    assert place_at(rec, "Paris") is not None


def test_seat_of_power_as_speaker_is_not_a_landmark_place(extract) -> None:
    rec = extract("The White House said the talks in Geneva would resume on Monday.")
    assert place_at(rec, "White House") is None
    assert place_at(rec, "Geneva") is not None


def test_acronyms_and_compass_blocs_are_not_geocoded(extract) -> None:
    rec = extract("The UN and the West condemned the vote, and Germany called it a sham.")
    assert place_at(rec, "UN") is None
    assert place_at(rec, "West") is None
    germany = place_at(rec, "Germany")
    assert germany is not None and germany.geonameid == 2921044


def test_unknown_place_is_kept_without_coordinates(extract) -> None:
    rec = extract("Fighting was reported near the village of Xyzzovka in Glorbistan.")
    for place in places_of(rec):
        if place.geonameid is None:
            assert place.lat is None and place.lon is None
    assert all(p.geonameid is None for p in rec.places if "Xyzzovka" in p.name or "Glorbistan" in p.name)


def test_water_and_landmarks(extract) -> None:
    rec = extract("Grain ships crossed the Mediterranean after a protest in Trafalgar Square.")
    sea, square = place_at(rec, "Mediterranean"), place_at(rec, "Trafalgar Square")
    assert sea is not None and sea.level == "water"
    assert square is not None and square.level == "landmark" and square.country == "GBR"


def test_every_place_field_is_filled_for_known_places(extract) -> None:
    rec = extract("Talks between Egypt and Qatar continued in Cairo on Sunday.")
    assert len(rec.places) == 3
    for place in rec.places:
        assert place.geonameid and place.feature_code and place.level and place.country
        assert place.lat is not None and place.lon is not None
    cairo = place_at(rec, "Cairo")
    assert cairo is not None and cairo.feature_code == "PPLC" and cairo.admin1


def test_empty_and_odd_input_gives_no_traceback(extract) -> None:
    assert extract("").places == []
    assert extract("   \n\n ").places == []
    extract("'s ' the , and of city region 's")


# --- pure helpers ------------------------------------------------------------------------------

def _cand(name: str, level: str, population: int, country: str = "UKR", **kw) -> Candidate:
    return Candidate(geonameid=hash(name + level) % 10**6, name=name, feature_code=kw.pop("fc", "PPL"), level=level,
                     country=country, admin1=kw.pop("admin1", None), lat=0.0, lon=0.0, population=population, **kw)


def test_cue_level_words() -> None:
    assert cue_level("Province") == "admin1"
    assert cue_level("oblast") == "admin1"
    assert cue_level("town") == "city"
    assert cue_level("river") is None


def test_cue_filter_falls_back_when_nothing_fits() -> None:
    city = _cand("Sumy", "city", 260_000)
    assert filter_by_cue([city], "admin1") == [city]


def test_dominant_country_and_enclosing_admin1_decide_between_namesakes() -> None:
    georgia_country = _cand("Georgia", "country", 3_700_000, country="GEO")
    georgia_state = _cand("Georgia", "admin1", 9_000_000, country="USA")
    assert best_candidate([georgia_country, georgia_state]) is georgia_country
    assert best_candidate([georgia_country, georgia_state], {"USA": 1.0}) is georgia_state
    paris_fr = _cand("Paris", "city", 2_100_000, country="FRA", fc="PPLC")
    paris_tx = _cand("Paris", "city", 25_000, country="USA", admin1="Texas")
    texas = _cand("Texas", "admin1", 25_000_000, country="USA")
    assert best_candidate([paris_fr, paris_tx], {}, texas) is paris_tx


def test_index_loads_in_a_fresh_interpreter_without_shared_data(tmp_path) -> None:
    code = ("import json; from newsevents.geo.gazetteer import get_gazetteer; g = get_gazetteer(); "
            "print(json.dumps([len(g) > 100000, g.is_place_name('Lagos')]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [True, True]


def test_plural_noun_after_a_country_is_not_a_cue(extract) -> None:
    rec = extract("Several U.S. cities reported record heat, and New York opened cooling centres.")
    usa, new_york = place_at(rec, "U.S."), place_at(rec, "New York")
    assert usa is not None and usa.level == "country" and usa.country == "USA"
    assert new_york is not None and new_york.level == "city"


def test_compound_state_name_keeps_its_compass_word(extract) -> None:
    rec = extract("Floods closed schools across West Virginia and South Carolina on Monday.")
    wv, sc = place_at(rec, "West Virginia"), place_at(rec, "South Carolina")
    assert wv is not None and wv.name == "West Virginia" and wv.mentions[0].text == "West Virginia"
    assert sc is not None and sc.name == "South Carolina"


# --- counties, the article's other places, cue words, names that are not places (issue 16) ----

def test_a_county_is_a_second_level_division_with_a_point(extract) -> None:
    rec = extract("Flooding closed roads in Orange County on Tuesday, officials said.")
    county = place_at(rec, "Orange County")
    assert county is not None and county.level == "admin2" and county.feature_code == "ADM2"
    assert county.admin2 == "Orange County" and county.lat is not None


@pytest.mark.parametrize(("county", "state"), [("Clark County", "Ohio"), ("Greene County", "Missouri")])
def test_a_town_is_the_one_in_the_county_the_article_names(extract, county: str, state: str) -> None:
    rec = extract(f"Schools in Springfield reopened on Monday, and {county} officials said buses would run on time.")
    town, division = place_at(rec, "Springfield"), place_at(rec, county)
    assert town is not None and (town.level, town.admin1, town.admin2) == ("city", state, county)
    assert division is not None and (division.level, division.admin1) == ("admin2", state)


def test_other_places_away_from_the_namesake_city_mean_the_state(extract) -> None:
    rec = extract("Lawmakers in Albany debated the budget while snow fell in Buffalo and Rochester. "
                  "New York faces a deficit.")
    state = place_at(rec, "New York")
    assert state is not None and (state.level, state.country) == ("admin1", "USA")
    rec = extract("Wildfires spread east of Seattle and Spokane on Friday. Washington has declared an emergency.")
    state = place_at(rec, "Washington")
    assert state is not None and (state.level, state.admin1) == ("admin1", "Washington")


def test_places_next_to_the_city_keep_the_city(extract) -> None:
    rec = extract("Subway service in Brooklyn and Queens was suspended. New York officials blamed the heat.")
    city = place_at(rec, "New York")
    assert city is not None and city.level == "city"


def test_upstate_and_state_abbreviation_cues(extract) -> None:
    rec = extract("Residents of upstate New York braced for a storm.")
    assert (place_at(rec, "New York") or Place(id="-", name="-", mentions=[])).level == "admin1"
    rec = extract("Police in Topeka, Kan., arrested two men on Sunday.")
    kansas = place_at(rec, "Kan.")
    assert kansas is not None and (kansas.level, kansas.name) == ("admin1", "Kansas")


def test_airport_cue_gives_the_airport_not_a_namesake(extract) -> None:
    rec = extract("Flights were cancelled at Gatwick airport after a drone was seen near the runway.")
    airport = place_at(rec, "Gatwick")
    assert airport is not None and airport.level == "landmark" and airport.feature_code == "AIRP"
    assert airport.country == "GBR" and abs(airport.lat - 51.15) < 0.1


def test_demonyms_are_not_places_even_where_a_parish_bears_the_word(extract) -> None:
    rec = extract("The German economy shrank, while the French government raised taxes.")
    assert place_at(rec, "German") is None and place_at(rec, "French") is None


def test_english_regions_are_in_england(extract) -> None:
    rec = extract("Unemployment rose in the East Midlands and the North East, the statistics office said.")
    for name in ("East Midlands", "North East"):
        region = place_at(rec, name)
        assert region is not None and region.country == "GBR" and 50 < region.lat < 56


def test_a_compass_name_of_an_english_region_yields_to_another_country_context(extract) -> None:
    rec = extract("Platinum miners went on strike in South Africa on Monday. Mines in the North West "
                  "province near Rustenburg were closed.")
    province = place_at(rec, "North West")
    assert province is not None and province.country == "ZAF" and province.level == "admin1"


def test_a_main_name_beats_an_old_name_of_a_bigger_city(extract) -> None:
    # Salisbury is also Harare's colonial name: the English city bears it as its own.
    rec = extract("A farmer from Salisbury sold his cattle at the market in Wiltshire.")
    town = place_at(rec, "Salisbury")
    assert town is not None and town.country == "GBR"


def test_a_person_who_shares_a_place_name_is_not_a_place() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.components.places import PlaceFinder
    from newsevents.geo.gazetteer import get_gazetteer

    words = ["Victoria", "Hale", "spoke", ".", "Victoria", "said", "it", "was", "over", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]

    def doc(first_ent: str) -> Doc:
        return Doc(Vocab(), words=words, spaces=spaces,
                   ents=[first_ent, "I-PERSON" if first_ent == "B-PERSON" else "O", "O", "O", "B-GPE",
                         "O", "O", "O", "O", "O"],
                   pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "ADV", "PUNCT"])

    named = PlaceFinder(doc("B-PERSON"), get_gazetteer(), set()).places()
    assert not any(p.name == "Victoria" or p.mentions[0].text == "Victoria" for p in named)
    # without the person's full name, a lone Victoria labelled GPE stays a place
    unnamed = PlaceFinder(doc("O"), get_gazetteer(), set()).places()
    assert any(m.text == "Victoria" for p in unnamed for m in p.mentions)


@pytest.mark.parametrize(("level", "expected"), [("city", "exact"), ("landmark", "exact"), ("admin2", "admin2"),
                                                 ("admin1", "admin1"), ("country", "country"), ("water", None)])
def test_geo_precision_of_a_place(level: str, expected: str | None) -> None:
    from newsevents.eventcoding.situate import geo_precision

    place = Place(id="p1", name="X", level=level, lat=1.0, lon=2.0, mentions=[])  # type: ignore[arg-type]
    assert geo_precision(place) == expected
    assert geo_precision(Place(id="p2", name="Y", level=level, mentions=[])) is None  # type: ignore[arg-type]
    assert geo_precision(None) is None


def test_events_carry_the_precision_of_their_place(extract) -> None:
    rec = extract("Protesters marched through the streets of Lyon on Saturday.")
    placed = [e for e in rec.events if e.place]
    assert placed, "the protest should be placed in Lyon"
    lyon = {p.id: p for p in rec.places}[placed[0].place]
    assert lyon.level == "city" and placed[0].geo_precision == "exact"
    assert (lyon.admin1, lyon.admin2) == ("Auvergne-Rhône-Alpes", "Rhône")  # every town names its division
    rec = extract("Hundreds of people protested in Kent County on Saturday.")
    assert [e.geo_precision for e in rec.events if e.place] == ["admin2"]


def test_an_old_name_of_a_big_city_and_its_province_yields_to_a_town_of_that_name() -> None:
    def cand(name: str, level: str, country: str, admin1: str, population: int, primary: bool) -> Candidate:
        return Candidate(geonameid=None, name=name, feature_code="X", level=level, country=country, admin1=admin1,
                         lat=0.0, lon=0.0, population=population, primary=primary)

    town = cand("Oldbury", "city", "USA", "Ohio", 19_000, True)
    big_city = cand("Metropolis", "city", "SYR", "Metropolis", 2_000_000, False)  # "Oldbury" is its old name
    its_province = cand("Metropolis", "admin1", "SYR", "Metropolis", 3_000_000, False)
    kept = main_names_only([town, big_city, its_province])
    assert kept == [town]
    assert best_candidate([town, big_city, its_province]) is town
    # with no town of its own name, the alias stays in play
    assert main_names_only([big_city, its_province]) == [big_city, its_province]
    # a namesake city inside a region that bears the name as its own is no alias to drop
    state = cand("Gotham", "admin1", "USA", "Gotham", 19_000_000, True)
    gotham_city = cand("Gotham City", "city", "USA", "Gotham", 8_000_000, False)
    village = cand("Gotham", "city", "GBR", "England", 1_500, True)
    assert gotham_city in main_names_only([state, gotham_city, village])


# --- the known part of a name the gazetteer does not know ------------------------------------------

def test_a_building_named_after_a_county_town_mentions_the_place() -> None:
    # "Kilkenny" is a county and its town (neither a country nor a city of 100,000): first in a
    # building's name the gazetteer does not know, it is the place the building stands in.
    places = _places(["Crowds", "gathered", "outside", "Kilkenny", "Town", "Hall", "today", "."],
                     ["O", "O", "O", "B-FAC", "I-FAC", "I-FAC", "O", "O"])
    assert [(p.name, p.country, [m.text for m in p.mentions]) for p in places] == [("Kilkenny", "IRL", ["Kilkenny"])]


def test_a_division_name_as_the_last_word_of_a_name_is_no_place() -> None:
    # Several US counties are called Union: the head word of "Soviet Union" is not one of them.
    places = _places(["Historians", "of", "the", "Soviet", "Union", "met", "last", "week", "."],
                     ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "O", "O"])
    assert [(p.name, p.lat) for p in places] == [("Soviet Union", None)]


# --- cues that give the level, context that gives the state ------------------------------------------

def test_a_cued_name_found_in_several_states_takes_the_articles_state(extract) -> None:
    # "the city of Paris" says a town, not which one: the article's state decides.
    rec = extract("Storms hit Texas overnight, and the city of Paris lost power.")
    paris = place_at(rec, "Paris")
    assert paris is not None and (paris.level, paris.country, paris.admin1) == ("city", "USA", "Texas")
    # with no such context the prior still gives the famous one
    rec = extract("Storms hit overnight, and the city of Paris lost power.")
    paris = place_at(rec, "Paris")
    assert paris is not None and paris.country == "FRA"


def test_a_countrys_name_before_city_modifies_the_noun(extract) -> None:
    rec = extract("Several U.S. city officials attended the meeting.")
    us = place_at(rec, "U.S.")
    assert us is not None and (us.level, us.country) == ("country", "USA")


def test_a_possessive_keeps_the_compass_word_of_a_name(extract) -> None:
    rec = extract("South Carolina's governor signed the bill on Monday.")
    state = place_at(rec, "South Carolina")
    assert state is not None and (state.level, state.name) == ("admin1", "South Carolina")
    assert [m.text for m in state.mentions] == ["South Carolina"]


def test_a_town_named_like_its_own_state_gets_no_county_support(extract) -> None:
    # Orange County, New York holds a village called Florida; beside "Florida" the state is meant,
    # and the county is Florida's.
    rec = extract("Officials in Florida said Orange County schools would close on Monday.")
    florida, county = place_at(rec, "Florida"), place_at(rec, "Orange County")
    assert florida is not None and (florida.level, florida.name) == ("admin1", "Florida")
    assert county is not None and (county.level, county.admin1) == ("admin2", "Florida")
    # a foreign country's name is still a town when its county is named ("Palestine", Texas)
    rec = extract("The trial in Palestine drew crowds from across Anderson County.")
    town = place_at(rec, "Palestine")
    assert town is not None and (town.level, town.admin1) == ("city", "Texas")


def test_named_like_home_region_is_about_the_towns_own_country() -> None:
    from newsevents.geo.resolve import named_like_home_region

    def cand(level: str, country: str, name: str = "Florida") -> Candidate:
        return Candidate(1, name, "PPL", level, country, None, 0.0, 0.0, 100, True)

    state, town, foreign = cand("admin1", "USA"), cand("city", "USA"), cand("city", "URY")
    assert named_like_home_region(town, [state, town, foreign])
    assert not named_like_home_region(foreign, [state, town, foreign])
    assert not named_like_home_region(state, [state, town])


# --- a word spaCy left out of the name ------------------------------------------------------------

def _finder(words: list[str], ents: list[str]):
    import spacy
    from spacy.tokens import Doc

    from newsevents.actors import load_actor_dictionary
    from newsevents.components.places import PlaceFinder, _demonym_words
    from newsevents.geo.gazetteer import get_gazetteer

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], ents=ents)
    return PlaceFinder(doc, get_gazetteer(), _demonym_words(load_actor_dictionary()))


def _recognised(words: list[str], ents: list[str]) -> list[str]:
    return [m.text for m in _finder(words, ents).recognise()]


def _places(words: list[str], ents: list[str]) -> list[Place]:
    return _finder(words, ents).places()


def test_a_capitalised_word_that_makes_a_longer_known_name_joins_the_mention() -> None:
    # spaCy labels only "Bay": "Bay City" is a town of its own
    assert _recognised(["The", "parade", "in", "Bay", "City", "drew", "crowds", "."],
                       ["O", "O", "O", "B-GPE", "O", "O", "O", "O"]) == ["Bay City"]
    # and on the left: "New Braunfels", not "Braunfels"
    assert _recognised(["Firefighters", "in", "New", "Braunfels", "answered", "."],
                       ["O", "O", "O", "B-GPE", "O", "O"]) == ["New Braunfels"]
    # a state's name takes the word when the longer name is a real town
    assert _recognised(["Refineries", "in", "Texas", "City", "closed", "."],
                       ["O", "O", "B-GPE", "O", "O", "O"]) == ["Texas City"]


def test_a_state_name_is_not_widened_into_a_village_nor_a_name_into_an_unknown_one() -> None:
    # "the Virginia Gardens": a state's name stands on its own beside a village of 2,500 so named
    assert _recognised(["Tourists", "crowded", "the", "Virginia", "Gardens", "this", "summer", "."],
                       ["O", "O", "O", "B-GPE", "O", "O", "O", "O"]) == ["Virginia"]
    # "Braunfels Trailhead" is no known name: the mention stays as spaCy gave it
    assert _recognised(["They", "hiked", "near", "Braunfels", "Trailhead", "."],
                       ["O", "O", "O", "B-GPE", "O", "O"]) == ["Braunfels"]


# --- infrastructure named after a town -------------------------------------------------------------

def test_a_port_or_power_plant_named_after_a_town_is_a_landmark_at_the_towns_point() -> None:
    from newsevents.eventcoding.situate import geo_precision

    port = _places(["Ships", "left", "the", "Port", "of", "Felixstowe", "at", "dawn", "."],
                   ["O", "O", "B-FAC", "I-FAC", "I-FAC", "I-FAC", "O", "O", "O"])
    assert [(p.name, p.level, p.feature_code, p.country, p.geonameid) for p in port] == \
        [("Port of Felixstowe", "landmark", "PRT", "GBR", None)]
    assert port[0].lat is not None and abs(port[0].lat - 51.96) < 0.1 and geo_precision(port[0]) == "exact"
    assert [m.text for m in port[0].mentions] == ["Port of Felixstowe"]
    plant = _places(["Staff", "left", "the", "Chornobyl", "Nuclear", "Power", "Plant", "today", "."],
                    ["O", "O", "B-FAC", "I-FAC", "I-FAC", "I-FAC", "I-FAC", "O", "O"])
    assert [(p.name, p.feature_code, p.country) for p in plant] == [("Chornobyl Nuclear Power Plant", "PS", "UKR")]


def test_infrastructure_named_after_a_county_or_a_bridge_is_no_town_landmark() -> None:
    # a county's centre is not where its jail is: the mention stays the county's
    jail = _places(["He", "was", "held", "in", "the", "Marion", "County", "Jail", "overnight", "."],
                   ["O", "O", "O", "O", "B-FAC", "I-FAC", "I-FAC", "I-FAC", "O", "O"])
    assert jail and all(p.level != "landmark" for p in jail)
    # bridges are often named after no town ("Golden Gate" is also a town in Florida)
    assert _places(["Crowds", "crossed", "the", "Golden", "Gate", "Bridge", "today", "."],
                   ["O", "O", "B-FAC", "I-FAC", "I-FAC", "I-FAC", "O", "O"]) == []
