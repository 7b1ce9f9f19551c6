"""Forced types, other senses and a concession's modality (issue 14, session 20, brief spur20; the sixteenth and
seventeenth web-news audits): event_lexicon.tsv rows under ``# spur20:`` and eventcoding/concessions_attempts.py. Each rule on a
hand-built Doc of our own with a negative, then whole sentences of our own (none from a data set, an audit, or
phrasings_heldout29.tsv / modality_heldout6.tsv)."""

from __future__ import annotations

import pytest

from event_rows import lexicon_event as _event
from newsevents.eventcoding import concessions_attempts

PUBLISHED = "2026-04-02"


def _svo_prep(build_doc, text: str, lemma: str, prep_at: int, pos_last: str = "NOUN"):
    """'<Det> <subject> <verb> <prep> the <noun> .' with the verb's lemma given."""
    words = text.split()
    heads = [1, 2, 2, 2, 5, 3, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", pos_last, "PUNCT"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[2] = lemma
    assert prep_at == 3 and len(words) == 7
    return build_doc(text, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


# --- a clash with a political body is a quarrel in words ---------------------------------------------------------

def test_a_clash_with_a_commission_is_a_quarrel(build_doc) -> None:
    doc = _svo_prep(build_doc, "The senator clashed with the commission .", "clash", 3)
    assert _event(doc[2]) == "ACCUSE"


def test_a_clash_with_police_stays_force(build_doc) -> None:
    doc = _svo_prep(build_doc, "The rebels clashed with the police .", "clash", 3)
    assert _event(doc[2]) == "ASSAULT"


# --- a row, a spat, a feud between parties ------------------------------------------------------------------------

@pytest.mark.parametrize("noun", ["row", "spat", "feud", "quarrel"])
def test_a_row_with_a_party_is_verbal_conflict(build_doc, noun) -> None:
    # "The mayor had a row with the governor ."
    doc = build_doc(f"The mayor had a {noun} with the governor .", heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "."])
    assert _event(doc[4]) == "ACCUSE"


def test_a_row_of_seats_is_no_quarrel(build_doc) -> None:
    # "The mayor sat in the front row ."
    doc = build_doc("The mayor sat in the front row .", heads=[1, 2, 2, 2, 6, 6, 3, 2],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "NN", "."])
    assert _event(doc[6]) is None


# --- a court ruling on a court's ruling --------------------------------------------------------------------------

def _overturn(build_doc, subject: str):
    # "The <subject> overturned the ruling ."
    return build_doc(f"The {subject} overturned the ruling .", heads=[1, 2, 2, 4, 2, 2],
                     deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "DT", "NN", "."],
                     lemmas=["the", subject, "overturn", "the", "ruling", "."])


def test_a_court_overturning_a_ruling_is_no_act_between_parties(build_doc) -> None:
    assert _event(_overturn(build_doc, "tribunal")[2]) == "-"


def test_a_parliament_overturning_a_ruling_keeps_its_rows(build_doc) -> None:
    assert _event(_overturn(build_doc, "parliament")[2]) != "-"


# --- parties that rule states ------------------------------------------------------------------------------------

def test_ruling_twenty_out_of_thirty_provinces_is_governing(build_doc) -> None:
    # "The alliance rules 20 out of 30 provinces ."
    doc = build_doc("The alliance rules 20 out of 30 provinces .", heads=[1, 2, 2, 2, 2, 4, 7, 5, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "prep", "nummod", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NUM", "ADP", "ADP", "NUM", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBZ", "CD", "IN", "IN", "CD", "NNS", "."],
                    lemmas=["the", "alliance", "rule", "20", "out", "of", "30", "province", "."])
    assert _event(doc[2]) == "-"


def test_ruling_out_a_truce_stays_a_refusal(build_doc) -> None:
    # "The junta ruled out a truce ."
    doc = build_doc("The junta ruled out a truce .", heads=[1, 2, 2, 2, 5, 2, 2],
                    deps=["det", "nsubj", "ROOT", "prt", "det", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "RP", "DT", "NN", "."],
                    lemmas=["the", "junta", "rule", "out", "a", "truce", "."])
    assert _event(doc[2]) == "REJECT"


# --- a seller's bookings, a resignation under pressure, a signal of a clause ---------------------------------------

def _verb_object(build_doc, text: str, lemma: str, obj_lemma: str):
    # "<Subject> <verb> <object> ."
    return build_doc(text, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
                     pos=["PROPN", "VERB", "NOUN", "PUNCT"], tags=["NNP", "VBD", "NNS", "."],
                     lemmas=[text.split()[0].lower(), lemma, obj_lemma, "."])


