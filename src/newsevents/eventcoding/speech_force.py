"""Words of force that political speech borrows (issue 14, session 13, brief s13-attack).

The two US-news audits (docs/audit/2026-12-04-us-news-*.md) found the commonest wrong type on
political news: a rival, a party or a record "attacked", "targeted" or hit in words coded ASSAULT.
PLOVER codes criticism and denunciation ACCUSE (CAMEO 111, disapprove) and keeps ASSAULT for deliberate
acts that can do physical harm. The patterns here are of English, the words ``event_cues.tsv`` kinds:

- **words of attack**: an ASSAULT told by a force word speech borrows (``speech_force``: attack, target,
  assail ...) with no weapon and no harm named in the sentence (``weapon``, ``harm_word``), no armed party
  on either side and no crowd or rank and file as its doer (``crowd``, ``protester``, ``rank_and_file``)
  is words -- ACCUSE disapprove -- when it is told as said (in a debate, an ad, a speech, a post:
  ``verbal_means``; by an ad "attacking" or "targeting"; an attack called ``blistering`` or ``scathing``:
  ``speech_modifier``) or when it passes between speakers of public life: every doer of a speaking sector
  (``speaking_sector``: government, parties, legislators, elites, courts, unions, NGOs, the press) and
  every target a person or body named as such, not a place, a building or a thing. "Russian forces
  attacked Kharkiv", "the president's forces attacked the opposition leader's convoy", "party workers
  attacked the MLA", "a man attacked the congressman with a bat" stay ASSAULT.
- **force kept**: the reverse -- an ACCUSE told by such a word whose sentence names a weapon or harm ("hit
  back at the rebels, killing four") is the force itself.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from newsevents.docquery import own_clause
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_SAYING_PREPS = ("in", "during", "at", "on", "with", "via", "through")
_PLACE_TYPES = ("GPE", "LOC", "FAC")
_NOT_TARGETS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def _sectors(party: Party) -> set[str]:
    return {s.lower() for s in party.sector}


def _names_force(sentence: Span, cues: Cues) -> bool:
    """The sentence names a weapon or a harm done ("with a bat", "killing four", "wounded")."""
    literal = set(cues.weapon) | cues.harm_word
    topical = literal | cues.attack  # made once, not for every word of the sentence
    # a verb that carries words is no weapon ("airing ads against him": not the "air" of an air strike)
    return any({t.lemma_.lower(), t.lower_} & literal for t in sentence if t.pos_ != "PROPN"
               and not _topic_of(t, topical)
               and not (t.pos_ == "VERB" and t.lemma_.lower() in cues.words_carrier_verb))


def judged_as(trigger: Token) -> bool:
    """``slammed the senator as elitist``, ``attacked the plan as a giveaway``: a force word of speech
    with an object and an ``as`` phrase naming a quality or a kind (an adjective or a noun, no clause)
    passes a verdict on its object; a blow takes no such phrase (``hit him as he left``: ``as`` opens
    a clause of time). qtp36, from news-dev56's output events; tested on a sentence of our own."""
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return False
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                c.dep_ in ("pobj", "amod", "acomp") and c.pos_ in ("ADJ", "NOUN") for c in prep.children):
            return True
    return False


def faulted_for_conduct(trigger: Token) -> bool:
    """``has hit <Name> for enabling ...``, ``attacked the mayor for cutting ...``: a force word of speech with
    an object and a ``for`` phrase whose object is a gerund (what the one hit has done) gives the fault it is
    dealt for, a reproach; a blow is told by its means or its harm, not by a conduct it answers (events41,
    from news-dev73's output events; tested on a sentence of our own). The armed and the crowds stay force
    (``words_of_attack`` asks them first)."""
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "for" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in prep.children) for prep in trigger.children)


def _topic_of(word: Token, literal: set[str]) -> bool:
    """"His speech on gun control", "new gun laws": a weapon word as the compound of a noun that is no weapon,
    harm or attack ("a gun attack" stays) names a topic of policy, not a weapon used (s13-stances4)."""
    return word.dep_ == "compound" and word.head.pos_ == "NOUN" and not (
        {word.head.lemma_.lower(), word.head.lower_} & literal)


def _clause_verb(trigger: Token) -> Token | None:
    """The verb a force noun is the object or prepositional object of ("launched an attack",
    "went on the attack"), or the trigger itself for a verb."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    return _up(trigger, 3, lambda node: node.pos_ in ("VERB", "AUX"))


def _up(token: Token, steps: int, wanted: Callable[[Token], bool]) -> Token | None:
    """The nearest of ``token``'s heads, at most ``steps`` up and not past the root, that is ``wanted``."""
    node = token
    for _ in range(steps):
        node = node.head
        if wanted(node):
            return node
        if node.i == node.head.i:
            break
    return None


