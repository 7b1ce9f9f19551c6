"""Merging across articles, scored on articles grouped by the real-world story they report.

Two readers, chosen by what PATH holds:

- a Giveme5W1H folder (``*.json`` with ``category``): each category is one story; an article
  without a category joins the story the folder's README names for it (the dev set's README
  does), else it is a story of its own;
- MEANTIME (``intra-doc_annotation/corpus_*/*.xml``): two documents report one event when they
  share an event ``instance_id``; the topic folder is the coarse story.

Figures (articles are the unit; an article is "under" a merged event when one of its events is
a member):

- ``pairwise_precision`` / ``pairwise_recall``: over article pairs put under one merged event,
  against pairs of the same story;
- ``bcubed_f1``: each article placed under its largest merged event (singletons otherwise);
- ``main_event_<story>``: articles of the story under its main event (the merged event holding
  most of them), out of the story's articles;
- ``inflation``: merged events per story (one real event each), and the per-article baseline
  (article events per story) beside it;
- ``largest_cross_story``: the most articles of two or more stories any merged event holds;
- breakdown ``unmerged pairs``: why each gold pair of articles under no merged event together is
  apart (:func:`why_apart`): the class table of docs/notes/merge-recall.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from xml.etree import ElementTree

from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, limited, run
from newsevents.ingest import InputError
from newsevents.merge import ArticleEvent, MergeResult, article_events, contradictions, link_score, merge
from newsevents.pipeline import Pipeline
from newsevents.record import Record

# (story, source, title); the story may be None (uncategorised)
Gold = tuple[str | None, str | None, str | None]


def read_giveme5w1h(path: Path, skipped: dict[str, int]) -> Iterator[GoldDoc[Gold]]:
    for file in sorted(path.glob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            count(skipped, f"unreadable file ({type(exc).__name__})")
            continue
        body = (data.get("text") or "").strip()
        if not body:
            count(skipped, "empty article")
            continue
        title = data.get("title") or ""
        published = str(data.get("date_publish") or "")[:10]
        yield GoldDoc(
            id=file.stem[:16], text=f"{title}\n\n{body}" if title else body,
            gold=(data.get("category"), data.get("publisher"), title or None),
            published=published if published[:4].isdigit() else None,
        )


def meantime_roots(path: Path, skipped: dict[str, int]) -> Iterator[tuple[Path, ElementTree.Element]]:
    """Each MEANTIME document's file and parsed XML; an unreadable one is counted in ``skipped``."""
    for file in sorted(path.glob("**/intra-doc_annotation/corpus_*/*.xml")):
        try:
            yield file, ElementTree.parse(file).getroot()
        except (OSError, ElementTree.ParseError) as exc:
            count(skipped, f"unreadable file ({type(exc).__name__})")


