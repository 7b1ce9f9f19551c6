"""Check that a speed change left every record as it was (run by hand; not a test).

    .venv/bin/python benchmarks/same_output.py --save DIR     # before the change: write the reference
    .venv/bin/python benchmarks/same_output.py --check DIR    # after it: compare with the reference
    .venv/bin/python benchmarks/same_output.py --compare A.jsonl B.jsonl   # two record files made elsewhere

The articles are those of ``throughput.py``'s whole-process comparison (``-n`` of them, default
300, evenly spread over the BBC 2004 corpus, as one JSON Lines file) and the seed article with its
metadata (``--spec``, default ``../shared/spec``); ``newsevents extract`` (this checkout) writes
their records as JSON Lines and as JSON. ``--check`` compares them with the saved ones record by
record, leaving out the fields that name the run rather than the article (``pipeline.version``,
``article.origin``, the input file's path, and any ``*_at`` time), and prints the number of records compared and of those that differ
(with the first differing key of the first few); it exits 1 if any differs. ``--compare A B``
compares two record files (JSON Lines or JSON) the same way, item by item, and prints the first
difference with both values.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402 - the benchmark beside this file: the same articles

SPEC = throughput.REPO.parent / "shared" / "spec"
ARTICLES = "articles.jsonl"
RECORDS = "records.jsonl"
SEED = "seed.json"


def run(folder: Path, n: int, spec: Path) -> tuple[Path, Path]:
    """Write the articles to ``folder`` and extract them; the two output files."""
    folder.mkdir(parents=True, exist_ok=True)
    throughput.write_jsonl(throughput.sample_files(throughput.DEFAULT_DIR, n), folder / ARTICLES)
    command = throughput.newsevents_command()
    subprocess.run([*command, "extract", str(folder / ARTICLES), "--format", "jsonl", "-o", str(folder / RECORDS),
                    "--force", "--no-progress", "-q"], check=True)
    subprocess.run([*command, "extract", str(spec / "seed-article.txt"), "--meta", str(spec / "seed-article.meta.json"),
                    "--format", "json", "-o", str(folder / SEED), "--force", "--no-progress", "-q"], check=True)
    return folder / RECORDS, folder / SEED


def comparable(record: Any) -> Any:
    """The record without what names the run (version, input path, timestamps)."""
    if isinstance(record, dict):
        return {k: comparable(v) for k, v in record.items()
                if k not in ("version", "origin") and not k.endswith("_at")}
    if isinstance(record, list):
        return [comparable(v) for v in record]
    return record


def records(path: Path) -> list[Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        loaded = json.loads(text)
        return loaded if isinstance(loaded, list) else [loaded]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def first_difference(a: Any, b: Any, where: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{where}.{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return first_difference(x, y, f"{where}[{i}]")
    return where or "(whole record)"


def compare(ours: list[Any], theirs: list[Any], name: str, show: int = 5) -> tuple[int, int]:
    """Records compared and records differing (the first ``show`` differences printed)."""
    compared = differing = 0
    if len(ours) != len(theirs):
        print(f"{name}: {len(ours)} records, the reference has {len(theirs)}")
        differing += 1
    for a, b in zip(ours, theirs, strict=False):
        compared += 1
        if comparable(a) != comparable(b):
            differing += 1
            if differing <= show:
                print(f"{name}: article {a.get('article', {}).get('id')}: differs at {first_difference(comparable(a), comparable(b))}")
    return compared, differing


def value_at(record: Any, where: str) -> Any:
    """The value at a ``first_difference`` path (``.key[3].other``) of ``record``."""
    for part in where.replace("[", ".[").split(".")[1:]:
        if part.startswith("["):
            index = int(part[1:-1])
            record = record[index] if isinstance(record, list) and index < len(record) else None
        else:
            record = record.get(part) if isinstance(record, dict) else None
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the reference records here")
    action.add_argument("--check", type=Path, help="compare with the reference records saved here")
    action.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"), help="compare two record files")
    parser.add_argument("-n", type=int, default=throughput.DEFAULT_WHOLE_N)
    parser.add_argument("--spec", type=Path, default=SPEC, help="folder of seed-article.txt and its .meta.json")
    args = parser.parse_args(argv)
    if args.save:
        run(args.save, args.n, args.spec)
        print(f"reference written to {args.save}")
        return 0
    if args.compare:
        a_path, b_path = args.compare
        ours, theirs = records(a_path), records(b_path)
        compared, differing = compare(ours, theirs, a_path.name, show=1)
        for a, b in zip(ours, theirs, strict=False):
            if comparable(a) != comparable(b):
                where = first_difference(comparable(a), comparable(b))
                print(f"  {a_path.name}: {json.dumps(value_at(comparable(a), where))[:300]}")
                print(f"  {b_path.name}: {json.dumps(value_at(comparable(b), where))[:300]}")
                break
        print(f"{compared} records compared, {differing} differ")
        return 1 if differing else 0
    new = args.check / "new"
    compared = differing = 0
    for made, saved in zip(run(new, args.n, args.spec), (args.check / RECORDS, args.check / SEED), strict=True):
        done = compare(records(made), records(saved), made.name, show=max(0, 5 - differing))
        compared += done[0]
        differing += done[1]
    print(f"{compared} records compared, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
