"""Recipients a sentence or its neighbour names (issue 14, brief s9: the audits' second class).

Rules of English, each on sentences of our own: the maker of a thing named by a participle or a
relative clause on it ("gas supplied by X", "the bid that X made"); the one an allegation names in
its that-clause ("presented evidence that the minister took bribes"); the other side of the
two-sided matter an act is done in ("cut off supplies in a price dispute with X", "as part of a
deal with the rebels"); and a definite noun that refers back to the matter of earlier talks or to
an earlier offer or accusation ("held talks with X over a treaty ... The treaty was signed").
Rules on hand-built parses first, then the whole pipeline on a few sentences.
"""

from __future__ import annotations

from newsevents.eventcoding.arguments import (
    claimed_subjects,
    content_recipients,
    counterpart_in,
    framing_counterpart,
    modifier_author,
    party_behind,
)
from newsevents.eventcoding.lexicon import load_cues

CUES = load_cues()
PUBLISHED = "2024-05-01"
PARTY_WORDS = frozenset({"rebels", "ministry", "regulator", "minister", "union", "firm"})


def is_party(token) -> bool:
    return token.lower_ in PARTY_WORDS or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def texts(tokens):
    return [t.text for t in tokens]


# ---- the maker named by a clause on the thing ---------------------------------------------------

def test_a_participle_agent_makes_the_thing(build_doc):
    doc = build_doc("the order placed by the ministry",
                    heads=[1, 1, 1, 2, 5, 3], deps=["det", "ROOT", "acl", "agent", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], tags=["DT", "NN", "VBN", "IN", "DT", "NN"])
    assert texts(modifier_author(doc[1], is_party)) == ["ministry"]


def test_a_relative_clause_subject_makes_its_object(build_doc):
    doc = build_doc("the bid that Vexcorp made",
                    heads=[1, 1, 4, 4, 1], deps=["det", "ROOT", "dobj", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "PRON", "PROPN", "VERB"], tags=["DT", "NN", "WDT", "NNP", "VBD"],
                    ents=["O", "O", "O", "B-ORG", "O"])
    assert texts(modifier_author(doc[1], is_party)) == ["Vexcorp"]
    assert texts(party_behind(doc[1], is_party)) == ["Vexcorp"]


