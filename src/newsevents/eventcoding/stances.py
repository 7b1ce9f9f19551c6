"""Stances, plans and figures that tell no act between parties, found by the eighth US-news audit (session 16,
brief s16-spur16; docs/audit/2026-12-08-us-news-eighth.md, its spurious class).

Each rule reads the trigger's own selection -- its object, the noun or clause it hangs on, its doers -- and
the words are cue kinds of ``event_cues.tsv`` named in each function:

- **one's own thing unrecognised** (a ``recognize_verb`` whose object the subject owns -- "my party",
  "their own party" -- or is told by a clause of the subject's: "the country I grew up in"): a thing no
  longer known as one's own, no recognition given or withheld;
- **appeal to a bloc of voters** (an ``attraction_noun`` with a possessor, "to" a ``voter_bloc`` or the
  ``electorate``, nothing asked): a politician's pull, no request;
- **a body's own staff promised** (a ``pledge_verb`` whose object is a ``staff_noun`` -- staff, an
  operation, a team -- with no one promised it): plans inside one body;
- **a policy proposed** (an act in the clause of a ``policy_proposal_noun``: "his proposal to ban X") and **a
  policy called for with no one asked** ("called for a ban on X"): campaign talk, no act and no request;
- **an act ruled out** ("anything short of shooting them", a ``short_of_mark`` "of" the act): none done;
- **a view defended** (a SUPPORT verb whose every object is a ``view_noun`` no party owns): no party;
- **a generic clause** (the act in a relative clause of a ``anyone_pronoun`` pronoun: "anyone who has given
  me money"): no one's act told;
- **a remit** (the act in the "to" of a ``remit_mark`` participle modifying a noun: "forces dedicated
  to deporting immigrants"): what a body is for, no act told;
- **a general charge** (the act as the purpose of "done" in a relative clause of a ``general_thing``:
  "all the things the party has done to deny them help"): no act told;
- **a figure of ruin** (a ``ruin_verb`` whose doers are impersonal -- "market forces", policies, trends --
  with no weapon, on no named party): no attack;
- **an act lobbied for** (the clause of a ``want_verb`` after its object, parsed as a purpose: "lobbying
  countries to back the statement"): wanted of the others, not done; the lobbying is the request.
- **an opinion that seems held** (wire22, the twenty-second news-wire audit's #4: an AGREE, SUPPORT or REJECT
  verb under a raising verb of seeming, ``seem_verb``, whose content is a clause or nothing: "most
  lawmakers seem to agree the plan is dead", "economists appear to agree"): a view the writer reads in
  others, no agreement made. "The rebels appeared to reject the offer" (an object of its own, a proposal
  answered) stays an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues, object_tokens

_VERBS = ("VERB", "AUX")
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SAME_PERSON = {"i": {"my", "i", "me", "myself"}, "we": {"our", "we", "us"}, "they": {"their", "they", "them"},
                "he": {"his", "he", "him"}, "she": {"her", "she"}, "you": {"your", "you"}}


def no_event(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token], cues: Cues,
             weapon: bool) -> bool:
    """Any of the module's rules: ``trigger`` tells a stance, a plan or a figure, no event."""
    return (own_thing_unrecognised(trigger, event_type, cues) or appeal_to_bloc(trigger, event_type, cues)
            or own_staff_promised(trigger, event_type, recipient_tokens, cues)
            or policy_proposed(trigger, cues) or policy_called_for(trigger, event_type, recipient_tokens, cues)
            or ruled_out(trigger, cues) or view_defended(trigger, event_type, cues) or anyone_clause(trigger, cues)
            or remit(trigger, cues) or general_charge(trigger, cues)
            or (not weapon and figure_of_ruin(trigger, event_type, actor_tokens, recipient_tokens, cues))
            or lobbied_for(trigger, cues) or seeming_opinion(trigger, event_type, cues))


_OPINION_ACTS = frozenset({"AGREE", "SUPPORT", "REJECT"})


