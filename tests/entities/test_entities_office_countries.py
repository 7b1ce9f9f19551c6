"""Offices that carry a country (issue 15, brief s13-ents2): a national office whose title names
no country is the country's whose office it is (roles.tsv ``country``: ``Treasury Secretary``,
``the secretary of the Treasury``, ``Home Secretary``); an office of a state or province
(``the Utah senator``) links to the one untitled person named before who fits; a first lady by
apposition takes the story's country as by title; ``Senator X of <state>``; and ``Secretary of
State X`` tagged ``State X``. Sentences of our own; hand-built Docs where the rule reads a parse."""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start), heads absolute
PUBLISHED = "2025-09-10"

SENATOR = [("The", "DT", "DET", 2, "det", "O", True), ("Utah", "NNP", "PROPN", 2, "compound", "B-GPE", False),
           ("senator", "NN", "NOUN", 3, "nsubj", "O", False), ("voted", "VBD", "VERB", 3, "ROOT", "O", False),
           (".", ".", "PUNCT", 3, "punct", "O", False)]


def _shift(rows, by):
    return [(w, t, p, h + by, d, e, s) for w, t, p, h, d, e, s in rows]


def _mentions(entity):
    return [m.text for m in entity.mentions]


def test_a_state_office_links_to_the_one_untitled_person_named_before(stage_entities):
    # "Tom Vane spoke. The Utah senator voted."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Vane", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows + _shift(SENATOR, 4))
    vane = found["Tom Vane"]
    assert "The Utah senator" in _mentions(vane)
    assert vane.country == "USA" and "LEG" in vane.sector


def test_a_state_office_with_two_people_named_before_links_to_neither(stage_entities):
    # "Tom Vane and Ann Rudd spoke. The Utah senator voted."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Vane", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False),
            ("and", "CC", "CCONJ", 1, "cc", "O", False), ("Ann", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
            ("Rudd", "NNP", "PROPN", 1, "conj", "I-PERSON", False), ("spoke", "VBD", "VERB", 5, "ROOT", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O", False)]
    found = stage_entities(rows + _shift(SENATOR, 7))
    assert "The Utah senator" not in _mentions(found["Tom Vane"]) + _mentions(found["Ann Rudd"])
    assert found["Tom Vane"].country is None and found["Ann Rudd"].country is None


def test_secretary_of_state_tagged_with_the_name_is_a_title(stage_entities):
    # "Secretary of State Tom Vane spoke." with "State Tom Vane" tagged a body
    rows = [("Secretary", "NNP", "PROPN", 5, "nsubj", "O", True), ("of", "IN", "ADP", 0, "prep", "O", False),
            ("State", "NNP", "PROPN", 4, "compound", "B-ORG", False), ("Tom", "NNP", "PROPN", 4, "compound", "I-ORG", False),
            ("Vane", "NNP", "PROPN", 1, "pobj", "I-ORG", False), ("spoke", "VBD", "VERB", 5, "ROOT", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O", False)]
    vane = stage_entities(rows)["Tom Vane"]
    assert vane.type == "PERSON" and vane.country == "USA" and "GOV" in vane.sector


def _person(record, name):
    found = [e for e in record.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type, e.country) for e in record.entities]
    return found[0]


def test_a_national_office_with_no_country_word_is_its_countrys_abroad(extract):
    record = extract("Treasury Secretary Ada Quill held talks in Beijing on Monday. Quill said the talks went well.",
                     published=PUBLISHED)
    assert _person(record, "Ada Quill").country == "USA"
    record = extract("Home Secretary Ada Quill visited a port in Normandy on Monday. Quill met French officers.",
                     published=PUBLISHED)
    assert _person(record, "Ada Quill").country == "GBR"


def test_a_country_word_wins_over_the_office_country(extract):
    record = extract("Indian Home Secretary Ravi Menon met officials in Delhi on Monday.", published=PUBLISHED)
    assert _person(record, "Ravi Menon").country == "IND"


def test_the_secretary_of_the_treasury_by_apposition(extract):
    record = extract("The secretary of the Treasury, Ada Quill, landed in Seoul on Monday. Quill met bankers.",
                     published=PUBLISHED)
    quill = _person(record, "Ada Quill")
    assert quill.country == "USA" and "The secretary of the Treasury" in _mentions(quill)


def test_a_first_lady_by_apposition_takes_the_story_country(extract):
    record = extract("The first lady, Ada Quill, opened a clinic in Denver on Monday. Quill thanked the nurses.",
                     published=PUBLISHED)
    assert _person(record, "Ada Quill").country == "USA"


def test_a_senator_of_a_state_takes_its_country(extract):
    record = extract("Senator Ada Quill of Nebraska voted for the bill on Monday.", published=PUBLISHED)
    assert _person(record, "Ada Quill").country == "USA"
