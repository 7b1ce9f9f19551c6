"""A legislative chamber's one-word short name that is also a common word (``House``), coordinated
with a body coded LEG (``the Senate and House``), is that legislature's other chamber: LEG and the
partner's country. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations


def rows(first: str, second: str):
    # Reformers lost seats in the U.S. <first> and <second> .
    return [
        ('Reformers', 'NNS', 'NOUN', 1, 'nsubj', 'O', True),
        ('lost', 'VBD', 'VERB', 1, 'ROOT', 'O', False),
        ('seats', 'NNS', 'NOUN', 1, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 2, 'prep', 'O', False),
        ('the', 'DT', 'DET', 6, 'det', 'O', False),
        ('U.S.', 'NNP', 'PROPN', 6, 'compound', 'B-ORG', False),
        (first, 'NNP', 'PROPN', 3, 'pobj', 'I-ORG', False),
        ('and', 'CC', 'CCONJ', 6, 'cc', 'O', False),
        (second, 'NNP', 'PROPN', 6, 'conj', 'B-ORG', False),
        ('.', '.', 'PUNCT', 1, 'punct', 'O', False),
    ]


def test_house_coordinated_with_the_senate_is_a_chamber(stage_entities):
    ents = stage_entities(rows("Senate", "House"))
    house = ents["House"]
    senate = next(e for name, e in ents.items() if "Senate" in name)
    assert "LEG" in senate.sector and senate.country == "USA"
    assert house.sector == ["LEG"] and house.country == "USA"


def test_house_coordinated_with_no_chamber_stays_uncoded(stage_entities):
    ents = stage_entities(rows("Treasury", "House"))
    assert "LEG" not in ents["House"].sector
