"""Choosing the referent of a toponym among gazetteer candidates: pure functions, no spaCy.

The score is a prior (population, level, capital status, own name vs alias) plus context (an
explicit cue like ``region`` or ``city``, the article's dominant countries, an enclosing admin1
named next to the mention). Hard cues filter the candidates; soft context only adds points.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping

from newsevents.geo.gazetteer import Candidate

# Cue words -> the level they ask for. Nouns after the name ("Kharkiv region") or before it
# ("the city of Kharkiv", "Punjab province") name the kind of place meant.
ADMIN_CUES = frozenset({
    "region", "province", "oblast", "state", "governorate", "prefecture", "territory", "republic",
    "voivodeship", "krai", "kray", "county", "district", "canton", "emirate", "peninsula", "peninsular",
    "regions", "provinces", "oblasts", "states", "governorates", "territories",
})
CITY_CUES = frozenset({"city", "town", "village", "capital", "port", "municipality", "suburb", "cities",
                       "towns", "villages"})
CUE_LEVELS: dict[str, frozenset[str]] = {
    "admin1": frozenset({"admin1", "admin2", "region"}),
    "admin2": frozenset({"admin2"}),
    "city": frozenset({"city"}),
    "landmark": frozenset({"landmark"}),
    # "Kan.", "Pa.": news abbreviates states and countries, not towns
    "abbreviation": frozenset({"admin1", "country"}),
    # "Paris, Texas": a town (or county, landmark) inside the state named after it
    "enclosed": frozenset({"city", "admin2", "landmark"}),
}
# Words after a name that ask for a second-level division or a landmark ("Orange County",
# "Gatwick airport") rather than a first-level one.
ADMIN2_CUES = frozenset({"county", "parish", "borough"})
LANDMARK_CUES = frozenset({"airport", "airfield", "port"})

# Score weights (log10 population is the base: a city of 1M scores 6).
# A county's population is that of its towns: it would outweigh its namesake seat town, which a
# bare name usually means, so it starts lower.
LEVEL_BONUS = {"country": 3.0, "admin1": 0.5, "admin2": -1.0, "water": 9.0, "region": 8.0, "landmark": 8.0,
               "city": 0.0}
# Airports have no population: their own full name ("Gatwick Airport") is unique anyway, and a
# bare short name ("Heathrow") should beat a small namesake town, not a real city ("Logan").
AIRPORT_BONUS = 4.0
CAPITAL_BONUS = 2.0  # national capitals are what a bare name usually means ("Washington")
SEAT_BONUS = 1.5  # a city named like its own admin1 wins a bare mention ("Kharkiv" the city)
ALIAS_PENALTY = 2.0  # matched on an alternate name only
DOMINANT_COUNTRY_BONUS = 2.5
DOMINANT_ADMIN1_BONUS = 3.0  # a town in the state the article keeps naming
# A town inside a county the article names, or a county holding a town it names ("Paris" and
# "Henry County": the Paris in Henry County, Tennessee). Name pairs rarely meet by chance.
NAMED_COUNTY_BONUS = 4.0
# A town in the first-level division whose own government, department or police the story speaks
# for ("The Nova Scotia Department of Health said ... in Windsor"): a provincial release or a local
# paper is set there, whatever other provinces or countries it names (places22).
HOME_REGION_BONUS = 2.0
ENCLOSING_BONUS = 6.0  # "Springfield, Illinois": the named admin1 or country contains the place

# The score is a weighted sum of these terms (:func:`candidate_features`): log10 population, one
# indicator per level (a city is the reference, 0), airport, national capital, seat, alias, and
# the context (a named county, the article's country and admin1 shares, the home region, an
# enclosing admin1 or country named after the mention).
LEVEL_FEATURES = {level: f"level_{level}" for level in ("country", "admin1", "admin2", "water", "region", "landmark")}
FEATURES = ("log_population", *LEVEL_FEATURES.values(), "airport", "capital", "seat", "alias", "named_county",
            "country_share", "admin1_share", "home_region", "enclosing")
HAND_WEIGHTS: dict[str, float] = {
    "log_population": 1.0,
    **{feature: LEVEL_BONUS[level] for level, feature in LEVEL_FEATURES.items()},
    "airport": AIRPORT_BONUS, "capital": CAPITAL_BONUS, "seat": SEAT_BONUS, "alias": -ALIAS_PENALTY,
    "named_county": NAMED_COUNTY_BONUS, "country_share": DOMINANT_COUNTRY_BONUS,
    "admin1_share": DOMINANT_ADMIN1_BONUS, "home_region": HOME_REGION_BONUS, "enclosing": ENCLOSING_BONUS,
}
WEIGHTS: dict[str, float] = dict(HAND_WEIGHTS)


PLURAL_CUES = frozenset({"regions", "provinces", "oblasts", "states", "governorates", "territories", "cities",
                         "towns", "villages"})


def is_plural_cue(word: str) -> bool:
    return word.lower() in PLURAL_CUES


def cue_level(word: str) -> str | None:
    """'region' -> 'admin1', 'city' -> 'city', other words -> None."""
    w = word.lower().strip(".")
    if w in ADMIN_CUES:
        return "admin1"
    if w in CITY_CUES:
        return "city"
    return None


def filter_by_cue(cands: list[Candidate], level: str | None) -> list[Candidate]:
    """Keep the candidates of the level a cue asks for; all of them if none fits (cues can be loose)."""
    if not level:
        return cands
    wanted = CUE_LEVELS.get(level, frozenset({level}))
    kept = [c for c in cands if c.level in wanted]
    return kept or cands


def prior(c: Candidate, all_cands: Iterable[Candidate] = ()) -> float:
    """Context-free plausibility of a candidate."""
    return _weighted(prior_features(c, all_cands))


def prior_features(c: Candidate, all_cands: Iterable[Candidate] = ()) -> list[tuple[str, float]]:
    """The context-free terms of a candidate's score (:data:`FEATURES`), in the order they are summed."""
    feats: list[tuple[str, float]] = [("log_population", math.log10(c.population + 1))]
    if c.feature_code == "AIRP":
        feats.append(("airport", 1.0))
    elif c.level in LEVEL_FEATURES:
        feats.append((LEVEL_FEATURES[c.level], 1.0))
    if c.feature_code == "PPLC":
        feats.append(("capital", 1.0))
    seat = _is_seat(c, all_cands)
    # A namesake city matched on an alias of its own state's name ("New York") is no weak match
    # when it is a world city; a smaller one ("Oklahoma" for Oklahoma City, "Quebec" for Quebec
    # City) leaves the bare name to the region that bears it as its own (a name that is an alias
    # of both, "Zaporozhye", still goes to the city).
    if seat and not c.primary and c.population < ALIAS_SEAT_MIN_POPULATION and any(
            o.level == "admin1" and o.primary and o.country == c.country and o.name == c.admin1 for o in all_cands):
        seat = False
    if not c.primary and not seat:
        feats.append(("alias", 1.0))
    if seat:
        feats.append(("seat", 1.0))
    return feats


