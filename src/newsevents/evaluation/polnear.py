"""PolNeAR (Newell et al. 2018): attribution relations in 2016 US political news, BRAT standoff.

PATH is the corpus folder (``polnear``, ``polnear/data``) or a split folder (``data/dev``,
``data/train``); without a split the dev split is used. The test split is held out: it is
refused unless the environment variable ``NEWSEVENTS_EVAL_ALLOW_TEST=1`` is set.
``metadata.tsv`` gives each text's publication date.

The train split (840 texts, never tuned on before issue 15) is cut in two fixed halves by the
SHA-1 of each text's file name: even digest -> ``dev`` (misses may be read), odd -> ``heldout``
(counts only). ``--half dev|heldout`` (environment variable ``NEWSEVENTS_POLNEAR_HALF``) picks
one; a half is read in digest order, so ``--limit N`` takes a sample spread over the seven
publishers rather than the first publisher's texts. Texts named in the repository's
``docs/audit/read-articles.txt`` are left out (counted in ``skipped``).

Several annotators labelled some texts (``<text>_<annotator>.ann``); we score against one file
per text, the one whose annotator id sorts first, so the choice is reproducible; the others are
counted in ``skipped``.

A gold attribution is an ``E`` relation with a Content (possibly discontinuous), a Cue and
usually a Source. A predicted quote matches a gold attribution when its content overlaps the
gold content (one-to-one, largest overlap first). Figures:

- content P/R/F1 by overlap, and exact-span F1 (content start and end both equal);
- same-words F1: exact once the two conventions are set aside (see :func:`word_edges`): PolNeAR's
  content keeps the quotation marks, the punctuation inside them and a leading ``that``, the
  record's content leaves them out (docs/quotes.md), so exact-span F1 alone mixes the two;
- cue accuracy: matched pairs whose predicted cue overlaps the gold cue;
- source accuracy: matched pairs (with a gold source) whose predicted speaker span, or any
  mention of the speaker's resolved entity, overlaps the gold source;
- the same recall/cue/source figures separately for speech-verb attributions (the cue
  contains a form of a verb in :data:`SPEECH_VERBS`, or ``according to``) and for the rest
  (beliefs, intentions, reports by nouns such as "a statement").
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, digest, limited, run
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import Quote, Record

ALLOW_TEST_ENV = "NEWSEVENTS_EVAL_ALLOW_TEST"
HALF_ENV = "NEWSEVENTS_POLNEAR_HALF"
HALVES = ("dev", "heldout")
SPLITS = ("train", "dev", "test")
# Files someone opened while writing rules: never part of a measure.
READ_ARTICLES = Path(__file__).resolve().parents[3] / "docs" / "audit" / "read-articles.txt"

# Verbs of saying whose attributions a quote extractor should find: the reporting verbs of
# news prose. Beliefs and intentions (think, believe, want, hope) are deliberately not here.
SPEECH_VERBS = (
    "say", "tell", "add", "state", "announce", "claim", "warn", "report", "explain", "note",
    "insist", "argue", "ask", "write", "tweet", "reply", "respond", "declare", "acknowledge",
    "admit", "confirm", "deny", "suggest", "predict", "comment", "remark", "testify", "quote",
    "repeat", "stress", "urge", "describe", "allege", "assert", "contend", "maintain",
    "reiterate", "recall", "promise", "vow", "threaten", "accuse", "complain", "concede",
    "boast", "caution", "emphasize", "emphasise", "observe", "point",
)
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written")}


def verb_forms(lemma: str) -> set[str]:
    """The lemma, its -s, -ed and -ing forms (regular English spelling) and listed irregulars."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    if re.search(r"[^aeiou]y$", lemma):
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    return {lemma, third, past, stem + "ing", *_IRREGULAR.get(lemma, ())}


SPEECH_FORMS = frozenset(form for lemma in SPEECH_VERBS for form in verb_forms(lemma))


def is_speech_cue(cue_text: str) -> bool:
    words = re.findall(r"[a-z]+", cue_text.lower())
    if any(a == "according" and b == "to" for a, b in zip(words, words[1:], strict=False)):
        return True
    return any(w in SPEECH_FORMS for w in words)


Fragments = list[tuple[int, int]]

# What the two conventions disagree on at a content's edges: quotation marks (straight, curly,
# typewriter), punctuation and spaces, and a complementiser opening the content.
_EDGE_CHARS = frozenset("\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb ,.;:!?\u2014\u2013-\t\n\r")
_COMPLEMENTISER = re.compile(r"(that|whether|if)\b", re.IGNORECASE)


