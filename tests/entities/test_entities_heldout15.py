"""A held-out set of passages of our own on entity codes (brief s15-ents15):
``tests/data/entities_heldout15.jsonl`` (see its README): a leader's bare surname in a story dated
before the leader held office, or in a sports story; a club's, firm's or union's president; ``The
president`` after such a president was named; ``RBI`` in baseball; river regions named after a
country (``Niger Delta``). Scored by tests/mentions_heldout.py plus the places fields below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentions_heldout import Outcome, read_rows, row_faults, row_params, score_names, score_row

PATH = Path(__file__).parents[1] / "data" / "entities_heldout15.jsonl"
ROWS = read_rows(PATH)

# Still wrong, with the reason (kept visible, not deleted): both are controls of what already
# worked elsewhere or not, left for another brief. V04 (`Vance told reporters`, the surname untagged) passes since
# session 38 (ents42): an untagged subject of a verb of saying is a person, coded by the leaders table.
XFAIL: dict[str, str] = {
    "T05": "'The president' after 'Obama' (2015): the description is not linked to the named president",
    "N07": "'Niger' tagged a WORK_OF_ART by the model in 'seized power in Niger': no place found",
}


def _places_over(record, text: str):
    start = record.article.text.index(text)
    end = start + len(text)
    return [p for p in record.places if any(m.start < end and start < m.end for m in p.mentions)]


def score_places(record, row: dict, out: Outcome) -> None:
    """``places``: the place over the text has one of the countries (none at all fits ``null``);
    ``not_country``: no country-level place over the text. Verdicts go to ``countries``."""
    for text, countries in row.get("places", []):
        over = _places_over(record, text)
        got = over[0].country if over else None
        out.countries.append((row["id"], f"place {text}: {countries}",
                              "right" if got in countries else f"wrong ({got})"))
    for text in row.get("not_country", []):
        hit = [p.name for p in _places_over(record, text) if p.level == "country"]
        out.countries.append((row["id"], f"not country {text}", f"wrong ({hit[0]})" if hit else "right"))


def score(extract, rows: list[dict]) -> Outcome:
    out = Outcome()
    for row in rows:
        record = extract(row["text"], published=row["published"])
        score_row(record, row, out)
        score_names(record, row, out)
        score_places(record, row, out)
    return out


@pytest.fixture(scope="module")
def outcome(extract) -> Outcome:
    return score(extract, ROWS)


def test_the_held_out_file_has_its_groups() -> None:
    assert len(ROWS) == 33 and len({r["id"] for r in ROWS}) == len({r["text"] for r in ROWS}) == 33


@pytest.mark.parametrize("row_id", row_params(ROWS, XFAIL))
def test_held_out_row(outcome: Outcome, row_id: str) -> None:
    wrong = row_faults(outcome, row_id)
    assert not wrong, wrong


def test_held_out_figures(outcome: Outcome) -> None:
    right = {kind: sum(1 for *_, v in getattr(outcome, kind) if v in {"right", "kept"})
             for kind in ("links", "no_links", "countries", "sectors")}
    # V04 right since session 38 (ents42): one country and one sector more
    assert right == {"links": 4, "no_links": 2, "countries": 28, "sectors": 20}, right


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, ROWS)
    for kind in ("links", "no_links", "countries", "sectors"):
        items = getattr(result, kind)
        good = sum(1 for *_, v in items if v in {"right", "kept"})
        print(f"{kind}: {good}/{len(items)}")
        for rid, item, verdict in items:
            if verdict not in {"right", "kept"}:
                print("  ", rid, item, verdict)
