"""Other senses of event words (issue 14, session 14, brief s14-senses; the fifth US-news audit's "another
sense of the word" class).

A trigger word of an event also has senses that tell no act between parties; which sense is meant shows in
what the word is done to or with. Each rule reads that selection -- the object, the phrases, the noun it is
"of" -- and the words are cue kinds of ``event_cues.tsv``:

- **appeal as pull** (``attraction_noun`` with a ``pull_mark``: "the extent of his appeal", "her broad
  appeal", "his appeal among young voters", "his appeal has faded"): popularity, no request;
- **appeal to voters, backing rallied, voters pulled out** (the twenty-seventh US-news audit: "appeals to
  working-class Republicans", "will rally behind him", "could pull out young voters"): pull, backing and
  turnout, no request, protest or retreat;
- **a tie in a contest** (``tie_verb`` with a phrase of voters, a poll or a figure: "nearly tied her rival
  among independents", "were tied at 45 percent"): a race, no cooperation;
- **thanks to a deity** (``deity``: "Thank God", "thank heavens"): an exclamation, no party praised;
- **an occasion welcomed** (``occasion_noun``: "welcomed the chance to explain", "I welcome a debate"): no
  party supported;
- **a share of a prize won** ("captured 60 percent of the vote": a figure "of" a ``prize_noun``);
- **control as a policy** ("whatever action he takes on gun control": a ``policy_head`` with a noun
  compounded, "take control" read on a policy's name): no seizure;
- **force on records or works** (``document_noun``, ``work``: "destroyed 34,000 emails", "shot most of the
  film"): no weapon and no party, person, place or property of a party struck, no attack;
- **a campaign aimed at the public** (``verbal_means`` on the ``electorate`` or an ``audience_noun``:
  "targeting suburban mothers with ads"): no attack, no criticism;
- **votes turned out** (mobilizing the ``electorate`` or for an ``outcome`` or a ``campaign``: "will mobilize
  to help her win"): no forces moved;
- **an arrival with companions** (``arrival_verb`` whose only recipients are its "with" phrase: "we have
  arrived with our soldiers"): those who come along are no host, and no place is named, no visit;
- **an attack used by another** (``exploit_verb``: "Washington is using the latest terrorist attacks to
  ..."): who uses, exploits or invokes a known attack is not its attacker (components/events.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import objects_of_prep
from newsevents.eventcoding.lexicon import Cues, object_tokens

_VERBS = ("VERB", "AUX")
_FIGURE_ENTS = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def no_event(trigger: Token, event_type: str, consumed: Token | None, recipient_tokens: list[Token], cues: Cues,
             weapon: bool) -> bool:
    """Any of the module's rules: ``trigger`` is used in a sense that tells no event."""
    if appeal_as_pull(trigger, event_type, recipient_tokens, cues) or contest_tie(trigger, cues):
        return True
    if (appeals_to_voters(trigger, event_type, cues) or bare_appeal_to_voters(trigger, event_type, cues)
            or backing_rallied(trigger, event_type)
            or voters_pulled_out(trigger, event_type, cues)):
        return True
    if deity_thanked(trigger, event_type, cues) or occasion_welcomed(trigger, event_type, recipient_tokens, cues):
        return True
    if policy_control(event_type, consumed, cues):
        return True  # the weapon word of "gun control" names the policy, no weapon used
    if weapon:
        return False
    return (share_of_prize(trigger, event_type, cues) or records_only(trigger, event_type, recipient_tokens, cues)
            or arrival_with_companions(trigger, event_type, recipient_tokens, cues)
            or audience_targeted(trigger, event_type, recipient_tokens, cues)
            or mobilized_for_a_win(trigger, event_type, cues))


def _preps(token: Token, words: set[str] | frozenset[str] | tuple[str, ...] | None = None) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and (words is None or c.lower_ in words)]


