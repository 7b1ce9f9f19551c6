"""Rules of brief s19-dev15e (issue 15: people and bodies that news-dev15 missed), each on sentences of our own
(none from news-dev15, entities_heldout20, mentions_heldout15 or quotes_heldout10), with a case where the rule
must not fire: a title glued into a person's name, local bodies (``X School District students``, ``X
Elementary's``, ``the X Area Development District``, ``the Census bureau``), a nickname in apposition, a given
name after ``the love of his life,``, and a reported clause whose subject is a gerund phrase."""

from __future__ import annotations

from entity_lookup import entity_with_mention
from entity_lookup import mention_texts as _mentions
from quotes_heldout import by_content, quotes_of

PUBLISHED = "2025-03-12"


def _names(record) -> set[str]:
    return {e.name for e in record.entities}


# --- a school title before the name (roles.tsv rows; _capitalised_title_before, _without_title_runs) ---

def test_a_superintendent_is_named_without_the_title(extract) -> None:
    record = extract("Superintendent Lorna Whitcombe asked the board for two more bus drivers. Whitcombe said "
                     "the routes were too long.", published=PUBLISHED)
    assert "Lorna Whitcombe" in _names(record) and not any("Superintendent" in n for n in _names(record))
    assert entity_with_mention(record, "Whitcombe", 2) is entity_with_mention(record, "Lorna Whitcombe")


def test_an_assistant_superintendent_is_one_title(extract) -> None:
    record = extract("Assistant Superintendent Gordon Achterberg will lead the search for a new principal.",
                     published=PUBLISHED)
    person = entity_with_mention(record, "Gordon Achterberg")
    assert person is not None and person.name == "Gordon Achterberg"


def test_a_title_word_that_is_the_surname_stays(extract) -> None:
    record = extract("Principal Nadia Deacon said the library would open on Saturdays. Deacon thanked the "
                     "parents who raised the money.", published=PUBLISHED)
    assert "Nadia Deacon" in _names(record)


# --- "<Role> of <Office> First Last" (_office_of_names) ---------------------------------------------

def test_a_director_of_an_office_is_named_without_the_office(extract) -> None:
    record = extract("Director of Student Services Hazel Quimby reported that absences fell in January. Quimby "
                     "credited the new reminder calls.", published=PUBLISHED)
    person = entity_with_mention(record, "Hazel Quimby")
    assert person is not None and person.name == "Hazel Quimby"
    assert "Director" not in _names(record) and entity_with_mention(record, "Quimby", 2) is person


def test_a_common_noun_tagged_a_body_before_a_title_is_no_body(extract) -> None:
    record = extract("Transportation Director Ellis Vandergriff said two routes would be merged.",
                     published=PUBLISHED)
    assert "Transportation" not in _names(record)


# --- local bodies (_local_bodies_mistagged, _is_place_description) ---------------------------------------------

def test_a_district_name_does_not_take_the_people_after_it(extract) -> None:
    record = extract("Maple Fork School District parents will vote on the levy in May.", published=PUBLISHED)
    assert any(e.type == "ORG" and "Maple Fork School District" in _mentions(record, "Maple Fork School District")
               for e in record.entities)


def test_a_school_that_owns_a_request_is_a_body(extract) -> None:
    record = extract("Tamarack Elementary's request for a new playground was approved.", published=PUBLISHED)
    school = entity_with_mention(record, "Tamarack Elementary")
    assert school is not None and school.type == "ORG"


def test_a_development_district_after_a_place_is_a_body(extract) -> None:
    record = extract("The council signed an agreement with the Green River Area Development District for the "
                     "summer jobs program.", published=PUBLISHED)
    body = entity_with_mention(record, "Green River Area Development District")
    assert body is not None and body.type == "ORG"


def test_a_body_with_a_lower_case_head(extract) -> None:
    record = extract("The Census bureau estimated that the town lost 300 residents last year.", published=PUBLISHED)
    body = entity_with_mention(record, "Census bureau")
    assert body is not None and body.type == "ORG"


def test_a_lower_case_head_after_a_word_that_is_no_name_is_no_body(extract) -> None:
    record = extract("After Easter the department will hire two clerks.", published=PUBLISHED)
    assert not any(e.type == "ORG" and "Easter" in e.name for e in record.entities)


# --- a nickname in apposition (_nicknames_in_apposition) ---------------------------------------------

def test_a_nickname_in_apposition_is_the_named_person(extract) -> None:
    record = extract("Town's 'Mr Fudge', Arnold Pettibone, has died. Mr Pettibone made fudge for 50 years.",
                     published=PUBLISHED)
    assert entity_with_mention(record, "Mr Fudge") is entity_with_mention(record, "Arnold Pettibone")


def test_two_people_in_apposition_stay_apart(extract) -> None:
    record = extract("His brother, Walter Pettibone, said Arnold Pettibone, Ruth Pettibone and he ran the shop.",
                     published=PUBLISHED)
    assert entity_with_mention(record, "Walter Pettibone") is not entity_with_mention(record, "Arnold Pettibone")


# --- a given name after a partner's noun (_partner_names) --------------------------------------------

def test_the_love_of_his_life_is_named_after_the_comma(extract) -> None:
    record = extract("He came to Leeds in 1960 and married the love of his life, Graziella, a year later. She "
                     "died in 2010.", published=PUBLISHED)
    person = entity_with_mention(record, "Graziella")
    assert person is not None and person.type == "PERSON"
    assert entity_with_mention(record, "She") is person


def test_a_place_in_apposition_to_a_non_partner_noun_stays_a_place(extract) -> None:
    record = extract("He moved to the city of his birth, Palermo, in 1990.", published=PUBLISHED)
    place = entity_with_mention(record, "Palermo")
    assert place is None or place.type != "PERSON"


# --- a gerund phrase as the reported clause's subject (quotes._gerund_subject_start) ------------------

def test_a_gerund_subject_opens_the_reported_clause(extract) -> None:
    found = quotes_of(extract, "Okafor said sorting through the rules of Bill 88, which lets towns borrow more, "
                               "has taken months.", PUBLISHED)
    content, speaker, _ = by_content(found, "has taken months")
    assert content.startswith("sorting through the rules") and speaker == "Okafor"


def test_a_reported_clause_with_its_own_subject_keeps_its_start(extract) -> None:
    found = quotes_of(extract, "The mayor said on Monday the bridge would reopen in June.", PUBLISHED)
    content, _, _ = by_content(found, "would reopen")
    assert content.startswith("the bridge")


def test_a_relatives_name_before_a_possessive_is_no_nickname(extract) -> None:
    record = extract('"We grew up on that stage," said Ramon Ibarra, one of the founders. "It was home," said '
                     "Lucio Ibarra, Ramon's brother and fellow actor.", published=PUBLISHED)
    assert entity_with_mention(record, "Ramon Ibarra") is not entity_with_mention(record, "Lucio Ibarra")
