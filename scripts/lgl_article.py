"""Write one LGL article as a plain-text file for ``newsevents extract --title-line`` (run by hand).

    python3 scripts/lgl_article.py DOCID [-o FILE] [--xml PATH] [--meta]

Reads ``../shared/eval/lgl/lgl-dev.xml`` (relative to the worktree root; ``--xml`` for another
file) and writes the article's title (whitespace runs made one space) as the first line, a blank
line, then the ``<text>`` exactly as in its CDATA (no stripping), to FILE or standard output.
``--meta`` prints ``DATE DOMAIN`` instead (the ``dltime`` date as YYYY-MM-DD and the ``domain``),
the ``--published`` and ``--source`` of the extraction. The texts are third-party news: write
them to /tmp, never into the repository. Standard library only.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_XML = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "lgl" / "lgl-dev.xml"


def find_article(xml_path: Path, docid: str) -> ET.Element | None:
    for art in ET.parse(xml_path).getroot().iter("article"):
        if art.get("docid") == docid:
            return art
    return None


def article_text(art: ET.Element) -> str:
    title = " ".join((art.findtext("title") or "").split())
    return f"{title}\n\n{art.findtext('text') or ''}"


def article_meta(art: ET.Element) -> str:
    date = (art.findtext("dltime") or "").strip()[:10]
    domain = (art.findtext("domain") or "").strip()
    return f"{date} {domain}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docid")
    ap.add_argument("-o", "--output", help="file to write (default: standard output)")
    ap.add_argument("--xml", default=str(DEFAULT_XML), help="the LGL XML file")
    ap.add_argument("--meta", action="store_true", help="print 'DATE DOMAIN' instead of the text")
    a = ap.parse_args(argv)
    art = find_article(Path(a.xml), a.docid)
    if art is None:
        print(f"lgl_article: no article {a.docid} in {a.xml}", file=sys.stderr)
        return 2
    out = article_meta(art) + "\n" if a.meta else article_text(art)
    if a.output:
        Path(a.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