def _weighted(feats: list[tuple[str, float]]) -> float:
    score = 0.0
    for name, value in feats:
        score += WEIGHTS[name] * value
    return score


# A city matched only on its region's name is the region's seat for a bare name from this size on.
ALIAS_SEAT_MIN_POPULATION = 1_000_000
# A town this big bearing a name as its own outranks places that have it only as an alias.
MAIN_NAME_MIN_POPULATION = 10_000


def main_names_only(cands: list[Candidate],
                    named_counties: Collection[tuple[str | None, str | None, str | None]] = ()) -> list[Candidate]:
    """An alternate name of one place does not beat the main name of another ("Philadelphia" is
    not Amman's old name, "Salisbury" not Harare's): towns and provinces matched on an alias only
    go when some town bears the name as its own, except a namesake city inside its own region ("New York").
    Only town against town: a region named after its city ("Kiev" oblast) leaves the city's own
    English name ("Kiev") in play, and a region's alias ("North East") stays too. A town known by a
    short everyday form of its name ("Leamington" for Royal Leamington Spa) stays in play inside a county
    the article names (``named_counties``; places22): the story's own county outweighs a bigger
    namesake abroad."""
    if not any(c.primary and c.level == "city" and c.population >= MAIN_NAME_MIN_POPULATION for c in cands):
        return cands  # a hamlet's own name does not hide a city's English name ("Zaporozhye")
    # the region must bear the name as its own too: "Berea" is no name of Aleppo's governorate
    own = [c for c in cands if c.primary]
    return [c for c in cands if c.primary or c.level not in ("city", "admin1") or _is_seat(c, own)
            or c.level == "city" and c.admin2 and county_key(c) in named_counties]


def _is_seat(c: Candidate, all_cands: Iterable[Candidate]) -> bool:
    return c.level == "city" and bool(c.admin1) and any(
        o.level == "admin1" and o.country == c.country and o.name == c.admin1 for o in all_cands
    )


def county_key(c: Candidate) -> tuple[str | None, str | None, str | None]:
    """The (country, admin1, admin2) a candidate lies in, or is, for county evidence."""
    return (c.country, c.admin1, c.admin2)


def best_candidate(
    cands: list[Candidate],
    country_weights: Mapping[str, float] | None = None,
    enclosing: Candidate | None = None,
    admin1_weights: Mapping[tuple[str | None, str | None], float] | None = None,
    named_counties: Collection[tuple[str | None, str | None, str | None]] = (),
    named_towns: Collection[tuple[str | None, str | None, str | None]] = (),
    home_regions: Collection[tuple[str | None, str | None]] = (),
) -> Candidate | None:
    """The highest-scoring candidate given the article's country weights and (country, admin1)
    weights (0..1 shares), an admin1/country named right after the mention, the counties
    (``named_counties``) and towns' counties (``named_towns``) the article's other names may be, and
    the first-level divisions whose own bodies the story names (``home_regions``)."""
    if not cands:
        return None
    cands = main_names_only(cands, named_counties)
    weights = country_weights or {}
    regions = admin1_weights or {}

    def score(c: Candidate) -> float:
        return _weighted(candidate_features(c, cands, weights, enclosing, regions, named_counties, named_towns,
                                            home_regions))

    return max(cands, key=score)


