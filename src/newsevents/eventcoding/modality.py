"""Modality of an event trigger: asserted, future, hypothetical, negated or historical."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding import concessions_attempts, mishaps, wire_phrasings
from newsevents.eventcoding.arguments import headline_infinitive
from newsevents.eventcoding.commerce import is_purchase_order
from newsevents.eventcoding.lexicon import Cues

# Relations along which a governing clause still speaks about the trigger ("plans to attack",
# "the attack at ...", "hoping that by annexing ..."); a reported clause (ccomp) is only
# crossed when its governor is itself a modal word (hope, expect, plan). A relative clause
# ("Turkey, which occupies the north, would not ...") states its own fact.
_CLIMB_DEPS = frozenset({"xcomp", "acl", "advcl", "pcomp", "prep", "pobj", "dobj", "conj", "acomp",
                         "attr", "nsubjpass", "nsubj", "npadvmod"})


def governing_chain(trigger: Token, cues: Cues, limit: int = 8) -> list[Token]:
    """The trigger and the tokens that govern it within its clause (and modal governors)."""
    chain = [trigger]
    token = trigger
    for _ in range(limit):
        head = token.head
        if head.i == token.i:
            break
        # a phrase of time or circumstance is not what its clause plans or asks for: "ordered
        # patrols after protests" does not make the protests hypothetical
        if token.dep_ == "prep" and token.lower_ in cues.adjunct_prep:
            break
        if token.dep_ == "pobj" and _topic_phrase(head, cues):
            break  # "their views on the meeting", "asked about the arrest": a topic, not what is asked for
        # a past participle describing a noun ("property seized by troops") states a fact of its own
        if token.dep_ == "acl" and token.tag_ == "VBN":
            break
        # a perfect participle ("having negotiated savings last year") tells an act done before its
        # clause: what the clause hopes or plans is not its own
        if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children):
            break
        # a clause of time or reason in the past tense ("ever since the chief made a public appeal, residents have
        # asked why ..."): a fact told, whatever its main clause asks, plans or hopes (senses13)
        if told_fact_clause(token, cues):
            break
        if done_as_clause(token):
            break  # "..., as his allies have urged them to do": an act told done beside the clause (targets34)
        if token.dep_ == "ccomp" and any(c.dep_ == "advmod" and c.lower_ == "why" for c in token.children):
            break  # "asked him why he attacked X": a question why presupposes the attack (targets32)
        if concessions_attempts.concession_told(token, cues):
            break  # "while the council had endorsed the plan, it would have to ...": a fact told (spur20)
        if token.dep_ in _CLIMB_DEPS or (
            token.dep_ == "ccomp" and (head.lemma_.lower() in cues.hypothetical | cues.future | cues.allege
                                       or head.lower_ in cues.hypothetical)
        ):
            chain.append(head)
            token = head
        else:
            break
    return chain


def told_fact_clause(token: Token, cues: Cues) -> bool:
    """An adverbial clause of time or reason (``time_mark``, ``told_mark``: "since", "after", "when")
    whose verb is in the past tense: it tells what happened ("ever since X made an appeal"), not what the
    clause it modifies asks for or plans. A present tense ("after the army withdraws, ...") stays open."""
    return token.dep_ == "advcl" and token.tag_ == "VBD" and any(
        (c.dep_ == "mark" and c.lower_ in cues.time_mark | cues.told_mark)
        # "could have used protection in 1962 when the army invaded": the parser hangs "when" as an adverb; the
        # modal is the main clause's, the invasion a fact told (modality27)
        or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in cues.time_mark) for c in token.children)


def _topic_phrase(prep: Token, cues: Cues) -> bool:
    """A phrase naming what an opinion, a question or an asking is about ("their views on the
    president's meeting", "asked the minister about the arrest"): the act in it is a topic, not
    what is asked for or hoped; its modality is its own. A verb's own particle ("called on the army
    to withdraw", "plan on attacking") is no topic (``ask_topic_prep`` holds no "on")."""
    if prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in cues.opinion_noun:
        return prep.lower_ in cues.topic_prep
    return head.pos_ == "VERB" and head.lemma_.lower() in cues.request and prep.lower_ in cues.ask_topic_prep


def _past_habit(trigger: Token, cues: Cues) -> bool:
    """"Democrats regularly attacked Republicans", "militias often raided farms": a habit told in
    the simple past or past perfect (a ``habitual`` adverb on the act's verb) is a past practice,
    background to the news (historical). A present perfect ("have repeatedly attacked this week")
    counts now, and "repeatedly" is no habit word. A habit told as what someone reports ("soldiers
    routinely beat detainees, a court was told today") is that report's news, not background."""
    verb = _verb_of(trigger)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.report:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in cues.report for c in verb.children):
        return False
    return verb.pos_ in ("VERB", "AUX") and _past_tense(verb) and any(
        c.dep_ == "advmod" and c.lower_ in cues.habitual for c in verb.children)


