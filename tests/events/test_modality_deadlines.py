"""Modality of arrangements, deadlines, possibilities and denied implications (issue 14, session 6).

Hand-built parses of sentences written for these tests; the cue words come from the packaged table,
and each rule is also shown to depend on its cue kind.
"""

from __future__ import annotations

from newsevents.eventcoding.lexicon import Cues, load_cues
from newsevents.eventcoding.modality import is_negated, modality_of

CUES = load_cues()


def test_be_to_do_is_an_arrangement_for_later(build_doc):
    # "Chile and Peru are to open talks": arranged, not yet done
    doc = build_doc("Chile and Peru are to open talks", heads=[3, 0, 0, 3, 5, 3, 5],
                    deps=["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "AUX", "PART", "VERB", "NOUN"],
                    lemmas=["chile", "and", "peru", "be", "to", "open", "talk"])
    assert modality_of(doc[5], CUES) == "future"
    # "Chile and Peru opened talks" stays asserted
    doc = build_doc("Chile and Peru opened talks", heads=[3, 0, 0, 3, 3],
                    deps=["nsubj", "cc", "conj", "ROOT", "dobj"], pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
                    tags=["NNP", "CC", "NNP", "VBD", "NNS"], lemmas=["chile", "and", "peru", "open", "talk"])
    assert modality_of(doc[3], CUES) == "asserted"


def _deadline(build_doc, prep: str):
    # "The unions have until Friday to settle the dispute" (prep "until") or "... on Friday ..."
    return build_doc(f"The unions have {prep} Friday to settle the dispute", heads=[1, 2, 2, 2, 3, 6, 2, 8, 6],
                     deps=["det", "nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "det", "dobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN"],
                     lemmas=["the", "union", "have", prep, "friday", "to", "settle", "the", "dispute"])


def test_a_deadline_to_act_is_no_act(build_doc):
    assert modality_of(_deadline(build_doc, "until")[6], CUES) == "hypothetical"
    assert modality_of(_deadline(build_doc, "till")[6], CUES) == "hypothetical"
    # the rule reads the deadline words of the table: without them the clause is asserted
    assert modality_of(_deadline(build_doc, "until")[6], Cues()) == "asserted"
    # "have on Friday to settle" is no deadline
    assert modality_of(_deadline(build_doc, "on")[6], CUES) == "asserted"


def test_a_perfect_participle_is_done_whatever_its_clause_hopes(build_doc):
    # "The firm hopes to grow, having signed a deal with the union"
    words = "The firm hopes to grow , having signed a deal with the union"
    doc = build_doc(words, heads=[1, 2, 2, 4, 2, 4, 7, 4, 9, 7, 7, 12, 10],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "punct", "aux", "advcl", "det", "dobj", "prep",
                          "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "PUNCT", "AUX", "VERB", "DET", "NOUN", "ADP", "DET",
                         "NOUN"],
                    tags=["DT", "NN", "VBZ", "TO", "VB", ",", "VBG", "VBN", "DT", "NN", "IN", "DT", "NN"],
                    lemmas=["the", "firm", "hope", "to", "grow", ",", "have", "sign", "a", "deal", "with", "the",
                            "union"])
    assert modality_of(doc[7], CUES) == "asserted"
    assert modality_of(doc[4], CUES) == "hypothetical"  # the growing is only hoped for


def _welcomed(build_doc, modal: str):
    # "The plan <modal> not be welcomed by the unions"
    return build_doc(f"The plan {modal} not be welcomed by the unions", heads=[1, 5, 5, 5, 5, 5, 5, 8, 6],
                     deps=["det", "nsubjpass", "aux", "neg", "auxpass", "ROOT", "agent", "det", "pobj"],
                     pos=["DET", "NOUN", "AUX", "PART", "AUX", "VERB", "ADP", "DET", "NOUN"],
                     tags=["DT", "NN", "MD", "RB", "VB", "VBN", "IN", "DT", "NNS"],
                     lemmas=["the", "plan", modal, "not", "be", "welcome", "by", "the", "union"])


def test_may_not_is_a_possibility_not_a_denial(build_doc):
    for modal in ("may", "might"):
        doc = _welcomed(build_doc, modal)
        assert not is_negated(doc[5], CUES), modal
        assert modality_of(doc[5], CUES) == "hypothetical", modal
    # "could not", "will not" still deny
    assert is_negated(_welcomed(build_doc, "could")[5], CUES)
    assert is_negated(_welcomed(build_doc, "will")[5], CUES)
    # the possibility modals come from the table
    assert is_negated(_welcomed(build_doc, "may")[5], Cues(negation={"not"}))


def _means(build_doc, neg: bool):
    # "The move does (not) mean that Chile has cut its ties"
    words = "The move does not mean that Chile has cut its ties" if neg else \
        "The move does mean that Chile has cut its ties"
    heads = [1, 4, 4, 4, 4, 8, 8, 8, 4, 10, 8] if neg else [1, 3, 3, 3, 7, 7, 7, 3, 9, 7]
    deps = ["det", "nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "aux", "ccomp", "poss", "dobj"] if neg else \
        ["det", "nsubj", "aux", "ROOT", "mark", "nsubj", "aux", "ccomp", "poss", "dobj"]
    pos = ["DET", "NOUN", "AUX", "PART", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "PRON", "NOUN"] if neg else \
        ["DET", "NOUN", "AUX", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "PRON", "NOUN"]
    lemmas = [w.lower() for w in words.split()]
    lemmas[lemmas.index("does")] = "do"
    lemmas[lemmas.index("has")] = "have"
    return build_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_denied_implication_denies_its_clause(build_doc):
    doc = _means(build_doc, True)
    assert is_negated(doc[8], CUES)
    assert not is_negated(doc[8], Cues(negation={"not"}))  # "mean" known as an implication verb only from the table
    doc = _means(build_doc, False)
    assert not is_negated(doc[7], CUES)


def test_a_standing_agreement_was_made_before(build_doc):
    # "Peru 's current trade agreement expires in June"
    doc = build_doc("Peru 's current trade agreement expires in June", heads=[4, 0, 4, 4, 5, 5, 5, 6],
                    deps=["poss", "case", "amod", "compound", "nsubj", "ROOT", "prep", "pobj"],
                    pos=["PROPN", "PART", "ADJ", "NOUN", "NOUN", "VERB", "ADP", "PROPN"],
                    lemmas=["peru", "'s", "current", "trade", "agreement", "expire", "in", "june"])
    assert modality_of(doc[4], CUES) == "historical"
    assert modality_of(doc[4], Cues()) == "asserted"


def test_without_doing_is_not_doing(build_doc):
    # "The minister signed the deal without consulting parliament"
    doc = build_doc("The minister signed the deal without consulting parliament", heads=[1, 2, 2, 4, 2, 2, 5, 6],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "NN"],
                    lemmas=["the", "minister", "sign", "the", "deal", "without", "consult", "parliament"])
    assert is_negated(doc[6], CUES)
    assert not is_negated(doc[2], CUES)  # the signing happened
    assert not is_negated(doc[6], Cues(negation={"not"}))  # "without" is read from the table
