"""A held-out set of quote layouts of our own (issue 15, item 3; brief s12-quotes13):
``tests/data/quotes_heldout1.jsonl``.

60 short news passages written for this set (US tabloid, broadsheet and TV styles as much as BBC),
no sentence taken from a corpus: posts and tweets (8), a quotation run over two or three paragraphs
with the speaker named once (5), a speaker introduced before a colon or in the paragraph before (5),
``according to`` a person or a body (5), an eyewitness named in one sentence who speaks in the next
(4), pronoun speakers (5), a comma or a closing mark run into the quotation without a space (3),
cues the tagger may read as nouns (``Jones says``, ``added Brown``, ``warns Hugo Lane``: 6),
interrupted quotations (4), US layouts (5) and 10 passages whose quotation marks hold no quote
(titles, scare quotes, nicknames). 62 expected quotes. Each row gives, per expected quote, words of
its content, the speaker's words and the speaker's entity (``null`` for an unnamed speaker, scored
by the speaker's text), and the marked strings that are no quotes. The file was committed (83ed0f1)
before the code was run on it. Published 2025-11-20.

Scored by ``score_row``: a quote is found when some quote's content holds its words; its speaker is
right when one such quote's speaker resolves to an entity of that name (``the`` and case aside), or
for an unnamed speaker holds the speaker's words; a false quote is a quote answering no expected
quote that overlaps a listed non-quote, or any quote of a row that expects none.

First measured (code at main's 55ed5ef, before any change): found 61/62, speaker right 54/62, false
quotes 6; 46 of 60 passages right. First misses: ``said,"Look`` (one token, not read); speakers
lost after ``"...,"said Mayor Owen Reyes`` (no space), ``Defence lawyer Mark Feld was scathing:``,
``One shopper, Raj Mehta, helped ... "..."`` (the name an apposition of the subject); a role with
the name in apposition (``The union's general secretary, Helen Marsh, had a blunt message ...:``)
giving no entity; three entity-stage misses (``The Harlow County Sheriff's Office`` no entity,
``the Ministry of Health`` an entity named ``Ministry``, ``Farmer Gwen Jones ... Jones says`` only
``Jones``); five titles of works of four words or more in title case taken for speakerless quotes
(``The film "The Long Way Home"``); and ``Residents were told to keep their windows shut while the
"temporary" plant ran ...``, a passive instruction with a scare quote, counted false by the scorer
(the passage holds a real reported instruction: a flaw of the set, kept as written).

Final (this branch): found 62/62, speaker right 59/62, false quotes 1; 57 of 60 passages right.
Fixed by general means only, each tested on other sentences of our own in test_quotes_layouts13.py
(see its docstring); still wrong: the three rows of ``XFAIL`` (two entity-stage misses of the model's
names, the set's own flaw). From now on this file is a regression set, not a measure.

A second probe (``quotes_heldout1_probe2.jsonl``, 20 passages of our own: 10 layouts of the first
set in new words, 5 not quotes; 18 expected quotes), written after the rules above and committed
(0daa184) before any run on it, measured at 55ed5ef first and then on this branch: found 17/18 ->
18/18, speaker right 14/18 -> 18/18, false quotes 3 -> 0 (the rules were not changed after it was
run: the round generalises to it). Its rows are scored with the first set's.

Session 14 (branch quotes2): speaker right 61/62; ``noun-02`` (``Farmer Gwen Jones``) passes since a
capitalised title before a name the model left untagged makes the name a person (a rule written from
quotes_heldout3's misses and tested in test_quotes_layouts15.py, not from this set).

Session 36 (branch bodies40): ``post-04`` passes (speaker right 62/62): capitalised words, an office holder's
noun with ``'s`` and ``Office`` are one body's name (``_possessive_office_names``, a rule written from
news-dev69's class table and tested in tests/entities/test_entities_bodies40.py, not from this set).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PUBLISHED = "2025-11-20"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout1.jsonl"
ROWS = [json.loads(line) for line in PATH.open(encoding="utf-8") if line.strip()]
PROBE2 = [json.loads(line) for line in (PATH.parent / "quotes_heldout1_probe2.jsonl").open(encoding="utf-8") if line.strip()]

# Rows still wrong, with the reason (kept visible; strict, so a row that starts passing must leave).
XFAIL: dict[str, str] = {
    "not-06": "'were told to keep their windows shut' is a real reported instruction holding the scare quote "
              "(a flaw of the set: the scorer counts it false)",
}

# Reached figures (see the docstring): the scorer below must not fall under them.
FOUND = 62
SPEAKER_RIGHT = 62
FALSE_QUOTES = 1


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _bare(name: str) -> str:
    name = _norm(name)
    return name[4:] if name.startswith("the ") else name


def _speaker_right(record, quote, expected: dict) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    if expected["entity"] is None:
        return _norm(expected["speaker"]) in _norm(speaker.text)
    names = {e.id: e.name for e in record.entities}
    return speaker.entity is not None and _bare(names.get(speaker.entity, "")) == _bare(expected["entity"])


def score_row(row: dict, record) -> dict:
    """found / speaker right per expected quote; false quotes: a quote whose content lies in or
    overlaps a listed non-quote and answers no expected quote, and any quote of a row that
    expects none."""
    found = right = 0
    answered: set[str] = set()
    misses: list[str] = []
    for expected in row["quotes"]:
        key = _norm(expected["content"])
        matches = [q for q in record.quotes if key in _norm(q.content.text)]
        if not matches:
            misses.append(f"not found: {expected['content']!r}")
            continue
        found += 1
        answered.update(q.id for q in matches)
        if any(_speaker_right(record, q, expected) for q in matches):
            right += 1
        else:
            got = [(q.speaker.text if q.speaker else None) for q in matches]
            misses.append(f"speaker of {expected['content']!r}: {got} (want {expected['entity'] or expected['speaker']!r})")
    text = row["text"]
    spans = [(m.start(), m.end()) for n in row["non_quotes"] for m in re.finditer(re.escape(n), text)]
    false = []
    for q in record.quotes:
        if q.id in answered:
            continue
        if not row["quotes"] or any(q.content.start < end and start < q.content.end for start, end in spans):
            false.append(q.content.text)
    misses += [f"false quote: {t!r}" for t in false]
    return {"found": found, "right": right, "false": len(false), "misses": misses}


@pytest.fixture(scope="module")
def scored(extract) -> dict[str, dict]:
    return {row["id"]: score_row(row, extract(row["text"], published=PUBLISHED)) for row in ROWS + PROBE2}


@pytest.mark.parametrize("row_id", [
    pytest.param(row["id"], id=row["id"],
                 marks=[pytest.mark.xfail(reason=XFAIL[row["id"]], strict=True)] if row["id"] in XFAIL else [])
    for row in ROWS + PROBE2])
def test_each_passage(scored, row_id) -> None:
    assert not scored[row_id]["misses"], scored[row_id]["misses"]


def test_the_figures_hold(scored) -> None:
    first = [scored[row["id"]] for row in ROWS]
    found = sum(s["found"] for s in first)
    right = sum(s["right"] for s in first)
    false = sum(s["false"] for s in first)
    print(f"quotes found {found}/62, speaker right {right}/62, false quotes {false}")
    assert found >= FOUND and right >= SPEAKER_RIGHT and false <= FALSE_QUOTES


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 60 and sum(len(r["quotes"]) for r in ROWS) == 62
    assert sum(1 for r in ROWS if not r["quotes"]) == 10
    assert len(PROBE2) == 20 and sum(len(r["quotes"]) for r in PROBE2) == 18
