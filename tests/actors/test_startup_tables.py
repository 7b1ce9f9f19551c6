"""speed26: the start-up tables read with cheaper code give the same tables."""

from __future__ import annotations

import datetime as dt

from newsevents.actors import ActorDictionary, DictionaryActor, load_actor_dictionary, load_actor_words

HEADER = "name\tkeys\tcountry\tsectors\tstart\tend\n"


def _dictionary(tmp_path, rows: str) -> ActorDictionary:
    (tmp_path / "dictionary_actors.tsv").write_text(HEADER + rows, encoding="utf-8")
    actors = ActorDictionary.__new__(ActorDictionary)  # only the dictionary's table is read here
    actors.directory = tmp_path
    return actors


def test_dictionary_actors_are_read_row_by_row_under_each_key(tmp_path) -> None:
    table = _dictionary(tmp_path, (
        "Ann Vell\tann vell|vell\tFRA\tGOV|LEG\t2001-02-03\t2005-06-07\n"
        "Bob Vell\tvell\tFRA\tGOV|LEG\t2001-02-03\t\n"
        "Moor Party\tmoor party\t\tPTY\n"  # short row: the missing cells are empty
        "\tnobody\tFRA\t\t\t\n"  # no name: left out
        "Cal Dune\tcal dune\tESP\t\tnot a date\t\n"
    )).dictionary_actors
    assert list(table) == ["ann vell", "vell", "moor party", "cal dune"]
    ann = DictionaryActor("Ann Vell", "FRA", ("GOV", "LEG"), dt.date(2001, 2, 3), dt.date(2005, 6, 7))
    bob = DictionaryActor("Bob Vell", "FRA", ("GOV", "LEG"), dt.date(2001, 2, 3), None)
    assert table["ann vell"] == [ann]
    assert table["vell"] == [ann, bob]  # in the table's order
    assert table["moor party"] == [DictionaryActor("Moor Party", None, ("PTY",), None, None)]
    assert table["cal dune"] == [DictionaryActor("Cal Dune", "ESP", (), None, None)]
    assert all(type(row) is DictionaryActor for rows in table.values() for row in rows)
    assert table["vell"][0].sectors is table["vell"][1].sectors  # a recurring cell is read once


def test_actor_words_are_read_once_per_table(tmp_path) -> None:
    # the actor dictionary and the tokenizer's and layout stage's titles share one read
    assert load_actor_dictionary().words is load_actor_words() is load_actor_words(None)
    (tmp_path / "actor_words.tsv").write_text("kind\tword\tvalue\nabbreviated_title\tcmdr\tcommander\n",
                                              encoding="utf-8")
    own = load_actor_words(tmp_path)
    assert own.abbreviated_title == frozenset({"cmdr"}) and own.abbreviated_role == {"cmdr": "commander"}
    assert load_actor_words(tmp_path) == own  # another folder's table: read at each load


def test_table_rows_are_read_by_header_name(tmp_path) -> None:
    from newsevents.actors import _rows

    (tmp_path / "t.tsv").write_text(
        "noun\t\tkind\n"  # an unnamed column is dropped
        " pilot \tx\tplain\textra\n"  # cells are stripped; a cell past the header is dropped
        "\n"  # a blank line is no row
        "nurse\n",  # missing cells are empty
        encoding="utf-8")
    rows = _rows(tmp_path, "t.tsv")
    assert rows == [{"noun": "pilot", "kind": "plain"}, {"noun": "nurse", "kind": ""}]
    assert [list(row) for row in rows] == [["noun", "kind"], ["noun", "kind"]]
    assert _rows(tmp_path, "missing.tsv") == []
