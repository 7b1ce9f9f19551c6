"""``the incumbent`` in a sentence about a contest between two people named there is the one of them
the office holders' table gives an office in the contest's year; none (or two): no link. Hand-built
Docs of sentences written for these tests."""

from __future__ import annotations


def rows(year: str, first: tuple[str, str]):
    # In the <year> race between <first> and Tom Reed , which the incumbent won , turnout fell .
    return [
        ('In', 'IN', 'ADP', 20, 'prep', 'O', True),
        ('the', 'DT', 'DET', 3, 'det', 'O', False),
        (year, 'CD', 'NUM', 3, 'nummod', 'B-DATE', False),
        ('race', 'NN', 'NOUN', 0, 'pobj', 'O', False),
        ('between', 'IN', 'ADP', 3, 'prep', 'O', False),
        (first[0], 'NNP', 'PROPN', 6, 'compound', 'B-PERSON', False),
        (first[1], 'NNP', 'PROPN', 4, 'pobj', 'I-PERSON', False),
        ('and', 'CC', 'CCONJ', 6, 'cc', 'O', False),
        ('Tom', 'NNP', 'PROPN', 9, 'compound', 'B-PERSON', False),
        ('Reed', 'NNP', 'PROPN', 6, 'conj', 'I-PERSON', False),
        (',', ',', 'PUNCT', 6, 'punct', 'O', False),
        ('which', 'WDT', 'PRON', 14, 'dobj', 'O', False),
        ('the', 'DT', 'DET', 13, 'det', 'O', False),
        ('incumbent', 'NN', 'NOUN', 14, 'nsubj', 'O', False),
        ('won', 'VBD', 'VERB', 6, 'relcl', 'O', False),
        (',', ',', 'PUNCT', 20, 'punct', 'O', False),
        ('turnout', 'NN', 'NOUN', 17, 'nsubj', 'O', False),
        ('fell', 'VBD', 'VERB', 17, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 17, 'punct', 'O', False),
    ]


def _fix(rows_):
    # the root is "fell" (17): point the opening preposition and the comma at it
    return [(w, t, p, 17 if h == 20 else h, d, e, s) for w, t, p, h, d, e, s in rows_]


def test_incumbent_is_the_office_holder_of_that_year(stage_entities):
    ents = stage_entities(_fix(rows("1996", ("Bill", "Clinton"))))
    assert "the incumbent" in [m.text for m in ents["Bill Clinton"].mentions]
    assert "the incumbent" not in [m.text for m in ents["Tom Reed"].mentions]


def test_no_office_holder_that_year_no_link(stage_entities):
    ents = stage_entities(_fix(rows("2005", ("Bill", "Clinton"))))
    assert all("the incumbent" not in [m.text for m in e.mentions] for e in ents.values())


def test_two_unknown_people_no_guess(stage_entities):
    ents = stage_entities(_fix(rows("1996", ("Ann", "Lee"))))
    assert all("the incumbent" not in [m.text for m in e.mentions] for e in ents.values())
