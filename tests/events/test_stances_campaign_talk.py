"""Stances and campaign talk read as events (issue 14, session 14, brief s14-stances; the fifth US-news
audit's class "campaign talk and policy stances"): a stance on a policy in general at any tense is a view; a
person's answer to what is said of him ("rejected claims that ...") is no REJECT; a vow of one's own policy is
no AGREE; a stance noun described (subject or predicate of its clause) is a view; support for an enacted law
in the present is a view; what one "must be" is an opinion, not a REQUEST; a rejection that hurts the one it
names is his being passed over; an endorsement not given in the perfect is SUPPORT negated, not REJECT;
welcoming a thing of one's own (a debate, scrutiny, a chance) is no SUPPORT. Each with a negative: a real
refusal of a request, a court rejecting an appeal, a party endorsing a candidate, a state's stance stay.
Hand-built Docs test the rules; a few whole sentences test the pipeline. Sentences written for these
tests (none from a data set, the audit or held-out set 12)."""

from __future__ import annotations

from newsevents.eventcoding import nonevents

PUBLISHED = "2016-09-20"


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


# --- hand-built Docs: the rules themselves ---

def test_a_stance_on_a_policy_in_general_at_any_tense_is_a_view(build_doc, cues) -> None:
    parse = dict(heads=[1, 2, 2, 4, 2, 4, 7, 5], deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
                 pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN"],
                 tags=["DT", "NNS", "VBD", "DT", "NN", "IN", "NN", "NNS"])
    doc = build_doc("The mayors opposed a rise in bus fares", lemmas="the mayor oppose a rise in bus fare".split(), **parse)
    assert nonevents.stance_on_policy(doc[2], "REJECT", [doc[1]], [], cues)
    # a proposal put by a party is an act on it
    doc = build_doc("The mayors opposed a proposal for bus fares",
                    lemmas="the mayor oppose a proposal for bus fare".split(), **parse)
    assert not nonevents.stance_on_policy(doc[2], "REJECT", [doc[1]], [], cues)
    # a state's stance is diplomacy
    doc = build_doc("The Russians opposed a rise in bus fares", lemmas="the russian oppose a rise in bus fare".split(),
                    ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O"], **parse)
    assert not nonevents.stance_on_policy(doc[2], "REJECT", [doc[1]], [], cues)
    # ... also when the state's word only modifies the actor's noun ("The Danish cabinet opposed ...")
    doc = build_doc("The Danish cabinet opposed a rise in bus fares", heads=[2, 2, 3, 3, 5, 3, 5, 8, 6],
                    deps=["det", "amod", "nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
                    pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN"],
                    tags=["DT", "JJ", "NN", "VBD", "DT", "NN", "IN", "NN", "NNS"],
                    lemmas="the danish cabinet oppose a rise in bus fare".split(),
                    ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O", "O"])
    assert not nonevents.stance_on_policy(doc[3], "REJECT", [doc[2]], [], cues)


def test_a_person_rejecting_what_is_said_that_is_talk(build_doc, cues) -> None:
    parse = dict(heads=[1, 2, 2, 2, 6, 6, 3], deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "acl"],
                 pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "PRON", "VERB"],
                 tags=["DT", "NN", "VBD", "NNS", "IN", "PRP", "VBD"])
    doc = build_doc("The senator rejected claims that he lied", lemmas="the senator reject claim that he lie".split(), **parse)
    assert nonevents.denial(doc[2], "REJECT", [doc[1]], cues)
    # a state's denial stays REJECT (tests/events/test_events_background.py: "the ministry has repeatedly denied")
    doc = build_doc("The Russians rejected claims that they lied", lemmas="the russian reject claim that they lie".split(),
                    ents=["O", "B-NORP", "O", "O", "O", "O", "O"], **parse)
    assert not nonevents.denial(doc[2], "REJECT", [doc[1]], cues)
    # "that" hung on the clause's verb as no argument (a parse of "attacks from his rivals that he was ...")
    doc = build_doc("The senator rejected attacks from rivals that he was soft", heads=[1, 2, 2, 2, 3, 4, 8, 8, 4, 8],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "pobj", "nsubj", "relcl", "acomp"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PRON", "PRON", "AUX", "ADJ"],
                    lemmas="the senator reject attack from rival that he be soft".split())
    assert nonevents.denial(doc[2], "REJECT", [doc[1]], cues)
    # a relative "that" fills a gap: "rejected the plan that he proposed" is no content
    doc = build_doc("The senator rejected the plan that he proposed", heads=[1, 2, 2, 4, 2, 7, 7, 4],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "PRON", "VERB"],
                    lemmas="the senator reject the plan that he propose".split())
    assert not nonevents.denial(doc[2], "REJECT", [doc[1]], cues)
    # a request rejected is a refusal; allegations rejected with no content told stay
    doc = build_doc("The senator rejected a request from Iran", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas="the senator reject a request from iran".split())
    assert not nonevents.denial(doc[2], "REJECT", [doc[1]], cues)
    doc = build_doc("The senator rejected the allegations", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas="the senator reject the allegation".split())
    assert not nonevents.denial(doc[2], "REJECT", [doc[1]], cues)


