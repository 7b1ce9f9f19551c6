"""Other senses of event words (issue 14, session 14, brief s14-senses; the fifth US-news audit's "another
sense of the word" class): appeal as popularity, a tie in a poll, thanks to God, an occasion welcomed, a
share of the vote won, "gun control" taken as control seized, records destroyed, an arrival with
companions, and an attack used by someone who did not do it (eventcoding/senses.py). Each with a negative:
the event sense of the same word still codes. Sentences written for these tests (none from a data set, an
audit or phrasings_heldout13.tsv); each positive was checked to code an event without the rule."""

from __future__ import annotations

PUBLISHED = "2017-03-15"


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


def _types(extract, text: str) -> set[str]:
    return {e.event for e in _events(extract, text)}


def test_appeal_as_popularity_is_no_request_and_an_appeal_to_a_state_is(extract) -> None:
    assert not _types(extract, "The American senator's appeal among Hispanic voters has grown since March.")
    assert not _types(extract, "The extent of the Canadian prime minister's appeal will be tested in Quebec.")
    assert "REQUEST" in _types(extract, "Sweden made an appeal to Iran for the release of its diplomat.")


def test_a_tie_in_a_poll_is_a_race_and_tying_in_with_a_government_stays(extract) -> None:
    assert not _types(extract, "The Republican senator from Texas nearly tied the Democratic governor among "
                               "suburban voters in the latest poll.")
    assert _types(extract, "The Mexican president tied in with the Guatemalan government on border patrols.")


def test_thanks_to_god_is_an_exclamation_and_thanks_to_a_state_support(extract) -> None:
    assert not _types(extract, '"Thank God the ceasefire held," the Lebanese prime minister said.')
    assert "SUPPORT" in _types(extract, "The Lebanese prime minister thanked France for its aid.")


def test_an_occasion_welcomed_is_no_support_and_a_ceasefire_welcomed_is(extract) -> None:
    assert not _types(extract, "The British foreign secretary said she welcomed the opportunity to explain the policy.")
    assert "SUPPORT" in _types(extract, "Britain welcomed the ceasefire agreement between Israel and Hamas.")


def test_a_share_of_the_vote_captured_is_no_seizure_and_a_share_of_a_city_is(extract) -> None:
    assert not _types(extract, "The Kenyan president captured 55 percent of the vote in the election.")
    assert "COERCE" in _types(extract, "Rebels captured 60 percent of the city of Aleppo.")


def test_action_on_gun_control_is_no_seizure_and_control_of_an_airport_is(extract) -> None:
    assert not _types(extract, "Whatever action the US president takes on gun control, Congress will resist.")
    assert "COERCE" in _types(extract, "Rebels took control of the airport in Tripoli.")


def test_records_destroyed_are_no_attack_and_a_police_station_destroyed_is(extract) -> None:
    assert not _types(extract, "An aide to the Brazilian president destroyed thousands of emails before the inquiry.")
    assert "ASSAULT" in _types(extract, "Rebels destroyed a police station in Mali.")


def test_an_arrival_with_companions_is_no_visit_and_an_arrival_for_talks_is(extract) -> None:
    assert not _types(extract, '"We have already arrived with our soldiers," the Iranian general said.')
    assert not _types(extract, "The Iranian defence minister arrived with a delegation of generals.")
    assert "CONSULT" in _types(extract, "The Chinese premier arrived in Moscow with a delegation for talks with "
                                        "Russian leaders.")


def test_who_uses_a_known_attack_is_not_its_attacker_and_who_uses_air_strikes_is(extract) -> None:
    events = _events(extract, "Beijing is using the recent bombings in Xinjiang to justify new curbs.")
    assert not any(e.event == "ASSAULT" and any(p.country == "CHN" for p in e.actor) for e in events)
    events = _events(extract, "The Syrian army used air strikes against rebel positions near Homs.")
    assert any(e.event == "ASSAULT" and any(p.country == "SYR" for p in e.actor) for e in events)


def test_a_pledge_on_a_shortage_is_a_policy_plan(extract) -> None:
    assert not _types(extract, "The Irish housing minister promised to attack the housing shortage.")
    assert _types(extract, "Taliban fighters promised to attack the army's positions.")  # a pledge of force stays


def test_a_film_shot_is_no_attack_and_villagers_shot_are(extract) -> None:
    assert not _types(extract, "The Iranian director shot most of the film in Turkey last spring.")
    assert "ASSAULT" in _types(extract, "Taliban fighters shot most of the villagers in Kunduz.")


def test_ads_aimed_at_the_public_are_no_attack_and_ads_at_a_leader_criticism(extract) -> None:
    assert not _types(extract, "The British Labour Party is targeting suburban mothers with a new wave of ads.")
    assert "ACCUSE" in _types(extract, "The Conservative candidate targeted the Labour leader with attack ads in Leeds.")
    assert "ASSAULT" in _types(extract, "Gunmen targeted women at a market in Kabul.")


def test_turning_out_votes_is_no_mobilization_and_reservists_for_an_offensive_are(extract) -> None:
    assert not _types(extract, "The Senate's Democrats will mobilize to help the Mexican-born candidate win in Texas.")
    assert "MOBILIZE" not in _types(extract, "The Kenyan opposition mobilized voters for the election in Nairobi.")
    assert "MOBILIZE" in _types(extract, "The Russian army mobilized reservists for the offensive in Ukraine.")


def test_a_civilization_destroyed_is_a_figure_and_a_parliament_destroyed_is_not(extract) -> None:
    assert not _types(extract, "Islamist groups want to destroy Western culture, the Dutch minister said.")
    assert "ASSAULT" in _types(extract, "Militants want to destroy the Dutch parliament, the minister said.")
