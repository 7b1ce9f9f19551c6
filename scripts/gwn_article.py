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

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_XML = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "geowebnews" / "GWN.xml"

_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)/(\d\d)/(\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
)


def find_article(xml_path: Path, number: str) -> ET.Element | None:
    for art in ET.parse(xml_path).getroot().iter("article"):
        if art.get("file") == str(number):
            return art
    return None


def article_text(art: ET.Element) -> str:
    title = " ".join((art.findtext("title") or "").split())
    return f"{title}\n\n{art.findtext('text') or ''}"


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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("number")
    ap.add_argument("-o", "--output", help="file to write (default: standard output)")
    ap.add_argument("--xml", default=str(DEFAULT_XML), help="the GeoWebNews XML file")
    ap.add_argument("--meta", action="store_true", help="print 'DATE DOMAIN' instead of the text")
    a = ap.parse_args(argv)
    art = find_article(Path(a.xml), a.number)
    if art is None:
        print(f"gwn_article: no article {a.number} in {a.xml}", file=sys.stderr)
        return 2
    out = article_meta(art) + "\n" if a.meta else article_text(art)
    if a.output:
        Path(a.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
