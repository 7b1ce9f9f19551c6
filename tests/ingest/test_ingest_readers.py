"""Readers for HTML pages, RSS/Atom feeds and WARC archives, and the content sniffing that picks them."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsevents.ingest import iter_items, sniff_format
from newsevents.ingest.feed import html_fragment_to_text

PARAGRAPHS = [
    "Heavy rain flooded three coastal towns in southern Portugal on Monday, forcing hundreds of "
    "residents to leave their homes.",
    "The civil protection agency said two people were missing and that rescue teams had been sent "
    "from Lisbon to help the local fire brigades.",
    "The mayor of one of the towns said the water had risen faster than at any time in the last thirty years.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Floods hit coastal towns | Daily Courier</title>
<meta property="og:title" content="Floods hit coastal towns">
<meta property="og:url" content="https://courier.example/news/floods">
<meta property="og:site_name" content="Daily Courier">
<meta property="article:published_time" content="2023-03-14T08:00:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
Accept all cookies or manage your preferences.</p><button>Accept</button></div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article><h1>Floods hit coastal towns</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<footer><p>Copyright 2023 Daily Courier. All rights reserved.</p></footer>
</body></html>"""

NAV_ONLY_PAGE = """<!DOCTYPE html><html><head><title>Menu</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Harbour Gazette</title><link>https://gazette.example/</link><description>Local news</description>
<item>
  <title>Port workers strike over pay</title>
  <link>https://gazette.example/strike</link>
  <pubDate>Tue, 07 Feb 2023 09:30:00 GMT</pubDate>
  <description>&lt;p&gt;Dock workers at the northern port walked out on Tuesday after talks with the
  operator &amp;amp; the union collapsed.&lt;/p&gt;&lt;p&gt;The union said the strike would last
  three days unless the company raised its offer.&lt;/p&gt;</description>
</item>
<item>
  <title>Council approves new bridge</title>
  <link>https://gazette.example/bridge</link>
  <pubDate>Mon, 06 Feb 2023 18:00:00 GMT</pubDate>
  <description>The city council voted on Monday to build a new bridge across the river, a project
  the mayor said would cost about 40 million euros.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Mountain Herald</title><id>urn:uuid:feed-1</id><updated>2024-01-10T12:00:00Z</updated>
  <entry>
    <title>Avalanche closes pass</title><id>urn:uuid:entry-1</id>
    <link href="https://herald.example/avalanche"/>
    <published>2024-01-09T07:15:00Z</published><updated>2024-01-10T12:00:00Z</updated>
    <summary>Short summary only.</summary>
    <content type="html">&lt;p&gt;An avalanche closed the mountain pass on Tuesday morning and police
    said four climbers had been rescued by helicopter.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content>
  </entry>
</feed>"""


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "floods.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _items(*paths: Path | str, fmt: str = "auto", **meta: str) -> list:
    return list(iter_items([str(p) for p in paths], fmt, meta))


def test_html_main_text_without_banner_or_navigation(page_file: Path) -> None:
    [item] = _items(page_file)
    assert item.ok, item.problem
    text = item.article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    assert "cookies" not in text
    assert "World news" not in text
    assert "All rights reserved" not in text
    assert item.article.title == "Floods hit coastal towns"
    assert item.article.url == "https://courier.example/news/floods"
    assert item.article.published == "2023-03-14"
    assert item.article.source == "Daily Courier"


def test_html_offsets_index_the_extracted_text(page_file: Path) -> None:
    [item] = _items(page_file)
    text = item.article.text
    start = text.index("Lisbon")
    assert text[start:start + 6] == "Lisbon"


def test_html_user_metadata_wins_over_the_page(page_file: Path) -> None:
    [item] = _items(page_file, title="My own title", published="2023-03-15")
    assert item.article.title == "My own title"
    assert item.article.published == "2023-03-15"
    assert item.article.url == "https://courier.example/news/floods"


