"""Campaign talk that is no event (issue 14, session 15, brief s15-campaign; the sixth US-news audit's
campaign-talk class, held-out set 16).

A candidate's race is told with words of events -- a campaign suspended, a rally, force promised -- that
act on no party. Each rule reads what the trigger is done to or under, and the words are cue kinds of
``event_cues.tsv``:

- **one's own race ended or begun** (``race_noun`` owned by a possessive: "suspended his campaign",
  "ended her White House bid"): the candidate's own campaign is no party sanctioned or left; a race
  noun with a mark of arms ("its bombing campaign") or a party acted on ("its campaign against the
  rebels") stays;
- **one person's rally** (a PROTEST noun owned by one person's possessive and aimed at no one, in a story
  of a race: "would not get beat up at his rally"): a candidate's rally, electioneering, no dissent (as
  "Trump said at a rally", components/events.py);
- **what one would do if elected** (a condition "if" whose verb is one of winning office: ``election_verb``
  -- "if he is elected" --, a ``win_verb`` with a ``race_prize`` or nothing won -- "if she wins the
  nomination" --, or becoming an ``office_title`` -- "if he becomes president"): a campaign promise to
  voters, no act toward anyone;
- **a candidate's promise to voters** (a ``campaign_pledge_verb`` with a clause of what is promised, AGREE with no
  party to receive it, made by one person -- a PERSON name or a ``person_pronoun`` -- in a story of a race: "she
  pledged to stay in the race through June", 'vowed to "restore trust"'): campaign talk, no act between parties
  (events30);
- **the kind of leader wished for** (an act told in a relative clause with a ``wished_leader_modal`` on an
  ``office_title`` with a ``wished_leader_det``: "voters can choose a president who will end these trade deals"):
  what such a leader would do, no act of anyone (events30);
- **a party's pledge of force** (ASSAULT or COERCE, future or hypothetical, with no weapon, whose every
  doer is a political party or a party politician and nothing else -- sector PTY alone, no state office:
  "the party will fight at home and abroad to destroy terrorist organizations", a candidate's "plan to bar
  Muslims from entering the country"): a platform's figure or a proposal; an armed movement (REB, MIL:
  "Hezbollah will fight to destroy Israel") and a government's plan stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import entity_at
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_VERBS = ("VERB", "AUX")
_MATERIAL = frozenset({"ASSAULT", "COERCE"})
_UNDONE = frozenset({"future", "hypothetical"})
_OFFICIAL_ENTS = frozenset({"DATE", "ORG", "GPE", "NORP", "FAC"})
# views and dealings aimed at another's campaign are aimed at that candidate ("criticized his campaign")
_TOWARD_ANOTHER = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT", "COOPERATE", "AID"})


def no_event(trigger: Token, event_type: str, modality: str, actor: list[Party], actor_tokens: list[Token],
             recipient_tokens: list[Token], cues: Cues, weapon: bool) -> bool:
    """Any of the module's rules: the trigger tells campaign talk, no event."""
    if own_race(trigger, event_type, cues) or persons_rally(trigger, event_type, actor_tokens, recipient_tokens, cues):
        return True
    if if_elected(trigger, cues) or leader_wished_for(trigger, cues):
        return True
    if campaign_pledge(trigger, event_type, actor_tokens, recipient_tokens, cues):
        return True
    return not weapon and party_pledge_of_force(event_type, modality, actor)


def _objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return found + [cc for o in found for cc in o.conjuncts]


def _race_marked(noun: Token, cues: Cues) -> bool:
    """Every modifier of the race noun says which race ("presidential", "2016", "White House", "Senate")."""
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod", "nummod"):
            continue
        if child.lemma_.lower() in cues.race_mark or child.lower_ in cues.race_mark:
            continue
        if child.ent_type_ in _OFFICIAL_ENTS:
            continue
        return False
    return True