def candidate_features(
    c: Candidate,
    cands: list[Candidate],
    country_weights: Mapping[str, float],
    enclosing: Candidate | None,
    admin1_weights: Mapping[tuple[str | None, str | None], float],
    named_counties: Collection[tuple[str | None, str | None, str | None]] = (),
    named_towns: Collection[tuple[str | None, str | None, str | None]] = (),
    home_regions: Collection[tuple[str | None, str | None]] = (),
) -> list[tuple[str, float]]:
    """Every term of a candidate's score (:data:`FEATURES`, value 0 left out), in the order they are
    summed: the prior's, then the article's context. ``cands`` are the candidates left after
    :func:`main_names_only`; the other arguments are :func:`best_candidate`'s."""
    feats = prior_features(c, cands)
    if c.admin2 and (
        (c.level == "city" and county_key(c) in named_counties and not named_like_home_region(c, cands))
        or (c.level == "admin2" and county_key(c) in named_towns)
    ):
        feats.append(("named_county", 1.0))
    if c.country and c.country in country_weights:
        feats.append(("country_share", country_weights[c.country]))
    if c.level in ("city", "admin2") and (c.country, c.admin1) in admin1_weights and not (
            admin1_weights[(c.country, c.admin1)] < 1.0 and _world_capital_namesake(c, cands)):
        feats.append(("admin1_share", admin1_weights[(c.country, c.admin1)]))
    if c.level in ("city", "admin2") and (c.country, c.admin1) in home_regions:
        feats.append(("home_region", 1.0))
    if enclosing is not None and c is not enclosing and c.country == enclosing.country and (
        enclosing.level == "country" or c.admin1 == enclosing.name
    ):
        feats.append(("enclosing", 1.0))
    return feats


# A national capital this big is what its bare name means in a story set elsewhere (qtp37).
WORLD_CAPITAL_MIN_POPULATION = 1_000_000
# A town below this size named like such a capital is its namesake.
NAMESAKE_TOWN_MAX_POPULATION = 100_000


def _world_capital_namesake(c: Candidate, cands: Iterable[Candidate]) -> bool:
    """A small town named like a big national capital of another country (``Paris``, Texas, beside Paris,
    France): a state the story names only in passing (a share below the story's top state: ``Texas Sen.``
    in a Nevada story) does not move the bare name to the town; the story's own state does, and so does
    the state written next to it (the enclosing bonus) (qtp37, news-dev57's place class)."""
    return c.level == "city" and c.population < NAMESAKE_TOWN_MAX_POPULATION and any(
        o.feature_code == "PPLC" and o.population >= WORLD_CAPITAL_MIN_POPULATION and o.country != c.country
        for o in cands)


def named_like_home_region(c: Candidate, cands: Iterable[Candidate]) -> bool:
    """A town bearing the name of a first-level division of its own country ("Florida", a village
    in Orange County, New York): at home the name means the division, so a county named beside it
    is no evidence for the town (a foreign country's name, "Palestine" in Texas, still is)."""
    return c.level == "city" and any(o.level == "admin1" and o.primary and o.country == c.country for o in cands)


def seat_of(admin1: Candidate, cities: list[Candidate]) -> Candidate | None:
    """The city an admin1 region is named after or governed from: the most populous candidate city
    inside it (``cities`` are the lookups of the region's short names)."""
    inside = [c for c in cities if c.level == "city" and c.country == admin1.country and c.admin1 == admin1.name]
    return max(inside, key=lambda c: c.population) if inside else None


# Other places at least this far from a city, inside the region named like it, mean the region
# ("Albany and Buffalo" -> New York State; Brooklyn next to New York City means the city).
NAMESAKE_REGION_KM = 100.0


def region_over_namesake_city(chosen: Candidate | None, cands: list[Candidate],
                              other_places: list[Candidate]) -> Candidate | None:
    """A bare name that is both a city and a first-level region ("New York", "Washington") is the
    region when the article's other places lie in that region away from the city."""
    if chosen is None or chosen.level != "city":
        return chosen
    region = next((c for c in cands if c.level == "admin1" and c.primary and c.country == chosen.country), None)
    if region is None:
        return chosen
    if chosen.lat is None or chosen.lon is None:
        return chosen
    near = far = 0
    for other in other_places:
        inside = other.level in ("city", "admin2") and other.country == region.country and other.admin1 == region.name
        if inside and other.lat is not None and other.lon is not None:
            if haversine_km(chosen.lat, chosen.lon, other.lat, other.lon) > NAMESAKE_REGION_KM:
                far += 1
            else:
                near += 1
    return region if far > near else chosen


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