def told_as_said(trigger: Token, cues: Cues) -> bool:
    """The force is told as words: done in or with a medium of speech ("in Thursday's debate", "in a
    new ad", "during a speech"), by one ("ads attacking his challenger", "an ad targets her rival"), or
    called what only words are ("a blistering attack", "a scathing attack")."""
    means = cues.verbal_means
    if trigger.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in cues.speech_modifier
                                      for c in trigger.children):
        return True
    if trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in means:
        return True  # "running ads attacking his challenger"
    if _carried_as_words(trigger, cues):
        return True
    if content_clause(trigger):
        return True  # "pressed his attack that the governor is unfit"
    for word in {trigger, _clause_verb(trigger)} - {None}:
        assert word is not None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in means for c in word.children):
            return True  # "the ad targets her opponent"
        # "in a campaign video", wherever the parser hangs the phrase in the clause (not in a clause of its own)
        for prep in own_clause(word):
            if prep.dep_ == "prep" and prep.lower_ in _SAYING_PREPS and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in means for g in prep.children):
                return True
    return False


def content_clause(trigger: Token) -> bool:
    """events37 (docs/notes/event-precision-golds.md): a force noun followed at once by a "that" clause that
    says what it claims ("pressed his attack that the governor is unfit to serve", however the parser hangs
    the clause: on the noun or on its verb) is an attack in words, a claim; a blow has no content. A relative
    clause ("the attack that killed nine": "that" its subject, no mark) is no content clause."""
    if trigger.pos_ != "NOUN" or trigger.i + 1 >= len(trigger.doc):
        return False
    mark = trigger.doc[trigger.i + 1]
    if mark.lower_ != "that" or mark.dep_ != "mark":
        return False
    clause = mark.head
    return clause.dep_ in ("ccomp", "acl") and clause.head.i in (trigger.i, trigger.head.i)


def _means_named(clause: Token, means: set[str]) -> bool:
    """A medium of speech is the object of ``clause``'s own verb or of a phrase in it ("airing ads against
    him", "spent millions on negative ads", "in the media")."""
    return any(t.lemma_.lower() in means and t.dep_ in ("dobj", "pobj") for t in clause.subtree)


def _carried_as_words(trigger: Token, cues: Cues) -> bool:
    """Attacks carried as words (the twenty-seventh US-news audit's wrong types): a force noun that a
    ``words_carrier_verb`` carries -- as its object ("repeated the attacks", "aired attacks on her") or in
    the noun's own relative clause ("the attacks they have been airing in the media") -- or whose relative
    clause names a medium of speech; a force verb whose doers' relative clause or whose own adverbial clause
    names one ("was attacked by rivals, who spent millions on negative ads against him"; "attacked from all
    sides, airing ads against him"). "Militants repeated the attacks on the border post" with a weapon or
    harm named stays force (``_names_force`` is read first)."""
    carriers, means = cues.words_carrier_verb, cues.verbal_means
    if trigger.pos_ == "NOUN":
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in carriers:
            return True
        verb = trigger.head
        if trigger.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and _done_by_speaking(
                verb, [c for c in verb.children if c.dep_ == "advcl"], cues):
            return True  # "escalated her attacks on X, criticizing him for ...": the attack is that speech (events45)
        return any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in carriers or _means_named(c, means))
                   for c in trigger.children)
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    clauses = [c for c in trigger.children if c.dep_ == "advcl"]
    if _done_by_speaking(trigger, clauses, cues):
        return True
    doers = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    clauses += [c for g in doers for c in g.children if c.dep_ == "relcl"]
    return any(_means_named(c, means) for c in clauses)


def _done_by_speaking(trigger: Token, clauses: list[Token], cues: Cues) -> bool:
    """events29 (news-dev42's output events): a force verb whose manner is an act of speech -- "hit him back by
    accusing him of lying", "struck back, accusing the board of ..." -- is that speech: a "by" gerund or a
    participial clause of a ``speaker_act`` or ``words_carrier_verb`` (accuse, blame, slam, tweet ...). Session 41:
    also the verb whose object is a force noun ("continued his assault on X, mocking his ...")."""
    speech = cues.speaker_act | cues.words_carrier_verb
    manner = [c for c in clauses if c.tag_ == "VBG"]
    manner += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by"
               for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return any(m.lemma_.lower() in speech for m in manner)


def _person_or_body(token: Token, party: Party | None, kinds: dict[str, str], someone: Callable[[Token], bool]) -> bool:
    """A target that is a person or a body named as such (a name, a role or group noun: ``someone``)
    and coded as one (a sector, or a PERSON, ORG or NORP name), not a place, a building or a thing."""
    if not someone(token):
        return False
    if token.ent_type_ in _PLACE_TYPES and not (party is not None and party.sector):
        return False
    if party is not None and party.entity is not None and kinds.get(party.entity) in _PLACE_TYPES and not party.sector:
        return False
    if token.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return party is not None and bool(party.sector)


