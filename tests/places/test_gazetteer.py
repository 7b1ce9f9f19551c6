"""The offline gazetteer: loads from the installed package, finds spelling variants, ranks sensibly."""

from __future__ import annotations

import importlib.resources

import pytest

from newsevents.geo.gazetteer import Gazetteer, get_gazetteer, normalise


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_index_ships_inside_the_installed_package() -> None:
    shipped = importlib.resources.files("newsevents") / "data" / "gazetteer.tsv.gz"
    assert shipped.is_file()
    gaz = Gazetteer.from_path(str(shipped))
    assert len(gaz) > 100_000
    assert get_gazetteer() is get_gazetteer()  # cached: loaded once per process


def test_normalise_folds_case_accents_hyphens_and_article() -> None:
    assert normalise("Côte d’Ivoire") == "cote d'ivoire"
    assert normalise("Ivano-Frankivsk") == "ivano frankivsk"
    assert normalise("the  Netherlands") == "netherlands"
    assert normalise("U.S.") == "us"


@pytest.mark.parametrize(
    ("spelling", "geonameid"),
    [("Kyiv", 703448), ("Kiev", 703448), ("Kharkiv", 706483), ("Kharkov", 706483),
     ("Zaporizhzhya", 687700), ("Zaporozhye", 687700), ("Odesa", 698740), ("Odessa", 698740)],
)
def test_spelling_variants_find_the_same_city(gaz: Gazetteer, spelling: str, geonameid: int) -> None:
    assert geonameid in {c.geonameid for c in gaz.lookup(spelling)}


def test_an_oblast_named_after_its_city_shares_its_spellings(gaz: Gazetteer) -> None:
    oblasts = [c for c in gaz.lookup("Zaporozhye") if c.level == "admin1"]
    assert [c.geonameid for c in oblasts] == [687699]
    kharkiv = [c for c in gaz.lookup("Kharkov") if c.level == "admin1"]
    assert kharkiv and kharkiv[0].country == "UKR"


def test_admin1_short_form_and_coordinates(gaz: Gazetteer) -> None:
    ontario = [c for c in gaz.lookup("Ontario") if c.level == "admin1"][0]
    assert ontario.country == "CAN" and ontario.feature_code == "ADM1"
    # The centre of the box of its towns (GeoNames' own point is 49.25, -84.5), not Toronto.
    assert 44 < ontario.lat < 50 and -90 < ontario.lon < -80
    assert {c.country for c in gaz.lookup("Punjab") if c.level == "admin1"} == {"PAK", "IND"}
    assert gaz.lookup("Kherson Oblast")[0].geonameid == 706442


def test_countries_have_representative_points_and_aliases(gaz: Gazetteer) -> None:
    turkey = gaz.lookup("Turkey")[0]
    assert (turkey.level, turkey.country, turkey.lat, turkey.lon) == ("country", "TUR", 39.0, 35.0)
    assert gaz.lookup("Britain")[0].country == "GBR"
    assert gaz.lookup("the United States")[0].geonameid == 6252001


def test_city_rows_carry_admin1_and_capital_code(gaz: Gazetteer) -> None:
    toronto = gaz.lookup("Toronto")[0]
    assert (toronto.country, toronto.admin1, toronto.level) == ("CAN", "Ontario", "city")
    paris = [c for c in gaz.lookup("Paris") if c.country == "FRA" and c.level == "city"][0]
    assert paris.feature_code == "PPLC"


def test_us_state_abbreviations_and_country_point_overrides(gaz: Gazetteer) -> None:
    assert gaz.lookup("W.Va.")[0].name == "West Virginia"
    assert gaz.lookup("Calif.")[0].name == "California"
    assert gaz.is_place_name("Fla.") and not gaz.is_place_name("Miss")
    usa = gaz.lookup("U.S.")[0]
    assert (usa.lat, usa.lon) == (39.76, -98.5)


