"""Held-out set 17 (brief s19-guess19): ``tests/data/mentions_heldout17.jsonl``, 48 passages of our own
where two named people or bodies fit a later description (no link) or one does (link); see
mentions_heldout17.README.md.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import Outcome, module_tests, read_rows, score_names, score_row

PATH = Path(__file__).parent / "data" / "mentions_heldout17.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {}


def score(extract, rows: list[dict]) -> Outcome:
    out = Outcome()
    for row in rows:
        record = extract(row["text"], published=row["published"])
        score_row(record, row, out)
        score_names(record, row, out)
    return out


def test_the_set_has_its_groups() -> None:
    links = sum(len(row["links"]) for row in ROWS)
    no_links = sum(len(row["no_links"]) for row in ROWS)
    assert len(ROWS) == 48 and links == 24 and no_links == 24


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 0, ("no_links", "kept"): 0}, exactly={}, scorer=score)


if __name__ == "__main__":
    from mentions_heldout import summary
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, ROWS)
    for kind in ("links", "no_links"):
        for row_id, item, verdict in getattr(result, kind):
            print(f"{kind}\t{row_id}\t{verdict}\t{item}")
    print(summary(result))
