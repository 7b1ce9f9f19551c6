"""Wire-news acts the held-out set 11 (brief s14-types) showed missed, fixed by general rows of
event_lexicon.tsv and roles.tsv: freeing someone described as held is a release; laying down arms is
disarming; blocking a joint statement is a veto; an aid package is aid; money deposited in another
state's central bank is aid; dockworkers, truckers and port workers are labour; attacking the bowling
is play. Sentences written for these tests (none from a data set, none from set 11)."""

from __future__ import annotations

PUBLISHED = "2024-03-15"


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


def _of(events: list, kind: str) -> list:
    return [e for e in events if e.event == kind]


def test_freeing_someone_held_is_a_release_and_freeing_a_town_is_not(extract) -> None:
    released = _of(_events(extract, "Belarus freed a detained Polish priest on Monday."), "CONCEDE")
    assert released and any(p.country == "POL" for e in released for p in e.recipient)
    assert not _of(_events(extract, "Iraqi troops freed the town of Tal Afar from the militants."), "CONCEDE")


def test_laying_down_arms_is_disarming_and_an_arm_laid_on_a_table_is_nothing(extract) -> None:
    assert _of(_events(extract, "About 200 militiamen in eastern Congo laid down their arms on Friday."), "RETREAT")
    assert _of(_events(extract, "The guerrillas put down their weapons after the talks in Havana."), "RETREAT")
    assert not _events(extract, "The nurse laid her arm on the table.")


def test_blocking_a_joint_statement_is_a_veto(extract) -> None:
    events = _of(_events(extract, "Poland blocked a European Union declaration on migration last week."), "REJECT")
    assert events and any(p.country == "POL" for e in events for p in e.actor)


def test_an_aid_package_is_aid_and_a_tax_package_is_not(extract) -> None:
    events = _of(_events(extract, "Japan unveiled a $2 billion aid package for Ukraine on Tuesday."), "AID")
    assert events and any(p.country == "UKR" for e in events for p in e.recipient)
    assert not _events(extract, "The government unveiled a tax package for small firms.")


def test_money_deposited_in_another_states_central_bank_is_aid_and_a_private_deposit_is_not(extract) -> None:
    events = _of(_events(extract, "Qatar deposited $2 billion in Egypt's central bank on Sunday."), "AID")
    assert events and any(p.country == "EGY" for e in events for p in e.recipient)
    assert not _events(extract, "The man deposited $500 in his bank account on Friday.")


def test_dockworkers_and_truckers_in_a_country_strike(extract) -> None:
    for text, country in (("Dockworkers in Uruguay went on strike over pay on Monday.", "URY"),
                          ("Truckers in Brazil went on strike on Monday over diesel prices.", "BRA")):
        strikes = _of(_events(extract, text), "PROTEST")
        assert strikes and any(p.country == country for e in strikes for p in e.actor), text


def test_attacking_the_bowling_is_play_and_attacking_a_minister_stays_a_charge(extract) -> None:
    assert not _events(extract, "The Pakistani opener attacked the spinners from the first ball.")
    assert not _events(extract, "The Australian batsmen attacked the bowling after lunch.")
    assert _of(_events(extract, "The opposition leader attacked the interior minister over the arrests."), "ACCUSE")


def test_a_thing_turned_down_coded_by_a_states_word_stands_for_that_state(extract) -> None:
    events = _of(_events(extract, "Cuba turned down an American offer of vaccines last year."), "REJECT")
    assert events and any(p.country == "USA" for e in events for p in e.recipient)
    events = _of(_events(extract, "Syria turned down a Russian proposal for talks in Geneva."), "REJECT")
    assert events and any(p.country == "RUS" for e in events for p in e.recipient)
    # an offer of no one's stays without a recipient
    events = _of(_events(extract, "The Kenyan minister turned down an offer of help."), "REJECT")
    assert all(not p.country for e in events for p in e.recipient)


def test_force_used_at_another_states_request_is_cooperation_with_it(extract) -> None:
    for text, actor, asker in (
            ("Spanish police arrested a Moroccan businessman in Malaga at the request of Rabat.", "ESP", "MAR"),
            ("Argentina detained a former Paraguayan general at the behest of Paraguay on Monday.", "ARG", "PRY")):
        events = _events(extract, text)
        done = _of(events, "COOPERATE")
        assert done and not _of(events, "COERCE"), text
        assert {p.country for e in done for p in e.actor} == {actor}, text
        assert {p.country for e in done for p in e.recipient} == {asker}, text
    # asked at home (a court, a university) it stays force
    events = _events(extract, "Kenyan police arrested three students at the request of a Nairobi court.")
    assert _of(events, "COERCE") and not _of(events, "COOPERATE")


def test_a_refusal_or_force_announced_to_the_one_warned_is_a_threat_to_it(extract) -> None:
    for text, actor, warned in (("Greece warned Ankara that it would veto the customs union.", "GRC", "TUR"),
                                ("Serbia warned Montenegro that it would not ratify the border treaty.", "SRB", "MNE")):
        threats = _of(_events(extract, text), "THREATEN")
        assert threats, text
        assert any(p.country == actor for e in threats for p in e.actor), text
        assert any(p.country == warned for e in threats for p in e.recipient), text
    # a refusal told as done, not to come, is no threat
    assert not _of(_events(extract, "Serbia warned Montenegro that it had not ratified the treaty."), "THREATEN")


def test_arms_a_state_supplies_or_delivers_to_another_are_aid(extract) -> None:
    for text, actor, recipient in (("Iran supplied attack drones to Russia last autumn.", "IRN", "RUS"),
                                   ("Sweden delivered ten tanks to Ukraine on Thursday.", "SWE", "UKR")):
        aid = _of(_events(extract, text), "AID")
        assert aid, text
        assert any(p.country == actor for e in aid for p in e.actor), text
        assert any(p.country == recipient for e in aid for p in e.recipient), text
    # an airline's jets and a stall's shells are no arms
    assert not _events(extract, "Airbus delivered 30 jets to Qantas last year.")
    assert not _events(extract, "The company supplied shells for the seafood festival.")
