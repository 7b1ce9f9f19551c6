"""codes46: a body named after a place of the story takes its country (components/places_country.py). Candidates,
places and entities are built by hand (no gazetteer row, no model): invented names throughout."""

from __future__ import annotations

from newsevents.components.places_country import bodies_after_story_places, story_country
from newsevents.geo.gazetteer import Candidate
from newsevents.record import Entity, Place, Span

# "Brackwell": a village abroad and a town of weight in the story's country
ABROAD = Candidate(1, "Brackwell", "PPL", "city", "JAM", "Parish", 18.0, -77.0, 900)
HOME = Candidate(2, "Brackwell", "PPL", "city", "GBR", "England", 52.2, 0.1, 120_000)
SMALL_HOME = Candidate(3, "Brackwell", "PPL", "city", "GBR", "England", 52.0, 0.0, 2_000)
CAPITAL = Candidate(4, "Brackwell", "PPLC", "city", "JAM", "Parish", 18.0, -76.8, 700_000)
TOWN_A = Candidate(5, "Ormsby", "PPL", "city", "GBR", "England", 52.5, -0.2, 30_000)
COUNTY = Candidate(6, "Fenshire", "ADM2", "admin2", "GBR", "England", 52.3, 0.0, 600_000)
FOREIGN = Candidate(7, "Valdora", "PCLI", "country", "ESP", None, 40.0, -3.0, 40_000_000)


class Gaz:
    """A gazetteer of the rows above: candidates by name."""

    def __init__(self, *rows: Candidate) -> None:
        self.rows = rows

    def candidates(self, name: str) -> list[Candidate]:
        return [c for c in self.rows if c.name.lower() == name.lower()]


def place(c: Candidate, text: str, start: int) -> Place:
    return Place(id=f"p{c.geonameid}", name=c.name, geonameid=c.geonameid, level=c.level, country=c.country,
                 mentions=[Span(start=start, end=start + len(text), text=text)])


def body(name: str, country: str) -> Entity:
    return Entity(id="e1", name=name, type="ORG", country=country, mentions=[Span(start=0, end=len(name), text=name)])


def populous(name: str) -> str | None:
    """The entity stage's reading of a place word: its most populous namesake's country."""
    return {"Brackwell": "JAM", "Ormsby": "GBR"}.get(name)


def test_a_body_named_after_a_town_of_the_story_takes_the_storys_country() -> None:
    school = body("Brackwell Grammar School", "JAM")
    places = [place(HOME, "Brackwell", 0), place(TOWN_A, "Ormsby", 60)]
    bodies_after_story_places(Gaz(ABROAD, HOME, TOWN_A), [school], places, populous)
    assert school.country == "GBR"


def test_a_body_coded_otherwise_than_by_its_place_word_keeps_its_code() -> None:
    firm = body("Brackwell Holdings", "USA")  # a code from a dictionary or the text, not from "Brackwell"
    bodies_after_story_places(Gaz(ABROAD, HOME), [firm], [place(HOME, "Brackwell", 0)], populous)
    assert firm.country == "USA"


def test_a_body_after_a_capital_abroad_keeps_the_capitals_country() -> None:
    ministry = body("Brackwell Ministry", "JAM")
    bodies_after_story_places(Gaz(CAPITAL, HOME), [ministry], [place(HOME, "Brackwell", 0)], populous)
    assert ministry.country == "JAM"


def test_no_story_country_when_the_places_split_evenly() -> None:
    assert story_country([place(HOME, "Brackwell", 0), place(ABROAD, "Brackwell", 40)]) is None
    assert story_country([place(HOME, "Brackwell", 0), place(TOWN_A, "Ormsby", 40)]) == "GBR"


def test_descriptions_presumed_of_the_misread_country_follow_the_body() -> None:
    school = body("Brackwell Grammar School", "JAM")
    described = Entity(id="e2", name="the college", type="ORG", country="JAM",
                       mentions=[Span(start=40, end=51, text="the college")])
    bodies_after_story_places(Gaz(ABROAD, HOME, TOWN_A), [school, described],
                              [place(HOME, "Brackwell", 0), place(TOWN_A, "Ormsby", 60)], populous)
    assert (school.country, described.country) == ("GBR", "GBR")


def test_descriptions_stay_while_a_named_entity_keeps_the_country() -> None:
    school = body("Brackwell Grammar School", "JAM")
    other = Entity(id="e2", name="Ferrol Trust", type="ORG", country="JAM", mentions=[Span(start=60, end=72, text="Ferrol Trust")])
    described = Entity(id="e3", name="the college", type="ORG", country="JAM",
                       mentions=[Span(start=40, end=51, text="the college")])
    bodies_after_story_places(Gaz(ABROAD, HOME), [school, other, described], [place(HOME, "Brackwell", 0)], populous)
    assert (school.country, other.country, described.country) == ("GBR", "JAM", "JAM")


def test_a_body_named_after_a_country_the_story_read_as_its_own_state() -> None:
    # "Valdora" is a country's name and a state's of the story's country; the places stage read the state
    state = Candidate(8, "Valdora", "ADM1", "admin1", "GBR", "Valdora", 52.0, -1.0, 900_000)
    power = body("Valdora Power", "ESP")
    bodies_after_story_places(Gaz(FOREIGN, state, TOWN_A), [power],
                              [place(state, "Valdora", 0), place(TOWN_A, "Ormsby", 60)],
                              lambda name: "ESP" if name == "Valdora" else None)
    assert power.country == "GBR"
