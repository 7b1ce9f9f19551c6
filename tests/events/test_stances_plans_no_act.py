"""Stances, plans and figures that tell no act (issue 14, brief s16-spur16; the eighth US-news audit's spurious
rows; held-out set 18): one's own party no longer recognised, a politician's appeal to voters, a body's own
staff promised, a policy proposed or called for with no one asked, an act ruled out ("short of"), a view
defended, a generic clause, a body's remit, a general charge, a figure of ruin by impersonal forces, an act
lobbied for (the lobbying is the request); other senses of "hit", a comment declined, devotion to principles.
Each rule with a negative. Sentences written for these tests (none from a data set, an audit or
phrasings_heldout18.tsv)."""

from __future__ import annotations

from newsevents.actors import load_actor_dictionary
from newsevents.eventcoding import stances
from newsevents.eventcoding.lexicon import load_lexicon, match_entry

PUBLISHED = "2018-03-14"


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


def _event(doc, i: int) -> str | None:
    found = match_entry(doc[i], load_lexicon(), load_actor_dictionary())
    return None if found is None else found[0].event


# --- hand-built parses: each rule of eventcoding/stances.py ---

def _recognize(build_doc, subject: str, spos: str, owner: str, opos: str):
    return build_doc(f"{subject} no longer recognize {owner} party",
                     heads=[3, 2, 3, 3, 5, 3], deps=["nsubj", "neg", "advmod", "ROOT", "poss" if opos == "PRON" else "det", "dobj"],
                     pos=[spos, "ADV", "ADV", "VERB", opos, "NOUN"], tags=None,
                     lemmas=[subject.lower(), "no", "longer", "recognize", owner.lower(), "party"])


def test_ones_own_party_unrecognised_is_no_event_and_a_state_not_recognised_stays(build_doc, cues) -> None:
    assert stances.own_thing_unrecognised(_recognize(build_doc, "We", "PRON", "our", "PRON")[3], "SUPPORT", cues)
    assert not stances.own_thing_unrecognised(_recognize(build_doc, "Chile", "PROPN", "the", "DET")[3], "SUPPORT", cues)


def _appeal(build_doc, hearer: str, ent: str = "O"):
    return build_doc(f"The senator 's appeal to young {hearer}",
                     heads=[1, 3, 1, 3, 3, 6, 4], deps=["det", "poss", "case", "ROOT", "prep", "amod", "pobj"],
                     pos=["DET", "NOUN", "PART", "NOUN", "ADP", "ADJ", "NOUN"],
                     lemmas=["the", "senator", "'s", "appeal", "to", "young", hearer.rstrip("s")],
                     ents=["O"] * 6 + [ent])


def test_an_appeal_to_voters_is_pull_and_an_appeal_to_a_state_stays(build_doc, cues) -> None:
    assert stances.appeal_to_bloc(_appeal(build_doc, "voters")[3], "REQUEST", cues)
    assert not stances.appeal_to_bloc(_appeal(build_doc, "Peru", "B-GPE")[3], "REQUEST", cues)


def _promised(build_doc, thing: str):
    return build_doc(f"Aides promised a larger {thing}", heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "amod", "dobj"],
                     pos=["NOUN", "VERB", "DET", "ADJ", "NOUN"], lemmas=["aide", "promise", "a", "large", thing])


def test_a_larger_staff_promised_is_a_plan_and_a_larger_grant_stays(build_doc, cues) -> None:
    assert stances.own_staff_promised(_promised(build_doc, "staff")[1], "AGREE", [], cues)
    assert not stances.own_staff_promised(_promised(build_doc, "grant")[1], "AGREE", [], cues)


def _proposal(build_doc, owner: str, pos: str):
    return build_doc(f"{owner} proposal to ban rallies", heads=[1, 1, 3, 1, 3], deps=["poss" if pos == "PRON" else "det", "ROOT", "aux", "acl", "dobj"],
                     pos=[pos, "NOUN", "PART", "VERB", "NOUN"], lemmas=[owner.lower(), "proposal", "to", "ban", "rally"])


def test_a_policy_proposed_by_its_owner_is_no_ban_and_an_ownerless_plan_is_left(build_doc, cues) -> None:
    assert stances.policy_proposed(_proposal(build_doc, "her", "PRON")[3], cues)
    assert not stances.policy_proposed(_proposal(build_doc, "the", "DET")[3], cues)


