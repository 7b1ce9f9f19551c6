"""Entities and in-article coreference, scored on MEANTIME (Minard et al. 2016; CC BY 4.0).

PATH is the MEANTIME English folder (or any folder above ``intra-doc_annotation``): 120
Wikinews articles in four topic folders (airbus, apple, gm, stock). Each article's text is
rebuilt as MEANTIME tokenises it (tokens joined by one space, one sentence a line: see
:func:`newsevents.evaluation.merge_eval.meantime_text`, which also maps each token to its
character span); its creation time is the publication date.

**Split.** A document is in the dev half when the SHA-1 of its ``doc_id`` (the decimal string,
UTF-8), read as an integer, is even, else in the test half (fixed before the first run; 58 dev,
62 test documents). ``--split dev`` (the default), ``test`` or ``all``. The report gives figures
only; :func:`dev_misses` lists the misses, of the dev half only.

**Gold.** An entity instance (``ENTITY`` with ``ent_type`` PER, ORG or LOC) and its mentions
(``ENTITY_MENTION`` sources of a ``REFERS_TO`` to it). A mention's kind comes from its
``syntactic_type``: NAM and PRE.NAM are names, PRO pronouns, NOM descriptions (descriptive noun
phrases), and APP, CONJ, PRE.NOM, PTV, ARC, HLS other; a third of the mentions carry no type and
are classified from their words (:func:`mention_kind`). A mention's head is the token its
``head`` attribute names, else the last word before a post-modifier (:func:`head_token`).

**Matching.** A gold mention is *matched* to the system entity one of whose mentions overlaps
the gold mention's head token (several: the mention overlapping most of the gold extent, then
the shorter). Persons and organisations are scored against ``record.entities``; places against
``record.entities`` and ``record.places``.

Figures, for PER and ORG (and LOC detection on its own):

- detection: an instance is *found* when one of its mentions is matched (head overlap), *found
  with its type* when that entity's type is PERSON for PER, ORG for ORG (GPE, LOC, FAC or a
  place for LOC), and *found by strict span* when some system mention's span equals one of its
  mentions' extents exactly; over all instances with a mention, and over *named* instances (one
  mention or more is a name);
- linking (issue 15's point): for named instances, the instance's *anchor* is the system entity
  most of its name mentions are matched to; each pronoun or description of the instance is
  *linked* when matched to the anchor, *wrong* when matched to another entity that also holds
  a mention outside the instance's mentions (a guess that joined it to someone else), else
  unlinked (no match, an entity of its own, or no anchor: the name was not found);
- B-cubed precision/recall/F1 over all PER and ORG gold mentions (a mention matched to nothing
  is a system singleton).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from newsevents.evaluation import metrics
from newsevents.evaluation.merge_eval import bcubed, meantime_created, meantime_roots, meantime_text
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, limited, run
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import Record

SPLIT_ENV = "NEWSEVENTS_MEANTIME_SPLIT"
SPLITS = ("dev", "test", "all")
SCORED = ("PER", "ORG")
SYSTEM_TYPES = {"PER": {"PERSON"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC", "FAC", "place"}}

# MEANTIME syntactic types -> the kinds scored here.
_KINDS = {"NAM": "name", "PRE.NAM": "name", "PRO": "pronoun", "NOM": "description"}
# Words of an untyped one-word mention that make it a pronoun.
PRONOUNS = frozenset(
    "he him his himself she her hers herself it its itself they them their theirs themselves "
    "we us our ours ourselves i me my mine you your yours which who whom whose that this these those".split()
)
# First words of an untyped mention that make it a description, not a name.
DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())
# Lower-case words that may stand inside a name (`Bank of America`, `Procter & Gamble`).
NAME_JOINERS = frozenset("of and & de du la le van von the for".split())
# Words that open a noun phrase's post-modifier: a head is read before them.
POSTMODIFIERS = frozenset("of in at on for with from to by that which who whose , ( - --".split())


def split_of(doc_id: str) -> str:
    """``dev`` when the SHA-1 of ``doc_id`` is even, else ``test``."""
    return "dev" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


@dataclass
class GoldMention:
    m_id: str
    start: int  # the extent, a character span of the rebuilt text
    end: int
    head: tuple[int, int]
    kind: str  # name, pronoun, description, other
    text: str


@dataclass
class GoldInstance:
    id: str
    type: str  # PER, ORG, LOC, ...
    descriptor: str
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def named(self) -> bool:
        return any(m.kind == "name" for m in self.mentions)


@dataclass
class Gold:
    topic: str
    instances: list[GoldInstance]


def mention_kind(syntactic_type: str | None, words: list[str]) -> str:
    """The kind of a mention from its MEANTIME type, or from its words when it has none: a
    one-word pronoun; a description when it starts with a determiner or has a lower-case word
    that names do not hold; otherwise a name."""
    if syntactic_type:
        return _KINDS.get(syntactic_type, "other")
    if not words:
        return "other"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in DETERMINERS:
        return "description"
    alphabetic = [w for w in words if w[:1].isalpha()]
    if not alphabetic or any(w[:1].islower() and w.lower() not in NAME_JOINERS for w in alphabetic):
        return "description"
    return "name"


def head_token(head: str, words: list[str]) -> int:
    """Index in ``words`` of the mention's head: the last word equal to the last word of the
    ``head`` attribute, else the last word before the first post-modifier (not the first word)."""
    wanted = head.split()[-1].lower() if head.strip() else ""
    if wanted:
        for index in range(len(words) - 1, -1, -1):
            if words[index].lower() == wanted:
                return index
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in POSTMODIFIERS:
            return index - 1
    return len(words) - 1


def read_gold(root: ElementTree.Element, offsets: dict[str, tuple[int, int]], text: str,
              skipped: dict[str, int]) -> list[GoldInstance]:
    """Entity instances of one document with their mentions (those linked by REFERS_TO)."""
    mentions: dict[str, GoldMention] = {}
    for element in root.iter("ENTITY_MENTION"):
        tokens = [a.get("t_id", "") for a in element.findall("token_anchor")]
        spans = [offsets[t] for t in tokens if t in offsets]
        if not spans or len(spans) != len(tokens):
            count(skipped, "mentions anchored to unknown tokens")
            continue
        words = [text[s:e] for s, e in spans]
        head = spans[head_token(element.get("head") or "", words)]
        mentions[element.get("m_id", "")] = GoldMention(
            m_id=element.get("m_id", ""), start=spans[0][0], end=spans[-1][1], head=head,
            kind=mention_kind(element.get("syntactic_type"), words), text=text[spans[0][0]:spans[-1][1]])
    instances = {e.get("m_id", ""): GoldInstance(id=e.get("instance_id") or e.get("m_id", ""),
                                                  type=e.get("ent_type", ""), descriptor=e.get("TAG_DESCRIPTOR", ""))
                 for e in root.iter("ENTITY")}
    taken: set[str] = set()
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        instance = instances.get(target.get("m_id", "")) if target is not None else None
        if instance is None:
            continue  # an event's coreference
        for source in relation.findall("source"):
            m_id = source.get("m_id", "")
            if m_id in mentions and m_id not in taken:
                taken.add(m_id)
                instance.mentions.append(mentions[m_id])
    for instance in instances.values():
        instance.mentions.sort(key=lambda m: (m.start, m.end))
    return [i for i in instances.values() if i.mentions]


def read_meantime(path: Path, split: str, skipped: dict[str, int]) -> Iterator[GoldDoc[Gold]]:
    """The documents of ``split`` with their gold entity instances."""
    for file, root in meantime_roots(path, skipped):
        doc_id = root.get("doc_id", file.stem)
        if split != "all" and split_of(doc_id) != split:
            continue
        text, offsets = meantime_text(root)
        yield GoldDoc(id=f"meantime-{doc_id}", text=text, published=meantime_created(root, skipped),
                      gold=Gold(topic=file.parent.name.removeprefix("corpus_"),
                                instances=read_gold(root, offsets, text, skipped)))


# A system mention: (start, end, entity id, entity type).
SystemMention = tuple[int, int, str, str]


def system_mentions(record: Record, with_places: bool) -> list[SystemMention]:
    found = [(m.start, m.end, e.id, e.type) for e in record.entities for m in e.mentions]
    if with_places:
        found += [(m.start, m.end, p.id, "place") for p in record.places for m in p.mentions]
    return found


def match(mention: GoldMention, system: list[SystemMention]) -> SystemMention | None:
    """The system mention over the gold mention's head (most overlap with its extent, then the shorter)."""
    head_start, head_end = mention.head
    over = [s for s in system if s[0] < head_end and head_start < s[1]]
    if not over:
        return None
    return max(over, key=lambda s: (min(s[1], mention.end) - max(s[0], mention.start), s[0] - s[1]))