def _verb_of(trigger: Token) -> Token:
    """The verb that carries tense and negation for a trigger (itself when it is a verb)."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _said_to_be_unfounded(trigger: Token, cues: Cues) -> bool:
    """"There was no evidence that any detainee was tortured": the clause is said not to be so."""
    token = _verb_of(trigger)
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        # "no reason to believe that ...": the parser may hang the to-infinitive on the noun as a relative clause (wire21)
        unfounding = token.dep_ in ("acl", "ccomp") or wire_phrasings.infinitival_relative(token)
        if unfounding and head.pos_ == "NOUN" and head.lemma_.lower() in cues.evidence and (any(
            c.dep_ in ("det", "neg") and c.lower_ in cues.negation for c in head.children
        ) or _sought_in_vain(head, cues)):
            return True
        if token.dep_ not in ("acl", "ccomp", "xcomp", "conj", "pcomp", "pobj", "prep", "dobj") \
                and not wire_phrasings.infinitival_relative(token):
            return False
        token = head
    return False


def _sought_in_vain(noun: Token, cues: Cues) -> bool:
    """"The inquiry failed to find evidence that ...", "did not find any proof that ...": the
    evidence is the object of a denied or failed finding, so the clause it holds is not shown."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.negation


def _hearsay(trigger: Token, cues: Cues) -> str | None:
    """An act told only as the content of a report: "the firm denied reports it was withdrawing",
    "claims that troops had fired were dismissed", "denied it was withdrawing" (negated);
    "rumours that the club would sell", "suggestions that troops had fired" (hypothetical: alleged,
    not asserted). A plain "reports that" is how news tells events: it stays as told."""
    verb = _verb_of(trigger)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.disavow:
        return "negated"
    if verb.dep_ not in ("acl", "ccomp") or verb.head.pos_ != "NOUN" or verb.head.lemma_.lower() not in cues.hearsay:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "claims denied by Labour": a participle describing the report, not its content
    report = verb.head
    # the report is the object of a denial ("denied reports"), or the subject of a passive one
    # ("claims ... were denied by the army")
    if report.dep_ in ("dobj", "nsubjpass") and report.head.lemma_.lower() in cues.disavow:
        return "negated"
    if report.lemma_.lower() in cues.rumour:
        return "hypothetical"
    return None


