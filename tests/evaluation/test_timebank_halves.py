"""times20: the two fixed halves of TimeBank/AQUAINT (``evaluate timebank --half a|b``), one home for the rule
(newsevents.evaluation.timebank.tbaq_half), shared with scripts/audit_draw.py. Stems are made up."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsevents.evaluation import timebank
from newsevents.ingest import InputError

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>{stem}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">02/03/2001</TIMEX3></DCT>
<TEXT>Nothing happened on <TIMEX3 tid="t1" type="DATE" value="2001-02-02">Friday</TIMEX3>.</TEXT>
</TimeML>
"""


@pytest.mark.parametrize("stem", ["made_up_0001", "XYZ20010203.0042", "pretend.doc.7", "q"])
def test_half_is_the_first_hex_digit_of_the_stems_sha1(stem) -> None:
    digit = int(hashlib.sha1(stem.encode("utf-8")).hexdigest()[0], 16)
    assert timebank.tbaq_half(stem) == ("a" if digit < 8 else "b")


def test_reader_keeps_only_the_asked_half(tmp_path: Path) -> None:
    stems = [f"made_up_{i:04d}" for i in range(12)]
    for stem in stems:
        (tmp_path / f"{stem}.tml").write_text(TML.format(stem=stem), encoding="utf-8")
    half_a = {d.id for d in timebank.read(tmp_path, {}, "a")}
    half_b = {d.id for d in timebank.read(tmp_path, {}, "b")}
    assert half_a and half_b and not half_a & half_b
    assert half_a | half_b == {d.id for d in timebank.read(tmp_path, {})} == set(stems)
    assert all(timebank.tbaq_half(s) == "a" for s in half_a)


def test_half_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_TIMEBANK_HALF", "b")
    assert timebank.chosen_half() == "b"
    monkeypatch.delenv("NEWSEVENTS_TIMEBANK_HALF")
    assert timebank.chosen_half() is None
    monkeypatch.setenv("NEWSEVENTS_TIMEBANK_HALF", "c")
    with pytest.raises(InputError):
        timebank.chosen_half()


def test_audit_draw_uses_the_same_rule() -> None:
    text = (Path(__file__).resolve().parents[2] / "scripts" / "audit_draw.py").read_text(encoding="utf-8")
    assert "from newsevents.evaluation.timebank import tbaq_half" in text
    assert "def tbaq_half" not in text
