"""Reading and scoring tests/data/mentions_heldout*.jsonl: descriptions of people linked (or not)
to the named person, and the country and sector of named people and bodies.

Run as a script (``.venv/bin/python tests/mentions_heldout.py [FILE]``) to print each row's outcome.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

NOT_NAMES = {"the", "her", "his", "their", "a", "an", "its", "this", "that"}


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _start(text: str, mention: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(mention, start + 1)
    return start


def entity_at(record, mention: str, occurrence: int = 1):
    """The entity with a mention overlapping the last word of the ``occurrence``-th ``mention`` of
    the article (its head: ``The Oscar winner`` is the winner's, not the award's), the longest such
    mention when several do."""
    start = _start(record.article.text, mention, occurrence)
    # a description with a prepositional phrase has its head before it ("The governor of Nevada")
    for prep in (" of ", " for "):
        if prep in mention:
            mention = mention.split(prep, 1)[0]
            break
    end = start + len(mention)
    head = start + len(mention.rsplit(" ", 1)[0]) + 1 if " " in mention else start
    found = [(m.end - m.start, e) for e in record.entities for m in e.mentions if m.start < end and head < m.end]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def named(entity) -> bool:
    """An entity with a mention that is a name (a capitalised word not opening a description)."""
    return entity is not None and any(
        m.text[:1].isupper() and m.text.split()[0].lower() not in NOT_NAMES for m in entity.mentions)


@dataclass
class Outcome:
    """Per-row outcomes: each a (row id, item, verdict) with verdict right / wrong / missed /
    kept / linked. ``names``, ``not_names`` and ``parties`` are read from rows that have them
    (mentions_heldout2 on)."""
    links: list[tuple[str, str, str]] = field(default_factory=list)
    no_links: list[tuple[str, str, str]] = field(default_factory=list)
    countries: list[tuple[str, str, str]] = field(default_factory=list)
    sectors: list[tuple[str, str, str]] = field(default_factory=list)
    names: list[tuple[str, str, str]] = field(default_factory=list)
    not_names: list[tuple[str, str, str]] = field(default_factory=list)
    parties: list[tuple[str, str, str]] = field(default_factory=list)

    def count(self, kind: str, verdict: str) -> int:
        return sum(1 for *_, v in getattr(self, kind) if v == verdict)


def score_row(record, row: dict, out: Outcome) -> None:
    for mention, occurrence, name in row["links"]:
        got, want = entity_at(record, mention, occurrence), entity_at(record, name)
        if got is not None and want is not None and got.id == want.id:
            verdict = "right"
        elif named(got):
            verdict = f"wrong ({got.name})"
        else:
            verdict = "missed"
        out.links.append((row["id"], f"{mention} -> {name}", verdict))
    for mention, occurrence in row["no_links"]:
        got = entity_at(record, mention, occurrence)
        out.no_links.append((row["id"], mention, f"linked ({got.name})" if named(got) else "kept"))
    for name, country, sector in row["codes"]:
        entity = entity_at(record, name)
        got_country = entity.country if entity else None
        # a list is "any of these" (None among them: no country is right too)
        fits = got_country in country if isinstance(country, list) else got_country == country
        out.countries.append((row["id"], f"{name}: {country}", "right" if fits else f"wrong ({got_country})"))
        if sector is not None:
            got_sector = sorted(entity.sector) if entity else []
            out.sectors.append((row["id"], f"{name}: {sector}",
                                "right" if got_sector == sorted(sector) else f"wrong ({got_sector})"))


def score_names(record, row: dict, out: Outcome) -> None:
    """``names``: [text, occurrence, type]: one entity of that type has a mention spanning exactly
    that text (right), else wrong (what covers it); ``not_names``: [text, occurrence]: no entity is
    named by a mention covering that word (kept); ``parties``: [text, country]: every event party
    whose text ends with that text has that country (absent when no party does)."""
    text = record.article.text
    for name, occurrence, kind in row.get("names", []):
        start = _start(text, name, occurrence)
        end = start + len(name)
        exact = [e for e in record.entities for m in e.mentions if m.start == start and m.end == end]
        if any(e.type == kind for e in exact):
            verdict = "right"
        else:
            over = sorted({f"{m.text}/{e.type}" for e in record.entities for m in e.mentions
                           if m.start < end and start < m.end})
            verdict = f"wrong ({', '.join(over) or 'nothing'})"
        out.names.append((row["id"], f"{name}: {kind}", verdict))
    for word, occurrence in row.get("not_names", []):
        start = _start(text, word, occurrence)
        end = start + len(word)
        hit = [e.name for e in record.entities if word in e.name
               and any(m.start < end and start < m.end for m in e.mentions)]
        out.not_names.append((row["id"], word, f"named ({hit[0]})" if hit else "kept"))
    for party_text, country in row.get("parties", []):
        got = [p.country for ev in record.events for p in (*ev.actor, *ev.recipient)
               if p.text.endswith(party_text)]
        if not got:
            verdict = "absent"
        else:
            verdict = "right" if all(c == country for c in got) else f"wrong ({got})"
        out.parties.append((row["id"], f"{party_text}: {country}", verdict))


def score(extract, rows: list[dict]) -> Outcome:
    """Each row extracted (with its ``title`` as the article's title when it has one, as ``--title-line``
    does) and scored for its links, no-links, codes and names."""
    out = Outcome()
    for row in rows:
        meta = {"title": row["title"]} if row.get("title") else {}
        record = extract(row["text"], published=row["published"], **meta)
        score_row(record, row, out)
        score_names(record, row, out)
    return out


def print_links(rows: list[dict]) -> None:
    """Run by hand (``python tests/test_mentions_heldoutN.py``): every link and no-link verdict, then the
    figures."""
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, rows)
    for kind in ("links", "no_links"):
        for row_id, item, verdict in getattr(result, kind):
            print(f"{kind}\t{row_id}\t{verdict}\t{item}")
    print(summary(result))


# every kind of verdict score_row and score_names give
KINDS = ("links", "no_links", "countries", "sectors", "names", "not_names", "parties")


def row_params(rows: list[dict], xfail: dict[str, str]) -> list:
    """One pytest parameter per row id, the rows still wrong marked strict xfail with their reason."""
    import pytest

    return [pytest.param(row["id"], marks=[pytest.mark.xfail(reason=xfail[row["id"]], strict=True)]
                         if row["id"] in xfail else []) for row in rows]


def row_faults(out: Outcome, row_id: str) -> list[tuple[str, str]]:
    """The verdicts of one row that are neither right nor kept (empty when the row is right)."""
    return [(item, verdict) for kind in KINDS for rid, item, verdict in getattr(out, kind)
            if rid == row_id and verdict not in {"right", "kept"}]


def count(out: Outcome, kind: str, verdict: str) -> int:
    return sum(1 for *_, v in getattr(out, kind) if v.startswith(verdict))


def module_tests(rows: list[dict], xfail: dict[str, str], at_least: dict[tuple[str, str], int],
                 exactly: dict[tuple[str, str], int], scorer=None):
    """The ``outcome`` fixture and the two tests every held-out passage module runs: each row right
    (the rows of ``xfail`` strict xfail with their reason), and the module's final figures as floors
    (``at_least``) or fixed counts (``exactly``), keyed by (kind, verdict). A module assigns the three
    to its own names so that pytest collects them there. ``scorer(extract, rows)``: how the rows are
    scored (default ``score``; the entity-code sets pass entities_heldout15's, which adds places)."""
    import pytest

    scorer = scorer or score

    @pytest.fixture(scope="module")
    def outcome(extract) -> Outcome:
        return scorer(extract, rows)

    @pytest.mark.parametrize("row_id", row_params(rows, xfail))
    def test_held_out_row(outcome: Outcome, row_id: str) -> None:
        wrong = row_faults(outcome, row_id)
        assert not wrong, wrong

    def test_held_out_figures(outcome: Outcome) -> None:
        for (kind, verdict), n in at_least.items():
            assert count(outcome, kind, verdict) >= n, (kind, verdict, n)
        for (kind, verdict), n in exactly.items():
            assert count(outcome, kind, verdict) == n, (kind, verdict, n)

    return outcome, test_held_out_row, test_held_out_figures


def summary(out: Outcome) -> str:
    def n(kind, verdict):
        return sum(1 for *_, v in getattr(out, kind) if v.startswith(verdict))
    return (f"links right {n('links', 'right')}/{len(out.links)}, wrong {n('links', 'wrong')}, "
            f"missed {n('links', 'missed')}; no-link kept {n('no_links', 'kept')}/{len(out.no_links)}; "
            f"country right {n('countries', 'right')}/{len(out.countries)}; "
            f"sector right {n('sectors', 'right')}/{len(out.sectors)}"
            + (f"; names right {n('names', 'right')}/{len(out.names)}; "
               f"not-names kept {n('not_names', 'kept')}/{len(out.not_names)}; "
               f"parties right {n('parties', 'right')}/{len(out.parties)} (absent {n('parties', 'absent')})"
               if out.names or out.not_names or out.parties else ""))


if __name__ == "__main__":
    import sys

    from newsevents.pipeline import shared_pipeline

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data" / "mentions_heldout1.jsonl"
    result = score(shared_pipeline().extract, read_rows(path))
    for kind in ("links", "no_links", "countries", "sectors", "names", "not_names", "parties"):
        for row_id, item, verdict in getattr(result, kind):
            print(f"{kind}\t{row_id}\t{verdict}\t{item}")
    print(summary(result))
