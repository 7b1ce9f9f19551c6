"""geo20: GeoVirus's fixed halves (first hex digit of the SHA-1 of the article's key < 8: half a)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsevents.evaluation import geovirus
from newsevents.evaluation.runner import half_ab

XML = """<articles>
<article><source>http://example.org/story-one</source><text>Fever cases rose in Lisbon.</text>
<locations><location><name>Lisbon</name><start>20</start><end>26</end><lat>38.7</lat><lon>-9.1</lon></location></locations></article>
<article><source>http://example.org/story-two</source><text>Doctors in Quito reported a cluster.</text>
<locations><location><name>Quito</name><start>11</start><end>16</end><lat>-0.2</lat><lon>-78.5</lon></location></locations></article>
<article><text>A ward closed in Perth.</text><locations/></article>
</articles>
"""


def test_half_ab_follows_first_hex_digit():
    for key in ("http://example.org/story-one", "http://example.org/story-two", "2", "river-town"):
        first = hashlib.sha1(key.encode("utf-8")).hexdigest()[0]
        assert half_ab(key) == ("a" if int(first, 16) < 8 else "b")


def test_geovirus_halves_partition_the_articles(tmp_path: Path):
    (tmp_path / "GeoVirus.xml").write_text(XML, encoding="utf-8")
    keys = ["http://example.org/story-one", "http://example.org/story-two", "2"]
    everything = [doc.text for doc in geovirus.read(tmp_path, {})]
    in_a = [doc.text for doc in geovirus.read(tmp_path, {}, "a")]
    in_b = [doc.text for doc in geovirus.read(tmp_path, {}, "b")]
    assert sorted(in_a + in_b) == sorted(everything) and len(everything) == 3
    expected_a = [text for text, key in zip(everything, keys, strict=True) if half_ab(key) == "a"]
    assert in_a == expected_a
