"""Rules from the thirty-second US-news audit's classes (issue 14, brief targets34;
docs/audit/2027-01-01-us-news-thirty-second.md): calling a person by an epithet is a verbal attack, attacks by
mail are words, the subject of "was the target of" an act noun and the helper of an inquiry are its targets.
Every sentence was written for these tests (none from a data set or an audit); each rule is checked on a
hand-built parse with a negative, and the whole pipeline on a few sentences beside the act that must stay."""

from __future__ import annotations

from newsevents.eventcoding import subject_targets
from newsevents.eventcoding.lexicon import Condition, condition_holds

PUBLISHED = "2024-06-01"


def _events(events_of, text: str, kind: str) -> list:
    return [e for e in events_of(text) if e.event == kind]


# --- calling a person by an epithet ------------------------------------------------------------------

def test_the_pred_condition_reads_a_participle_said_of_the_object(build_doc):
    # the parser tags an adjectival participle after the object as a verb (VBN or VBD) with the dep oprd
    doc = build_doc("the senator called the governor unhinged", heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "oprd"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "VBN"])
    epithet = Condition(kind="pred", words=frozenset({"unhinged"}), negated=False)
    assert condition_holds(doc[2], epithet, None)
    assert not condition_holds(doc[2], Condition(kind="pred", words=frozenset({"brilliant"}), negated=False), None)
    # a participle that is a clause of its own (no oprd) is no predicate of the object
    doc = build_doc("the senator called the governor annoyed", heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "advcl"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "VBN"])
    assert not condition_holds(doc[2], Condition(kind="pred", words=frozenset({"annoyed"}), negated=False), None)


def test_calling_a_person_an_epithet_is_criticism_and_a_call_on_a_day_stays_a_call(events_of):
    for text in ("On Monday, Senator Jane Roe called the governor \u201cunhinged.\u201d",
                 "In a radio interview, the mayor called his challenger a liar."):
        assert _events(events_of, text, "ACCUSE"), text
        assert not _events(events_of, text, "REQUEST") and not _events(events_of, text, "CONSULT"), text
    assert _events(events_of, "The senator called the governor on Monday.", "CONSULT")


# --- attacks by mail are words -----------------------------------------------------------------------

def test_mail_is_a_modifier_that_makes_an_attack_words(cues):
    assert "mail" in cues.speech_modifier


def test_mail_attacks_on_a_mayor_are_criticism_of_the_mayor(events_of):
    text = "The mayor was the target of direct mail attacks by two business groups."
    accuse = _events(events_of, text, "ACCUSE")
    assert accuse and [p.text for p in accuse[0].recipient] == ["The mayor"]
    assert not _events(events_of, text, "ASSAULT")


# --- the subject of "was the target of" ----------------------------------------------------------------

def _target_doc(build_doc, verb: str = "was", verb_lemma: str = "be", dep: str = "attr"):
    # "the mayor was the target of $2m in attacks"
    return build_doc(f"the mayor {verb} the target of $2m in attacks", heads=[1, 2, 2, 4, 2, 4, 5, 6, 7],
                     deps=["det", "nsubj", "ROOT", "det", dep, "prep", "pobj", "prep", "pobj"],
                     pos=["DET", "NOUN", "AUX" if verb_lemma == "be" else "VERB", "DET", "NOUN", "ADP", "NUM", "ADP",
                          "NOUN"],
                     lemmas=["the", "mayor", verb_lemma, "the", "target", "of", "$2m", "in", "attack"])


def test_the_subject_a_target_noun_is_said_of_is_the_target_through_a_quantity(build_doc, cues):
    party = lambda token: token.lower_ == "mayor"  # noqa: E731
    doc = _target_doc(build_doc)
    assert [t.text for t in subject_targets.target_subjects(doc[8], party, cues)] == ["mayor"]
    doc = _target_doc(build_doc, "became", "become")
    assert [t.text for t in subject_targets.target_subjects(doc[8], party, cues)] == ["mayor"]
    # "the mayor described the target of $2m in attacks": the target noun is an object, said of no one
    doc = _target_doc(build_doc, "described", "describe", "dobj")
    assert subject_targets.target_subjects(doc[8], party, cues) == []


