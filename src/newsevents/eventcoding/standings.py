"""Standings, ordeals, questions, habits and stances told with words of events (issue 14, session 26, brief
senses29; the twenty-seventh US-news audit's spurious rows, docs/audit/2026-12-27-us-news-twenty-seventh.md, and
the output events of eval/gold/news-dev41 and news-dev42). Each is no act between parties; each rule reads the
trigger's own selection (its object, its phrases, the verb it hangs on) and the words are cue kinds of
``event_cues.tsv`` named in each function; the rules are tested on sentences of our own in
tests/events/test_events_standings_habits_stances.py.

- **a poll share** (a SUPPORT noun or verb whose "of", "from" or "among" phrase is a figure of a share,
  ``share_figure``: "has backing from 35 percent", "has the support of 44 percent of likely voters", or a
  verb with a counted share as its adverbial: "favored the mayor, 60 percent to 30 percent"): a
  standing in a survey, nobody backs anybody at a time;
- **an ordeal faced** (an ``ordeal_verb`` -- face, confront -- whose object is an ``ordeal_noun`` -- a test,
  a challenge, a hurdle: "will face his greatest test at the debate"): a difficulty ahead, no meeting;
- **an interviewer's question** (``ask`` with a to-infinitive of giving an account, ``account_verb`` --
  explain, lay out, describe --, asked by a person of the news, ``interviewer_word``: "the host asked the
  senator to lay out his path to the nomination"): a question put to a guest, no request between parties;
- **a past habit** ("used to" + the act: "the farmer used to support the governor"): a state of the past,
  told as the background of a change, no act at a time;
- **a habit told in the reported present** (CONSULT, COOPERATE or AID in the simple present, the clause of a
  past verb of saying, dated by nothing of its own: "the mayor said he meets with families of victims"): what
  one does as a rule, no meeting at a time; "said he meets the president on Friday" (dated) stays;
- **a stance on a measure or a practice** (a ``policy_stance_verb`` or ``endorse_verb``, or a ``stance_noun`` by
  its "to"/"for" phrase, whose every object is a
  gerund clause, a ``measure_noun`` or a ``practice_noun``, owned by no named party: "has endorsed making it
  harder to enter", "endorsed one of their methods", "has opposed any discrimination against Sikhs"): a view
  of policy, no party backed or rejected. A state's stance (diplomacy) and a party's plan stay;
- **an aim recommended** (an AGREE told by a verb of securing an aim, ``aim_secure_verb`` -- ensure, guarantee
  --, under "should", ``recommend_modal``, its own or that of the verb it hangs on, with no party it is promised
  to: "the next administration should be focused on ensuring the security of its embassies", "the government
  should ensure cooperation between the agencies"): a writer's recommendation, no promise made;
- **a reporter's collaboration** (COOPERATE "with" a news outlet, ``press_word``, to expose or publish,
  ``exposure_verb``: "worked with the Sentinel to expose abuses"): a journalist's career, no cooperation
  between parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import objects_of_preps
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_VERBS = ("VERB", "AUX")
_SHARE_PREPS = ("of", "from", "among")
_STANCES = frozenset({"SUPPORT", "REJECT"})
_HABIT_TYPES = frozenset({"CONSULT", "COOPERATE", "AID", "MOBILIZE"})
_PRESENT_OR_PAST = ("VBD", "VBZ", "VBP")
# what a bloc of voters may do for a candidate (events30)
_BLOC_TYPES = frozenset({"AID", "SUPPORT"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# entity types that date a clause
_DATED = frozenset({"DATE", "TIME"})
# links under which a clause's words belong to another clause (a relative clause of an object)
_OTHER_CLAUSE = frozenset({"relcl", "acl", "ccomp", "advcl"})


def no_event(trigger: Token, event_type: str, actor_tokens: list[Token], recipient: list[Party], cues: Cues) -> bool:
    """Any of the module's rules: the trigger tells a standing, an ordeal, a question, a habit or a stance."""
    if event_type == "SUPPORT" and poll_share(trigger, cues):
        return True
    if ordeal_faced(trigger, cues) or past_habit(trigger, cues):
        return True
    if event_type == "REQUEST" and interviewer_question(trigger, actor_tokens, cues):
        return True
    if event_type in _HABIT_TYPES and reported_habit(trigger, cues):
        return True
    if event_type == "CONSULT" and acquaintance_described(trigger):
        return True
    if event_type in _BLOC_TYPES and bloc_forecast(trigger, cues):
        return True
    if event_type in _STANCES and stance_on_measure(trigger, actor_tokens, cues):
        return True
    if event_type == "AGREE" and not recipient and aim_recommended(trigger, cues):
        return True
    return event_type == "COOPERATE" and press_collaboration(trigger, recipient, cues)