def test_bookings_suspended_are_no_sanction(build_doc) -> None:
    assert _event(_verb_object(build_doc, "Ryanair suspended bookings .", "suspend", "booking")[1]) == "-"


def test_flights_suspended_stay_a_sanction(build_doc) -> None:
    assert _event(_verb_object(build_doc, "Russia suspended flights .", "suspend", "flight")[1]) == "SANCTION"


@pytest.mark.parametrize("prep,noun,kind", [("under", "pressure", "CONCEDE"), ("amid", "protests", "CONCEDE"),
                                            ("on", "Monday", "RETREAT")])
def test_a_resignation_under_pressure_concedes(build_doc, prep, noun, kind) -> None:
    # "The premier resigned under pressure ."
    doc = build_doc(f"The premier resigned {prep} {noun} .", heads=[1, 2, 2, 2, 3, 2],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "IN", "NN", "."],
                    lemmas=["the", "premier", "resign", prep, noun.lower().rstrip("s"), "."])
    assert _event(doc[2]) == kind


def test_a_signal_whose_content_is_a_clause_is_no_agreement(build_doc) -> None:
    # "The emir signalled that he wants peace ."
    doc = build_doc("The emir signalled that he wants peace .", heads=[1, 2, 2, 5, 5, 2, 5, 2],
                    deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "IN", "PRP", "VBZ", "NN", "."],
                    lemmas=["the", "emir", "signal", "that", "he", "want", "peace", "."])
    assert _event(doc[2]) == "-"


def test_a_signal_to_a_party_keeps_its_row(build_doc) -> None:
    # "The emir signalled to the rebels ."
    doc = _svo_prep(build_doc, "The emir signalled to the rebels .", "signal", 3)
    assert _event(doc[2]) == "AGREE"


# --- a concession told as a fact ---------------------------------------------------------------------------------

def _concession(build_doc, mark: str, aux: str, verb_tag: str):
    # "<Mark> the board <aux> approved the plan , the sale would need a vote ."
    words = f"{mark} the board {aux} approved the plan , the sale would need a vote .".split()
    heads = [4, 2, 4, 4, 11, 6, 4, 11, 9, 11, 11, 11, 13, 11, 11]
    deps = ["mark", "det", "nsubj", "aux", "advcl", "det", "dobj", "punct", "det", "nsubj", "aux", "ROOT", "det",
            "dobj", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN",
           "PUNCT"]
    tags = ["IN", "DT", "NN", "VBD" if aux == "had" else "MD", verb_tag, "DT", "NN", ",", "DT", "NN", "MD", "VB", "DT",
            "NN", "."]
    assert len(words) == len(heads)
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.mark.parametrize("mark", ["While", "Although"])
def test_a_past_concession_is_a_fact_told(build_doc, cues, mark) -> None:
    doc = _concession(build_doc, mark, "had", "VBN")
    assert concessions_attempts.concession_told(doc[4], cues)


def test_an_open_concession_or_another_mark_is_no_fact(build_doc, cues) -> None:
    assert not concessions_attempts.concession_told(_concession(build_doc, "Although", "may", "VBN")[4], cues)
    assert not concessions_attempts.concession_told(_concession(build_doc, "If", "had", "VBN")[4], cues)


# --- whole sentences of our own ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Supreme Court of Ghana upheld the ruling of the high court on Wednesday.",
    "The ruling alliance and its partners now rule 14 out of 21 Peruvian regions.",
    "The ferry company suspended bookings for its night crossings until June.",
])
def test_no_act_between_parties(events_of, text) -> None:
    assert not events_of(text), [(e.event, e.trigger.text) for e in events_of(text)]


@pytest.mark.parametrize("text,kind", [
    ("Argentina's economy minister clashed with the Argentine senate on Wednesday over the budget.", "ACCUSE"),
    ("The Nigerian governor had a bitter row with the Nigerian senate over oil revenue.", "ACCUSE"),
    ("Bolivia's president resigned amid protests on Sunday.", "CONCEDE"),
    ("The Bolivian government ruled out talks with the strikers on Friday.", "REJECT"),
    ("Morocco suspended flights to Algeria on Tuesday.", "SANCTION"),
])
def test_acts_keep_or_take_their_type(events_of, text, kind) -> None:
    found = {e.event for e in events_of(text)}
    assert kind in found and not ({"ASSAULT", "RETREAT"} & found), [(e.event, e.trigger.text) for e in events_of(text)]


