"""Acts that are no act between parties in local news (issue 14, session 18, brief spur18;
eventcoding/mishaps.py) and the modality of an act only authorised. Each rule on a hand-built Doc of our own
with a negative (the event still codes), then whole sentences of our own (none from a data set, an audit, or
phrasings_heldout25.tsv / modality_heldout4.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import mishaps

PUBLISHED = "2026-03-02"


def _nobody(token) -> bool:
    return False


def _named(token) -> bool:
    """A stand-in for the coder's party test: a name, a pronoun or a word for people."""
    return token.pos_ in ("PROPN", "PRON") or token.lemma_ in ("gang", "protester", "resident", "villager", "police")


# -- forced by a mishap --------------------------------------------------------------------------------------

_FORCED = dict(heads=[1, 2, 2, 2, 5, 2, 7, 5], deps=["amod", "nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj"],
               pos=["ADJ", "NOUN", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN"])


def test_a_closure_forced_by_fog_is_no_act_and_one_forced_by_strikers_is(build_doc, cues) -> None:
    doc = build_doc("Thick fog forced officials to shut the harbour",
                    lemmas=["thick", "fog", "force", "official", "to", "shut", "the", "harbour"], **_FORCED)
    assert mishaps.forced_by_mishap(doc[5], [doc[7]], _named, cues)
    doc = build_doc("Angry strikers forced officials to shut the harbour",
                    lemmas=["angry", "striker", "force", "official", "to", "shut", "the", "harbour"], **_FORCED)
    assert not mishaps.forced_by_mishap(doc[5], [doc[7]], _named, cues)


def test_a_mishap_that_forces_an_act_on_people_leaves_the_act(build_doc, cues) -> None:
    doc = build_doc("Thick fog forced officials to evacuate the villagers",
                    lemmas=["thick", "fog", "force", "official", "to", "evacuate", "the", "villager"], **_FORCED)
    assert not mishaps.forced_by_mishap(doc[5], [doc[7]], _named, cues)


def test_the_forcer_of_a_conjoined_verb_is_the_first_verbs_subject(build_doc, cues) -> None:
    # "Gales cut power and forced the county to close the pier"
    doc = build_doc("Gales cut power and forced the county to close the pier",
                    heads=[1, 1, 1, 1, 1, 6, 4, 8, 4, 10, 8],
                    deps=["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj", "aux", "xcomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["gale", "cut", "power", "and", "force", "the", "county", "to", "close", "the", "pier"])
    assert mishaps.forced_by_mishap(doc[8], [doc[10]], _named, cues)


def test_a_compound_makes_a_mishap_of_a_warning_but_not_of_any_warning(build_doc, cues) -> None:
    heads, deps = [2, 2, 3, 3, 3, 6, 3], ["det", "compound", "nsubj", "ROOT", "dobj", "aux", "xcomp"]
    pos = ["DET", "NOUN", "NOUN", "VERB", "NOUN", "PART", "VERB"]
    doc = build_doc("A flood warning forced staff to leave", heads=heads, deps=deps, pos=pos,
                    lemmas=["a", "flood", "warning", "force", "staff", "to", "leave"])
    assert mishaps.forced_by_mishap(doc[6], [], _named, cues)
    doc = build_doc("A budget warning forced staff to leave", heads=heads, deps=deps, pos=pos,
                    lemmas=["a", "budget", "warning", "force", "staff", "to", "leave"])
    assert not mishaps.forced_by_mishap(doc[6], [], _named, cues)


# -- closed for a mishap -------------------------------------------------------------------------------------


def test_a_road_closed_after_a_collision_is_no_act_and_one_closed_after_a_march_is(build_doc, cues) -> None:
    kw = dict(heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
              pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
    doc = build_doc("Troopers shut the road after a collision",
                    lemmas=["trooper", "shut", "the", "road", "after", "a", "collision"], **kw)
    assert mishaps.closed_for_mishap(doc[1], "COERCE", [doc[3]], _named, cues)
    doc = build_doc("Troopers shut the road after a march",
                    lemmas=["trooper", "shut", "the", "road", "after", "a", "march"], **kw)
    assert not mishaps.closed_for_mishap(doc[1], "COERCE", [doc[3]], _named, cues)


def test_because_of_hangs_its_object_on_the_second_word(build_doc, cues) -> None:
    doc = build_doc("Police closed the lane because of ice", heads=[1, 1, 3, 1, 1, 4, 5],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "ADP", "NOUN"],
                    lemmas=["police", "close", "the", "lane", "because", "of", "ice"])
    assert mishaps.closed_for_mishap(doc[1], "COERCE", [doc[3]], _named, cues)
    assert not mishaps.closed_for_mishap(doc[1], "COERCE", [doc[0]], _named, cues)  # people acted on stay


# -- blamed on a thing ---------------------------------------------------------------------------------------


def test_blamed_on_a_cause_is_no_accusation_and_blamed_on_a_gang_is(build_doc, cues) -> None:
    kw = dict(heads=[1, 1, 1, 4, 2], deps=["nsubjpass", "ROOT", "prep", "amod", "pobj"],
              pos=["NOUN", "VERB", "ADP", "ADJ", "NOUN"])
    doc = build_doc("Outages blamed on faulty cables", lemmas=["outage", "blame", "on", "faulty", "cable"], **kw)
    assert mishaps.blamed_on_thing(doc[1], "ACCUSE", _named, cues)
    doc = build_doc("Burglaries blamed on local gangs", lemmas=["burglary", "blame", "on", "local", "gang"], **kw)
    assert not mishaps.blamed_on_thing(doc[1], "ACCUSE", _named, cues)


def test_a_party_blamed_keeps_the_accusation_whatever_its_on_phrase(build_doc, cues) -> None:
    # "The gang was blamed for raids on farms": "on" belongs to the raids, the gang is blamed
    doc = build_doc("The gang was blamed for raids on farms", heads=[1, 3, 3, 3, 3, 4, 3, 6],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "gang", "be", "blame", "for", "raid", "on", "farm"])
    assert not mishaps.blamed_on_thing(doc[3], "ACCUSE", _named, cues)


def test_blame_with_no_on_phrase_is_left_to_the_lexicon(build_doc, cues) -> None:
    doc = build_doc("Residents blamed the mayor", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["resident", "blame", "the", "mayor"])
    assert not mishaps.blamed_on_thing(doc[1], "ACCUSE", _named, cues)


# -- a task attacked -----------------------------------------------------------------------------------------


def test_tackling_a_backlog_is_no_act_and_attacking_a_rival_is(build_doc, cues) -> None:
    kw = dict(heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN"])
    doc = build_doc("The clerk attacked the backlog", lemmas=["the", "clerk", "attack", "the", "backlog"], **kw)
    assert mishaps.task_attacked(doc[2], "ACCUSE", _named, cues)
    doc = build_doc("The clerk attacked the sheriff", lemmas=["the", "clerk", "attack", "the", "sheriff"], **kw)
    assert not mishaps.task_attacked(doc[2], "ACCUSE", _named, cues)


# -- structures hit ------------------------------------------------------------------------------------------

_HIT = dict(heads=[2, 2, 2, 2, 3, 3], deps=["nsubj", "aux", "ROOT", "dobj", "cc", "conj"],
            pos=["PRON", "AUX", "VERB", "NOUN", "CCONJ", "NOUN"])


def test_walls_and_fences_hit_are_no_attack_unless_an_armed_doer_named_by_a_noun(build_doc, cues) -> None:
    doc = build_doc("They have hit walls and fences", lemmas=["they", "have", "hit", "wall", "and", "fence"], **_HIT)
    assert mishaps.structures_hit(doc[2], "ASSAULT", [doc[3], doc[5]], _nobody, cues, armed=False)
    assert mishaps.structures_hit(doc[2], "ASSAULT", [doc[3], doc[5]], _nobody, cues, armed=True)  # "they"
    doc = build_doc("Troops have hit walls and fences", lemmas=["troop", "have", "hit", "wall", "and", "fence"],
                    heads=_HIT["heads"], deps=_HIT["deps"], pos=["NOUN", *_HIT["pos"][1:]])
    assert not mishaps.structures_hit(doc[2], "ASSAULT", [doc[3], doc[5]], _nobody, cues, armed=True)


def test_people_hit_are_an_attack(build_doc, cues) -> None:
    doc = build_doc("They have hit guards and nurses", lemmas=["they", "have", "hit", "guard", "and", "nurse"], **_HIT)
    assert not mishaps.structures_hit(doc[2], "ASSAULT", [doc[3], doc[5]], _nobody, cues, armed=False)


# -- an act only authorised ----------------------------------------------------------------------------------


def test_an_act_authorised_is_hypothetical_and_an_act_let_in_the_past_is_not(build_doc, cues) -> None:
    kw = dict(heads=[1, 1, 3, 5, 5, 1, 5], deps=["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj"],
              pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN"])
    doc = build_doc("Parliament empowers the minister to expel Vexcorp",
                    lemmas=["parliament", "empower", "the", "minister", "to", "expel", "Vexcorp"], **kw)
    assert mishaps.licensed_act([doc[5]], cues)
    doc = build_doc("Parliament allows the minister to expel Vexcorp",
                    lemmas=["parliament", "allow", "the", "minister", "to", "expel", "Vexcorp"],
                    tags=["NN", "VBZ", "DT", "NN", "TO", "VB", "NNP"], **kw)
    assert mishaps.licensed_act([doc[5]], cues)
    doc = build_doc("Parliament allowed the minister to expel Vexcorp",
                    lemmas=["parliament", "allow", "the", "minister", "to", "expel", "Vexcorp"],
                    tags=["NN", "VBD", "DT", "NN", "TO", "VB", "NNP"], **kw)
    assert not mishaps.licensed_act([doc[5]], cues)
    doc = build_doc("Parliament urged the minister to expel Vexcorp",
                    lemmas=["parliament", "urge", "the", "minister", "to", "expel", "Vexcorp"], **kw)
    assert not mishaps.licensed_act([doc[5]], cues)


# -- whole sentences of our own ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Freezing fog closed the airport and forced officials to shut the main runway for a day.",
    "A water main burst on Monday and forced the city to close Harbour Road in both directions.",
    "State police shut the interstate near Albany after a collision involving two trucks.",
    "The outbreak of food poisoning at the fair was blamed on undercooked chicken.",
    "Inspectors blamed the collapse of the car park roof on poor welding.",
    "The new county clerk has attacked the backlog of unpaid parking fines.",
    '"They have hit walls, sheds and sidewalks all over the west side," the detective said.',
])
def test_no_act_between_parties(events_of, text: str) -> None:
    assert not events_of(text)


# Sentences of our own that coded an event before this branch's rules (main's 67696b8), each rule once.
@pytest.mark.parametrize("text", [
    "Storms forced the Texas governor to declare a state of emergency.",
    "A chemical spill forced police to evacuate homes near the plant in Ohio.",
    "Freezing rain fell all night and forced authorities to close several county highways.",
    "Police evacuated two streets in Bristol because of a gas leak.",
    "The Ohio fire service reports dozens of house fires each winter, largely blamed on space heaters.",
    "The Irish health minister attacked the problem of hospital waiting lists in her first speech.",
    '"They have hit buildings, sheds and sidewalks," the Ohio police detective said.',
])
def test_no_act_between_parties_where_one_was_coded(events_of, text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize("text,kind", [
    ("Striking miners forced the Chilean government to close the border crossing at Arica.", "SANCTION"),
    ("Police in Leeds arrested two men after a collision that left a cyclist dead.", "COERCE"),
    ("The Kenyan president blamed Somali militants for the killings.", "ACCUSE"),
    ("The Iraqi army attacked the rebels in Mosul on Sunday.", "ASSAULT"),
    ("Israeli jets hit buildings in Gaza overnight.", "ASSAULT"),
    ("A Toledo man hit his landlord with a hammer on Friday, police said.", "ASSAULT"),
])
def test_the_acts_between_parties_stay(events_of, text: str, kind: str) -> None:
    assert kind in {e.event for e in events_of(text)}


@pytest.mark.parametrize("text,trigger,modality", [
    ("The Irish parliament authorised the justice minister to expel the Russian diplomats.", "expel", "hypothetical"),
    ("The new law allows the Irish police to arrest British football fans.", "arrest", "hypothetical"),
    ("The Irish justice minister expelled the Russian diplomats on Monday.", "expelled", "asserted"),
])
def test_an_act_only_authorised_is_hypothetical(events_of, text: str, trigger: str, modality: str) -> None:
    found = [e.modality for e in events_of(text) if e.trigger.text == trigger]
    assert found and found[0] == modality, [(e.event, e.trigger.text, e.modality) for e in events_of(text)]


# -- an act advised of another (want_verb rows of spur18) -----------------------------------------------------


def test_an_act_advised_of_another_is_wanted_of_them(build_doc, cues) -> None:
    from newsevents.eventcoding.nonevents import wanted_of_another

    kw = dict(heads=[1, 1, 1, 4, 1, 4], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
              pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PROPN"])
    doc = build_doc("Norland advised Vexland to sue Vexcorp",
                    lemmas=["Norland", "advise", "Vexland", "to", "sue", "Vexcorp"], **kw)
    assert wanted_of_another(doc[4], cues)
    doc = build_doc("Norland decided Vexland to sue Vexcorp",
                    lemmas=["Norland", "decide", "Vexland", "to", "sue", "Vexcorp"], **kw)
    assert not wanted_of_another(doc[4], cues)


@pytest.mark.parametrize("text,kind", [
    ("The mayor of Cork advised the Irish government to sue the British firm.", None),
    ("The Irish government sued the British firm on Monday.", "ACCUSE"),
])
def test_an_advised_suit_is_none_and_a_suit_is_one(events_of, text: str, kind: str | None) -> None:
    found = {e.event for e in events_of(text)}
    assert (kind in found) if kind else "ACCUSE" not in found


# -- a refused act ------------------------------------------------------------------------------------------

_OWED = dict(heads=[1, 1, 4, 4, 1, 4, 8, 8, 4],
             deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "nsubj", "aux", "conj"],
             pos=["NOUN", "VERB", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "AUX", "VERB"])


def test_an_act_wanted_then_refused_is_none_and_one_then_accepted_stays(build_doc, cues) -> None:
    doc = build_doc("Critics said sheriff should resign but he has refused",
                    lemmas=["critic", "say", "sheriff", "should", "resign", "but", "he", "have", "refuse"], **_OWED)
    assert mishaps.refused_act(doc[4], "hypothetical", cues)
    assert not mishaps.refused_act(doc[4], "asserted", cues)  # only an act wanted, not one done
    doc = build_doc("Critics said sheriff should resign but he has agreed",
                    lemmas=["critic", "say", "sheriff", "should", "resign", "but", "he", "have", "agree"], **_OWED)
    assert not mishaps.refused_act(doc[4], "hypothetical", cues)


def test_nothing_to_apologise_for_denies_the_act_owed(build_doc, cues) -> None:
    doc = build_doc("Critics say she should apologise but she has nothing to apologise",
                    heads=[1, 1, 4, 4, 1, 1, 7, 1, 7, 10, 8],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "nsubj", "conj", "dobj", "aux", "relcl"],
                    pos=["NOUN", "VERB", "PRON", "AUX", "VERB", "CCONJ", "PRON", "VERB", "PRON", "PART", "VERB"],
                    lemmas=["critic", "say", "she", "should", "apologise", "but", "she", "have", "nothing", "to",
                            "apologise"])
    assert mishaps.refused_act(doc[4], "hypothetical", cues)


@pytest.mark.parametrize("text,kinds", [
    ("Some Labour MPs said the Irish minister should apologise, but he insisted he had nothing to apologise for.",
     set()),
    ("Critics said the Irish minister should apologise to the British government but he has refused to do so.",
     {"REJECT"}),
    ("Some Labour MPs said the Irish minister should apologise to the British government.", {"CONCEDE"}),
])
def test_an_apology_refused_is_none_and_one_wanted_stays(events_of, text: str, kinds: set[str]) -> None:
    assert {e.event for e in events_of(text)} == kinds
