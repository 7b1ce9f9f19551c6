"""A held-out set of recipient forms of our own (issue 14, brief s13-recips):
``tests/data/recipients_heldout1.tsv``.

72 passages (1-2 sentences, US/UK/world news style) in the recipient forms the two US-news audits
found wrong (docs/audit/2026-12-04-us-news-first.md and -second.md): a party named in an "of"/"from"
phrase after a criticism noun, the owner of a thing acted on, protests outside a party's rally, office
or embassy, passive by-agents, a pronoun recipient named in the sentence before, surname-only mentions
of a person named in full earlier, criticism "from" a party undergone by the subject, a framework or the
goods named for the target, hyphenless "<Demonym> Americans"; and ten where "-" is right (only a thing
named). The file was written and committed before the code was run on it; no passage is taken from a
corpus. Published 2025-03-10.

A row counts for its type when an event of the expected type is found; its recipient is right when one
such event has the expected country among its recipient's codes ("-": no recipient country) and a
recipient span holding the expected text ("-": no party with a code); its actor when one such event has
the expected actor country ("*": not scored).

| measure (72 rows; 62 with a party as recipient) | first (d83293e) | final (this branch) |
| --- | --- | --- |
| type found | 61 | 61 |
| actor right | 60 | 61 |
| recipient right (code and text) | 45 | 54 |

The first figure was taken before any rule of this branch (committed beside the file). The rules that
moved it were written from the US-news audits' classes and tested on other sentences of our own
(tests/events/test_recipients_us_news.py), never from a row here; but the failures of this set were read while
they were written (the protest "where"-clause hung on the place after the site, a named building as
the site), so from now on this file is a regression set, not a measure.

Still wrong in the final figures (18 rows): type misses (11: "drew condemnation from unions" with an
uncoded actor, "protested at X's plant" and "gathered outside X's residence" read as other types or
none, "gave him", "came under fire from", "faced attacks from" coded ASSAULT, "attacked a ... centre"
with no actor, "honoured", "protested ... over low pay" with teachers uncoded, "approved a budget",
an export ban coded SANCTION where the row, written first, asks COERCE); recipients right in substance
but failing the text test, the pronoun's antecedent being given as the party's text (2: "condemned it"
-> "Venezuela's government", "warned them" -> "Iranian commanders"); a firm the tables code wrongly
(Tesco CAN) or not at all (Walmart); "urged it to lift its veto" (no antecedent for "it"); "attacked
them" taken for the villages raided; a surname the parser reads as an adverb ("criticized Pike").
"""

from __future__ import annotations

from pathlib import Path

from heldout import code_right

PUBLISHED = "2025-03-10"
PATH = Path(__file__).parents[1] / "data" / "recipients_heldout1.tsv"


def read_rows(path: Path = PATH) -> list[tuple[str, str, str, str, str]]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:] if line]  # type: ignore[misc]


ROWS = read_rows()


def _code_right(expected: str, countries: list[str | None]) -> bool:
    return expected == "*" or code_right(expected, countries)  # "*": any code is right


def _text_right(expected: str, parties: list) -> bool:
    if expected == "-":
        return not any(p.country for p in parties)
    texts = [p.text.lower() for p in parties]
    return any(word.lower() in text for word in expected.split("|") for text in texts)


def row_result(events_of, row: tuple[str, str, str, str, str]) -> tuple[bool, bool, bool]:
    """(type found, actor right, recipient right: code and text in one event)."""
    kind, actor, text, recipient, passage = row
    events = [e for e in events_of(passage) if e.event in kind.split("|")]
    return (bool(events), any(_code_right(actor, [p.country for p in e.actor]) for e in events),
            any(_code_right(recipient, [p.country for p in e.recipient]) and _text_right(text, e.recipient)
                for e in events))


def counts(events_of) -> tuple[int, int, int]:
    results = [row_result(events_of, row) for row in ROWS]
    return tuple(sum(r[i] for r in results) for i in range(3))  # type: ignore[return-value]


# first measured at main's d83293e before any change of this branch (type, actor, recipient of 72)
FIRST = (61, 60, 45)
# the floor this branch ends at (a change that loses one fails)
FINAL = (62, 62, 55)  # 61/61/54 at the end of session 13; 62/62/55 at main 22fe05a and after s14-recips (no row changed)


def test_the_held_out_file_has_its_rows() -> None:
    assert len(ROWS) == 72 and sum(1 for row in ROWS if row[3] == "-") == 10
    assert len({row[4] for row in ROWS}) == len(ROWS)


def test_held_out_recipients(events_of) -> None:
    found = counts(events_of)
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
