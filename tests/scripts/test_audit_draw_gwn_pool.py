"""audit15: the ``gwn`` pool of scripts/audit_draw.py (GeoWebNews), on a tiny XML of made-up articles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_draw.py"
GWN_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "gwn-tiny.xml"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_draw_gwn", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.mark.parametrize(("link", "date"), [
    ("http://www.example-coast.com/news/2018/03/29/harbour-board-chair/", "2018-03-29"),
    ("https://example-gold.net/2018-04-05-kept-for-a-gold-set", "2018-04-05"),
    ("https://news.example-isles.org/item/20180402113005-abcde/", "2018-04-02"),
    ("https://example.com/20180401-270851", "2018-04-01"),
    ("http://www.example-valley.com/story/2018/mar/30/market-hall/", "2018-03-30"),
    # A year and month alone, a story number, a host of digits: no date.
    ("http://www.example.com/mardi_gras/2018/01/take_a_tour.html", None),
    ("http://example-town.com/living/article207576854.html#nav", None),
    ("http://20180101.example.com/a/b", None),
    ("http://www.example.com/a/1.17752375", None),
    ("", None),
])
def test_link_date(audit, link, date) -> None:
    assert audit.link_date(link) == date


def test_link_host_drops_www(audit) -> None:
    assert audit.link_host("https://www.Example-Coast.com/news/x") == "example-coast.com"
    assert audit.link_host("https://news.example-isles.org/item/1") == "news.example-isles.org"
    assert audit.link_host("not a link") is None


def test_parse_numbers(audit) -> None:
    assert audit.parse_numbers("0-3") == frozenset({0, 1, 2, 3})
    assert audit.parse_numbers("0-1, 5,7-8") == frozenset({0, 1, 5, 7, 8})


def test_gwn_articles_title_blank_line_text_date_and_host(audit) -> None:
    articles = audit.gwn_articles(GWN_FIXTURE)
    assert list(articles) == ["gwn-0", "gwn-10", "gwn-150", "gwn-2", "gwn-3"]
    first = articles["gwn-0"]
    assert first.title == "Harbour board picks a new chair"
    assert first.text == ("Harbour board picks a new chair\n\n"
                          "The harbour board chose a retired pilot as its chair on Wednesday. She starts in May.")
    assert (first.published, first.source) == ("2018-03-29", "example-coast.com")
    # The text is kept as it is (its leading space too).
    assert articles["gwn-10"].text.startswith("Ferry timetable changes\n\n The island ferry")
    assert articles["gwn-2"].published is None
    assert list(audit.gwn_articles(GWN_FIXTURE, frozenset({2, 10}))) == ["gwn-10", "gwn-2"]


def test_gwn_pool_keeps_to_its_numbers_and_leaves_read_ones_out(audit, tmp_path: Path) -> None:
    numbers = audit.parse_numbers(audit.DEFAULT_GWN_NUMBERS)
    names = [p.name for p in audit.pool_files("gwn", tmp_path, tmp_path, gwn=GWN_FIXTURE, gwn_numbers=numbers)]
    assert names == ["gwn-0", "gwn-2", "gwn-3", "gwn-10"]  # gwn-150 is outside 0-149
    audits = tmp_path / "audit"
    audits.mkdir()
    (audits / "read-articles.txt").write_text("# someone: read whole\ngwn-10\n", encoding="utf-8")
    read = audit.already_read(audits)
    assert "gwn-10" in read
    names = [p.name for p in audit.pool_files("gwn", tmp_path, tmp_path, read, gwn=GWN_FIXTURE, gwn_numbers=numbers)]
    assert names == ["gwn-0", "gwn-2", "gwn-3"]


def test_gwn_near_copy_of_a_read_article_is_left_out(audit, tmp_path: Path, capsys) -> None:
    # gwn-3 prints the same story as gwn-2 under another title: once gwn-2 is read, gwn-3 is read too.
    numbers = audit.parse_numbers("0-149")
    names = [p.name for p in audit.pool_files("gwn", tmp_path, tmp_path, frozenset({"gwn-2"}),
                                              gwn=GWN_FIXTURE, gwn_numbers=numbers)]
    assert names == ["gwn-0", "gwn-10"]
    assert "gwn-3 shares 2 of its 3 sentences with the read gwn-2" in capsys.readouterr().err


def test_extract_pool_reads_gwn_articles_with_their_link_date_and_host(audit, pipeline, tmp_path: Path) -> None:
    xml = tmp_path / "gwn.xml"
    xml.write_text(
        '<?xml version="1.0" ?>\n<articles>\n<article file="7">\n<title>Arrests at a rally</title>\n'
        "<link>https://www.example-daily.com/2018/04/02/arrests/</link>\n"
        "<text>Police arrested two protesters in Nairobi on Sunday.</text>\n<toponyms></toponyms>\n"
        "</article>\n</articles>\n", encoding="utf-8")
    events = audit.extract_pool("gwn", [Path("gwn-7")], pipeline, gwn=xml)
    assert events and {(e.pool, e.file, e.published, e.source) for e in events} == {
        ("gwn", "gwn-7", "2018-04-02", "example-daily.com")}
