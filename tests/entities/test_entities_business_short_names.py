"""A business named in full with its legal tail (``Brellix Integrated Services Ltd``) and again by the
start of that name (``Brellix Integrated was set up``, ``Brellix's office``): one body, whatever the
model tagged the shorter names (a person, nothing, a place). Sentences of our own, hand-built parses."""

from __future__ import annotations


def _rows(second_ent: str, first_word: str = "Brellix") -> list[tuple]:
    """``<first_word> Integrated Services Ltd runs it . <first_word> Integrated was set up . <first_word> 's
    office closed .`` with the second name tagged ``second_ent`` (B-/I- added; "O" for none)."""
    tag = (lambda k: "O") if second_ent == "O" else (lambda k: ("B-" if k == 0 else "I-") + second_ent)
    return [(first_word, "NNP", "PROPN", 3, "compound", "B-ORG", True),
            ("Integrated", "NNP", "PROPN", 3, "compound", "I-ORG", False),
            ("Services", "NNP", "PROPN", 3, "compound", "I-ORG", False),
            ("Ltd", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
            ("runs", "VBZ", "VERB", 4, "ROOT", "O", False), ("it", "PRP", "PRON", 4, "dobj", "O", False),
            (".", ".", "PUNCT", 4, "punct", "O", False),
            (first_word, "NNP", "PROPN", 8, "compound", tag(0), True),
            ("Integrated", "NNP", "PROPN", 10, "nsubjpass", tag(1), False),
            ("was", "VBD", "AUX", 10, "auxpass", "O", False), ("set", "VBN", "VERB", 10, "ROOT", "O", False),
            ("up", "RP", "ADP", 10, "prt", "O", False), (".", ".", "PUNCT", 10, "punct", "O", False),
            (first_word, "NNP", "PROPN", 15, "poss", "B-GPE", True), ("'s", "POS", "PART", 13, "case", "O", False),
            ("office", "NN", "NOUN", 16, "nsubj", "O", False), ("closed", "VBD", "VERB", 16, "ROOT", "O", False),
            (".", ".", "PUNCT", 16, "punct", "O", False)]


def _mentions(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def test_the_start_of_a_firm_s_name_tagged_a_person_is_the_firm(stage_entities) -> None:
    found = stage_entities(_rows("PERSON"))
    assert _mentions(found, "Brellix Integrated Services Ltd").count("Brellix Integrated") == 1
    assert "Brellix" in _mentions(found, "Brellix Integrated Services Ltd")
    assert not any(e.type == "PERSON" for e in found.values())


def test_the_start_of_a_firm_s_name_left_untagged_is_the_firm(stage_entities) -> None:
    found = stage_entities(_rows("O"))
    assert "Brellix Integrated" in _mentions(found, "Brellix Integrated Services Ltd")


def test_the_start_of_a_firm_s_name_tagged_a_body_joins_it_with_its_possessive(stage_entities) -> None:
    # the two names (the full one and the start of it) are one body, so the possessive short name is theirs
    found = stage_entities(_rows("ORG"))
    firm = next(e for e in found.values() if e.name.startswith("Brellix Integrated"))
    assert {"Brellix Integrated", "Brellix"} <= {m.text for m in firm.mentions}


def test_a_given_name_opening_a_firm_s_name_stays_a_person(stage_entities) -> None:
    # "Tom Integrated" beside "Tom Integrated Services Ltd": a known given name may open a person's name
    found = stage_entities(_rows("PERSON", first_word="Tom"))
    assert any(e.type == "PERSON" for e in found.values())