def _called_for(build_doc, thing: str):
    return build_doc(f"The mayor called for a {thing}", heads=[1, 2, 2, 2, 5, 3], deps=["det", "nsubj", "ROOT", "prep", "det", "pobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], lemmas=["the", "mayor", "call", "for", "a", thing])


def test_a_ban_called_for_of_no_one_is_no_request_and_a_ceasefire_called_for_stays(build_doc, cues) -> None:
    assert stances.policy_called_for(_called_for(build_doc, "ban")[2], "REQUEST", [], cues)
    assert not stances.policy_called_for(_called_for(build_doc, "ceasefire")[2], "REQUEST", [], cues)


def test_an_act_short_of_which_one_stops_is_ruled_out(build_doc, cues) -> None:
    short = build_doc("He would weigh anything short of bombing them", heads=[2, 2, 2, 2, 3, 4, 5, 6],
                      deps=["nsubj", "aux", "ROOT", "dobj", "amod", "prep", "pcomp", "dobj"],
                      pos=["PRON", "AUX", "VERB", "PRON", "ADJ", "ADP", "VERB", "PRON"],
                      lemmas=["he", "would", "weigh", "anything", "short", "of", "bomb", "they"])
    assert stances.ruled_out(short[6], cues)
    spoke = build_doc("He spoke of bombing them", heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "prep", "pcomp", "dobj"],
                      pos=["PRON", "VERB", "ADP", "VERB", "PRON"], lemmas=["he", "speak", "of", "bomb", "they"])
    assert not stances.ruled_out(spoke[3], cues)


def test_a_view_defended_backs_no_party_and_a_states_position_stays(build_doc, cues) -> None:
    view = build_doc("Lawyers defended the view", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                     pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["lawyer", "defend", "the", "view"])
    assert stances.view_defended(view[1], "SUPPORT", cues)
    owned = build_doc("Lawyers defended Peru 's position", heads=[1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "poss", "case", "dobj"],
                      pos=["NOUN", "VERB", "PROPN", "PART", "NOUN"], lemmas=["lawyer", "defend", "Peru", "'s", "position"],
                      ents=["O", "O", "B-GPE", "O", "O"])
    assert not stances.view_defended(owned[1], "SUPPORT", cues)


def _gave(build_doc, who: str, pos: str):
    return build_doc(f"I thanked {who} who gave money", heads=[1, 1, 1, 4, 2, 4], deps=["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj"],
                     pos=["PRON", "VERB", pos, "PRON", "VERB", "NOUN"], lemmas=["i", "thank", who, "who", "give", "money"])


def test_a_gift_by_anyone_is_no_gift_and_a_gift_by_a_man_stays(build_doc, cues) -> None:
    assert stances.anyone_clause(_gave(build_doc, "anyone", "PRON")[4], cues)
    assert not stances.anyone_clause(_gave(build_doc, "donors", "NOUN")[4], cues)


def test_a_bodys_remit_is_no_act_and_a_pledge_of_the_subject_is_not_read(build_doc, cues) -> None:
    remit = build_doc("teams dedicated to deporting migrants", heads=[0, 0, 1, 2, 3], deps=["ROOT", "acl", "prep", "pcomp", "dobj"],
                      pos=["NOUN", "VERB", "ADP", "VERB", "NOUN"], lemmas=["team", "dedicate", "to", "deport", "migrant"])
    assert stances.remit(remit[3], cues)
    pledge = build_doc("Teams are dedicated to deporting migrants", heads=[2, 2, 2, 2, 3, 4],
                       deps=["nsubj", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
                       pos=["NOUN", "AUX", "VERB", "ADP", "VERB", "NOUN"],
                       lemmas=["team", "be", "dedicate", "to", "deport", "migrant"])
    assert not stances.remit(pledge[4], cues)


def test_things_done_to_deny_help_are_a_charge_and_a_deed_told_stays(build_doc, cues) -> None:
    charge = build_doc("things the party did to deny them help", heads=[0, 2, 3, 0, 5, 3, 5, 5],
                       deps=["ROOT", "det", "nsubj", "relcl", "aux", "advcl", "dative", "dobj"],
                       pos=["NOUN", "DET", "NOUN", "VERB", "PART", "VERB", "PRON", "NOUN"],
                       lemmas=["thing", "the", "party", "do", "to", "deny", "they", "help"])
    assert stances.general_charge(charge[5], cues)
    deed = build_doc("The party did this to deny them help", heads=[1, 2, 2, 2, 5, 2, 5, 5],
                     deps=["det", "nsubj", "ROOT", "dobj", "aux", "advcl", "dative", "dobj"],
                     pos=["DET", "NOUN", "VERB", "PRON", "PART", "VERB", "PRON", "NOUN"],
                     lemmas=["the", "party", "do", "this", "to", "deny", "they", "help"])
    assert not stances.general_charge(deed[5], cues)


def _forces(build_doc, mark: str):
    return build_doc(f"{mark} forces destroyed farmers", heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "dobj"],
                     pos=["NOUN", "NOUN", "VERB", "NOUN"], lemmas=[mark.lower(), "force", "destroy", "farmer"])


def test_market_forces_ruining_farmers_are_a_figure_and_government_forces_stay(build_doc, cues) -> None:
    market = _forces(build_doc, "Market")
    assert stances.figure_of_ruin(market[2], "ASSAULT", [market[1]], [market[3]], cues)
    state = _forces(build_doc, "Government")
    assert not stances.figure_of_ruin(state[2], "ASSAULT", [state[1]], [state[3]], cues)


def _lobbied(build_doc, with_object: bool):
    if with_object:
        return build_doc("France lobbied Italy to back the plan", heads=[1, 1, 1, 4, 1, 6, 4],
                         deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "det", "dobj"],
                         pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                         lemmas=["France", "lobby", "Italy", "to", "back", "the", "plan"])
    return build_doc("France lobbied to back the plan", heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "advcl", "det", "dobj"],
                     pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], lemmas=["France", "lobby", "to", "back", "the", "plan"])


