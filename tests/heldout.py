"""Shared reading and scoring of the held-out phrasing files (tests/data/phrasings_heldout*.tsv).

Each row: expected PLOVER type ('-' for no event), actor and recipient country ('-' for none,
'A|B' for either), sentence. The test modules keep their own first/final figures and xfails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

IGO_CODES = {"IGO", "UNO", "EUR"}  # international bodies: any of these codes is the same answer


def read_rows(path: Path) -> list[tuple[str, str, str, str]]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:] if line]  # type: ignore[misc]


def case_ids(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """``AGREE-0``, ``AGREE-1``, ... and ``NONE-n`` for the no-event rows, in file order."""
    seen: dict[str, int] = {}
    ids = []
    for kind, *_ in rows:
        name = "NONE" if kind == "-" else kind
        ids.append(f"{name}-{seen.get(name, 0)}")
        seen[name] = seen.get(name, 0) + 1
    return ids


def cases(rows: list[tuple[str, str, str, str]], xfail: dict[str, str]) -> list:
    """pytest params (kind, text), strict xfails with their reason for the rows still missed."""
    return [pytest.param(kind, text, id=name,
                         marks=[pytest.mark.xfail(reason=xfail[name], strict=True)] if name in xfail else [])
            for name, (kind, _actor, _recipient, text) in zip(case_ids(rows), rows, strict=True)]


def check_type(events: list, kind: str) -> None:
    found = {e.event for e in events}
    if kind == "-":
        assert not found, f"no event expected, got {sorted(found)}"
    else:
        assert kind in found, f"{kind} not in {sorted(found)}"


def code_right(expected: str, countries: list[str | None]) -> bool:
    if expected == "-":
        return not any(countries)
    wanted = set(expected.split("|"))
    if wanted & IGO_CODES:
        wanted |= IGO_CODES
    return bool(wanted & set(countries))


def code_counts(events_of, rows: list[tuple[str, str, str, str]]) -> tuple[int, int]:
    """(rows whose actor country is right, rows whose recipient country is right) in an event of
    the expected type."""
    actors = recipients = 0
    for kind, actor, recipient, text in rows:
        if kind == "-":
            continue
        events = [e for e in events_of(text) if e.event == kind]
        actors += any(code_right(actor, [p.country for p in e.actor]) for e in events)
        recipients += any(code_right(recipient, [p.country for p in e.recipient]) for e in events)
    return actors, recipients


def phrasing_tests(path: Path, xfail: dict[str, str], *, actors: int, recipients: int):
    """The two tests every held-out module runs on its file: each row's type (parametrized, the
    rows of ``xfail`` as strict xfails) and the actor/recipient country counts over all rows, as
    floors (a change that loses codes fails). The module binds them to its own test names."""
    rows = read_rows(path)

    @pytest.mark.parametrize("kind,text", cases(rows, xfail))
    def test_phrasing(events_of, kind: str, text: str) -> None:
        check_type(events_of(text), kind)

    def test_codes(events_of) -> None:
        found = code_counts(events_of, rows)
        assert found[0] >= actors and found[1] >= recipients, found

    return test_phrasing, test_codes
