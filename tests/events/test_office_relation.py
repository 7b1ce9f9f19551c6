"""A successor or predecessor is a relation of office, not of private life: an act on one stays a public act
(found at the session 17 merge, when "successor" became a relation noun for the entity stage)."""

from __future__ import annotations


def test_an_attack_on_a_successors_policy_is_still_an_event(extract) -> None:
    record = extract("Former mayor Ellen Varga attacked her successor's housing plan at a rally in Toronto.",
                     published="2022-05-04")
    assert [e.event for e in record.events] == ["ACCUSE"]


def test_an_act_on_ones_own_kin_stays_private(extract) -> None:
    # the negative: kinship still makes an act private life, as before
    record = extract("Former mayor Ellen Varga criticised her husband's cooking at a dinner in Toronto.",
                     published="2022-05-04")
    assert record.events == []
