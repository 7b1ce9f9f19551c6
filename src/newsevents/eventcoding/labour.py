"""The two sides of a labour dispute or a deal, when the act's own sentence names only one.

A strike story tells the walkout in one sentence and the employer in another ("Tube workers walked
out demanding a pay rise. Vexrail, the firm which runs the lines, offered 8%. The firm promised no
jobs would be lost."). Two rules fill, in place, an empty recipient from the rest of the article,
and only when exactly one party fits (else the recipient stays empty: no guess):

- **employer**: a labour act (PROTEST or REQUEST) by workers (a labour party, or a ``worker``
  noun: staff, employees, union) told in a sentence about work (a ``labour`` word: strike,
  walkout, pay, wages, or "walked out") takes the employer the article names for workers:
  "Vexcorp's workers", "staff at Vexcorp", "workers of Vexcorp", "Vexcorp workers" (a name), or a
  body said to run or own the workplace ("Vexcorp, the firm which runs the tube lines": an
  ``employer_verb`` in a relative clause). Two different employers give none.
- **other side**: an offer or promise (AGREE told by an ``pledge_verb``: offer, promise, pledge ...)
  or a request (REQUEST told by a verb) with no recipient,
  by a party that an event of the two sentences before, in the same paragraph, acted upon, takes
  that event's actor: the side that pressed it ("workers struck against Vexcorp ... Vexcorp
  promised ..." is promised to the workers). Two such events of different actors give none.
- **deal party**: a pledge, promise or consent by one side of a deal or talks told in the two sentences
  before ("The union held talks with the ministry. The union pledged ...") takes the other side.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.docquery import doc_sentences, doc_text
from newsevents.eventcoding.anaphora import Partier, Told, _key, _shares, same_paragraph
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

# Acts a workforce does against its employer.
_LABOUR_ACTS = frozenset({"PROTEST", "REQUEST"})
# Acts that answer the other side of a matter: offers, promises and demands.
_ANSWERS = frozenset({"AGREE", "REQUEST"})
# Acts two sides do together: a party met or dealt with just before is another side a pledge may answer.
_JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# The actor sector of trade unions and workers in the actor dictionary.
_LABOUR_SECTOR = "LAB"
# How many sentences back the act of the other side may be.
_ANSWER_LOOKBACK = 2
# Named-entity types that never employ: a place or nationality ("workers from Poland").
_NOT_EMPLOYER = frozenset({"GPE", "NORP", "LOC", "PERSON", "FAC"})
# Prepositions of "staff at X", "workers of X", "employees for X".
_WORKPLACE_PREPS = frozenset({"at", "of", "for", "with"})


def _is_worker(token: Token, cues: Cues) -> bool:
    return token.lemma_.lower() in cues.worker


def _workforce(told: Told, cues: Cues) -> bool:
    """The actor is workers: a labour party or a worker noun ("staff", "the union")."""
    return any(_LABOUR_SECTOR in p.sector for p in told.actor) or any(_is_worker(t, cues) for t in told.actor_tokens)


def _about_work(told: Told, cues: Cues) -> bool:
    """The sentence tells a strike or pay: a ``labour`` word, or "walked out"."""
    for token in told.sentence:
        if token.lemma_.lower() in cues.labour:
            return True
        if token.lemma_.lower() == "walk" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return True
    return False


def _named_body(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_EMPLOYER


def _employer_tokens(told: Told, cues: Cues) -> list[Token]:
    """Every token the article names as an employer of workers (see the module's doc)."""
    found: list[Token] = []
    for token in told.trigger.doc:
        if _is_worker(token, cues) and token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "poss" and _named_body(child):
                    found.append(child)  # "Vexcorp's workers"
                elif child.dep_ == "compound" and _named_body(child):
                    found.append(child)  # "Vexcorp workers", "the union representing Vexcorp employees"
                elif child.dep_ == "prep" and child.lower_ in _WORKPLACE_PREPS:
                    found += [o for o in child.children if o.dep_ == "pobj" and _named_body(o)]  # "staff at Vexcorp"
        elif token.dep_ == "relcl" and token.lemma_.lower() in cues.employer_verb \
                and any(c.dep_ == "dobj" for c in token.children):
            # "Vexcorp, which runs the metro"; "Vexcorp, the firm which runs the metro"
            head = token.head.head if token.head.dep_ == "appos" else token.head
            if _named_body(head):
                found.append(head)
    return found


def _with_appositive(token: Token, party: Party, doc_entities: Sequence) -> Party:
    """"Vexcorp, the private firm which ... The firm promised ...": a name the entity stage left
    unlinked is the one entity named by its appositive's noun ("firm"): the appositive says what
    the body is, and the article then calls it by that noun. Two such entities: no link."""
    if party.entity or party.country:
        return party
    nouns = {c.lemma_.lower() for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    same = [e for e in doc_entities if e.name.lower() in nouns]
    if len(same) != 1:
        return party
    return party.model_copy(update={"entity": same[0].id, "country": same[0].country})


def _one(parties: list[Party]) -> list[Party] | None:
    """The one party named (once or many times); None when none or two."""
    if not parties or len({_key(p) for p in parties}) > 1:
        return None
    return parties[:1]


def fill_employers(drafts: Sequence[Told], cues: Cues, parties: Partier) -> None:
    """Fill, in place, the empty recipient of labour acts with the article's one employer."""
    for told in drafts:
        if told.recipient or told.event not in _LABOUR_ACTS or not told.actor:
            continue
        if not _workforce(told, cues) or not _about_work(told, cues):
            continue
        entities = told.trigger.doc._.entities or []
        found: list[Party] = []
        tokens: list[Token] = []
        for token in _employer_tokens(told, cues):
            for party in parties([token]):
                if _LABOUR_SECTOR in party.sector:
                    continue  # "the union of mineworkers": workers, not their employer
                found.append(_with_appositive(token, party, entities))
                tokens.append(token)
        found = [p for p in found if not _shares([p], told.actor)]
        employer = _one(found)
        if employer is not None:
            told.recipient, told.recipient_tokens = employer, tokens[:1]


def _represented_employers(actor: Token, cues: Cues) -> list[Token]:
    """The employer a union's own description names: "a union representing workers at Vexcorp",
    "the union representing Vexcorp pilots" (a ``represent_verb`` clause on the actor, whose
    workplace phrase or object, the members, names a body)."""
    found: list[Token] = []
    for clause in (c for c in actor.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues.represent_verb):
        found += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in _WORKPLACE_PREPS
                  for o in p.children if o.dep_ == "pobj" and _named_body(o)]  # parsed on the verb
        for worker in (c for c in clause.children if c.dep_ == "dobj"):  # its members, whatever their trade
            found += [c for c in worker.children if c.dep_ in ("poss", "compound") and _named_body(c)]
            found += [o for p in worker.children if p.dep_ == "prep" and p.lower_ in _WORKPLACE_PREPS
                      for o in p.children if o.dep_ == "pobj" and _named_body(o)]
    return found


def fill_represented_employer(drafts: Sequence[Told], cues: Cues, parties: Partier) -> None:
    """Fill, in place, the empty recipient of an act of a union told with whom it represents: the
    employer its description names is the other party ("a union representing flight attendants at
    Vexair agreed to a new contract": the contract is with Vexair)."""
    for told in drafts:
        if told.recipient or not told.actor:
            continue
        for token in told.actor_tokens:
            if not _is_worker(token, cues):
                continue
            employers = _represented_employers(token, cues)
            found = [p for t in employers for p in parties([t]) if _LABOUR_SECTOR not in p.sector]
            employer = _one([p for p in found if not _shares([p], told.actor)])
            if employer is not None:
                told.recipient, told.recipient_tokens = employer, employers[:1]
                break


def _acted_on(told: Told, source: Told, cues: Cues) -> bool:
    """``source`` acted on ``told``'s actor: the same party, or the actor is a definite bare noun
    ("The ministry") whose head is that of the recipient named just before ("the agriculture
    ministry"): the article calls a body again by its kind."""
    if _shares(source.recipient, told.actor):
        return True
    bare = {t.lemma_.lower() for t in told.actor_tokens if t.pos_ == "NOUN"
            and all(c.dep_ in ("det", "punct") for c in t.children)
            and any(c.dep_ == "det" and c.lower_ in cues.definite for c in t.children)}
    return bool(bare) and bool(bare & {t.lemma_.lower() for t in source.recipient_tokens if t.pos_ == "NOUN"})


def fill_other_side(drafts: Sequence[Told], cues: Cues) -> None:
    """Fill, in place, the empty recipient of an offer, promise or request with the actor of the
    one recent act its actor underwent (see the module's doc)."""
    for told in drafts:
        if told.recipient or not told.actor or told.event not in _ANSWERS or told.trigger.pos_ != "VERB":
            continue
        if told.event == "AGREE" and told.trigger.lemma_.lower() not in cues.pledge_verb:
            continue  # "agreeing to the measure": a view or a deal of its own, no answer
        sources = [d for d in drafts if d is not told and d.actor
                   and told.sentence_index - _ANSWER_LOOKBACK <= d.sentence_index < told.sentence_index
                   and same_paragraph(d, told) and _acted_on(told, d, cues)
                   and not _shares(d.actor, told.actor)]
        if not sources or len({frozenset(_key(p) for p in d.actor) for d in sources}) > 1:
            continue  # no other side, or two
        told.recipient, told.recipient_tokens = list(sources[0].actor), list(sources[0].actor_tokens)


def _deal_sides(sentence, cues: Cues) -> list[tuple[list[Token], list[Token]]]:
    """The two sides of each deal or talks a sentence tells ("X reached a deal with Y", "X held
    talks with Y"): the subject of the verb governing the noun, and its "with" object."""
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or cues.referent.get(noun.lemma_.lower()) not in ("deal", "talks"):
            continue
        others = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj"]
        verb = noun.head if noun.dep_ == "dobj" else None
        doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        if others and doers:
            found.append((doers, others))
    return found


def _same_words(actor_tokens: Sequence[Token], side: Sequence[Token], cues: Cues) -> bool:
    """One party told twice: the same head noun or name ("The union" ... "the union"), or two words
    for a firm (``firm_noun`` cues) under the same compound modifier ("record labels" ... "the
    record companies"; "the companies" alone could be any firms)."""
    if {t.lemma_.lower() for t in actor_tokens} & {t.lemma_.lower() for t in side}:
        return True
    return any(_firm_kind(ours, cues) & _firm_kind(theirs, cues) for ours in actor_tokens for theirs in side)


def _firm_kind(token: Token, cues: Cues) -> set[str]:
    """The compound modifiers of a firm noun ("record" of "record labels"); none for other words."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.firm_noun:
        return set()
    return {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}


def fill_deal_party(drafts: Sequence[Told], cues: Cues, parties: Partier) -> None:
    """A pledge, promise or consent (AGREE told by a verb) with no recipient, by one side of a deal or
    talks told in the two sentences before in the same paragraph ("The union held talks with the
    ministry. The union pledged to end the strike"), takes the other side. The actor must be that
    side told again (the same party, the same head word, or a firm noun under the same modifier);
    two deals with different other sides, or another party the actor met or dealt with there
    ("also met the operators"), give none."""
    for told in drafts:
        if told.recipient or not told.actor or told.event != "AGREE" or told.trigger.pos_ != "VERB":
            continue
        sentences = doc_sentences(told.trigger.doc)
        found: list[Party] = []
        tokens: list[Token] = []
        for index in range(max(0, told.sentence_index - _ANSWER_LOOKBACK), told.sentence_index):
            sentence = sentences[index]
            if "\n\n" in doc_text(told.trigger.doc)[sentence.start_char:told.sentence.start_char]:
                continue  # another paragraph
            for doers, others in _deal_sides(sentence, cues):
                for ours, theirs in ((doers, others), (others, doers)):
                    if _shares(parties(ours), told.actor) or _same_words(told.actor_tokens, ours, cues):
                        found += [p for p in parties(theirs) if not _shares([p], told.actor)]
                        tokens += theirs
        if not found:
            continue
        # any other party the actor met or dealt with there is a second candidate ("also met ...")
        for draft in drafts:
            if draft is not told and draft.event in _JOINT and _shares(draft.actor, told.actor) \
                    and told.sentence_index - _ANSWER_LOOKBACK <= draft.sentence_index < told.sentence_index:
                found += [p for p in draft.recipient if not _shares([p], told.actor)]
        other = _one(found)
        if other is not None:
            told.recipient, told.recipient_tokens = other, tokens[:1]
