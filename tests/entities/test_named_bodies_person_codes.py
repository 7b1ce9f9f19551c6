"""Rules of brief s16-dev11e (issue 15: named bodies and person codes news-dev11 missed), each on
sentences of our own with a negative where the rule must not fire."""

from __future__ import annotations

from entity_lookup import entity_of


def test_a_candidate_named_without_title_takes_the_office_tables_country(extract) -> None:
    # leaders.tsv: US senators, governors and 2016 candidates (offices named so that no "the
    # senator" description resolves to one of them)
    record = extract("Sherrod Brown and Scott Walker spoke at the same dinner in Toledo.", published="2016-02-01")
    assert entity_of(record.entities, "Sherrod Brown").country == "USA"
    assert "LEG" in entity_of(record.entities, "Sherrod Brown").sector
    assert entity_of(record.entities, "Scott Walker").country == "USA"


def test_the_senator_is_no_senator_of_the_table(extract) -> None:
    record = extract("The senator said the bill would pass next week.", published="2016-02-01")
    senator = entity_of(record.entities, "The senator")
    assert senator is None or senator.name.lower() in {"senator", "the senator"}


def test_a_retired_occupation_gives_no_sector_but_a_former_office_does(extract) -> None:
    record = extract("Retired dentist Paul Okonkwo won the primary. Former Gov. Ann Kessler of Iowa lost.",
                     published="2016-02-01")
    assert entity_of(record.entities, "Paul Okonkwo").sector == []
    assert "GOV" in entity_of(record.entities, "Ann Kessler").sector


def test_an_outlet_credited_in_brackets_at_a_paragraph_end(extract) -> None:
    record = extract("The mayor will name a new police chief on Friday. [HuffPost.]\n\n"
                     "Schools will stay closed for a second day. [Marta Lindqvist.]", published="2016-02-01")
    assert entity_of(record.entities, "HuffPost").type == "ORG"
    assert entity_of(record.entities, "Marta Lindqvist").type == "PERSON"


def test_a_bracket_inside_a_paragraph_is_no_credit(extract) -> None:
    record = extract("The [Grand] jury heard from nine witnesses on Monday.", published="2016-02-01")
    assert entity_of(record.entities, "Grand") is None


def test_an_untagged_outlet_inside_a_sentence(extract) -> None:
    record = extract("The show drew eight million viewers on Hulu last week, the company said.", published="2019-02-01")
    assert entity_of(record.entities, "Hulu").type == "ORG"


def test_a_slash_between_two_pollsters_names_two_bodies(extract) -> None:
    record = extract("A new University of Kansas/Kansas City Star poll shows the race tied.", published="2016-02-01")
    names = {e.name for e in record.entities}
    assert "University of Kansas" in names and "Kansas City Star" in names


def test_a_given_name_listed_with_given_names_is_a_person(extract) -> None:
    record = extract("Her parents, Tom and Chelsea, run a bakery in Dayton.", published="2016-02-01")
    chelsea = entity_of(record.entities, "Chelsea")
    assert chelsea is not None and chelsea.type == "PERSON" and chelsea.country is None


def test_the_club_of_the_same_name_is_no_person(extract) -> None:
    record = extract("Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday.", published="2016-02-01")
    chelsea = entity_of(record.entities, "Chelsea")
    assert chelsea is None or chelsea.type != "PERSON"


def test_two_descriptions_under_one_determiner_follow_the_two_names(extract) -> None:
    record = extract("Ted Cruz and Donald Trump are tied at 27 percent among likely voters, with the Texas "
                     "senator and business mogul far ahead of the field.", published="2016-02-20")
    assert "the Texas senator" in [m.text for m in entity_of(record.entities, "Ted Cruz").mentions]
    assert "business mogul" in [m.text for m in entity_of(record.entities, "Donald Trump").mentions]


def test_two_descriptions_after_three_names_go_to_no_one(extract) -> None:
    record = extract("Ted Cruz, Donald Trump and Ben Carson lead, with the Texas senator and business mogul "
                     "far ahead of the field.", published="2016-02-20")
    for name in ("Ted Cruz", "Donald Trump", "Ben Carson"):
        assert all(m.text in {name} for m in entity_of(record.entities, name).mentions)


def test_an_inverted_attribution_verb_is_no_part_of_the_name(extract) -> None:
    record = extract('Roy Okafor spoke on the radio on Sunday.\n\nStated Okafor: "We will not accept the result."',
                     published="2016-08-08")
    okafor = entity_of(record.entities, "Roy Okafor")
    assert "Okafor" in [m.text for m in okafor.mentions]
    assert all("Stated" not in e.name for e in record.entities)


def test_a_given_name_of_a_family_the_text_names_takes_the_known_persons_codes(extract) -> None:
    record = extract("The Clintons arrived late. Bill and Hillary sat in the front row.", published="2016-08-08")
    assert entity_of(record.entities, "Bill").country == "USA" and entity_of(record.entities, "Hillary").name == "Hillary Clinton"


def test_a_given_name_without_a_known_family_stays_uncoded(extract) -> None:
    record = extract("The Smiths arrived late. Bill and Anna sat in the front row.", published="2016-08-08")
    assert entity_of(record.entities, "Bill").country is None


def test_places_named_as_the_two_sides_of_a_score_are_teams(extract) -> None:
    record = extract("Clemson beat Alabama 35-31 in the title game on Monday night.", published="2017-01-10")
    assert entity_of(record.entities, "Clemson").type == "ORG" and entity_of(record.entities, "Alabama").type == "ORG"


def test_a_place_in_a_story_with_no_score_is_no_team(extract) -> None:
    record = extract("Heavy rain flooded roads in Alabama and Georgia on Saturday.", published="2017-01-10")
    assert all(e.type != "ORG" for e in record.entities)


def test_a_rival_is_the_one_other_person_named(extract) -> None:
    record = extract("Mayor Dale Cope is running against former judge Irma Salas in the primary. Cope told "
                     "supporters that his rival was out of touch with the city.", published="2016-02-20")
    assert "his rival" in [m.text for m in entity_of(record.entities, "Irma Salas").mentions]


def test_a_rival_with_no_one_else_named_is_no_one(extract) -> None:
    record = extract("Sen. Lou Brandt said on Sunday that his rival candidate would raise taxes.", published="2016-02-20")
    assert not any("rival" in m.text for e in record.entities for m in e.mentions)


def test_a_clipped_family_name_is_a_nickname(extract) -> None:
    record = extract('Singer Marla Vettori sold out three nights in Chicago. Fans of "Vetts" waited for hours.',
                     published="2016-09-20")
    assert "Vetts" in [m.text for m in entity_of(record.entities, "Marla Vettori").mentions]


def test_a_body_sharing_the_first_letters_is_no_nickname(extract) -> None:
    record = extract("Rob Gronkowski caught two passes on Sunday. Grom Energy, the team's sponsor, paid for the party.",
                     published="2016-09-20")
    assert [m.text for m in entity_of(record.entities, "Rob Gronkowski").mentions] == ["Rob Gronkowski"]
