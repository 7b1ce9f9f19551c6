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


# --- a two-word name the model made a body, in a list of people (_two_word_name_among_people) ---

def _founders_rows(middle: list[str], ent: str, middle_dep: str) -> list[tuple]:
    """``It was founded by Tom Reed , <middle> , and Ann Lee .`` with the middle name tagged ``ent``."""
    rows = [("It", "PRP", "PRON", 2, "nsubjpass", "O", True), ("was", "VBD", "AUX", 2, "auxpass", "O", False),
            ("founded", "VBN", "VERB", 2, "ROOT", "O", False), ("by", "IN", "ADP", 2, "agent", "O", False),
            ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 3, "pobj", "I-PERSON", False),
            (",", ",", "PUNCT", 5, "punct", "O", False)]
    last = 6 + len(middle)
    for k, word in enumerate(middle):
        head, dep = (5, middle_dep) if k == len(middle) - 1 else (last, "compound")
        rows.append((word, "NNP", "PROPN", head, dep, ("B-" if k == 0 else "I-") + ent, False))
    lee_head = last if middle_dep == "conj" else 5
    rows += [(",", ",", "PUNCT", last, "punct", "O", False), ("and", "CC", "CCONJ", last, "cc", "O", False),
             ("Ann", "NNP", "PROPN", last + 4, "compound", "B-PERSON", False),
             ("Lee", "NNP", "PROPN", lee_head, "conj", "I-PERSON", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    return rows


def test_a_two_word_name_tagged_a_body_among_people_is_a_person(stage_entities) -> None:
    for dep in ("conj", "appos"):
        found = stage_entities(_founders_rows(["Yann", "Larrieu"], "ORG", dep))
        assert found["Yann Larrieu"].type == "PERSON", dep


def test_a_firm_named_among_people_stays_a_body(stage_entities) -> None:
    found = stage_entities(_founders_rows(["Larrieu", "Holdings"], "ORG", "conj"))
    assert found["Larrieu Holdings"].type == "ORG"


# --- a surname the model made a body, after a person's role in lower case (_surname_after_role) ---

def _boss_rows(name: list[str]) -> list[tuple]:
    """``Rovers boss <name> said .`` with the name tagged a body."""
    last = 2 + len(name) - 1
    rows = [("Rovers", "NNPS", "PROPN", 1, "compound", "B-ORG", True), ("boss", "NN", "NOUN", last, "compound", "O", False)]
    for k, word in enumerate(name):
        rows.append((word, "NNP", "PROPN", last + 1 if k == len(name) - 1 else last,
                     "nsubj" if k == len(name) - 1 else "compound", ("B-" if k == 0 else "I-") + "ORG", False))
    return rows + [("said", "VBD", "VERB", last + 1, "ROOT", "O", False), (".", ".", "PUNCT", last + 1, "punct", "O", False)]


def test_a_surname_after_a_lower_case_role_is_a_person(stage_entities) -> None:
    found = stage_entities(_boss_rows(["Pellingham"]))
    assert found["Pellingham"].type == "PERSON"
    assert any(m.text.endswith("boss") for m in found["Pellingham"].mentions)


def test_a_town_after_a_role_word_is_not_made_a_person(stage_entities) -> None:
    # the gazetteer knows the word as a town: a club named by its town, or a person; no guess
    found = stage_entities(_boss_rows(["Kettering"]))
    assert found["Kettering"].type != "PERSON"


# --- a club named by its town after a player's move: "on loan from X" (sport_teams transfer_word) ---

LOAN_STORY = ("Rovers sign striker on loan\n\nRovers have signed striker Tom Pellow on loan from Harbury until the "
              "end of the season. Pellow, 21, scored twice in the 3-1 win against Rugeley last month. Defender Ian "
              "Cotter was signed from Brazil in the summer. Manager Paul Hart said the league title was the aim.")


def test_a_town_a_player_is_on_loan_from_is_its_club(extract) -> None:
    record = extract(LOAN_STORY, published=PUBLISHED)
    club = entity_with_mention(record, "Harbury")
    assert club is not None and club.type == "ORG"


def test_a_country_a_player_is_signed_from_stays_the_country(extract) -> None:
    record = extract(LOAN_STORY, published=PUBLISHED)
    country = entity_with_mention(record, "Brazil")
    assert country is None or country.type != "ORG"