def test_page_without_main_text_is_a_recorded_skip(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(NAV_ONLY_PAGE, encoding="utf-8")
    [item] = _items(path)
    assert not item.ok
    assert "no main text" in item.problem


def test_malformed_html_is_a_recorded_skip(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(b"\xff\xfe<\x00h\x00t\x00")
    [item] = _items(path, fmt="html")
    assert not item.ok and item.problem


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    items = _items(path)
    assert [i.ok for i in items] == [True, True]
    strike, bridge = (i.article for i in items)
    assert strike.title == "Port workers strike over pay"
    assert strike.url == "https://gazette.example/strike"
    assert strike.published == "2023-02-07"
    assert strike.source == "Harbour Gazette"
    assert "<p>" not in strike.text
    assert "operator & the union collapsed." in strike.text
    assert strike.text.count("\n") == 1  # one line a paragraph
    assert bridge.published == "2023-02-06"
    assert items[0].origin.endswith("#1")


def test_atom_entry_prefers_full_content_and_drops_scripts(tmp_path: Path) -> None:
    path = tmp_path / "herald.xml"
    path.write_text(ATOM, encoding="utf-8")
    [item] = _items(path)
    assert item.ok, item.problem
    assert item.article.title == "Avalanche closes pass"
    assert item.article.url == "https://herald.example/avalanche"
    assert item.article.published == "2024-01-09"
    assert item.article.text.startswith("An avalanche closed the mountain pass")
    assert "track()" not in item.article.text


def test_malformed_feed_is_one_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>Half", encoding="utf-8")
    items = _items(path)
    assert len(items) == 1
    assert not items[0].ok
    assert items[0].problem.startswith("malformed feed")
    assert "\n" not in items[0].problem


def _warc(path: Path, records: list[tuple[str, str, bytes, int]]) -> None:
    """A WARC with one HTTP response per (uri, content type, body, status), plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for uri, content_type, body, status in records:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders(f"{status} OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles_and_others_are_counted(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, [
        ("https://courier.example/news/floods", "text/html; charset=utf-8", PAGE.encode(), 200),
        ("https://courier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", 200),
        ("https://courier.example/gone", "text/html", b"<html><body>Not found</body></html>", 404),
    ])
    assert sniff_format(path.read_bytes()[:4096]) == "warc"
    items = _items(path)
    articles = [i for i in items if i.ok]
    skipped = [i for i in items if not i.ok]
    assert len(articles) == 1
    assert PARAGRAPHS[1] in articles[0].article.text
    assert articles[0].article.published == "2023-03-14"
    assert sorted(i.problem for i in skipped) == [
        "skipped WARC record: HTTP status 404", "skipped WARC record: not HTML (image/png)"
    ]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_record_is_skipped_not_half_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, [("https://courier.example/news/floods", "text/html", PAGE.encode(), 200)])
    path.write_bytes(path.read_bytes()[:-300])
    items = _items(path)
    assert not any(i.ok for i in items)
    assert any("truncated" in i.problem or "malformed WARC" in i.problem for i in items)


def test_garbage_in_a_warc_is_a_problem_after_the_good_records(tmp_path: Path) -> None:
    path = tmp_path / "damaged.warc"
    _warc(path, [("https://courier.example/news/floods", "text/html", PAGE.encode(), 200)])
    path.write_bytes(path.read_bytes() + b"this is not a record\r\n\r\n")
    items = _items(path)
    assert [i.ok for i in items] == [True, False]
    assert items[1].problem.startswith("malformed WARC: ")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"\xef\xbb\xbf  <html lang='en'>", "html"),
        (b'<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>', "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "warc"),
        (gzip.compress(b"just some text"), "binary"),
        (b'{"text": "Police arrested two men.", "title": "Arrests"}\n{"text": "x"}\n', "jsonl"),
        (b'{"text": "A first line longer than the sniffed head', "jsonl"),
        (b"{\n  \"pretty\": true\n}\n", "text"),
        (b"Police arrested two men in Lyon on Sunday.", "text"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_sniff_format(head: bytes, kind: str) -> None:
    assert sniff_format(head) == kind


def test_directory_reader_chosen_by_content(tmp_path: Path) -> None:
    (tmp_path / "saved_page.dat").write_text(PAGE, encoding="utf-8")  # HTML under an odd name
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "gazette.txt").write_text(RSS, encoding="utf-8")  # a feed named .txt
    (tmp_path / "news" / "story.txt").write_text(
        "Firefighters contained a forest fire near the village on Sunday, officials said.", encoding="utf-8"
    )
    (tmp_path / "news" / "story.meta.json").write_text('{"published": "2021-07-04", "source": "Wire"}')
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / "notes.md").write_text("# notes to self, not an article", encoding="utf-8")
    items = _items(tmp_path)
    assert all(i.ok for i in items), [i.problem for i in items]
    titles = sorted(i.article.title or "" for i in items)
    assert titles == ["", "Council approves new bridge", "Floods hit coastal towns", "Port workers strike over pay"]
    story = next(i.article for i in items if i.origin.endswith("story.txt"))
    assert story.published == "2021-07-04"
    assert story.source == "Wire"


def test_fragment_to_text() -> None:
    fragment = "<div><p>Two ships <b>collided</b> off the coast&nbsp;on Friday.</p><p>No one was hurt.</p></div>"
    assert html_fragment_to_text(fragment) == "Two ships collided off the coast on Friday.\nNo one was hurt."
