"""A held-out modality set of our own (issue 14, brief s13-modality): ``tests/data/modality_heldout1.tsv``.

85 sentences, one event each, with the article's published date and the expected modality, over the
kinds of the second US-news audit's modality faults: purpose and result clauses, attempts, failures,
negated adjectives against negated events, charges and evidence, past habits, dated and recent pasts,
reported futures, questions, conditionals and an event as the topic of a question. Written and
committed before the code was run on it; no sentence is taken from a corpus or an audit.

A row is *found* when an event has its trigger word; its modality is *right* when one such event has an
expected modality. First figure (code at main's d83293e, before any rule of this branch; run once the set
was committed in 650cf57): 48 of 85 rows found (an event on the trigger), 44 of the expected type, and
**33 of 85 with the modality right (33 of the 48 found, 0.69)**. By group (rows / found / right):
purpose 12/8/7, attempt 8/7/1, failed 7/5/3, evidence 9/6/4, negated adjective or event 10/2/2, habit
8/2/2, dates 10/6/5, future 6/3/2, question 5/2/2, topic 4/1/0, conditional 6/6/5.

Final (this branch): 48 found, **44 of 85 right (44 of the 48 found)**: attempt 7/7/7, failed 7/5/5,
evidence 9/6/5, dates 10/6/6, topic 4/1/1, the rest as first. The rules were planned from the
brief and the second US-news audit, but written after this set's first run had been read, so from now on it
is a regression set. Of the 40 rows still failing, 31 find no event on the trigger at all (parties with no
country: a bare verb needs a party), so they judge the finding, not the modality.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PATH = Path(__file__).parents[1] / "data" / "modality_heldout1.tsv"


def read_rows(path: Path) -> list[tuple[str, ...]]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:] if line]


ROWS = read_rows(PATH)


def row_ids(rows) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for group, *_ in rows:
        ids.append(f"{group}-{seen.get(group, 0)}")
        seen[group] = seen.get(group, 0) + 1
    return ids


def row_params(ids, rows, xfail: dict[str, str]) -> list:
    """The rows of a later set as pytest params, those of ``xfail`` (id -> reason) strict expected failures."""
    return [pytest.param(r, id=i, marks=[pytest.mark.xfail(reason=xfail[i], strict=True)] if i in xfail else [])
            for i, r in zip(ids, rows, strict=True)]


def assert_row(record_of, row) -> None:
    """A later set's row: its event found on the trigger with the row's modality."""
    _group, published, _kind, trigger, modality, text = row
    found, right, seen = judge(record_of(text, published), trigger, modality)
    assert found and right, (modality, seen)


IDS = row_ids(ROWS)

# Rows whose modality is still wrong (or whose event is not found), with the reason.
_NOT_FOUND = ("no event on the trigger: the sentence's parties carry no country or the act is no pattern of the lexicon (a bare verb needs a party), so there is no modality to judge")
XFAIL: dict[str, str] = {
    "purpose-4": _NOT_FOUND,
    "purpose-8": _NOT_FOUND,
    "purpose-9": _NOT_FOUND,
    "attempt-6": _NOT_FOUND,
    "failed-3": _NOT_FOUND,
    "evidence-1": _NOT_FOUND,
    "negadj-0": _NOT_FOUND,
    "negadj-1": _NOT_FOUND,
    "negadj-2": _NOT_FOUND,
    "negadj-3": _NOT_FOUND,
    "negadj-4": _NOT_FOUND,
    "negadj-5": _NOT_FOUND,
    "negadj-8": _NOT_FOUND,
    "negadj-9": _NOT_FOUND,
    "habit-0": _NOT_FOUND,
    "habit-1": _NOT_FOUND,
    "habit-2": _NOT_FOUND,
    "habit-3": _NOT_FOUND,
    "habit-4": _NOT_FOUND,
    "habit-7": _NOT_FOUND,
    "dates-2": _NOT_FOUND,
    "dates-4": _NOT_FOUND,
    "dates-5": _NOT_FOUND,
    "dates-6": _NOT_FOUND,
    "future-0": _NOT_FOUND,
    "future-3": _NOT_FOUND,
    "future-4": _NOT_FOUND,
    "question-2": _NOT_FOUND,
    "question-3": _NOT_FOUND,
    "question-4": _NOT_FOUND,
    "topic-1": _NOT_FOUND,
    # purpose-2 ('flew to Addis Ababa to meet ... officials') passes since session 17 (syn17): a travel verb's
    # infinitive of purpose is an act of its own (eventcoding/shapes.py travel_purpose)
    "purpose-10": "'closed the bridge so as to stop students marching': an act under a verb of prevention ('stop') is not read as prevented",
    "failed-1": "'failed to reach an agreement' is the project's REJECT (CAMEO's failure of two sides to agree: components/events.py _failed), asserted; the label, written first, asked for a negated AGREE",
    "evidence-2": "'the alleged attack ... was condemned': the attack noun is coded no event (only the condemnation, ACCUSE)",
    "evidence-4": "'dismissed as baseless the allegations that its soldiers tortured': the documented rule reads the content of a dismissed report as negated (disavow cues); the label asked for hypothetical (both are unasserted readings)",
    "evidence-7": "'charged ... that the government secretly funded the militia': only the charge (ACCUSE) is coded, not the funding",
    "topic-2": "'asked the governor to meet protest leaders': coded as the REQUEST (asked), the meeting asked for is no event of its own",
    "topic-3": "'asked for talks with the management': coded as the REQUEST (asked), the talks asked for are no event of its own",
    "future-2": "'officials said the army would withdraw': 'would' in a past report is read as a condition "
                "(hypothetical); a rule reading it as the report's future was dropped because it turned such "
                "statements into promises (AGREE) against phrasings_heldout3's labels",
    "cond-1": "'will attack the city unless the government releases their leader' is retyped THREATEN (future, an announced conflict act); the label asked for the attack as hypothetical",
}


@pytest.fixture(scope="module")
def record_of(extract):
    cache: dict[tuple[str, str], list] = {}

    def run(text: str, published: str):
        if (text, published) not in cache:
            cache[(text, published)] = extract(text, published=published).events
        return cache[(text, published)]

    return run


def judge(events, trigger: str, modality: str) -> tuple[bool, bool, list[str]]:
    triggers = set(trigger.lower().split("|"))
    found = [e for e in events if e.trigger.text.lower() in triggers]
    right = any(e.modality in modality.split("|") for e in found)
    return bool(found), right, [f"{e.event}:{e.trigger.text}:{e.modality}" for e in events]


def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 85 and all(len(r) == 6 for r in ROWS)
    assert len({r[-1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", [pytest.param(r, id=i, marks=[pytest.mark.xfail(reason=XFAIL[i], strict=True)]
                                              if i in XFAIL else []) for i, r in zip(IDS, ROWS, strict=True)])
def test_modality(record_of, row) -> None:
    _group, published, _kind, trigger, modality, text = row
    found, right, seen = judge(record_of(text, published), trigger, modality)
    assert found and right, (modality, seen)
