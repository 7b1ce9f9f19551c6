"""A gendered pronoun stands for a person: never for a firm whose name the model tagged as a
person's, nor for a thing described by an agent noun (hand-built Docs where the rule is lexical)."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


@pytest.fixture(scope="module")
def resolve(resolve_row_entities):
    """resolve(rows) -> {entity name: (type, [mention texts])}."""
    nouns = {"record", "bank"}  # the common nouns the model's lemmatizer would know
    return lambda rows: {name: (e.type, [m.text for m in e.mentions])
                         for name, e in resolve_row_entities(rows, nouns=nouns).items()}


def _firm_sued(first: int) -> list[Row]:
    """"Sunburst Records sued . She lost ." from token ``first`` on, "Sunburst Records" tagged PERSON."""
    return [("Sunburst", "NNP", "PROPN", first + 1, "compound", "B-PERSON", True),
            ("Records", "NNPS", "PROPN", first + 2, "nsubj", "I-PERSON", False),
            ("sued", "VBD", "VERB", first + 2, "ROOT", "O", False), (".", ".", "PUNCT", first + 2, "punct", "O", False),
            ("She", "PRP", "PRON", first + 5, "nsubj", "O", True), ("lost", "VBD", "VERB", first + 5, "ROOT", "O", False),
            (".", ".", "PUNCT", first + 5, "punct", "O", False)]


def test_a_name_ending_in_a_plural_noun_is_a_firm_and_no_she(resolve):
    found = resolve(_firm_sued(0))
    assert found["Sunburst Records"] == ("ORG", ["Sunburst Records"])
    assert not any("She" in mentions for _, mentions in found.values())


def test_she_after_a_firm_goes_to_the_earlier_woman(resolve):
    rows: list[Row] = [("Mary", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
                       ("sang", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = resolve(rows + _firm_sued(4))
    assert found["Sunburst Records"][0] == "ORG"
    assert found["Mary Cole"] == ("PERSON", ["Mary Cole", "She"])


@pytest.mark.parametrize(("given", "family"), [("Tom", "Banks"), ("Rui", "Guterres")])
def test_a_person_whose_family_name_ends_in_s_keeps_his_pronoun(resolve, given, family):
    # "Tom": a known given name; "Guterres": no plural of a common noun (tagged NNPS all the same)
    rows: list[Row] = [(given, "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       (family, "NNPS", "PROPN", 2, "nsubj", "I-PERSON", False),
                       ("sued", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
                       ("He", "PRP", "PRON", 5, "nsubj", "O", True), ("lost", "VBD", "VERB", 5, "ROOT", "O", False),
                       (".", ".", "PUNCT", 5, "punct", "O", False)]
    assert resolve(rows)[f"{given} {family}"] == ("PERSON", [f"{given} {family}", "He"])


def test_a_settlement_is_no_person_for_she(extract):
    rec = extract("The family of the singer came to an undisclosed settlement in 2003. "
                  "She and eight others were killed on the plane.", published="2005-01-01")
    for entity in rec.entities:
        assert "settlement" not in entity.name or entity.type != "PERSON"
        if any(m.text == "She" for m in entity.mentions):
            assert entity.type == "PERSON" and "settlement" not in entity.name


def test_a_plural_noun_after_an_honorific_elsewhere_is_a_family_name(resolve):
    rows: list[Row] = [("Ed", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       ("Banks", "NNPS", "PROPN", 2, "nsubj", "I-PERSON", False),
                       ("sued", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
                       ("Mr", "NNP", "PROPN", 5, "compound", "O", True),
                       ("Banks", "NNP", "PROPN", 6, "nsubj", "B-PERSON", False),
                       ("lost", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False)]
    found = resolve(rows)
    assert all(kind == "PERSON" for kind, _ in found.values()) and found