def seeming_opinion(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Most lawmakers seem to agree the boy should go back": an opinion the writer reads, no act."""
    if event_type not in _OPINION_ACTS or trigger.pos_ not in _VERBS or trigger.dep_ != "xcomp":
        return False
    if _lemma(trigger.head) not in cues.seem_verb:
        return False
    return not any(c.dep_ in ("dobj", "prep", "dative") for c in trigger.children)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _clause_top(token: Token) -> Token:
    """The first of a row of joined verbs ("detaining and deporting": detaining)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _subject(verb: Token) -> Token | None:
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def own_thing_unrecognised(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"I no longer recognize my party", "many Republicans say they no longer recognize their own party", '"I no
    longer recognize the country I grew up in"': what one knows (or no longer knows) as one's own is no
    recognition given to a party nor withheld from it (the eighth US-news audit's #1). "Canada recognized the
    new government", "Israel does not recognize Hamas" stay."""
    if trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.recognize_verb:
        return False
    subject = _subject(trigger)
    if subject is None:
        return False
    own = _SAME_PERSON.get(subject.lower_, set())
    for obj in object_tokens(trigger):
        if any(c.dep_ == "amod" and c.lower_ == "own" for c in obj.children):
            return True  # "their own party"
        if any(c.dep_ == "poss" and c.lower_ in own for c in obj.children):
            return True  # "I ... my party"
        if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in own for g in c.children)
               for c in obj.children):
            return True  # "I ... the country I grew up in"
    return False