def meantime_text(root: ElementTree.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """The document's text as MEANTIME tokenises it (tokens joined by a space, one sentence a
    line) and each token's ``t_id`` -> its character span in that text."""
    sentences: dict[str, list[ElementTree.Element]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[token.get("sentence", "0")].append(token)
    lines, offsets, start = [], {}, 0
    for _, tokens in sorted(sentences.items(), key=lambda kv: int(kv[0])):
        words = []
        for token in tokens:
            word = token.text or ""
            offsets[token.get("t_id", "")] = (start, start + len(word))
            words.append(word)
            start += len(word) + 1  # the space after it, or the line's end
        lines.append(" ".join(words))
    return "\n".join(lines), offsets


def meantime_created(root: ElementTree.Element, skipped: dict[str, int]) -> str | None:
    """The document creation time (an ISO date), or None, counted in ``skipped``, when it is not one."""
    created = next((t.get("value") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), None)
    if created is not None and not re.match(r"^\d{4}-\d{2}-\d{2}", created):
        count(skipped, "creation time not ISO: article undated")
        created = None
    return created


def read_meantime(path: Path, skipped: dict[str, int]) -> Iterator[GoldDoc[Gold]]:
    """Documents with their topic; shared event instances are read by :func:`meantime_links`."""
    for file, root in meantime_roots(path, skipped):
        text, _ = meantime_text(root)
        created = meantime_created(root, skipped)
        topic = file.parent.name.removeprefix("corpus_")
        yield GoldDoc(id=f"meantime-{root.get('doc_id')}", text=text, gold=(topic, "wikinews", None),
                      published=created)


def meantime_links(path: Path) -> dict[str, set[str]]:
    """Event instance id -> the documents that mention it (cross-document links)."""
    docs: dict[str, set[str]] = defaultdict(set)
    for file in sorted(path.glob("**/intra-doc_annotation/corpus_*/*.xml")):
        root = ElementTree.parse(file).getroot()
        for event in root.iter("EVENT"):
            if event.get("instance_id"):
                docs[event.get("instance_id")].add(f"meantime-{root.get('doc_id')}")
    return {k: v for k, v in docs.items() if len(v) > 1}


def _pairs(groups: list[set[str]]) -> set[tuple[str, str]]:
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def bcubed(assigned: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a hard clustering (item -> cluster) against gold."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, cluster in assigned.items():
        by_pred[cluster].add(item)
    for item, cluster in gold.items():
        by_gold[cluster].add(item)
    items = sorted(gold)
    if not items:
        return 0.0, 0.0, 0.0
    precision = sum(len(by_pred[assigned[i]] & by_gold[gold[i]]) / len(by_pred[assigned[i]]) for i in items)
    recall = sum(len(by_pred[assigned[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Why two articles of one story are under no merged event together, from the extraction's side to the merge's.
NO_EVENT = "no event in one article"
NO_COMMON_TYPE = "no event of a common type"
VAGUE_DATE = "date too vague (a range over MAX_RANGE_DAYS, or none)"
NO_NAME = "no shared name"
ONE_NAME = "one shared name, nothing else agrees"
CLUSTERED_APART = "linkable, kept apart by a contradiction inside the groups"


def _pair_reasons(a: ArticleEvent, b: ArticleEvent) -> list[str]:
    """Every reason two events of one type in two articles are not linked: the vetoes, then the evidence."""
    reasons = [VAGUE_DATE if r == "date" and (a.days() is None or b.days() is None) else r
               for r in contradictions(a, b)]
    if link_score(a, b) == 0:
        reasons.append(ONE_NAME if a.names & b.names else NO_NAME)
    return reasons


def why_apart(items: dict[str, list[ArticleEvent]], x: str, y: str) -> str:
    """The class of an unmerged pair of articles: no event, no common type, or the reasons of the
    closest pair of their events of one type (fewest reasons; ties by the reasons' text)."""
    if not items.get(x) or not items.get(y):
        return NO_EVENT
    same = [(a, b) for a in items[x] for b in items[y] if a.event == b.event]
    if not same:
        return NO_COMMON_TYPE
    closest = min((_pair_reasons(a, b) for a, b in same), key=lambda r: (len(r), r))
    return "+".join(closest) or CLUSTERED_APART


def unmerged_pairs(records: list[Record], result: MergeResult, gold_pairs: set[tuple[str, str]]) -> Counter[str]:
    """Classes of the gold pairs under no merged event together."""
    under: dict[str, set[str]] = defaultdict(set)
    for event in result.events:
        for aid in event["articles"]:
            under[aid].add(event["id"])
    items = {r.article.id: article_events(r) for r in records}
    return Counter(why_apart(items, x, y) for x, y in sorted(gold_pairs) if not under[x] & under[y])


def score(records: list[Record], story: dict[str, str], gold_groups: list[set[str]], name: str) -> Report:
    """Figures of the merge of ``records`` against stories (``story``: article id -> story) and
    gold groups of articles that report one event (pairs inside them are right)."""
    result = merge(records)
    multi = [e for e in result.events if e["n_articles"] > 1]
    predicted_pairs = _pairs([set(e["articles"]) for e in multi])
    gold_pairs = _pairs(gold_groups)
    right = len(predicted_pairs & gold_pairs)
    report = Report(dataset=name, documents=len(records))
    report.figures["merged_events"] = len(result.events)
    report.figures["merged_events_2plus_articles"] = len(multi)
    report.figures["article_pairs_merged"] = len(predicted_pairs)
    report.figures["pairwise_precision"] = right / len(predicted_pairs) if predicted_pairs else 1.0
    report.figures["pairwise_recall"] = right / len(gold_pairs) if gold_pairs else 0.0
    # each article under its largest merged event (ties: smallest id)
    largest: dict[str, tuple[int, str]] = {}
    for event in result.events:
        for aid in event["articles"]:
            candidate = (-event["n_articles"], event["id"])
            largest[aid] = min(largest.get(aid, candidate), candidate)
    assigned = {aid: largest[aid][1] if aid in largest else f"alone:{aid}" for aid in story}
    gold_of = {}
    for index, group in enumerate(gold_groups):
        for aid in group:
            gold_of[aid] = f"gold:{index}"
    gold_of = {aid: gold_of.get(aid, f"alone:{aid}") for aid in story}
    p, r, f1 = bcubed(assigned, gold_of)
    report.figures.update(bcubed_precision=p, bcubed_recall=r, bcubed_f1=f1)
    cross = [len(e["articles"]) for e in multi if len({story[a] for a in e["articles"]}) > 1]
    report.figures["largest_cross_story"] = max(cross, default=0)
    report.breakdown["unmerged pairs"] = dict(sorted(unmerged_pairs(records, result, gold_pairs).items(),
                                                     key=lambda kv: (-kv[1], kv[0])))
    stories = sorted(set(story.values()))
    events_per_story = Counter(story[e["articles"][0]] for e in result.events if e["articles"])
    report.figures["inflation"] = sum(events_per_story.values()) / len(stories) if stories else 0.0
    report.figures["inflation_unmerged"] = (
        sum(len(r.events) for r in records) / len(stories) if stories else 0.0
    )
    for name_ in stories:
        articles = {a for a, s in story.items() if s == name_}
        under = Counter()
        for event in multi:
            inside = len(articles & set(event["articles"]))
            if inside:
                under[(event["id"], event["event"])] = inside
        main = sorted(under.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
        report.breakdown[f"story {name_}"] = {
            "articles": len(articles),
            "main_event": f"{main[0][0][1]} {main[0][1]}/{len(articles)}" if main else f"none 0/{len(articles)}",
            "merged_events": events_per_story.get(name_, 0),
            "largest_merged_event": max(under.values(), default=1 if any(
                a in largest for a in articles) else 0),
        }
    return report


def _records(pipeline: Pipeline, docs: Iterator[GoldDoc[Gold]], skipped: dict[str, int]) -> tuple[
        list[Record], dict[str, Gold]]:
    records, gold = [], {}
    for doc, record in run(pipeline, docs, skipped):
        story, source, title = doc.gold
        article = record.article.model_copy(update={"source": source, "title": title})
        records.append(record.model_copy(update={"article": article}))
        gold[record.article.id] = doc.gold
    return records, gold


# How the dev set's README says where its uncategorised article belongs.
_NULL_STORY = re.compile(r'\(null\) that belongs\s+with\s+"([^"]+)"')


def _stories(root: Path, gold: dict[str, Gold]) -> dict[str, str]:
    """Story of each article; an uncategorised one goes where the folder's README puts it, else
    it is a story of its own."""
    readme = root / "README.txt"
    found = _NULL_STORY.search(" ".join(readme.read_text(encoding="utf-8").split())) if readme.exists() else None
    return {aid: g[0] or (found.group(1) if found else f"alone:{aid}") for aid, g in gold.items()}


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    root = Path(path)
    if not root.exists():
        raise InputError(f"{path}: no such file or directory")
    skipped: dict[str, int] = {}
    if list(root.glob("**/intra-doc_annotation/corpus_*/*.xml")):
        records, gold = _records(pipeline, limited(read_meantime(root, skipped), limit), skipped)
        story = {aid: g[0] or "?" for aid, g in gold.items()}
        links = [group & set(story) for group in meantime_links(root).values()]
        report = score(records, story, [g for g in links if len(g) > 1], "merge (meantime)")
        report.notes.append("gold pairs: documents sharing an event instance (sparse: most cross-document "
                            "events are not linked), so precision is a lower bound; topics are the stories")
    elif list(root.glob("*.json")):
        records, gold = _records(pipeline, limited(read_giveme5w1h(root, skipped), limit), skipped)
        story = _stories(root, gold)
        groups: dict[str, set[str]] = defaultdict(set)
        for aid, name in story.items():
            groups[name].add(aid)
        report = score(records, story, list(groups.values()), "merge (giveme5w1h)")
    else:
        raise InputError(f"{path}: neither a Giveme5W1H folder (*.json) nor MEANTIME (intra-doc_annotation)")
    report.skipped = skipped
    return report