# --- the helper of an inquiry --------------------------------------------------------------------------

def _helper_doc(build_doc, verb: str, noun: str):
    # "the governor has been VERB-ing with the agency 's NOUN"
    return build_doc(f"the governor has been {verb} with the agency 's {noun}", heads=[1, 4, 4, 4, 4, 4, 7, 9, 7, 5],
                     deps=["det", "nsubj", "aux", "aux", "ROOT", "prep", "det", "poss", "case", "pobj"],
                     pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
                     lemmas=["the", "governor", "have", "be", {"cooperating": "cooperate"}.get(verb, verb),
                             "with", "the", "agency", "'s", noun])


def test_one_cooperating_with_an_inquiry_is_its_target_but_not_with_another_act_or_verb(build_doc, cues):
    party = lambda token: token.lower_ in ("governor", "agency")  # noqa: E731
    doc = _helper_doc(build_doc, "cooperating", "inquiry")
    assert [t.text for t in subject_targets.helped_inquiry_subjects(doc[9], True, party, cues)] == ["governor"]
    # an act noun that is no investigation ("cooperating with the agency's plan")
    assert subject_targets.helped_inquiry_subjects(doc[9], False, party, cues) == []
    # "has been quarrelling with the agency's inquiry": no help given
    doc = _helper_doc(build_doc, "quarrelling", "inquiry")
    assert subject_targets.helped_inquiry_subjects(doc[9], True, party, cues) == []


def test_an_inquiry_the_governor_cooperates_with_is_into_the_governor(events_of):
    text = "The governor has been cooperating with the Justice Department's inquiry for weeks."
    inquiry = [e for e in _events(events_of, text, "ACCUSE") if e.trigger.text == "inquiry"]
    assert inquiry and [p.text for p in inquiry[0].recipient] == ["The governor"]


# --- an act told done in an "as"-clause -----------------------------------------------------------------

def _as_clause_doc(build_doc, perfect: bool):
    # "if Smith loses , Jones will stay , as allies have urged him" / "... as allies urge him"
    words = "if Smith loses , Jones will stay , as allies " + ("have urged him" if perfect else "urge him")
    verb = 11 if perfect else 10
    heads = [2, 2, 6, 6, 6, 6, 6, 6, verb, verb] + ([verb, 6, verb] if perfect else [6, verb])
    deps = ["mark", "nsubj", "advcl", "punct", "nsubj", "aux", "ROOT", "punct", "mark", "nsubj"] + (
        ["aux", "advcl", "dobj"] if perfect else ["advcl", "dobj"])
    pos = ["SCONJ", "PROPN", "VERB", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT", "SCONJ", "NOUN"] + (
        ["AUX", "VERB", "PRON"] if perfect else ["VERB", "PRON"])
    tags = ["IN", "NNP", "VBZ", ",", "NNP", "MD", "VB", ",", "IN", "NNS"] + (
        ["VBP", "VBN", "PRP"] if perfect else ["VBP", "PRP"])
    lemmas = ["if", "smith", "lose", ",", "jones", "will", "stay", ",", "as", "ally"] + (
        ["have", "urge", "he"] if perfect else ["urge", "he"])
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), verb


def test_an_as_clause_in_the_perfect_tells_an_act_done_whatever_its_clause_supposes(build_doc, cues):
    from newsevents.eventcoding.modality import done_as_clause, modality_of

    doc, verb = _as_clause_doc(build_doc, perfect=True)
    assert done_as_clause(doc[verb])
    assert modality_of(doc[verb], cues) == "asserted"
    # a present-tense "as"-clause stays under the clause's condition and modal
    doc, verb = _as_clause_doc(build_doc, perfect=False)
    assert not done_as_clause(doc[verb])
    assert modality_of(doc[verb], cues) != "asserted"


