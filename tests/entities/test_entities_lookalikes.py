"""Rules of brief s22-ents22 (issue 15: names that are not what their first word says; rule source 20 BBC
2004 business and entertainment articles), each on sentences of our own (none from any article), with a case
where the rule must not fire: a work's title is no name, ``starring`` is no title, an award joined to
``-winning`` is no person, a firm after ``an analyst at`` or named ``<Place> Re`` is a body, ``whose
<Name> subsidiary`` names a body."""

from __future__ import annotations

import pytest

from entity_lookup import entity_with_mention

PUBLISHED = "2024-05-14"


def _names(record) -> dict[str, str]:
    return {e.name: e.type for e in record.entities}


# --- a work's title (work_noun) ---

def test_a_title_after_a_works_noun_and_its_repeat_are_no_entity(extract) -> None:
    record = extract("The show opens with the song Broken Lanterns, sung by Ann Lee. Broken Lanterns was a hit "
                     "in 1990.", published=PUBLISHED)
    assert entity_with_mention(record, "Broken Lanterns") is None
    assert entity_with_mention(record, "Broken Lanterns", 2) is None
    assert _names(record).get("Ann Lee") == "PERSON"


def test_a_title_with_a_works_noun_in_apposition_takes_no_description(extract) -> None:
    record = extract("The studio said Harbour Lights, the comedy sequel starring Tom Reed and Ann Lee, took $20m "
                     "at the weekend.", published=PUBLISHED)
    assert entity_with_mention(record, "Harbour Lights") is None
    assert entity_with_mention(record, "the comedy sequel") is None
    assert _names(record).get("Tom Reed") == "PERSON"


def test_a_name_after_a_works_noun_but_subject_of_its_own_verb_stays_a_person(extract) -> None:
    record = extract("In the film Tom Reed plays a doctor. Reed said the role was hard.", published=PUBLISHED)
    reed = entity_with_mention(record, "Tom Reed")
    assert reed is not None and reed.type == "PERSON"
    assert entity_with_mention(record, "Reed", 2) is reed


def test_starring_is_no_title_of_the_star(extract) -> None:
    record = extract("The sequel, starring Tom Reed, opens on Friday.", published=PUBLISHED)
    reed = entity_with_mention(record, "Tom Reed")
    assert reed is not None and "starring" not in [m.text for m in reed.mentions]


# --- an award joined to a participle (award_participle) ---

def test_an_award_joined_to_winning_is_no_person(extract) -> None:
    record = extract("Oscar-winning director Tom Reed returns to direct the sequel.", published=PUBLISHED)
    assert entity_with_mention(record, "Oscar") is None
    assert _names(record).get("Tom Reed") == "PERSON"


# --- a firm named like a person after an occupation and "at" (employer_preposition) ---

def test_a_name_after_an_analyst_at_is_a_firm(extract) -> None:
    record = extract('"It is a good deal," said Tom Brent, an economist at Raymond Jones.', published=PUBLISHED)
    assert _names(record).get("Raymond Jones") == "ORG"
    assert _names(record).get("Tom Brent") == "PERSON"


@pytest.mark.parametrize("text, person", [
    ("Ann Lee had dinner with Tom Reed. Mr Reed said it went well.", "Tom Reed"),
    ("Tom Reed, an aide at Ann Lee's office, said she was away.", "Ann Lee"),
])
def test_a_person_after_with_or_owning_the_workplace_stays_a_person(extract, text, person) -> None:
    assert _names(extract(text, published=PUBLISHED)).get(person) == "PERSON"


# --- a firm named by a place and an abbreviation (hand-built Docs: the model's tag is fixed) ---

def _resolve(pipeline, rows) -> dict[str, str]:
    """name -> type of the entities resolved on a one-sentence Doc built from ``rows`` (word, tag, pos, head, dep,
    iob entity tag)."""
    from entity_lookup import bare_entities
    from newsevents.actors import load_actor_dictionary

    return {e.name: e.type for e in bare_entities(pipeline.nlp.vocab, load_actor_dictionary(), rows)}


def _shares_fell(first: str, second: str) -> list[tuple]:
    # "Shares in <first> <second> fell ."
    return [("Shares", "NNS", "NOUN", 4, "nsubj", "O"), ("in", "IN", "ADP", 0, "prep", "O"),
            (first, "NNP", "PROPN", 3, "compound", "B-PERSON"), (second, "NNP", "PROPN", 1, "pobj", "I-PERSON"),
            ("fell", "VBD", "VERB", 4, "ROOT", "O"), (".", ".", "PUNCT", 4, "punct", "O")]


def test_a_nationality_word_and_an_abbreviation_tagged_a_person_are_a_firm(pipeline) -> None:
    assert _resolve(pipeline, _shares_fell("Danish", "Re")).get("Danish Re") == "ORG"


def test_a_given_name_and_a_short_family_name_stay_a_person(pipeline) -> None:
    assert _resolve(pipeline, _shares_fell("Danish", "Lee")).get("Danish Lee") != "ORG"
    assert _resolve(pipeline, _shares_fell("Tom", "Ng")).get("Tom Ng") == "PERSON"


