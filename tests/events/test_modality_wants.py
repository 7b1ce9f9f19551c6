"""Acts only called for, pushed for or sought are not asserted (issue 14, brief s14-wants; the sixth US-news
audit's class of wants): the to-infinitive of an ``aim_word`` ("called to", "the effort to", "keen to") is
hypothetical. Sentences of our own, with hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.modality import modality_of


def test_called_to_an_act_is_only_sought(build_doc, cues) -> None:
    doc = build_doc("Senators have called to impeach the governor", heads=[2, 2, 2, 4, 2, 6, 4],
                    deps=["nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNS", "VBP", "VBN", "TO", "VB", "DT", "NN"],
                    lemmas=["senator", "have", "call", "to", "impeach", "the", "governor"])
    assert modality_of(doc[4], cues) == "hypothetical"


def test_a_campaign_to_act_and_a_forcing_inside_it(build_doc, cues) -> None:
    # "The campaign to force the mayor to quit faltered": neither the forcing nor the quitting is told as done
    doc = build_doc("The campaign to force the mayor to quit faltered", heads=[1, 8, 3, 1, 5, 3, 7, 3, 8],
                    deps=["det", "nsubj", "aux", "acl", "det", "dobj", "aux", "xcomp", "ROOT"],
                    pos=["DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PART", "VERB", "VERB"],
                    tags=["DT", "NN", "TO", "VB", "DT", "NN", "TO", "VB", "VBD"],
                    lemmas=["the", "campaign", "to", "force", "the", "mayor", "to", "quit", "falter"])
    assert modality_of(doc[3], cues) == "hypothetical"
    assert modality_of(doc[7], cues) == "hypothetical"


def test_eager_to_act(build_doc, cues) -> None:
    doc = build_doc("Strikers are eager to occupy the depot", heads=[1, 1, 1, 4, 2, 6, 4],
                    deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "det", "dobj"],
                    pos=["NOUN", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNS", "VBP", "JJ", "TO", "VB", "DT", "NN"],
                    lemmas=["striker", "be", "eager", "to", "occupy", "the", "depot"])
    assert modality_of(doc[4], cues) == "hypothetical"


def test_a_forcing_done_and_a_passive_summons_stay_asserted(build_doc, cues) -> None:
    # negatives: "forced the mayor to quit" (force is no aim word: it was done); "was called to testify"
    # (summoned: the passive call is no wish of the subject's)
    forced = build_doc("Protesters forced the mayor to quit", heads=[1, 1, 3, 1, 5, 1],
                       deps=["nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB"],
                       tags=["NNS", "VBD", "DT", "NN", "TO", "VB"],
                       lemmas=["protester", "force", "the", "mayor", "to", "quit"])
    assert modality_of(forced[1], cues) == "asserted"
    summoned = build_doc("The envoy was called to testify", heads=[1, 3, 3, 3, 5, 3],
                         deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp"],
                         pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB"],
                         tags=["DT", "NN", "VBD", "VBN", "TO", "VB"],
                         lemmas=["the", "envoy", "be", "call", "to", "testify"])
    assert modality_of(summoned[5], cues) == "asserted"


def test_a_call_to_a_place_is_no_infinitive(build_doc, cues) -> None:
    # "Unions called a strike": the act called is no to-infinitive; "pushed troops to the border": "to" is a preposition
    doc = build_doc("Generals pushed troops to the border", heads=[1, 1, 1, 1, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBD", "NNS", "IN", "DT", "NN"],
                    lemmas=["general", "push", "troop", "to", "the", "border"])
    assert modality_of(doc[1], cues) == "asserted"
