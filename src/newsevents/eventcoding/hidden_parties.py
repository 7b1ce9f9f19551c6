"""The party a sentence names for an act, where the parse hides it (issue 14, brief s14-recips;
the fifth US-news audit's wrong-recipient class, docs/audit/2026-12-05-us-news-fifth.md).

- **A name coordinated with, or set beside, the object**: "blamed the state legislature and Governor
  X" (the parser may join the name to the verb as a second clause, not to the object), "attacked a
  longtime ally, Senator X, in an ad" (the apposition hung on the verb), "took aim at his fiercest
  rival: Mayor X" (the name after a colon ending the clause, often split off as a sentence of its
  own). The name is the party; a word of relation ("ally", "rival": ``standin_noun`` cues) only
  stands for it.
- **The asker of a refusal**: "Kenya asked Uganda to reopen the border, but Kampala refused to do
  so" -- a refusal joined to a clause of asking (``ask_verb`` cues) answers that clause's subject.
- **The asker of a refusal told just before** (targets31; the twenty-ninth US-news audit's #18 class): "The
  state asked the court to reinstate the law. ... The court refused to reinstate it", "after the court refused to
  reinstate the law, despite the state's request to reinstate it": the one party that asked for the very act
  refused (the same verb, in an infinitive of a verb or noun of asking) in the sentence or the one before.
- **The one exposed to an act**: "could expose Senator X to new attacks by Republicans", "left
  Governor X open to criticism from Democrats": the object of the verb (or of the adjective the
  verb predicates of it) that the act's noun is "to" (``expose_word`` cues) undergoes the act.
- **The parties inside an "of"-phrase of a stance or an ask**: "refused the endorsement of both
  the KKK and X" -- a noun whose "of" names its author (``authored_noun`` cues: endorsement,
  demands, offer ...) kept as a coded thing gives way to the parties its phrase names, when no
  "by" names another author.
- **The place hit, not the weapon**: "the explosives were detonated outside a Kabul hotel": the
  weapon a passive verb of force takes as subject is the means; what was hit is the site its
  phrase names (``strike_site_prep`` cues); with no site named the weapon stays (it carries the
  event's mode and country).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Token

_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "xcomp", "ccomp"}


def _is_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in _CLAUSE_DEPS for c in token.children)


def _name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def named_in_object(verb: Token, recipients: list[Token], standins: Container[str],
                    is_party: Callable[[Token], bool]) -> list[Token]:
    """``recipients`` with the names the parse set apart from the verb's object: a name joined to
    the verb by "and" after its object, a name in apposition hung on the verb, or a name after a
    colon ending the clause standing for a word of relation (``standins``) among the recipients."""
    if verb.pos_ not in ("VERB", "AUX") or not recipients:
        return recipients
    found = list(recipients)
    last = max(t.right_edge.i for t in recipients)
    for child in verb.children:
        if child.i <= last or not _name(child) or _is_clause(child) or not is_party(child):
            continue
        between = verb.doc[last + 1: child.left_edge.i]
        if child.dep_ == "conj" and any(t.dep_ == "cc" and t.head.i == verb.i for t in between):
            # "blamed the legislature and Governor X for the gap": a second object, not a clause
            found.append(child)
        elif child.dep_ in ("npadvmod", "appos") and [t.text for t in between] == [","]:
            # "attacked a longtime labor ally, Senator X, in an ad": the ally is X
            nouns = [t for t in found if t.right_edge.i == last and t.pos_ == "NOUN"]
            found = [t for t in found if t not in nouns] + [child]
    standing = [t for t in found if t.pos_ == "NOUN" and t.lemma_.lower() in standins]
    if standing:
        named = _name_after_colon(verb)
        if named is not None and is_party(named):
            # "took aim at his fiercest rival on Tuesday: Mayor X": the rival is X
            found = [t for t in found if t not in standing] + [named]
    return found


def _name_after_colon(verb: Token) -> Token | None:
    """The head of a bare name phrase right after a colon that ends the verb's clause ("...: Boston
    Mayor Karen Walsh."), up to the end of the sentence; None if a clause or anything else follows."""
    doc = verb.doc
    colon = next((t for t in doc[verb.i + 1: verb.sent.end] if t.text == ":"), None)
    if colon is None:
        return None
    end = colon.i + 1
    while end < len(doc) and not (doc[end].is_punct and doc[end].text in (".", "!", "?", ";")):
        end += 1
    phrase = doc[colon.i + 1: end]
    if not len(phrase) or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    heads = [t for t in phrase if t.head.i == t.i or not (phrase.start <= t.head.i < phrase.end)]
    if len(heads) != 1 or not _name(heads[0]):
        return None
    return heads[0]


