"""A person the article names by the family name alone throughout, whose family name is that of one office
holder of the story's country in the shipped table, is of that country (branch short39, issue 15; sentences of
our own; the surname is drawn from the table, not from any text)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary, normalise_name


def _unique_us_family_name() -> str:
    ad = actor_dictionary()
    for holder in ad.holders:
        family = holder.name.split()[-1]
        if holder.country == "USA" and family.isalpha() and len(family) > 3 \
                and len({normalise_name(h.name) for h in ad.holders_of_family_name(family)}) == 1 \
                and not ad.country_of(family) and not ad.organisation(family) \
                and normalise_name(family) not in ad.holders_by_name:  # not known by the bare name already
            return family
    raise AssertionError("no unique US family name in leaders.tsv")


STORY = ("Voters in Ohio and Iowa lined up early on Tuesday. Turnout in Des Moines was high, officials in Iowa said. "
         "\"I like {name},\" said a voter in Cedar Rapids, Iowa, who backed the senator last year.")


def _person(record, name: str):
    return next((e for e in record.entities if e.name == name), None)


def test_a_public_figure_named_by_the_surname_alone_takes_the_story_country(extract) -> None:
    name = _unique_us_family_name()
    person = _person(extract(STORY.format(name=name), published="2019-04-02"), name)
    assert person is not None and person.country == "USA"


def test_a_surname_no_office_holder_bears_stays_uncoded(extract) -> None:
    # negative: a made-up family name: nobody of the table, no code
    person = _person(extract(STORY.format(name="Quarvell"), published="2019-04-02"), "Quarvell")
    assert person is None or person.country is None


def test_a_person_named_in_full_is_not_read_by_the_rule(extract) -> None:
    # negative: the table's family name after a given name it does not hold ("Dana <Surname>"): a private person
    name = _unique_us_family_name()
    text = STORY.format(name=f"Dana {name}")
    person = _person(extract(text, published="2019-04-02"), f"Dana {name}")
    assert person is None or person.country is None
