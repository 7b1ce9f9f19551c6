"""A leader's own staff, defending ground and vowing to, nothing found, acts under a past-perfect condition, plain
speakers, bans on trade and suspects named (issue 14, session 20, brief wire18; classes of the eighteenth and
nineteenth news-wire audits, rule source of wire18 in session 20): eventcoding/no_act.py and the event_lexicon.tsv rows
under ``# wire18:``. Each rule on a hand-built Doc
of our own with a negative, then whole sentences of our own (none from a data set, an audit, or actors_heldout9.tsv /
phrasings_heldout30.tsv)."""

from __future__ import annotations

import pytest

from newsevents.actors import actor_dictionary
from newsevents.eventcoding import no_act
from newsevents.eventcoding.lexicon import load_lexicon, match_entry

PUBLISHED = "1997-06-02"
LEXICON = load_lexicon()
ACTORS = actor_dictionary()


def _met_own(build_doc, noun: str, poss: str = "his"):
    # "The governor met his <noun> ."
    own = poss != "the"
    return build_doc(f"The governor met {poss} {noun} .", heads=[1, 2, 2, 4, 2, 2],
                     deps=["det", "nsubj", "ROOT", "poss" if own else "det", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "PRON" if own else "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "PRP$" if own else "DT", "NNS", "."])


# --- a leader meeting his own staff ------------------------------------------------------------------------------

@pytest.mark.parametrize("noun", ["aides", "advisers", "cabinet", "commanders"])
def test_a_meeting_with_ones_own_staff_is_no_act(build_doc, cues, noun) -> None:
    doc = _met_own(build_doc, noun)
    assert no_act.own_staff_meeting("CONSULT", [doc[4]], cues)


def test_a_counterpart_or_a_named_staff_of_another_stays(build_doc, cues) -> None:
    assert not no_act.own_staff_meeting("CONSULT", [_met_own(build_doc, "counterpart")[4]], cues)
    assert not no_act.own_staff_meeting("CONSULT", [_met_own(build_doc, "aides", "the")[4]], cues)  # no possessive
    assert not no_act.own_staff_meeting("ACCUSE", [_met_own(build_doc, "aides")[4]], cues)
    assert not no_act.own_staff_meeting("CONSULT", [], cues)


# --- defending ground, a vow to defend -----------------------------------------------------------------------------

def _vow(build_doc, verb: str, xverb: str):
    # "The army vowed to defend the pass ."
    words = f"The army {verb} to {xverb} the pass ."
    return build_doc(words, heads=[1, 2, 2, 4, 2, 6, 4, 2],
                     deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "TO", "VB", "DT", "NN", "."],
                     lemmas=["the", "army", {"vowed": "vow", "swore": "swear", "promised": "promise"}[verb], "to",
                             xverb, "the", "pass", "."])


def test_a_vow_to_defend_with_no_party_defended_is_no_act(build_doc, cues) -> None:
    doc = _vow(build_doc, "vowed", "defend")
    assert no_act.defence_of_no_party(doc[2], "AGREE", [], cues)
    assert no_act.defence_of_no_party(doc[4], "SUPPORT", [], cues)  # "to defend its positions"


def test_a_party_defended_or_another_vow_stays(build_doc, cues) -> None:
    doc = _vow(build_doc, "vowed", "defend")
    assert not no_act.defence_of_no_party(doc[2], "AGREE", ["a party"], cues)
    assert not no_act.defence_of_no_party(doc[4], "SUPPORT", ["a party"], cues)
    assert not no_act.defence_of_no_party(_vow(build_doc, "vowed", "withdraw")[2], "AGREE", [], cues)
    assert not no_act.defence_of_no_party(_vow(build_doc, "promised", "defend")[2], "AGREE", [], cues)


def test_defending_a_policy_is_not_ground(build_doc, cues) -> None:
    # "The mayor tried to defend the budget ."
    doc = build_doc("The mayor tried to defend the budget .", heads=[1, 2, 2, 4, 2, 6, 4, 2],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "TO", "VB", "DT", "NN", "."],
                    lemmas=["the", "mayor", "try", "to", "defend", "the", "budget", "."])
    assert not no_act.defence_of_no_party(doc[4], "SUPPORT", [], cues)


