"""A threat's own condition, a performative wish, "no reason to believe", a government named by its leader, a firm
placed by its town, named bodies in a one-country story and troops committed (issue 14, session 21, brief wire21;
classes of the twentieth news-wire audit, rule source of wire21): eventcoding/wire_phrasings.py, the modality hooks in
eventcoding/modality.py and the event_lexicon.tsv row under ``# wire21:``. Each rule on a hand-built Doc or table of
our own with a negative, then whole sentences of our own (none from a data set or an audit)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from newsevents.actors import OfficeHolder
from newsevents.eventcoding import wire_phrasings
from newsevents.eventcoding.modality import is_negated, modality_of
from newsevents.pipeline import Pipeline
from newsevents.record import Party

# --- a threat's own condition ---------------------------------------------------------------------------------------


def _threat(build_doc, verb: str = "threatened", lemma: str = "threaten"):
    # "Officials had threatened to cancel the permit if the owner did not sign ."
    words = f"Officials had {verb} to cancel the permit if the owner did not sign ."
    return build_doc(words, heads=[2, 2, 2, 4, 2, 6, 4, 12, 9, 12, 12, 12, 2, 2],
                     deps=["nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj", "mark", "det", "nsubj", "aux", "neg",
                           "advcl", "punct"],
                     pos=["NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "PART",
                          "VERB", "PUNCT"],
                     tags=["NNS", "VBD", "VBN", "TO", "VB", "DT", "NN", "IN", "DT", "NN", "VBD", "RB", "VB", "."],
                     lemmas=["official", "have", lemma, "to", "cancel", "the", "permit", "if", "the", "owner", "do",
                             "not", "sign", "."])


def test_a_threat_on_a_condition_is_made(build_doc, cues) -> None:
    doc = _threat(build_doc)
    assert wire_phrasings.threat_condition(doc[2], cues)
    assert modality_of(doc[2], cues) == "asserted"


def test_another_verb_with_a_condition_stays_hypothetical(build_doc, cues) -> None:
    doc = _threat(build_doc, "planned", "plan")  # "had planned to cancel the permit if ...": only planned
    assert not wire_phrasings.threat_condition(doc[2], cues)
    assert modality_of(doc[2], cues) == "hypothetical"


def test_the_threatened_act_itself_stays_hypothetical(build_doc, cues) -> None:
    doc = _threat(build_doc)
    assert modality_of(doc[4], cues) == "hypothetical"  # the cancelling is only threatened


# --- a performative wish -------------------------------------------------------------------------------------------

def _wish(build_doc, subject: str = "I", wish: str = "want", tag: str = "VBP"):
    # "I want to thank you for your help ."
    words = f"{subject} {wish} to thank you for your help ."
    return build_doc(words, heads=[1, 1, 3, 1, 3, 3, 7, 5, 1],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "poss", "pobj", "punct"],
                     pos=["PRON", "VERB", "PART", "VERB", "PRON", "ADP", "PRON", "NOUN", "PUNCT"],
                     tags=["PRP", tag, "TO", "VB", "PRP", "IN", "PRP$", "NN", "."],
                     lemmas=[subject.lower(), {"wanted": "want", "wants": "want"}.get(wish, wish), "to", "thank",
                             "you", "for", "your", "help", "."])


def test_i_want_to_thank_you_is_a_thanks_given(build_doc, cues) -> None:
    doc = _wish(build_doc)
    assert wire_phrasings.performative_wish(doc[3], cues)
    assert modality_of(doc[3], cues) == "asserted"


def test_a_wish_told_of_another_or_in_the_past_stays_a_wish(build_doc, cues) -> None:
    third = _wish(build_doc, "She", "wants", "VBZ")  # "She wants to thank you": her wish, told
    assert not wire_phrasings.performative_wish(third[3], cues)
    assert modality_of(third[3], cues) == "hypothetical"
    past = _wish(build_doc, "I", "wanted", "VBD")  # "I wanted to thank you": a wish told
    assert not wire_phrasings.performative_wish(past[3], cues)


def test_we_would_like_to_welcome_them(build_doc, cues) -> None:
    # "We would like to welcome them ."
    doc = build_doc("We would like to welcome them .", heads=[2, 2, 2, 4, 2, 4, 2],
                    deps=["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj", "punct"],
                    pos=["PRON", "AUX", "VERB", "PART", "VERB", "PRON", "PUNCT"],
                    tags=["PRP", "MD", "VB", "TO", "VB", "PRP", "."])
    assert wire_phrasings.performative_wish(doc[4], cues)
    assert modality_of(doc[4], cues) == "asserted"


# --- a supposed act ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("adverb", "expected"), [("supposedly", "hypothetical"), ("purportedly", "hypothetical"),
                                                  ("allegedly", "asserted"), ("quickly", "asserted")])
def test_an_act_told_as_supposed_is_hypothetical(build_doc, cues, adverb, expected) -> None:
    # "The rebels supposedly attacked the convoy ."
    doc = build_doc(f"The rebels {adverb} attacked the convoy .", heads=[1, 3, 3, 3, 5, 3, 3],
                    deps=["det", "nsubj", "advmod", "ROOT", "det", "dobj", "punct"],
                    pos=["DET", "NOUN", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "NNS", "RB", "VBD", "DT", "NN", "."],
                    lemmas=["the", "rebel", adverb, "attack", "the", "convoy", "."])
    assert wire_phrasings.doubted(doc[3], cues) == (expected == "hypothetical")
    assert modality_of(doc[3], cues) == expected


# --- an announcement told --------------------------------------------------------------------------------------------

def _said_would(build_doc, subject: str = "it", tail: str = "."):
    # "Norland said it would press for talks ." / "... if Vexland agreed ."
    words = f"Norland said {subject} would press for talks {tail}".split()
    heads = [1, 1, 4, 4, 1, 4, 5]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PRON", "AUX", "VERB", "ADP", "NOUN"]
    tags = ["NNP", "VBD", "PRP", "MD", "VB", "IN", "NNS"]
    if tail != ".":
        heads += [10, 10, 4]
        deps += ["mark", "nsubj", "advcl"]
        pos += ["SCONJ", "PROPN", "VERB"]
        tags += ["IN", "NNP", "VBD"]
    heads.append(1)
    deps.append("punct")
    pos.append("PUNCT")
    tags.append(".")
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[4] = "say", "press"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_said_it_would_is_an_announcement(build_doc, cues) -> None:
    doc = _said_would(build_doc)
    assert wire_phrasings.announced_would(doc[4], cues)
    assert modality_of(doc[4], cues) == "future"


def test_a_condition_or_another_subject_keeps_would_hypothetical(build_doc, cues) -> None:
    conditional = _said_would(build_doc, tail="if Vexland agreed .")
    assert not wire_phrasings.announced_would(conditional[4], cues)
    assert modality_of(conditional[4], cues) == "hypothetical"
    other = _said_would(build_doc, subject="Vexland")  # "Norland said Vexland would press for talks": a forecast
    assert not wire_phrasings.announced_would(other[4], cues)
    assert modality_of(other[4], cues) == "hypothetical"


# --- no reason to believe ------------------------------------------------------------------------------------------

def test_no_reason_to_believe_denies_the_clause(build_doc, cues) -> None:
    # "There is no reason to believe that rebels will attack ."
    words = "There is no reason to believe that rebels will attack ."
    heads = [1, 1, 3, 1, 5, 3, 9, 9, 9, 5, 1]
    deps = ["expl", "ROOT", "det", "attr", "aux", "relcl", "mark", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PART", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos,
                    tags=["EX", "VBZ", "DT", "NN", "TO", "VB", "IN", "NNS", "MD", "VB", "."],
                    lemmas=["there", "be", "no", "reason", "to", "believe", "that", "rebel", "will", "attack", "."])
    assert wire_phrasings.infinitival_relative(doc[5])
    assert is_negated(doc[9], cues)
    # "There is every reason to believe that rebels will attack .": no denial
    doc2 = build_doc(words.replace("no", "every"), heads=heads, deps=deps, pos=pos,
                     tags=["EX", "VBZ", "DT", "NN", "TO", "VB", "IN", "NNS", "MD", "VB", "."],
                     lemmas=["there", "be", "every", "reason", "to", "believe", "that", "rebel", "will", "attack", "."])
    assert not is_negated(doc2[9], cues)


# --- a government named by its leader ------------------------------------------------------------------------------

def _holder(name: str, country: str, start: str, end: str | None, leader: bool = True) -> OfficeHolder:
    return OfficeHolder(name=name, aliases=(), country=country, office="president", sectors=("GOV",),
                        start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end) if end else None,
                        leader=leader)


_ACTORS = SimpleNamespace(holders=[
    _holder("Anna Vextor", "FRA", "1990-01-01", "1996-01-01"),
    _holder("Paul Quillan", "DEU", "1990-01-01", "1996-01-01"),
    _holder("Maria Quillan", "AUT", "1993-01-01", "1999-01-01"),
    _holder("Ivo Dunmore", "ITA", "1990-01-01", "1996-01-01", leader=False),
])


def test_the_leaders_administration_takes_the_leaders_country(cues) -> None:
    assert wire_phrasings.leader_body_country("the Vextor administration", _ACTORS, "1992-05-01", cues) == "FRA"
    assert wire_phrasings.leader_body_country("the Quillan government", _ACTORS, "1991-05-01", cues) == "DEU"


def test_no_leader_then_or_two_leaders_of_the_name_leave_it_uncoded(cues) -> None:
    assert wire_phrasings.leader_body_country("the Vextor administration", _ACTORS, "1998-05-01", cues) is None  # out of office
    assert wire_phrasings.leader_body_country("the Quillan government", _ACTORS, "1994-05-01", cues) is None  # two countries
    assert wire_phrasings.leader_body_country("the Dunmore government", _ACTORS, "1992-05-01", cues) is None  # no leader
    assert wire_phrasings.leader_body_country("the Vextor family", _ACTORS, "1992-05-01", cues) is None  # no body word
    assert wire_phrasings.leader_body_country("the administration", _ACTORS, "1992-05-01", cues) is None


def test_leader_bodies_keep_a_code_they_have(cues) -> None:
    coded = Party(text="the Vextor administration", country="BEL")
    uncoded = Party(text="the Vextor administration")
    out = wire_phrasings.leader_bodies([coded, uncoded], _ACTORS, "1992-05-01", cues)
    assert [p.country for p in out] == ["BEL", "FRA"]


# --- named bodies in a one-country story ---------------------------------------------------------------------------

def test_a_named_body_no_table_codes_takes_the_story_country() -> None:
    firm = Party(entity="e1", text="Veltrax")
    group = Party(entity=None, text="her group")
    sectored = Party(entity="e2", text="the ministry", sector=["GOV"])
    kinds = {"e1": "ORG", "e2": "ORG"}
    out = wire_phrasings.named_bodies_at_home([firm, group, sectored], "USA", kinds)
    assert [p.country for p in out] == ["USA", None, None]
    assert wire_phrasings.named_bodies_at_home([firm], None, kinds) == [firm]  # no one-country story
    assert wire_phrasings.named_bodies_at_home([Party(entity="e3", text="Mr. Quill")], "USA", {"e3": "PERSON"})[0].country is None


# --- whole sentences of our own -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str, published: str = "1995-05-01"):
    return pipeline.extract(text, published=published).events


def test_troops_committed_are_a_deployment(pipeline) -> None:
    events = _events(pipeline, "France committed 2,000 soldiers to the peacekeeping force.")
    assert [(e.event, e.actor[0].country) for e in events] == [("MOBILIZE", "FRA")]


def test_a_commitment_to_a_plan_stays_an_agreement(pipeline) -> None:
    events = _events(pipeline, "France committed itself to the peace plan.")
    assert all(e.event != "MOBILIZE" for e in events)


def test_a_firm_placed_by_its_town_and_state(pipeline) -> None:
    text = ("Veltrax Corp., Dayton, Ohio, said it agreed to acquire the testing business of Norbury Labs Inc. "
            "Norbury Labs, a maker of test kits, is based in Lyon, France. Norbury Labs employs 200 people in France.")
    events = [e for e in _events(pipeline, text) if e.event == "AGREE"]
    assert events and events[0].actor[0].country == "USA"


def test_a_threat_made_in_a_sentence(pipeline) -> None:
    events = _events(pipeline, "The governor had threatened to fire the police chief if the audit found fraud.")
    assert [(e.event, e.modality) for e in events] == [("THREATEN", "asserted")]


def test_a_person_pulled_out_of_a_place_is_no_withdrawal(pipeline) -> None:
    assert all(e.event != "RETREAT" for e in _events(pipeline, "French police pulled the boy out of the house."))
    assert all(e.event != "RETREAT" for e in _events(pipeline, "French soldiers pulled the driver out of his car."))


def test_forces_and_envoys_pulled_out_stay_a_withdrawal(pipeline) -> None:
    for text in ("Germany pulled its troops out of Afghanistan.", "Germany pulled its ambassador out of the country.",
                 "Germany pulled out of Afghanistan."):
        assert [e.event for e in _events(pipeline, text)] == ["RETREAT"], text


# --- former states under their successor (docs/actor-dictionary.md; Phoenix's country dictionary lists them) --------

def test_former_states_take_their_successors_code() -> None:
    from newsevents.actors import actor_dictionary

    actors = actor_dictionary()
    assert actors.country_of("Czechoslovakia") == "CZE"
    assert actors.country_of("the Soviet Union") == "RUS"
    assert actors.country_of("USSR") == "RUS"


def test_soviet_forces_are_not_given_the_story_country(pipeline) -> None:
    events = _events(pipeline, "Soviet tanks shelled the Afghan town of Vexabad in 1984.")
    assert events and events[0].actor[0].country == "RUS"


# --- a firm's own sanction -----------------------------------------------------------------------------------------

def test_a_sanction_by_firms_on_no_one_is_their_own_business(pipeline) -> None:
    text = "Morgan Stanley and Goldman Sachs suspended program trading for their own accounts."
    assert all(e.event != "SANCTION" for e in _events(pipeline, text))


def test_a_sanction_on_a_party_or_by_a_state_stays(pipeline) -> None:
    assert [e.event for e in _events(pipeline, "Kenya suspended aid to Uganda.")] == ["SANCTION"]
    assert "SANCTION" in [e.event for e in _events(pipeline, "Vexcorp suspended its contract with the Kenyan ministry.")]


# --- an armed group's strike ---------------------------------------------------------------------------------------

def _strike(build_doc, tail: str = ""):
    # "Militants could strike again ." / "Militants could strike over pay ."
    words = "Militants could strike " + (tail or "again") + " ."
    if tail:
        return build_doc(words, heads=[2, 2, 2, 2, 3, 2], deps=["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
                         pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"], tags=["NNS", "MD", "VB", "IN", "NN", "."],
                         lemmas=["militant", "could", "strike", "over", "pay", "."])
    return build_doc(words, heads=[2, 2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "advmod", "punct"],
                     pos=["NOUN", "AUX", "VERB", "ADV", "PUNCT"], tags=["NNS", "MD", "VB", "RB", "."],
                     lemmas=["militant", "could", "strike", "again", "."])


def test_an_armed_groups_strike_is_an_attack(build_doc, cues) -> None:
    doc = _strike(build_doc)
    assert wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="Militants", sector=["REB"])], cues)


def test_police_workers_or_a_labour_dispute_keep_the_walkout(build_doc, cues) -> None:
    doc = _strike(build_doc)
    assert not wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="Police", sector=["COP"])], cues)
    assert not wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="Dockers", sector=["LAB"])], cues)
    assert not wire_phrasings.armed_strike(doc[2], "PROTEST", [], cues)
    over_pay = _strike(build_doc, "over pay")
    assert not wire_phrasings.armed_strike(over_pay[2], "PROTEST", [Party(text="Militants", sector=["REB"])], cues)


def test_militants_strike_in_a_sentence(pipeline) -> None:
    events = _events(pipeline, "Officials said gunmen could strike again.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert [e.event for e in _events(pipeline, "Police will strike on Monday.")] == ["PROTEST"]
