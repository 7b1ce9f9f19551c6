"""CASE 2021 task 2 news snippets (ACLED-style sub-types), scored through their PLOVER mapping.

PATH is the tab-separated file (``id``, ``EventSnippet``, ``SubType``) or its folder. Each
snippet becomes an article of its own with no publication date (none is given).

The sub-types map to the PLOVER types that count as finding them (:data:`ACCEPTED`, the
mapping of the data set's README). Figures:

- ``accepted_type_found``: snippets of a mapped sub-type for which some predicted event has an
  accepted type;
- ``no_event``: mapped snippets with no event at all (the most common miss);
- ``disaster_coded_as_conflict``: NATURAL_DISASTER / MAN_MADE_DISASTER snippets with any
  predicted ASSAULT, COERCE, PROTEST, MOBILIZE, THREATEN or SANCTION event (a flood or a factory
  fire is no attack);
- a per-sub-type breakdown of the same, with the predicted types seen.

Sub-types with no PLOVER counterpart (ORG_CRIME, ATTRIB, HQ_ESTABLISHED, ...) are counted in
``skipped`` and scored for nothing.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, limited, run
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import Record

log = logging.getLogger(__name__)

_ASSAULT = frozenset({"ASSAULT"})
_COOPERATIVE_OR_VERBAL = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT",
                                    "SANCTION", "AID"})
# sub-type -> PLOVER types that count as finding it (the data set's README)
ACCEPTED: dict[str, frozenset[str]] = {
    **{t: _ASSAULT for t in ("AIR_STRIKE", "ARMED_CLASH", "GRENADE", "SUIC_BOMB", "CHEM_WEAP", "REM_EXPLOS",
                             "ART_MISS_ATTACK", "ATTACK", "SEX_VIOL", "PROPERTY_DISTRUCT")},
    "ABDUCT_DISSAP": frozenset({"ASSAULT", "COERCE"}),
    "MOB_VIOL": frozenset({"ASSAULT", "PROTEST"}),
    "DISR_WEAP": frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),
    "GOV_REGAINS_TERIT": frozenset({"ASSAULT", "COERCE"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": frozenset({"ASSAULT", "COERCE"}),
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST", "COERCE", "ASSAULT"}),
    "FORCE_AGAINST_PROTEST": frozenset({"ASSAULT", "COERCE"}),
    "ARREST": frozenset({"COERCE"}),
    "AGREEMENT": frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT"}),
    "DIPLO": _COOPERATIVE_OR_VERBAL,
    "NON_VIOL_TERRIT_TRANSFER": frozenset({"COERCE", "RETREAT", "CONCEDE", "AGREE"}),
}
DISASTERS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
# what a disaster snippet must not be coded as
CONFLICT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION"})
COLUMNS = ("id", "EventSnippet", "SubType")


@dataclass
class Snippet:
    subtype: str


def _file(path: str | Path) -> Path:
    target = Path(path)
    if target.is_dir():
        found = sorted(target.glob("*.tsv"))
        if not found:
            raise InputError(f"{path}: no .tsv file here")
        target = found[0]
    return target


def read(path: str | Path, skipped: dict[str, int]) -> Iterator[GoldDoc[Snippet]]:
    """The snippets of a scored sub-type; bad lines are named (file and line) and skipped."""
    target = _file(path)
    try:
        handle = target.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{target}: cannot read CASE 2021 snippets: {exc}") from None
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header[:3]) != COLUMNS:
                raise InputError(f"{target}: expected the columns {', '.join(COLUMNS)}")
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != 3 or not row[1].strip() or not row[2].strip():
                    log.warning("%s:%d: expected id, snippet and sub-type; line skipped", target, line)
                    count(skipped, "malformed line")
                    continue
                subtype = row[2].strip()
                if subtype not in ACCEPTED and subtype not in DISASTERS:
                    count(skipped, f"sub-type without PLOVER counterpart ({subtype})")
                    continue
                yield GoldDoc(id=row[0].strip() or f"line-{line}", text=row[1].strip(), gold=Snippet(subtype))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"{target}:{reader.line_num}: cannot read CASE 2021 snippets: {exc}") from None


@dataclass
class Tally:
    snippets: int = 0
    found: int = 0  # mapped sub-types: an accepted type predicted
    no_event: int = 0
    conflict: int = 0  # disaster sub-types: a conflict type predicted
    predicted: Counter[str] = field(default_factory=Counter)

    def add(self, subtype: str, record: Record) -> None:
        types = {e.event for e in record.events}
        self.snippets += 1
        self.no_event += not types
        self.predicted.update(types)
        if subtype in DISASTERS:
            self.conflict += bool(types & CONFLICT)
        else:
            self.found += bool(types & ACCEPTED[subtype])


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    by_subtype: dict[str, Tally] = {}
    for doc, record in run(pipeline, limited(read(path, skipped), limit), skipped):
        by_subtype.setdefault(doc.gold.subtype, Tally()).add(doc.gold.subtype, record)
    mapped = [t for s, t in by_subtype.items() if s not in DISASTERS]
    disaster = [t for s, t in by_subtype.items() if s in DISASTERS]
    n_mapped = sum(t.snippets for t in mapped)
    n_disaster = sum(t.snippets for t in disaster)
    report = Report(dataset="case2021", documents=n_mapped + n_disaster, skipped=skipped, figures={
        "mapped_snippets": n_mapped,
        "accepted_type_found": metrics.ratio(sum(t.found for t in mapped), n_mapped),
        "no_event": metrics.ratio(sum(t.no_event for t in mapped), n_mapped),
        "disaster_snippets": n_disaster,
        "disaster_coded_as_conflict": metrics.ratio(sum(t.conflict for t in disaster), n_disaster),
    })
    for subtype, tally in sorted(by_subtype.items()):
        row: dict[str, object] = {"snippets": tally.snippets}
        if subtype in DISASTERS:
            row["coded_as_conflict"] = metrics.ratio(tally.conflict, tally.snippets)
        else:
            row["accepted_type_found"] = metrics.ratio(tally.found, tally.snippets)
        row["no_event"] = metrics.ratio(tally.no_event, tally.snippets)
        row["predicted"] = ", ".join(f"{k} {v}" for k, v in tally.predicted.most_common())
        report.breakdown[subtype] = row
    report.notes.append("types accepted per sub-type as in the data set's README; no publication date")
    return report