@dataclass
class Tally:
    """Counts of one group of documents (a topic, or all)."""

    docs: int = 0
    counts: Counter = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


def score_document(gold: Gold, record: Record, tally: Tally, clusters: tuple[dict, dict],
                   doc_id: str) -> list[str]:
    """Add one document's counts to ``tally`` and its PER/ORG mentions to ``clusters`` (system,
    gold); return its linking misses as lines (for :func:`dev_misses`)."""
    misses: list[str] = []
    entities_only = system_mentions(record, with_places=False)
    with_places = system_mentions(record, with_places=True)
    predicted, truth = clusters
    tally.docs += 1
    for instance in gold.instances:
        if instance.type not in (*SCORED, "LOC"):
            continue
        system = with_places if instance.type == "LOC" else entities_only
        matched = {m.m_id: match(m, system) for m in instance.mentions}
        spans = {(s[0], s[1]) for s in system}
        groups = ["all", "named"] if instance.named else ["all"]
        for group in groups:
            prefix = f"{instance.type} {group}"
            tally.add(f"{prefix} instances")
            hits = [s for s in matched.values() if s is not None]
            tally.add(f"{prefix} found", bool(hits))
            tally.add(f"{prefix} found typed", any(s[3] in SYSTEM_TYPES[instance.type] for s in hits))
            tally.add(f"{prefix} found strict", any((m.start, m.end) in spans for m in instance.mentions))
        if instance.type not in SCORED:
            continue
        for mention in instance.mentions:
            key = (doc_id, mention.m_id)
            hit = matched[mention.m_id]
            truth[key] = (doc_id, instance.id)
            predicted[key] = (doc_id, hit[2]) if hit else ("alone", doc_id, mention.m_id)
        if not instance.named:
            continue
        names = Counter(matched[m.m_id][2] for m in instance.mentions
                        if m.kind == "name" and matched[m.m_id] is not None)
        anchor = names.most_common(1)[0][0] if names else None
        own = [(m.start, m.end) for m in instance.mentions]
        for mention in instance.mentions:
            if mention.kind not in ("pronoun", "description"):
                continue
            hit = matched[mention.m_id]
            if anchor is not None and hit is not None and hit[2] == anchor:
                outcome = "linked"
            elif hit is not None and any(
                    s[2] == hit[2] and not any(s[0] < e and b < s[1] for b, e in own) for s in system):
                outcome = "wrong"
            else:
                outcome = "unlinked" if anchor is not None else "name not found"
            for kind in (mention.kind, "anaphor"):
                tally.add(f"{instance.type} {kind}s")
                tally.add(f"{instance.type} {kind}s {outcome}")
            if outcome != "linked":
                joined = ""
                if hit is not None:
                    names_of = sorted({record.article.text[s[0]:s[1]] for s in system if s[2] == hit[2]} - {mention.text})
                    joined = f" -> {hit[2]} {names_of[:4]}"
                misses.append(f"{doc_id} {instance.type} {instance.descriptor!r}: {mention.kind} "
                              f"{mention.text!r} {outcome}{joined}")
    return misses