def test_a_relative_pronoun_subject_is_no_maker(build_doc):
    # "the offer that angered the union": the union is acted upon by the offer, it did not make it
    doc = build_doc("the offer that angered the union",
                    heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"], tags=["DT", "NN", "WDT", "VBD", "DT", "NN"])
    assert modifier_author(doc[1], is_party) == []


def test_a_relative_clause_of_saying_names_no_maker(build_doc):
    # "a bill which critics claim would legalise it": the critics speak of the bill
    doc = build_doc("a bill which critics claim would legalise it",
                    heads=[1, 1, 6, 4, 1, 6, 4, 6], deps=["det", "ROOT", "nsubj", "nsubj", "relcl", "aux", "ccomp", "dobj"],
                    pos=["DET", "NOUN", "PRON", "NOUN", "VERB", "AUX", "VERB", "PRON"],
                    tags=["DT", "NN", "WDT", "NNS", "VBP", "MD", "VB", "PRP"])
    assert modifier_author(doc[1], lambda t: t.lower_ == "critics") == []


def test_a_clause_of_place_names_no_maker(build_doc):
    doc = build_doc("the town where rebels hid",
                    heads=[1, 1, 4, 4, 1], deps=["det", "ROOT", "advmod", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "ADV", "NOUN", "VERB"], tags=["DT", "NN", "WRB", "NNS", "VBD"])
    assert modifier_author(doc[1], is_party) == []


def test_a_content_clause_deals_in_a_thing_made_by_the_other_party(build_doc):
    # "agreed to pay more for gas supplied by Norway": the supplier, also when "for" hangs on "more"
    doc = build_doc("Chile agreed to pay more for gas supplied by Norway",
                    heads=[1, 1, 3, 1, 3, 4, 5, 6, 7, 8],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "acl", "agent", "pobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "ADJ", "ADP", "NOUN", "VERB", "ADP", "PROPN"],
                    tags=["NNP", "VBD", "TO", "VB", "JJR", "IN", "NN", "VBN", "IN", "NNP"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE"])
    assert texts(content_recipients(doc[1], is_party, CUES.author_prep, CUES.goal_prep, False)) == ["Norway"]


# ---- the one an allegation names -----------------------------------------------------------------

def test_an_allegation_names_the_subject_of_its_that_clause(build_doc):
    doc = build_doc("The prosecutor presented evidence that the minister took bribes",
                    heads=[1, 2, 2, 2, 7, 6, 7, 3, 7],
                    deps=["det", "nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "acl", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "NOUN"])
    assert texts(claimed_subjects([doc[2], doc[3]], is_party)) == ["minister"]


def test_a_question_names_no_one_accused(build_doc):
    doc = build_doc("The union complained whether the regulator knew",
                    heads=[1, 2, 2, 6, 5, 6, 2], deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"])
    assert claimed_subjects([doc[2]], is_party) == []


# ---- the other side of the matter an act is done in ---------------------------------------------

def test_a_dispute_with_a_party_gives_the_other_side(build_doc):
    doc = build_doc("Chile cut supplies in a price dispute with the firm",
                    heads=[1, 1, 1, 1, 6, 6, 3, 6, 9, 7],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN"])
    assert texts(framing_counterpart(doc[1], CUES.joint_frame, CUES.frame_prep, is_party)) == ["firm"]


def test_a_deal_inside_an_of_phrase_gives_the_other_side(build_doc):
    doc = build_doc("Chile agreed as part of a deal with the rebels",
                    heads=[1, 1, 1, 2, 3, 6, 4, 6, 9, 7],
                    deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert texts(framing_counterpart(doc[1], CUES.joint_frame, CUES.frame_prep, is_party)) == ["rebels"]


def test_a_clause_on_the_deal_names_its_other_side(build_doc):
    # "a pact reached with the rebels": the side the clause on the thing names; a party the
    # clause acts on is no side ("a pact that angered the rebels")
    doc = build_doc("a pact reached with the rebels",
                    heads=[1, 1, 1, 2, 5, 3], deps=["det", "ROOT", "acl", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], tags=["DT", "NN", "VBN", "IN", "DT", "NNS"])
    assert texts(counterpart_in(doc[1], is_party)) == ["rebels"]
    other = build_doc("a pact that angered the rebels",
                      heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                      pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"], tags=["DT", "NN", "WDT", "VBD", "DT", "NNS"])
    assert counterpart_in(other[1], is_party) == []


def test_a_partnership_is_no_matter_with_another_side(build_doc):
    # "delivered aid in partnership with the union": a partner acts along with the actor
    doc = build_doc("Chile delivered aid in partnership with the union",
                    heads=[1, 1, 1, 1, 3, 4, 7, 5],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN"])
    assert framing_counterpart(doc[1], CUES.joint_frame, CUES.frame_prep, is_party) == []


# ---- the whole pipeline ------------------------------------------------------------------------

def _recipients(events, kind):
    return [[p.country for p in e.recipient] for e in events if e.event == kind]


def test_pipeline_the_supplier_of_what_is_paid_for(events_of):
    events = events_of("Chile has agreed to pay 20% more for copper supplied by Peru.")
    assert _recipients(events, "AGREE") == [["PER"]]


def test_pipeline_the_maker_of_a_rejected_proposal(events_of):
    events = events_of("Chile rejected the proposal which Peru put forward on Monday.")
    assert _recipients(events, "REJECT") == [["PER"]]


def test_pipeline_a_deal_struck_with_the_other_side(events_of):
    events = events_of("Kenya signed the deal, which was struck with Uganda after months of talks.")
    assert _recipients(events, "AGREE") == [["UGA"]]


def test_pipeline_the_other_side_of_a_dispute(events_of):
    events = events_of("Japan recalled its ambassador amid a row with the government of China.")
    assert _recipients(events, "SANCTION") == [["CHN"]]


def test_pipeline_a_treaty_that_talks_were_about(events_of):
    events = events_of("Peru and Chile held talks over a border treaty. The treaty was signed by Peru on Friday.")
    assert _recipients(events, "AGREE") == [["CHL"]]


def test_pipeline_an_offer_refused_is_the_offerer_s(events_of):
    events = events_of("Peru made a peace offer to Chile on Monday. The offer was rejected by Chile on Friday.")
    assert _recipients(events, "REJECT") == [["PER"]]


def test_pipeline_an_accusation_rejected_answers_the_accuser(events_of):
    events = events_of("Chile accused Peru of violating the treaty. Peru rejected the accusations on Monday.")
    assert _recipients(events, "REJECT") == [["CHL"]]


def test_pipeline_a_leader_welcomes_a_deal_made_with_the_other_country(events_of):
    events = events_of("Chile held talks with Bolivia over a gas deal. Chile's president welcomed the deal.")
    assert _recipients(events, "SUPPORT") == [["BOL"]]


def test_pipeline_a_matter_of_talks_in_another_paragraph_far_back_is_not_reached(events_of):
    near = "Peru and Chile held talks over a border treaty. Fishing is important. Prices rose. Exports fell. " \
           "The treaty was signed by Peru on Friday."
    far = "Peru and Chile held talks over a border treaty.\n\nFishing is important. Prices rose. Exports fell. " \
          "The treaty was signed by Peru on Friday."
    assert _recipients(events_of(near), "AGREE") == [["CHL"]]
    assert _recipients(events_of(far), "AGREE") == [[]]


def test_what_a_request_asks_for_is_no_frame(build_doc):
    # "called for talks between the unions and the government": the talks are asked for
    doc = build_doc("workers called for talks between unions and government",
                    heads=[1, 1, 1, 2, 3, 4, 5, 5], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN"])
    assert framing_counterpart(doc[1], CUES.joint_frame, CUES.frame_prep, lambda t: t.pos_ == "NOUN") == []


def test_pipeline_an_asked_approval_is_not_the_signing_s_party(events_of):
    text = ("Should Norway approve the treaty? The treaty was signed by all members of the European Union "
            "in Rome last October.")
    signed = [e for e in events_of(text) if e.event == "AGREE" and e.trigger.text == "signed"]
    assert signed and all(p.country != "NOR" for e in signed for p in e.recipient)
