"""The ``apart`` field of mentions_heldout11 (brief s17-dev12e): [mention, occurrence, name] pairs
that must be different entities (a bare surname shared by two subjects is linked to neither).
Verdicts go to ``no_links`` (kept / linked)."""

from __future__ import annotations

from mentions_heldout import Outcome, entity_at, score_names, score_row


def score_apart(record, row: dict, out: Outcome) -> None:
    for mention, occurrence, name in row.get("apart", []):
        got, other = entity_at(record, mention, occurrence), entity_at(record, name)
        same = got is not None and other is not None and got.id == other.id
        out.no_links.append((row["id"], f"{mention} apart from {name}", f"linked ({name})" if same else "kept"))


def score(extract, rows: list[dict]) -> Outcome:
    out = Outcome()
    for row in rows:
        record = extract(row["text"], published=row["published"])
        score_row(record, row, out)
        score_names(record, row, out)
        score_apart(record, row, out)
    return out


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from mentions_heldout import read_rows, summary
    from newsevents.pipeline import shared_pipeline

    path = Path(sys.argv[1])
    if "entities" in path.name:
        from test_entities_heldout15 import score as ent_score
        result = ent_score(shared_pipeline().extract, read_rows(path))
    else:
        result = score(shared_pipeline().extract, read_rows(path))
    for kind in ("links", "no_links", "countries", "sectors", "names", "not_names", "parties"):
        for row_id, item, verdict in getattr(result, kind):
            print(f"{kind}\t{row_id}\t{verdict}\t{item}")
    print(summary(result))
