"""Entity rules from the misses of news-dev10 (issue 15), on hand-built Docs of sentences of our
own:

- a person's surname written without its accents (``Ibanez`` after ``Tomás Ibáñez``), tagged a
  body by the model, is that person's name (the accents are often dropped in English text)."""

from __future__ import annotations


def _mentions(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


# --- 1. a surname without its accents -----------------------------------------------------------

def _spoke(first: list[tuple]) -> list[tuple]:
    """first sentence + ' Ibanez smiled .' (the surname tagged ORG, as the model does)."""
    n = len(first)
    return first + [("Ibanez", "NNP", "PROPN", n + 1, "nsubj", "B-ORG", True),
                    ("smiled", "VBD", "VERB", n + 1, "ROOT", "O", False),
                    (".", ".", "PUNCT", n + 1, "punct", "O", False)]


def test_a_surname_without_its_accents_is_the_person(stage_entities):
    # "Tomás Ibáñez spoke . Ibanez smiled ."
    rows = _spoke([("Tomás", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                   ("Ibáñez", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
                   ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
                   (".", ".", "PUNCT", 2, "punct", "O", False)])
    found = stage_entities(rows)
    assert "Ibanez" in _mentions(found, "Tomás Ibáñez")
    assert "Ibanez" not in found


def test_the_plain_surname_of_two_people_names_neither(stage_entities):
    # "Tomás Ibáñez met Ana Ibanez . Ibanez smiled .": the accent-less word is both people's
    rows = _spoke([("Tomás", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                   ("Ibáñez", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
                   ("met", "VBD", "VERB", 2, "ROOT", "O", False),
                   ("Ana", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
                   ("Ibanez", "NNP", "PROPN", 2, "dobj", "I-PERSON", False),
                   (".", ".", "PUNCT", 2, "punct", "O", False)])
    found = stage_entities(rows)
    assert "Ibanez" not in _mentions(found, "Tomás Ibáñez")[1:]


# --- 2. a known person's lone surname before "and" ----------------------------------------------

def _and_dorr(first: str) -> list[tuple]:
    """'<first> and Ann Dorr spoke .', tagged as two person spans."""
    return [(first, "NNP", "PROPN", 4, "nsubj", "B-PERSON", True),
            ("and", "CC", "CCONJ", 0, "cc", "O", False),
            ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
            ("Dorr", "NNP", "PROPN", 0, "conj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 4, "ROOT", "O", False),
            (".", ".", "PUNCT", 4, "punct", "O", False)]


def test_a_known_persons_surname_before_and_keeps_its_own_name(stage_entities):
    # "Panetta and Ann Dorr spoke .": Panetta names a known person (the actor dictionary's alias),
    # not a given name sharing Dorr's family name
    found = stage_entities(_and_dorr("Panetta"))
    assert "Panetta Dorr" not in found
    assert "Ann Dorr" in found


def test_a_given_name_before_and_still_shares_the_family_name(stage_entities):
    # "Tom and Ann Dorr spoke .": Tom Dorr
    found = stage_entities(_and_dorr("Tom"))
    assert "Tom Dorr" in found


# --- 3. a firm the field's dictionary knows, named like a town ----------------------------------

def test_a_known_firm_named_like_a_town_keeps_its_own_country(stage_entities):
    # "Honda is hiring ." : Honda is a town in Colombia too; the dictionary's firm is Japanese
    rows = [("Honda", "NNP", "PROPN", 2, "nsubj", "B-ORG", True),
            ("is", "VBZ", "AUX", 2, "aux", "O", False),
            ("hiring", "VBG", "VERB", 2, "ROOT", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Honda"].country == "JPN"


def test_a_towns_police_still_takes_the_towns_country(stage_entities):
    # "Honda Police are hiring .": a body named after its home town
    rows = [("Honda", "NNP", "PROPN", 1, "compound", "B-ORG", True),
            ("Police", "NNP", "PROPN", 3, "nsubj", "I-ORG", False),
            ("are", "VBP", "AUX", 3, "aux", "O", False),
            ("hiring", "VBG", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Honda Police"].country == "COL"


# --- 4. "the Ohio senator" of "Senator Tom Reed" ------------------------------------------------

def _criticised(title: str) -> list[tuple]:
    """'<title> Tom Reed spoke . Ann Lee criticised the Ohio senator .'"""
    return [(title, "NNP", "PROPN", 2, "compound", "O", True),
            ("Tom", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False),
            ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON", True),
            ("Lee", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
            ("criticised", "VBD", "VERB", 7, "ROOT", "O", False),
            ("the", "DT", "DET", 10, "det", "O", False),
            ("Ohio", "NNP", "PROPN", 10, "compound", "B-GPE", False),
            ("senator", "NN", "NOUN", 7, "dobj", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]


def test_a_states_senator_is_the_senator_named_before(stage_entities):
    found = stage_entities(_criticised("Senator"))
    assert "the Ohio senator" in _mentions(found, "Tom Reed")


def test_a_states_senator_is_not_a_governor_named_before(stage_entities):
    found = stage_entities(_criticised("Governor"))
    assert "the Ohio senator" not in _mentions(found, "Tom Reed")


# --- 5. an imperative verb glued to a name ------------------------------------------------------

def test_an_imperative_verb_before_its_object_is_no_part_of_the_name(stage_entities):
    # "Follow Ann Dorr on Twitter ." (the model's person span takes the verb)
    rows = [("Follow", "VB", "VERB", 0, "ROOT", "B-PERSON", True),
            ("Ann", "NNP", "PROPN", 2, "compound", "I-PERSON", False),
            ("Dorr", "NNP", "PROPN", 0, "dobj", "I-PERSON", False),
            ("on", "IN", "ADP", 0, "prep", "O", False),
            ("Twitter", "NNP", "PROPN", 3, "pobj", "B-ORG", False),
            (".", ".", "PUNCT", 0, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Ann Dorr" in found
    assert "Follow Ann Dorr" not in found


def test_a_given_name_as_subject_stays_in_the_name(stage_entities):
    # "Grant Dorr spoke ." (a given name the tagger may read as a verb, but no imperative)
    rows = [("Grant", "VB", "PROPN", 1, "compound", "B-PERSON", True),
            ("Dorr", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Grant Dorr" in found