def own_race(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The Florida senator suspended his campaign Tuesday night", "ended her Senate bid": a verb whose
    object is a ``race_noun`` owned by a possessive pronoun or by its own subject acts on the candidate's
    own race, no party (the sixth US-news audit's #19: SANCTION to "his campaign"). A campaign of arms
    ("suspended its bombing campaign") or against a party ("its campaign against the rebels") stays, and so
    do views and dealings, which are aimed at the campaign's candidate ("has criticized his campaign")."""
    if trigger.pos_ not in _VERBS or event_type in _TOWARD_ANOTHER:
        return False
    objects = _objects(trigger)
    if not objects:
        return False
    subjects = {t.i for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
    for obj in objects:
        if obj.lemma_.lower() not in cues.race_noun:
            return False
        owners = [c for c in obj.children if c.dep_ == "poss"]
        if not owners or not all(o.tag_ == "PRP$" or o.i in subjects for o in owners):
            return False
        if any(c.dep_ == "prep" and c.lower_ in cues.race_target_prep for c in obj.children):
            return False
        if not _race_marked(obj, cues):
            return False
    return True


def persons_rally(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                  cues: Cues) -> bool:
    """"Saying the person would not get beat up at his rally", "disturbances at some of Trump's rallies": a
    PROTEST noun whose only doer is its owner, one person (a ``one_owner`` possessive, "his", "her", or a
    name the entities stage types PERSON), aimed at no one, is that person's rally, a candidate's (the
    sixth US-news audit's #12), when the story is one of a race (a ``campaign`` word in it). "Their rally
    against the law" (many, and a target), "the union's rally" and a person's rally in a story with no race
    stay."""
    if event_type != "PROTEST" or trigger.pos_ != "NOUN" or recipient_tokens or len(actor_tokens) != 1:
        return False
    owner = actor_tokens[0]
    if owner.dep_ != "poss" or owner.head.i != trigger.i:
        return False
    # the story is one of a race (a ``campaign`` word: "campaign", "primary", "election"); an opposition
    # leader's rally in a story of dissent ("police detained dozens at Navalny's rally") stays a protest
    if not any(t.lemma_.lower() in cues.campaign for t in trigger.doc):
        return False
    if owner.tag_ == "PRP$":
        return owner.lower_ in cues.one_owner
    # "some of Trump's rallies": one person named (as the entities stage typed the name)
    entity = entity_at(owner.doc, owner.idx, owner.idx + len(owner.text))
    return owner.tag_ == "NNP" and entity is not None and entity.type == "PERSON"


def _wins_office(verb: Token, cues: Cues) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in cues.election_verb:
        return True
    if lemma in cues.win_verb:
        won = _objects(verb)
        return all(o.lemma_.lower() in cues.race_prize or o.lower_ in cues.race_prize for o in won)
    if lemma == "become":
        return any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in cues.office_title for c in verb.children)
    return False


def _in_office_to_come(act: Token, cues: Cues) -> bool:
    """"(promised) to send more aid as president", "to meet him in her first week as president": the pledged act
    done "as" a bare office title (no article: the role, not a person), the office the promiser would hold."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in cues.office_title and not any(d.dep_ in ("det", "poss") for d in g.children)
        for g in t.children) for t in act.subtree)


def _inverted_should(verb: Token) -> bool:
    """"should he win the presidency": a condition told by "should" before its subject (no "if")."""
    should = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "should"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(should and subjects) and should[0].i < subjects[0].i and should[0].i > verb.sent.start


def if_elected(trigger: Token, cues: Cues) -> bool:
    """"Trump said he would bomb the oil fields ... if he is elected", "promised to free them if she wins
    the nomination": an act whose clause (the trigger or the verbs it is the complement or conjunct of) is
    conditioned by "if" (or by "should" before its subject: "should he win the presidency") on winning office, or
    a promise whose pledged act is, is a promise to voters, no act toward anyone; so is a promise (``pledge_verb``)
    whose pledged act is done "as" a bare office title ("promised to send more aid to Israel as president"). "Russia will retaliate if NATO expands" (no office won) stays hypothetical."""
    def conditioned(verb: Token) -> bool:
        return any(child.dep_ == "advcl" and child.pos_ in _VERBS and (any(
            m.dep_ == "mark" and m.lower_ in cues.office_condition for m in child.children) or _inverted_should(child))
            and _wins_office(child, cues) for child in verb.children)

    # "promised to take bold action should he win the presidency", parsed with the condition as the root
    # and the promise as its complement: the promise hangs under the inverted condition
    head = trigger.head
    if trigger.dep_ == "ccomp" and head.i != trigger.i and _inverted_should(head) and _wins_office(head, cues):
        return True

    # a promise whose pledged act is conditioned so ("promised to bomb them if she is elected")
    if any(c.dep_ == "xcomp" and conditioned(c) for c in trigger.children):
        return True
    if trigger.lemma_.lower() in cues.pledge_verb and any(
            c.dep_ == "xcomp" and _in_office_to_come(c, cues) for c in trigger.children):
        return True
    node = trigger
    for _ in range(4):
        if conditioned(node):
            return True
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        else:
            break
    return False


def party_pledge_of_force(event_type: str, modality: str, actor: list[Party]) -> bool:
    """"The Republican Party ... will fight at home and abroad to destroy terrorist organizations" (the sixth
    US-news audit's #8), "Mr. Trump's plan to bar Muslims from entering the country": force only pledged or
    proposed (future or hypothetical, no weapon) by political parties or party politicians and nothing else
    (sector PTY alone, no state office) is a platform's figure or a candidate's proposal, campaign talk (the
    first US-news audit's "talking about deporting"). An armed movement carries REB or MIL and stays
    ("Hezbollah will fight to destroy Israel"); a government's plan (GOV) and force told as done stay."""
    if event_type not in _MATERIAL or modality not in _UNDONE or not actor:
        return False
    return all(p.sector and {s.upper() for s in p.sector} == {"PTY"} for p in actor)


# how far up from the trigger the relative clause of a wished-for leader may be ("who will make X first by ending Y")
_WISHED_STEPS = 4
_CLAUSE_LINKS = frozenset({"conj", "xcomp", "pcomp", "prep", "advcl"})


def leader_wished_for(trigger: Token, cues: Cues) -> bool:
    """"Voters can finally choose a president who will end these trade deals", "we need a governor who would
    make the state safe by ending the program": an act told in a relative clause (or a clause joined under it)
    whose verb takes a ``wished_leader_modal`` and whose antecedent is an ``office_title`` with a
    ``wished_leader_det`` ("a", "an", "any") is what the kind of leader wished for would do -- campaign talk, no
    act of anyone (the twenty-eighth US-news audit's campaign-talk class). "The president, who will sign the
    bill" and "the governor who will end the program" (a person, definite) stay."""
    node = trigger
    for _ in range(_WISHED_STEPS):
        if node.dep_ == "relcl":
            break
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if node.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ in cues.wished_leader_modal for c in node.children):
        return False
    leader = node.head
    return leader.lemma_.lower() in cues.office_title and any(
        c.dep_ == "det" and c.lower_ in cues.wished_leader_det for c in leader.children)


def campaign_pledge(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                    cues: Cues) -> bool:
    """"The senator has pledged to stay in the race through the June primary", 'she vowed to "restore trust"',
    "he promised to cut taxes": a promise (``campaign_pledge_verb``) with a clause of what is promised, coded AGREE
    with no party to receive it, made by one person (a PERSON name or a ``person_pronoun``) in a story of a race (a
    ``campaign`` word in the article) is a candidate's promise to voters -- campaign talk, no act between parties
    (news-dev43's output events; the twenty-eighth US-news audit's campaign-talk class). "Pledged to meet the
    union's leaders" (a party receives it), "the government pledged to cut taxes" (a body) and a pledge in a story
    of no race stay."""
    if event_type != "AGREE" or recipient_tokens or trigger.pos_ not in _VERBS:
        return False
    if trigger.lemma_.lower() not in cues.campaign_pledge_verb or not any(c.dep_ == "xcomp" for c in trigger.children):
        return False
    if len(actor_tokens) != 1:
        return False
    doer = actor_tokens[0]
    if doer.ent_type_ != "PERSON" and doer.lower_ not in cues.person_pronoun:
        return False
    return any(t.lemma_.lower() in cues.campaign for t in trigger.doc)
