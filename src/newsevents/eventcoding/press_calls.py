"""web19: a reporter's, a newspaper's or a news agency's telephone call ("When the agency called the prison on
Thursday", "Reporters called the ministry for a comment") is how a story was gathered, no act between parties
(the fifteenth audit's #10, coded REQUEST). A call or phone verb (event_cues.tsv ``call_verb``) whose doers
are all of the press (a sector of ``press_call_sector``) codes no event unless a request is stated: a "call on",
"call upon" or "call for" whose object is no time (``call_time``: "on Thursday" is when), or a clause the
call takes ("called the minister to demand ..."). An editorial's "the newspaper called on the government to
resign" stays a REQUEST.

wire22: a reporter's question told in the passive ("Asked to comment on the report, a spokesman said ...",
"when he was asked to respond, the minister declined") is how the quote was gathered: the one asked is the
speaker, the asker the press left unnamed. A past participle of "ask" whose clause is a reply
(``comment_verb``: comment, respond, elaborate) codes no event (the twenty-first news-wire audit's #40).

events31: what a comment is asked or given on ("did not respond to a request for comment on the senator's
criticism", "declined to comment on the allegations") is the topic of the press's question: a noun of a verbal
act there (criticism, accusation, endorsement) codes no event of its own; the act is told where the story tells
it. Force (an attack, a raid, a seizure) named there stays, as it is so often first told there (news-dev46's
event paragraph)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party


def _request_stated(token: Token, cues: Cues) -> bool:
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return True
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon", "for"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not objects or any(g.lemma_.lower() not in cues.call_time and g.lower_ not in cues.call_time
                                  for g in objects):
                return True
    return False


def press_call(token: Token, event_type: str, actor: list[Party], cues: Cues) -> bool:
    """Whether the event is a press call that codes no event (see the module's doc)."""
    if event_type not in ("CONSULT", "REQUEST") or token.lemma_.lower() not in cues.call_verb:
        return False
    if not actor or not all({s.lower() for s in p.sector} & cues.press_call_sector for p in actor):
        return False
    return not _request_stated(token, cues)


_VERBAL_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONCEDE"})


def comment_topic(token: Token, event_type: str, cues: Cues) -> bool:
    """"A spokeswoman did not respond to a request for comment on the senator's criticism": a verbal act's noun
    that is the object of "on"/"about" of a ``comment_verb`` word (the noun "comment", the verb "comment"): the
    topic of a press question, no event (see the module's doc)."""
    if event_type not in _VERBAL_TYPES or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in ("on", "about", "regarding") or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in cues.comment_verb


def asked_to_comment(token: Token, event_type: str, cues: Cues) -> bool:
    """"Asked to comment on the report, a spokesman said": a press question, no request between parties."""
    if event_type != "REQUEST" or token.lemma_.lower() != "ask" or token.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "asked by the court to respond": the asker named
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.comment_verb for c in token.children)
