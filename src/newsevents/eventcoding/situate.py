"""Where and when an event happened, how many it hurt, and in which context it is told."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from newsevents.docquery import doc_text, paragraph_around
from newsevents.eventcoding import calls_vows
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import EventDate, Figure, Place, Size, Time
from newsevents.timeutil import day_of, period_of

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_SIZE_FIELD = {"killed": "dead", "injured": "injured", "arrested": "arrested"}


def precision_of(value: str | None) -> str:
    if not value:
        return "unknown"
    for pattern, name in ((_DAY, "day"), (_WEEK, "week"), (_MONTH, "month"), (_YEAR, "year")):
        if pattern.match(value):
            return name
    return "unknown"


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one parse tree (large when they are in different trees)."""
    depth_a = {a.i: 0}
    token, steps = a, 0
    while token.head.i != token.i:
        token, steps = token.head, steps + 1
        depth_a[token.i] = steps
    token, steps = b, 0
    while True:
        if token.i in depth_a:
            return steps + depth_a[token.i]
        if token.head.i == token.i:
            return 99
        token, steps = token.head, steps + 1


def _root_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


_DESCRIBING_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod", "acl", "relcl", "appos"})


def _dates_another_noun(root: Token, trigger: Token, cues: Cues) -> bool:
    """"the Soviets' 1945 liberation", "last year's election", "the rebate, secured in 1984": a
    time inside a phrase or clause that describes another noun, not the trigger's clause."""
    trigger_line = {trigger.i, *(a.i for a in trigger.ancestors)}
    token = root
    while token.i not in trigger_line:
        if token.dep_ in _DESCRIBING_DEPS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != trigger.i \
                and not _time_anchor(token.head, cues):
            return True
        # a side clause with a doer of its own ("..., secured in 1984 by Mrs Thatcher") -- but a
        # clause of time dates the main one ("When Britain went to the polls in 1979, X resigned")
        if token.dep_ == "advcl" and any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in token.children) and not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in cues.time_mark for c in token.children
        ):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _time_anchor(noun: Token, cues: Cues) -> bool:
    """``after the 2001 election``, ``during the 1994 war``: an event named after a preposition of
    time is when the clause happened, so its date dates the clause (if the phrase hangs on it)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in cues.time_mark


def _opens_a_period(doc: Doc, start: int) -> bool:
    """"have failed to agree since 1999": the start of a state that lasts, not the event's date."""
    text = doc_text(doc)[max(0, start - 6): start].lower()
    return text.rstrip().endswith("since")


def event_date(doc: Doc, trigger: Token, sentence: Span, published: str | None, cues: Cues) -> EventDate:
    """The closest time expression of the sentence (in the parse tree), else the publication date
    (``cues.time_mark``: the words opening a clause of time, which dates its main clause)."""
    best: tuple[int, Time] | None = None
    for time in doc._.times or []:
        if not (sentence.start_char <= time.start and time.end <= sentence.end_char):
            continue
        if time.type not in ("DATE", "TIME") or not time.value:
            continue
        root = _root_of(doc, time.start, time.end)
        if root is None or _dates_another_noun(root, trigger, cues) or _opens_a_period(doc, time.start):
            continue
        if calls_vows.dates_the_reason(root, trigger, cues):  # "criticized him for votes in the 1990s" (recips16)
            continue
        distance = tree_distance(trigger, root)
        if best is None or distance < best[0]:
            best = (distance, time)
    if best is not None:
        time = best[1]
        value = time.value[:10] if time.type == "TIME" and time.value and len(time.value) > 10 else time.value
        return EventDate(value=value, precision=precision_of(value), time=time.id)
    if published:
        return EventDate(value=published, precision="day", time=None)
    return EventDate(value=None, precision="unknown", time=None)


# A dated event whose period ended this long before publication is background, not news.
HISTORICAL_GAP_DAYS = 180


def is_earlier_year(value: str | None, published: str | None) -> bool:
    """A date whose whole period ended well before publication (``in 2014`` in a 2022 story),
    not merely a date in the previous calendar year (``last week`` in a 2 January story), and never one
    of the publication's own year: ``in January`` in an October story is this year's news, under a year
    back, however many months it is (modality27)."""
    if not value or not published or not value[:4].isdigit():
        return False
    if value[:4] == published[:4]:
        return False
    pub = day_of(published)
    if pub is None:
        return False
    # A season, quarter or half: its year's end is late enough.
    period = period_of(value) or period_of(value[:4])
    if period is None:
        return False
    end = period[1]
    return (pub - end).days > HISTORICAL_GAP_DAYS


