"""Rules of brief s23-ents24 (issue 15: names of firms, clubs and bodies on web pages; rule source 20
BBC 2004 business and sport articles), each on sentences of our own (no gold article's words), with a
case where the rule must not fire."""

from __future__ import annotations

from entity_lookup import entity_with_mention

PUBLISHED = "2026-01-02"


def _names(record) -> list[str]:
    return [m.text for e in record.entities for m in e.mentions]


# --- a name span run into the other name in brackets after it (_without_run_on_tail) ---

def test_a_body_run_into_its_bracketed_acronym_ends_before_the_bracket(extract) -> None:
    # the model tags "The Inter-Pacific Development Bank (IPDB" as one ORG
    record = extract("The Inter-Pacific Development Bank (IPDB) said regional exports reached $445bn in 2004, up 20%.",
                     published=PUBLISHED)
    assert not any("(" in name for name in _names(record))
    bank = entity_with_mention(record, "Inter-Pacific Development Bank")
    assert bank is not None and "IPDB" in [m.text for m in bank.mentions]


def test_a_player_run_into_his_bracketed_club_ends_before_the_bracket(extract) -> None:
    record = extract("Yves Pomarel (Stade Vernois), Luc Darrieux (Castelmont), Remi Vasseur (Stade Vernois, capt)",
                     published=PUBLISHED)
    assert not any("(" in name for name in _names(record))
    assert entity_with_mention(record, "Remi Vasseur") is not None


def test_a_closed_bracket_inside_a_name_stays_in_it(extract) -> None:
    record = extract("Shares in Talvoran Mining (Holdings) Ltd rose 4% on Monday.", published=PUBLISHED)
    assert not any(name.endswith("(") or name.count("(") != name.count(")") for name in _names(record))