# --- whose <Name> <body noun> ---

def test_a_name_between_whose_and_a_bodys_noun_is_that_body(extract) -> None:
    record = extract("The firm, whose Zentor subsidiary runs six mines, said it had complied. Prosecutors "
                     "targeted a farm owned by Zentor.", published=PUBLISHED)
    first, second = entity_with_mention(record, "Zentor"), entity_with_mention(record, "Zentor", 2)
    assert first is not None and first is second and first.type == "ORG"
    assert all(not m.text.startswith("whose") for e in record.entities for m in e.mentions)


# --- patronymics (patronymic_link): the words after "bin" are the father's ---

def test_a_one_word_repeat_is_the_person_whose_own_name_it_is_not_his_son(extract) -> None:
    record = extract("Sheikh Khalid bin Hamad met his son Sheikh Saud bin Khalid in Doha on Monday. Sheikh Khalid "
                     "said the talks went well.", published=PUBLISHED)
    assert entity_with_mention(record, "Sheikh Khalid", 2) is entity_with_mention(record, "Khalid bin Hamad")
    assert entity_with_mention(record, "Saud bin Khalid") is not entity_with_mention(record, "Khalid bin Hamad")


def test_a_repeat_is_not_the_son_named_after_the_father(extract) -> None:
    record = extract("Ali ibn Musa and his father Musa ibn Jafar were named in the report. Musa said nothing.",
                     published=PUBLISHED)
    assert entity_with_mention(record, "Musa", 3) is entity_with_mention(record, "Musa ibn Jafar")


def test_a_repeat_holding_the_patronymic_word_keeps_the_whole_name(pipeline) -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities_lookalikes import LookalikeNameRules

    rules = LookalikeNameRules()
    rules.ad = load_actor_dictionary()
    assert rules._own_name(["khalid"], ["khalid", "bin", "hamad"]) == ["khalid"]
    assert rules._own_name(["bin", "hamad"], ["khalid", "bin", "hamad"]) == ["khalid", "bin", "hamad"]
    assert rules._own_name(["reed"], ["tom", "reed"]) == ["tom", "reed"]


# --- a clock's label after a time; a firm named by a country's web address ---

def test_a_clocks_label_after_a_time_is_no_body_nor_office(extract) -> None:
    record = extract("Results will be announced at 5pm GMT on Friday.", published=PUBLISHED)
    assert entity_with_mention(record, "pm") is None and entity_with_mention(record, "GMT") is None


def test_a_name_with_a_countrys_web_ending_is_a_body(extract) -> None:
    record = extract("Zentor.cn was fined by regulators on Monday.", published=PUBLISHED)
    body = entity_with_mention(record, "Zentor.cn")
    assert body is not None and body.type == "ORG"


# --- bands named "the <Plural>" in a list; a person's name with a headline's possessive ---

def test_bands_named_the_plural_listed_with_a_tagged_band_are_bodies(extract) -> None:
    record = extract("She toured with the Silver Foxes, the Lost Boys and the Night Owls.", published=PUBLISHED)
    assert all(_names(record).get(n) == "ORG" for n in ("Silver Foxes", "Lost Boys", "Night Owls"))


def test_countries_listed_with_the_stay_places(extract) -> None:
    record = extract("The United States and the Philippines signed the deal with the Netherlands.", published=PUBLISHED)
    assert _names(record).get("Philippines") == "GPE" and _names(record).get("Netherlands") == "GPE"


def test_a_headline_possessive_is_no_part_of_the_persons_name(extract) -> None:
    record = extract("Tom Reed's Long Journey Home\n\nTom Reed walked 900 miles. Reed said he was tired.",
                     published=PUBLISHED)
    reed = entity_with_mention(record, "Tom Reed")
    assert reed is not None and reed.type == "PERSON" and reed.name == "Tom Reed"
    assert entity_with_mention(record, "Tom Reed", 2) is reed
    assert all(not m.text.endswith("'s") for m in reed.mentions)


# --- a body named like a country: a plural verb, a body's noun before it ---

def test_a_country_name_after_a_chains_noun_and_with_a_plural_verb_is_a_body(extract) -> None:
    record = extract("Supermarket chain Bolivia have announced 200 new jobs. Bolivia's profits rose by 5%.",
                     published=PUBLISHED)
    body = entity_with_mention(record, "Bolivia")
    assert body is not None and body.type == "ORG"
    assert entity_with_mention(record, "Bolivia", 2) is body


@pytest.mark.parametrize("text, place", [
    ("Britain and France have agreed a deal.", "France"),
    ("The Netherlands have won the match.", "Netherlands"),
    ("Bolivia has announced new mining rules, the government said.", "Bolivia"),
    ("Ministers in Bolivia have announced new rules.", "Bolivia"),
])
def test_a_country_in_the_singular_joined_or_plural_in_form_stays_a_place(extract, text, place) -> None:
    assert _names(extract(text, published=PUBLISHED)).get(place) == "GPE"