def _told_before(noun: Token, cues: Cues) -> bool:
    """A noun that points back to something already told ("the blaze", "that move": ``definite`` cues)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in cues.definite for c in noun.children)


def _placed_by_told_event(trigger: Token, sentence: Span, cues: Cues) -> bool:
    """The clause is placed in time by an event told before, named by a definite noun: after a
    word of time that governs it ("During the crackdown following the blaze, authorities
    demanded ..."), or as what such an event followed ("That move followed a protest from ...":
    the protest came before the move; ``sequel`` cues)."""
    governing = {trigger.i} | {t.i for t in trigger.ancestors}
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ in cues.time_mark and token.head.i in governing and any(
                c.dep_ == "pobj" and _told_before(c, cues) for c in token.children):
            return True
        # "At the time, troops fired on the crowd": the time the previous sentence told
        if token.dep_ == "prep" and token.lower_ == "at" and token.head.i in governing and any(
                c.dep_ == "pobj" and c.lemma_.lower() in cues.then_time and _told_before(c, cues) for c in token.children):
            return True
    if _past_perfect(trigger) and not any(t.lemma_.lower() in cues.report for t in trigger.ancestors):
        # "In 1998 the army seized the town. Troops had fired on the crowd": before that time (a
        # reported past perfect is the speaker's past: "told the BBC that firms had pulled out")
        return True
    head = trigger.head
    return trigger.dep_ == "dobj" and head.lemma_.lower() in cues.sequel and any(
        c.dep_ == "nsubj" and _told_before(c, cues) for c in head.children)


def _past_perfect(trigger: Token) -> bool:
    """The trigger's verb is a past perfect ("had fired", "had been killed"): an act before a past
    time the story told."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children)


def dated_by_told_event(doc: Doc, trigger: Token, sentence: Span, published: str | None, cues: Cues) -> bool:
    """A clause with no date of its own placed by an event the previous sentence told and dated
    well before publication ("Laws were introduced in 2002 following a fire at one cafe. During
    the crackdown following the blaze authorities demanded permits"): it is that time's, history."""
    if sentence.start == 0 or not _placed_by_told_event(trigger, sentence, cues):
        return False
    previous = doc[sentence.start - 1].sent
    values = [t.value for t in doc._.times or [] if previous.start_char <= t.start and t.end <= previous.end_char
              and t.type == "DATE" and t.value]
    return bool(values) and all(is_earlier_year(v, published) for v in values)


def event_place(doc: Doc, trigger: Token, sentence: Span, exclude: set[int]) -> Place | None:
    """The place governed by the event (closest in the parse), else the closest in the text.

    Places that are the event's own parties (``exclude`` token indices) are skipped: in
    "sanctions on Russia" Russia is the recipient, not where anything happened.
    """
    best: tuple[int, int, Place] | None = None
    # A body's name is no place: "Titan" the company (also a hamlet of GeoNames), or a place in
    # the name of a body the entity stage gave another country or none ("the Titan corporation");
    # "Seattle police" was given Seattle's country, so Seattle stays where it happened.
    bodies = [(m.start, m.end, entity.country) for entity in doc._.entities or []
              if entity.type in ("ORG", "PERSON") for m in entity.mentions]
    for place in doc._.places or []:
        for mention in place.mentions:
            if not (sentence.start_char <= mention.start and mention.end <= sentence.end_char):
                continue
            if any(a <= mention.start and mention.end <= b
                   and ((a, b) == (mention.start, mention.end) or not country or country != place.country)
                   for a, b, country in bodies):
                continue
            root = _root_of(doc, mention.start, mention.end)
            if root is None or root.i in exclude:
                continue
            key = (tree_distance(trigger, root), abs(root.i - trigger.i))
            if best is None or key < best[:2]:
                best = (key[0], key[1], place)
    return best[2] if best else None


# Place level -> how precisely the place locates an event (ACLED's geo-precision, in words).
_GEO_PRECISION = {"city": "exact", "landmark": "exact", "admin2": "admin2", "admin1": "admin1", "country": "country"}


def geo_precision(place: Place | None) -> str | None:
    """'exact' for a town or landmark, 'admin2', 'admin1' or 'country' for a division; None for no
    place, an unresolved one, or a sea or region (no administrative unit to map it to)."""
    if place is None or place.lat is None:
        return None
    return _GEO_PRECISION.get(place.level or "")


def event_size(
    figures: Iterable[Figure], spans: Iterable[tuple[int, int]], fields: Iterable[str] = ("dead", "injured", "arrested")
) -> Size:
    """Casualty figures inside the event's sentences (first figure of each kind wins); only the
    ``fields`` the event type can cause (an arrest does not have a death toll)."""
    size = Size()
    wanted = set(fields)
    figures = list(figures)
    for start, end in spans:
        for figure in figures:
            field = _SIZE_FIELD.get(figure.kind)
            if field in wanted and start <= figure.start and figure.end <= end and getattr(size, field) is None:
                setattr(size, field, int(figure.value))
    return size