@pytest.mark.parametrize("text,trigger,modality", [
    ("While the Peruvian congress had approved the loan, Peru would need a second vote to sign the deal with Chile.",
     "approved", "asserted"),
    ("While Ecuador's president had met the Colombian president, a deal would have to wait for the new year.",
     "met", "asserted"),
    ("If Ecuador's president meets the Colombian president, a deal would follow.", "meets", "hypothetical"),
    ("The Austrian chancellor suggested talks between Serbia and Kosovo.", "talks", "hypothetical"),
])
def test_modality_of_a_concession_and_a_suggestion(events_of, text, trigger, modality) -> None:
    events = [e for e in events_of(text) if e.trigger.text == trigger]
    assert events and events[0].modality == modality, [(e.event, e.trigger.text, e.modality) for e in events_of(text)]


# --- a clause of alternatives listing kinds of work --------------------------------------------------------------

def _whether(build_doc, subject: str, tag: str):
    # "Whether it is guarding ports or escorting convoys , the brigade stays busy ."
    words = f"Whether {subject} is guarding ports or escorting convoys , the brigade stays busy .".split()
    heads = [3, 3, 3, 11, 3, 3, 3, 6, 11, 10, 11, 11, 11, 11]
    deps = ["mark", "nsubj", "aux", "advcl", "dobj", "cc", "conj", "dobj", "punct", "det", "nsubj", "ROOT", "acomp",
            "punct"]
    pos = ["SCONJ", "PRON" if subject == "it" else "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT",
           "DET", "NOUN", "VERB", "ADJ", "PUNCT"]
    tags = ["IN", "PRP" if subject == "it" else "NNS", "VBZ", tag, "NNS", "CC", tag, "NNS", ",", "DT", "NN", "VBZ",
            "JJ", "."]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[3], lemmas[6] = "be", "guard", "escort"
    assert len(words) == len(heads) == len(deps)
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_clause_of_alternative_kinds_of_work_is_no_act(build_doc, cues) -> None:
    doc = _whether(build_doc, "it", "VBG")
    assert concessions_attempts.alternatives_listed(doc[3], cues) and concessions_attempts.alternatives_listed(doc[6], cues)


def test_a_real_subject_makes_it_a_condition(build_doc, cues) -> None:
    doc = _whether(build_doc, "troops", "VBG")
    assert not concessions_attempts.alternatives_listed(doc[3], cues)


def test_whole_sentence_of_alternative_work(events_of) -> None:
    text = "Whether it is escorting aid convoys to Somalia or training Kenyan police, the regiment rarely rests."
    assert not events_of(text), [(e.event, e.trigger.text) for e in events_of(text)]


# --- a party saying it will take countermeasures warns of them ---------------------------------------------------

@pytest.mark.parametrize("noun,kind", [("countermeasures", "THREATEN"), ("steps", None)])
def test_saying_it_will_take_countermeasures_is_a_warning(build_doc, noun, kind) -> None:
    # "Tokyo said it would take countermeasures ."
    doc = build_doc(f"Tokyo said it would take {noun} .", heads=[1, 1, 4, 4, 1, 4, 1],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "PRP", "MD", "VB", "NNS", "."],
                    lemmas=["tokyo", "say", "it", "would", "take", noun.rstrip("s"), "."])
    assert _event(doc[1]) == kind


@pytest.mark.parametrize("text,kind", [
    ("Japan's foreign ministry said Tokyo would take countermeasures against Chinese fishing boats.", "THREATEN"),
    ("The Ghanaian interior minister said Ghanaian police had taken measures against the smugglers.", None),
])
def test_whole_sentences_of_warning(events_of, text, kind) -> None:
    found = {e.event for e in events_of(text)}
    assert (kind in found) if kind else "THREATEN" not in found, found


# --- a cardiac arrest, undermining in the press ------------------------------------------------------------------

