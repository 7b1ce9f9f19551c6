"""Events and recipients session 14 left open (brief s15-recips): hosting a leader or a delegation,
warnings that threaten, words said with a particle ("hit out at", "rounded on"), assurances sought,
calls placed to congratulate, refusals to condemn, force on a crowd told in the passive, demolitions.
Rows of event_lexicon.tsv and the rules of eventcoding/visits_threats.py, each on sentences written for
these tests (none from a data set, none from held-out set 15), with a negative where one makes sense."""

from __future__ import annotations

from newsevents.eventcoding import visits_threats
from newsevents.eventcoding.lexicon import load_cues, parse_conditions

PUBLISHED = "2021-10-05"
CUES = load_cues()


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


def _of(events: list, kind: str) -> list:
    return [e for e in events if e.event == kind]


def _countries(events: list, side: str) -> set:
    return {p.country for e in events for p in getattr(e, side)}


# --- hand-built Docs: the rules alone ---

def test_a_force_verb_with_out_and_at_is_words_unless_a_harm_is_named(build_doc) -> None:
    doc = build_doc("The general hit out at Moscow .", heads=[1, 2, 2, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"], lemmas=[
                        "the", "general", "hit", "out", "at", "Moscow", "."])
    assert visits_threats.words_idiom(doc[2], doc[:], CUES)
    doc = build_doc("The general hit back at Moscow .", heads=[1, 2, 2, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "advmod", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT"])
    assert not visits_threats.words_idiom(doc[2], doc[:], CUES)  # "hit back at": may be force
    doc = build_doc("The gunman lashed out at guards , killing two .", heads=[1, 2, 2, 2, 2, 4, 2, 2, 7, 2],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "pobj", "punct", "advcl", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "NOUN", "PUNCT", "VERB", "NUM", "PUNCT"],
                    lemmas=["the", "gunman", "lash", "out", "at", "guard", ",", "kill", "two", "."])
    assert not visits_threats.words_idiom(doc[2], doc[:], CUES)  # a harm named: force


def test_a_warning_threatens_the_party_its_clause_acts_against(build_doc) -> None:
    # "Ruritania warned it would strike back against Vexland"
    doc = build_doc("Ruritania warned it would strike back against Vexland .",
                    heads=[1, 1, 4, 4, 1, 4, 4, 6, 1],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "advmod", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "ADV", "ADP", "PROPN", "PUNCT"],
                    lemmas=["Ruritania", "warn", "it", "would", "strike", "back", "against", "Vexland", "."])
    found = visits_threats.threat_recipients(doc[1], CUES, lambda t: t.pos_ == "PROPN")
    assert [t.text for t in found] == ["Vexland"]
    # its own territory is no one's to threaten
    doc = build_doc("Ruritania warned it would defend its territory .",
                    heads=[1, 1, 4, 4, 1, 6, 4, 1],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "poss", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "PRON", "NOUN", "PUNCT"],
                    lemmas=["Ruritania", "warn", "it", "would", "defend", "its", "territory", "."])
    assert visits_threats.threat_recipients(doc[1], CUES, lambda t: t.pos_ == "PROPN") == []


def test_measures_warned_of_are_a_threat_only_when_the_warner_takes_them(build_doc) -> None:
    row = parse_conditions("xcomp:take xobj:measure")

    class Row:
        conditions = row

    own = build_doc("Ruritania warned it would take measures .", heads=[1, 1, 4, 4, 1, 4, 1],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT"],
                    lemmas=["Ruritania", "warn", "it", "would", "take", "measure", "."])
    assert not visits_threats.measures_of_others(own[1], Row, CUES)
    other = build_doc("Ruritania warned Vexland must take measures .", heads=[1, 1, 4, 4, 1, 4, 1],
                      deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                      pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
                      lemmas=["Ruritania", "warn", "Vexland", "must", "take", "measure", "."])
    assert visits_threats.measures_of_others(other[1], Row, CUES)


# --- the whole pipeline on sentences of our own ---

def test_a_leader_or_a_delegation_welcomed_is_a_visit_hosted_and_a_decision_welcomed_is_support(extract) -> None:
    hosted = _of(_events(extract, "Ghana's president welcomed the Nigerian vice president to Accra for talks."), "CONSULT")
    assert hosted and _countries(hosted, "recipient") == {"NGA"}
    hosted = _of(_events(extract, "The Thai king welcomed a Cambodian delegation at the palace on Friday."), "CONSULT")
    assert hosted and _countries(hosted, "recipient") == {"KHM"}
    events = _events(extract, "Ghana's president welcomed Nigeria's decision to reopen the border.")
    assert _of(events, "SUPPORT") and not _of(events, "CONSULT")
    assert not _of(_events(extract, "The Thai minister welcomed it as a step forward."), "CONSULT")


def test_rounding_on_a_state_is_an_accusation_and_rounding_a_corner_is_nothing(extract) -> None:
    events = _of(_events(extract, "The Greek prime minister rounded on Turkey in parliament."), "ACCUSE")
    assert events and _countries(events, "recipient") == {"TUR"}
    assert not _events(extract, "The Greek bus rounded the corner near the port.")


def test_hitting_out_at_a_state_is_words_even_for_a_defence_minister(extract) -> None:
    events = _events(extract, "Armenia's defence minister hit out at Azerbaijan on Sunday.")
    assert _of(events, "ACCUSE") and not _of(events, "ASSAULT")
    assert _countries(_of(events, "ACCUSE"), "recipient") == {"AZE"}


