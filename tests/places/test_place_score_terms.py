"""newsevents.geo.resolve: a candidate's score is the weighted sum of its named terms."""

from __future__ import annotations

import math

from newsevents.geo import resolve
from newsevents.geo.gazetteer import Candidate


def _cand(name: str, level: str, population: int, country: str, admin1: str | None = None, fc: str = "PPL",
          primary: bool = True, admin2: str | None = None) -> Candidate:
    return Candidate(geonameid=None, name=name, feature_code=fc, level=level, country=country, admin1=admin1,
                     lat=0.0, lon=0.0, population=population, primary=primary, admin2=admin2)


def test_prior_terms_name_population_level_capital_alias_and_seat() -> None:
    capital = _cand("Velmora", "city", 999_999, "AAA", fc="PPLC")
    assert resolve.prior_features(capital) == [("log_population", 6.0), ("capital", 1.0)]
    region = _cand("Ostrava Vale", "admin1", 99, "AAA", primary=False)
    assert resolve.prior_features(region) == [("log_population", 2.0), ("level_admin1", 1.0), ("alias", 1.0)]
    airport = _cand("Kestrel Field", "landmark", 0, "AAA", fc="AIRP")
    assert resolve.prior_features(airport) == [("log_population", 0.0), ("airport", 1.0)]
    # a town named like the first-level division it lies in is that division's seat
    province = _cand("Dunmere", "admin1", 2_000_000, "BBB")
    town = _cand("Dunmere", "city", 300_000, "BBB", admin1="Dunmere")
    assert ("seat", 1.0) in resolve.prior_features(town, [province, town])


def test_context_terms_are_the_articles_evidence() -> None:
    town = _cand("Harlow Bend", "city", 9_999, "CCC", admin1="Westmark", admin2="Pine")
    state = _cand("Westmark", "admin1", 1_000_000, "CCC")
    feats = dict(resolve.candidate_features(town, [town], {"CCC": 0.5}, state, {("CCC", "Westmark"): 0.25},
                                            named_counties={("CCC", "Westmark", "Pine")},
                                            home_regions={("CCC", "Westmark")}))
    assert feats == {"log_population": 4.0, "named_county": 1.0, "country_share": 0.5, "admin1_share": 0.25,
                     "home_region": 1.0, "enclosing": 1.0}


def test_hand_weights_give_the_documented_score() -> None:
    # log10 population + capital bonus + dominant-country bonus x share, nothing else
    capital = _cand("Velmora", "city", 999_999, "AAA", fc="PPLC")
    feats = resolve.candidate_features(capital, [capital], {"AAA": 0.5}, None, {})
    expected = 6.0 + resolve.CAPITAL_BONUS + resolve.DOMINANT_COUNTRY_BONUS * 0.5
    assert math.isclose(sum(resolve.HAND_WEIGHTS[n] * v for n, v in feats), expected)
    assert set(resolve.HAND_WEIGHTS) == set(resolve.FEATURES)