# --- nothing found -------------------------------------------------------------------------------------------------

def _found(build_doc, det: str):
    # "<Det> weapons were found ."
    return build_doc(f"{det} weapons were found .", heads=[1, 3, 3, 3, 3],
                     deps=["det", "nsubjpass", "auxpass", "ROOT", "punct"],
                     pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"], tags=["DT", "NNS", "VBD", "VBN", "."],
                     lemmas=[det.lower(), "weapon", "be", "find", "."])


def test_nothing_found_is_no_act(build_doc, cues) -> None:
    assert no_act.nothing_found(_found(build_doc, "No")[3], cues)


def test_something_found_stays(build_doc, cues) -> None:
    assert not no_act.nothing_found(_found(build_doc, "The")[3], cues)


# --- an act that would have been done ----------------------------------------------------------------------------

def _would_have(build_doc, inverted: bool, condition: bool = True):
    # "Had the talks failed , Chile would have recalled its envoy ." / "Chile would have recalled its envoy ."
    if not condition:
        return build_doc("Chile would have recalled its envoy .", heads=[3, 3, 3, 3, 5, 3, 3],
                         deps=["nsubj", "aux", "aux", "ROOT", "poss", "dobj", "punct"],
                         pos=["PROPN", "AUX", "AUX", "VERB", "PRON", "NOUN", "PUNCT"],
                         tags=["NNP", "MD", "VB", "VBN", "PRP$", "NN", "."],
                         lemmas=["chile", "would", "have", "recall", "its", "envoy", "."])
    head = "Had the talks failed" if inverted else "If talks had failed"
    return build_doc(f"{head} , Chile would have recalled its envoy .",
                     heads=[3, 2, 3, 8, 8, 8, 8, 8, 8, 10, 8, 8] if inverted else [3, 3, 3, 8, 8, 8, 8, 8, 8, 10, 8, 8],
                     deps=(["aux", "det", "nsubj"] if inverted else ["mark", "nsubj", "aux"]) + [
                         "advcl", "punct", "nsubj", "aux", "aux", "ROOT", "poss", "dobj", "punct"],
                     pos=(["AUX", "DET", "NOUN"] if inverted else ["SCONJ", "NOUN", "AUX"]) + [
                         "VERB", "PUNCT", "PROPN", "AUX", "AUX", "VERB", "PRON", "NOUN", "PUNCT"],
                     tags=(["VBD", "DT", "NNS"] if inverted else ["IN", "NNS", "VBD"]) + [
                         "VBN", ",", "NNP", "MD", "VB", "VBN", "PRP$", "NN", "."],
                     lemmas=(["have", "the", "talk"] if inverted else ["if", "talk", "have"]) + [
                         "fail", ",", "chile", "would", "have", "recall", "its", "envoy", "."])


@pytest.mark.parametrize("inverted", [True, False])
def test_an_act_under_a_past_perfect_condition_was_not_done(build_doc, cues, inverted) -> None:
    doc = _would_have(build_doc, inverted)
    assert no_act.counterfactual(doc[8], cues)


def test_a_modal_perfect_with_no_condition_stays(build_doc, cues) -> None:
    assert not no_act.counterfactual(_would_have(build_doc, True, condition=False)[3], cues)