def _past_tense(verb: Token) -> bool:
    """A simple past ("fired", "were killed") or past perfect ("had fired"), not a present
    perfect ("has signed": a past that counts now) nor a present or future."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def _era_phrase(prep: Token, cues: Cues) -> bool:
    """"under General X's regime", "during the war", "in his first term": a period that is over.
    An "in"-phrase counts only with an owner ("in the long term" is no period)."""
    if prep.dep_ != "prep" or prep.lower_ not in cues.era_prep:
        return False
    for noun in prep.children:
        # one period, singular: "under the terms of the deal" is no period
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in cues.era or noun.tag_ in ("NNS", "NNPS"):
            continue
        if any(c.dep_ == "amod" and c.lower_ in cues.era_now for c in noun.children):
            continue  # "under the new regime": now
        if prep.lower_ in cues.era_prep - {"in"} or any(c.dep_ == "poss" for c in noun.children):
            return True
    return False


def _in_bygone_era(trigger: Token, cues: Cues) -> bool:
    """An act placed in a period that is over, or done by a ruling body that is gone: "More than
    3,000 people were killed under Gen X's regime", "troops fired on civilians during the war",
    "the former regime jailed thousands". The verb must tell a past ("has signed during his
    term" counts now); an event noun with its own period phrase ("the killings under the regime")
    is history whatever the tense of its clause."""
    if trigger.pos_ == "NOUN" and any(_era_phrase(c, cues) for c in trigger.children):
        return True
    if trigger.pos_ == "NOUN" and _years_back(trigger, cues):
        return True
    verb = _verb_of(trigger)
    if verb.pos_ not in ("VERB", "AUX") or not _past_tense(verb):
        return False
    if _years_after_clause(verb, cues):
        return True
    # a word of the verb's own clause that opens an era phrase; the cheap test first (few words are an
    # era preposition), the walk up to the verb (_same_clause) only for those
    if any(t.dep_ == "prep" and t.lower_ in cues.era_prep and (t.i == verb.i or _same_clause(t, verb))
           and _era_phrase(t, cues) for t in verb.subtree):
        return True
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in cues.bygone_body and any(
        c.dep_ == "amod" and c.lower_ in cues.bygone for c in d.children) for d in doers)


def told_in_present_perfect(trigger: Token) -> bool:
    """"Sir X has teamed up with Y to record a version of Z's 1991 hit": English puts no past date
    on a present perfect ("has signed in 1991" is no sentence), so a far-back date in its
    sentence dates something else and the act counts now (not historical)."""
    verb = _verb_of(trigger)
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _years_back(noun: Token, cues: Cues) -> bool:
    """An event noun an anniversary marks, or that a span of years follows: "the 30th anniversary
    of the invasion", "thirty years after the massacre", "a decade since the bombing"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and prep.head.lemma_.lower() in cues.anniversary:
        return True
    if prep.lower_ not in cues.adjunct_prep:
        return False
    spans = [c for c in prep.children if c.dep_ == "npadvmod"]
    spans += [prep.head] if prep.head.dep_ == "npadvmod" else []
    return any(s.lemma_.lower() in cues.span_years for s in spans)


def _years_after_clause(verb: Token, cues: Cues) -> bool:
    """A past clause of time that a span of years measures back from its main clause ("a memorial was held
    one year after he was killed", "a decade after the army seized the port, troops left"): the act lies that
    span before a main clause told now or in the past, so a year or more back (the clause form of
    :func:`_years_back`; modality27). A main clause still to come ("will be freed two years after he was
    jailed") leaves the act's date open."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in cues.time_mark | cues.told_mark
                                       for c in verb.children):
        return False
    if not any(c.dep_ == "npadvmod" and c.lemma_.lower() in cues.span_years for c in verb.children):
        return False
    main = verb.head
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in cues.future)
                   for c in main.children)


def _conditions(clause: Token, main: Token, cues: Cues) -> bool:
    """``clause`` is a condition of the main clause ("if the talks fail, the union will strike"):
    not a concession ("even if Peru refuses, Bolivia signed") nor a manner ("as if"), and the main
    clause is no simple past (a condition on a past act is an open one: "if the plan was meant to
    calm markets, it failed")."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in cues.condition]
    if not marks or main.tag_ == "VBD":
        return False
    before = clause.doc[marks[0].i - 1] if marks[0].i > 0 else None
    return not (before is not None and before.lower_ in cues.concessive) and not any(
        c.dep_ == "advmod" and c.lower_ in cues.concessive for c in clause.children)


def _same_clause(token: Token, verb: Token) -> bool:
    """``token`` belongs to the verb's own clause, not to a clause of another verb inside it."""
    head = token.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
            return False
        head = head.head
    return True


def _yes_no_question(trigger: Token, chain: list[Token]) -> bool:
    """"Will the army withdraw?", "Did Vexland attack the town?": asked, not told."""
    for token in chain:
        first = token.doc[token.left_edge.i]
        if first.dep_ in ("aux", "auxpass") and first.head.i == token.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in token.children):
            end = token.right_edge.i + 1
            tail = token.doc[end] if end < len(token.doc) else None
            return token.doc[token.right_edge.i].text == "?" or (tail is not None and tail.text == "?")
    return False