def word_edges(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without edge quotation marks, edge punctuation and a leading complementiser
    (``that, \u201cWe will win,\u201d`` -> ``We will win``): where the words of a content start and end,
    whichever convention cut it."""
    start, end = span
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE_CHARS:
            start += 1
        while end > start and text[end - 1] in _EDGE_CHARS:
            end -= 1
        opening = _COMPLEMENTISER.match(text, start, end)
        if opening is not None and opening.end() < end:
            start = opening.end()
        if (start, end) == before:
            return start, end


@dataclass
class GoldAttribution:
    content: Fragments
    cue: Fragments = field(default_factory=list)
    source: Fragments = field(default_factory=list)
    cue_text: str = ""

    @property
    def hull(self) -> tuple[int, int]:
        return min(s for s, _ in self.content), max(e for _, e in self.content)

    @property
    def speech(self) -> bool:
        return is_speech_cue(self.cue_text)


def fragments_overlap(fragments: Fragments, span: tuple[int, int]) -> int:
    return sum(metrics.overlap(f, span) for f in fragments)


def parse_ann(text: str, skipped: dict[str, int]) -> list[GoldAttribution]:
    """Gold attributions from one BRAT file (``T`` text-bound annotations, ``E`` relations)."""
    spans: dict[str, tuple[Fragments, str]] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            try:
                frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
            except ValueError:
                count(skipped, "malformed annotation line")
                continue
            spans[parts[0]] = (frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            relations.append(roles)
    attributions = []
    for roles in relations:
        if roles.get("Content") not in spans:
            count(skipped, "attribution without content")
            continue
        cue = spans.get(roles.get("Cue", ""), ([], ""))
        attributions.append(GoldAttribution(
            content=spans[roles["Content"]][0],
            cue=cue[0],
            cue_text=cue[1],
            source=spans.get(roles.get("Source", ""), ([], ""))[0],
        ))
    return attributions


def split_folder(path: str | Path) -> Path:
    """The split folder (one with ``text/`` and ``attributions/``) that PATH names or contains."""
    target = Path(path)
    for candidate in (target, target / "dev", target / "data" / "dev"):
        if (candidate / "attributions").is_dir() and (candidate / "text").is_dir():
            if candidate.name == "test" and os.environ.get(ALLOW_TEST_ENV) != "1":
                raise InputError(f"{candidate}: the PolNeAR test split is held out; set {ALLOW_TEST_ENV}=1 to score it")
            return candidate
    raise InputError(f"{path}: not a PolNeAR folder (expected text/ and attributions/, or data/dev/)")


def publication_dates(split: Path) -> dict[str, str]:
    """filename -> publication date, from ``metadata.tsv`` next to (or above) the split folder."""
    for folder in (split.parent, split, split.parent.parent):
        table = folder / "metadata.tsv"
        if table.is_file():
            with table.open(encoding="utf-8", newline="") as handle:
                return {row["filename"]: row["publication_date"]
                        for row in csv.DictReader(handle, delimiter="\t")
                        if row.get("filename") and row.get("publication_date")}
    return {}


def half_of(stem: str) -> str:
    """``dev`` when the SHA-1 of the text's file name is even, else ``heldout``."""
    return HALVES[int(digest(stem), 16) % 2]


def read_articles(listing: Path | None = None) -> set[str]:
    """File stems named in the read-articles list (none when the list is absent, as in a wheel)."""
    try:
        lines = (listing or READ_ARTICLES).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return set()
    return {Path(line.strip()).stem for line in lines if line.strip() and not line.startswith("#")}


def read(path: str | Path, skipped: dict[str, int], half: str | None = None) -> Iterator[GoldDoc[list[GoldAttribution]]]:
    """Gold documents of the split PATH names; only those of ``half`` (see the module text) if given."""
    if half is not None and half not in HALVES:
        raise InputError(f"{half!r}: not a PolNeAR half (choose from {', '.join(HALVES)})")
    split = split_folder(path)
    dates = publication_dates(split)
    if not dates:
        count(skipped, "no metadata.tsv (no publication dates)")
    by_text: dict[str, list[Path]] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        stem, _, _annotator = ann.stem.rpartition("_")
        by_text.setdefault(stem, []).append(ann)
    excluded = read_articles()
    for stem in sorted(excluded & set(by_text)):
        count(skipped, "text named in docs/audit/read-articles.txt")
        del by_text[stem]
    texts = sorted(by_text.items())
    if half is not None:
        texts = sorted(((stem, files) for stem, files in texts if half_of(stem) == half),
                       key=lambda item: digest(item[0]))
    for stem, files in texts:
        count(skipped, "extra annotator file (first annotator id used)", len(files) - 1)
        text_file = split / "text" / f"{stem}.txt"
        try:
            text = text_file.read_text(encoding="utf-8")
            annotations = files[0].read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            count(skipped, "unreadable text or annotation file")
            continue
        gold = parse_ann(annotations, skipped)
        yield GoldDoc(id=stem, text=text, gold=gold, published=dates.get(stem))


@dataclass
class GroupTally:
    gold: int = 0
    matched: int = 0
    cue_right: int = 0
    with_source: int = 0
    source_right: int = 0

    def figures(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "content_recall": metrics.ratio(self.matched, self.gold),
            "cue_accuracy": metrics.ratio(self.cue_right, self.matched),
            "source_accuracy": metrics.ratio(self.source_right, self.with_source),
        }


@dataclass
class AttributionTally:
    predicted: int = 0
    exact: int = 0
    same_words: int = 0
    groups: dict[str, GroupTally] = field(
        default_factory=lambda: {"all": GroupTally(), "speech verbs": GroupTally(), "other cues": GroupTally()})

    def add(self, gold: list[GoldAttribution], record: Record) -> None:
        quotes = record.quotes
        self.predicted += len(quotes)
        contents = [(q.content.start, q.content.end) for q in quotes]
        hulls = [g.hull for g in gold]
        self.exact += len(metrics.align(hulls, contents, strict=True))
        text = record.article.text
        self.same_words += len(metrics.align([word_edges(text, h) for h in hulls],
                                             [word_edges(text, c) for c in contents], strict=True))
        pairs = dict(metrics.align(hulls, contents, score=lambda gi, pi: fragments_overlap(gold[gi].content, contents[pi])))
        mentions = {e.id: [(m.start, m.end) for m in e.mentions] for e in record.entities}
        for gi, g in enumerate(gold):
            for group in (self.groups["all"], self.groups["speech verbs" if g.speech else "other cues"]):
                group.gold += 1
                if gi not in pairs:
                    continue
                quote = quotes[pairs[gi]]
                group.matched += 1
                if quote.cue is not None and fragments_overlap(g.cue, (quote.cue.start, quote.cue.end)):
                    group.cue_right += 1
                if g.source:
                    group.with_source += 1
                    group.source_right += source_found(g.source, quote, mentions)

    def figures(self) -> dict[str, float | int]:
        total = self.groups["all"]
        content = metrics.prf(total.matched, self.predicted, total.gold)
        exact = metrics.prf(self.exact, self.predicted, total.gold)
        same_words = metrics.prf(self.same_words, self.predicted, total.gold)
        return {
            "gold_attributions": total.gold,
            "predicted_quotes": self.predicted,
            "content_precision": content["precision"],
            "content_recall": content["recall"],
            "content_f1": content["f1"],
            "exact_span_f1": exact["f1"],
            "same_words_f1": same_words["f1"],
            "cue_accuracy": metrics.ratio(total.cue_right, total.matched),
            "source_accuracy": metrics.ratio(total.source_right, total.with_source),
        }


def source_found(source: Fragments, quote: Quote, mentions: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the quote's speaker span, or a mention of its resolved entity, overlaps the source."""
    speaker = quote.speaker
    if speaker is None:
        return False
    candidates = [(speaker.start, speaker.end), *mentions.get(speaker.entity or "", [])]
    return any(fragments_overlap(source, span) for span in candidates)


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    tally = AttributionTally()
    half = os.environ.get(HALF_ENV) or None
    n = 0
    for doc, record in run(pipeline, limited(read(path, skipped, half), limit), skipped):
        n += 1
        tally.add(doc.gold, record)
    report = Report(dataset="polnear", documents=n, figures=tally.figures(), skipped=skipped)
    if half is not None:
        report.notes.append(f"the {half} half (SHA-1 of the file name {'even' if half == 'dev' else 'odd'}), "
                            "in digest order")
    for name in ("speech verbs", "other cues"):
        report.breakdown[name] = tally.groups[name].figures()
    report.notes.append("a predicted quote matches a gold attribution when the contents overlap (one-to-one)")
    return report
