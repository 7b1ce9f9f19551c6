"""The field's actor and agent dictionaries: the build script's reading of the Phoenix format
(on snippets written for these tests), the shipped tables, and actor codes in articles."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from newsevents.actors import actor_dictionary

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_actor_dictionary.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ACTORS = (
    "# a comment line\n"
    "ALBERT_QUILLON_  # made up for this test\n"
    "+AL_QUILLON_\n"
    "+PRESIDENT_QUILLON_\n"
    "\t[FRAELI 450101-950517]\n"
    "\t[FRAGOV 950517-020505]\n"
    "\t[ELI]\n"
    "NORTHERN_RIVER_FRONT_(NRF)_ [COGREB] # made up\n"
    "+NRF_MILITIA_\n"
    "CAF\xc9_WORKERS_UNION_ [FRALAB]\n"
).encode("latin-1")


def test_actor_entries_aliases_codes_and_dates(build, tmp_path):
    path = tmp_path / "actors.txt"
    path.write_bytes(ACTORS)  # Latin-1, as parts of the Phoenix files are
    countries = {"FRA", "COG"}
    rows = build.build_actors([path], countries)
    quillon = [r for r in rows if r[0] == "Albert Quillon"]
    assert [(r[2], r[3], r[4], r[5]) for r in quillon] == [
        ("FRA", "ELI", "1945-01-01", "1995-05-17"),
        ("FRA", "GOV", "1995-05-17", "2002-05-05"),
        ("FRA", "ELI", "", ""),  # the default code takes the actor's country
    ]
    assert quillon[0][1].split("|") == ["albert quillon", "al quillon", "president quillon"]
    front = next(r for r in rows if r[0] == "Northern River Front")
    assert front[2:4] == ["COG", "REB"] and "nrf militia" in front[1]
    assert any(r[0] == "Café Workers Union" and r[2:4] == ["FRA", "LAB"] for r in rows)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("AFGGOVBUS", ("AFG", ["GOV", "BUS"])),
        ("IGOUNO", ("UNO", [])),
        ("IGOEUR", ("EUR", [])),
        ("NGOHRI", ("NGO", ["HRI"])),
        ("MNCIRQ", ("IRQ", ["BUS"])),  # a company with its home country
        ("MNCROMMED", ("ROU", ["BUS", "MED"])),
        ("MNC", ("MNC", [])),  # no home country written
        ("IRQREBSHI", ("IRQ", ["REB", "REL"])),  # a religion is the REL sector here
        ("ROMGOV", ("ROU", ["GOV"])),  # CAMEO's own code for Romania
        ("ELI", (None, ["ELI"])),
        ("USRGOV", (None, [])),  # a former state with no code of its own
    ],
)
def test_cameo_codes_become_country_and_sectors(build, code, expected):
    assert build.split_code(code, {"AFG", "IRQ", "ROU"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("320101-331108", ("1932-01-01", "1933-11-08")), (">011222", ("2001-12-22", "")),
     ("<990101", ("", "1999-01-01")), ("", ("", "")), ("2004017-20061201", None)],
)
def test_cameo_date_ranges(build, text, expected):
    assert build.date_range(text) == expected


def test_agents_expand_macros_and_plurals(build, tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(
        "!PERSON! = MAN, MEN, WOMAN\n"
        "FERRY!PERSON! [~BUS]\n"
        "HARBOUR_AUTHORITY {HARBOUR_AUTHORITIES} [~GOVBUS]\n"
        "PIRATE [~CRM]\n",
        encoding="utf-8",
    )
    rows = {r[0]: r[1:] for r in build.build_agents(path)}
    assert rows["ferryman"] == ["BUS", "person"] and rows["ferrywoman"] == ["BUS", "person"]
    assert rows["harbour authority"] == ["GOV", "org"] and "harbour authorities" in rows
    assert rows["pirate"][0] == "CRM"


def test_an_agent_noun_of_a_thing_is_no_person_but_a_role_of_parliament_is(build, tmp_path):
    # "-ment" ends like "-ent" (resident) but names a thing or an act; a role's head before
    # "of" decides ("member of parliament" is a member).
    path = tmp_path / "agents.txt"
    path.write_text("HAMLET_SETTLEMENT [~CVL]\nTOWN_RESIDENT [~CVL]\nMEMBER_OF_THE_ASSEMBLY_MOVEMENT [~LEG]\n",
                    encoding="utf-8")
    rows = {r[0]: r[1:] for r in build.build_agents(path)}
    assert rows["hamlet settlement"] == ["CVL", "org"]
    assert rows["town resident"] == ["CVL", "person"]
    assert rows["member of the assembly movement"] == ["LEG", "person"]


def test_the_shipped_dictionary_decides_the_country_by_the_date():
    ad = actor_dictionary()
    # A minister of Sudan who became a minister of South Sudan at its independence.
    before = ad.dictionary_actor("Deng Alor Kuol", dt.date(2008, 3, 1))
    after = ad.dictionary_actor("Deng Alor Kuol", dt.date(2015, 3, 1))
    assert before is not None and before.country == "SDN" and "GOV" in before.sectors
    assert after is not None and after.country == "SSD"


def test_project_rows_win_over_the_dictionary():
    ad = actor_dictionary()
    # Phoenix codes actors as elites; the project gives entertainers no sector.
    assert ad.role("actor").sector is None
    assert ad.role("police").sector == "COP"
    # A noun only the field's dictionary knows (not in the project's roles.tsv).
    assert ad.role("firefighter") is not None and ad.role("firefighter").sector == "GOV"
    # ... but not a longer phrase whose head noun the project codes otherwise ("marshal" is MIL)
    assert ad.role("fire marshal") is None


def test_an_actor_known_only_from_the_dictionary_is_coded_for_the_article_date(extract):
    text = "Deng Alor Kuol arrived in Nairobi for talks on Monday."
    for published, country in (("2008-03-01", "SDN"), ("2015-03-01", "SSD")):
        record = extract(text, published=published)
        deng = next(e for e in record.entities if e.name == "Deng Alor Kuol")
        assert deng.country == country and "GOV" in deng.sector


def test_a_body_named_after_a_place_takes_its_country(extract):
    record = extract("Seattle police arrested two men on Monday. The Kano state assembly met on Tuesday.")
    police = next(e for e in record.entities if e.name == "Seattle police")
    assembly = next(e for e in record.entities if e.name == "Kano state assembly")
    assert (police.country, police.sector) == ("USA", ["COP"])
    assert (assembly.country, assembly.sector) == ("NGA", ["LEG"])



def test_a_place_word_is_a_bodys_home_only_by_a_body_noun_or_a_big_citys_name(extract):
    record = extract("Plateau Airlines cut 300 jobs on Monday. Plateau State Police arrested two pilots. "
                     "Houston Oil Corp sued the airline. The Plateau Rangers detained a pilot.")
    countries = {e.name: e.country for e in record.entities}
    # a region's common word at the head of a firm's name is no home; a public body's is
    assert countries["Plateau Airlines"] is None
    assert countries["Plateau State Police"] == "NGA"
    # an article marks a body, not a person: its place is its home
    assert countries["Plateau Rangers"] == "NGA"
    # a city of millions names a firm's home
    assert countries["Houston Oil Corp"] == "USA"

def test_the_story_place_decides_the_country_of_unnamed_police_and_councils(extract):
    record = extract(
        "A fire destroyed a warehouse in Springfield, Illinois, on Monday. Police said the blaze began "
        "at 3 a.m. The city council will meet in Springfield on Friday."
    )
    police = next(e for e in record.entities if e.name == "Police")
    council = next(e for e in record.entities if e.name == "city council")
    assert police.country == "USA" and council.country == "USA"


def test_presidents_meeting_abroad_do_not_take_the_host_country(extract):
    record = extract("The two presidents met in Geneva on Tuesday.")
    presidents = next(e for e in record.entities if e.name == "presidents")
    assert presidents.country is None


def test_entertainers_and_private_people_get_no_sector_or_story_country(extract):
    record = extract(
        "Singer Jane Roe performed in Springfield, Illinois, on Monday. Springfield police said "
        "the concert passed off peacefully. Tom Dunn, a fan from Springfield, queued for hours."
    )
    roe = next(e for e in record.entities if e.name == "Jane Roe")
    dunn = next(e for e in record.entities if e.name == "Tom Dunn")
    assert roe.sector == [] and roe.country is None
    assert dunn.sector == [] and dunn.country is None


def test_named_state_bodies_and_a_first_lady_take_the_story_country(extract):
    record = extract(
        "A tram derailed in Croydon, south London, on Wednesday, killing seven people. First lady "
        "Jane Morton laid flowers at the scene. The Transport Police Department said 51 people were hurt."
    )
    morton = next(e for e in record.entities if e.name == "Jane Morton")
    police = next(e for e in record.entities if e.name == "Transport Police Department")
    assert morton.country == "GBR" and morton.title == "First lady"
    assert police.country == "GBR" and "COP" in police.sector


def test_office_holder_is_whoever_held_that_office_in_that_country_on_the_date():
    ad = actor_dictionary()
    assert ad.holders, "leaders.tsv is shipped"
    for holder in ad.holders:
        day = holder.start or dt.date(2000, 1, 1)
        found = ad.office_holder(holder.country, holder.office, day)
        assert found is not None and found.country == holder.country and found.office == holder.office
        assert found.holds_on(day)
    # "the leader" is the paramount leader, whatever the office's name
    leader = next(h for h in ad.holders if h.leader and h.start)
    found = ad.office_holder(leader.country, "leader", leader.start)
    assert found is not None and found.leader and found.country == leader.country
    assert ad.office_holder("ZZZ", "president", dt.date(2020, 1, 1)) is None


def test_the_shipped_tables_are_what_the_build_script_makes_today(build, tmp_path):
    # One home for each fact: the tables are derived data, so a rule changed in the script (or in
    # the project's own role tables it reads) must be rebuilt into them, never patched by hand.
    if not all((build.SOURCE / name).is_file() for name in (*build.ACTOR_FILES, build.AGENT_FILE)):
        pytest.skip("the Phoenix dictionaries (../shared/lexicons/petrarch2) are not on this machine")
    assert build.main(["--out", str(tmp_path)]) == 0
    for name in ("dictionary_actors.tsv", "dictionary_agents.tsv"):
        shipped = (build.DATA / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == shipped, f"{name} differs from a rebuild"


def test_a_place_named_new_after_another_is_not_that_other(extract):
    # "New Jersey" is no Jersey, "New Mexico" no Mexico: the last word alone names another place
    record = extract("New Jersey Gov. Ann Smoot vetoed the bill on Monday. New Mexico police arrested two men.")
    governor = next(e for e in record.entities if e.name == "Ann Smoot")
    police = next(e for e in record.entities if e.name.startswith("New Mexico police"))
    assert governor.country not in {"JEY"}
    assert police.country not in {"MEX"}
