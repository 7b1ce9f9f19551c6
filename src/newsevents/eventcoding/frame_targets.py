"""Targets read through the object's own phrase (issue 14, session 22: the twenty-first and twenty-second news-wire
audits' wrong recipients; rules tested on sentences of our own in tests/events/test_warrants_offices_press_questions.py):

- **whom a request is made of, inside the thing asked for**: "requested $50 million in emergency aid from the
  legislature", "sought help with the inquiry from Vexland": the parser hangs the verb's "from" on the noun of
  the thing requested, or on a noun inside its "in" phrase. A verb that asks something of someone
  (``ask_from_verb``: request, seek, demand) with no target takes the party after the first "from" found
  down its object's chain of phrases (object, preposition, its object; no clause crossed; not into an "of"
  phrase, where "from" says whence: "ordered the departure of its staff from the embassy") -- the twenty-first
  audit's #38.
- **the side of a condemned attack**: "Vexland condemned the bombing of the embassies", "denounced the attack
  on the convoy": a condemnation is aimed at the attacker, not at the ones attacked. An ACCUSE verb whose
  object is an attack noun (``attack`` cues) keeps no target inside that noun's "of", "on" or "against"
  phrase, nor the attack noun itself or its "in" phrase ("condemned two bomb attacks in Vexland": the attacks
  coded by the place struck; targets23); its doer (a possessor, "by" phrase or nationality word) stays the target
  ("condemned Vexland's attack on the town": Vexland). With no attacker named the target is left '-' (the eighteenth audit's #25,
  the twenty-second's #6 and #29): no other party of the clause stands in for it, the addressee of the message the
  condemnation is told in included ("in a telegram to the President, X condemned the terrorist acts"; targets23).
- **the maker of an offer answered** (targets23; the eighteenth's and twenty-third audits' takeover rejections): "Vexcorp
  rejected a $20-a-share offer from Zentra", "Zentra made an offer for Vexcorp, which the board rejected": a verb
  that answers an offer (``answer_verb``) is aimed at whoever made it -- the "from"/"by" phrase (on the verb, where the
  parser may hang it, or on the offer noun), the offer's possessor, or, when the answered offer is the antecedent
  of a relative clause ("which ... rejected"), the subject of the verb of making it (``bid_verb``: made, launched).
- **the doer of the act a protest is against** (targets25; the twenty-fourth audit's march against killings whose
  doers the sentence names): "marched to protest the killings of villagers by soldiers", "students protested the
  arrest of the activist by police", "protests against the arrests by police": a protest is aimed at whoever did the
  act it protests, not at those the act fell on. The act's doer is the "by" phrase of the protested noun -- the
  object of a verb of protest (``protest_purpose_verb``: the trigger itself or an infinitive clause it takes, two
  clauses down at most) or the "against"/"over" object of the trigger -- or the "by" phrase the parser hangs on the
  active verb of protest itself, which cannot be that verb's own doer, or on the act's "of" object.
- **the doer of a deed called a danger** (events29; the twenty-seventh US-news audit's #12): "For N to praise the
  dictator raises security concerns, she said": a charge whose subject is a clause "for N to do Y" (the parser's
  clausal subject, or the clause a parenthetical "I think" breaks) is aimed at N; with the clause for subject,
  the one who says it is the doer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined
from newsevents.eventcoding.lexicon import Cues

_CHAIN_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "conj"})
_CHAIN_STEPS = 4
_VICTIM_PREPS = frozenset({"of", "on", "against", "in"})


def request_source(verb: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The party after a "from" inside the object's phrase of a request verb ("requested $50 million in aid
    from the legislature"), or none."""
    if verb.lemma_.lower() not in cues.ask_from_verb:
        return []
    frontier = [c for c in verb.children if c.dep_ == "dobj"]
    for _ in range(_CHAIN_STEPS):
        found = [g for t in frontier for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj" and is_party(g)]
        if found:
            return found
        frontier = [g for t in frontier for c in t.children
                    if c.dep_ in _CHAIN_DEPS and c.dep_ != "compound" and c.lower_ != "of"
                    for g in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        if not frontier:
            break
    return []


def _named_doer(noun: Token, cues: Cues) -> bool:
    """Whether an attack noun names its doer by a word before it: a possessor, a name ("Vexland attacks"), or a
    noun of the attackers ("rebel attacks"); a weapon ("bomb attacks") or an adjective ("terrorist attacks")
    names none."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and (
        c.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or (c.pos_ == "NOUN" and c.lemma_.lower() not in cues.weapon)))
        for c in noun.lefts)


def _is_attack_noun(noun: Token, cues: Cues) -> bool:
    """An attack noun (``attack`` cues: "bombing", "attacks"), or a noun of deeds (``deed_noun``: "acts") told as
    meant harm by a modifier or "of" phrase (``intent`` cues: "terrorist acts", "acts of terror")."""
    if noun.lemma_.lower() in cues.attack or noun.lower_ in cues.attack:
        return True
    if noun.lemma_.lower() not in cues.deed_noun:
        return False
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in cues.intent or w.lower_ in cues.intent for w in words)


def attack_condemned(verb: Token, cues: Cues) -> list[Token]:
    """The attack nouns a condemnation has for object ("condemned the bombing", "condemned the terrorist acts")."""
    return [noun for obj in verb.children if obj.dep_ == "dobj" for noun in [obj, *obj.conjuncts]
            if _is_attack_noun(noun, cues)]


def attacked_side(verb: Token, cues: Cues) -> set[int]:
    """The tokens of the ones attacked inside the attack noun a condemnation has for object ("condemned the
    bombing of the embassies": the embassies' phrase), empty when the object is no attack noun."""
    inside: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        series = {m.i for m in _series_members(obj, cues)}
        for noun in [obj, *obj.conjuncts, *_series_members(obj, cues)]:
            if not _is_attack_noun(noun, cues) and noun.i not in series:
                continue
            # the attack itself, which a place in it would code ("condemned two bomb attacks in Vexland"): the
            # victims' side too, never the one the condemnation is aimed at (targets23)
            if not _named_doer(noun, cues):
                inside.add(noun.i)
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in _VICTIM_PREPS:
                    inside |= {t.i for t in prep.subtree}
    return inside


def _series_members(obj: Token, cues: Cues) -> list[Token]:
    """events27: the attack and killing nouns counted by a partitive object ("investigate a series of bombings of banks",
    "condemned a wave of attacks on the police"): the series is of those attacks, whose victims are as much the
    attacked side as the victims of a single attack."""
    if obj.lemma_.lower() not in cues.partitive:
        return []
    # a killing counted ("a series of sniper shootings of doctors") is as much an attack (``slaying_noun``)
    return [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            and (_is_attack_noun(g, cues) or g.lemma_.lower() in cues.slaying_noun)]


def without_attacked(verb: Token, event_type: str, recipients: list[Token], cues: Cues) -> list[Token]:
    """``recipients`` less the ones attacked in a condemned attack (see the module)."""
    if event_type != "ACCUSE" or verb.pos_ != "VERB" or not recipients:
        return recipients
    inside = attacked_side(verb, cues)
    return [t for t in recipients if t.i not in inside] if inside else recipients


_RELATIVE_WORDS = frozenset({"which", "that"})


def _offer_nouns(tokens: list[Token], cues: Cues) -> list[Token]:
    """The offer nouns (``bid_noun``, ``proposal_noun``) among ``tokens`` and their direct modifiers ("a $20 a
    share offer", where the parser may make the sum the object and the offer its modifier)."""
    nouns = cues.bid_noun | cues.proposal_noun
    return [t for o in tokens for t in (o, *o.children) if t.lemma_.lower() in nouns and t.pos_ == "NOUN"]


def _maker_name(token: Token, is_party: Callable[[Token], bool]) -> bool:
    """A party, or any proper name that is no place: only someone makes an offer ("an offer from DXC", a firm the
    entities stage may not have typed)."""
    return is_party(token) or (token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"))


def _makers(offer: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """Who made ``offer``: its possessor, its "from"/"by" object, or the subject of a verb of making it."""
    found = [c for c in offer.children if c.dep_ == "poss" and c.pos_ != "PRON" and is_party(c)]
    found += [g for p in offer.children if p.dep_ == "prep" and p.lower_ in cues.author_prep
              for g in p.children if g.dep_ == "pobj" and _maker_name(g, is_party)]
    if not found and offer.dep_ == "dobj" and offer.head.lemma_.lower() in cues.bid_verb:
        found = [c for c in offer.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and is_party(c)]
    return found


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause is on when ``verb`` (or a verb it is the complement of) heads that clause
    ("an offer ..., which the board said it rejected": the offer, or the noun the parser hung it on)."""
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def offer_makers(verb: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The maker of the offer a verb of answering answers (see the module), or []."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.answer_verb:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    offers = _offer_nouns(objects, cues)
    if offers:
        # the parser hangs the "from" on the verb, the offer or the sum it is the modifier of ("a $20 a share
        # offer from X", the sum the object)
        found = [g for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ in cues.author_prep
                 for g in p.children if g.dep_ == "pobj" and _maker_name(g, is_party)]
        found = found or [t for o in offers for t in _makers(o, is_party, cues)]
    elif any(o.lower_ in _RELATIVE_WORDS for o in objects):
        antecedent = _relative_antecedent(verb)
        if antecedent is None:
            return []
        # "an offer for Vexcorp, which ...": the parser may hang the clause on the firm bid for
        candidates = [antecedent] + ([antecedent.head.head] if antecedent.dep_ == "pobj" else [])
        found = [t for o in _offer_nouns(candidates[:1], cues)[:1] or
                 [c for c in candidates[1:] if c.lemma_.lower() in cues.bid_noun | cues.proposal_noun]
                 for t in _makers(o, is_party, cues)]
    else:
        return []
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    return [t for g in found if g.i not in subjects for t in [g, *g.conjuncts]]


_PROTESTED_PREPS = frozenset({"against", "over"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _by_objects(head: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    return [t for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj" and is_party(g) for t in conjoined(g)]


def protested_act_doers(heads: list[Token], is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The doers of the act a protest is against (see the module): ``heads`` are the protest's trigger and the verb
    of its clause; [] when no act with a named doer is protested."""
    verbs: list[Token] = []
    acts: list[Token] = []
    for head in heads:
        acts += [g for p in head.children if p.dep_ == "prep" and p.lower_ in _PROTESTED_PREPS
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        frontier = [head]
        for _ in range(2):  # "marched ..., burning flags to protest ...": the protest verb two clauses down
            verbs += [v for v in frontier if v.pos_ == "VERB" and v.lemma_.lower() in cues.protest_purpose_verb]
            frontier = [c for v in frontier for c in v.children if c.dep_ in _PURPOSE_DEPS and c.pos_ == "VERB"]
        verbs += [v for v in frontier if v.lemma_.lower() in cues.protest_purpose_verb]
    found: list[Token] = []
    for verb in verbs:
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "was denounced by the opposition": its own doer
        objects = [t for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" for t in conjoined(c)]
        if objects:
            found += _by_objects(verb, is_party)
        acts += objects
    for act in acts:
        # "the arrest of two journalists by police": the parser may hang the "by" on the act's "of" object
        found += _by_objects(act, is_party) or [t for p in act.children if p.dep_ == "prep" and p.lower_ == "of"
                                                for g in p.children if g.dep_ == "pobj" for t in _by_objects(g, is_party)]
    return [t for i, t in enumerate(found) if all(t.i != u.i for u in found[:i])]


def _for_clause_doers(clause: Token) -> list[Token]:
    """N of a clause "for N to do Y": its subject, or the object the parser gives its "for" mark."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
    if not marks:
        return []
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] + [
        g for m in marks for g in m.children if g.dep_ == "pobj"]
    return conjoined(subjects[0]) if subjects else []


def clause_charged(verb: Token) -> list[Token]:
    """Whom a charge told with a clause for subject is aimed at ("For N to praise X raises concerns": N), else []."""
    clauses = [c for c in verb.children if c.dep_ == "csubj"]
    if verb.dep_ == "ccomp" and verb.head.dep_ == "parataxis":
        clauses.append(verb.head.head)  # "For N to praise X I think raises concerns": the parser hangs it so
    return next((found for c in clauses if (found := _for_clause_doers(c))), [])


def charge_speaker(verb: Token, cues: Cues) -> list[Token]:
    """Who says the charge: the subject of the verb of saying whose content it is ("..., she said"), else []."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cues.report:
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
