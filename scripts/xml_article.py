"""One article of an XML news collection (``<article>`` elements with ``<title>`` and ``<text>``) as a
plain-text file for ``newsevents extract --title-line``: the part lgl_article.py and gwn_article.py share
(they differ only in the attribute that names an article and in where its date and host come from).
Standard library only.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path


def find_article(xml_path: Path, key: str, attr: str) -> ET.Element | None:
    """The first ``<article>`` whose attribute ``attr`` is ``key``, or None."""
    for art in ET.parse(xml_path).getroot().iter("article"):
        if art.get(attr) == str(key):
            return art
    return None


def article_text(art: ET.Element) -> str:
    """The title (whitespace runs made one space), a blank line, then the ``<text>`` as it is."""
    title = " ".join((art.findtext("title") or "").split())
    return f"{title}\n\n{art.findtext('text') or ''}"


def run(argv: list[str] | None, *, description: str, prog: str, key: str, attr: str, default_xml: Path,
        collection: str, article_meta: Callable[[ET.Element], str]) -> int:
    """The command line of an article writer: KEY [-o FILE] [--xml PATH] [--meta]; 2 when no article."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument(key)
    ap.add_argument("-o", "--output", help="file to write (default: standard output)")
    ap.add_argument("--xml", default=str(default_xml), help=f"the {collection} XML file")
    ap.add_argument("--meta", action="store_true", help="print 'DATE DOMAIN' instead of the text")
    a = ap.parse_args(argv)
    wanted = getattr(a, key)
    art = find_article(Path(a.xml), wanted, attr)
    if art is None:
        print(f"{prog}: no article {wanted} in {a.xml}", file=sys.stderr)
        return 2
    out = article_meta(art) + "\n" if a.meta else article_text(art)
    if a.output:
        Path(a.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0
