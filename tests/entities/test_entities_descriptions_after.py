"""Descriptions that name a body's or a person's country or kind away from the name (issues 14/15):
after the name (`Acme, the Italian car maker,`, `Acme is a Japanese firm`), in a later sentence
(`The Dutch retailer said`, one candidate only), shared by names joined by "and" (`US firms Acme
and Zenco`), and kind nouns for one described person (`the comic` for a comedian). Sentences of
our own; hand-built Docs where the rule reads a parse."""

from __future__ import annotations

import pytest

from newsevents.actors import load_actor_dictionary

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]
PUBLISHED = "2005-01-01"
BE = {"is": "be", "was": "be"}


@pytest.fixture(scope="module")
def resolve(resolve_row_entities):
    """resolve(rows) -> {entity name: Entity}: the entity stage alone over a hand-built Doc, ``is``/``was``: ``be``."""
    return lambda rows: resolve_row_entities(rows, lemma_of=BE)


def entity(record, name):
    found = [e for e in record.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type, e.country) for e in record.entities]
    return found[0]


# --- 1. a description after the name ------------------------------------------------------------

def _predicate(negated: bool) -> list[Row]:
    """"Harland Foods is (not) a Dutch retailer ." with an explicit parse."""
    rows: list[Row] = [
        ("Harland", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Foods", "NNPS", "PROPN", 2, "nsubj", "I-ORG", False),
        ("is", "VBZ", "AUX", 2, "ROOT", "O", False)]
    if negated:
        rows.append(("not", "RB", "PART", 2, "neg", "O", False))
    n = len(rows)
    rows += [("a", "DT", "DET", n + 2, "det", "O", False), ("Dutch", "JJ", "ADJ", n + 2, "amod", "B-NORP", False),
             ("retailer", "NN", "NOUN", 2, "attr", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    return rows


def test_a_predicate_nominal_gives_the_named_body_its_country_and_sector(resolve):
    firm = resolve(_predicate(negated=False))["Harland Foods"]
    assert firm.type == "ORG" and firm.country == "NLD" and firm.sector == ["BUS"]
    assert [m.text for m in firm.mentions] == ["Harland Foods"]  # the predicate is no mention


def test_a_negated_predicate_gives_nothing(resolve):
    firm = resolve(_predicate(negated=True))["Harland Foods"]
    assert firm.country is None and firm.sector == []


def test_a_definite_apposition_after_the_name_is_a_mention_with_its_country(extract):
    record = extract("Northgate Motors, the only major Japanese car firm without a partner, is in talks with Renfield.",
                     published=PUBLISHED)
    firm = entity(record, "Northgate Motors")
    assert firm.country == "JPN" and firm.sector == ["BUS"]
    assert any("Japanese car firm" in m.text for m in firm.mentions)


def test_an_indefinite_apposition_gives_the_country(extract):
    record = extract("Northgate Motors, a Japanese car firm, is in talks with Renfield Group.", published=PUBLISHED)
    assert entity(record, "Northgate Motors").country == "JPN"


def test_a_compound_body_noun_from_the_field_dictionary_is_a_body_not_a_person():
    # Phoenix lists "car maker" with no kind; its head "maker" is a body's noun in roles.tsv
    role = load_actor_dictionary().role("car maker")
    assert role is not None and role.kind == "org" and role.sector == "BUS"


def test_a_later_definite_description_is_the_one_body_named_before(extract):
    record = extract("Shares in Harland Foods fell on Monday. The Dutch retailer said sales had slumped.",
                     published=PUBLISHED)
    firm = entity(record, "Harland Foods")
    assert firm.country == "NLD" and "Dutch retailer" in [m.text for m in firm.mentions]


def test_two_bodies_before_a_later_description_link_nothing(extract):
    record = extract("Shares in Harland Foods and Northgate Motors fell on Monday. The Dutch retailer said sales "
                     "had slumped.", published=PUBLISHED)
    assert entity(record, "Harland Foods").country is None
    assert entity(record, "Northgate Motors").country is None


def test_a_later_description_of_another_country_is_another_body(extract):
    record = extract("Shares in German retailer Harland Foods fell on Monday. The Dutch retailer said sales had "
                     "slumped.", published=PUBLISHED)
    firm = entity(record, "Harland Foods")
    assert firm.country == "DEU" and not any("Dutch" in m.text for m in firm.mentions)


# --- 2. one description, names joined by "and" --------------------------------------------------

def test_a_plural_description_gives_each_body_its_country(extract):
    record = extract("US firms Harland Foods and Northgate Motors agreed to merge.", published=PUBLISHED)
    for name in ("Harland Foods", "Northgate Motors"):
        firm = entity(record, name)
        assert firm.type == "ORG" and firm.country == "USA" and firm.sector == ["BUS"], name
        assert "US firms" in [m.text for m in firm.mentions], name  # the description is a mention of each
    agreed = [e for e in record.events if e.trigger.text == "agreed"]
    assert len(agreed) == 1
    assert {p.entity for p in agreed[0].actor} == {entity(record, n).id for n in ("Harland Foods", "Northgate Motors")}


def test_a_singular_description_is_the_first_bodys_only(extract):
    record = extract("US firm Harland Foods and Northgate Motors agreed to merge.", published=PUBLISHED)
    assert entity(record, "Harland Foods").country == "USA"
    assert entity(record, "Northgate Motors").country is None


def _two_men(demonym: str) -> list[Row]:
    """"DEMONYM Sean Dolan and John Carrick objected ." with the model's one-span reading of the
    demonym and the first name as a body."""
    return [
        (demonym, "NNP", "PROPN", 2, "compound", "B-ORG", True), ("Sean", "NNP", "PROPN", 2, "compound", "I-ORG", False),
        ("Dolan", "NNP", "PROPN", 6, "nsubj", "I-ORG", False), ("and", "CC", "CCONJ", 2, "cc", "O", False),
        ("John", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Carrick", "NNP", "PROPN", 2, "conj", "I-PERSON", False),
        ("objected", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False)]


def test_a_plural_nationality_noun_before_two_names_gives_both_their_country(resolve):
    found = resolve(_two_men("Irishmen"))
    assert found["Sean Dolan"].type == "PERSON" and found["Sean Dolan"].country == "IRL"
    assert found["John Carrick"].type == "PERSON" and found["John Carrick"].country == "IRL"


def test_a_singular_nationality_noun_is_the_first_persons_only(resolve):
    found = resolve(_two_men("Irishman"))
    assert found["Sean Dolan"].country == "IRL" and found["John Carrick"].country is None


# --- 4. kind nouns ------------------------------------------------------------------------------

def test_kind_nouns_are_read_from_their_table():
    actors = load_actor_dictionary()
    assert "comedian" in actors.kinds_named("comic") and "singer" in actors.kinds_named("star")
    assert "star" not in actors.kinds_named("singer")  # a star need not sing
    assert actors.person_noun("comic") is not None


def test_the_comic_is_the_one_person_introduced_as_a_comedian(extract):
    record = extract("Comedian Mark Ellis and banker Tom Banks spoke in Leeds. The comic denied the charges.",
                     published=PUBLISHED)
    assert "The comic" in [m.text for m in entity(record, "Mark Ellis").mentions]
    assert "The comic" not in [m.text for m in entity(record, "Tom Banks").mentions]


def test_the_star_is_the_singer_not_the_banker(extract):
    record = extract("Singer Ann Lowry and banker Kate Moran met in Leeds. The star denied the charges.",
                     published=PUBLISHED)
    assert "The star" in [m.text for m in entity(record, "Ann Lowry").mentions]
    assert "The star" not in [m.text for m in entity(record, "Kate Moran").mentions]


def test_two_comedians_leave_the_comic_unlinked(extract):
    record = extract("Comedian Mark Ellis and comedian Tom Banks spoke in Leeds. The comic denied the charges.",
                     published=PUBLISHED)
    for name in ("Mark Ellis", "Tom Banks"):
        assert "The comic" not in [m.text for m in entity(record, name).mentions]


# --- 3. plural anaphors of two or more named parties -------------------------------------------

def mentions(record, name):
    return [m.text for m in entity(record, name).mentions]


def test_both_firms_is_a_mention_of_each_firm_and_both_act(extract):
    record = extract("Harland Foods and Northgate Motors announced a merger on Monday. Both firms asked the "
                     "Sydney stock market to suspend trading.", published=PUBLISHED)
    assert "Both firms" in mentions(record, "Harland Foods") and "Both firms" in mentions(record, "Northgate Motors")
    asked = [e for e in record.events if e.trigger.text == "asked"]
    assert len(asked) == 1
    ids = {entity(record, "Harland Foods").id, entity(record, "Northgate Motors").id}
    assert {p.entity for p in asked[0].actor} == ids


def test_the_two_men_are_the_two_men_just_named(extract):
    record = extract("Tom Reed and Bill Hale met in London. The two men agreed to form a company.", published=PUBLISHED)
    assert "The two men" in mentions(record, "Tom Reed") and "The two men" in mentions(record, "Bill Hale")


def test_the_pair_is_the_two_people_just_named(extract):
    record = extract("Tom Reed and Ann Hale met in London on Monday. The pair agreed to sue the council.",
                     published=PUBLISHED)
    assert "The pair" in mentions(record, "Tom Reed") and "The pair" in mentions(record, "Ann Hale")


def test_three_men_named_before_the_two_men_link_nobody(extract):
    record = extract("Tom Reed, Bill Hale and Sam Cole met in London. The two men attacked the council.",
                     published=PUBLISHED)
    for name in ("Tom Reed", "Bill Hale", "Sam Cole"):
        assert "The two men" not in mentions(record, name)


def test_counting_words_are_read_from_the_table():
    counting = load_actor_dictionary().words.counting_word
    assert counting["both"] == 2 and counting["pair"] == 2 and counting["trio"] == 3


def test_a_later_description_of_a_state_body_is_no_named_body(extract):
    # "the US government" is the state's own body, not the one (American) state agency named before
    record = extract("The Federal Reserve raised its rates on Monday. The US government said it would not "
                     "intervene.", published=PUBLISHED)
    bank = entity(record, "Federal Reserve")
    assert bank.country == "USA" and not any("government" in m.text for m in bank.mentions)


def test_a_later_description_without_a_country_links_nothing(extract):
    # "the regional giant" may be a country as well as the one firm named before
    record = extract("Shares in Harland Foods fell on Monday. The regional giant said sales had slumped.",
                     published=PUBLISHED)
    assert not any("regional" in m.text for m in entity(record, "Harland Foods").mentions)