def appeal_as_pull(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The extent of his appeal", "her broad appeal", "the governor's appeal among young voters", "his
    appeal with voters has faded": an ``attraction_noun`` marked as a pull -- by a ``pull_mark`` modifier,
    preposition ("among", "across"), the noun it is "of" ("extent", "limits") or the verb of growth or decline
    it is subject of -- or held "with" the ``electorate``, with nothing asked (no "for", no clause, no
    "against" a ruling, no party appealed to but voters), is popularity, no request (the fifth US-news
    audit's #10). "An appeal to Turkey to free the reporters", "an appeal for calm" and "his appeal against
    the verdict" stay."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.attraction_noun:
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in trigger.children) or _preps(trigger, ("for", "against")):
        return False
    if any(t.lemma_.lower() not in cues.electorate for t in recipient_tokens):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in cues.pull_mark for c in trigger.children):
        return True
    if _preps(trigger, cues.pull_mark) or any(g.lemma_.lower() in cues.electorate
                                              for p in _preps(trigger, ("with",)) for g in objects_of_prep(p)):
        return True
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in cues.pull_mark:
        return True  # "the extent of his appeal"
    if trigger.dep_ == "dobj" and head.pos_ in _VERBS and head.lemma_.lower() in cues.pull_mark:
        return True  # "struggled to broaden his appeal": popularity grown or narrowed, nothing asked
    return trigger.dep_ == "nsubj" and head.lemma_.lower() in cues.pull_mark  # "his appeal has faded"