def test_extra_table_has_seas_and_landmarks(gaz: Gazetteer) -> None:
    assert gaz.lookup("the Mediterranean")[0].level == "water"
    assert gaz.lookup("Trafalgar Square")[0].level == "landmark"


def test_is_place_name(gaz: Gazetteer) -> None:
    for name in ("Kharkiv", "Kiev", "Ontario", "Caspian Sea", "Nigeria", "Manchester"):
        assert gaz.is_place_name(name), name
    for name in ("Smith", "Ukrainian", "Zelensky", "", "Xqzzy"):
        assert not gaz.is_place_name(name), name


def test_bad_input_gives_no_candidates(gaz: Gazetteer) -> None:
    assert gaz.lookup("") == []
    assert gaz.lookup(None) == []  # type: ignore[arg-type]
    assert gaz.lookup("   ") == []


def test_abbreviated_saint_mount_fort_share_one_key() -> None:
    assert normalise("St. Petersburg") == normalise("Saint Petersburg") == "saint petersburg"
    assert normalise("Mt. Pleasant") == "mount pleasant"
    assert normalise("Ft. Worth") == "fort worth"
    assert normalise("Stanley") == "stanley"  # only the whole word is an abbreviation


def test_countries_sit_at_geonames_own_points(gaz: Gazetteer) -> None:
    # GeoNames' country features, not a centroid from another table (Canada's is far north-west).
    canada = next(c for c in gaz.lookup("Canada") if c.level == "country")
    assert (canada.geonameid, round(canada.lat), round(canada.lon)) == (6251999, 60, -114)
    asia = next(c for c in gaz.lookup("Asia") if c.level == "region")
    assert asia.geonameid == 6255147 and abs(asia.lon - 89.3) < 0.1


def test_second_level_divisions_have_points_and_towns_know_their_county(gaz: Gazetteer) -> None:
    counties = [c for c in gaz.lookup("Greene County") if c.level == "admin2"]
    assert len({c.admin1 for c in counties}) >= 5  # many states have one
    missouri = next(c for c in counties if c.admin1 == "Missouri")
    assert missouri.feature_code == "ADM2" and missouri.lat is not None and missouri.population > 100_000
    springfield = next(c for c in gaz.lookup("Springfield") if c.admin1 == "Missouri" and c.level == "city")
    assert springfield.admin2 == "Greene County"
    # a county's point lies among its towns
    assert abs(missouri.lat - springfield.lat) < 0.5 and abs(missouri.lon - springfield.lon) < 0.5


def test_most_towns_name_their_second_level_division(gaz: Gazetteer) -> None:
    # GeoNames' own admin2 code of each cities500 place: French towns name their department,
    # English towns their county, Indian towns their division (not only the towns of cities1000).
    annecy = next(c for c in gaz.lookup("Annecy") if c.country == "FRA" and c.level == "city")
    assert annecy.admin2 == "Haute-Savoie"
    department = next(c for c in gaz.lookup("Haute-Savoie") if c.level == "admin2")
    assert abs(department.lat - annecy.lat) < 0.5 and abs(department.lon - annecy.lon) < 0.5
    truro = next(c for c in gaz.lookup("Truro") if c.country == "GBR")
    assert truro.admin2 == "Cornwall"
    towns = [c for name in ("Springfield", "Richmond", "Newport", "Salem", "Franklin") for c in gaz.lookup(name)
             if c.level == "city"]
    assert len(towns) > 40
    assert sum(c.admin2 is not None for c in towns) >= 0.9 * len(towns)


def test_airports_by_full_name_and_distinctive_short_name(gaz: Gazetteer) -> None:
    full = gaz.lookup("Gatwick Airport")
    assert full and full[0].feature_code == "AIRP" and full[0].country == "GBR" and full[0].primary
    bare = [c for c in gaz.lookup("Schiphol") if c.feature_code == "AIRP"]
    assert bare and not bare[0].primary  # an alternate name: it must not beat a town of that name
    assert not any(c.feature_code == "AIRP" for c in gaz.lookup("State"))  # generic words are no names
