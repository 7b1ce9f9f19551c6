"""An office in the field's actor dictionary holds only between its dates: with no row covering
the article's date, the row that ended nearest before it, never a row that starts after it."""

from __future__ import annotations

import datetime as dt

from newsevents.actors import ActorDictionary, actor_dictionary

HEADER = "name\tkeys\tcountry\tsectors\tstart\tend\n"
# Invented actors: one with two offices in two states and a gap between them, one known only
# from an office that starts late, one with a default row.
ROWS = (
    "Orlan Veskari\torlan veskari\tFIN\tGOV\t2001-01-01\t2003-12-31\n"
    "Orlan Veskari\torlan veskari\tEST\tGOV|MIL\t2008-05-01\t\n"
    "Tomas Ruberrio\ttomas ruberrio\tCRI\tGOV|BUS\t2012-06-01\t\n"
    "Ilse Marbeck\tilse marbeck\tAUT\tGOV\t2010-01-01\t2012-01-01\n"
    "Ilse Marbeck\tilse marbeck\tAUT\tELI\t\t\n"
)


def _dictionary(tmp_path) -> ActorDictionary:
    (tmp_path / "dictionary_actors.tsv").write_text(HEADER + ROWS, encoding="utf-8")
    return ActorDictionary(tmp_path)


def test_a_covering_row_wins(tmp_path):
    ad = _dictionary(tmp_path)
    assert ad.dictionary_actor("Orlan Veskari", dt.date(2002, 6, 1)).country == "FIN"
    assert ad.dictionary_actor("Orlan Veskari", dt.date(2009, 6, 1)).country == "EST"


def test_in_a_gap_the_office_that_ended_before_is_used_not_the_later_one(tmp_path):
    ad = _dictionary(tmp_path)
    row = ad.dictionary_actor("Orlan Veskari", dt.date(2005, 6, 1))
    assert row is not None and row.country == "FIN"


def test_a_name_known_only_from_a_later_office_gives_nothing_before_it(tmp_path):
    ad = _dictionary(tmp_path)
    assert ad.dictionary_actor("Tomas Ruberrio", dt.date(1999, 3, 1)) is None
    assert ad.dictionary_actor("Orlan Veskari", dt.date(1995, 3, 1)) is None
    assert ad.dictionary_actor("Tomas Ruberrio", dt.date(2014, 3, 1)).country == "CRI"


def test_a_default_row_still_covers_any_date_and_no_date_gives_the_latest(tmp_path):
    ad = _dictionary(tmp_path)
    assert ad.dictionary_actor("Ilse Marbeck", dt.date(1990, 1, 1)).sectors == ("ELI",)
    assert ad.dictionary_actor("Tomas Ruberrio", None).country == "CRI"
    assert ad.dictionary_actor("Orlan Veskari", None).country == "EST"


def test_the_shipped_dictionary_keeps_a_minister_in_his_first_state_between_offices():
    # A minister of Sudan (to mid-2010) who became one of South Sudan at its independence (2011):
    # in the months between, his last office's state, not the later one.
    row = actor_dictionary().dictionary_actor("Deng Alor Kuol", dt.date(2010, 11, 1))
    assert row is not None and row.country == "SDN"


def test_an_article_older_than_every_office_of_a_name_gets_no_code_from_them(extract):
    # The shipped dictionary knows this minister only from late 2005 on; an article of 1998.
    row = actor_dictionary().dictionary_actor("Deng Alor Kuol", dt.date(1998, 5, 1))
    assert row is None
    record = extract("Deng Alor Kuol arrived in Nairobi for talks on Monday.", published="1998-05-01")
    deng = next((e for e in record.entities if e.name == "Deng Alor Kuol"), None)
    assert deng is None or deng.country not in ("SSD", "SDN")
