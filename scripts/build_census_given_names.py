#!/usr/bin/env python3
"""Build src/newsevents/data/census_given_names.tsv: given names of one gender from the 1990 US Census.

Input (build time only, never read at run time): the PyPI package ``names`` 0.3.0 (Trey Hunner, MIT
licence), whose data files ``names/dist.male.first`` and ``names/dist.female.first`` are the 1990 US
Census first-name frequency lists (a US government work, public domain). Give the sdist tarball
(``names-0.3.0.tar.gz``) or its unpacked folder on the command line.

Each list gives a name's frequency as a percentage of the people of that sex. A name's share of one
gender is its frequency-weighted share of uses: frequency x the 1990 population of that sex (121,239,418
men, 127,470,455 women), over both. A name in one list only counts as 0 in the other (the lists hold the
names of 90% of each sex; the rest are rarer than the list's last entry), but only when it is at least as
frequent as the other list's last entry: the male list stops at 0.004%, the female list at 0.001%, so a
woman's name rarer than 0.004% (Kit, Marlo) may be as common among men without being listed, and says
nothing (2,402 of the 3,944 names of the female list alone).

Kept: names whose share of one gender is at least THRESHOLD (0.99). The figure: the hand table
given_names.tsv leaves out on purpose names given to both (its header names Alex, Chris, Jordan, Sam,
Taylor, Kim); their census shares are 0.98 (Alex), 0.98 (Sam), 0.89, 0.82, 0.66 and 0.87 (Kim, female):
0.99 is the smallest round threshold that gives none of them a gender (0.95 would make Alex and Sam men).

The table is a gender fallback only (components/entities_names.py): the hand table wins, and a census
name is no evidence that a word is a name (May, June, Hope, Will, Mark and Rose are all in it).

usage: scripts/build_census_given_names.py SOURCE [--out PATH]
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsevents" / "data" / "census_given_names.tsv"
THRESHOLD = 0.99
# 1990 US Census resident population by sex: the lists' percentages are of these.
MEN, WOMEN = 121_239_418, 127_470_455
LISTS = {"m": "dist.male.first", "f": "dist.female.first"}

HEADER = """\
# Given names of one gender from the 1990 US Census first-name frequency lists (a US government work,
# public domain), as packaged by the PyPI package names 0.3.0 (Trey Hunner, MIT licence); built by
# scripts/build_census_given_names.py (see CENSUS-NAMES-LICENSE.txt). share: the name's frequency-weighted
# share of uses of that gender; only names with a share of at least {threshold} are kept (a name of one list
# only when it is no rarer than the other list's last entry). A gender fallback for names given_names.tsv
# lacks (that hand table wins); no evidence that a word is a name.
"""


def _read_lists(source: Path) -> dict[str, str]:
    """The two lists' text, from the sdist tarball or its unpacked folder."""
    found: dict[str, str] = {}
    if source.is_file():
        with tarfile.open(source) as tar:
            for member in tar.getmembers():
                for gender, name in LISTS.items():
                    if member.name.endswith(f"/names/{name}"):
                        handle = tar.extractfile(member)
                        if handle is not None:
                            found[gender] = io.TextIOWrapper(handle, encoding="ascii").read()
    else:
        for gender, name in LISTS.items():
            for path in (source / "names" / name, source / name):
                if path.is_file():
                    found[gender] = path.read_text(encoding="ascii")
                    break
    missing = [LISTS[g] for g in LISTS if g not in found]
    if missing:
        sys.exit(f"{source}: no {', '.join(missing)}")
    return found


def _frequencies(text: str) -> dict[str, float]:
    """Name -> percentage of the people of the list's sex (lines: NAME  freq  cumulative  rank)."""
    rows = (line.split() for line in text.splitlines() if line.strip())
    return {cells[0].lower(): float(cells[1]) for cells in rows}


def census_genders(male: dict[str, float], female: dict[str, float],
                   threshold: float = THRESHOLD) -> dict[str, tuple[str, float]]:
    """Name -> (gender, share) for names whose share of one gender is at least ``threshold``."""
    kept: dict[str, tuple[str, float]] = {}
    male_reach, female_reach = min(male.values()), min(female.values())
    for name in sorted(male.keys() | female.keys()):
        if (name not in male and female[name] < male_reach) or (name not in female and male[name] < female_reach):
            continue  # rarer than the other list reaches: it may be as common there, unlisted
        men, women = male.get(name, 0.0) * MEN, female.get(name, 0.0) * WOMEN
        if men + women <= 0:
            continue
        share = men / (men + women)
        if share >= threshold:
            kept[name] = ("m", share)
        elif 1 - share >= threshold:
            kept[name] = ("f", 1 - share)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="names-0.3.0.tar.gz or its unpacked folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lists = _read_lists(args.source)
    kept = census_genders(_frequencies(lists["m"]), _frequencies(lists["f"]))
    lines = [HEADER.format(threshold=THRESHOLD) + "name\tgender\tshare"]
    lines += [f"{name}\t{gender}\t{share:.4f}" for name, (gender, share) in kept.items()]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    men = sum(1 for g, _ in kept.values() if g == "m")
    print(f"{args.out}: {len(kept)} names ({men} m, {len(kept) - men} f)")


if __name__ == "__main__":
    main()