# --- whole sentences of our own ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean president met his chief advisers on Monday.",
    "The Chilean army vowed on Monday to guard the northern border through the winter.",
    "Peruvian soldiers found no weapons in the village.",
    "The doctor warned the patient that the drug had side effects.",
    "If the talks had succeeded, Chile would have withdrawn its ambassador from Peru.",
])
def test_sentences_with_no_act(events_of, text) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("The Chilean president met his Argentine counterpart on Monday.", "CONSULT", "CHL", "ARG"),
    ("Peruvian soldiers found a cache of rebel weapons in the village on Monday.", "COERCE", "PER", None),
])
def test_sentences_with_an_act(events_of, text, kind, actor, recipient) -> None:
    events = [e for e in events_of(text) if e.event == kind]
    assert events, events_of(text)
    assert actor in {p.country for e in events for p in e.actor}
    if recipient:
        assert recipient in {p.country for e in events for p in e.recipient}


# --- plain speakers ------------------------------------------------------------------------------------------------

def test_plain_speakers_lose_the_office_sector(cues) -> None:
    from newsevents.record import Party

    out = no_act.plain_plurals([Party(text="speakers at the rally", sector=["LEG"])], cues)
    assert out[0].sector == [] and out[0].country is None


def test_the_speaker_and_other_offices_keep_theirs(cues) -> None:
    from newsevents.record import Party

    kept = [Party(text="the Speaker", sector=["LEG"]), Party(text="senators", sector=["LEG"])]
    assert no_act.plain_plurals(kept, cues) == kept


def test_speakers_at_a_rally_do_not_take_the_country_they_denounce(events_of) -> None:
    events = events_of("At a rally in Managua on Sunday, speakers denounced Spain over its fishing quotas.")
    assert "ESP" not in {p.country for e in events for p in e.actor}


# --- a ban on trade with a party ----------------------------------------------------------------------------------

def _banned(build_doc, noun: str):
    # "Chile banned <noun> with Peru ."
    return build_doc(f"Chile banned {noun} with Peru .", heads=[1, 1, 1, 2, 3, 1],
                     deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                     pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                     tags=["NNP", "VBD", "NN", "IN", "NNP", "."],
                     lemmas=["chile", "ban", noun, "with", "peru", "."],
                     ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])


def test_a_ban_on_trade_with_a_state_is_a_sanction(build_doc) -> None:
    found = match_entry(_banned(build_doc, "trade")[1], LEXICON, ACTORS)
    assert found is not None and found[0].event == "SANCTION"


def test_a_ban_on_a_film_is_no_sanction(build_doc) -> None:
    found = match_entry(_banned(build_doc, "filming")[1], LEXICON, ACTORS)
    assert found is None or found[0].event != "SANCTION"


def test_a_ban_on_trade_in_a_sentence_of_our_own(events_of) -> None:
    events = [e for e in events_of("Chile banned all trade with Peru on Friday.") if e.event == "SANCTION"]
    assert {p.country for e in events for p in e.recipient} == {"PER"}


# --- a party named as a suspect -----------------------------------------------------------------------------------

def _named_as(build_doc, verb: str, lemma: str, noun: str):
    # "Police <verb> the sailor as the <noun> ."
    return build_doc(f"Police {verb} the sailor as the {noun} .", heads=[1, 1, 3, 1, 1, 6, 4, 1],
                     deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     tags=["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "."],
                     lemmas=["police", lemma, "the", "sailor", "as", "the", noun, "."])


@pytest.mark.parametrize(("verb", "lemma"), [("named", "name"), ("identified", "identify")])
def test_naming_a_party_as_a_suspect_accuses_it(build_doc, verb, lemma) -> None:
    found = match_entry(_named_as(build_doc, verb, lemma, "suspect")[1], LEXICON, ACTORS)
    assert found is not None and found[0].event == "ACCUSE"


def test_naming_a_party_as_a_winner_accuses_no_one(build_doc) -> None:
    found = match_entry(_named_as(build_doc, "named", "name", "winner")[1], LEXICON, ACTORS)
    assert found is None or found[0].event != "ACCUSE"


def test_a_suspect_named_in_a_sentence_of_our_own(events_of) -> None:
    events = [e for e in events_of("Peruvian police identified a Chilean sailor as the killer on Friday.")
              if e.event == "ACCUSE"]
    assert {p.country for e in events for p in e.recipient} == {"CHL"}
