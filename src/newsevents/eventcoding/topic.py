"""What an article is about: a topic distribution from cue words, read once per article.

Ten hand audits of events coded in BBC business, entertainment, sport and tech news found most
of them wrong: a stray "attack" in a football report, a "deal" in a film story. An event's own
features cannot tell those from the same words in conflict news; the article's subject can. The
signal here is a plain count: the article's words (or their lemmas) found in the project-written
cue lexicon ``data/topic_words.tsv`` (word<TAB>topic, five topics), plus one count for
``politics_conflict`` per entity the entity stage gave a political sector. The counts, divided by
their sum, are the distribution (0 everywhere when no cue is found); ``cues_per_100`` tells how
much evidence there was.

It is a module the events stage calls (not a component of its own): it needs only the lemmas and
the entities, costs one pass over the tokens, and only the events stage and its confidence read
it. The stage keeps it on the Doc (``doc._.topic``) and the record carries it (``record.topic``).

The per-topic policy (:func:`kept`): in an article whose cue words are mostly not of politics and
conflict, an event is kept only if its confidence reaches a floor. A global floor cannot be set
(it drops the unsure but right events of conflict news: uncoded gunmen and protesters); here the
floor reads only sport, entertainment, tech and business news, where most coded events were wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc

from newsevents.docquery import string_memo
from newsevents.record import Event
from newsevents.tables import packaged_dir, shared_load

TOPIC_FILE = "topic_words.tsv"
TOPICS = ("sport", "entertainment", "tech", "business", "politics_conflict")
POLITICS = "politics_conflict"
# One entity with a state or political sector counts as this many cue words of politics_conflict.
POLITICAL_ENTITY_WEIGHT = 1.0
# The per-topic policy (docs/events.md, "Topic"): in an article where politics_conflict has less
# than this share of the cue words, an event must reach this confidence. Chosen by
# scripts/train_event_confidence.py --policy (leave-one-audit-out; CASE 2021 dev unchanged).
POLICY_POLITICS_SHARE = 0.5
POLICY_FLOOR = 0.2
# ... and only when the text has this many cue words: a sentence or two (a snippet, a lead) has too
# few words to tell what a story is about.
POLICY_MIN_CUES = 5


@dataclass(frozen=True)
class TopicWords:
    """The cue lexicon: a phrase (tuple of lower-case words) -> its topic."""

    phrases: Mapping[tuple[str, ...], str]
    longest: int  # the most words in one phrase
    # a word -> the most words of a phrase it begins (absent: it begins none), so that a token
    # tries only the phrase lengths that could start with it
    starts: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts: dict[str, int] = {}
        for phrase in self.phrases:
            if phrase:
                starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
        object.__setattr__(self, "starts", starts)


def _words(cell: str) -> tuple[str, ...]:
    # spaCy splits "semi-final" into three tokens; the hyphen is dropped when the text is read too
    return tuple(cell.lower().replace("-", " ").split())


def read_topic_words(directory: Path) -> TopicWords:
    """``word<TAB>topic`` rows of ``directory/topic_words.tsv`` (# lines are comments)."""
    path = directory / TOPIC_FILE
    phrases: dict[tuple[str, ...], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[0].strip():
            raise ValueError(f"{path}:{number}: expected word<TAB>topic, got {line!r}")
        topic = cells[1].strip()
        if topic not in TOPICS:
            raise ValueError(f"{path}:{number}: unknown topic {topic!r} (one of {', '.join(TOPICS)})")
        words = _words(cells[0])
        if words in phrases and phrases[words] != topic:
            raise ValueError(f"{path}:{number}: {cells[0]!r} is already a cue of {phrases[words]}")
        phrases[words] = topic
    return TopicWords(phrases=phrases, longest=max((len(p) for p in phrases), default=1))


def load_topic_words(directory: Path | None = None) -> TopicWords:
    """The cue lexicon in ``directory`` (None: the packaged one), read once per process."""
    return shared_load(read_topic_words, directory or packaged_dir(), (TOPIC_FILE,))


def cue_counts(tokens: Sequence[tuple[str, str]], table: TopicWords) -> Counter[str]:
    """Cue words per topic in ``tokens`` ((lower text, lemma) pairs, hyphens already dropped):
    the longest phrase starting at a token wins, its words are not counted again."""
    counts: Counter[str] = Counter()
    phrases, starts = table.phrases, table.starts
    i = 0
    while i < len(tokens):
        step = 1
        lower, lemma = tokens[i]
        if lower not in starts and lemma not in starts:
            i += 1  # most words begin no phrase
            continue
        for n in range(min(max(starts.get(lower, 0), starts.get(lemma, 0)), len(tokens) - i), 0, -1):
            window = tokens[i:i + n]
            topic = phrases.get(tuple(t[0] for t in window)) or phrases.get(tuple(t[1] for t in window))
            if topic is not None:
                counts[topic] += 1
                step = n
                break
        i += step
    return counts


def distribution(counts: Mapping[str, float], n_words: int) -> dict[str, float]:
    """Each topic's share of the counts (3 places; 0 everywhere without a count), ``cues``: the
    counts' sum, and ``cues_per_100``: the cue words per 100 words."""
    total = sum(counts.get(t, 0.0) for t in TOPICS)
    out = {t: round(counts.get(t, 0.0) / total, 3) if total else 0.0 for t in TOPICS}
    out["cues"] = total
    out["cues_per_100"] = round(100 * total / n_words, 2) if n_words else 0.0
    return out


def _words_of(doc: Doc) -> list[tuple[str, str]]:
    """(lower form, lemma) of each word of ``doc`` (punctuation and spaces left out), read from
    one array, not Token objects (each costly to make), each string looked up once (string_memo)."""
    strings = string_memo(doc.vocab)
    return [(strings[lower], strings[lemma].lower())
            for lower, lemma, punct, space in doc.to_array([LOWER, LEMMA, IS_PUNCT, IS_SPACE]).tolist()
            if not punct and not space]


def doc_cue_counts(doc: Doc) -> tuple[Counter[str], int]:
    """The packaged table's cue words per topic in ``doc`` and its number of words, counted once
    per article: the first stage that asks (the entities stage, for a lone city name) leaves them
    in ``doc._.topic_cues`` and the events stage reads them there (a copy each time)."""
    stored = doc._.topic_cues
    if stored is None:
        words = _words_of(doc)
        stored = doc._.topic_cues = (cue_counts(words, load_topic_words()), len(words))
    counts, n_words = stored
    return Counter(counts), n_words


def article_topic(doc: Doc, political: Iterable[str], table: TopicWords | None = None) -> dict[str, float]:
    """The topic distribution of ``doc`` (see :func:`distribution`); ``political``: the sectors
    that make an entity political (the event cues' list); the cue words are counted once per
    article with the packaged table (:func:`doc_cue_counts`), again only with another ``table``."""
    if table is None:
        counts, n_words = doc_cue_counts(doc)
    else:
        words = _words_of(doc)
        counts, n_words = cue_counts(words, table), len(words)
    political = frozenset(s.lower() for s in political)
    counts[POLITICS] += POLITICAL_ENTITY_WEIGHT * sum(
        1 for e in doc._.entities or [] if political & {s.lower() for s in e.sector})
    return distribution(counts, n_words)


def leading(topic: Mapping[str, float] | None) -> str | None:
    """The topic with the largest share (None when no cue was found); a tie goes to the earlier
    of ``TOPICS`` except that politics_conflict wins every tie."""
    if not topic or not any(topic.get(t, 0.0) for t in TOPICS):
        return None
    best = max(TOPICS, key=lambda t: (topic.get(t, 0.0), t == POLITICS))
    return best


def policy_applies(topic: Mapping[str, float] | None) -> bool:
    """Whether the per-topic policy reads this article: it has ``POLICY_MIN_CUES`` cue words or
    more, and politics_conflict is under ``POLICY_POLITICS_SHARE`` of them (sport, entertainment,
    tech or business news)."""
    return (leading(topic) is not None and topic.get("cues", 0.0) >= POLICY_MIN_CUES
            and topic.get(POLITICS, 0.0) < POLICY_POLITICS_SHARE)


def kept(event: Event, topic: Mapping[str, float] | None, floor: float = POLICY_FLOOR) -> bool:
    """The per-topic policy: an event of an article the policy reads (:func:`policy_applies`) is
    kept only if its confidence reaches ``floor``; every event of any other article is kept (news
    of politics and conflict, and a text with no cue word, keep all their events)."""
    if not policy_applies(topic):
        return True
    return event.confidence is None or event.confidence >= floor