def _share(counts: Counter, part: str, whole: str) -> str:
    return f"{metrics.ratio(counts[part], counts[whole]):.3f} ({counts[part]}/{counts[whole]})"


def figures(tally: Tally, short: bool = False) -> dict[str, str]:
    """Figures of a tally; ``short``: the headline ones only (per-topic tables)."""
    c = tally.counts
    out: dict[str, str] = {}
    for kind in ("PER", "ORG", "LOC"):
        groups = ("named",) if short else ("named", "all")
        for group in groups:
            prefix = f"{kind} {group}"
            if not c[f"{prefix} instances"]:
                continue
            out[f"{prefix} found"] = _share(c, f"{prefix} found", f"{prefix} instances")
            if not short:
                out[f"{prefix} found typed"] = _share(c, f"{prefix} found typed", f"{prefix} instances")
                out[f"{prefix} found strict"] = _share(c, f"{prefix} found strict", f"{prefix} instances")
    for kind in SCORED:
        for mentions in (("anaphor",) if short else ("anaphor", "pronoun", "description")):
            whole = f"{kind} {mentions}s"
            if not c[whole]:
                continue
            out[f"{whole} linked"] = _share(c, f"{whole} linked", whole)
            out[f"{whole} wrong"] = _share(c, f"{whole} wrong", whole)
            if not short:
                out[f"{whole} name not found"] = _share(c, f"{whole} name not found", whole)
    return out


