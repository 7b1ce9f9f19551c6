"""Other senses the clause's frame gives away: an appeal graded over a group, an advance into a state, a political
following built (issue 14, session 30, brief events34; the thirty-first US-news audit's other-senses class;
eventcoding/senses_frames.py). Sentences written for these tests, not from any audit or evaluation text; hand-built
parses."""

from __future__ import annotations

from newsevents.eventcoding.senses_frames import advance_into_state, appeal_graded, following_built, no_event


def _nobody(_token) -> bool:
    return False


def test_an_appeal_graded_by_be_is_popularity(build_doc, cues) -> None:
    # "her appeal was strongest among farmers"
    doc = build_doc("her appeal was strongest among farmers", heads=[1, 2, 2, 2, 3, 4],
                    deps=["poss", "nsubj", "ROOT", "acomp", "prep", "pobj"],
                    pos=["PRON", "NOUN", "AUX", "ADJ", "ADP", "NOUN"], tags=["PRP$", "NN", "VBD", "JJS", "IN", "NNS"],
                    lemmas=["her", "appeal", "be", "strong", "among", "farmer"])
    assert appeal_graded(doc[1], "REQUEST", cues)
    assert no_event(doc[1], "REQUEST", False, [], _nobody, cues, weapon=False, armed=False)
    # "her appeal is broad": a pull_mark predicate
    doc = build_doc("her appeal is broad", heads=[1, 2, 2, 2], deps=["poss", "nsubj", "ROOT", "acomp"],
                    pos=["PRON", "NOUN", "AUX", "ADJ"], tags=["PRP$", "NN", "VBZ", "JJ"],
                    lemmas=["her", "appeal", "be", "broad"])
    assert appeal_graded(doc[1], "REQUEST", cues)
    # "her appeal was successful": a plea judged, not graded over anyone; kept
    doc = build_doc("her appeal was successful", heads=[1, 2, 2, 2], deps=["poss", "nsubj", "ROOT", "acomp"],
                    pos=["PRON", "NOUN", "AUX", "ADJ"], tags=["PRP$", "NN", "VBD", "JJ"],
                    lemmas=["her", "appeal", "be", "successful"])
    assert not appeal_graded(doc[1], "REQUEST", cues)
    # "her appeal for calm was strongest among farmers": something asked, kept
    doc = build_doc("her appeal for calm was strongest among farmers", heads=[1, 4, 1, 2, 4, 4, 5, 6],
                    deps=["poss", "nsubj", "prep", "pobj", "ROOT", "acomp", "prep", "pobj"],
                    pos=["PRON", "NOUN", "ADP", "NOUN", "AUX", "ADJ", "ADP", "NOUN"],
                    tags=["PRP$", "NN", "IN", "NN", "VBD", "JJS", "IN", "NNS"],
                    lemmas=["her", "appeal", "for", "calm", "be", "strong", "among", "farmer"])
    assert not appeal_graded(doc[1], "REQUEST", cues)


def test_an_advance_into_a_state_is_no_attack(build_doc, cues) -> None:
    # "the board continued its slide into disorder"
    doc = build_doc("the board continued its slide into disorder", heads=[1, 2, 2, 4, 2, 2, 5],
                    deps=["det", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "PRP$", "NN", "IN", "NN"],
                    lemmas=["the", "board", "continue", "its", "slide", "into", "disorder"])
    assert advance_into_state(doc[2], _nobody, cues)
    assert no_event(doc[2], "ASSAULT", True, [doc[1]], _nobody, cues, weapon=False, armed=False)
    # the same words with a weapon or an armed party named are left to the force rules
    assert not no_event(doc[2], "ASSAULT", True, [doc[1]], _nobody, cues, weapon=True, armed=False)
    # a row that asks for more than the "into" phrase is not read this way
    assert not no_event(doc[2], "ASSAULT", False, [doc[1]], _nobody, cues, weapon=False, armed=False)
    # "the rebels continued into the town": ground entered, kept
    doc = build_doc("the rebels continued into the town", heads=[1, 2, 2, 2, 5, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], tags=["DT", "NNS", "VBD", "IN", "DT", "NN"],
                    lemmas=["the", "rebel", "continue", "into", "the", "town"])
    assert not advance_into_state(doc[2], _nobody, cues)
    # "the rebels continued into Ruvania": a named place, kept
    doc = build_doc("the rebels continued into Ruvania", heads=[1, 2, 2, 2, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PROPN"], tags=["DT", "NNS", "VBD", "IN", "NNP"],
                    ents=["O", "O", "O", "O", "B-GPE"])
    assert not advance_into_state(doc[2], _nobody, cues)


def test_a_base_of_followers_is_no_mobilization(build_doc, cues) -> None:
    # "the senator is wooing young voters and building a base there"
    words = "the senator is wooing young voters and building a base there"
    doc = build_doc(words, heads=[1, 3, 3, 3, 5, 3, 3, 3, 9, 7, 9],
                    deps=["det", "nsubj", "aux", "ROOT", "amod", "dobj", "cc", "conj", "det", "dobj", "advmod"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "ADV"],
                    tags=["DT", "NN", "VBZ", "VBG", "JJ", "NNS", "CC", "VBG", "DT", "NN", "RB"],
                    lemmas=["the", "senator", "be", "woo", "young", "voter", "and", "build", "a", "base", "there"])
    assert following_built(doc[7], "MOBILIZE", [doc[1]], cues)
    # "the senator is wooing young voters and building a naval base there": a post of forces, kept
    doc = build_doc("the senator is wooing young voters and building a naval base there",
                    heads=[1, 3, 3, 3, 5, 3, 3, 3, 10, 10, 7, 10],
                    deps=["det", "nsubj", "aux", "ROOT", "amod", "dobj", "cc", "conj", "det", "amod", "dobj", "advmod"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN", "CCONJ", "VERB", "DET", "ADJ", "NOUN", "ADV"],
                    tags=["DT", "NN", "VBZ", "VBG", "JJ", "NNS", "CC", "VBG", "DT", "JJ", "NN", "RB"],
                    lemmas=["the", "senator", "be", "woo", "young", "voter", "and", "build", "a", "naval", "base",
                            "there"])
    assert not following_built(doc[7], "MOBILIZE", [doc[1]], cues)
    # "the army is building a base there": no word of a following, kept
    doc = build_doc("the army is building a base there", heads=[1, 3, 3, 3, 5, 3, 5],
                    deps=["det", "nsubj", "aux", "ROOT", "det", "dobj", "advmod"],
                    pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADV"],
                    tags=["DT", "NN", "VBZ", "VBG", "DT", "NN", "RB"],
                    lemmas=["the", "army", "be", "build", "a", "base", "there"])
    assert not following_built(doc[3], "MOBILIZE", [doc[1]], cues)