def targets_of(trigger: Token) -> list[Token]:
    """The trigger's own object or the object of its "on", "against" or "at" phrase."""
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
        for g in c.children if g.dep_ == "pobj"]


def words_of_attack(trigger: Token, event_type: str, weapon: bool, actor: list[Party], recipient: list[Party],
                    actor_tokens: list[Token], recipient_tokens: list[Token], sentence: Span,
                    party_of: Callable[[Token], Party | None], someone: Callable[[Token], bool], kinds: dict[str, str],
                    cues: Cues) -> bool:
    """An ASSAULT by a borrowed force word that is an attack in words (module docstring)."""
    if event_type != "ASSAULT" or weapon or trigger.lemma_.lower() not in cues.speech_force:
        return False
    if _names_force(sentence, cues):
        return False
    if any(_sectors(p) & cues.armed_sector for p in actor + recipient):
        return False
    followers = cues.crowd | cues.protester | cues.rank_and_file
    if any(t.lemma_.lower() in followers for t in actor_tokens):
        return False
    if told_as_said(trigger, cues) or faulted_for_conduct(trigger):
        return True
    # the targets: what the trigger's own object or "on"/"against"/"at" phrase names (not the owner of a
    # thing attacked: "the party's headquarters"), else the recipients; no date or figure ("on Tuesday")
    targets = [t for t in targets_of(trigger) or recipient_tokens if t.ent_type_ not in _NOT_TARGETS]
    if not actor or not targets:
        return False
    if not all(_sectors(p) and _sectors(p) <= cues.speaking_sector for p in actor):
        return False
    return all(_person_or_body(t, party_of(t), kinds, someone) for t in targets)


def force_kept(trigger: Token, event_type: str, actor: list[Party], recipient: list[Party], actor_tokens: list[Token],
               sentence: Span, someone: Callable[[Token], bool], kinds: dict[str, str], cues: Cues) -> bool:
    """An ACCUSE by a borrowed force word whose sentence names a weapon or a harm ("hit back at the
    rebels, killing four"), or between two sides that fight -- an armed party against an armed party or
    a state ("troops fired back at the militants") -- is the force itself."""
    if event_type != "ACCUSE" or trigger.lemma_.lower() not in cues.speech_force | {"fire"}:
        return False
    if judged_as(trigger):
        return False  # "slammed the senator as elitist": a verdict on its object, words whatever else is named
    if _names_force(sentence, cues):
        return True

    def armed(p: Party) -> bool:
        return bool(_sectors(p) & cues.armed_sector)

    def fights(p: Party) -> bool:  # an armed party, or a state named as such
        return armed(p) or (not p.sector and p.entity is not None and kinds.get(p.entity) == "GPE")

    if actor_tokens and all(t.lemma_.lower() in cues.crowd | cues.protester | cues.rank_and_file
                            for t in actor_tokens) and any(someone(t) for t in targets_of(trigger)):
        return True  # "party workers attacked the MLA", "a man attacked the congressman": followers come to blows
    return any(armed(p) for p in actor) and any(fights(p) for p in recipient) or (
        any(fights(p) for p in actor) and any(armed(p) for p in recipient))


# --- no event: habits, compared quantities, named past deals (the audits' "modifiers, time clauses, habits") ---

def _perfect_or_present(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return auxes[0].lemma_.lower() == "have" and auxes[0].tag_ in ("VBZ", "VBP")


# periods long enough for a span to make a practice ("for weeks" or "for months" of talks is news still going on)
_LONG_PERIODS = frozenset({"year", "decade"})


def _over_the_years(verb: Token, cues: Cues) -> bool:
    """"Over the years", "over the decades": a span told by "over" and a plural period with "the"."""
    return any(c.dep_ == "prep" and c.lower_ == "over" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in cues.period
        and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children) for g in c.children)
        for c in verb.children)


