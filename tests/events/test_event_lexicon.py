"""Lexicon conditions (eventcoding/lexicon.py): each kind checked on a hand-built parse."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.lexicon import (
    Condition,
    TriggerFacts,
    condition_holds,
    object_tokens,
    parse_conditions,
)

ACTORS = actor_dictionary()  # the packaged tables (a stage passes its own)


def cond(kind: str, *words: str, negated: bool = False) -> Condition:
    return Condition(kind, frozenset(words), negated)


def test_prep_condition_reads_the_triggers_prepositions(build_doc):
    doc = build_doc("They called on Iran", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                    pos=["PRON", "VERB", "ADP", "PROPN"])
    assert condition_holds(doc[1], cond("prep", "on"), ACTORS)
    assert not condition_holds(doc[1], cond("prep", "for"), ACTORS)


def test_obj_condition_returns_the_object_even_in_an_of_phrase(build_doc):
    doc = build_doc("They signed a deal", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN"])
    assert condition_holds(doc[1], cond("obj", "deal"), ACTORS).i == 3
    assert condition_holds(doc[1], cond("obj", "treaty"), ACTORS) is None
    doc = build_doc("They sent tons of aid", heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "NOUN"])
    assert condition_holds(doc[1], cond("obj", "aid"), ACTORS).i == 2


def test_conditions_sharing_one_triggers_facts_answer_as_alone(build_doc):
    # match_entry asks many rows' conditions of one trigger through one TriggerFacts
    doc = build_doc("They resumed mediation efforts and sanctions", heads=[1, 1, 3, 1, 3, 3],
                    deps=["nsubj", "ROOT", "compound", "dobj", "cc", "conj"],
                    pos=["PRON", "VERB", "NOUN", "NOUN", "CCONJ", "NOUN"],
                    lemmas=["they", "resume", "mediation", "effort", "and", "sanction"])
    facts = TriggerFacts(doc[1])
    for words, expected in ((("mediation",), 3), (("sanction",), 5), (("talks",), None)):
        shared, alone = condition_holds(doc[1], cond("obj", *words), ACTORS, facts), condition_holds(doc[1], cond("obj", *words), ACTORS)
        assert (shared.i if shared is not None else None) == (alone.i if alone is not None else None) == expected
    # "called for him to apologise": the clause's mark counts as the trigger's preposition, "to" does not
    doc = build_doc("They called for him to apologise", heads=[1, 1, 5, 5, 5, 1],
                    deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl"],
                    pos=["PRON", "VERB", "SCONJ", "PRON", "PART", "VERB"])
    facts = TriggerFacts(doc[1])
    assert condition_holds(doc[1], cond("prep", "for"), ACTORS, facts) and condition_holds(doc[1], cond("prep", "for"), ACTORS)
    assert not condition_holds(doc[1], cond("prep", "to"), ACTORS, facts)
    assert not condition_holds(doc[1], cond("prep", "to"), ACTORS)


def test_the_infinitives_subject_counts_as_the_object(build_doc):
    # "urged Argentina to release": the parser may make Argentina the infinitive's subject
    doc = build_doc("They urged Argentina to release", heads=[1, 1, 4, 4, 1],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], pos=["PRON", "VERB", "PROPN", "PART", "VERB"])
    assert [t.text for t in object_tokens(doc[1])] == ["Argentina"]


def test_objtype_actor_is_someone(build_doc):
    doc = build_doc("They met officials", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                    pos=["PRON", "VERB", "NOUN"], lemmas=["they", "meet", "official"])
    assert condition_holds(doc[1], cond("objtype", "actor"), ACTORS)
    doc = build_doc("They met deadlines", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                    pos=["PRON", "VERB", "NOUN"], lemmas=["they", "meet", "deadline"])
    assert not condition_holds(doc[1], cond("objtype", "actor"), ACTORS)


def test_gov_condition_is_the_verb_over_an_event_noun(build_doc):
    doc = build_doc("Workers went on strike", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN"], lemmas=["worker", "go", "on", "strike"])
    assert condition_holds(doc[3], cond("gov", "go", "stage"), ACTORS)
    assert not condition_holds(doc[3], cond("gov", "threaten"), ACTORS)


def test_has_and_xcomp_conditions(build_doc):
    doc = build_doc("They declined to comment", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp"],
                    pos=["PRON", "VERB", "PART", "VERB"], lemmas=["they", "decline", "to", "comment"])
    assert condition_holds(doc[1], cond("xcomp", "comment"), ACTORS)
    assert condition_holds(doc[1], cond("has", "xcomp"), ACTORS)
    assert not condition_holds(doc[1], cond("has", "dobj"), ACTORS)


def test_conditions_parse_with_alternatives_and_negation():
    prep, obj = parse_conditions("prep:on|for !obj:deal")
    assert prep == cond("prep", "on", "for") and obj == cond("obj", "deal", negated=True)
    assert parse_conditions("-") == ()



def test_candidates_are_found_from_the_arrays_as_from_the_tokens(build_doc):
    # find_candidates looks at the Doc's arrays first and makes Tokens only for possible triggers:
    # a trigger known by its form only ("arrested" lemmatised as itself) and a reported
    # obligation ("must return": a demand) are still found, each once, in text order.
    from newsevents.components.events import EventTables, _may_trigger, find_candidates
    from newsevents.eventcoding.lexicon import load_cues, load_lexicon
    from newsevents.temporal.lexicon import packaged_words

    tables = EventTables(lexicon=load_lexicon(), cues=load_cues(), actors=ACTORS,
                         currencies=packaged_words().currencies)  # the packaged tables
    match_entry = tables.match

    doc = build_doc("Police arrested the protesters and Russia said Sudan must return the helicopters",
                    heads=[1, 1, 3, 1, 1, 6, 1, 9, 9, 6, 11, 9],
                    deps=["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "nsubj", "aux", "ccomp", "det",
                          "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "PROPN", "AUX", "VERB", "DET",
                         "NOUN"],
                    lemmas=["police", "arrested", "the", "protester", "and", "russia", "say", "sudan", "must", "return",
                            "the", "helicopter"])
    flags = _may_trigger(doc, tables.lexicon)
    assert match_entry(doc[1]) is not None
    assert all(flags[t.i] for t in doc if match_entry(t) is not None)
    assert flags[9] and not flags[2] and not flags[5]
    candidates = find_candidates(doc, tables)
    assert [(c.token.i, c.entry.event) for c in candidates] == [(1, match_entry(doc[1])[0].event), (9, "REQUEST")]
    assert candidates[1].entry.frame == "demand"
