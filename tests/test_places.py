"""The places stage on sentences written for these tests (not from the seed article)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import best_candidate, cue_level, filter_by_cue
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
