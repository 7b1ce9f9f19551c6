"""How far a coded event is to be trusted: general features of the event and a logistic score.

Nine hand audits of 40 events each (docs/audit/) found that how well an event is *grounded*
predicts whether an analyst keeps it: events whose actor and recipient both carry a country code
were right about half the time, events with an uncoded actor almost never. The features here
describe an event by kinds only (is the actor coded, is the recipient a thing, is the trigger a
noun, was the row written by hand or built from the field's dictionaries, how political the
article is ...), never by words or names, so the score carries over to news nobody read.

``confidence`` is ``1 / (1 + exp(-sum(weight * value)))`` over the features, the weights read from
``data/event_confidence.tsv`` (written by ``scripts/train_event_confidence.py``; a feature the
file does not name weighs 0). The events stage puts the score on every event and keeps each
event's features on the Doc (``doc._.event_features``: event id -> features) for training.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.docquery import doc_sentences
from newsevents.eventcoding import topic
from newsevents.record import Entity, Event, Party, Quote
from newsevents.tables import packaged_dir, shared_load

WEIGHTS_FILE = "event_confidence.tsv"
BIAS = "bias"
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Sector kinds a side is described by (the actor dictionary's codes, lower case): state bodies,
# parties, firms, civilians.
SECTOR_KINDS = ("gov", "leg", "jud", "cop", "mil", "pty", "opp", "bus", "cvl", "igo")


def _sectors(parties: Iterable[Party]) -> set[str]:
    return {s.lower() for p in parties for s in p.sector}


@dataclass(frozen=True)
class ArticleView:
    """What the features read of the whole article, computed once per Doc."""

    entities: Mapping[str, Entity]
    quotes: tuple[tuple[int, int], ...]  # character spans of quoted content
    political_share: float  # share of the article's entities with a political sector
    coded_sentence_share: float  # share of sentences naming an entity with a country
    n_sentences: int
    n_events: int
    topic: Mapping[str, float] | None = None  # the article's topic distribution (eventcoding/topic.py)


def article_view(doc: Doc, quotes: Iterable[Quote], political: Iterable[str], n_events: int) -> ArticleView:
    """The article-level view of ``doc``; ``political``: the sectors of political actors."""
    entities = list(doc._.entities or [])
    political = frozenset(political)
    sentences = doc_sentences(doc) if doc.has_annotation("SENT_START") else []
    coded_starts = sorted(m.start for e in entities if e.country for m in e.mentions)
    coded = 0
    for sentence in sentences:
        if any(sentence.start_char <= s < sentence.end_char for s in coded_starts):
            coded += 1
    return ArticleView(
        entities={e.id: e for e in entities},
        quotes=tuple((q.content.start, q.content.end) for q in quotes),
        political_share=(sum(1 for e in entities if political & {s.lower() for s in e.sector}) / len(entities))
        if entities else 0.0,
        coded_sentence_share=coded / len(sentences) if sentences else 0.0,
        n_sentences=len(sentences),
        n_events=n_events,
        topic=doc._.topic,
    )


def _side(prefix: str, parties: list[Party], view: ArticleView, political: frozenset[str]) -> dict[str, float]:
    """Features of one side of the event: coded, an uncoded party, a thing, nobody; its kind."""
    out: dict[str, float] = {}
    if not parties:
        out[f"{prefix}.none"] = 1.0
        return out
    entities = [view.entities.get(p.entity) for p in parties if p.entity]
    if any(p.country for p in parties):
        out[f"{prefix}.coded"] = 1.0
    elif entities or any(p.sector for p in parties):
        out[f"{prefix}.uncoded_party"] = 1.0  # a named body or a role noun, no country
    else:
        out[f"{prefix}.thing"] = 1.0  # neither an entity nor a sector: a thing or a common noun
    sectors = _sectors(parties)
    if political & sectors:
        out[f"{prefix}.political"] = 1.0
    for kind in SECTOR_KINDS:
        if kind in sectors:
            out[f"{prefix}.sector.{kind}"] = 1.0
    kinds = {e.type for e in entities if e is not None}
    for kind in ENTITY_TYPES:
        if kind in kinds:
            out[f"{prefix}.entity.{kind}"] = 1.0
    if not kinds:
        out[f"{prefix}.no_entity"] = 1.0
    if len(parties) > 1:
        out[f"{prefix}.several"] = 1.0
    return out


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)


def event_features(event: Event, trigger: Token, sentence_index: int, origin: str, view: ArticleView,
                   political: Iterable[str]) -> dict[str, float]:
    """The features of one coded event (names -> values in [0, 1]); absent features are 0.

    ``trigger``: the trigger token; ``sentence_index``: its sentence's number; ``origin``: the lexicon row's
    origin ("lexicon" for a hand row, "backbone" for one built from the field's dictionaries)."""
    political = frozenset(political)
    out: dict[str, float] = {BIAS: 1.0}
    out.update(_side("actor", event.actor, view, political))
    out.update(_side("recipient", event.recipient, view, political))
    actor_codes = {p.country for p in event.actor if p.country}
    recipient_codes = {p.country for p in event.recipient if p.country}
    if actor_codes and recipient_codes:
        out["both_coded"] = 1.0
        if actor_codes & recipient_codes:
            out["same_country"] = 1.0
    out[f"type.{event.event}"] = 1.0
    out[f"quad.{event.quad_code}"] = 1.0
    out[f"modality.{event.modality}"] = 1.0
    if origin != "lexicon":
        out["row.backbone"] = 1.0
    if trigger.pos_ in ("NOUN", "PROPN"):
        out["trigger.noun"] = 1.0
    if _passive(trigger):
        out["voice.passive"] = 1.0
    if any(a <= trigger.idx < b for a, b in view.quotes):
        out["in_quote"] = 1.0
    if event.attributed_to:
        out["attributed"] = 1.0
    if event.mode:
        out["mode.any"] = 1.0
    if event.context:
        out["context.any"] = 1.0
    if any(v is not None for v in event.size.model_dump().values()):
        out["size.any"] = 1.0
    if event.place:
        out["place.any"] = 1.0
    if event.date.precision != "unknown":
        out["date.known"] = 1.0
    if event.also_in:
        out["told_again"] = 1.0
    if view.n_sentences:
        out["sentence.position"] = min(sentence_index, view.n_sentences) / view.n_sentences
        if sentence_index <= 2:
            out["sentence.lead"] = 1.0
    out["article.political_share"] = view.political_share
    out["article.coded_sentence_share"] = view.coded_sentence_share
    out["article.events"] = min(view.n_events, 20) / 20
    if view.topic:  # what the article is about: each topic's share and the leading one
        for name in topic.TOPICS:
            out[f"topic.{name}"] = view.topic.get(name, 0.0)
        lead = topic.leading(view.topic)
        if lead is not None:
            out[f"topic.lead.{lead}"] = 1.0
    return out


def read_weights(directory: Path) -> dict[str, float]:
    """``feature<TAB>weight`` rows of ``directory/event_confidence.tsv`` (# lines are comments)."""
    weights: dict[str, float] = {}
    path = directory / WEIGHTS_FILE
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise ValueError(f"{path}:{number}: expected feature<TAB>weight, got {line!r}")
        try:
            weights[cells[0].strip()] = float(cells[1])
        except ValueError:
            raise ValueError(f"{path}:{number}: weight {cells[1]!r} is no number") from None
    return weights


def load_weights(directory: Path | None = None) -> dict[str, float]:
    """The weights in ``directory`` (None: the packaged ones), read once per process."""
    return shared_load(read_weights, directory or packaged_dir(), (WEIGHTS_FILE,))


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The logistic score of ``features`` under ``weights``, in [0, 1]."""
    z = sum(value * weights.get(name, 0.0) for name, value in features.items())
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def rate(doc: Doc, told: list[tuple[Event, Token, int, str]], quotes: Iterable[Quote],
         political: Iterable[str], weights: Mapping[str, float] | None = None) -> list[Event]:
    """The events of ``told`` (event, trigger token, sentence number, row origin), numbered
    ``v1``... in order, each with its ``confidence`` (2 places); their features go to
    ``doc._.event_features`` (event id -> features)."""
    weights = load_weights() if weights is None else weights
    political = frozenset(political)
    view = article_view(doc, quotes, political, len(told))
    events: list[Event] = []
    features: dict[str, dict[str, float]] = {}
    for number, (event, trigger, sentence_index, origin) in enumerate(told, 1):
        event_id = f"v{number}"
        features[event_id] = event_features(event, trigger, sentence_index, origin, view, political)
        events.append(event.model_copy(update={"id": event_id,
                                                "confidence": round(score(features[event_id], weights), 2)}))
    doc._.event_features = features
    return events