def test_a_vow_of_ones_own_policy_is_no_agreement(build_doc, cues) -> None:
    doc = build_doc("The candidate vowed to repeal the tax", heads=[1, 2, 2, 4, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas="the candidate vow to repeal the tax".split())
    assert nonevents.own_policy_vow(doc[2], "AGREE", [doc[1]], [], cues)
    # a state acted on keeps it
    doc = build_doc("The candidate vowed to cut aid to Jordan", heads=[1, 2, 2, 4, 2, 4, 4, 6],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"],
                    lemmas="the candidate vow to cut aid to jordan".split(),
                    ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE"])
    assert not nonevents.own_policy_vow(doc[2], "AGREE", [doc[1]], [], cues)
    # a state's officer's pledge stays AGREE (tests/events/test_events.py: "the Danish chancellor promised to cut income tax")
    doc = build_doc("The Danish chancellor vowed to repeal the tax", heads=[2, 2, 3, 3, 5, 3, 7, 5],
                    deps=["det", "amod", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "ADJ", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas="the danish chancellor vow to repeal the tax".split(),
                    ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O"])
    assert not nonevents.own_policy_vow(doc[3], "AGREE", [doc[2]], [], cues)
    # a firm's pledge to its trade partners stays (tests/events/test_labour.py)
    doc = build_doc("The companies vowed to raise prices", heads=[1, 2, 2, 4, 2, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN"],
                    lemmas="the company vow to raise price".split())
    assert not nonevents.own_policy_vow(doc[2], "AGREE", [doc[1]], [], cues)
    # an act not of policy ("vowed to cooperate") keeps it
    doc = build_doc("The candidate vowed to cooperate", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "aux", "xcomp"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB"], lemmas="the candidate vow to cooperate".split())
    assert not nonevents.own_policy_vow(doc[2], "AGREE", [doc[1]], [], cues)


def test_a_stance_noun_described_is_a_view(build_doc, cues) -> None:
    parse = dict(heads=[1, 6, 1, 4, 2, 6, 6], deps=["poss", "nsubjpass", "prep", "det", "pobj", "auxpass", "ROOT"],
                 pos=["PRON", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB"])
    doc = build_doc("Their opposition to the levy was reported", **parse)
    assert nonevents.stance_described(doc[1], "REJECT", [], cues)
    # on a party it stays
    doc = build_doc("Their opposition to the government was reported", **parse)
    assert not nonevents.stance_described(doc[1], "REJECT", [doc[4]], cues)
    # the noun as what a verb does is the act
    doc = build_doc("They voiced opposition to the levy", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN"])
    assert not nonevents.stance_described(doc[2], "REJECT", [], cues)


def test_support_for_an_enacted_law_in_the_present_is_a_view(build_doc, cues) -> None:
    parse = dict(heads=[1, 1, 5, 5, 5, 1], deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj"],
                 pos=["PRON", "VERB", "DET", "PROPN", "PROPN", "PROPN"],
                 ents=["O", "O", "B-LAW", "I-LAW", "I-LAW", "I-LAW"])
    doc = build_doc("She supports the Clean Water Act", tags=["PRP", "VBZ", "DT", "NNP", "NNP", "NNP"],
                    lemmas="she support the clean water act".split(), **parse)
    assert nonevents.law_held(doc[1], "SUPPORT", cues)
    # the past is left to the other rules
    doc = build_doc("She supported the Clean Water Act", tags=["PRP", "VBD", "DT", "NNP", "NNP", "NNP"],
                    lemmas="she support the clean water act".split(), **parse)
    assert not nonevents.law_held(doc[1], "SUPPORT", cues)
    # a bill is a proposal, not a law
    doc = build_doc("She supports the bill", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN"], tags=["PRP", "VBZ", "DT", "NN"],
                    lemmas="she support the bill".split())
    assert not nonevents.law_held(doc[1], "SUPPORT", cues)


def test_what_one_must_be_is_an_opinion(build_doc) -> None:
    doc = build_doc("He insists the city must be a refuge", heads=[1, 1, 3, 5, 5, 1, 7, 5],
                    deps=["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "attr"],
                    pos=["PRON", "VERB", "DET", "NOUN", "AUX", "AUX", "DET", "NOUN"])
    assert nonevents.must_be_opinion(doc[5], "REQUEST")
    # an act asked for keeps its request
    doc = build_doc("He insists the city must be freed", heads=[1, 1, 3, 6, 6, 6, 1],
                    deps=["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp"],
                    pos=["PRON", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB"],
                    lemmas="he insist the city must be free".split())
    assert not nonevents.must_be_opinion(doc[6], "REQUEST")
    assert not nonevents.must_be_opinion(doc[5], "REQUEST")


def test_a_rejection_that_hurts_the_one_it_names_is_no_act(build_doc, cues) -> None:
    doc = build_doc("Hurt by her rejection , the mayor resigned", heads=[7, 0, 3, 1, 7, 6, 7, 7],
                    deps=["advcl", "prep", "poss", "pobj", "punct", "det", "nsubj", "ROOT"],
                    pos=["VERB", "ADP", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
                    tags=["VBN", "IN", "PRP$", "NN", ",", "DT", "NN", "VBD"],
                    lemmas="hurt by her rejection , the mayor resign".split())
    assert nonevents.rejection_felt(doc[3], "REJECT", cues)
    # what was rejected told: her own act
    doc = build_doc("Hurt by her rejection of the plan , the mayor resigned", heads=[10, 0, 3, 1, 3, 6, 4, 10, 9, 10, 10],
                    deps=["advcl", "prep", "poss", "pobj", "prep", "det", "pobj", "punct", "det", "nsubj", "ROOT"],
                    pos=["VERB", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
                    tags=["VBN", "IN", "PRP$", "NN", "IN", "DT", "NN", ",", "DT", "NN", "VBD"],
                    lemmas="hurt by her rejection of the plan , the mayor resign".split())
    assert not nonevents.rejection_felt(doc[3], "REJECT", cues)


def test_an_endorsement_not_given_in_the_perfect_is_support_not_given(build_doc, cues) -> None:
    doc = build_doc("The governor has not endorsed him", heads=[1, 4, 4, 4, 4, 4],
                    deps=["det", "nsubj", "aux", "neg", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "AUX", "PART", "VERB", "PRON"],
                    lemmas="the governor have not endorse he".split())
    assert nonevents.support_not_given(doc[4], "SUPPORT", cues)
    # a dated past act withheld stays a refusal
    doc = build_doc("The governor did not endorse him", heads=[1, 4, 4, 4, 4, 4],
                    deps=["det", "nsubj", "aux", "neg", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "AUX", "PART", "VERB", "PRON"],
                    lemmas="the governor do not endorse he".split())
    assert not nonevents.support_not_given(doc[4], "SUPPORT", cues)


# --- whole sentences: the pipeline ---

def test_stances_on_policy_and_denials_are_no_events_and_refusals_stay(extract) -> None:
    assert not _types(extract, "At the forum, the three candidates opposed a hike in the state income tax.")
    assert not _types(extract, "The senator rejected allegations that his staff had leaked the memo.")
    assert not _types(extract, "The senator dismissed charges that she had misused campaign funds.")
    # a state's stance on a resolution, a refusal of a request and a rejected nominee stay REJECT
    assert "REJECT" in _types(extract, "Russia opposed a Western resolution on Syria at the Security Council on Friday.")
    assert "REJECT" in _types(extract, "Hungary rejected a request from Brussels to take in more refugees.")
    assert "REJECT" in _types(extract, "The Senate Judiciary Committee rejected the president's nominee on Monday.")


def test_vows_laws_opinions_and_welcomes_of_things_are_no_events(extract) -> None:
    assert not _types(extract, "The mayor vowed to expand the city's bike lanes.")
    assert not _types(extract, "The candidate has pledged to lower the federal gas tax.")
    assert not _types(extract, "Last year the candidate vowed to ban Canadians from entering the United States.")
    assert not _types(extract, "The farmers' opposition to the water rules has hardened.")
    assert not _types(extract, "The governor supports the Voting Rights Act.")
    assert not _types(extract, "The senator says the party must be a big tent.")
    assert not _types(extract, "Hurt by his rejection, the former mayor quit the party in March.")
    assert not _types(extract, "The governor welcomes a discussion about school funding.")
    assert not _types(extract, "The party welcomed the defectors with open arms.")
    # a pledge to a state, a demand of an act, a welcomed decision of a state stay
    assert "AGREE" in _types(extract, "The president pledged to increase military aid to Ukraine.")
    assert "REQUEST" in _types(extract, "The union insists that the company must raise wages.")
    assert "SUPPORT" in _types(extract, "Kenya welcomed Ethiopia's decision to release the prisoners.")


def test_an_endorsement_not_given_is_support_negated_and_a_withheld_one_a_refusal(extract) -> None:
    events = extract("The governor of Texas has not endorsed Ted Cruz.", published=PUBLISHED).events
    assert [(e.event, e.modality) for e in events] == [("SUPPORT", "negated")]
    assert "REJECT" in _types(extract, "The governor of Texas did not endorse Ted Cruz on Monday.")
    assert "REJECT" in _types(extract, "The mayor refused to endorse the governor on Friday.")