# --- one's own forces withdrawn ----------------------------------------------------------------------------

def _withdrawal_doc(build_doc, verb: str, lemma: str, noun: str, noun_lemma: str):
    # "the president VERB american NOUN"
    return build_doc(f"the president {verb} american {noun}", heads=[1, 2, 2, 4, 2],
                     deps=["det", "nsubj", "ROOT", "amod", "dobj"], pos=["DET", "NOUN", "VERB", "ADJ", "NOUN"],
                     lemmas=["the", "president", lemma, "american", noun_lemma])


def test_forces_one_withdraws_are_no_target_but_fighters_demobilised_are(build_doc, cues):
    from newsevents.eventcoding.own_forces import without_own_forces

    doc = _withdrawal_doc(build_doc, "withdrew", "withdraw", "troops", "troop")
    assert without_own_forces(doc[2], [doc[4]], cues) == []
    doc = _withdrawal_doc(build_doc, "demobilised", "demobilise", "fighters", "fighter")
    assert [t.text for t in without_own_forces(doc[2], [doc[4]], cues)] == ["fighters"]


def test_a_withdrawal_of_american_forces_has_no_american_target_and_the_place_left_stays(events_of):
    text = "It was the former president who withdrew American troops too early, the senator said."
    retreat = _events(events_of, text, "RETREAT")
    assert retreat and not retreat[0].recipient
    retreat = _events(events_of, "Russia withdrew its troops from Georgia on Monday.", "RETREAT")
    assert retreat and [p.country for p in retreat[0].recipient] == ["GEO"]


# --- a civil body named by its political leaning ---------------------------------------------------------

def test_a_body_named_by_its_leaning_takes_the_story_country_and_an_aid_group_does_not(cues):
    from newsevents.components.events import _at_home
    from newsevents.record import Party

    leaning = Party(text="conservative outside groups", sector=["CVL"])
    aid = Party(text="some aid groups", sector=["CVL"])
    assert [p.country for p in _at_home([leaning, aid], "GBR", cues)] == ["GBR", None]
    assert _at_home([leaning], None, cues)[0].country is None


# --- a first-person doer is no party of its clause's premise ---------------------------------------------

def _premise_doc(build_doc, pronoun: str):
    # "assuming ministers agree , PRONOUN will ask the council"
    return build_doc(f"assuming ministers agree , {pronoun} will ask the council", heads=[6, 2, 0, 6, 6, 6, 6, 8, 6],
                     deps=["advcl", "nsubj", "ccomp", "punct", "nsubj", "aux", "ROOT", "det", "dobj"],
                     pos=["VERB", "NOUN", "VERB", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN"],
                     tags=["VBG", "NNS", "VBP", ",", "PRP", "MD", "VB", "DT", "NN"],
                     lemmas=["assume", "minister", "agree", ",", pronoun, "will", "ask", "the", "council"])


def test_we_are_not_the_party_named_in_our_clauses_premise_but_she_may_be(build_doc, cues):
    from newsevents.eventcoding.arguments import in_premise_of_speaker

    doc = _premise_doc(build_doc, "we")
    assert in_premise_of_speaker(doc[4], doc[1], cues)
    assert not in_premise_of_speaker(doc[4], doc[8], cues)  # a party outside the premise
    doc = _premise_doc(build_doc, "she")
    assert not in_premise_of_speaker(doc[4], doc[1], cues)  # "When the minister arrived, she asked ...": may be her


def test_a_planned_request_by_we_is_not_made_by_the_parties_of_its_premise(events_of):
    text = "Assuming the ministers agree to send the troops, we will ask the State Department to secure the approval."
    assert not any(p.text == "the ministers" or p.text == "the troops" for e in events_of(text)
                   if e.event == "REQUEST" for p in e.actor)
