"""Likenesses, kinds defined by their true members, subjunctives of demand, shared noun modifiers, cards pulled out
and the state of a "town, state" pair (issue 14, session 29, brief events32; the event paragraphs of news-dev47 and
news-dev48, news-dev46's headline and the thirtieth US-news audit's #25). Sentences written for these tests, not
from any audit or evaluation text; hand-built parses where a rule reads the parse."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.components.events import _shared_premodifier
from newsevents.eventcoding.arguments import state_of_town_pair, subject_of
from newsevents.eventcoding.descriptions import (
    counterfactual,
    gift_by_receiver,
    kind_defined,
    likeness,
    own_activity_paused,
)
from newsevents.eventcoding.nonevents import mandative_subjunctive

ACTORS = actor_dictionary()
PUBLISHED = "2016-05-01"


def test_a_singular_noun_joined_to_a_compound_modifies_its_head(build_doc) -> None:
    # "the leagues set similar sanction and ticket rules": sanction rules and ticket rules
    words = "the leagues set similar sanction and ticket rules"
    heads = [1, 2, 2, 4, 2, 4, 7, 4]
    deps = ["det", "nsubj", "ROOT", "amod", "dobj", "cc", "compound", "conj"]
    pos = ["DET", "NOUN", "VERB", "ADJ", "NOUN", "CCONJ", "NOUN", "NOUN"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, tags=["DT", "NNS", "VBD", "JJ", "NN", "CC", "NN", "NNS"])
    assert _shared_premodifier(doc[4])
    # "the leagues set similar sanctions and ticket rules": a plural is a thing of its own
    doc = build_doc("the leagues set similar sanctions and ticket rules", heads=heads, deps=deps, pos=pos,
                    tags=["DT", "NNS", "VBD", "JJ", "NNS", "CC", "NN", "NNS"])
    assert not _shared_premodifier(doc[4])
    # "the leagues set a sanction and new rules": no compound on the second noun
    doc = build_doc("the leagues set a sanction and new rules", heads=[1, 2, 2, 4, 2, 4, 7, 4],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "amod", "conj"], pos=pos,
                    tags=["DT", "NNS", "VBD", "DT", "NN", "CC", "JJ", "NNS"])
    assert not _shared_premodifier(doc[4])


def test_a_clause_of_likeness_tells_no_event(build_doc, cues) -> None:
    # "the fair drew crowds , in the same way that people will gather to watch a fire"
    words = "the fair drew crowds , in the same way that people will gather to watch a fire"
    heads = [1, 2, 2, 2, 2, 2, 8, 8, 5, 12, 12, 12, 8, 14, 12, 16, 14]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "prep", "det", "amod", "pobj", "advmod", "nsubj", "aux",
            "relcl", "aux", "advcl", "det", "dobj"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PUNCT", "ADP", "DET", "ADJ", "NOUN", "PRON", "NOUN", "AUX", "VERB",
           "PART", "VERB", "DET", "NOUN"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos)
    assert likeness(doc[12], cues)
    assert likeness(doc[14], cues)  # a verb below the likeness clause
    assert not likeness(doc[2], cues)  # the main clause
    # "in the usual way that people will gather ...": no mark of a likeness
    doc = build_doc(words.replace("same", "usual"), heads=heads, deps=deps, pos=pos)
    assert not likeness(doc[12], cues)


def test_a_kind_defined_by_its_true_members_is_no_party(build_doc, cues) -> None:
    # "real fans do n't support the coach": what true fans do, said of no one
    heads = [1, 4, 4, 4, 4, 6, 4]
    deps = ["amod", "nsubj", "aux", "neg", "ROOT", "det", "dobj"]
    pos = ["ADJ", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN"]
    lemmas = ["real", "fan", "do", "not", "support", "the", "coach"]
    doc = build_doc("real fans do n't support the coach", heads=heads, deps=deps, pos=pos, lemmas=lemmas,
                    tags=["JJ", "NNS", "VBP", "RB", "VB", "DT", "NN"])
    assert kind_defined(doc[4], cues)
    # "real fans did n't support the coach": a past, left to the other rules
    doc = build_doc("real fans did n't support the coach", heads=heads, deps=deps, pos=pos, lemmas=lemmas,
                    tags=["JJ", "NNS", "VBD", "RB", "VB", "DT", "NN"])
    assert not kind_defined(doc[4], cues)
    # "loyal fans do n't support the coach": a group described, no kind defined
    doc = build_doc("loyal fans do n't support the coach", heads=heads, deps=deps, pos=pos,
                    lemmas=["loyal", *lemmas[1:]], tags=["JJ", "NNS", "VBP", "RB", "VB", "DT", "NN"])
    assert not kind_defined(doc[4], cues)
    # "the real fans support the coach": an article names a group
    doc = build_doc("the real fans support the coach", heads=[2, 2, 3, 3, 5, 3],
                    deps=["det", "amod", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN"], tags=["DT", "JJ", "NNS", "VBP", "DT", "NN"])
    assert not kind_defined(doc[3], cues)


def test_a_subjunctive_after_a_word_of_demand_is_only_wanted(build_doc, cues) -> None:
    # a title-case headline the parser misreads: "Senator Demands Coach Resign" ("Demands" a noun)
    heads, deps = [0, 0, 3, 0], ["ROOT", "dobj", "nsubj", "ccomp"]
    pos = ["PROPN", "NOUN", "PROPN", "VERB"]
    doc = build_doc("Senator Demands Coach Resign", heads=heads, deps=deps, pos=pos,
                    tags=["NNP", "NNS", "NNP", "VB"], lemmas=["senator", "demand", "coach", "resign"])
    assert mandative_subjunctive(doc[3], cues)
    # "Senator Sees Coach Resign": a base form after a verb of seeing is an act seen
    doc = build_doc("Senator Sees Coach Resign", heads=heads, deps=deps, pos=pos,
                    tags=["NNP", "VBZ", "NNP", "VB"], lemmas=["senator", "see", "coach", "resign"])
    assert not mandative_subjunctive(doc[3], cues)
    # "Senator Demands Coach Resigns": no subjunctive (the coach resigns)
    doc = build_doc("Senator Demands Coach Resigns", heads=heads, deps=deps, pos=pos,
                    tags=["NNP", "NNS", "NNP", "VBZ"], lemmas=["senator", "demand", "coach", "resign"])
    assert not mandative_subjunctive(doc[3], cues)
    # "the senator urged that he step down"
    doc = build_doc("the senator urged that he step down", heads=[1, 2, 2, 5, 5, 2, 5],
                    deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "prt"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "ADP"],
                    tags=["DT", "NN", "VBD", "IN", "PRP", "VB", "RP"],
                    lemmas=["the", "senator", "urge", "that", "he", "step", "down"])
    assert mandative_subjunctive(doc[5], cues)


def test_the_state_of_a_town_pair_is_no_doer(build_doc, cues) -> None:
    # "Speaking in Dover , Delaware , Smith attacked Jones": the parser's subject is the state
    words = "Speaking in Dover , Delaware , Smith attacked Jones"
    heads = [7, 0, 1, 2, 7, 4, 4, 7, 7]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "punct", "conj", "ROOT", "dobj"]
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN"]
    tags = ["VBG", "IN", "NNP", ",", "NNP", ",", "NNP", "VBD", "NNP"]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-PERSON", "O", "B-PERSON"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert state_of_town_pair(doc[4], ACTORS) == doc[6]
    assert [t.text for t in subject_of(doc[7], ACTORS, cues)] == ["Smith"]
    # the same words parsed with two subjects of "attacked"
    doc = build_doc(words, heads=[7, 0, 1, 2, 7, 4, 7, 7, 7], deps=["advcl", "prep", "pobj", "punct", "nsubj", "punct",
                                                                   "nsubj", "ROOT", "dobj"],
                    pos=pos, tags=tags, ents=ents)
    assert [t.text for t in subject_of(doc[7], ACTORS, cues)] == ["Smith"]
    # "Delaware , Smith attacked Jones": no town before the state, left as parsed
    doc = build_doc("Delaware , Smith attacked Jones", heads=[3, 0, 0, 3, 3],
                    deps=["nsubj", "punct", "conj", "ROOT", "dobj"], pos=["PROPN", "PUNCT", "PROPN", "VERB", "PROPN"],
                    tags=["NNP", ",", "NNP", "VBD", "NNP"], ents=["B-GPE", "O", "B-PERSON", "O", "B-PERSON"])
    assert state_of_town_pair(doc[0], ACTORS) is None


def test_a_card_pulled_out_is_played(events_of) -> None:
    text = "Governor Maria Lopez pulled out the gender card against Mayor Tom Reyes on Tuesday."
    assert not [e for e in events_of(text) if e.event == "RETREAT"]
    kept = "The army pulled out of the border town on Tuesday."
    assert [e for e in events_of(kept) if e.event == "RETREAT"]


def _nobody(_token) -> bool:
    return False


def test_a_counterfactual_tells_acts_that_did_not_happen(build_doc, cues) -> None:
    # "if she had met him sooner , she would have signed the deal"
    words = "if she had met him sooner , she would have signed the deal"
    doc = build_doc(words, heads=[3, 3, 3, 10, 3, 3, 10, 10, 10, 10, 10, 12, 10],
                    deps=["mark", "nsubj", "aux", "advcl", "dobj", "advmod", "punct", "nsubj", "aux", "aux", "ROOT",
                          "det", "dobj"],
                    pos=["SCONJ", "PRON", "AUX", "VERB", "PRON", "ADV", "PUNCT", "PRON", "AUX", "AUX", "VERB", "DET",
                         "NOUN"],
                    tags=["IN", "PRP", "VBD", "VBN", "PRP", "RBR", ",", "PRP", "MD", "VB", "VBN", "DT", "NN"],
                    lemmas=["if", "she", "have", "meet", "he", "soon", ",", "she", "would", "have", "sign", "the",
                            "deal"])
    assert counterfactual(doc[3], cues)
    assert counterfactual(doc[10], cues)
    # "if she meets him , she will sign the deal": an open condition, left to modality
    doc = build_doc("if she meets him , she will sign the deal", heads=[2, 2, 7, 2, 7, 7, 7, 7, 9, 7],
                    deps=["mark", "nsubj", "advcl", "dobj", "punct", "nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["SCONJ", "PRON", "VERB", "PRON", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    tags=["IN", "PRP", "VBZ", "PRP", ",", "PRP", "MD", "VB", "DT", "NN"],
                    lemmas=["if", "she", "meet", "he", ",", "she", "will", "sign", "the", "deal"])
    assert not counterfactual(doc[2], cues)
    assert not counterfactual(doc[7], cues)


def test_pausing_ones_own_activity_is_no_act_between_parties(build_doc) -> None:
    # "Bell suspended her lecture tour"
    doc = build_doc("Bell suspended her lecture tour", heads=[1, 1, 4, 4, 1],
                    deps=["nsubj", "ROOT", "poss", "compound", "dobj"],
                    pos=["PROPN", "VERB", "PRON", "NOUN", "NOUN"], tags=["NNP", "VBD", "PRP$", "NN", "NN"],
                    ents=["B-PERSON", "O", "O", "O", "O"])
    assert own_activity_paused(doc[1], _nobody)
    # "the ministry suspended its lecture tour": a body's act, left to the other rules
    doc = build_doc("the ministry suspended its lecture tour", heads=[1, 2, 2, 5, 5, 2],
                    deps=["det", "nsubj", "ROOT", "poss", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "NOUN"], tags=["DT", "NN", "VBD", "PRP$", "NN", "NN"])
    assert not own_activity_paused(doc[2], _nobody)
    # "he suspended his aide": a person acted on
    doc = build_doc("he suspended his aide", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "poss", "dobj"],
                    pos=["PRON", "VERB", "PRON", "NOUN"], tags=["PRP", "VBD", "PRP$", "NN"])
    assert not own_activity_paused(doc[1], lambda t: t.lower_ == "aide")
    # "she suspended her aid to the province": a party named in a phrase
    doc = build_doc("she suspended her aid to the province", heads=[1, 1, 3, 1, 1, 6, 4],
                    deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                    pos=["PRON", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["PRP", "VBD", "PRP$", "NN", "IN", "DT", "NN"])
    assert not own_activity_paused(doc[1], lambda t: t.lower_ == "province")


def test_a_gift_noun_named_by_its_receiver_tells_no_giver(build_doc, cues) -> None:
    # "the inquiry into Rivera Foundation donations"
    heads, deps = [1, 1, 1, 4, 5, 2], ["det", "ROOT", "prep", "compound", "compound", "pobj"]
    doc = build_doc("the inquiry into Rivera Foundation donations", heads=heads, deps=deps,
                    pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "NOUN"], tags=["DT", "NN", "IN", "NNP", "NNP", "NNS"],
                    lemmas=["the", "inquiry", "into", "Rivera", "Foundation", "donation"])
    assert gift_by_receiver(doc[5], cues)
    # "the inquiry into Gulf state donations": the compound names the givers
    doc = build_doc("the inquiry into Gulf state donations", heads=heads, deps=deps,
                    pos=["DET", "NOUN", "ADP", "PROPN", "NOUN", "NOUN"], tags=["DT", "NN", "IN", "NNP", "NN", "NNS"],
                    lemmas=["the", "inquiry", "into", "Gulf", "state", "donation"])
    assert not gift_by_receiver(doc[5], cues)
    # "Rivera Foundation donations from banks": the givers named
    doc = build_doc("Rivera Foundation donations from banks", heads=[1, 2, 2, 2, 3],
                    deps=["compound", "compound", "ROOT", "prep", "pobj"],
                    pos=["PROPN", "PROPN", "NOUN", "ADP", "NOUN"], tags=["NNP", "NNP", "NNS", "IN", "NNS"],
                    lemmas=["Rivera", "Foundation", "donation", "from", "bank"])
    assert not gift_by_receiver(doc[2], cues)
    # "banks made Rivera Foundation donations": the verb's subject gave
    doc = build_doc("banks made Rivera Foundation donations", heads=[1, 1, 3, 4, 1],
                    deps=["nsubj", "ROOT", "compound", "compound", "dobj"],
                    pos=["NOUN", "VERB", "PROPN", "PROPN", "NOUN"], tags=["NNS", "VBD", "NNP", "NNP", "NNS"],
                    lemmas=["bank", "make", "Rivera", "Foundation", "donation"])
    assert not gift_by_receiver(doc[4], cues)

