"""scripts/audit_draw.py: which articles a hand-audit draw may come from, and how it draws."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_draw.py"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_draw", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text(f"an article of its own: {name}", encoding="utf-8")


def test_bbc_other_leaves_out_politics_and_readme(audit, tmp_path: Path) -> None:
    _touch(tmp_path, "README.txt", "bbc_politics_001.txt", "bbc_business_002.txt", "bbc_sport_001.txt",
           "bbc_tech_010.txt", "bbc_entertainment_003.txt")
    names = [p.name for p in audit.pool_files("bbc-other", tmp_path, tmp_path)]
    assert names == ["bbc_business_002.txt", "bbc_entertainment_003.txt", "bbc_sport_001.txt", "bbc_tech_010.txt"]
    assert [p.name for p in audit.pool_files("bbc-politics", tmp_path, tmp_path)] == ["bbc_politics_001.txt"]
    with pytest.raises(ValueError, match="unknown pool"):
        audit.pool_files("bbc-weather", tmp_path, tmp_path)


def test_held_out_articles_are_left_out_by_name(audit, tmp_path: Path) -> None:
    golds = tmp_path / "golds"
    golds.mkdir()
    _touch(golds, "abcdef0123.gold.json", "README.md")
    prefixes = audit.held_out_prefixes(golds)
    assert set(audit.HELD_OUT) <= set(prefixes) and "abcdef0123" in prefixes and "README" not in prefixes
    articles = tmp_path / "articles"
    articles.mkdir()
    _touch(articles, "4f38a182b7aaaa.json", "abcdef0123ffff.json", "0011223344eeee.json", "notes.txt")
    assert [p.name for p in audit.giveme_files(articles, prefixes)] == ["0011223344eeee.json"]


@pytest.mark.parametrize(("available", "n", "expected"), [
    ([100, 100], 40, [20, 20]),
    ([5, 100], 40, [5, 35]),
    ([3, 2], 40, [3, 2]),
    ([10, 10, 10], 40, [10, 10, 10]),
    ([50, 50, 50], 40, [14, 13, 13]),
    ([0, 9], 4, [0, 4]),
])
def test_shares_split_evenly_and_spill_over(audit, available, n, expected) -> None:
    assert audit.shares(available, n) == expected


def _fake(audit, pool: str, i: int):
    return audit.Drawn(pool=pool, file=f"{pool}_{i}.txt", published="2005-01-01", source="BBC", type="ASSAULT",
                       mode="-", trigger="hit", actor="A[FRA]", recipient="-", modality="asserted",
                       sentence=f"Sentence {i} | with a bar.")


def test_draw_is_reproducible_and_shared_between_pools(audit) -> None:
    pools = {"a": [_fake(audit, "a", i) for i in range(30)], "b": [_fake(audit, "b", i) for i in range(30)]}
    first = audit.draw(pools, 10, seed=7)
    assert first == audit.draw(pools, 10, seed=7)
    assert [d.pool for d in first].count("a") == 5 and [d.pool for d in first].count("b") == 5
    assert len({d.file for d in first}) == 10
    assert any(audit.draw(pools, 10, seed=s) != first for s in range(8, 12))
    files = [Path(f"f{i}") for i in range(20)]
    assert audit.draw_articles(files, 5, random.Random("1")) == audit.draw_articles(files, 5, random.Random("1"))
    assert audit.draw_articles(files, 50, random.Random("1")) == files


def test_tables_have_empty_verdict_columns(audit, tmp_path: Path) -> None:
    drawn = [_fake(audit, "a", 1), _fake(audit, "b", 2)]
    audit.write_table(drawn, tmp_path / "audit.md")
    lines = (tmp_path / "audit.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and "type ok" in lines[0] and "class" in lines[0]
    assert "Sentence 1 \\| with a bar." in lines[2]
    assert lines[2].endswith("with a bar. |" + "  |" * len(audit.VERDICT_COLUMNS))
    broken = [dataclasses.replace(_fake(audit, "a", 3), actor="\nHeadline A[FRA]")]
    audit.write_table(broken, tmp_path / "broken.md")
    assert len((tmp_path / "broken.md").read_text(encoding="utf-8").splitlines()) == 3
    audit.write_table(drawn, tmp_path / "audit.tsv")
    rows = [r.split("\t") for r in (tmp_path / "audit.tsv").read_text(encoding="utf-8").splitlines()]
    width = len(audit.COLUMNS) + len(audit.VERDICT_COLUMNS)
    assert all(len(r) == width for r in rows) and rows[1][2] == "a_1.txt" and rows[1][-7:] == [""] * 7


def test_extract_pool_keeps_dates_and_names_bad_files(audit, pipeline, tmp_path: Path, capsys) -> None:
    good = tmp_path / "0a1b2c3d4e.json"
    good.write_text(json.dumps({"text": "Police arrested two protesters in Nairobi on Sunday.", "title": "Arrests",
                                "publisher": "example", "date_publish": "2016-11-07 09:30:00"}), encoding="utf-8")
    bad = tmp_path / "ffffffffff.json"
    bad.write_text("{not json", encoding="utf-8")
    events = audit.extract_pool("giveme5w1h", [bad, good], pipeline)
    assert "ffffffffff.json" in capsys.readouterr().err
    assert events and {(e.file, e.published, e.source) for e in events} == {(good.name, "2016-11-07", "example")}
    bbc = tmp_path / "bbc_business_001.txt"
    bbc.write_text("Strike talks\n\nPolice arrested two protesters in Nairobi on Sunday.\n", encoding="utf-8")
    events = audit.extract_pool("bbc-other", [bbc], pipeline)
    assert events and all(e.published == audit.BBC_PUBLISHED and e.source == "BBC" for e in events)


def test_articles_named_by_earlier_audits_or_the_read_list_are_left_out(audit, tmp_path: Path) -> None:
    audits = tmp_path / "audit"
    audits.mkdir()
    giveme_read = "ab" * 28 + ".json"
    (audits / "2026-01-01-audit.md").write_text(
        f"| 1 | bbc-other | bbc_sport_007.txt | ... |\n| 2 | giveme5w1h | {giveme_read} | ... |\n", encoding="utf-8")
    (audits / "read-articles.txt").write_text("# opened while writing rules\nbbc_tech_002.txt\n", encoding="utf-8")
    read = audit.already_read(audits)
    assert read == {"bbc_sport_007.txt", giveme_read, "bbc_tech_002.txt"}
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _touch(corpus, "bbc_sport_007.txt", "bbc_sport_008.txt", "bbc_tech_002.txt", giveme_read, "cd" * 28 + ".json")
    assert [p.name for p in audit.pool_files("bbc-other", corpus, corpus, read)] == ["bbc_sport_008.txt"]
    assert [p.name for p in audit.pool_files("giveme5w1h", corpus, corpus, read)] == ["cd" * 28 + ".json"]
    assert audit.already_read(tmp_path / "missing") == frozenset()


def test_a_copy_of_a_read_article_under_another_name_is_left_out(audit, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _touch(corpus, "bbc_tech_001.txt", "bbc_tech_003.txt")
    (corpus / "bbc_tech_002.txt").write_bytes((corpus / "bbc_tech_001.txt").read_bytes())
    read = frozenset({"bbc_tech_001.txt"})
    assert [p.name for p in audit.pool_files("bbc-tech", corpus, corpus, read)] == ["bbc_tech_003.txt"]


def _article(*sentences: str) -> str:
    return "Bridge news\n\n" + " ".join(sentences) + "\n"


def test_a_near_copy_of_a_read_article_is_left_out_with_a_note(audit, tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    told = [f"The council met on day {n} to talk about the new bridge over the river." for n in range(1, 11)]
    (corpus / "bbc_tech_001.txt").write_text(_article(*told), encoding="utf-8")
    # eight of its ten sentences those of the read article, one word and the spacing changed in one
    changed = [told[0].replace("council", "Council").replace(" to ", "  to ")] + told[1:8] + [
        "A spokesman said the plans were welcome and would be published soon enough.",
        "Residents have until March to send their views to the town hall in writing."]
    (corpus / "bbc_tech_002.txt").write_text(_article(*changed), encoding="utf-8")
    # a different story sharing two sentences with it (under 60% of its own)
    other = told[:2] + [f"Shares in the builder rose by {n} points in early trading on the news." for n in range(5)]
    (corpus / "bbc_tech_003.txt").write_text(_article(*other), encoding="utf-8")
    read = frozenset({"bbc_tech_001.txt"})
    assert [p.name for p in audit.pool_files("bbc-tech", corpus, corpus, read)] == ["bbc_tech_003.txt"]
    note = capsys.readouterr().err
    assert "bbc_tech_002.txt shares 8 of its 10 sentences with the read bbc_tech_001.txt" in note
    assert "bbc_tech_003.txt" not in note
    # nothing read, nothing left out
    assert len(audit.pool_files("bbc-tech", corpus, corpus, frozenset())) == 3


def test_sentence_keys_ignore_case_punctuation_and_short_lines(audit) -> None:
    keys = audit.sentence_keys('Photo: AP\n\nThe firm said "yes." It agreed to buy the rival firm, Vexcorp!  Done.')
    assert keys == {"the firm said yes", "it agreed to buy the rival firm vexcorp"}


LGL_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "lgl-tiny.xml"


def test_lgl_pool_reads_articles_as_lgl_article_writes_them(audit) -> None:
    articles = audit.lgl_articles(LGL_FIXTURE)
    assert list(articles) == ["lgl-1001", "lgl-1002", "lgl-1003"]
    first = articles["lgl-1001"]
    assert first.title == "Council approves new library hours"
    assert first.text.startswith("Council approves new library hours\n\nCouncil approves new library hours. The town")
    assert (first.published, first.source) == ("2009-03-02", "example-gazette.com")
    # The CDATA is kept exactly (its leading space too), so offsets match lgl_article.py's file.
    assert articles["lgl-1002"].text == "Bridge closed for repairs\n\n Crews closed the river bridge on Thursday for a week of repairs."


def test_lgl_pool_leaves_out_articles_named_in_the_audits(audit, tmp_path: Path) -> None:
    audits = tmp_path / "audit"
    audits.mkdir()
    (audits / "read-articles.txt").write_text("# someone: read whole\nlgl-1002\n", encoding="utf-8")
    read = audit.already_read(audits)
    assert "lgl-1002" in read
    names = [p.name for p in audit.pool_files("lgl", tmp_path, tmp_path, read, LGL_FIXTURE)]
    assert names == ["lgl-1001", "lgl-1003"]
    assert [p.name for p in audit.pool_files("lgl", tmp_path, tmp_path, lgl=LGL_FIXTURE)] == [
        "lgl-1001", "lgl-1002", "lgl-1003"]
