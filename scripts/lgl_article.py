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

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import xml_article  # noqa: E402 - the part shared with gwn_article.py
from xml_article import article_text, run  # noqa: E402,F401 - article_text: this script's text, as before

DEFAULT_XML = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "lgl" / "lgl-dev.xml"


def find_article(xml_path: Path, docid: str) -> ET.Element | None:
    return xml_article.find_article(xml_path, docid, "docid")


def article_meta(art: ET.Element) -> str:
    date = (art.findtext("dltime") or "").strip()[:10]
    domain = (art.findtext("domain") or "").strip()
    return f"{date} {domain}"


def main(argv: list[str] | None = None) -> int:
    return run(argv, description=__doc__.splitlines()[0], prog="lgl_article", key="docid", attr="docid",
               default_xml=DEFAULT_XML, collection="LGL", article_meta=article_meta)


if __name__ == "__main__":
    sys.exit(main())