def contexts_for(doc: Doc, sentence: Span, cues: Cues, limit: int = 3) -> list[str]:
    """PLOVER contexts from the sentence's words first, then the paragraph's."""
    found: list[str] = []
    # the words' lemma and lower-case ids read from one array of the Doc: no Token per word (speed20)
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER])
    for lemma, lower in rows[sentence.start:sentence.end].tolist():
        context = cues.context.get(strings[lemma].lower()) or cues.context.get(strings[lower])
        if context and context not in found:
            found.append(context)
    if len(found) < limit:
        start, end = paragraph_around(doc_text(doc), sentence.start_char, sentence.end_char)
        para = doc.char_span(start, end, alignment_mode="expand")
        if para is not None:
            for lemma, _lower in rows[para.start:para.end].tolist():
                context = cues.context.get(strings[lemma].lower())
                if context and context not in found:
                    found.append(context)
    return found[:limit]


def told_recently(doc: Doc, time_id: str | None, cues: Cues) -> bool:
    """"Hitachi recently announced a deal": a vague past of the ``recent`` cues with no date is
    the news itself, not background as "previously" or "in the past" are."""
    for time in doc._.times or []:
        if time.id == time_id:
            return time.text.lower() in cues.recent
    return False


# How many sentences back, in the event's paragraph, the date of a told past may be: the sentences
# between tell that past on (session 12, fourteenth audit #35, #36).
NARRATIVE_REACH = 5


def _told_in_past(sentence: Span) -> bool:
    """The sentence's main verb is a simple past or a past perfect ("Pension payments were halted",
    "Argentina was on the brink", "had fired"), not a present, perfect or future."""
    root = sentence.root
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxiliaries):
        return False
    return root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def _tells_content(sentence: Span, cues: Cues) -> bool:
    """A sentence of saying, arguing or thinking: its main verb takes a clause ("The lawyer argued
    that the failure breached the convention") or is a reporting verb: the story's own time."""
    root = sentence.root
    return root.lemma_.lower() in cues.report or any(c.dep_ == "ccomp" for c in root.children)


def _dates_in(doc: Doc, sentence: Span) -> list[str]:
    return [t.value for t in doc._.times or [] if sentence.start_char <= t.start and t.end <= sentence.end_char
            and t.type in ("DATE", "TIME") and t.value]


def dated_by_narrative(doc: Doc, sentence: Span, published: str | None, cues: Cues) -> bool:
    """A sentence with no date of its own, told in the simple past, that goes on with a past an
    earlier sentence of its paragraph dated well before publication, every sentence between told in
    the past as well ("... a recession which in 2001 culminated in a default. The default sparked a
    crisis. Pension payments were halted. In response, crowds took to the streets. Two presidents
    resigned."): that time's, history. A sentence of saying or arguing ("X said ...", "the lawyer
    argued that ...") is the story's own time and breaks the thread, as does any sentence in the
    present, the perfect or the future."""
    if published is None or _dates_in(doc, sentence) or not _told_in_past(sentence) or _tells_content(sentence, cues):
        return False
    text = doc_text(doc)
    paragraph = paragraph_around(text, sentence.start_char, sentence.start_char)
    current = sentence
    for _ in range(NARRATIVE_REACH):
        if current.start == 0:
            return False
        previous = doc[current.start - 1].sent
        if previous.start_char < paragraph[0]:
            return False  # the paragraph opens here: a new thread
        values = _dates_in(doc, previous)
        if values:
            return all(is_earlier_year(v, published) for v in values)
        if not _told_in_past(previous) or _tells_content(previous, cues):
            return False
        current = previous
    return False


def _told_in_past_perfect(sentence: Span) -> bool:
    """The sentence's main verb is a past perfect ("He had been convicted in 2010"): a time before the one told."""
    root = sentence.root
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in root.children)


def dated_by_later_narrative(doc: Doc, sentence: Span, published: str | None, cues: Cues) -> bool:
    """A sentence with no date of its own, told in the simple past, whose paragraph goes on in the simple past to
    a sentence dated only well before publication ("X refused to sign the treaty, which Y opposed. The refusal led
    to protests that culminated in riots in February 2009", in a 2016 story): the paragraph's year is the act's,
    a profile's back-story, history (the twenty-eighth US-news audit's class of old acts in profiles; the forward
    half of :func:`dated_by_narrative`). A past perfect ahead ("He had been jailed in 2010") tells a time before the
    act, not its own; a sentence of saying, the present, the perfect or the future breaks the thread."""
    if published is None or _dates_in(doc, sentence) or not _told_in_past(sentence) or _tells_content(sentence, cues):
        return False
    paragraph = paragraph_around(doc_text(doc), sentence.end_char - 1, sentence.end_char - 1)
    current = sentence
    for _ in range(NARRATIVE_REACH):
        if current.end >= len(doc):
            return False
        following = doc[current.end].sent
        if following.start_char >= paragraph[1]:
            return False  # the paragraph ends before any date
        if not _told_in_past(following) or _tells_content(following, cues) or _told_in_past_perfect(following):
            return False
        values = _dates_in(doc, following)
        if values:
            return all(is_earlier_year(v, published) for v in values)
        current = following
    return False
