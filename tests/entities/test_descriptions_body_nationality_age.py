"""Body, nationality and age descriptions of brief s16-descs16, each rule tested on sentences of
our own (hand-built Docs for the entity stage), with a negative where two candidates fit:

- a nationality noun says a gender only when it is a country's adjective and ``man``/``woman``
  (``Dutchman``; ``German`` is no man's word): ``The German`` links to a woman of that country;
- ``the 19-year-old Dutchman``: an age description whose head the parser tags a name;
- ``the group`` / ``the organization`` (``description_body_noun``): the one body not a state's named in an
  earlier sentence;
- ``the team`` after a club named by a place and a capitalised plural (``Denver Nuggets``); an
  untagged such name before (``the Chicago Bears``) is a rival side;
- ``Motors``, ``Capital`` end a company's name (``company_word``): ``the firm`` after one.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _mentions(found: dict, name: str) -> list[str]:
    entity = found.get(name)
    return [m.text for m in entity.mentions] if entity is not None else []


def _anyone_has(found: dict, text: str) -> list[str]:
    return [e.name for e in found.values() if text in [m.text for m in e.mentions] and e.name != text]


# "German Lena Vogt won . The German said she was happy ."
GERMAN: list[Row] = [
    ("German", "JJ", "ADJ", 2, "amod", "B-NORP", True), ("Lena", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
    ("Vogt", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("won", "VBD", "VERB", 3, "ROOT", "O", False),
    (".", ".", "PUNCT", 3, "punct", "O", False),
    ("The", "DT", "DET", 6, "det", "O", True), ("German", "NNP", "PROPN", 7, "nsubj", "B-NORP", False),
    ("said", "VBD", "VERB", 7, "ROOT", "O", False), ("she", "PRP", "PRON", 9, "nsubj", "O", False),
    ("was", "VBD", "AUX", 7, "ccomp", "O", False), ("happy", "JJ", "ADJ", 9, "acomp", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]


def test_the_german_is_the_one_german_woman(stage_entities) -> None:
    assert "The German" in _mentions(stage_entities(GERMAN), "Lena Vogt")


def test_two_germans_leave_the_german_unlinked(stage_entities) -> None:
    # "Germans Lena Vogt and Ida Brandt won . The German said she was happy ."
    rows: list[Row] = [
        ("Germans", "NNPS", "PROPN", 3, "compound", "B-NORP", True),
        ("Lena", "NNP", "PROPN", 2, "compound", "B-PERSON", False), ("Vogt", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
        ("and", "CC", "CCONJ", 2, "cc", "O", False), ("Ida", "NNP", "PROPN", 5, "compound", "B-PERSON", False),
        ("Brandt", "NNP", "PROPN", 2, "conj", "I-PERSON", False), ("won", "VBD", "VERB", 6, "ROOT", "O", False),
        (".", ".", "PUNCT", 6, "punct", "O", False),
        ("The", "DT", "DET", 9, "det", "O", True), ("German", "NNP", "PROPN", 10, "nsubj", "B-NORP", False),
        ("said", "VBD", "VERB", 10, "ROOT", "O", False), ("she", "PRP", "PRON", 12, "nsubj", "O", False),
        ("was", "VBD", "AUX", 10, "ccomp", "O", False), ("happy", "JJ", "ADJ", 12, "acomp", "O", False),
        (".", ".", "PUNCT", 10, "punct", "O", False),
    ]
    assert not _anyone_has(stage_entities(rows), "The German")


def _dutchman(second_name: bool) -> list[Row]:
    # "Joris Bakker , 19 , won [and Piet Smit , 19 , lost] . The 19-year-old Dutchman smiled ."
    rows: list[Row] = [
        ("Joris", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Bakker", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False),
        (",", ",", "PUNCT", 1, "punct", "O", False), ("19", "CD", "NUM", 1, "appos", "O", False),
        (",", ",", "PUNCT", 1, "punct", "O", False), ("won", "VBD", "VERB", 5, "ROOT", "O", False),
    ]
    if second_name:
        rows += [
            ("and", "CC", "CCONJ", 5, "cc", "O", False), ("Piet", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
            ("Smit", "NNP", "PROPN", 12, "nsubj", "I-PERSON", False), (",", ",", "PUNCT", 8, "punct", "O", False),
            ("19", "CD", "NUM", 8, "appos", "O", False), (",", ",", "PUNCT", 8, "punct", "O", False),
            ("lost", "VBD", "VERB", 5, "conj", "O", False),
        ]
    n = len(rows)
    rows += [(".", ".", "PUNCT", 5, "punct", "O", False),
             ("The", "DT", "DET", n + 7, "det", "O", True), ("19", "CD", "NUM", n + 4, "nummod", "O", False),
             ("-", "HYPH", "PUNCT", n + 4, "punct", "O", False), ("year", "NN", "NOUN", n + 6, "npadvmod", "O", False),
             ("-", "HYPH", "PUNCT", n + 6, "punct", "O", False), ("old", "JJ", "ADJ", n + 7, "amod", "O", False),
             ("Dutchman", "NNP", "PROPN", n + 8, "nsubj", "B-NORP", False), ("smiled", "VBD", "VERB", n + 8, "ROOT", "O", False),
             (".", ".", "PUNCT", n + 8, "punct", "O", False)]
    return rows


def test_the_aged_dutchman_is_the_one_of_that_age(stage_entities) -> None:
    found = stage_entities(_dutchman(False))
    # hand-built words are joined by spaces: "The 19 - year - old Dutchman"
    assert any(m.startswith("The 19") and m.endswith("Dutchman") for m in _mentions(found, "Joris Bakker"))
    assert found["Joris Bakker"].country == "NLD"


def test_two_of_that_age_leave_the_aged_dutchman_unlinked(stage_entities) -> None:
    found = stage_entities(_dutchman(True))
    assert not any(m.endswith("Dutchman") for e in found.values() if e.type == "PERSON" for m in _mentions(found, e.name))


def _group_rows(two: bool) -> list[Row]:
    # "Harbour Watch [and Sea Shield] protested . The group said fish died ."
    rows: list[Row] = [("Harbour", "NNP", "PROPN", 1, "compound", "B-ORG", True),
                       ("Watch", "NNP", "PROPN", 5 if two else 2, "nsubj", "I-ORG", False)]
    if two:
        rows += [("and", "CC", "CCONJ", 1, "cc", "O", False), ("Sea", "NNP", "PROPN", 4, "compound", "B-ORG", False),
                 ("Shield", "NNP", "PROPN", 1, "conj", "I-ORG", False)]
    v = len(rows)
    rows += [("protested", "VBD", "VERB", v, "ROOT", "O", False), (".", ".", "PUNCT", v, "punct", "O", False),
             ("The", "DT", "DET", v + 3, "det", "O", True), ("group", "NN", "NOUN", v + 4, "nsubj", "O", False),
             ("said", "VBD", "VERB", v + 4, "ROOT", "O", False), ("fish", "NNS", "NOUN", v + 6, "nsubj", "O", False),
             ("died", "VBD", "VERB", v + 4, "ccomp", "O", False), (".", ".", "PUNCT", v + 4, "punct", "O", False)]
    return rows


def test_the_group_is_the_one_body_named_before(stage_entities) -> None:
    assert "The group" in _mentions(stage_entities(_group_rows(False)), "Harbour Watch")


def test_two_bodies_leave_the_group_unlinked(stage_entities) -> None:
    found = stage_entities(_group_rows(True))
    assert "The group" not in _mentions(found, "Harbour Watch") + _mentions(found, "Sea Shield")


def test_a_ministry_is_not_called_the_organization(stage_entities) -> None:
    # "The Ministry of Health spoke . The organization said fish died ."
    rows: list[Row] = [
        ("The", "DT", "DET", 1, "det", "B-ORG", True), ("Ministry", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
        ("of", "IN", "ADP", 1, "prep", "I-ORG", False), ("Health", "NNP", "PROPN", 2, "pobj", "I-ORG", False),
        ("spoke", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
        ("The", "DT", "DET", 7, "det", "O", True), ("organization", "NN", "NOUN", 8, "nsubj", "O", False),
        ("said", "VBD", "VERB", 8, "ROOT", "O", False), ("fish", "NNS", "NOUN", 10, "nsubj", "O", False),
        ("died", "VBD", "VERB", 8, "ccomp", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
    ]
    assert not _anyone_has(stage_entities(rows), "The organization")


def _team_rows(rival: bool) -> list[Row]:
    # "The Denver Nuggets signed Tran [beat the Chicago Bears] . The team confirmed it ."
    rows: list[Row] = [("The", "DT", "DET", 2, "det", "B-ORG", True), ("Denver", "NNP", "PROPN", 2, "compound", "I-ORG", False),
                       ("Nuggets", "NNPS", "PROPN", 3, "nsubj", "I-ORG", False)]
    if rival:
        rows += [("beat", "VBD", "VERB", 3, "ROOT", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
                 ("Chicago", "NNP", "PROPN", 6, "compound", "O", False), ("Bears", "NNP", "PROPN", 3, "dobj", "O", False)]
    else:
        rows += [("signed", "VBD", "VERB", 3, "ROOT", "O", False), ("Tran", "NNP", "PROPN", 3, "dobj", "B-PERSON", False)]
    n = len(rows)
    rows += [(".", ".", "PUNCT", 3, "punct", "O", False),
             ("The", "DT", "DET", n + 2, "det", "O", True), ("team", "NN", "NOUN", n + 3, "nsubj", "O", False),
             ("confirmed", "VBD", "VERB", n + 3, "ROOT", "O", False), ("it", "PRP", "PRON", n + 3, "dobj", "O", False),
             (".", ".", "PUNCT", n + 3, "punct", "O", False)]
    return rows


def test_the_team_is_the_club_named_by_a_place_and_a_plural(stage_entities) -> None:
    assert "The team" in _mentions(stage_entities(_team_rows(False)), "Denver Nuggets")


def test_an_untagged_rival_side_leaves_the_team_unlinked(stage_entities) -> None:
    assert "The team" not in _mentions(stage_entities(_team_rows(True)), "Denver Nuggets")


def _firm_rows(second: bool) -> list[Row]:
    # "Regulators fined Brightwater Capital [and Pelham Motors] . The firm said it would appeal ."
    rows: list[Row] = [("Regulators", "NNS", "NOUN", 1, "nsubj", "O", True), ("fined", "VBD", "VERB", 1, "ROOT", "O", False),
                       ("Brightwater", "NNP", "PROPN", 3, "compound", "B-ORG", False),
                       ("Capital", "NNP", "PROPN", 1, "dobj", "I-ORG", False)]
    if second:
        rows += [("and", "CC", "CCONJ", 3, "cc", "O", False), ("Pelham", "NNP", "PROPN", 6, "compound", "B-ORG", False),
                 ("Motors", "NNPS", "PROPN", 3, "conj", "I-ORG", False)]
    n = len(rows)
    rows += [(".", ".", "PUNCT", 1, "punct", "O", False),
             ("The", "DT", "DET", n + 2, "det", "O", True), ("firm", "NN", "NOUN", n + 3, "nsubj", "O", False),
             ("said", "VBD", "VERB", n + 3, "ROOT", "O", False), ("it", "PRP", "PRON", n + 6, "nsubj", "O", False),
             ("would", "MD", "AUX", n + 6, "aux", "O", False), ("appeal", "VB", "VERB", n + 3, "ccomp", "O", False),
             (".", ".", "PUNCT", n + 3, "punct", "O", False)]
    return rows


def test_the_firm_is_the_one_company_named_before(stage_entities) -> None:
    assert "firm" in _mentions(stage_entities(_firm_rows(False)), "Brightwater Capital")


def test_two_companies_leave_the_firm_unlinked(stage_entities) -> None:
    found = stage_entities(_firm_rows(True))
    assert "firm" not in _mentions(found, "Brightwater Capital") + _mentions(found, "Pelham Motors")


def test_a_group_introduced_before_is_its_own(stage_entities) -> None:
    # "Harbour Watch said a group protested . The group said fish died ."
    rows: list[Row] = [
        ("Harbour", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Watch", "NNP", "PROPN", 2, "nsubj", "I-ORG", False),
        ("said", "VBD", "VERB", 2, "ROOT", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
        ("group", "NN", "NOUN", 5, "nsubj", "O", False), ("protested", "VBD", "VERB", 2, "ccomp", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", False),
        ("The", "DT", "DET", 8, "det", "O", True), ("group", "NN", "NOUN", 9, "nsubj", "O", False),
        ("said", "VBD", "VERB", 9, "ROOT", "O", False), ("fish", "NNS", "NOUN", 11, "nsubj", "O", False),
        ("died", "VBD", "VERB", 9, "ccomp", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False),
    ]
    assert "The group" not in _mentions(stage_entities(rows), "Harbour Watch")
