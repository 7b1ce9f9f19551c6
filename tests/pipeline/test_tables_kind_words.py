"""tables.kind_words: the one reader of ``kind<TAB>word`` tables (place_words.tsv), shared by the places
stage and the actor dictionary."""

from pathlib import Path

from newsevents.tables import kind_words


def test_words_of_one_kind_lower_cased_comments_and_other_kinds_left(tmp_path: Path) -> None:
    table = tmp_path / "words.tsv"
    table.write_text("# region_head\tnot a row\nregion_head\tDelta \nregion_head\tbasin\nwater_head\tlake\n"
                     "region_head\n", encoding="utf-8")
    assert kind_words(table, "region_head") == {"delta", "basin"}
    assert kind_words(table, "water_head") == {"lake"}
    assert kind_words(table, "land_head") == frozenset()


def test_an_absent_table_gives_no_words(tmp_path: Path) -> None:
    assert kind_words(tmp_path / "absent.tsv", "region_head") == frozenset()
