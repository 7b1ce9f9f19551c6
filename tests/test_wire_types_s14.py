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