def _share(token: Token, cues: Cues) -> bool:
    return token.ent_type_ == "PERCENT" or token.lemma_.lower() in cues.share_figure or token.lower_ in cues.share_figure


def poll_share(trigger: Token, cues: Cues) -> bool:
    """"The mayor has backing from 35 percent", "has the support of 44 percent of likely voters": support
    measured as a share (``share_figure``: percent, a PERCENT figure) is a standing in a poll, no act of
    backing. "Won the backing of 200 mayors" (people, no share) stays. A share split set beside a verb of
    backing ("teachers favored the mayor, 60 percent to 30 percent": a counted share as the verb's noun-phrase
    adverbial) is a survey's result too (events37)."""
    if trigger.pos_ in _VERBS:
        # the split as the verb's adverbial, or (as the parser may hang it) in apposition to its object
        split = [c for c in trigger.children if c.dep_ == "npadvmod"] + [
            a for o in trigger.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos"]
        if any(_share(c, cues) and any(g.dep_ == "nummod" or g.like_num for g in c.children) for c in split):
            return True
    return any(_share(g, cues) for g in objects_of_preps(trigger, _SHARE_PREPS, conjuncts=False))


def ordeal_faced(trigger: Token, cues: Cues) -> bool:
    """"The senator will face his greatest test at Tuesday's debate", "confronts a tough challenge": a verb of
    facing (``ordeal_verb``) whose object is a difficulty (``ordeal_noun``) tells what lies ahead of one party,
    no meeting ("face ... at" is otherwise read as a meeting). "Faced the rebels at the border" stays."""
    if trigger.pos_ not in _VERBS or trigger.lemma_.lower() not in cues.ordeal_verb:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in cues.ordeal_noun for o in objects)


