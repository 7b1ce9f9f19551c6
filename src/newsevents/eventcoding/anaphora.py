"""Recipients named in an earlier sentence of the article.

News tells an act once with its parties and then refers back to it: "Vexcorp signed a deal with
Ruritania. ... Vexcorp's agreement foresees new plants"; "The court ruled for the union. But the
ministry can appeal the decision". An event whose recipient slot is empty and whose own noun or
object is such a definite anaphor ("the deal", "their appeal", "Vexcorp's agreement": a
``referent`` cue word with a ``definite`` determiner or a possessor) takes its party from the act
the anaphor names:

- the most recent earlier event of the article whose trigger or object is of the same referent
  group (deal/agreement/accord; decision/ruling/verdict; appeal/ask ...): when the two share
  their actor, the same act is told again and its recipient is the one acted upon (and the earlier
  sentence joins the event's evidence); when the actor was that act's recipient, its actor;
  else (joining a deal, appealing a decision) the act's parties;
- else the act, in the anaphor's paragraph or the two sentences before, whose matter a word of the
  group was ("held talks with Zenith over a merger ... the deal": the talks' parties);
- else, in the three sentences before (and the sentence itself, before the anaphor), the nearest
  word of the group that is no event (a ruling, "decided to", "made an offer") and the party its
  clause names as its author ("the courts awarded ... after ruling", "X made an offer") or as its
  other side ("a deal with X");
- else, for a decision only a court hands down (``court_decision`` cues: "the sentence", "the
  verdict"), the one court the article names (else its one judge).

The anaphor is the trigger noun, its object, its passive subject ("the offer was rejected by X")
or a prepositional object ("objected to the deal"), or the of-phrase of one ("welcomed the news
of the sentence"). An act only asked about or denied ("Should
Vexland approve the treaty?") names no parties of an act told as done.

Never a guess: a sentence that gives two different parties gives none, and the event's own
actor is never its recipient.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from spacy.tokens import Span, Token

from newsevents.actors import ActorDictionary
from newsevents.docquery import doc_sentences, doc_text
from newsevents.eventcoding.arguments import counterpart_in, own_actor_of_noun, resolve_pronoun, subject_of
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

# How many sentences back a referent word that is no event may be ("two sentences earlier").
LOOKBACK_SENTENCES = 3
# Acts of force: their recipients are the ones hit, never a party of the act an anaphor names
# ("condemned the attack" is aimed at the attackers).
_FORCE = frozenset({"ASSAULT", "COERCE"})


class Told(Protocol):
    """An event under construction as the events stage keeps it (its ``Draft``)."""

    event: str
    trigger: Token
    sentence: Span
    sentence_index: int
    modality: str
    actor: list[Party]
    recipient: list[Party]
    actor_tokens: list[Token]
    recipient_tokens: list[Token]
    also_in: list[Span]


Partier = Callable[[list[Token]], list[Party]]


def anaphor_of(trigger: Token, cues: Cues) -> Token | None:
    """The definite referent noun an event is told with: the trigger itself ("Vexcorp's
    agreement", "the co-operation deal") or its direct object ("appeal the decision", "file
    their appeal"); None when there is none."""
    # "rejected the offer", "the offer was rejected by X", "objected to the deal"
    nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "welcomed the news of the sentence", "criticised details of the deal": the act its of-phrase names
    nouns += [g for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() not in cues.referent
              for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.referent and _definite(noun, cues):
            return noun
    return None


def _definite(noun: Token, cues: Cues) -> bool:
    return any((c.dep_ == "det" and c.lower_ in cues.definite) or c.dep_ == "poss" for c in noun.children)


def referent_groups(trigger: Token, cues: Cues) -> set[str]:
    """The referent groups an event's trigger and its object belong to."""
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return {cues.referent[w.lemma_.lower()] for w in words if w.lemma_.lower() in cues.referent}


def _key(party: Party) -> str:
    """Who a party is, for comparing two tellings: its entity, else its words without "'s"."""
    if party.entity:
        return party.entity
    return " ".join(w for w in party.text.lower().replace("'s", "").split() if w not in ("the", "a", "an"))


def _shares(one: Sequence[Party], other: Sequence[Party]) -> bool:
    return bool({_key(p) for p in one} & {_key(p) for p in other})


def _countries(parties: Sequence[Party]) -> frozenset[str | None]:
    return frozenset(p.country for p in parties)


def counterpart(told: Told, source: Told) -> tuple[list[Party], list[Token], bool]:
    """The parties of ``source`` that ``told`` acts on, their tokens, and whether the two tell
    one act (the same actor: "Vexcorp signed a deal with X" ... "Vexcorp's agreement")."""
    if told.actor and _shares(told.actor, source.actor):
        return list(source.recipient), list(source.recipient_tokens), True
    if told.actor and _shares(told.actor, source.recipient):
        return list(source.actor), list(source.actor_tokens), False
    parties = list(source.actor) + ([] if source.event in _FORCE else list(source.recipient))
    tokens = list(source.actor_tokens) + ([] if source.event in _FORCE else list(source.recipient_tokens))
    ours = {p.country for p in told.actor if p.country}
    if ours and all(p.country in ours for p in parties):
        # "Argentina and Venezuela agreed a deal ... Kirchner and Chavez signed the deal": the same
        # sides act again, one by their leaders; a two-sided act of actors has no recipient
        return [], [], True
    if told.trigger.pos_ == "NOUN" and told.trigger.dep_ not in ("dobj", "pobj"):
        # "Vexcorp's deal is the second ...": an act by another party, named as a subject, is
        # not one done on the earlier act (as "join the deal", "pull out of the deal" are)
        return [], [], False
    others = [p for p in parties if not _shares([p], told.actor)]
    if ours and any(p.country not in ours for p in others if p.country):
        # "Chile held talks with Bolivia over a deal. Chile's president welcomed the deal": his
        # own country's side is his; the other country's is the one he acts towards
        others = [p for p in others if p.country not in ours]
    return others, tokens, False


def _body_of(author: Token, sentence: Span, cues: Cues, parties: Partier) -> Token:
    """A pronoun author ("its offer") stands for whom its sentence names (``resolve_pronoun``), when that is a
    named party and the pronoun itself is coded with no country; else the author itself."""
    if author.pos_ != "PRON" or any(p.country for p in parties([author])):
        return author
    found = resolve_pronoun(author, sentence, cues)
    return found if found is not None and found.pos_ != "PRON" and any(p.country or p.entity for p in parties([found])) \
        else author


def author_in_text(anaphor: Token, told: Told, group: str, cues: Cues, actors: ActorDictionary,
                   parties: Partier) -> tuple[list[Party], Span | None]:
    """The author of the nearest earlier word of ``group`` that is no event ("after ruling in
    favour of the claim": whoever ruled), with its sentence; nothing when that sentence names two."""
    doc = anaphor.doc
    sentences = doc_sentences(doc)
    for index in range(told.sentence_index, max(-1, told.sentence_index - LOOKBACK_SENTENCES - 1), -1):
        sentence = sentences[index]
        found: list[Party] = []
        for token in reversed(sentence):
            if token.i >= anaphor.i or token.i == told.trigger.i:
                continue
            if cues.referent.get(token.lemma_.lower()) != group:
                continue
            if token.pos_ in ("VERB", "AUX"):
                authors = subject_of(token, actors, cues)
            elif token.pos_ == "NOUN":
                # "a deal with Vexland is expected": its maker or the other side it names
                authors = own_actor_of_noun(token, actors, cues) or (
                    subject_of(token.head, actors, cues) if token.dep_ == "dobj" else [])  # "X made an offer"
                authors = authors + counterpart_in(token, lambda t: bool(parties([t])))
            else:
                continue
            # "X said shares were tendered under its offer": the pronoun's body, as its own sentence tells it
            # (targets25; an uncoded "its" is no party to give an answer's target)
            authors = [_body_of(a, sentence, cues, parties) for a in authors]
            found += [p for p in parties(authors) if not _shares([p], told.actor)]
        if found:
            if len({_key(p) for p in found}) > 1 and len(_countries(found)) > 1:
                return [], None  # two authors: no guess
            return found[:1], sentence
    return [], None


# The prepositions naming what talks, a dispute or a deal are about ("talks over a merger").
_MATTER_PREPS = frozenset({"over", "on", "about", "for"})


def _undone(draft: Told) -> bool:
    """An act only asked about or denied: told in a question, or negated."""
    return draft.modality == "negated" or draft.sentence.text.rstrip().rstrip("\"'”").endswith("?")


def _may_refer(told: Told, source: Told) -> bool:
    """A done act ("The treaty was signed by 25 states") does not refer back to one only asked
    about or denied ("Should Vexland approve the treaty?"): that act has no parties of the treaty."""
    return not _undone(source) or _undone(told)


# How many sentences back the act whose matter a definite noun names may be, outside its paragraph.
MATTER_LOOKBACK = 2


def same_paragraph(earlier: Told, told: Told) -> bool:
    """``earlier`` is told in ``told``'s paragraph (or later in it)."""
    # the sentence's span may hold the blank line that ends it; no sentence holds one inside
    return "\n\n" not in doc_text(told.trigger.doc)[earlier.sentence.start_char:told.sentence.start_char]


def _near(earlier: Told, told: Told) -> bool:
    """``earlier`` is in ``told``'s paragraph or in the two sentences before it."""
    return told.sentence_index - earlier.sentence_index <= MATTER_LOOKBACK or same_paragraph(earlier, told)


def _matter_of(trigger: Token, group: str, cues: Cues) -> bool:
    """An earlier act is about a word of ``group``: a word of the group is the matter of its trigger
    or of the trigger's object ("held talks with Zenith over a merger", "negotiated with Vexland on
    a new treaty"), so a later "the deal" or "the treaty" refers to that act's deal."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.dep_ == "pobj" and cues.referent.get(g.lemma_.lower()) == group
               for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _MATTER_PREPS
               for g in p.children)


# The referent group of the words that name any act ("the move", "the step"): they refer back to the
# act just told, whatever its kind, and acting on it is acting towards its doer.
ANY_ACT = "act"


def _mover(told: Told, before: Sequence[Told], cues: Cues) -> tuple[list[Party], list[Token]] | None:
    """The doer of the act "the move" refers back to ("The WTO is to hold talks with Iraq ... Iraq's
    minister welcomed the move": the WTO): the actor of the events of the nearest earlier sentence
    in the paragraph or the two before, when they agree on one and it is not the event's own actor;
    None otherwise (an act asked about or denied names none). Comments on an act and answers to
    one ("X praised the deal", "Y rejected the offer": ``tell_opinion``, ``report``,
    ``answer_verb``) are no move of their own: the move is an act before them."""
    # a comment on an act or a report of it ("praised the deal", "said") is no move of its own
    comments = cues.tell_opinion | cues.report | cues.answer_verb
    nearby = [d for d in before if d.sentence_index < told.sentence_index and _near(d, told) and _may_refer(told, d)
              and d.trigger.lemma_.lower() not in comments]
    if not nearby:
        return None
    latest = max(d.sentence_index for d in nearby)
    sources = [d for d in nearby if d.sentence_index == latest]
    readings = [[p for p in d.actor if not _shares([p], told.actor)] for d in sources]
    if any(not reading for reading in readings):
        return None  # an act of the event's own actor, or of no one named
    actor = _one_reading(readings)
    if actor is None:
        return None  # two acts of two doers: no guess
    return list(actor), list(sources[0].actor_tokens)


def recall_recipients(drafts: Sequence[Told], cues: Cues, actors: ActorDictionary, parties: Partier) -> None:
    """Fill, in place, the empty recipient of each event told with a definite anaphor from the act
    the anaphor names (see the module's doc). ``parties``: the stage's tokens -> parties."""
    ordered = sorted(drafts, key=lambda d: (d.sentence_index, d.trigger.i))
    for position, told in enumerate(ordered):
        if told.recipient:
            continue
        anaphor = anaphor_of(told.trigger, cues)
        if anaphor is None:
            continue
        group = cues.referent[anaphor.lemma_.lower()]
        if group == ANY_ACT:
            # a bare "the move": one with a clause or phrase of its own ("the move to close the
            # plant", "the move by X") says itself what it is
            bare = not any(c.dep_ in ("acl", "relcl", "prep") for c in anaphor.children)
            author = _mover(told, ordered[:position], cues) if bare else None
            if author is not None:
                told.recipient, told.recipient_tokens = author
            continue
        acts = [d for d in ordered[:position]
                if d.sentence_index < told.sentence_index and group in referent_groups(d.trigger, cues)]
        if not acts:
            # "Vexcorp held talks with Zenith over a merger. ... The deal": the act a word of the
            # group was the matter of
            acts = [d for d in ordered[:position] if d.sentence_index < told.sentence_index
                    and _near(d, told) and _matter_of(d.trigger, group, cues)]
        earlier = [d for d in acts if _may_refer(told, d)]
        if acts and not earlier:
            continue  # only an act asked about or denied was told: it names no parties of this one
        if earlier:
            latest = earlier[-1].sentence_index
            readings = [counterpart(told, d) for d in earlier if d.sentence_index == latest]
            found = [r for r in readings if r[0]]
            if not found or len({frozenset(_key(p) for p in r[0]) for r in found}) > 1 and \
                    len({_countries(r[0]) for r in found}) > 1:
                continue  # the act had no other party, or two acts of that sentence disagree
            recipient, tokens, same_act = found[0]
            told.recipient, told.recipient_tokens = recipient, tokens
            source = next(d for d in earlier if d.sentence_index == latest)
            if same_act and all(s.start != source.sentence.start for s in told.also_in):
                told.also_in.append(source.sentence)  # the act told there is this one
            continue
        recipient, _ = author_in_text(anaphor, told, group, cues, actors, parties)
        if not recipient and anaphor.lemma_.lower() in cues.court_decision:
            recipient = _the_court(told)
        if recipient:
            told.recipient = recipient


def _the_court(told: Told) -> list[Party]:
    """The one court the article names ("sentenced at Harrow Crown Court ... The BPI welcomed the
    news of the prison sentence": the court handed it down): a body of the judiciary, else a judge,
    when exactly one is named and it is not the event's actor."""
    doc = told.trigger.doc
    judiciary = [e for e in doc._.entities or [] if "JUD" in e.sector and not _shares(
        [Party(entity=e.id, text=e.name)], told.actor)]
    for kind in ("ORG", "PERSON"):
        found = [e for e in judiciary if e.type == kind]
        if len(found) == 1:
            e = found[0]
            return [Party(entity=e.id, text=e.name, country=e.country, sector=list(e.sector))]
        if found:
            return []
    return []


def _same_act(one: Told, other: Told, cues: Cues) -> bool:
    """Two events that may tell one act: the same trigger lemma, or the same type with triggers
    of one referent group ("the deal" ... "the agreement")."""
    if one.trigger.lemma_.lower() == other.trigger.lemma_.lower():
        return True
    return one.event == other.event and bool(referent_groups(one.trigger, cues) & referent_groups(other.trigger, cues))


def _one_reading(readings: Sequence[list[Party]]) -> list[Party] | None:
    """The one party set all readings agree on; None when there are none or two differ."""
    found = [r for r in readings if r]
    if not found or len({frozenset(_key(p) for p in r) for r in found}) > 1:
        return None
    return found[0]


def _doer(verb: Token, actors: ActorDictionary, cues: Cues) -> list[Token]:
    """Who does ``verb``: its subject, or for an adjunct clause without one ("was charged after
    stabbing a man") the subject of the clause it hangs on, active or passive (subject control)."""
    found = subject_of(verb, actors, cues)
    if found or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return found
    return [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def told_in_text(told: Told, actors: ActorDictionary, cues: Cues, parties: Partier) -> list[Party]:
    """The doer of the act of an event without actor, told earlier in the article by a verb of
    the same lemma whose object is the event's recipient ("Vexman was charged after stabbing a
    man" ... "Mr Vole was stabbed", the man resolved to Mr Vole); nothing when two differ."""
    lemma = told.trigger.lemma_.lower()
    found: list[list[Party]] = []
    for token in told.trigger.doc[: told.sentence.start]:
        if token.lemma_.lower() != lemma or token.pos_ != "VERB":
            continue
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if objects and _shares(parties(objects), told.recipient):
            found.append([p for p in parties(_doer(token, actors, cues)) if not _shares([p], told.recipient)])
    return _one_reading(found) or []


def share_same_act(drafts: Sequence[Told], cues: Cues, actors: ActorDictionary, parties: Partier) -> None:
    """Fill, in place, the missing party of an act told again without it.

    - A definite or possessed act noun with no recipient ("The investigation by Vexcorp's chief
      ...", "Vexcorp's deals") told by the same actor as another telling of that act in the
      article that names whom it is aimed at ("Vexcorp's investigation of the bank") is that act:
      its recipient. The other telling may come later, as a fuller restatement.
    - An event with no actor ("Mr Vole was stabbed") takes the actor of an earlier event of the same
      act whose recipient is the same party ("Vexman stabbed a man" with the man resolved to Mr Vole),
      else the doer of an earlier verb of its lemma whose object is that party (``told_in_text``).

    Only when exactly one party set fits; never the event's own other party."""
    ordered = sorted(drafts, key=lambda d: (d.sentence_index, d.trigger.i))
    for told in ordered:
        others = [d for d in ordered if d is not told and d.sentence_index != told.sentence_index
                  and _same_act(told, d, cues)]
        if not told.recipient and told.actor and told.trigger.pos_ == "NOUN" and _definite(told.trigger, cues):
            sources = [d for d in others if _shares(told.actor, d.actor) and d.recipient
                       and not _shares(d.recipient, told.actor)]
            recipient = _one_reading([list(d.recipient) for d in sources])
            if recipient is not None:
                source = next(d for d in sources if d.recipient)
                told.recipient, told.recipient_tokens = list(recipient), list(source.recipient_tokens)
        if not told.actor and told.recipient:
            sources = [d for d in others if d.sentence_index < told.sentence_index and d.actor
                       and _shares(told.recipient, d.recipient) and not _shares(d.actor, told.recipient)]
            actor = _one_reading([list(d.actor) for d in sources])
            if actor is not None:
                source = next(d for d in sources if d.actor)
                told.actor, told.actor_tokens = list(actor), list(source.actor_tokens)
            elif not sources:
                actor = told_in_text(told, actors, cues, parties)
                # an uncoded doer on an uncoded target is no event of the data set (the events
                # stage drops it): an unnamed attacker keeps the event
                if any(p.country or p.sector for p in actor) or _countries(told.recipient) - {None}:
                    told.actor = actor