def _predicate_of_subject(trigger: Token, verb: Token) -> bool:
    """"His meeting with X was not political", "the attack was no accident": an event noun that is
    the subject of "be" with a predicate; a "not" on "be" denies the predicate, not the event."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.i == verb.i \
        and verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def is_negated(trigger: Token, cues: Cues) -> bool:
    verb = _verb_of(trigger)
    if _predicate_of_subject(trigger, verb):
        return any(c.dep_ == "det" and c.lower_ in cues.negation for c in trigger.children)  # "no talks were ..."
    if any(c.dep_ == "aux" and c.lower_ in cues.possibility for c in verb.children) and any(
            c.dep_ == "neg" for c in verb.children):
        return False  # "may not be welcomed": possibly not, a hypothetical (the modal), not a denial
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.lower_ in cues.negation:
        return True  # "signed the deal without consulting parliament": the consulting did not happen
    # "the withdrawal did not mean that Libya had cut its ties": the denied implication is denied
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.implication and any(
            c.dep_ == "neg" for c in verb.head.children):
        return True
    for token in {trigger, verb}:
        for child in token.children:
            if _not_only(child) or _or_not(child):
                continue  # "not only rejected the plan but also ...": the correlative adds, it denies nothing (events42)
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in cues.negation and token.pos_ == "NOUN"):
                return True  # "did not", "no agreement"
            if child.lower_ in cues.negation and child.dep_ in ("cc", "preconj", "advmod"):
                return True  # "nor does he kill ...", "neither ..."
    if verb.dep_ == "conj" and any(c.lower_ in cues.negation and c.dep_ == "cc" for c in verb.head.children):
        return True  # "does not use X, nor does it kill Y": the parser hangs "nor" on the first verb
    if _said_to_be_unfounded(trigger, cues):
        return True
    # "will not be able to strike": a negated ability or attempt governs the act
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and any(
        c.dep_ == "neg" for c in (*verb.head.head.children, *verb.head.children)
    ):
        # also "was 'not ready' to support him": the parser hangs the "not" on the adjective itself
        return True
    if not_yet_done(verb):
        return True
    # "do not need to attack", "did not manage to reach": a negated verb governs the act
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() not in cues.negation \
            and any(c.dep_ == "neg" and not _or_not(c) for c in verb.head.children):
        return True
    # "failed to reach", "unable to attend", "the refusal to accept": a word of negation governs the act
    return verb.dep_ in ("acl", "xcomp") and verb.head.lemma_.lower() in cues.negation


def _not_only(neg: Token) -> bool:
    """"She not only rejected the offer but also sued the firm": "not only ... but" is a correlative of
    addition (both acts happened), no negation; the "but" must follow in the sentence."""
    doc = neg.doc
    if neg.lower_ != "not" or neg.i + 1 >= len(doc) or doc[neg.i + 1].lower_ != "only":
        return False
    return any(t.lower_ == "but" for t in doc[neg.i + 2:neg.sent.end])


def _or_not(neg: Token) -> bool:
    """"whether or not Israel wants to make the deal", "whether they sign it or not": the "not" of an
    alternative question offers both answers, it denies nothing (events44). The "or not" must follow a
    "whether" of the same sentence."""
    doc = neg.doc
    if neg.lower_ != "not" or neg.i == 0 or doc[neg.i - 1].lower_ != "or":
        return False
    return any(t.lower_ == "whether" for t in doc[neg.sent.start:neg.i - 1])


def not_yet_done(verb: Token) -> bool:
    """"The governor has yet to endorse him", "the deal is yet to be signed": an act not done by now, the act
    negated (an endorsement withheld is no future one). The to-infinitive under "have" or "be" that takes
    "yet" (the twenty-eighth US-news audit's class of supports withheld)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in ("have", "be"):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" and head.i < c.i < verb.i for c in head.children)


def _sought_by(head: Token, cues: Cues) -> bool:
    """A word whose to-infinitive is only called for, pushed for or sought (``aim_word``: "called to
    reject", "the campaign to expel", "keen to blockade"); not one told in the passive ("was called to
    testify": summoned, the act is the summons')."""
    if head.lemma_.lower() not in cues.aim_word and head.lower_ not in cues.aim_word:
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def modality_of(trigger: Token, cues: Cues) -> str:
    """future / hypothetical / historical / asserted from auxiliaries, marks and governors.

    Negation is decided separately (:func:`is_negated`) because a negated cooperative act is
    coded as a REJECT (asserted), not as a negated event.
    """
    reported = _hearsay(trigger, cues)
    if reported is not None:
        return reported  # "denied reports it was withdrawing", "rumours that the club would sell"
    chain = governing_chain(trigger, cues)
    if _yes_no_question(trigger, chain):
        return "hypothetical"  # "Will the army withdraw?": asked, not told
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in cues.presuppose:
        # "plans to end the embargo": the embargo exists, whatever is planned for it
        chain = [trigger]
    if wire_phrasings.performative_wish(trigger, cues):
        chain = [trigger]  # "I want to thank you": thanked by saying so, no wish (wire21)
    chain = _within_granted_premise(chain, cues)  # "if, as experts believe, X attacked Y, ...": told (targets33)
    hypothetical = future = historical = False
    # "considered options but agreed": a coordinated verb shares its partner's auxiliaries and
    # marks, not what the partner's own word means
    by_conjunction = {chain[k + 1].i for k in range(len(chain) - 1) if chain[k].dep_ == "conj"}
    # "cannot accept and will oppose": a coordinated verb with auxiliaries (or a past tense) of its
    # own keeps them
    own_aux = {chain[k + 1].i for k in range(len(chain) - 1)
               if chain[k].dep_ == "conj" and (chain[k].tag_ == "VBD" or any(
                   c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in chain[k].children))}
    chain_ids = {t.i for t in chain}
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() in cues.standing for c in trigger.children):
        historical = True  # "the current loan agreement expires": an agreement made before, told again
    if mishaps.licensed_act(chain, cues):
        hypothetical = True  # "authorizing the mayor to award contracts": a power given, no award yet (spur18)
    if any(headline_infinitive(t) for t in chain):
        future = True  # "Union to stage fresh strike": announced, to come
    if _in_bygone_era(trigger, cues):
        historical = True  # "were killed under Gen X's regime", "the former regime jailed"
    if _past_habit(trigger, cues):
        historical = True  # "Democrats regularly attacked Republicans": a past practice
    for k, token in enumerate(chain):
        if token.dep_ == "xcomp" and token.head.i in chain_ids and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            if token.head.lemma_.lower() == "be":
                future = True  # "India and Russia are to work together": an arrangement for later
            elif token.head.lemma_.lower() == "have" and any(
                    c.dep_ == "prep" and c.lower_ in cues.deadline for c in token.head.children):
                hypothetical = True  # "the firms have until May to settle": a deadline, not a settlement
        if token.dep_ in ("xcomp", "acl") and token.head.i in chain_ids and _sought_by(token.head, cues) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            hypothetical = True  # "has called to reject the deal", "the effort to force him out": only sought
        lemma = token.lemma_.lower()
        if token.lower_ in cues.hypothetical:
            lemma = token.lower_  # the tagger's lemma of "hoping" is sometimes "hop"
        if token.i in by_conjunction:
            lemma = ""
        if token.pos_ == "VERB" and lemma in cues.attempt_verb:
            lemma = ""  # "tried to attack": the attempt is made; only a modal or plan above it counts
        if token.i != trigger.i and lemma in cues.allege:
            hypothetical = True  # "rights groups allege that soldiers tortured": a charge not shown
        if token.i != trigger.i and (token.lower_ in cues.hope_word or lemma in cues.hope_word):
            hypothetical = True  # "militants bent on attacking", "optimism about working together": hoped, intended
        if k > 0 and chain[k - 1].dep_ == "prep" and chain[k - 1].lower_ in ("about", "over") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in cues.hope_word for c in token.children):
            hypothetical = True  # "expressing optimism about working together": the parser hangs "about" on the verb
        if token.i != trigger.i and lemma in cues.hypothetical and not is_purchase_order(token, cues):
            hypothetical = True  # "ordered an inquiry" asks for one; "ordered 30 planes in a deal" made one
        if token.i != trigger.i and lemma in cues.peril and not any(
                c.dep_ == "dobj" and c.i not in chain_ids for c in token.children):
            hypothetical = True  # "police risk attacking", "risks sanctions"; not "risked his life spying"
        if k > 0 and chain[k - 1].dep_ == "nsubjpass" and any(
                c.dep_ == "prep" and c.lower_ in cues.direction_prep for c in token.children):
            lemma = ""  # "his attacks have been aimed at her character": directed at, not intended
        # "went on strike" is past; only "going to" speaks of the future
        if token.i != trigger.i and lemma in cues.future and (lemma != "go" or token.lower_ == "going"):
            future = True
        if lemma in cues.historical and token.i != trigger.i:
            historical = True
        for child in token.children:
            word = child.lower_
            if child.dep_ in ("aux", "auxpass") and token.i in own_aux:
                continue
            if child.dep_ in ("aux", "auxpass"):
                # the modal auxiliaries are among the future / hypothetical cues ("will", "could")
                if word in cues.future or (word == "would" and wire_phrasings.announced_would(token, cues)):
                    future = True  # "said it would press for a trial": an announcement (wire21)
                elif word == "would" and _judged_fact(token, cues):
                    pass  # "ashamed that X would endorse Y": the endorsement made, felt about (targets31)
                elif word in cues.hypothetical:
                    hypothetical = True
            elif child.dep_ == "amod" and token.i == trigger.i and token.pos_ == "NOUN" and (
                child.lemma_.lower() in cues.future
            ):
                future = True  # "their imminent withdrawal", "the planned visit"
            elif child.dep_ == "prep" and word == "for" and lemma in cues.request and any(
                g.i in chain_ids for g in child.children
            ):
                hypothetical = True  # "called for an inquiry", "pressed for talks"
            elif child.dep_ == "mark" and word in cues.hypothetical and not (
                    word == "if" and granted_premise(token, cues)):  # "if", "unless", "whether"
                hypothetical = True  # not "if, as experts believe, X attacked Y": a premise granted (targets33)
            elif child.dep_ == "mark" and word in cues.once_mark and _awaits(token, cues):
                hypothetical = True  # "will be approved once it submits details": a condition to be met (wire22)
            elif child.dep_ == "advmod" and word in cues.hope_word:
                hypothetical = True  # "Hopefully, he will seek help": a hope, no plan told (targets32)
            elif child.dep_ == "advmod" and word in cues.remote_once and _indefinite_past(child, token):
                historical = True  # "she once threw a book at him": some time back, not the news (targets32)
            elif child.dep_ == "advmod" and word in cues.before_adverb:
                historical = True  # "had previously blockaded the port": before the news
            elif child.dep_ == "advcl" and token.i not in by_conjunction and _conditions(child, token, cues) \
                    and not (token.i == trigger.i and wire_phrasings.threat_condition(token, cues)):
                # "if the talks fail, the union will strike": only what would follow; "threatened to cancel
                # the permit if ...": the condition is what the threat says, the threat is made (wire21); the
                # cancelling stays hypothetical
                hypothetical = True
            elif child.dep_ == "mark" and word in cues.purpose_mark and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
                hypothetical = True  # "crossed the border so as to attack": the purpose, not the act
            elif child.dep_ == "mark" and word == "for" and any(a.lower_ == "to" for a in token.children):
                hypothetical = True  # "called for him to apologise": only asked for
            elif child.dep_ == "prep" and word == "in" and any(
                g.lemma_.lower() in cues.historical for g in child.children if g.dep_ == "pobj"
            ):
                historical = True
    if wire_phrasings.doubted(trigger, cues):
        hypothetical = True  # "the rebels supposedly attacked the convoy": supposed, not shown (wire21)
    if hypothetical:
        return "hypothetical"
    if future:
        return "future"
    if historical:
        return "historical"
    return "asserted"


