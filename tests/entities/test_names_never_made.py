"""Entities the model never made or cut (brief s16-names16, issue 15): a person in a list of people
given a label no name has, a dictionary body tagged a place, a given name and a family name left
untagged whose family name is then a clause's subject again and again, a player's name that is a
small town's too, a name cut at a hyphen, an account followed on a social network, an ``al`` body
in lower case. Sentences of our own; hand-built Docs where the rule reads a parse."""

from __future__ import annotations

PUBLISHED = "2019-05-01"


def _people(found: dict) -> set[str]:
    return {name for name, e in found.items() if e.type == "PERSON"}


# --- a list of people --------------------------------------------------------------------------

def _list_rows(third_label: str) -> list:
    # "Ruth and Obama and Kerrigan and Biden told me ."
    return [("Ruth", "NNP", "PROPN", 8, "nsubj", "B-PERSON", True), ("and", "CC", "CCONJ", 0, "cc", "O", False),
            ("Obama", "NNP", "PROPN", 0, "conj", "B-PERSON", False), ("and", "CC", "CCONJ", 2, "cc", "O", False),
            ("Kerrigan", "NNP", "PROPN", 2, "conj", third_label, False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
            ("Biden", "NNP", "PROPN", 4, "conj", "B-PERSON", False), ("told", "VBD", "VERB", 8, "ROOT", "O", False),
            ("me", "PRP", "PRON", 7, "dobj", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False)]


def test_a_name_in_a_list_of_people_given_a_product_s_label_is_a_person(stage_entities) -> None:
    rows = _list_rows("B-PRODUCT")
    rows[7], rows[8], rows[9] = (("told", "VBD", "VERB", 7, "ROOT", "O", False),
                                 ("me", "PRP", "PRON", 7, "dobj", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False))
    rows[0] = ("Ruth", "NNP", "PROPN", 7, "nsubj", "B-PERSON", True)
    assert "Kerrigan" in _people(stage_entities(rows))


def test_a_product_joined_to_no_person_stays_no_name(stage_entities) -> None:
    # "She bought a Kerrigan and a lamp ."
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O", True), ("bought", "VBD", "VERB", 1, "ROOT", "O", False),
            ("a", "DT", "DET", 3, "det", "O", False), ("Kerrigan", "NNP", "PROPN", 1, "dobj", "B-PRODUCT", False),
            ("and", "CC", "CCONJ", 3, "cc", "O", False), ("a", "DT", "DET", 6, "det", "O", False),
            ("lamp", "NN", "NOUN", 3, "conj", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    assert "Kerrigan" not in stage_entities(rows)


# --- a dictionary body tagged a place ------------------------------------------------------------

def _fond_rows(word: str, label: str) -> list:
    # "They are not fond of the NRA ."
    return [("They", "PRP", "PRON", 1, "nsubj", "O", True), ("are", "VBP", "AUX", 1, "ROOT", "O", False),
            ("not", "RB", "PART", 1, "neg", "O", False), ("fond", "JJ", "ADJ", 1, "acomp", "O", False),
            ("of", "IN", "ADP", 3, "prep", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
            (word, "NNP", "PROPN", 4, "pobj", label, False), (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_a_dictionary_body_the_model_tags_a_place_is_the_body(stage_entities) -> None:
    found = stage_entities(_fond_rows("NRA", "B-GPE"))
    assert found["National Rifle Association"].type == "ORG"
    assert found["National Rifle Association"].country == "USA"


def test_a_place_the_dictionary_does_not_know_as_a_body_stays_a_place(stage_entities) -> None:
    found = stage_entities(_fond_rows("Nevada", "B-GPE"))
    assert all(e.type != "ORG" for e in found.values())


# --- a given name and a family name left untagged, the family name repeated -----------------------

def _kadeer_rows(repeats: int) -> list:
    # "Omar Kadeer shot a man . Kadeer had a gun . Kadeer fled ." (the repeats tagged a date, a sum)
    rows = [("Omar", "NNP", "PROPN", 1, "compound", "O", True), ("Kadeer", "NNP", "PROPN", 2, "nsubj", "O", False),
            ("shot", "VBD", "VERB", 2, "ROOT", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
            ("man", "NN", "NOUN", 2, "dobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            ("Kadeer", "NNP", "PROPN", 7, "nsubj", "B-DATE", True), ("had", "VBD", "VERB", 7, "ROOT", "O", False),
            ("a", "DT", "DET", 9, "det", "O", False), ("gun", "NN", "NOUN", 7, "dobj", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    if repeats == 2:
        rows += [("Kadeer", "NNP", "PROPN", 12, "nsubj", "B-MONEY", True), ("fled", "VBD", "VERB", 12, "ROOT", "O", False),
                 (".", ".", "PUNCT", 12, "punct", "O", False)]
    return rows


def test_a_family_name_repeated_as_a_subject_makes_the_untagged_full_name_a_person(stage_entities) -> None:
    found = stage_entities(_kadeer_rows(2))
    assert found["Omar Kadeer"].type == "PERSON"
    assert [m.text for m in found["Omar Kadeer"].mentions].count("Kadeer") >= 1


def test_a_family_name_said_alone_once_is_not_enough(stage_entities) -> None:
    assert "Omar Kadeer" not in stage_entities(_kadeer_rows(1))


# --- names cut at a hyphen -------------------------------------------------------------------------

def _hyphen_rows(left: bool) -> list:
    # "Ana-Lucia Ferreyra said ." tagged from "Lucia"; "Ana Lucia Ferreyra said ." spaced
    return [("Ana", "NNP", "PROPN", 3, "compound", "O", True), ("-", "HYPH", "PUNCT", 3, "punct", "O", False),
            ("Lucia", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
            ("Ferreyra", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False), ("said", "VBD", "VERB", 4, "ROOT", "O", False),
            (".", ".", "PUNCT", 4, "punct", "O", False)], ([False, False, True, True, False, False] if left
                                                             else [True, True, True, True, False, False])


def test_a_piece_glued_by_a_hyphen_before_a_tagged_name_is_the_name_s(stage_entities) -> None:
    rows, spaces = _hyphen_rows(True)
    assert "Ana-Lucia Ferreyra" in _people(stage_entities(rows, spaces))


def test_a_spaced_dash_before_a_name_joins_nothing(stage_entities) -> None:
    rows, spaces = _hyphen_rows(False)
    assert "Ana-Lucia Ferreyra" not in stage_entities(rows, spaces)
    assert "Ana - Lucia Ferreyra" not in stage_entities(rows, spaces)


def test_a_hyphened_given_name_tagged_alone_takes_the_family_names_after_it(stage_entities) -> None:
    # "activist Dan-el Ortiz Vega said ." tagged "Dan-el" only
    rows = [("activist", "NN", "NOUN", 5, "compound", "O", True), ("Dan", "NNP", "PROPN", 5, "compound", "B-PERSON", False),
            ("-", "HYPH", "PUNCT", 5, "punct", "I-PERSON", False), ("el", "NNP", "PROPN", 5, "compound", "I-PERSON", False),
            ("Ortiz", "NNP", "PROPN", 5, "compound", "O", False), ("Vega", "NNP", "PROPN", 6, "nsubj", "O", False),
            ("said", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False)]
    spaces = [True, False, False, True, True, True, False, False]
    assert "Dan-el Ortiz Vega" in _people(stage_entities(rows, spaces))


# --- whole pipeline: sentences of our own ----------------------------------------------------------

def _names(record) -> dict[str, str]:
    return {e.name: e.type for e in record.entities}


def _final_rows(prep: str | None) -> list:
    # "The striker scored in the cup final , thanking Marlow ." / "... , thanking fans in Marlow ."
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("striker", "NN", "NOUN", 2, "nsubj", "O", False),
            ("scored", "VBD", "VERB", 2, "ROOT", "O", False), ("in", "IN", "ADP", 2, "prep", "O", False),
            ("the", "DT", "DET", 6, "det", "O", False), ("cup", "NN", "NOUN", 6, "compound", "O", False),
            ("final", "NN", "NOUN", 3, "pobj", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
            ("thanking", "VBG", "VERB", 2, "advcl", "O", False)]
    if prep is None:
        rows += [("Marlow", "NNP", "PROPN", 8, "dobj", "B-PERSON", False)]
    else:
        rows += [(prep, "IN", "ADP", 8, "prep", "O", False), ("Marlow", "NNP", "PROPN", 9, "pobj", "B-PERSON", False)]
    return rows + [(".", ".", "PUNCT", 2, "punct", "O", False)]


def test_a_player_who_shares_a_small_town_s_name_is_a_person_in_a_sport_story(stage_entities) -> None:
    assert "Marlow" in _people(stage_entities(_final_rows(None)))


def test_the_town_after_a_locative_preposition_stays_a_place(stage_entities) -> None:
    assert "Marlow" not in _people(stage_entities(_final_rows("in")))


def test_pipeline_an_account_followed_on_a_network_is_a_person_s(extract) -> None:
    names = _names(extract("The bill passed 52-48. Follow Odessa Quillfeather on Twitter.", published=PUBLISHED))
    assert names.get("Odessa Quillfeather") == "PERSON"


def test_pipeline_a_lower_case_al_body_is_the_dictionary_s_body(extract) -> None:
    record = extract("The minister said that al qaeda was behind the bombing of the embassy.", published=PUBLISHED)
    assert _names(record).get("al-Qaeda") == "ORG"
    assert "al-Qaeda" not in _names(extract("The minister said that al fresco dining was banned.", published=PUBLISHED))