def test_backing_lobbied_for_is_wanted_of_others_and_ones_own_aim_is_not_read(build_doc, cues) -> None:
    assert stances.lobbied_for(_lobbied(build_doc, True)[4], cues)
    assert not stances.lobbied_for(_lobbied(build_doc, False)[3], cues)


# --- hand-built parses: the lexicon's rows ---

def _hit(build_doc, obj: str):
    return build_doc(f"The governor hit the {obj}", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["the", "governor", "hit", "the", obj])


def test_hitting_the_airwaves_is_no_attack_and_hitting_the_village_stays(build_doc) -> None:
    assert _event(_hit(build_doc, "airwaves"), 2) in (None, "-")
    assert _event(_hit(build_doc, "village"), 2) == "ASSAULT"


def _declined(build_doc, verb: str):
    return build_doc(f"Peru declined to {verb} the plan", heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                     pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], lemmas=["Peru", "decline", "to", verb, "the", "plan"])


def test_declining_to_weigh_in_is_no_refusal_and_declining_to_sign_stays(build_doc) -> None:
    assert _event(_declined(build_doc, "weigh"), 1) in (None, "-")
    assert _event(_declined(build_doc, "sign"), 1) == "REJECT"


def _lobbied_states(build_doc):
    return build_doc("Peru lobbied the countries to drop tariffs", heads=[1, 1, 3, 1, 5, 1, 5],
                     deps=["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN"],
                     lemmas=["Peru", "lobby", "the", "country", "to", "drop", "tariff"])


def test_lobbying_states_to_act_is_a_request(build_doc) -> None:
    assert _event(_lobbied_states(build_doc), 1) == "REQUEST"


def _committed(build_doc, thing: str):
    return build_doc(f"Iran committed to the {thing}", heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "prep", "det", "pobj"],
                     pos=["PROPN", "VERB", "ADP", "DET", "NOUN"], lemmas=["Iran", "commit", "to", "the", thing.rstrip("s")])


def test_devotion_to_principles_is_no_agreement_and_commitment_to_a_deal_stays(build_doc) -> None:
    assert _event(_committed(build_doc, "principles"), 1) in (None, "-")
    assert _event(_committed(build_doc, "deal"), 1) == "AGREE"


# --- whole sentences of our own ---

def test_sentences_of_no_events(extract) -> None:
    assert not _types(extract, "The comedian hits Denver's Paramount Theatre next month for three shows.")
    assert not _types(extract, "The candidate hit the airwaves on Tuesday with a radio spot about schools.")
    assert "SUPPORT" not in _types(extract, "\"We no longer recognize our own party,\" the two former governors wrote.")
    assert "REQUEST" not in _types(extract, "The mayor called for a ban on plastic bags at city beaches.")
    assert "COERCE" not in _types(extract, "Her proposal to ban foreign donations won praise from reformers.")
    assert "REJECT" not in _types(extract, "The ambassador declined to weigh in on the row over the statue.")


def test_sentences_of_events_that_stay(extract) -> None:
    assert "ASSAULT" in _types(extract, "Israeli aircraft hit a Hamas training camp in Gaza on Monday.")
    assert "REQUEST" in _types(extract, "Kenya lobbied Uganda to reopen the border crossing.")
    assert "REJECT" in _types(extract, "The Chilean senate declined the president's request for emergency powers.")
    assert "AGREE" in _types(extract, "The Spanish government promised the farmers' union new subsidies on Friday.")


def test_a_military_operation_promised_stays(build_doc, cues) -> None:
    doc = build_doc("Aides promised a military operation", heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "amod", "dobj"],
                    pos=["NOUN", "VERB", "DET", "ADJ", "NOUN"], lemmas=["aide", "promise", "a", "military", "operation"])
    assert not stances.own_staff_promised(doc[1], "AGREE", [], cues)