def test_assurances_sought_from_a_state_are_a_request_of_it(extract) -> None:
    events = _of(_events(extract, "Egypt sought guarantees from Ethiopia over the filling of the dam."), "REQUEST")
    assert events and _countries(events, "recipient") == {"ETH"}
    assert not _events(extract, "The couple sought shade under a tree in the park.")


def test_a_call_placed_to_congratulate_a_leader_is_a_phone_call_with_them(extract) -> None:
    events = _of(_events(extract, "Chile's president called to congratulate the new Peruvian president."), "CONSULT")
    assert events and _countries(events, "recipient") == {"PER"} and events[0].mode == ["phone"]
    assert not _of(_events(extract, "He called to congratulate his brother on the new job."), "CONSULT")


def test_declining_to_condemn_is_no_rejection_and_declining_an_invitation_is(extract) -> None:
    assert not _events(extract, "India declined to condemn the military takeover in Myanmar.")
    assert not _events(extract, "Hungary refused to criticise China over the crackdown.")
    assert _of(_events(extract, "Hungary declined an invitation from Poland to the summit."), "REJECT")


def test_a_warning_of_measures_is_a_threat_to_the_party_they_aim_at(extract) -> None:
    events = _of(_events(extract, "Morocco warned that it would take firm measures against any Algerian provocation."),
                 "THREATEN")
    assert events and _countries(events, "recipient") == {"DZA"}
    events = _of(_events(extract, "Armenia warned that it would retaliate against any Azerbaijani push on its villages."),
                 "THREATEN")
    assert events and _countries(events, "recipient") == {"AZE"}
    assert not _of(_events(extract, "The IMF warned that Greece must take measures to cut its debt."), "THREATEN")
    assert not _events(extract, "Economists warned that the Greek economy could shrink next year.")


def test_a_crowd_dispersed_with_tear_gas_is_force_by_the_police_named_nearby(extract) -> None:
    text = "Riot police in Harare sealed off the city centre on Wednesday. Hundreds of marchers were " \
           "dispersed with tear gas near the parliament."
    force = [e for e in _of(_events(extract, text), "ASSAULT") if e.trigger.text == "dispersed"]
    assert force and _countries(force, "actor") == {"ZWE"}
    assert [p.text for e in force for p in e.actor] == ["Riot police"]
    # no police named: the force stays without a doer, as a passive arrest does
    force = _of(_events(extract, "Hundreds of marchers in Harare were dispersed with water cannon on Wednesday."),
                "ASSAULT")
    assert force and not any(e.actor for e in force)
    # gas that kills in a leak is an accident, and rain scattering a crowd is weather
    assert not _events(extract, "Five workers in Harare died after a gas leak at a fertiliser plant.")
    assert not _events(extract, "Heavy rain dispersed the crowd at the football match in Harare.")


def test_a_structure_blown_up_by_engineers_is_a_demolition(extract) -> None:
    assert not _events(extract, "Engineers blew up the disused chimney of the old steelworks in Wales.")


def test_a_conflict_act_one_will_not_rule_out_is_left_open(build_doc) -> None:
    doc = build_doc("Ruritania refused to rule out strikes .", heads=[1, 1, 3, 1, 3, 3, 1],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "prt", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PART", "VERB", "ADP", "NOUN", "PUNCT"],
                    lemmas=["Ruritania", "refuse", "to", "rule", "out", "strike", "."])
    assert visits_threats.left_open(doc[5], CUES)
    doc = build_doc("Ruritania ruled out strikes .", heads=[1, 1, 1, 1, 1],
                    deps=["nsubj", "ROOT", "prt", "dobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                    lemmas=["Ruritania", "rule", "out", "strike", "."])
    assert not visits_threats.left_open(doc[3], CUES)  # ruled out: no threat


def test_refusing_to_rule_out_force_is_a_threat_and_ruling_it_out_is_not(extract) -> None:
    events = _events(extract, "Israel refused to rule out an air strike on Lebanon on Thursday.")
    assert _of(events, "THREATEN") and not _of(events, "ASSAULT")
    assert _countries(_of(events, "THREATEN"), "recipient") == {"LBN"}
    events = _events(extract, "Japan did not exclude new sanctions on North Korea.")
    assert not _of(events, "SANCTION")
    assert not _of(_events(extract, "Israel ruled out an air strike on Lebanon on Thursday."), "ASSAULT")


def test_refusing_to_disavow_is_no_rejection(extract) -> None:
    assert not _events(extract, "Slovakia refused to disavow the Hungarian proposal on minorities.")
    assert _of(_events(extract, "Slovakia refused to accept the Hungarian proposal on minorities."), "REJECT")


def test_one_of_the_hosts_own_welcomed_is_support_not_a_visit(extract) -> None:
    events = _events(extract, "The defector was warmly welcomed by Labour MPs in London on Monday.")
    assert not _of(events, "CONSULT")
    events = _events(extract, "The Irish prime minister said he would welcome Irish voters of every party.")
    assert not _of(events, "CONSULT")


def test_calling_on_a_party_to_act_stays_a_request(extract) -> None:
    events = _events(extract, "The Welsh party called on ministers in London to reassure farmers about subsidies.")
    assert _of(events, "REQUEST") and not _of(events, "CONSULT")