@pytest.mark.parametrize("modifier,kind", [("cardiac", "-"), ("sudden", "COERCE")])
def test_a_cardiac_arrest_is_no_arrest(build_doc, modifier, kind) -> None:
    # "He had a cardiac arrest ."
    doc = build_doc(f"He had a {modifier} arrest .", heads=[1, 1, 4, 4, 1, 1],
                    deps=["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                    pos=["PRON", "VERB", "DET", "ADJ", "NOUN", "PUNCT"], tags=["PRP", "VBD", "DT", "JJ", "NN", "."],
                    lemmas=["he", "have", "a", modifier, "arrest", "."])
    assert _event(doc[4]) == kind


@pytest.mark.parametrize("place,kind", [("press", "ACCUSE"), ("talks", "SANCTION")])
def test_undermining_a_party_in_the_press_is_criticism(build_doc, place, kind) -> None:
    # "Aides undermined the minister in the press ."
    doc = build_doc(f"Aides undermined the minister in the {place} .", heads=[1, 1, 3, 1, 1, 6, 4, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "."],
                    lemmas=["aide", "undermine", "the", "minister", "in", "the", place, "."])
    assert _event(doc[1]) == kind


# --- an agreement tried for, a resignation forced ----------------------------------------------------------------

def _tried(build_doc, first: str):
    # "Chile <first> to reach an agreement ."
    return build_doc(f"Chile {first} to reach an agreement .", heads=[1, 1, 3, 1, 5, 3, 1],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                     pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                     tags=["NNP", "VBD", "TO", "VB", "DT", "NN", "."],
                     lemmas=["chile", {"tried": "try", "hoped": "hope"}[first], "to", "reach", "an", "agreement", "."])


def test_an_agreement_tried_for_is_a_negotiation(build_doc, cues) -> None:
    doc = _tried(build_doc, "tried")
    assert concessions_attempts.attempt_to_agree(doc[3], "AGREE", cues) and concessions_attempts.attempt_to_agree(doc[5], "AGREE", cues)


def test_an_agreement_hoped_for_or_another_act_tried_stays(build_doc, cues) -> None:
    assert not concessions_attempts.attempt_to_agree(_tried(build_doc, "hoped")[3], "AGREE", cues)
    assert not concessions_attempts.attempt_to_agree(_tried(build_doc, "tried")[3], "COERCE", cues)


@pytest.mark.parametrize("participle,kind", [("forced", True), ("cheered", False)])
def test_a_resignation_forced_out_concedes(build_doc, cues, participle, kind) -> None:
    # "The premier resigned , forced out by the party ."
    doc = build_doc(f"The premier resigned , {participle} out by the party .", heads=[1, 2, 2, 2, 2, 4, 4, 8, 6, 2],
                    deps=["det", "nsubj", "ROOT", "punct", "advcl", "prt", "agent", "det", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", ",", "VBN", "RP", "IN", "DT", "NN", "."],
                    lemmas=["the", "premier", "resign", ",", {"forced": "force", "cheered": "cheer"}[participle], "out",
                            "by", "the", "party", "."])
    assert concessions_attempts.resigned_under_pressure(doc[2], "RETREAT", cues) is kind


@pytest.mark.parametrize("text,kind,absent", [
    ("Peru and Ecuador will try to reach an agreement on fishing rights next month.", "CONSULT", "AGREE"),
    ("Peru and Ecuador reached an agreement on fishing rights on Monday.", "AGREE", "CONSULT"),
    ("The Malawian president resigned on Sunday, forced out by his own party.", "CONCEDE", "RETREAT"),
    ("The retired footballer suffered a cardiac arrest in Madrid, a Spanish newspaper reported.", None, "COERCE"),
])
def test_whole_sentences_of_attempts_resignations_and_arrests(events_of, text, kind, absent) -> None:
    found = {e.event for e in events_of(text)}
    assert (kind is None or kind in found) and absent not in found, [(e.event, e.trigger.text) for e in events_of(text)]


# --- a party in opposition ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("tail,kind", [(["in", "Accra"], "-"), (["to", "plans"], "REJECT")])
def test_a_party_in_opposition_holds_a_standing(build_doc, tail, kind) -> None:
    # "The party is in opposition in Accra ." / "The party is in opposition to plans ."
    doc = build_doc(f"The party is in opposition {tail[0]} {tail[1]} .", heads=[1, 2, 2, 2, 3, 4, 5, 2],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "AUX", "ADP", "NOUN", "ADP", "PROPN" if kind == "-" else "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBZ", "IN", "NN", "IN", "NNP" if kind == "-" else "NNS", "."],
                    lemmas=["the", "party", "be", "in", "opposition", tail[0], tail[1].lower().rstrip("s"), "."])
    assert _event(doc[4]) == kind


@pytest.mark.parametrize("text,kind", [
    ("The once-dominant party is in opposition in Lagos and controls only three Nigerian states.", None),
    ("The Turkish government expressed strong opposition to the Greek plan.", "REJECT"),
])
def test_whole_sentences_of_opposition(events_of, text, kind) -> None:
    found = {e.event for e in events_of(text)}
    assert (kind in found) if kind else not found, found
