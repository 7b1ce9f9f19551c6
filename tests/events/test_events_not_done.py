"""Acts a clause does not tell as done (duties, permissions, rulings' content, burdens of proof,
possibilities weighed), accusations made with lawsuits or words, and cue words inside a noun
phrase (issue 14, eighth audit's classes). Sentences written for these tests; the rules are
also checked on hand-built parses."""

from __future__ import annotations

import pytest

from newsevents.components.events import _accusing_means, _not_done, _noun_in_verb_form

PUBLISHED = "2023-05-02"


def _build(build_doc, sentence, heads, deps, pos, tags=None, lemmas=None):
    return build_doc(sentence, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_an_act_someone_will_not_have_to_do_is_not_done(build_doc, cues):
    doc = _build(build_doc, "the envoys will not have to resign",
                 heads=[1, 4, 4, 4, 4, 6, 4], deps=["det", "nsubj", "aux", "neg", "ROOT", "aux", "xcomp"],
                 pos=["DET", "NOUN", "AUX", "PART", "VERB", "PART", "VERB"],
                 tags=["DT", "NNS", "MD", "RB", "VB", "TO", "VB"])
    assert _not_done(doc[6], cues)


def test_a_permission_is_no_act_but_a_leave_taken_in_the_past_is(build_doc, cues):
    heads, deps = [1, 3, 3, 3, 5, 3], ["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp"]
    pos = ["DET", "NOUN", "AUX", "VERB", "PART", "VERB"]
    doc = _build(build_doc, "the envoys are allowed to leave", heads, deps, pos,
                 tags=["DT", "NNS", "VBP", "VBN", "TO", "VB"], lemmas=["the", "envoy", "be", "allow", "to", "leave"])
    assert _not_done(doc[5], cues)
    doc = _build(build_doc, "the envoys were allowed to leave", heads, deps, pos,
                 tags=["DT", "NNS", "VBD", "VBN", "TO", "VB"], lemmas=["the", "envoy", "be", "allow", "to", "leave"])
    assert not _not_done(doc[5], cues)


def test_what_a_ruling_says_a_party_may_do_is_not_its_act(build_doc, cues):
    doc = _build(build_doc, "judges ruled that the state could not sue them",
                 heads=[1, 1, 7, 4, 7, 7, 7, 1, 7],
                 deps=["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "neg", "ccomp", "dobj"],
                 pos=["NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "PART", "VERB", "PRON"],
                 tags=["NNS", "VBD", "IN", "DT", "NN", "MD", "RB", "VB", "PRP"],
                 lemmas=["judge", "rule", "that", "the", "state", "could", "not", "sue", "they"])
    assert _not_done(doc[7], cues)
    # without a modal the ruling tells what the party did: that stays for the other rules
    doc = _build(build_doc, "judges ruled that the state sued them",
                 heads=[1, 1, 5, 4, 5, 1, 5], deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "dobj"],
                 pos=["NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PRON"],
                 tags=["NNS", "VBD", "IN", "DT", "NN", "VBD", "PRP"],
                 lemmas=["judge", "rule", "that", "the", "state", "sue", "they"])
    assert not _not_done(doc[5], cues)


def test_a_possibility_not_excluded_and_a_burden_of_proof_tell_no_act(build_doc, cues):
    doc = _build(build_doc, "I would not exclude that the bank will refuse to pay",
                 heads=[3, 3, 3, 3, 8, 6, 8, 8, 3, 10, 8],
                 deps=["nsubj", "aux", "neg", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "aux", "xcomp"],
                 pos=["PRON", "AUX", "PART", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PART", "VERB"],
                 tags=["PRP", "MD", "RB", "VB", "IN", "DT", "NN", "MD", "VB", "TO", "VB"])
    assert _not_done(doc[8], cues)
    assert _not_done(doc[10], cues)  # the infinitive under the weighed clause too
    doc = _build(build_doc, "the state must prove that the firms cheated",
                 heads=[1, 3, 3, 3, 7, 6, 7, 3],
                 deps=["det", "nsubj", "aux", "ROOT", "mark", "det", "nsubj", "ccomp"],
                 pos=["DET", "NOUN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "VERB"],
                 tags=["DT", "NN", "MD", "VB", "IN", "DT", "NNS", "VBD"])
    assert _not_done(doc[7], cues)
    # a clause told as proved is a finding, not a burden
    doc = _build(build_doc, "the state proved that the firms cheated",
                 heads=[1, 2, 2, 6, 5, 6, 2], deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp"],
                 pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"],
                 tags=["DT", "NN", "VBD", "IN", "DT", "NNS", "VBD"])
    assert not _not_done(doc[6], cues)


def test_a_lawsuit_or_a_letter_makes_force_words_an_accusation(build_doc, cues):
    doc = _build(build_doc, "studios struck out at networks with another round of lawsuits",
                 heads=[1, 1, 1, 1, 3, 1, 7, 5, 7, 8],
                 deps=["nsubj", "ROOT", "prt", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN"],
                 lemmas=["studio", "strike", "out", "at", "network", "with", "another", "round", "of", "lawsuit"])
    assert _accusing_means(doc[1], "PROTEST", cues) == []
    doc = _build(build_doc, "the minister attacked the plan in a letter",
                 heads=[1, 2, 2, 4, 2, 2, 7, 5], deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                 pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert _accusing_means(doc[2], "ASSAULT", cues) == ["disapprove"]
    doc = _build(build_doc, "the army attacked the town with rockets",
                 heads=[1, 2, 2, 4, 2, 2, 5], deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                 pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                 lemmas=["the", "army", "attack", "the", "town", "with", "rocket"])
    assert _accusing_means(doc[2], "ASSAULT", cues) is None


def test_a_verb_inside_an_open_apposition_is_a_noun(build_doc, cues):
    # "Ruiz, writer of the pop hit Red Sky, has died": the parser makes "hit" a verb whose subject
    # is Ruiz, but no comma closes the appositive before it
    doc = _build(build_doc, "Ruiz , writer of the pop hit Red Sky , has died",
                 heads=[6, 0, 0, 2, 5, 3, 6, 8, 6, 6, 11, 6],
                 deps=["nsubj", "punct", "appos", "prep", "det", "pobj", "ROOT", "compound", "dobj", "punct", "aux",
                       "conj"],
                 pos=["PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "AUX", "VERB"],
                 tags=["NNP", ",", "NN", "IN", "DT", "NN", "VBD", "NNP", "NNP", ",", "VBZ", "VBN"])
    assert _noun_in_verb_form(doc[6], cues)
    # a closed appositive leaves a verb: "Ruiz, a singer, hit the guard"
    doc = _build(build_doc, "Ruiz , a singer , hit the guard",
                 heads=[5, 0, 3, 0, 0, 5, 7, 5],
                 deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "det", "dobj"],
                 pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN"],
                 tags=["NNP", ",", "DT", "NN", ",", "VBD", "DT", "NN"])
    assert not _noun_in_verb_form(doc[5], cues)


@pytest.mark.parametrize("text", [
    "The German chancellor will not have to apologise to France for the remarks.",
    "The court ruled that the French government could not sue the German firms.",
    '"I would not exclude that Russia will reject the deal," the analyst said.',
    "The Kenyan police must now prove that the protesters attacked officers.",
    "Marta Ruiz, co-writer of the pop hit Red Sky, has died of lung cancer aged 64.",
    "Cholera has killed 40 people in northern Kenya this month.",
])
def test_acts_not_done_and_noun_readings_give_no_event(events_of, text: str) -> None:
    assert events_of(text) == []


def test_a_regulators_reported_demand_is_asserted(events_of):
    event = next(e for e in events_of("The German regulator said the French firm must pay compensation to its rivals.")
                 if e.event == "REQUEST")
    assert event.modality == "asserted"
    assert [p.country for p in event.recipient] == ["FRA"]


def test_a_burden_of_the_mind_is_no_demand(events_of):
    assert not [e for e in events_of('The German regulator added: "France must understand the risks of the deal."')
                if e.event == "REQUEST"]


def test_force_words_with_a_lawsuit_are_an_accusation(events_of):
    events = events_of("The German carmaker struck out at the French government with a lawsuit.")
    assert [(e.event, [p.country for p in e.recipient]) for e in events] == [("ACCUSE", ["FRA"])]