def appeal_to_bloc(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The congressman's appeal to suburban women", "Mr. X's bombastic appeal to blue-collar workers": an
    ``attraction_noun`` owned by its maker, held "to" a bloc of voters, with nothing asked (no clause, no
    "for", no "against") is a politician's pull, no request (the eighth US-news audit's #33). "Japan's appeal
    to China to free the fishermen", "her appeal to voters for calm" stay."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or _lemma(trigger) not in cues.attraction_noun:
        return False
    if not any(c.dep_ == "poss" for c in trigger.children):
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in trigger.children):
        return False
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    if any(p.lower_ in ("for", "against") for p in preps):
        return False
    hearers = [g for p in preps if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    hearers += [cc for g in hearers for cc in g.conjuncts]
    bloc = cues.voter_bloc | cues.electorate | cues.audience_noun
    return bool(hearers) and all(g.ent_type_ not in ("PERSON", "ORG", "GPE") and _lemma(g) in bloc
                                 and not any(c.dep_ in ("acl", "relcl") and c.tag_ == "TO" for c in g.children)
                                 for g in hearers)


def own_staff_promised(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Campaign aides have been promising a bigger field operation", "party officials promised a larger
    convention staff": a promise whose every object is a body's own staff or operation, made to no party (no
    one promised it, no "to" phrase), is a plan inside the body (the eighth US-news audit's #3). "The ministry
    promised the union a pay rise", "promised troops to the mission" stay."""
    if event_type != "AGREE" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.pledge_verb:
        return False
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children):
        return False
    if any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for c in trigger.children
           if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
        return False  # "promised a team for the veterans": someone it is for ("for weeks" is a time)
    objects = object_tokens(trigger)
    # "promised a larger military operation" is force offered: an ``armed_field`` word keeps it
    return bool(objects) and all(_lemma(o) in cues.staff_noun and not o.ent_type_ and not any(
        c.dep_ in ("amod", "compound") and _lemma(c) in cues.armed_field for c in o.children) for o in objects)


def policy_proposed(trigger: Token, cues: Cues) -> bool:
    """"His proposal to ban Muslims from entering", "the senator's plan to deport them": an act in the clause of
    a proposal noun -- a policy offered, owned by its maker -- is campaign talk, none done (the eighth US-news
    audit's #5). "The plan to attack the base was foiled" (no possessor) is left to the modality rules."""
    top = _clause_top(trigger)
    if top.dep_ not in ("acl", "relcl") or top.head.pos_ != "NOUN" or _lemma(top.head) not in cues.policy_proposal_noun:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return False
    return any(c.dep_ == "poss" for c in top.head.children)


def policy_called_for(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The governor called for a ban on flavored cigarettes", "called for a ban on Muslims entering the
    country": a policy called for with no one asked -- no "on" party, no recipient named -- is a proposal, no
    request (the eighth US-news audit's #6). "Germany called on Turkey to ban the group", "called for a
    ceasefire" (no policy noun) stay."""
    if event_type != "REQUEST" or trigger.pos_ not in _VERBS or _lemma(trigger) != "call":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in trigger.children):
        return False
    asked = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
             if g.dep_ == "pobj"]
    if not asked or not all(_lemma(g) in cues.policy_measure_noun for g in asked):
        return False
    inside = {t.i for g in asked for t in g.subtree}
    return all(t.i in inside and t.ent_type_ not in ("PERSON", "ORG", "GPE") for t in recipient_tokens)


def ruled_out(trigger: Token, cues: Cues) -> bool:
    """"He would consider anything short of shooting them", "the minister stopped short of calling it
    genocide": the act "of" a ``short_of_mark`` is the one ruled out, none done (the eighth US-news audit's
    #19)."""
    top = _clause_top(trigger)
    if top.dep_ not in ("pcomp", "pobj") or top.head.lower_ != "of":
        return False
    return top.head.head.lower_ in cues.short_of_mark


def view_defended(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The lawyers filed a brief to defend the view that the contract remains valid": support whose every
    object is a view, a claim or a position that no party owns (no possessor, no party named in it) is an
    argument made, no party supported (the eighth US-news audit's #29). "Brazil defended Venezuela's
    position" (a party's) stays."""
    if event_type != "SUPPORT" or trigger.pos_ not in _VERBS:
        return False
    objects = object_tokens(trigger)
    if not objects or not all(o.pos_ == "NOUN" and _lemma(o) in cues.view_noun for o in objects):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in _PARTY_ENTS)
                   for o in objects for c in o.children)


def anyone_clause(trigger: Token, cues: Cues) -> bool:
    """"I have never been swayed by anyone who has given money to my campaign": an act in a relative clause of
    anyone at all is told of no one, no act (the eighth US-news audit's #31). "The man who attacked the guard
    was arrested" (a person) stays."""
    top = _clause_top(trigger)
    return top.dep_ == "relcl" and top.head.lower_ in cues.anyone_pronoun


def remit(trigger: Token, cues: Cues) -> bool:
    """"The special police forces dedicated to persecuting and deporting immigrants", "teams tasked with
    detaining migrants": the act in the "to" (or "with") of a participle of remit that modifies a noun is
    what a body is for, no act told (the eighth US-news audit's #21). "The government is dedicated to
    deporting them" (a pledge of the subject) is not read here."""
    top = _clause_top(trigger)
    if top.dep_ not in ("pcomp", "pobj", "xcomp"):
        return False
    marker = top.head
    if marker.dep_ == "prep" and marker.lower_ in ("to", "with"):
        marker = marker.head
    return marker.lower_ in cues.remit_mark and marker.dep_ in ("acl", "amod")


def general_charge(trigger: Token, cues: Cues) -> bool:
    """"All the things the party has done to deny them help", "everything the state has done to deny poor
    families their benefits": an act as the purpose of "done" in a relative clause of things in general is a
    charge, no act told (the eighth US-news audit's #38)."""
    top = _clause_top(trigger)
    if top.dep_ not in ("advcl", "xcomp") or _lemma(top.head) != "do":
        return False
    done = top.head
    return done.dep_ == "relcl" and _lemma(done.head) in cues.general_thing


def figure_of_ruin(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                   cues: Cues) -> bool:
    """"The economic forces that are destroying the middle class", "global market forces are destroying small
    dairy farmers": a verb of ruin whose every doer is impersonal -- "forces" marked as the market's or the
    economy's, policies, trends -- on no named party, with no weapon, is a figure, no attack (the eighth
    US-news audit's #16). "Government forces destroyed the village" stays."""
    if event_type != "ASSAULT" or _lemma(trigger) not in cues.ruin_verb:
        return False
    doers = list(actor_tokens)
    if not doers:
        subject = _subject(trigger)
        if subject is None and trigger.dep_ == "relcl":
            subject = trigger.head
        doers = [subject] if subject is not None else []
    if not doers:
        return False

    def impersonal(t: Token) -> bool:
        if _lemma(t) in cues.impersonal_doer:
            return True
        return _lemma(t) == "force" and any(c.dep_ in ("amod", "compound") and c.lower_ in cues.impersonal_mark
                                            for c in t.children)

    if not all(impersonal(t) for t in doers):
        return False
    return not any(t.ent_type_ in ("PERSON", "ORG", "GPE") for t in recipient_tokens)


def lobbied_for(trigger: Token, cues: Cues) -> bool:
    """"The United States has been lobbying Asian countries to back the judges' statement": the clause after a
    ``want_verb``'s object, parsed as a purpose, is the act wanted of those lobbied, not done (the eighth
    US-news audit's #25); the lobbying itself is their request (event_lexicon.tsv)."""
    top = _clause_top(trigger)
    if top.dep_ != "advcl" or not {_lemma(top.head), top.head.lower_} & cues.want_verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return False
    return any(c.dep_ == "dobj" and c.i < top.i for c in top.head.children)
