"""A person named only as someone's relative, with no country of their own, shares the relative's
country; a possessive pronoun counts only when its sentence names the relative before it (ents42).
Sentences written for these tests."""

from entity_lookup import entity_of

PUBLISHED = "2016-02-10"


def test_relative_takes_the_country_of_the_person_named_in_the_sentence(extract):
    record = extract("Campaign trail\n\nSenator Ann Delacroix of Ohio won the primary on Tuesday, and her husband, "
                     "Tom, cheered from the stage.\n", published=PUBLISHED)
    husband = entity_of(record.entities, "Tom")
    assert husband is not None and husband.country == "USA"


def test_pronoun_opening_a_sentence_gives_no_relative_a_country(extract):
    record = extract("Campaign trail\n\nSenator Ann Delacroix of Ohio visited a clinic on Tuesday. A baby there needs care.\n\n"
                     "Her parents, Tom Brackley and Lisa Brackley, asked for help.\n", published=PUBLISHED)
    father = entity_of(record.entities, "Tom Brackley")
    assert father is None or father.country is None