def _indefinite_past(once: Token, verb: Token) -> bool:
    """"She once threw a book at an aide": "once" between the subject and a verb in the simple past tells an
    act at some time back (an anecdote of the past), not the news. "Once he arrived, ..." (a clause of time,
    before its subject), "once again", "once more" and "once a year" (a count) stay as told."""
    if verb.tag_ != "VBD" or any(True for _ in once.children):
        return False
    after = verb.doc[once.i + 1] if once.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ in ("again", "more", "a", "an", "every", "each"):
        return False
    return any(c.dep_ == "nsubj" and c.i < once.i for c in verb.children) and once.i < verb.i


def _awaits(clause: Token, cues: Cues) -> bool:
    """"The offer will be approved once it submits details", "once the treaty is signed, the troops would
    leave": a "once"-clause hung on a clause of what will or would follow is a condition still to be met, like an
    "if"-clause (the twenty-first news-wire audit's #19); "once he arrived, he was arrested" tells a time."""
    if clause.dep_ != "advcl":
        return False
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in cues.future or c.lower_ in cues.hypothetical)
               for c in clause.head.children)


def is_prediction(trigger: Token, cues: Cues) -> bool:
    """"was about to resign", "is expected to withdraw": a forecast by others, not a promise."""
    return any(t.i != trigger.i and (t.lemma_.lower() in cues.prediction or t.lower_ in cues.prediction)
               for t in governing_chain(trigger, cues))


