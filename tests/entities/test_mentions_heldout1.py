"""A held-out set of passages of our own for descriptions of people and people's codes (issue 15,
items 1-2; brief s12-desc13): ``tests/data/mentions_heldout1.jsonl`` (see its README).

75 short passages in US tabloid, US broadsheet, US TV and BBC styles, written and committed (7afc6a9)
before the code was run on them: 45 where a named person is later called by what they are with
another person in between or beside (47 expected links), 15 where two named people fit and nothing
may be linked, 15 for the country and sector of a city's police or council, an entertainer, an
official unmarked by country in a one-country story and a first lady (23 countries, 18 sectors).
Published 2025-06-15. Scored by tests/mentions_heldout.py: a description is right when its entity
is the named person's, wrong when it is another named entity, missed when it is no named one; a
no-link case is kept when the description joins no named entity.

| measure | first (main 55ed5ef) | final (this branch) |
| --- | --- | --- |
| links right (of 47) | 37 | 46 |
| links wrong | 2 | 0 |
| links missed | 8 | 1 |
| no-link kept (of 15) | 12 | 15 |
| country right (of 23) | 16 | 21 |
| sector right (of 18) | 13 | 17 |

First wrong links: `the former FBI chief` given to the committee chairman named in between (L06),
`the reality star` to her boyfriend the quarterback (L44); two candidates guessed between: `the
Democratic hopeful` (T10), `the Oscar winner` (T14), `the former champion` (T15). First misses: ages
given with a gap (`Michael Ashby, 72,` after `Veteran broadcaster`), identity nouns the tables lack
(`whistleblower`, `teenager` for a 16-year-old, `pensioner` for a 94-year-old, `bank manager`),
`the Democratic congresswoman` after `Rep. Tanya Hill (D-Calif.)`, `His wife` two sentences after the
apposition, a possessive `The singer's`. First code errors: a first lady, `Lagos police`, a city's
rapper, a councilmember, ministers and police officers unmarked by country in a one-country story
(no country), police spokesmen and detectives coded GOV rather than COP.

Fixed only by general means, each tested on sentences of our own (tests/test_entities_descriptions_
heldout1.py, tests/entities/test_entities_codes_heldout1.py; docs/entities.md, "Held-out passages of our
own"): plural descriptions and appositions of names joined by "and" describe each name; an untagged
given-name run joined to a tagged person is a name; a past office may be a state-coded person the
text described so; an occupation before a name (or a person noun in apposition to it) keeps it a
person; age nouns (actor_words.tsv ``age_noun``) and an age inside an apposition; a definite
occupation owning a thing is a description; a description's pronoun chooses among several nearby;
an abbreviation gives no gender; kind rows (congresswoman, lawmaker), person nouns (whistleblower,
quarterback), police titles and councilmember (roles.tsv); a place read as an adjective names its
police; "First Lady X" tagged "Lady X"; places and people counted together for the story's country
when neither alone is clear. Still wrong: the rows in ``XFAIL``. From now on this file is a
regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentions_heldout import Outcome, read_rows, score_row

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout1.jsonl"
ROWS = read_rows(PATH)

# Still wrong at the end of brief s12-desc13, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "L32": "'His wife' two sentences after 'His wife, Anne Pike': the pronoun 'His' goes to the detective "
           "named in between (the subject of the sentence before), whose wife nobody named",
    "L07": "(since session 14, quotes2) 'Her husband' after 'Castillo's lawyer, Sandra Kim, said': now that "
           "'Actress Nina Castillo' is found (a capitalised title before a name the model left untagged), the "
           "pronoun 'Her' goes to the lawyer named in between, as in L32; it passed before only because the "
           "wife was no entity",
    "C08": "'Houston rapper Devon Marks': a city before an occupation gives a person no country (a club's "
           "town before 'striker' would make every player that town's country); left alone",
    "C15": "'Superintendent Mark Doyle' after 'Police in Sydney': 'superintendent' alone is no role of the "
           "tables (a school's superintendent in the US), so no state office and no country",
}


@pytest.fixture(scope="module")
def outcome(extract) -> Outcome:
    out = Outcome()
    for row in ROWS:
        score_row(extract(row["text"], published=row["published"]), row, out)
    return out


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert (groups.count("link"), groups.count("two"), groups.count("code")) == (45, 15, 15)
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


@pytest.mark.parametrize("row_id", [
    pytest.param(row["id"], marks=[pytest.mark.xfail(reason=XFAIL[row["id"]], strict=True)] if row["id"] in XFAIL else [])
    for row in ROWS])
def test_held_out_row(outcome: Outcome, row_id: str) -> None:
    verdicts = [(item, verdict) for kind in ("links", "no_links", "countries", "sectors")
                for rid, item, verdict in getattr(outcome, kind) if rid == row_id]
    assert all(v in {"right", "kept"} for _, v in verdicts), verdicts


def _n(outcome: Outcome, kind: str, verdict: str) -> int:
    return sum(1 for *_, v in getattr(outcome, kind) if v.startswith(verdict))


# the final figures of the table above (a floor: a change that loses links or codes fails)
def test_held_out_figures(outcome: Outcome) -> None:
    # 45 since session 14 (quotes2): L07 lost (see XFAIL), with the wife now found by name
    assert _n(outcome, "links", "right") >= 45
    assert _n(outcome, "links", "wrong") == 0
    assert _n(outcome, "no_links", "kept") == 15
    assert _n(outcome, "countries", "right") >= 21
    assert _n(outcome, "sectors", "right") >= 17
