"""Mentions left by session 13 (issue 15, brief s14-ents; sentences of our own, none from
mentions_heldout5): an office serving a first-order division with ``of <place>`` after its
holder's name reads the place as that division (``Senator X of Georgia``); a lead description is
nobody when the one name in the next sentence is joined by ``and`` to another proper name; a plural
description in apposition to two names is neither; an office said with no word of the past is not
held by someone the text calls only a former holder; a one-word body no table codes, the only body
named before and a subject, is ``the firm``; ``her husband`` after ``X married Y`` is Y (two
marriages told: nobody).
"""

from __future__ import annotations

from mentions_heldout import entity_at


def _names(record) -> dict:
    return {e.name: e for e in record.entities}


def _holder(record, mention: str):
    """The entity with a mention over the head of the first ``mention`` (None when none has)."""
    return entity_at(record, mention)


# --- Senator X of <a place that is a state and a country> ----------------------------------------

def test_a_senator_of_georgia_is_american(extract) -> None:
    text = "Senator Walt Emberley of Georgia voted for the farm bill. Emberley said growers needed help."
    assert _names(extract(text, published="2025-09-10"))["Walt Emberley"].country == "USA"


def test_a_governor_of_georgia_is_american(extract) -> None:
    text = "Governor Abel Tarkington of Georgia signed the budget on Monday. Tarkington praised lawmakers."
    assert _names(extract(text, published="2025-09-10"))["Abel Tarkington"].country == "USA"


def test_a_prime_minister_of_georgia_stays_georgian(extract) -> None:
    # negative: an office of a country is no state seat
    text = "Prime Minister Levan Gelashvili of Georgia met European envoys on Friday. Gelashvili said talks went well."
    assert _names(extract(text, published="2025-09-10"))["Levan Gelashvili"].country == "GEO"


# --- a lead description and two coordinated names ------------------------------------------------

def test_a_lead_description_is_nobody_when_two_names_are_joined(extract) -> None:
    text = ("The new schools minister for Scotland says exam fees will be scrapped. Morag Quinlan and Isla "
            "Drummond both backed the change at a meeting in Perth.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "The new schools minister")
    assert holder is None or holder.name not in {"Morag Quinlan", "Isla Drummond"}


def test_a_lead_description_still_links_one_name(extract) -> None:
    # positive beside the negative: one name in the next sentence
    text = ("The new schools minister for Scotland says exam fees will be scrapped. Morag Quinlan told MSPs "
            "the change would start in August.")
    record = extract(text, published="2025-09-10")
    assert _holder(record, "The new schools minister").name == "Morag Quinlan"


# --- former holders ---------------------------------------------------------------------------------

def test_a_plural_apposition_is_nobody_and_a_current_office_no_former_holder(extract) -> None:
    text = ("Two former NASA administrators, Glen Harrowby and Tessa Marlin, criticised the budget cuts. "
            "The NASA chief did not respond.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "The NASA chief")
    assert holder is None or holder.name not in {"Glen Harrowby", "Tessa Marlin"}


def test_a_past_office_still_links_its_former_holder(extract) -> None:
    # negative of the rule: "the former FBI chief" is the former director
    text = "Former FBI director Carl Dunmore testified on Tuesday. The former FBI chief said the bureau was misled."
    record = extract(text, published="2025-09-10")
    assert _holder(record, "The former FBI chief").name == "Carl Dunmore"


# --- the firm after a one-word body no table codes --------------------------------------------------

def test_the_firm_is_the_only_uncoded_body_named_as_subject(extract) -> None:
    text = "Veltrano said on Monday that sales of its heat pumps had doubled. The firm plans to open a plant in Ohio."
    record = extract(text, published="2025-09-10")
    firm = _holder(record, "The firm")
    assert firm is not None and firm.name == "Veltrano"


def test_the_firm_is_not_a_body_named_only_as_an_object(extract) -> None:
    text = "Regulators blocked the takeover of Veltrano on Monday. The firm plans to appeal."
    record = extract(text, published="2025-09-10")
    firm = _holder(record, "The firm")
    assert firm is None or firm.name != "Veltrano"


# --- marriage told by a verb -----------------------------------------------------------------------

def test_her_husband_after_a_marriage_told_by_a_verb(extract) -> None:
    text = ("Olympic swimmer Hanna Lindgren married architect Tobias Renner in Stockholm on Saturday. "
            "Her husband designed the new city library.")
    record = extract(text, published="2025-09-10")
    assert _holder(record, "Her husband").name == "Tobias Renner"


def test_her_husband_is_nobody_after_two_marriages(extract) -> None:
    text = ("Olympic swimmer Hanna Lindgren married Tobias Renner in 2010 and then married Felix Ahlberg. "
            "Her husband declined to comment.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "Her husband")
    assert holder is None or holder.name not in {"Tobias Renner", "Felix Ahlberg"}


# --- a body named by its seat: "the Pentagon chief" ---------------------------------------------------

def test_the_pentagon_chief_is_the_defense_secretary(extract) -> None:
    text = ("Defense Secretary Mara Kettering visited a shipyard in Virginia on Friday. The Pentagon chief said "
            "four new frigates would be ordered.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "The Pentagon chief")
    assert holder is not None and holder.name == "Mara Kettering"
    assert holder.sector == ["GOV"]  # the seat's military sector is not the secretary's


def test_a_pentagon_spokesman_is_not_the_defense_secretary(extract) -> None:
    # negative: only a head noun ("chief", "boss") makes the seat's holder
    text = ("Defense Secretary Mara Kettering visited a shipyard in Virginia on Friday. The Pentagon spokesman said "
            "four new frigates would be ordered.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "The Pentagon spokesman")
    assert holder is None or holder.name != "Mara Kettering"


# --- "Fed Chair X": a title before a name, not part of it --------------------------------------------

def test_chair_before_a_name_is_a_title(extract) -> None:
    text = "SEC Chair Mona Pruitt told bankers in Chicago that the rules would change. Pruitt took no questions."
    record = extract(text, published="2025-09-10")
    assert "Mona Pruitt" in _names(record)
    assert not any(e.name.startswith("Chair") for e in record.entities)


# --- "the assembly government": the last words of the one body so named ---------------------------

def test_the_last_words_of_a_body_name_are_that_body(extract) -> None:
    text = ("The Northern Regional Health Authority has closed two wards. A spokesman for the health authority "
            "said staff were short.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "the health authority")
    assert holder is not None and holder.name == "Northern Regional Health Authority"


def test_the_last_words_of_two_body_names_are_neither(extract) -> None:
    text = ("The Northern Regional Health Authority and the Western Regional Health Authority signed a joint "
            "letter. A spokesman for the health authority said staff were short.")
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "the health authority")
    assert holder is None or holder.name not in {"Northern Regional Health Authority", "Western Regional Health Authority"}


# --- "his wife Greta": a relation noun and an untagged given name ------------------------------------

def test_a_given_name_after_a_relation_noun_is_the_relative(extract) -> None:
    text = "Chef Ian Marlow and his wife Greta opened a bakery in Bristol. His wife bakes the bread at dawn."
    record = extract(text, published="2025-09-10")
    holder = _holder(record, "His wife")
    assert holder is not None and holder.name == "Greta" and holder.type == "PERSON"


def test_a_full_name_after_a_relation_noun_is_not_cut(extract) -> None:
    # negative: a capitalised word after the given name: the rule leaves the full name to the model
    text = "Chef Ian Marlow and his wife Greta Lind opened a bakery in Bristol."
    names = _names(extract(text, published="2025-09-10"))
    assert "Greta Lind" in names and "Greta" not in names
