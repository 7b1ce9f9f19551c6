"""Hopes, intents, premises and the indefinite past (issue 14, session 28, brief targets32; the thirtieth
US-news audit's modality and wants classes; eventcoding/modality.py, cue kinds ``hope_word``,
``remote_once`` and the ``adjunct_prep`` "given"). Sentences written for these tests, not from any audit
or evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.modality import modality_of


def test_hopefully_makes_a_hope_not_a_plan(build_doc, cues) -> None:
    # "Hopefully , the mayor will meet the governor"
    doc = build_doc("Hopefully , the mayor will meet the governor", heads=[5, 5, 3, 5, 5, 5, 7, 5],
                    deps=["advmod", "punct", "det", "nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["ADV", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                    tags=["RB", ",", "DT", "NN", "MD", "VB", "DT", "NN"])
    assert modality_of(doc[5], cues) == "hypothetical"
    # "Soon , the mayor will meet the governor": planned, future
    doc = build_doc("Soon , the mayor will meet the governor", heads=[5, 5, 3, 5, 5, 5, 7, 5],
                    deps=["advmod", "punct", "det", "nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["ADV", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                    tags=["RB", ",", "DT", "NN", "MD", "VB", "DT", "NN"])
    assert modality_of(doc[5], cues) == "future"


def test_bent_on_an_attack_is_an_intent(build_doc, cues) -> None:
    # "gangs bent on attacking the port"
    doc = build_doc("gangs bent on attacking the port", heads=[0, 0, 1, 2, 5, 3],
                    deps=["ROOT", "acl", "prep", "pcomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "ADP", "VERB", "DET", "NOUN"],
                    tags=["NNS", "VBN", "IN", "VBG", "DT", "NN"], lemmas=["gang", "bend", "on", "attack", "the", "port"])
    assert modality_of(doc[3], cues) == "hypothetical"


def test_optimism_about_working_together_is_a_hope(build_doc, cues) -> None:
    # "both sides expressed optimism about working together" (the parser hangs "about" on the verb)
    doc = build_doc("both sides expressed optimism about working together", heads=[1, 2, 2, 2, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pcomp", "advmod"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "VERB", "ADV"],
                    tags=["DT", "NNS", "VBD", "NN", "IN", "VBG", "RB"])
    assert modality_of(doc[5], cues) == "hypothetical"
    # "both sides expressed pride about working together": no hope word, no hope
    doc = build_doc("both sides expressed pride about working together", heads=[1, 2, 2, 2, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pcomp", "advmod"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "VERB", "ADV"],
                    tags=["DT", "NNS", "VBD", "NN", "IN", "VBG", "RB"])
    assert modality_of(doc[5], cues) != "hypothetical"


def test_once_between_subject_and_past_verb_is_the_indefinite_past(build_doc, cues) -> None:
    # "she once slapped an aide"
    doc = build_doc("she once slapped an aide", heads=[2, 2, 2, 4, 2],
                    deps=["nsubj", "advmod", "ROOT", "det", "dobj"],
                    pos=["PRON", "ADV", "VERB", "DET", "NOUN"], tags=["PRP", "RB", "VBD", "DT", "NN"])
    assert modality_of(doc[2], cues) == "historical"
    # "she once again slapped an aide": a repeat, the news
    doc = build_doc("she once again slapped an aide", heads=[3, 2, 3, 3, 5, 3],
                    deps=["nsubj", "advmod", "advmod", "ROOT", "det", "dobj"],
                    pos=["PRON", "ADV", "ADV", "VERB", "DET", "NOUN"], tags=["PRP", "RB", "RB", "VBD", "DT", "NN"])
    assert modality_of(doc[3], cues) == "asserted"
    # "once she arrived" is a clause of time: "once" before the subject
    doc = build_doc("once she arrived , police arrested her", heads=[2, 2, 5, 5, 5, 5, 5],
                    deps=["advmod", "nsubj", "advcl", "punct", "nsubj", "ROOT", "dobj"],
                    pos=["ADV", "PRON", "VERB", "PUNCT", "NOUN", "VERB", "PRON"],
                    tags=["RB", "PRP", "VBD", ",", "NNS", "VBD", "PRP"])
    assert modality_of(doc[5], cues) == "asserted"


def test_a_premise_given_is_not_what_the_would_clause_supposes(build_doc, cues) -> None:
    # "given her criticism of the mayor it would be awkward" (the criticism made)
    doc = build_doc("given her criticism of the mayor it would be awkward", heads=[8, 2, 0, 2, 5, 3, 8, 8, 8, 8],
                    deps=["prep", "poss", "pobj", "prep", "det", "pobj", "nsubj", "aux", "ROOT", "acomp"],
                    pos=["VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PRON", "AUX", "AUX", "ADJ"],
                    tags=["VBN", "PRP$", "NN", "IN", "DT", "NN", "PRP", "MD", "VB", "JJ"])
    assert modality_of(doc[2], cues) == "asserted"
    # "with her criticism of the mayor it would be awkward": a condition, hypothetical still
    doc = build_doc("with her criticism of the mayor it would be awkward", heads=[8, 2, 0, 2, 5, 3, 8, 8, 8, 8],
                    deps=["prep", "poss", "pobj", "prep", "det", "pobj", "nsubj", "aux", "ROOT", "acomp"],
                    pos=["ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "PRON", "AUX", "AUX", "ADJ"],
                    tags=["IN", "PRP$", "NN", "IN", "DT", "NN", "PRP", "MD", "VB", "JJ"])
    assert modality_of(doc[2], cues) == "hypothetical"