def _judged_fact(clause: Token, cues: Cues) -> bool:
    """"I am ashamed that the governor would endorse him", "regrets that the party would back him": the "would"
    of a that-clause under a word of feeling or judging a fact (``judged_fact_word`` cues) is the putative
    "would" of a fact felt about, not a condition; not with a condition of its own ("if ...") nor a perfect
    ("would have endorsed": what did not happen)."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.judged_fact_word:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return not any((c.dep_ == "aux" and c.lower_ == "have") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in cues.hypothetical for m in c.children)) for c in clause.children)


def _within_granted_premise(chain: list[Token], cues: Cues) -> list[Token]:
    """The chain up to the "if"-clause that grants its premise (see :func:`granted_premise`): what the main
    clause says would follow ("the talks will end") is no modality of the act granted."""
    for k, token in enumerate(chain):
        if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in token.children) \
                and granted_premise(token, cues):
            return chain[:k + 1]
    return chain


def granted_premise(verb: Token, cues: Cues) -> bool:
    """The "if"-clause headed by ``verb`` grants its premise: an "as"-clause of belief or saying (``granting_as_verb``
    cues) hangs on it ("if, as officials say, the rebels attacked the convoy") or follows it right after its comma,
    wherever the parser hung it ("if X is indeed attacking Y, as many experts believe and officials allege, ..."):
    the act is told as alleged and believed, not as a condition (the thirty-first US-news audit's #14; targets33)."""
    def granting(clause: Token) -> bool:
        return clause.dep_ in ("advcl", "parataxis") and clause.lemma_.lower() in cues.granting_as_verb and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)

    if any(granting(c) for c in verb.children):
        return True
    end = verb.right_edge.i
    return any(granting(c) and c.left_edge.i - end <= 2 and c.left_edge.i > end for c in verb.head.children
               if c.i != verb.i)


def done_as_clause(token: Token) -> bool:
    """targets34 (the thirty-second US-news audit's #15): an adverbial clause of manner or comparison opened by
    "as" whose verb is in the simple past or the perfect ("if X loses, Y will stay in the race, as Y's allies have
    urged him to do"; "the army will withdraw, as it did in 2010") tells an act done, beside the clause it
    modifies: that clause's condition, modal or plan is not its modality. A present-tense "as"-clause ("as the
    troops advance, the rebels will retreat", a time still to come) stays under its clause."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "as they would have wished": a modal of its own
    if token.tag_ == "VBD" and not auxes:
        return True
    return token.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)
