"""Clauses that tell no act at a time (issue 14, session 19, brief spur19): a kind's practice, a position stated over
time or held on a change (eventcoding/timeless.py), a hand extended in greeting and an award received
(event_lexicon.tsv stop rows). Each rule on a hand-built Doc of our own with a negative, then whole sentences of our
own (none from a data set, an audit, or phrasings_heldout27.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import timeless

PUBLISHED = "2026-03-16"


def _nowhere(_token) -> bool:
    return False


# --- a kind's practice ------------------------------------------------------------------------------------------

def _crews(build_doc, verb_tag: str, first: str = "Volunteer", det: str | None = None, dated: bool = False):
    words = ([det] if det else []) + [first, "crews", "work", "with", "police", "on", "Sunday" if dated else "patrols", "."]
    k = 1 if det else 0
    heads = ([k + 1] if det else []) + [k + 1, k + 2, k + 2, k + 2, k + 3, k + 2, k + 5, k + 2]
    deps = (["det"] if det else []) + ["compound", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"]
    pos = (["DET"] if det else []) + ["NOUN", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN" if dated else "NOUN",
                                      "PUNCT"]
    tags = (["DT"] if det else []) + ["NN", "NNS", verb_tag, "IN", "NN", "IN", "NNP" if dated else "NNS", "."]
    if first == "Irish":  # a nation's adjective
        deps[k], pos[k], tags[k] = "amod", "ADJ", "JJ"
    ents = ["O"] * len(words)
    if dated:
        ents[k + 6] = "B-DATE"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, ents=ents), k + 2


def test_a_kind_of_group_working_with_a_party_as_a_rule_is_no_event(build_doc, cues) -> None:
    doc, verb = _crews(build_doc, "VBP")
    assert timeless.kind_practice(doc[verb], "COOPERATE", doc[verb], _nowhere, cues)


@pytest.mark.parametrize("shape", ["past", "article", "dated", "conflict", "nation"])
def test_a_dated_past_named_or_violent_act_of_a_group_stays(build_doc, cues, shape) -> None:
    doc, verb = _crews(build_doc, "VBD" if shape == "past" else "VBP", det="The" if shape == "article" else None,
                       dated=shape == "dated", first="Irish" if shape == "nation" else "Volunteer")
    kind = "ASSAULT" if shape == "conflict" else "COOPERATE"
    national = (lambda t: t.text == "Irish") if shape == "nation" else _nowhere
    assert not timeless.kind_practice(doc[verb], kind, doc[verb], national, cues)


def test_a_rate_is_no_date_of_the_clause(build_doc, cues) -> None:
    # "Scout groups meet councillors twice a year ."
    doc = build_doc("Scout groups meet councillors twice a year .", heads=[1, 2, 2, 2, 6, 6, 2, 2],
                    deps=["compound", "nsubj", "ROOT", "dobj", "predet", "det", "npadvmod", "punct"],
                    pos=["NOUN", "NOUN", "VERB", "NOUN", "DET", "DET", "NOUN", "PUNCT"],
                    tags=["NN", "NNS", "VBP", "NNS", "PDT", "DT", "NN", "."],
                    ents=["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"])
    assert timeless.kind_practice(doc[2], "CONSULT", doc[2], _nowhere, cues)


def _meet_in(build_doc, period: list[str], tags: list[str]):
    # "Scout groups meet councillors through <period> ." with the period a DATE entity
    words = ["Scout", "groups", "meet", "councillors", "through", *period, "."]
    n = len(period)
    last = 4 + n
    heads = [1, 2, 2, 2, 2, *([last] * (n - 1)), 4, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "prep", *(["amod"] * (n - 1)), "pobj", "punct"]
    pos = ["NOUN", "NOUN", "VERB", "NOUN", "ADP", *(["DET" if t == "DT" else "NUM" if t == "CD" else "NOUN"
                                                     for t in tags]), "PUNCT"]
    ents = ["O"] * 5 + ["B-DATE"] + ["I-DATE"] * (n - 1) + ["O"]
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos,
                     tags=["NN", "NNS", "VBP", "NNS", "IN", *tags, "."], ents=ents)


def test_an_open_plural_period_is_no_date_but_a_placed_one_is(build_doc, cues) -> None:
    # a stretch that recurs ("the winter months") dates no act; "the last two months", "these weeks" do
    doc = _meet_in(build_doc, ["the", "winter", "months"], ["DT", "NN", "NNS"])
    assert timeless.kind_practice(doc[2], "CONSULT", doc[2], _nowhere, cues)
    for period, tags in ((["the", "last", "two", "months"], ["DT", "JJ", "CD", "NNS"]),
                         (["these", "weeks"], ["DT", "NNS"]), (["the", "winter"], ["DT", "NN"])):
        doc = _meet_in(build_doc, period, tags)
        assert not timeless.kind_practice(doc[2], "CONSULT", doc[2], _nowhere, cues), period


def test_a_base_form_with_its_own_subject_is_read_as_present(build_doc, cues) -> None:
    # the tagger's VB for "work" after a plural subject; "to work" (no subject) is no present
    doc, verb = _crews(build_doc, "VB")
    assert timeless.kind_practice(doc[verb], "COOPERATE", doc[verb], _nowhere, cues)
    assert not timeless._simple_present(build_doc("Work with police .", heads=[0, 0, 1, 0],
                                                  deps=["ROOT", "prep", "pobj", "punct"],
                                                  pos=["VERB", "ADP", "NOUN", "PUNCT"],
                                                  tags=["VB", "IN", "NN", "."])[0])


def test_a_headline_keeps_its_present(build_doc, cues) -> None:
    # a first line set apart with no full stop ("Scout groups meet councillors"), then the story
    from spacy.tokens import Doc

    vocab = build_doc("x", heads=[0], deps=["ROOT"], pos=["X"]).vocab
    doc = Doc(vocab, words=["Scout", "groups", "meet", "councillors", "\n\n", "They", "met", "."],
              spaces=[True, True, True, False, False, True, False, False], heads=[1, 2, 2, 2, 2, 6, 6, 6],
              deps=["compound", "nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "punct"],
              pos=["NOUN", "NOUN", "VERB", "NOUN", "SPACE", "PRON", "VERB", "PUNCT"],
              tags=["NN", "NNS", "VBP", "NNS", "_SP", "PRP", "VBD", "."],
              lemmas=["scout", "group", "meet", "councillor", "\n\n", "they", "meet", "."])
    assert not timeless.kind_practice(doc[2], "CONSULT", doc[2], _nowhere, cues)


# --- positions ----------------------------------------------------------------------------------------------------

def _said(build_doc, aux: str | None, adverb: str | None):
    """"The mayor [has] [often] said she opposes closing the pool ." """
    words = ["The", "mayor"] + ([aux] if aux else []) + ([adverb] if adverb else []) + [
        "said", "she", "opposes", "closing", "the", "pool", "."]
    n = len(words)
    say = n - 7
    heads = [1, say] + ([say] if aux else []) + ([say] if adverb else []) + [say, say + 2, say, say + 2, say + 5,
                                                                              say + 3, say]
    deps = ["det", "nsubj"] + (["aux"] if aux else []) + (["advmod"] if adverb else []) + [
        "ROOT", "nsubj", "ccomp", "xcomp", "det", "dobj", "punct"]
    pos = ["DET", "NOUN"] + (["AUX"] if aux else []) + (["ADV"] if adverb else []) + [
        "VERB", "PRON", "VERB", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN"] + (["VBZ"] if aux else []) + (["RB"] if adverb else []) + [
        "VBN" if aux else "VBD", "PRP", "VBZ", "VBG", "DT", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[say], lemmas[say + 2], lemmas[say + 3] = "say", "oppose", "close"
    if aux:
        lemmas[2] = "have"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), say + 2


@pytest.mark.parametrize("aux,adverb", [("has", None), (None, "often"), ("has", "repeatedly")])
def test_a_position_said_over_time_is_no_event(build_doc, cues, aux, adverb) -> None:
    doc, verb = _said(build_doc, aux, adverb)
    assert timeless.stated_position(doc[verb], "REJECT", [doc[1]], [], _nowhere, cues)


def test_a_position_said_once_stays(build_doc, cues) -> None:
    doc, verb = _said(build_doc, None, None)
    assert not timeless.stated_position(doc[verb], "REJECT", [doc[1]], [], _nowhere, cues)


def _planners(build_doc, obj: list[str], obj_pos: list[str], obj_tags: list[str], obj_deps: list[str],
              obj_heads: list[int], first: str = "Council"):
    """"Council planners support <object> ." (object heads relative to the object's first word); ``first``
    "French": a nation's adjective."""
    words = [first, "planners", "support", *obj, "."]
    heads = [1, 2, 2, *[3 + h if h >= 0 else 2 for h in obj_heads], 2]
    nation = first == "French"
    return build_doc(" ".join(words), heads=heads,
                     deps=["amod" if nation else "compound", "nsubj", "ROOT", *obj_deps, "punct"],
                     pos=["ADJ" if nation else "NOUN", "NOUN", "VERB", *obj_pos, "PUNCT"],
                     tags=["JJ" if nation else "NN", "NNS", "VBP", *obj_tags, "."])


_CHANGE = (["the", "proposed", "change"], ["DET", "VERB", "NOUN"], ["DT", "VBN", "NN"], ["det", "amod", "dobj"],
           [2, 2, -1])


def test_a_stance_held_on_a_change_is_no_event(build_doc, cues) -> None:
    doc = _planners(build_doc, *_CHANGE)
    assert timeless.held_position(doc[2], "SUPPORT", [doc[1]], [], False, _nowhere, cues)


def test_a_stance_on_an_act_proposed_is_no_event(build_doc, cues) -> None:
    # "Council planners support widening the road ."
    doc = _planners(build_doc, ["widening", "the", "road"], ["VERB", "DET", "NOUN"], ["VBG", "DT", "NN"],
                    ["xcomp", "det", "dobj"], [-1, 2, 0])
    assert timeless.held_position(doc[2], "SUPPORT", [doc[1]], [], False, _nowhere, cues)


def test_a_stance_quoted_or_of_a_state_stays(build_doc, cues) -> None:
    doc = _planners(build_doc, *_CHANGE)
    assert not timeless.held_position(doc[2], "SUPPORT", [doc[1]], [], True, _nowhere, cues)
    doc = _planners(build_doc, *_CHANGE, first="French")
    assert not timeless.held_position(doc[2], "SUPPORT", [doc[1]], [], False, lambda t: t.text == "French", cues)


def test_a_party_or_its_proposal_backed_stays(build_doc, cues) -> None:
    # "Council planners support the union ." and "Council planners support the mayor 's plan ."
    doc = _planners(build_doc, ["the", "union"], ["DET", "NOUN"], ["DT", "NN"], ["det", "dobj"], [1, -1])
    assert not timeless.held_position(doc[2], "SUPPORT", [doc[1]], [doc[4]], False, _nowhere, cues)
    doc = _planners(build_doc, ["the", "mayor", "'s", "plan"], ["DET", "NOUN", "PART", "NOUN"],
                    ["DT", "NN", "POS", "NN"], ["det", "poss", "case", "dobj"], [1, 3, 1, -1])
    assert not timeless.held_position(doc[2], "SUPPORT", [doc[1]], [doc[4]], False, _nowhere, cues)


# --- whole sentences of our own ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Youth clubs in Bristol cooperate with Avon and Somerset Police on knife crime workshops.",
    "Stockport County Council's highways officers support the proposed change to the bus lanes.",
    "The mayor of Akron has long said he opposes building a casino by the lake.",
    "The sheriff of Cork stepped out of the car and extended his hand to the protest organiser.",
    '"Good to see you," the mayor of Akron said, extending his hand for a handshake.',
    "The Ohio governor has consistently said he backs the proposed merger of the two universities.",
    "The deputy mayor of Toledo received the Ohio Distinguished Service Medal in a ceremony on Friday.",
])
def test_no_act_at_a_time(events_of, text) -> None:
    # each coded an event before this branch (main 2baf87e)
    assert not events_of(text), [(e.event, e.trigger.text) for e in events_of(text)]


@pytest.mark.parametrize("text,kind", [
    ("Youth clubs in Bristol worked with Avon and Somerset Police on Saturday to clear the park.", "COOPERATE"),
    ("Stockport County Council voted on Monday to support the bus drivers' union in its pay dispute.", "SUPPORT"),
    ('"We support the proposed change," the mayor of Akron told reporters on Monday.', "SUPPORT"),
    ("The Irish Government extended a helping hand to Mozambique after the cyclone.", "AID"),
    ("The mayor of Toledo received the Mexican ambassador at City Hall on Friday.", "CONSULT"),
])
def test_acts_at_a_time_stay(events_of, text, kind) -> None:
    assert kind in {e.event for e in events_of(text)}, [(e.event, e.trigger.text) for e in events_of(text)]