def asker_of_refusal(verb: Token, ask_verbs: Container[str], actor_tokens: list[Token],
                     is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom a refusal with no one named answers: the subject of the clause of asking it is joined to
    ("X asked Y to ..., but Y refused", "X requested access, and Y refused to grant it"), never the
    refuser itself ("asked for a delay and refused to testify": one subject)."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in ask_verbs or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    own = {t.i for t in actor_tokens}
    askers = [s for c in verb.head.children if c.dep_ == "nsubj" for s in [c, *c.conjuncts]]
    return [s for s in askers if s.i not in own and is_party(s)]


def asker_before(verb: Token, ask_words: Container[str], actor_tokens: list[Token],
                 is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom a refusal of an act ("refused to reinstate the law") answers when its own sentence or the one before
    tells one party asking for that act (a verb or noun of ``ask_words`` whose infinitive has the refused verb's
    lemma: "asked the court to reinstate", "the state's request to reinstate"); [] for no such party, two, or
    the refuser itself."""
    acts = {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}
    if not acts:
        return []
    own = {t.i for t in actor_tokens}
    sentence = verb.sent
    start = sentence.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    askers: list[Token] = []
    for word in verb.doc[start: sentence.end]:
        if word.i == verb.i or word.lemma_.lower() not in ask_words or not any(
                c.dep_ in ("xcomp", "acl") and c.lemma_.lower() in acts for c in word.children):
            continue
        if word.pos_ in ("VERB", "AUX"):
            askers += [t for c in word.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts]]
        elif word.pos_ == "NOUN":
            askers += [t for c in word.children if c.dep_ == "poss" for t in [c, *c.conjuncts]]
    askers = [t for t in askers if t.i not in own and is_party(t)]
    names = {t.lemma_.lower() for t in askers}
    return askers if len(names) == 1 else []


def exposed_party(noun: Token, expose_words: Container[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """Who an act told as a noun after "to" undergoes when the phrase says someone is exposed to it:
    "could expose Senator X to new attacks" (the verb's object), "left Governor X open to criticism"
    (the one the adjective is said of: the verb's object)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to":
        return []
    word = prep.head
    if word.lemma_.lower() not in expose_words:
        return []
    if word.pos_ == "ADJ" and word.dep_ in ("oprd", "acomp", "xcomp", "amod"):
        word = word.head  # "left X open to": the verb whose object the adjective describes
        if word.pos_ == "NOUN":  # "Governor X, open to criticism" (amod of the noun itself)
            return [word] if is_party(word) else []
    return [c for c in word.children if c.dep_ in ("dobj", "nsubjpass") and is_party(c)]


def struck_site(verb: Token, recipients: list[Token], is_weapon: Callable[[Token], bool],
                site_preps: Container[str]) -> list[Token]:
    """``recipients`` of an act of force, a weapon among them given way to the other recipients or
    to the site the verb's phrase names ("the bombs were detonated at the airport": the airport);
    with neither, unchanged."""
    weapons = [t for t in recipients if is_weapon(t)]
    if not weapons:
        return recipients
    kept = [t for t in recipients if not is_weapon(t)]
    if kept:
        return kept
    # no site named ("when the explosives were detonated there"): the weapon stays, the only word
    # that carries the event (its mode, the place's country) -- a thing, as before
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in site_preps
            for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")][:1] or recipients


def authors_of(thing: Token, authored: Container[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties a stance or an ask names by "of" as its authors ("the endorsement of both the
    KKK and X": the KKK and X); none when a "by" names its author or ``thing`` is no such noun."""
    if thing.pos_ != "NOUN" or thing.lemma_.lower() not in authored:
        return []
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in thing.children):
        return []
    found: list[Token] = []
    for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            found += [t for t in [g, *g.conjuncts] if is_party(t) and t not in found]
    return found
