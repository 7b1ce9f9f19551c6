"""Names the model tags with what is around them (hand-built Docs, so the rules are tested and not
what the statistical model makes of a sentence):

- a nationality or occupation noun glued to a name tagged as a body (``Frenchman Lucien Dupont``)
  or to a person (``MVP Tom Banks``) says what the person is, and no part of the name;
- ``the Aston Martin of Tom Walker`` tagged as one body is a team's (or car's) name and a person;
- a description by age that gives a nationality (``the 30-year-old Czech driver``) gives it to the
  one person it is linked to, so that ``the Czech`` after it is that person too;
- a plural nationality noun before a title (``Mexicans manager``) is a club's name, no nationality;
- ``the Denver Indians`` where the model tagged the town alone is a club, the town's.
"""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _glued(first: str, tag: str, pos: str, given: str, family: str) -> list[Row]:
    """"Earlier , FIRST GIVEN FAMILY crashed ." with the three words tagged as one body."""
    return [("Earlier", "RBR", "ADV", 5, "advmod", "O", True), (",", ",", "PUNCT", 5, "punct", "O", False),
            (first, tag, pos, 4, "compound", "B-ORG", False), (given, "NNP", "PROPN", 4, "compound", "I-ORG", False),
            (family, "NNP", "PROPN", 5, "nsubj", "I-ORG", False), ("crashed", "VBD", "VERB", 5, "ROOT", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O", False)]


@pytest.mark.parametrize(("first", "tag", "pos", "given", "country"), [
    ("Frenchman", "NNP", "PROPN", "Lucien", "FRA"),    # a nationality noun, a given name the tables lack
    ("Spaniard", "NNP", "PROPN", "Thomas", "ESP"),
    ("German", "JJ", "ADJ", "Thomas", "DEU"),          # an adjective: only before a known given name
])
def test_a_nationality_before_a_name_tagged_as_a_body_is_the_person_s(stage_entities, first, tag, pos, given, country) -> None:
    found = stage_entities(_glued(first, tag, pos, given, "Dupont"))
    person = found[f"{given} Dupont"]
    assert person.type == "PERSON" and person.country == country
    assert not any(first in name for name in found)


def test_an_adjective_before_words_that_are_no_given_name_keeps_the_body(stage_entities) -> None:
    rows: list[Row] = [("The", "DT", "DET", 3, "det", "O", True), ("German", "JJ", "ADJ", 3, "amod", "B-ORG", False),
                       ("Football", "NNP", "PROPN", 3, "compound", "I-ORG", False),
                       ("Association", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
                       ("fined", "VBD", "VERB", 4, "ROOT", "O", False), ("Banks", "NNP", "PROPN", 4, "dobj", "B-PERSON", False),
                       (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["German Football Association"].type == "ORG"
    assert "Football Association" not in found


def test_an_award_abbreviation_glued_to_a_person_is_a_title(stage_entities) -> None:
    # "Then MVP Tom Banks doubled ." with "MVP Tom Banks" tagged as one person
    rows: list[Row] = [("Then", "RB", "ADV", 4, "advmod", "O", True), ("MVP", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
                       ("Tom", "NNP", "PROPN", 3, "compound", "I-PERSON", False),
                       ("Banks", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
                       ("doubled", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Tom Banks" in found and not any("MVP" in name for name in found)


def _owned(owner: list[str], person: list[str], role_of_owner: str = "compound") -> list[Row]:
    """"The OWNER... of PERSON... stopped ." tagged as one body."""
    rows: list[Row] = [("The", "DT", "DET", len(owner), "det", "B-ORG", True)]
    for k, word in enumerate(owner):
        last = k == len(owner) - 1
        rows.append((word, "NNP", "PROPN", len(owner) + len(person) + 2 if last else len(owner),
                     "nsubj" if last else role_of_owner, "I-ORG", False))
    of = len(rows)
    rows.append(("of", "IN", "ADP", of - 1, "prep", "I-ORG", False))
    for k, word in enumerate(person):
        last = k == len(person) - 1
        rows.append((word, "NNP", "PROPN", of if last else of + len(person), "pobj" if last else "compound", "I-ORG", False))
    verb = len(rows)
    rows += [("stopped", "VBD", "VERB", verb, "ROOT", "O", False), (".", ".", "PUNCT", verb, "punct", "O", False)]
    return rows


def test_a_team_of_a_named_person_is_two_names(stage_entities) -> None:
    found = stage_entities(_owned(["Aston", "Martin"], ["Tom", "Walker"]))
    assert found["Tom Walker"].type == "PERSON"
    assert found["Aston Martin"].type == "ORG"
    assert not any("of" in name.split() for name in found)


def test_an_institution_named_after_a_person_stays_one_body(stage_entities) -> None:
    found = stage_entities(_owned(["University"], ["Mary", "Hale"]))
    assert "University of Mary Hale" in found and "Mary Hale" not in found


def _novak_story(second_person: bool) -> list[Row]:
    """"Jan Novak [and Tom Banks] crashed . The 30 - year - old Czech driver fell . The Czech was unhurt ."."""
    rows: list[Row] = [("Jan", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       ("Novak", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False)]
    if second_person:
        rows = [("Jan", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                ("Novak", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False), ("and", "CC", "CCONJ", 1, "cc", "O", False),
                ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
                ("Banks", "NNP", "PROPN", 1, "conj", "I-PERSON", False)]
    n = len(rows)
    rows += [("crashed", "VBD", "VERB", n, "ROOT", "O", False), (".", ".", "PUNCT", n, "punct", "O", False)]
    s = len(rows)  # "The 30 - year - old Czech driver fell ."
    rows += [("The", "DT", "DET", s + 7, "det", "O", True), ("30", "CD", "NUM", s + 3, "nummod", "O", False),
             ("-", "HYPH", "PUNCT", s + 3, "punct", "O", False), ("year", "NN", "NOUN", s + 5, "npadvmod", "O", False),
             ("-", "HYPH", "PUNCT", s + 5, "punct", "O", False), ("old", "JJ", "ADJ", s + 7, "amod", "O", False),
             ("Czech", "JJ", "ADJ", s + 7, "amod", "B-NORP", False), ("driver", "NN", "NOUN", s + 8, "nsubj", "O", False),
             ("fell", "VBD", "VERB", s + 8, "ROOT", "O", False), (".", ".", "PUNCT", s + 8, "punct", "O", False)]
    t = len(rows)  # "The Czech was unhurt ."
    rows += [("The", "DT", "DET", t + 1, "det", "O", True), ("Czech", "NNP", "PROPN", t + 2, "nsubj", "B-NORP", False),
             ("was", "VBD", "AUX", t + 2, "ROOT", "O", False), ("unhurt", "JJ", "ADJ", t + 2, "acomp", "O", False),
             (".", ".", "PUNCT", t + 2, "punct", "O", False)]
    return rows


def test_a_nationality_given_by_an_age_description_names_the_person_later(stage_entities) -> None:
    novak = stage_entities(_novak_story(second_person=False))["Jan Novak"]
    assert novak.country == "CZE"
    assert [m.text for m in novak.mentions] == ["Jan Novak", "The 30 - year - old Czech driver", "The Czech"]


def test_with_two_candidates_neither_description_is_linked(stage_entities) -> None:
    found = stage_entities(_novak_story(second_person=True))
    for name in ("Jan Novak", "Tom Banks"):
        assert [m.text for m in found[name].mentions] == [name]
        assert found[name].country is None


@pytest.mark.parametrize(("word", "tag", "pos", "dep", "country"), [
    ("Mexicans", "NNPS", "PROPN", "compound", None),   # a club ("the Mexicans"), no nationality
    ("Mexican", "JJ", "ADJ", "amod", "MEX"),
])
def test_a_plural_nationality_before_a_title_is_a_club_not_a_country(stage_entities, word, tag, pos, dep, country) -> None:
    rows: list[Row] = [(word, tag, pos, 1, dep, "B-NORP", True), ("manager", "NN", "NOUN", 3, "compound", "O", False),
                       ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
                       ("Reed", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
                       ("resigned", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False)]
    assert stage_entities(rows)["Tom Reed"].country == country


def test_a_town_and_a_plural_nationality_after_the_is_the_town_s_club(stage_entities) -> None:
    # "Fans cheered as the Denver Indians lost ." with the model's span on "Denver" alone
    rows: list[Row] = [("Fans", "NNS", "NOUN", 1, "nsubj", "O", True), ("cheered", "VBD", "VERB", 1, "ROOT", "O", False),
                       ("as", "IN", "SCONJ", 6, "mark", "O", False), ("the", "DT", "DET", 5, "det", "O", False),
                       ("Denver", "NNP", "PROPN", 5, "compound", "B-GPE", False),
                       ("Indians", "NNPS", "PROPN", 6, "nsubj", "O", False), ("lost", "VBD", "VERB", 1, "advcl", "O", False),
                       (".", ".", "PUNCT", 1, "punct", "O", False)]
    club = stage_entities(rows)["Denver Indians"]
    assert club.type == "ORG" and club.country == "USA"


def test_a_nationality_living_in_a_town_is_no_club(stage_entities) -> None:
    # "Many Indians live in Denver ." : no "the" before a town right before the nationality
    rows: list[Row] = [("Many", "JJ", "ADJ", 1, "amod", "O", True), ("Indians", "NNPS", "PROPN", 2, "nsubj", "B-NORP", False),
                       ("live", "VBP", "VERB", 2, "ROOT", "O", False), ("in", "IN", "ADP", 2, "prep", "O", False),
                       ("Denver", "NNP", "PROPN", 3, "pobj", "B-GPE", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert not any("Denver" in name and "Indians" in name for name in stage_entities(rows))


@pytest.mark.parametrize(("before", "after", "person"), [
    ("the", None, True),             # "Fans honoured the late Ernie Banks ."
    ("his", None, True),
    ("a", None, False),              # "a late Ernie Banks": no one's death is told
    ("the", "payment", False),       # "the late Ernie Banks payment": the name modifies a noun
])
def test_the_late_before_a_name_tagged_as_a_body_is_a_person(stage_entities, before, after, person) -> None:
    rows: list[Row] = [("Fans", "NNS", "NOUN", 1, "nsubj", "O", True), ("honoured", "VBD", "VERB", 1, "ROOT", "O", False),
                       (before, "PRP$" if before == "his" else "DT", "DET", 5, "det", "O", False),
                       ("late", "JJ", "ADJ", 5, "amod", "O", False),
                       ("Ernie", "NNP", "PROPN", 5, "compound", "B-ORG", False),
                       ("Banks", "NNP", "PROPN", 1, "dobj", "I-ORG", False)]
    if after:
        rows[-1] = ("Banks", "NNP", "PROPN", 6, "compound", "I-ORG", False)
        rows.append((after, "NN", "NOUN", 1, "dobj", "O", False))
    rows.append((".", ".", "PUNCT", 1, "punct", "O", False))
    found = stage_entities(rows)
    assert (found["Ernie Banks"].type == "PERSON") is person


@pytest.mark.parametrize(("bracketed", "antecedent"), [(True, "Tom Banks"), (False, "Bill Cole")])
def test_a_name_in_square_brackets_is_no_antecedent_outside_them(stage_entities, bracketed, antecedent) -> None:
    # "Tom Banks pitched . [ Bill Cole won . ] Then he pitched ." : the bracketed sentence is a
    # link to another story; without the brackets the nearer subject is the antecedent
    rows: list[Row] = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       ("Banks", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
                       ("pitched", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
                       ("[" if bracketed else "-", "-LRB-", "PUNCT", 7, "punct", "O", True),
                       ("Bill", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
                       ("Cole", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
                       ("won", "VBD", "VERB", 7, "ROOT", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False),
                       ("]" if bracketed else "-", "-RRB-", "PUNCT", 7, "punct", "O", False),
                       ("Then", "RB", "ADV", 12, "advmod", "O", True), ("he", "PRP", "PRON", 12, "nsubj", "O", False),
                       ("pitched", "VBD", "VERB", 12, "ROOT", "O", False), (".", ".", "PUNCT", 12, "punct", "O", False)]
    found = stage_entities(rows)
    assert "he" in [m.text for m in found[antecedent].mentions]