def interviewer_question(trigger: Token, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The talk show host asked the governor to lay out his plan", "CNN host Dana Miles asked Carter to explain
    his path": a person of the news (``interviewer_word`` in the asker's phrase: host, anchor, moderator, "News")
    asking a guest to give an account (``account_verb``: explain, lay out, describe) puts a question, no request
    between parties (the fourth US-news audit's #18, the twenty-seventh's #11). "The minister asked the envoy
    to explain the troop build-up" (no person of the news) stays a request."""
    if trigger.lemma_.lower() != "ask" or trigger.pos_ not in _VERBS:
        return False
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.account_verb for c in trigger.children):
        return False
    askers = actor_tokens or [c for c in trigger.children if c.dep_ == "nsubj"]
    return bool(askers) and all(
        any(w.lemma_.lower() in cues.interviewer_word or w.lower_ in cues.interviewer_word
            for w in a.subtree if w.dep_ in ("compound", "nsubj", "appos", "poss", "ROOT") or w.i == a.i)
        for a in askers)


def past_habit(trigger: Token, cues: Cues) -> bool:
    """"The farmer used to support the governor before he changed his mind": an act under "used to"
    (``past_habit_verb``, a past tense with no object of its own) is a habit or a state of the past, the
    background of a change, no act at a time. "Rebels used mortars to attack the town" (an object used) stays."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i or head.tag_ not in ("VBD", "VBN"):
        return False
    if head.lemma_.lower() not in cues.past_habit_verb or not any(c.tag_ == "TO" for c in trigger.children):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)


def _dated(verb: Token) -> bool:
    """A date or time in the verb's own clause (not inside a relative clause of one of its nouns)."""
    todo = list(verb.children)
    while todo:
        t = todo.pop()
        if t.dep_ in _OTHER_CLAUSE:
            continue
        if t.ent_type_ in _DATED:
            return True
        todo.extend(t.children)
    return False


def reported_habit(trigger: Token, cues: Cues) -> bool:
    """"The mayor said he meets with families of crime victims", "she said she works with the charities",
    "residents say officers still patrol the square": a meeting, cooperation, aid or deployment in the simple
    present (no auxiliary) as the clause of a verb of saying (``report``) in the past or the present (events30),
    with no date or time of its own, is a habit the speaker reports, no act at a time. "Said he meets the
    president on Friday" (dated), "said he met ..." (a past) and a headline's present stay."""
    if trigger.tag_ not in ("VBZ", "VBP") or trigger.dep_ != "ccomp":
        return False
    head = trigger.head
    if head.tag_ not in _PRESENT_OR_PAST or head.lemma_.lower() not in cues.report:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children):
        return False
    return not _dated(trigger)


def _stance_object(token: Token) -> Token:
    """"one of their preferred methods": the noun the quantifier picks from."""
    if token.lemma_.lower() in ("one", "some", "any", "all", "each") or token.tag_ == "CD":
        picked = objects_of_preps(token, ("of",), conjuncts=False)
        if picked:
            return picked[0]
    return token


def is_measure(token: Token, cues: Cues, proposals: bool = False) -> bool:
    """A policy, practice or (with ``proposals``) a proposal no named party owns, as the object of a stance or
    a call: a gerund clause, a practice or measure noun without a named possessor (shared with descriptions.py)."""
    if token.tag_ == "VBG":
        return True  # "endorsed making it harder": an act proposed, a policy
    lemma = token.lemma_.lower()
    if lemma in cues.practice_noun or lemma in cues.measure_noun:
        # "their preferred methods", "any discrimination": no named party owns it
        return not any(c.dep_ == "poss" and (c.ent_type_ in _NAMED or c.tag_ == "NNP") for c in token.children)
    if proposals and lemma in cues.change_noun:
        # a stance noun's proposal ("his opposition to the funding proposal"); a verb's plan stays: "the Czech
        # president backed the plan" may be diplomacy, and "the governor's plan" is a party's proposal
        return not any(c.dep_ == "poss" for c in token.children)
    return False


