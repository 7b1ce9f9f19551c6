"""Acts told without being done (issue 14, session 35, brief events39: news-dev67/68's spurious event classes): a
stance recalled by "once" in a relative clause, one's own thing defended, an act only feared, a figurative
"marching forward", and a verb joined to a subjectless infinitive that took the first verb's object as its doer.
Sentences written for these tests, not from any audit or evaluation text; hand-built parses where a rule reads
the parse."""

from __future__ import annotations

from newsevents.eventcoding.unacted import feared_act, own_thing_defended, stance_recalled, thing_praised

PUBLISHED = "2016-05-01"


def _no_party(token) -> bool:
    return False


def test_a_stance_recalled_by_once_in_a_relative_clause_is_no_event(build_doc, cues) -> None:
    # "Ann Bell , who once praised the farm bill , offered a plan"
    words = "Ann Bell , who once praised the farm bill , offered a plan"
    heads = [1, 10, 1, 5, 5, 1, 8, 8, 5, 1, 10, 12, 10]
    deps = ["compound", "nsubj", "punct", "nsubj", "advmod", "relcl", "det", "compound", "dobj", "punct", "ROOT",
            "det", "dobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "ADV", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos)
    assert stance_recalled(doc[5], "SUPPORT", cues)
    assert not stance_recalled(doc[5], "ASSAULT", cues)  # a deed is no stance: left to the other rules
    assert not stance_recalled(doc[10], "SUPPORT", cues)  # the main clause
    # "who also praised the farm bill": no former time
    doc = build_doc(words.replace("once", "also"), heads=heads, deps=deps, pos=pos)
    assert not stance_recalled(doc[5], "SUPPORT", cues)


def test_a_stance_recalled_with_a_date_or_without_a_comma_stays(build_doc, cues) -> None:
    # "Ann Bell , who once praised the bill in May , offered a plan": dated
    words = "Ann Bell , who once praised the bill in May , offered a plan"
    doc = build_doc(words, heads=[1, 11, 1, 5, 5, 1, 7, 5, 5, 8, 1, 11, 13, 11],
                    deps=["compound", "nsubj", "punct", "nsubj", "advmod", "relcl", "det", "dobj", "prep", "pobj",
                          "punct", "ROOT", "det", "dobj"],
                    pos=["PROPN", "PROPN", "PUNCT", "PRON", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
                         "VERB", "DET", "NOUN"],
                    ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"])
    assert not stance_recalled(doc[5], "SUPPORT", cues)
    # "the senator who once praised the bill offered a plan": restrictive, it picks the senator out
    doc = build_doc("the senator who once praised the bill offered a plan", heads=[1, 7, 4, 4, 1, 6, 4, 7, 9, 7],
                    deps=["det", "nsubj", "nsubj", "advmod", "relcl", "det", "dobj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "ADV", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"])
    assert not stance_recalled(doc[4], "SUPPORT", cues)


def _defends(build_doc, owner: str, noun: str):
    # "the senator defends her outsider credentials in an advert"
    return build_doc(f"the senator defends {owner} outsider {noun} in an advert", heads=[1, 2, 2, 5, 5, 2, 2, 8, 6],
                     deps=["det", "nsubj", "ROOT", "poss", "compound", "dobj", "prep", "det", "pobj"],
                     pos=["DET", "NOUN", "VERB", "PRON" if owner != "Vexland's" else "PROPN", "NOUN", "NOUN", "ADP",
                          "DET", "NOUN"],
                     lemmas=["the", "senator", "defend", owner.lower(), "outsider", noun, "in", "an", "advert"])


def test_ones_own_thing_defended_is_no_support(build_doc, cues) -> None:
    assert own_thing_defended(_defends(build_doc, "her", "credentials")[2], "SUPPORT", [], _no_party, cues)
    # a party named as owner: its thing defended is support of it (left to the recipient rules)
    assert not own_thing_defended(_defends(build_doc, "Vexland's", "credentials")[2], "SUPPORT", [], _no_party, cues)
    # a party owned ("defends her party"): the party is acted on
    doc = _defends(build_doc, "her", "party")
    assert not own_thing_defended(doc[2], "SUPPORT", [], lambda t: t.lower_ == "party", cues)
    # someone acted on already found: not one's own alone
    doc = _defends(build_doc, "her", "credentials")
    assert not own_thing_defended(doc[2], "SUPPORT", [doc[1]], _no_party, cues)
    # no owner at all ("defends the budget cuts"): a policy, left to the other rules
    doc = build_doc("the senator defends the budget cuts", heads=[1, 2, 2, 5, 5, 2],
                    deps=["det", "nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    lemmas=["the", "senator", "defend", "the", "budget", "cut"])
    assert not own_thing_defended(doc[2], "SUPPORT", [], _no_party, cues)


def _feared(build_doc, verb: str, aux: str):
    # "activists said they fear the council will make a deal with the firm"
    words = f"activists said they {verb} the council {aux} make a deal with the firm"
    return build_doc(words, heads=[1, 1, 3, 1, 5, 7, 7, 3, 9, 7, 9, 12, 10],
                     deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "nsubj", "aux", "ccomp", "det", "dobj", "prep",
                           "det", "pobj"],
                     pos=["NOUN", "VERB", "PRON", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET",
                          "NOUN"])


def test_an_act_only_feared_is_no_event(build_doc, cues) -> None:
    doc = _feared(build_doc, "fear", "will")
    assert feared_act(doc[9], cues)  # the deal (a noun trigger under "make")
    assert feared_act(doc[7], cues)
    # "... will make a deal with the firm to sell the port": the feared deal's purpose is feared with it
    doc = build_doc("they fear the council will make a deal to sell the port",
                    heads=[1, 1, 3, 5, 5, 1, 7, 5, 9, 7, 11, 9], deps=["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj", "aux", "acl", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"])
    assert feared_act(doc[9], cues)
    # "they say the council will make a deal": told, not feared
    assert not feared_act(_feared(build_doc, "say", "will")[9], cues)
    # "they fear the council did make a deal": a feared past act, left to the other rules
    assert not feared_act(_feared(build_doc, "fear", "did")[9], cues)


def test_an_act_feared_after_an_adjective_of_fear_is_no_event(build_doc, cues) -> None:
    # "Dale said he was scared Hayes would one day hurt him": the parser hangs "hurt" on "said"
    words = "Dale said he was scared Hayes would one day hurt him"
    heads = [1, 1, 3, 1, 3, 9, 9, 8, 9, 1, 9]
    deps = ["nsubj", "ROOT", "nsubj", "advcl", "acomp", "nsubj", "aux", "nummod", "npadvmod", "ccomp", "dobj"]
    pos = ["PROPN", "VERB", "PRON", "AUX", "ADJ", "PROPN", "AUX", "NUM", "NOUN", "VERB", "PRON"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos)
    assert feared_act(doc[9], cues)
    # "Dale left because he was scared Hayes would hurt him": the parser hangs "because he was scared" under "hurt"
    doc = build_doc("Dale left because he was scared Hayes would hurt him",
                    heads=[1, 1, 4, 4, 8, 4, 8, 8, 1, 8],
                    deps=["nsubj", "ROOT", "mark", "nsubj", "advcl", "acomp", "nsubj", "aux", "ccomp", "dobj"],
                    pos=["PROPN", "VERB", "SCONJ", "PRON", "AUX", "ADJ", "PROPN", "AUX", "VERB", "PRON"])
    assert feared_act(doc[8], cues)
    # "Dale said he was sure Hayes would one day hurt him": no fear, left to the other rules
    doc = build_doc(words.replace("scared", "sure"), heads=heads, deps=deps, pos=pos)
    assert not feared_act(doc[9], cues)
    # "the mayor was afraid that the gang could attack the shop": the clause on the adjective, after "that"
    doc = build_doc("the mayor was afraid that the gang could attack the shop",
                    heads=[1, 2, 2, 2, 8, 6, 8, 8, 3, 10, 8],
                    deps=["det", "nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"])
    assert feared_act(doc[8], cues)
    # "the mayor was afraid that the gang attacked the shop": a feared past act, left to the other rules
    doc = build_doc("the mayor was afraid that the gang did attack the shop",
                    heads=[1, 2, 2, 2, 8, 6, 8, 8, 3, 10, 8],
                    deps=["det", "nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"])
    assert not feared_act(doc[8], cues)


def test_marching_forward_is_no_protest_but_a_march_towards_a_place_is(pipeline) -> None:
    text = '"She is a clever woman marching forward with some plans I dislike," the senator said of her rival.'
    assert not [e for e in pipeline.extract(text, published=PUBLISHED).events if e.event == "PROTEST"]
    text = "Thousands of dock workers marched through the capital on Monday against the new port law."
    assert [e for e in pipeline.extract(text, published=PUBLISHED).events if e.event == "PROTEST"]


def test_a_verb_joined_to_a_subjectless_infinitive_takes_no_doer_from_its_object(build_doc) -> None:
    from newsevents.actors import actor_dictionary
    from newsevents.components.events import _verb_actor_tokens
    from newsevents.eventcoding.lexicon import load_cues

    # "he was part of the effort to silence the Vexlanders and threaten the Vexlanders" (the parser left the
    # second verb no subject; the nearest name before it is the first verb's object)
    words = "he was part of the effort to silence the Vexlanders and threaten the Vexlanders"
    heads = [1, 1, 1, 2, 5, 3, 7, 5, 9, 7, 7, 7, 13, 11]
    deps = ["nsubj", "ROOT", "attr", "prep", "det", "pobj", "aux", "acl", "det", "dobj", "cc", "conj", "det", "dobj"]
    pos = ["PRON", "AUX", "NOUN", "ADP", "DET", "NOUN", "PART", "VERB", "DET", "PROPN", "CCONJ", "VERB", "DET", "PROPN"]
    ents = ["O"] * 9 + ["B-NORP", "O", "O", "O", "B-NORP"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, ents=ents)
    sentence = doc[0:len(doc)]
    assert _verb_actor_tokens(doc[11], sentence, actor_dictionary(), load_cues()) == []
    # force or coercion keeps the old fallback (a violent report's act is kept; see _verb_actor_tokens)
    assert [t.i for t in _verb_actor_tokens(doc[11], sentence, actor_dictionary(), load_cues(), material=True)] == [9]
    # "... the effort , and they threaten the Vexlanders": a verb joined to a main clause keeps the fallback
    deps_main = deps[:7] + ["ROOT"] + deps[8:]
    heads_main = [1, 1, 1, 2, 5, 3, 7, 7, 9, 7, 7, 7, 13, 11]
    doc = build_doc(words, heads=heads_main, deps=deps_main, pos=pos, ents=ents)
    assert [t.i for t in _verb_actor_tokens(doc[11], doc[0:len(doc)], actor_dictionary(), load_cues())] == [9]


def _applauded(build_doc, modifier: str, pos: str, dep: str = "compound"):
    # "these <modifier> proposals have been applauded by union leaders"
    return build_doc(f"these {modifier} proposals have been applauded by union leaders",
                     heads=[2, 2, 5, 5, 5, 5, 5, 8, 6],
                     deps=["det", dep, "nsubjpass", "aux", "auxpass", "ROOT", "agent", "compound", "pobj"],
                     pos=["DET", pos, "NOUN", "AUX", "AUX", "VERB", "ADP", "NOUN", "NOUN"],
                     lemmas=["these", modifier.lower(), "proposal", "have", "be", "applaud", "by", "union", "leader"])


def test_a_thing_praised_with_no_party_is_no_support(build_doc, cues) -> None:
    doc = _applauded(build_doc, "tax", "NOUN")
    assert thing_praised(doc[5], "SUPPORT", [], _no_party, cues)
    # "these Senate proposals": a body names whose they are
    assert not thing_praised(_applauded(build_doc, "Senate", "PROPN")[5], "SUPPORT", [], _no_party, cues)
    # "these governor proposals": a person noun in the phrase
    doc = _applauded(build_doc, "governor", "NOUN")
    assert not thing_praised(doc[5], "SUPPORT", [], lambda t: t.lower_ == "governor", cues)
    # someone praised ("the police have been applauded"): the object is a party
    doc = _applauded(build_doc, "tax", "NOUN")
    assert not thing_praised(doc[5], "SUPPORT", [], lambda t: t.lower_ == "proposals", cues)
    # a verb of backing, not of praise ("supported"): left to the other rules
    doc = build_doc("these tax proposals have been supported by union leaders", heads=[2, 2, 5, 5, 5, 5, 5, 8, 6],
                    deps=["det", "compound", "nsubjpass", "aux", "auxpass", "ROOT", "agent", "compound", "pobj"],
                    pos=["DET", "NOUN", "NOUN", "AUX", "AUX", "VERB", "ADP", "NOUN", "NOUN"],
                    lemmas=["these", "tax", "proposal", "have", "be", "support", "by", "union", "leader"])
    assert not thing_praised(doc[5], "SUPPORT", [], _no_party, cues)


def test_a_possessor_in_the_first_conjunct_stays_the_fallback_doer(build_doc) -> None:
    from newsevents.actors import actor_dictionary
    from newsevents.components.events import _verb_actor_tokens
    from newsevents.eventcoding.lexicon import load_cues

    # "there were calls to close Vexland 's borders or bar imports": whose borders, not the object itself
    words = "there were calls to close Vexland 's borders or bar imports"
    doc = build_doc(words, heads=[1, 1, 1, 4, 2, 7, 5, 4, 4, 4, 9],
                    deps=["expl", "ROOT", "attr", "aux", "acl", "poss", "case", "dobj", "cc", "conj", "dobj"],
                    pos=["PRON", "AUX", "NOUN", "PART", "VERB", "PROPN", "PART", "NOUN", "CCONJ", "VERB", "NOUN"],
                    ents=["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert [t.i for t in _verb_actor_tokens(doc[9], doc[0:len(doc)], actor_dictionary(), load_cues())] == [5]

