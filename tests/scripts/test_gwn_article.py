"""scripts/gwn_article.py: rebuilding a GeoWebNews article's text and its date and host (a tiny XML of our own)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gwn_article.py"

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
<article file="0"><title>  A bakery   reopens </title><link>https://www.example-news.org/local/2018/05/17/bakery-reopens</link>
<text>The bakery on Mill Lane reopened on Tuesday.
Its owner said she was glad.</text><toponyms></toponyms></article>
<article file="1"><title>Rain</title><link>http://weather.example.com/story-20180230-x-20180612.html</link>
<text>It rained.</text><toponyms></toponyms></article>
<article file="2"><title>No date</title><link>https://example.net/news/rain-again</link><text>Again.</text></article>
</articles>
"""


@pytest.fixture(scope="module")
def gwn():
    spec = importlib.util.spec_from_file_location("gwn_article", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.fixture()
def xml(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.xml"
    path.write_text(XML, encoding="utf-8")
    return path


def test_text_is_title_blank_line_then_text(gwn, xml: Path) -> None:
    art = gwn.find_article(xml, "0")
    assert gwn.article_text(art) == (
        "A bakery reopens\n\nThe bakery on Mill Lane reopened on Tuesday.\nIts owner said she was glad.")
    assert gwn.find_article(xml, "7") is None


@pytest.mark.parametrize(("link", "date"), [
    ("https://a.com/x/2018/05/17/y", "2018-05-17"),
    ("https://a.com/x-2018-06-01-y", "2018-06-01"),
    ("https://a.com/story-20180230-x-20180612.html", "2018-06-12"),  # 30 February is no date
    ("https://a.com/news/id/123456789012", None),
    ("https://a.com/news/rain-again", None),
])
def test_link_date(gwn, link: str, date: str | None) -> None:
    assert gwn.link_date(link) == date


def test_meta_and_main(gwn, xml: Path, tmp_path: Path, capsys) -> None:
    assert gwn.article_meta(gwn.find_article(xml, "0")) == "2018-05-17 example-news.org"
    assert gwn.article_meta(gwn.find_article(xml, "2")) == "- example.net"
    out = tmp_path / "a.txt"
    assert gwn.main(["1", "--xml", str(xml), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "Rain\n\nIt rained."
    assert gwn.main(["1", "--xml", str(xml), "--meta"]) == 0
    assert capsys.readouterr().out == "2018-06-12 weather.example.com\n"
    assert gwn.main(["9", "--xml", str(xml)]) == 2
