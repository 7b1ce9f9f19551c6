"""Rules of brief s23-ents23 (issue 15: names read wrongly on web news), each on sentences of our own (none
from any article), with a case where the rule must not fire: a first name that is a country's name is the
person where only a person stands (``worked as a nurse``); a body of many states is not of the country it
sits in; a fact box's field label is no part of a firm's name; a shop named by an elliptical possessive is
a body of no codes; a firm written ``xxXxx`` is tagged where the text calls it a body."""

from __future__ import annotations

from entity_lookup import entity_with_mention

PUBLISHED = "2024-05-14"


def _names(record) -> dict[str, str]:
    return {e.name: e.type for e in record.entities}


# --- a person's word where only a person stands: the subject of "worked as a <person noun>" ---

def test_a_first_name_that_names_a_country_is_the_person_who_worked_as_a_nurse(extract) -> None:
    record = extract("Georgia Blake, 34, grew up in Leeds. While Georgia worked as a nurse, she wrote songs.",
                     published=PUBLISHED)
    person = entity_with_mention(record, "Georgia Blake")
    assert person is not None and person.type == "PERSON"
    assert entity_with_mention(record, "Georgia", 2) is person


def test_a_country_that_served_as_a_state_stays_the_country(extract) -> None:
    record = extract("Georgia Blake, 34, grew up in Leeds. Georgia served as a buffer state for decades.",
                     published=PUBLISHED)
    country = entity_with_mention(record, "Georgia", 2)
    assert country is None or country.type != "PERSON"


# --- a body of many states is not of the country it sits in ---

def test_a_body_of_many_states_in_its_seat_keeps_its_own_code(extract) -> None:
    record = extract("Officials at the World Bank in Washington praised the plan on Monday.", published=PUBLISHED)
    bank = entity_with_mention(record, "World Bank")
    assert bank is not None and bank.country == "IGO"


def test_a_countrys_own_council_by_its_possessive_stays_the_countrys(extract) -> None:
    record = extract("Russia's Security Council met on Monday.", published=PUBLISHED)
    council = entity_with_mention(record, "Security Council")
    assert council is not None and council.country == "RUS"


# --- a fact box's field label before a colon ---

def test_a_field_label_before_a_colon_is_no_part_of_the_firms_name(extract) -> None:
    record = extract("Builder : Lane & Brooks Ltd. Size : 3 acres.", published=PUBLISHED)
    firm = entity_with_mention(record, "Lane & Brooks")
    assert firm is not None and firm.name.startswith("Lane & Brooks")
    assert entity_with_mention(record, "Builder") is None


# --- a shop named by an elliptical possessive ---

def test_a_shop_named_by_a_possessive_is_a_body_of_no_country(extract) -> None:
    record = extract("Shoppers at Hobbs's and Marlows spent more this Christmas.", published=PUBLISHED)
    shop = entity_with_mention(record, "Hobbs")
    assert shop is not None and shop.type == "ORG" and shop.country is None


def test_a_possessive_of_a_person_named_in_full_stays_the_persons(extract) -> None:
    record = extract("Tom Reed opened a bakery. Customers queued at Reed's.", published=PUBLISHED)
    reed = entity_with_mention(record, "Tom Reed")
    assert reed is not None and reed.type == "PERSON"
    assert entity_with_mention(record, "Reed", 2) is reed


# --- a firm written xxXxx ---

def test_a_lower_camel_firm_the_text_calls_a_retailer_is_a_body_wherever_written(extract) -> None:
    record = extract("The online retailer zipKart said sales rose. Shoppers like zipKart because it is cheap.",
                     published=PUBLISHED)
    firm = entity_with_mention(record, "zipKart")
    assert firm is not None and firm.type == "ORG"
    assert entity_with_mention(record, "zipKart", 2) is firm


def test_a_lower_camel_word_with_no_bodys_cue_is_left_alone(extract) -> None:
    record = extract("Fans bought the new vidPod in May.", published=PUBLISHED)
    assert entity_with_mention(record, "vidPod") is None


# --- one-word names listed with a body the model tagged ---

def test_a_name_listed_with_a_shop_is_a_body_too(extract) -> None:
    record = extract("Stores in the town offer Hobbs's and Marlows.", published=PUBLISHED)
    shop = entity_with_mention(record, "Marlows")
    assert shop is not None and shop.type == "ORG" and shop is not entity_with_mention(record, "Hobbs")


def test_a_name_listed_with_a_person_is_left_alone(extract) -> None:
    record = extract("Tom Reed and Marlows met on Monday.", published=PUBLISHED)
    other = entity_with_mention(record, "Marlows")
    assert other is None or other.type != "ORG"


# --- a headline's surname run into the lead's title ---

def test_a_surname_run_into_a_title_and_the_full_name_is_two_mentions_of_her(extract) -> None:
    record = extract("Tributes paid to the work of Hale Councillor Ann Hale, who died on Monday aged 70.",
                     published=PUBLISHED)
    hale = entity_with_mention(record, "Ann Hale")
    assert hale is not None and hale.name == "Ann Hale"
    assert entity_with_mention(record, "Hale Councillor") is hale


def test_a_body_before_a_title_is_not_cut_as_a_surname(extract) -> None:
    record = extract("Acme Chairman Tom Reed resigned on Monday.", published=PUBLISHED)
    reed = entity_with_mention(record, "Tom Reed")
    assert reed is not None and reed.name == "Tom Reed"
    assert "Acme" not in [m.text for m in reed.mentions]