def appeals_to_voters(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The governor appeals to working-class Republicans", "her message appealed to suburban voters": the
    verb of an ``attraction_noun`` whose only "to" phrase names a bloc of voters (``voter_bloc``,
    ``electorate``, ``audience_noun``), with nothing asked -- no "to" clause, no "for", no clause object --
    is a politician's pull on voters: a bloc of voters is no addressee that can grant a request (the
    twenty-seventh US-news audit's other senses). "The minister appealed to the rebels to lay down their
    arms", "appealed to voters for calm" stay requests."""
    if event_type != "REQUEST" or trigger.pos_ not in _VERBS or trigger.lemma_.lower() not in cues.attraction_noun:
        return False
    return _voters_appealed_to(trigger, cues)


def _voters_appealed_to(trigger: Token, cues: Cues) -> bool:
    """The appeal's only "to" phrase names a bloc of voters, with nothing asked (no clause, no "for")."""
    if any(c.dep_ in ("xcomp", "ccomp", "dobj", "advcl") for c in trigger.children) or _preps(trigger, ("for", "against")):
        return False
    hearers = [g for p in _preps(trigger, ("to",)) for g in objects_of_prep(p)]
    bloc = cues.voter_bloc | cues.electorate | cues.audience_noun
    return bool(hearers) and all(
        g.ent_type_ not in ("PERSON", "ORG", "GPE") and g.lemma_.lower() in bloc
        and not any(c.dep_ in ("acl", "relcl") and c.tag_ == "TO" for c in g.children) for g in hearers)


def bare_appeal_to_voters(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The things he wants to accomplish appeal to the people": after a plural noun phrase the parser may
    tag the verb "appeal" a noun (an object of the clause before). A singular ``attraction_noun`` with no
    determiner, possessor, number or modifier of its own -- no English noun phrase, so the verb misread --
    whose only "to" phrase names a bloc of voters is the pull of :func:`appeals_to_voters`, no request
    (session 29, news-dev49's class table). "An appeal to the people" (a determiner), "his appeal to voters"
    (a possessor) and a bare "appeal to the rebels" (no bloc of voters) are left to the other rules."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or trigger.tag_ != "NN":
        return False
    if trigger.lemma_.lower() not in cues.attraction_noun:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in trigger.children):
        return False
    return _voters_appealed_to(trigger, cues)


def backing_rallied(trigger: Token, event_type: str) -> bool:
    """"Her voters will rally behind him", "the party rallied around its leader": to rally "behind" or
    "around" a person (a name, a pronoun, a party) is to come to back him -- support given, no
    demonstration (the twenty-seventh US-news audit's other senses). "Protesters rallied behind the
    barricades" (a thing) and "rallied against the law" stay protests."""
    if event_type != "PROTEST" or trigger.pos_ not in _VERBS or trigger.lemma_.lower() != "rally":
        return False
    if _preps(trigger, ("against",)) or any(c.dep_ in ("xcomp", "advcl") for c in trigger.children):
        return False
    backed = [g for p in _preps(trigger, ("behind", "around", "round")) for g in objects_of_prep(p)]
    return bool(backed) and all(g.pos_ in ("PRON", "PROPN") or g.ent_type_ in ("PERSON", "ORG", "NORP")
                                for g in backed)


def voters_pulled_out(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"She could pull out young voters who rarely cast ballots", "the campaign turned out voters": a
    verb of withdrawal ("pull out") whose object is voters or a bloc of them (``electorate``,
    ``voter_bloc``) brings people to the polls -- turnout, no retreat (the twenty-seventh US-news audit's
    other senses). "The army pulled out its troops" and "pulled out of the talks" stay."""
    if event_type != "RETREAT" or trigger.pos_ not in _VERBS:
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children):
        return False  # "quit the base": a place left, not voters brought out ("base" is also a bloc)
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [cc for g in objects for cc in g.conjuncts]
    bloc = cues.voter_bloc | cues.electorate
    return bool(objects) and all(g.ent_type_ not in ("GPE", "ORG") and g.lemma_.lower() in bloc for g in objects)


def _contest_word(token: Token, cues: Cues) -> bool:
    lemma = token.lemma_.lower()
    return (lemma in cues.electorate or lemma in cues.contest_ground or token.like_num
            or token.ent_type_ in _FIGURE_ENTS or token.ent_type_ == "NORP")


def contest_tie(trigger: Token, cues: Cues) -> bool:
    """"He nearly tied her among white working-class voters", "the two senators were tied at 45 percent in a
    survey": a ``tie_verb`` with a phrase of the ``electorate``, a ``contest_ground`` (a poll, the lead), a
    group by nation or a figure is a race even, no cooperation (the fifth US-news audit's #11). "Tied in with
    the rebels" has none of them and stays."""
    if trigger.pos_ not in _VERBS or trigger.lemma_.lower() not in cues.tie_verb:
        return False
    return any(_contest_word(g, cues) for p in _preps(trigger, ("among", "across", "in", "at", "with", "on"))
               for g in objects_of_prep(p))


def deity_thanked(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Thank God, I am very healthy", "thank heavens nobody was hurt": praise or thanks whose every object is
    a ``deity`` word is an exclamation, no party praised (the fifth US-news audit's #12). "Thanked India for
    its help" stays."""
    if event_type != "SUPPORT":
        return False
    objects = object_tokens(trigger) if trigger.pos_ in _VERBS else []
    return bool(objects) and all(o.lemma_.lower() in cues.deity or o.lower_ in cues.deity for o in objects)


def occasion_welcomed(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"I welcome a debate in Congress about wages", "she welcomed the chance to explain her vote": support
    whose every object is an ``occasion_noun`` (a chance, a debate, scrutiny) that no party owns -- no
    possessor, no national or named modifier -- and no party besides, is a stance on talk to come, no party
    supported (the fifth US-news audit's #34). "Welcomed the ceasefire", "welcomed Japan's offer of talks"
    stay."""
    if event_type != "SUPPORT" or trigger.pos_ not in _VERBS:
        return False
    objects = object_tokens(trigger)
    if not objects or not all(o.pos_ == "NOUN" and o.lemma_.lower() in cues.occasion_noun and not any(
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_) for c in o.children)
            for o in objects):
        return False
    inside = {t.i for o in objects for t in o.subtree}
    return all(t.i in inside and t.ent_type_ in ("", "ORG") and t.pos_ == "NOUN" for t in recipient_tokens)


def share_of_prize(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The governor captured 60 percent of the vote", "won a third of the seats": a figure or a share "of" a
    ``prize_noun`` taken is a result of a vote, no seizure. "Rebels captured 60 percent of the city" stays."""
    if event_type != "COERCE" or trigger.pos_ not in _VERBS:
        return False
    objects = object_tokens(trigger)
    if not objects:
        return False
    for o in objects:
        figure = o.like_num or o.ent_type_ in _FIGURE_ENTS or cues.share_noun.get(o.lemma_.lower()) == "of"
        inner = [g for p in _preps(o, ("of",)) for g in objects_of_prep(p)] if figure else []
        if not inner or not all(g.lemma_.lower() in cues.prize_noun for g in inner):
            return False
    return True


def policy_control(event_type: str, consumed: Token | None, cues: Cues) -> bool:
    """"No matter what action the president takes on gun control", "took border control off the agenda":
    "take control" read on a ``policy_head`` that a common noun compounds (gun control, arms control) is a
    policy's name, no seizure (the fifth US-news audit's #27). "Rebels took control of the town" and "took
    military control" stay."""
    if event_type != "COERCE" or consumed is None or consumed.lemma_.lower() not in cues.policy_head:
        return False
    if _preps(consumed, ("of", "over")):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in consumed.children)


def records_only(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Somebody destroyed 34,000 emails", "an aide shredded the files", "the director shot most of the film":
    force whose every target -- object and recipient, and what a number or a partitive counts -- is a
    ``document_noun`` or a ``work`` is done to papers, data or a work, no party, person, place or property of
    a party struck (the fifth US-news audit's #19); with no weapon named it is no attack. "Rebels destroyed a bridge", "burned the party's offices" stay; seizing papers (a raid,
    COERCE) is not read here."""
    if event_type != "ASSAULT":
        return False
    targets = (object_tokens(trigger) if trigger.pos_ in _VERBS else []) + list(recipient_tokens)
    return bool(targets) and all(_counted_thing(t, cues).lemma_.lower() in cues.document_noun | cues.work
                                 for t in targets)


def _counted_thing(token: Token, cues: Cues) -> Token:
    """What a number or a partitive counts: "thousands of emails", "34,000 of the files" -> emails, files."""
    if token.like_num or token.tag_ == "CD" or token.lemma_.lower() in cues.partitive:
        inner = [g for p in _preps(token, ("of",)) for g in objects_of_prep(p)]
        if inner:
            return inner[0]
    return token


def audience_targeted(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The party is targeting suburban mothers with a new wave of ads", "hit young voters with mailers": force
    or criticism done with an advertisement (a ``verbal_means`` word in its "with" phrase, also what a
    partitive counts) whose every target is the ``electorate`` or an ``audience_noun`` (mothers, students,
    retirees: no party, no name) is a campaign aimed at the public, no attack and no criticism. "Targeted the
    governor with attack ads" (a party) stays ACCUSE."""
    if event_type not in ("ASSAULT", "ACCUSE", "COERCE") or trigger.pos_ not in _VERBS:
        return False
    means = [_counted_thing(g, cues) for p in _preps(trigger, ("with",)) for g in objects_of_prep(p)]
    if not any(m.lemma_.lower() in cues.verbal_means for m in means):
        return False
    targets = object_tokens(trigger) + list(recipient_tokens)
    return bool(targets) and all(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in (
        cues.electorate | cues.audience_noun) for t in targets)


def mobilized_for_a_win(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Democrats who will mobilize to help her win", "the party mobilized voters for the election":
    mobilizing done for a contest's result (an ``outcome`` or ``campaign`` word in its purpose clause or its
    "for" phrase, with nothing else mobilized) or of the ``electorate`` is turning out votes, no forces
    moved. "The army mobilized reservists for the offensive", "mobilized reservists to win the war" stay."""
    if event_type != "MOBILIZE" or trigger.pos_ not in _VERBS:
        return False
    objects = object_tokens(trigger)
    if objects:  # "mobilized voters" (turned out); "mobilized reservists to win the war" moves forces
        return all(o.lemma_.lower() in cues.electorate for o in objects)
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")] + [
        g for p in _preps(trigger, ("for",)) for g in objects_of_prep(p)]
    words = [t for c in purposes for t in c.subtree]
    # a campaign word, or a win with nothing won ("to help her win"; "to win the war" is a war's)
    return any(t.lemma_.lower() in cues.campaign for t in words) or any(
        t.lemma_.lower() in cues.outcome and not object_tokens(t) for t in words)


def arrival_with_companions(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"We have already arrived with our soldiers", "the minister arrived with his aides": the "with" phrase
    of an ``arrival_verb`` names who comes along, not a host; an arrival whose only recipients are those, at
    no named place, is no visit (the fifth US-news audit's #40). "Arrived in Kabul for talks with ..." and
    "came to Beijing with a delegation" stay."""
    if event_type != "CONSULT" or trigger.pos_ not in _VERBS or trigger.lemma_.lower() not in cues.arrival_verb:
        return False
    if not recipient_tokens or any(g.ent_type_ in _PLACE_ENTS for p in _preps(trigger) if p.lower_ != "with"
                                   for g in objects_of_prep(p)):
        return False
    companions = {g.i for p in _preps(trigger, ("with",)) for g in objects_of_prep(p)}
    return all(t.i in companions for t in recipient_tokens)


def exploited_event(noun: Token, governor: Token, event_type: str, cues: Cues) -> bool:
    """"Washington is using the latest terrorist attacks to renew its calls", "the party exploited the
    bombing": an event noun already known (definite, owned or a name) that an ``exploit_verb`` takes as its
    object is used by the verb's subject, not done by it (the fifth US-news audit's #16). "The army used air
    strikes against the rebels" (indefinite: the means of its own act) stays the army's. Only attacks: who uses
    talks or arrests ("Russia used the talks to press ...", "the regime used the arrests to ...") may well have
    held them."""
    if event_type != "ASSAULT" or governor.lemma_.lower() not in cues.exploit_verb or noun.dep_ not in ("dobj", "conj"):
        return False
    return any((c.dep_ == "det" and c.lower_ in cues.definite) or c.dep_ == "poss" for c in noun.children)