def habit(trigger: Token, event_type: str, clause_verb: Token | None, cues: Cues) -> bool:
    """"The two men have met over the years at fundraisers", "has long targeted the industry in his
    speeches": talk or a meeting told over a span of years in the present perfect ("over the years"), and
    a force word of speech told as lasting (a ``lasting_mark``) are a habit or a stance, no dated act; so are
    any act but a protest told over "for decades"/"for years" in the present perfect, and a complaint "long"
    made with a clause of what is wrong and no one charged ("have long complained that ...", targets32).
    ("Have long charged" with a verb of accusation proper and its object stays, as the project's phrasings
    code it.)"""
    if clause_verb is None or event_type in ("ASSAULT", "COERCE") or not _perfect_or_present(clause_verb):
        return False
    if _over_the_years(clause_verb, cues):
        return True
    if event_type != "PROTEST" and clause_verb.tag_ == "VBN" and _for_decades(clause_verb):
        return True  # "for decades, the US has deployed observers to elections abroad": a practice (targets32)
    lasting = any(c.dep_ == "advmod" and c.lower_ in cues.lasting_mark for c in clause_verb.children)
    if event_type == "ACCUSE" and lasting and trigger.i == clause_verb.i and clause_verb.tag_ == "VBN" and any(
            c.dep_ == "ccomp" for c in trigger.children) and not any(c.dep_ == "dobj" for c in trigger.children):
        return True  # "the two parties have long complained that the press ignores them": a standing grievance
    return event_type == "ACCUSE" and trigger.lemma_.lower() in cues.speech_force and lasting


def _for_decades(verb: Token) -> bool:
    """"For decades", "for years", fronted or after the verb: a span told by "for" and a bare plural of years
    (no number or determiner: "for 14 years" is a term, "for the past two weeks" a stretch of news)."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in _LONG_PERIODS
        and not any(d.dep_ in ("nummod", "det", "amod", "poss") for d in g.children) for g in c.children)
        for c in verb.children)


def compared_quantity(trigger: Token) -> bool:
    """"Has faced far fewer attacks from his own party than the mayor has", "received far less in the way of
    attacks": acts counted in a comparison (a comparative quantity on the noun, or "in the way of" after
    one, with "than" in the sentence) are a measure of how many, no act told."""
    if trigger.pos_ != "NOUN" or not any(t.lower_ == "than" for t in trigger.sent):
        return False
    if any(c.dep_ in ("amod", "advmod", "det", "nummod") and c.tag_ in ("JJR", "RBR") for c in trigger.children):
        return True
    # "less in the way of attacks"
    return _up(trigger, 4, lambda node: node.tag_ in ("JJR", "RBR")) is not None


def named_deal(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Both of whom opposed the Iran deal", "criticised the Paris accord": a deal named by a name before it
    (a place or a people), with no party told ("with", "between"), as the object of a verb that does not
    make it is the thing referred to, no new agreement."""
    if event_type != "AGREE" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.deal_noun:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return False
    if not any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP"))
               for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in trigger.children):
        return False
    # the object of a verb that does not make it ("opposed the Iran deal"); a deal told in a phrase ("the
    # points of the Sino-Japanese agreement") may still be the story's news, told by its two sides
    return trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() not in cues.deal_making


def no_event(trigger: Token, event_type: str, clause_verb: Token | None, cues: Cues) -> bool:
    """Any of the module's no-event rules."""
    return habit(trigger, event_type, clause_verb, cues) or compared_quantity(trigger) or named_deal(
        trigger, event_type, cues)


def private_quarrel(trigger: Token, event_type: str, actor: list[Party], kinds: dict[str, str], cues: Cues,
                    identity_noun: Callable[[str], bool] = lambda word: False) -> bool:
    """"The actress hit back at critics of her film": criticism told with a force word by people of no public
    role (no sector; not a state, a people or a body) is a quarrel or a review, no political ACCUSE. A party
    with a country counts as private only when its words say who it is ("the Nigerian actress",
    ``identity_noun``): a named person coded with a country and no sector ("X of Kenya attacked Y") is
    merely one the tables know no office for, not one known to hold none (fourth US-news audit)."""
    if event_type != "ACCUSE" or trigger.lemma_.lower() not in cues.speech_force or not actor:
        return False
    return all(not p.sector and not (p.entity is not None and kinds.get(p.entity) in ("GPE", "NORP", "ORG"))
               and (p.country is None or any(identity_noun(w) for w in p.text.lower().split()))
               for p in actor)


def quoted_reproach(trigger: Token, cue_starts: Container[int], cues: Cues) -> bool:
    """``<Name> blasted <Rival> for "cavorting" with a lobbyist``, ``the office slammed the lawsuit, calling it
    "meritless"``: a force word of speech (``speech_force``) that introduces a quotation (the cue of a direct or
    mixed quotation, ``cue_starts``: their character offsets) with a target of its own (an object, or an
    ``on``/``against``/``at`` phrase) is a reproach made in those words, ACCUSE, whatever row its object matches or
    fails; a blow is not told by the words it carries (events43; the quoted words are the evidence a mark of
    structure gives, where a list of objects would name a few)."""
    if trigger.idx not in cue_starts or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.speech_force:
        return False
    return any(t.ent_type_ not in _NOT_TARGETS for t in targets_of(trigger))