def _split() -> str:
    split = os.environ.get(SPLIT_ENV, "dev")
    if split not in SPLITS:
        raise InputError(f"{SPLIT_ENV}={split!r}: choose from {', '.join(SPLITS)}")
    return split


def _check(path: str) -> Path:
    root = Path(path)
    if not list(root.glob("**/intra-doc_annotation/corpus_*/*.xml")):
        raise InputError(f"{path}: no MEANTIME documents (intra-doc_annotation/corpus_*/*.xml) under it")
    return root


def _scored(path: str, split: str, limit: int | None, pipeline: Pipeline, skipped: dict[str, int]
            ) -> Iterator[tuple[GoldDoc[Gold], Record]]:
    for doc, record in run(pipeline, limited(read_meantime(_check(path), split, skipped), limit), skipped):
        if record.article.text != doc.text:
            count(skipped, "documents whose text the pipeline changed")
            continue
        yield doc, record


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    split = _split()
    skipped: dict[str, int] = {}
    overall = Tally()
    topics: dict[str, Tally] = defaultdict(Tally)
    predicted: dict = {}
    truth: dict = {}
    for doc, record in _scored(path, split, limit, pipeline, skipped):
        score_document(doc.gold, record, overall, (predicted, truth), doc.id)
        score_document(doc.gold, record, topics[doc.gold.topic], ({}, {}), doc.id)
    report = Report(dataset=f"meantime ({split})", documents=overall.docs)
    report.figures.update(figures(overall))
    p, r, f1 = bcubed(predicted, truth)
    report.figures.update({"PER+ORG mentions bcubed_precision": p, "PER+ORG mentions bcubed_recall": r,
                           "PER+ORG mentions bcubed_f1": f1})
    for topic, tally in sorted(topics.items()):
        report.breakdown[f"topic {topic} ({tally.docs} docs)"] = figures(tally, short=True)
    report.skipped = skipped
    report.notes.append("found: a system mention over a gold mention's head; anaphors: pronouns and "
                        "descriptions of named instances; linked: to the entity of the instance's names; "
                        "wrong: to an entity holding other mentions (docs/evaluation.md)")
    return report


def dev_misses(path: str, pipeline: Pipeline, limit: int | None = None) -> Iterator[str]:
    """Lines naming each pronoun or description of the dev half not linked to its named entity.
    The test half is held out: it is never listed."""
    skipped: dict[str, int] = {}
    for doc, record in _scored(path, "dev", limit, pipeline, skipped):
        yield from score_document(doc.gold, record, Tally(), ({}, {}), doc.id)