def stance_on_measure(trigger: Token, actor_tokens: list[Token], cues: Cues) -> bool:
    """"Lawmakers have endorsed making it harder for people to enter the country", "the governor endorsed one
    of their preferred methods", "the senator has vocally opposed any discrimination against Sikhs": a verb of
    stance (``policy_stance_verb``, ``endorse_verb``) whose every object is a gerund clause, a measure
    (``measure_noun``: a bill, a method) or a practice (``practice_noun``) is a view of policy, no
    party backed or rejected (the seventh US-news audit's #19, the twenty-seventh's #24, #28, #33). A party
    backed ("endorsed the mayor"), a party's plan ("opposed the governor's plan") and a state's stance
    ("France opposes the plan": diplomacy) stay. A noun of stance (``stance_noun``: "his opposition to the farm
    bill", "her support for the tax bill") is read the same way on its "to"/"for" phrase; "support for the rebels"
    stays."""
    lemma = trigger.lemma_.lower()
    if any(t.ent_type_ in ("GPE", "NORP") for t in actor_tokens):
        return False
    if trigger.pos_ == "NOUN" and lemma in cues.stance_noun:
        # "Among the votes: Mills's opposition to the farm bill": a legislator's stance on a measure
        measures = objects_of_preps(trigger, ("to", "for"), conjuncts=False)
        return bool(measures) and all(is_measure(_stance_object(o), cues, proposals=True) for o in measures)
    if trigger.pos_ not in _VERBS or (lemma not in cues.policy_stance_verb and lemma not in cues.endorse_verb):
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [cc for o in objects for cc in o.conjuncts]
    if not objects:
        objects = [c for c in trigger.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return bool(objects) and all(is_measure(_stance_object(o), cues) for o in objects)


def aim_recommended(trigger: Token, cues: Cues) -> bool:
    """"The government should ensure cooperation between the agencies", "the next administration should be
    focused on ensuring the security of its embassies": a verb of securing an aim (``aim_secure_verb``) under
    "should" (``recommend_modal``) -- its own auxiliary, or that of the verb it is the complement of, up to two
    links ("focused on ensuring") -- tells what someone ought to do, a recommendation, no promise to a party.
    "The president promised aid to Jordan" (no modal) and "will ensure aid for Jordan" (a pledge) stay. The verb
    may be a later conjunct or a participial clause of the one under "should" (events37)."""
    if trigger.pos_ not in _VERBS or trigger.lemma_.lower() not in cues.aim_secure_verb:
        return False
    node = trigger
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in cues.recommend_modal for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        # events37: a later conjunct shares its first conjunct's frame, and a participial clause with no subject
        # of its own the frame of its verb ("should be focused on catching ..., trying to ..., and ensuring ...")
        if node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG"
                                   and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            node = node.head
            continue
        if node.dep_ not in ("pcomp", "pobj", "prep", "xcomp"):
            return False
        node = node.head
        if node.dep_ == "prep":
            node = node.head
    return False


def press_collaboration(trigger: Token, recipient: list[Party], cues: Cues) -> bool:
    """"As a reporter, she worked with the Sentinel to expose abuses at the prison": cooperation "with" a news
    outlet (coded as the media, MED, or a ``press_word`` in its name or noun) whose purpose is to expose or publish (``exposure_verb``) is
    a journalist's work, the background of a career, no cooperation between parties. "Worked with the police
    to expose the ring" (no outlet) stays."""
    if trigger.pos_ not in _VERBS:
        return False
    if not any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in cues.exposure_verb for c in trigger.children):
        return False
    if recipient and all("MED" in {s.upper() for s in p.sector} for p in recipient):
        return True
    partners = objects_of_preps(trigger, ("with",), conjuncts=False)
    return bool(partners) and all(
        any(w.lemma_.lower() in cues.press_word for w in p.subtree) for p in partners)


def acquaintance_described(trigger: Token) -> bool:
    """"Voters I have met on the road", "the farmers she has met": a meeting told in the perfect in a relative
    clause whose antecedent is the one met (the clause has no object of its own), with no date of its own, says
    whom someone knows, no meeting at a time (events30; the twenty-eighth US-news audit's descriptions). "The
    envoy has met the rebels" (a main clause) and "the envoys who have met the rebels" (an object named) stay."""
    if trigger.dep_ != "relcl" or trigger.tag_ != "VBN" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")) for c in trigger.children):
        return False
    return not _dated(trigger)


def bloc_forecast(trigger: Token, cues: Cues) -> bool:
    """"Undecided voters are not likely to help either candidate", "young voters are unlikely to back her": what a
    bloc of voters (an ``electorate`` noun) is ``forecast_adjective`` to do for a candidate is a forecast of how
    it may vote, no aid or support given (events30; the twenty-eighth US-news audit's forecasts). "The union is
    likely to back her" (a body that endorses) stays."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.lemma_.lower() not in cues.forecast_adjective:
        return False
    verb = head.head if head.dep_ == "acomp" else head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.electorate for c in verb.children)
