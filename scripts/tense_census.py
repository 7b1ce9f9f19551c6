"""Count events by the tense and aspect of their clause (issue 14, background states; run by hand).

    .venv/bin/python scripts/tense_census.py bbc [--every 4] [-o events.tsv]
    .venv/bin/python scripts/tense_census.py case [--limit N] [-o events.tsv]
    .venv/bin/python scripts/tense_census.py golds FOLDER [--golds GOLD_DIR] [--counts-only]

Each event's clause verb (the trigger, or the verb that frames an event noun) is put in one
form by its auxiliaries and tags (present perfect, simple present, ...) and given the marks
that tell a lasting state or a habit: a span ("for years", "since 1998"), "long", "always", a
habitual adverb, a relative clause on a noun ("the firm, which owns ..."). The table of counts
goes to stdout; ``-o`` writes one line per event (form, marks, type, trigger, sentence) to draw
and judge from. ``bbc`` reads every ``--every``-th article of the BBC sections outside politics
not named in docs/audit (scripts/audit_draw.py's settings); ``case`` the CASE 2021 dev snippets
of a mapped sub-type, counting only events of an accepted type; ``golds`` the Giveme5W1H articles
named by the gold files (``--counts-only``: no sentence is printed or written, for held-out golds).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_draw import BBC_OTHER, BBC_PUBLISHED, DEFAULT_BBC, already_read, bbc_files  # noqa: E402

from newsevents.docquery import framing_verb  # noqa: E402
from newsevents.pipeline import shared_pipeline  # noqa: E402
from newsevents.record import make_article  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
SPAN_WORDS = {"long", "always", "ever", "repeatedly", "consistently", "traditionally"}
PERIODS = {"day", "week", "month", "year", "decade", "hour", "night", "season", "quarter", "century"}
HABITUAL = {"often", "usually", "generally", "sometimes", "rarely", "seldom", "typically", "routinely",
            "frequently", "normally", "regularly"}


def clause_verb(token: Token) -> Token | None:
    if token.pos_ in ("VERB", "AUX"):
        return token
    return framing_verb(token)


def auxiliaries(verb: Token) -> list[Token]:
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own
    return auxiliaries(verb.head)


def form(verb: Token) -> str:
    auxes = auxiliaries(verb)
    words = [a.lower_ for a in auxes]
    have = [a for a in auxes if a.lemma_.lower() == "have"]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "wo", "'ll") for a in auxes) or "to" in words:
        return "modal/infinitive"
    if have:
        tense = "past" if have[0].tag_ == "VBD" else "present"
        return f"{tense} perfect" + (" progressive" if "been" in words and verb.tag_ == "VBG" else "")
    if verb.tag_ == "VBG" and auxes:
        return "past progressive" if auxes[0].tag_ == "VBD" else "present progressive"
    if verb.tag_ == "VBN" and auxes:
        return "past passive" if auxes[0].tag_ == "VBD" else "present passive"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "simple present"
    if verb.tag_ == "VBD":
        return "simple past"
    return "other"


def marks(verb: Token) -> list[str]:
    found = []
    for child in verb.children:
        lower = child.lower_
        if child.dep_ in ("advmod", "neg") and lower in SPAN_WORDS:
            found.append(lower)
        if child.dep_ in ("advmod",) and lower in HABITUAL:
            found.append("habitual")
        if child.dep_ == "prep" and lower == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in PERIODS for g in child.children):
            found.append("for-span")
        if lower == "since" and child.dep_ in ("prep", "advmod"):
            found.append("since")
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            found.append("since")
        if child.dep_ == "neg" and lower == "never":
            found.append("never")
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append("relcl")
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
                if c.dep_ not in ("ccomp", "conj", "advcl", "parataxis") for t in c.subtree)
    if dated:
        found.append("dated")
    return sorted(set(found))


def census(doc: Doc, keep: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
    for event in doc._.events or []:
        if keep is not None and event.event not in keep:
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        verb = clause_verb(span.root) if span is not None else None
        if verb is None:
            yield "no verb", "", event
            continue
        yield form(verb), ",".join(marks(verb)), event


def table(rows: list[tuple[str, str, str]]) -> str:
    forms = Counter(f for f, _, _ in rows)
    lines = [f"events: {len(rows)}", "form | events | with marks (mark: count)"]
    for name, n in forms.most_common():
        with_marks = Counter(m for f, ms, _ in rows if f == name for m in ms.split(",") if m)
        lines.append(f"{name} | {n} | " + ", ".join(f"{m}: {c}" for m, c in with_marks.most_common()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", choices=("bbc", "case", "golds"))
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--offset", type=int, default=0, help="bbc: start the every-n-th draw here (0: the sample)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--golds", type=Path)
    parser.add_argument("--counts-only", action="store_true")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    pipeline = shared_pipeline()
    rows: list[tuple[str, str, str]] = []
    lines: list[str] = []

    def add(doc: Doc, name: str, keep: set[str] | None = None) -> None:
        for f, ms, event in census(doc, keep):
            rows.append((f, ms, event.event))
            if not args.counts_only:
                sentence = " ".join(event.sentence.text.split())
                actor = "; ".join(f"{p.text}[{p.country or '-'}]" for p in event.actor) or "-"
                lines.append("\t".join([f, ms or "-", event.event, event.modality, event.trigger.text, actor,
                                        name, sentence]))

    if args.data == "bbc":
        read = already_read()
        files = [p for p in bbc_files(DEFAULT_BBC, BBC_OTHER) if p.name not in read][args.offset:: args.every]
        if args.limit:
            files = files[: args.limit]
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            title = next((line.strip() for line in text.splitlines() if line.strip()), None)
            doc = next(pipeline.docs([make_article(text, title=title, source="BBC", published=BBC_PUBLISHED,
                                                   id=path.stem)]))
            add(doc, path.name)
        print(f"articles: {len(files)}")
    elif args.data == "case":
        from newsevents.evaluation.case2021 import ACCEPTED, read
        skipped: dict[str, int] = {}
        snippets = [s for s in read(args.folder or SHARED / "eval" / "case2021-dev", skipped)
                    if s.gold.subtype in ACCEPTED][: args.limit]
        for snippet in snippets:
            doc = next(pipeline.docs([make_article(snippet.text, id=snippet.id)]))
            add(doc, snippet.id, set(ACCEPTED[snippet.gold.subtype]))
        print(f"snippets: {len(snippets)}")
    else:
        from newsevents.evaluation.golds import GOLD_SUFFIX, find_article, gold_dir, read_article
        golds = args.golds or gold_dir()
        for gold_file in sorted(golds.glob(f"*{GOLD_SUFFIX}")):
            article = read_article(find_article(Path(args.folder), gold_file.name[: -len(GOLD_SUFFIX)]))
            doc = next(pipeline.docs([make_article(article.text, title=article.title, source=article.source,
                                                   published=article.published, id=article.id)]))
            add(doc, gold_file.name[: -len(GOLD_SUFFIX)])
    print(table(rows))
    if args.output is not None:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
