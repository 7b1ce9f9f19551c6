"""Write one GeoWebNews article as a plain-text file for ``newsevents extract --title-line`` (run by hand).

    python3 scripts/gwn_article.py N [-o FILE] [--xml PATH] [--meta]

Reads ``../shared/eval/geowebnews/GWN.xml`` (relative to the worktree root; ``--xml`` for another
file) and writes article N's (its ``file`` attribute) title (whitespace runs made one space) as the
first line, a blank line, then the ``<text>`` exactly as in the XML (no stripping), to FILE or
standard output. ``--meta`` prints ``DATE DOMAIN`` instead: DATE from the ``<link>`` (a
``YYYY/MM/DD``, ``YYYY-MM-DD`` or ``YYYYMMDD`` in it, the first valid one; ``-`` when none) and
DOMAIN the link's host without ``www.``: the ``--published`` and ``--source`` of the extraction.
The texts are third-party news: write them to /tmp, never into the repository. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import xml_article  # noqa: E402 - the part shared with lgl_article.py
from xml_article import article_text, run  # noqa: E402,F401 - article_text: this script's text, as before

DEFAULT_XML = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "geowebnews" / "GWN.xml"

_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)/(\d\d)/(\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
)


def find_article(xml_path: Path, number: str) -> ET.Element | None:
    return xml_article.find_article(xml_path, number, "file")


def link_date(link: str) -> str | None:
    """The first valid date written in the link as YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD (in that order)."""
    for pattern in _DATE_RES:
        for m in pattern.finditer(link):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


def link_domain(link: str) -> str:
    host = urlsplit(link.strip()).hostname or ""
    return host[4:] if host.startswith("www.") else host


def article_meta(art: ET.Element) -> str:
    link = (art.findtext("link") or "").strip()
    return f"{link_date(link) or '-'} {link_domain(link)}"


def main(argv: list[str] | None = None) -> int:
    return run(argv, description=__doc__.splitlines()[0], prog="gwn_article", key="number", attr="file",
               default_xml=DEFAULT_XML, collection="GeoWebNews", article_meta=article_meta)


if __name__ == "__main__":
    sys.exit(main())
