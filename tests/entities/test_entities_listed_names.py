"""A comma between two runs of capitalised words ends a name (``_split_listed_names``): the model glues
the first members of a list (``stars such as Mira, Tom Vance and Lia Hart``) into one span; each part is a
name of its own, a person's when it opens with a given name. A firm of partners joined by an ampersand, a
place after the comma and a span holding its own ``and`` stay one name. A number word written with a
capital before a capitalised plural opens a name (``_number_word_names``). Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _listed(words: list[str], span_end: int, label: str = "ORG") -> list[tuple]:
    """``Stars such as WORDS sang .``: the model's one ``label`` span over ``words[:span_end]``, each word
    hanging on the first (a list), the first the object of ``such as``."""
    rows = [("Stars", "NNS", "NOUN", len(words) + 3, "nsubj", "O", True), ("such", "JJ", "ADJ", 2, "amod", "O", False),
            ("as", "IN", "ADP", 0, "prep", "O", False)]
    for k, w in enumerate(words):
        tag, pos = ("," , "PUNCT") if w == "," else (("CC", "CCONJ") if w in {"and", "&"} else ("NNP", "PROPN"))
        ent = ("B-" if k == 0 else "I-") + label if k < span_end else ("B-PERSON" if w[:1].isupper() and words[k - 1] in {"and", ","} else (
            "I-PERSON" if w[:1].isupper() else "O"))
        rows.append((w, tag, pos, 3 if k == 0 else 3 + 0, "pobj" if k == 0 else "conj", ent, False))
    n = len(rows)
    return rows + [("sang", "VBD", "VERB", n, "ROOT", "O", False), (".", ".", "PUNCT", n, "punct", "O", False)]


def _spaces(words: list[str]) -> list[bool]:
    """No space before a comma or the full stop."""
    every = ["Stars", "such", "as", *words, "sang", "."]
    return [nxt not in {",", "."} for nxt in every[1:]] + [False]


def test_a_given_name_and_a_full_name_glued_at_a_comma_are_two_people(stage_entities) -> None:
    words = "Mira , Tom Vance and Lia Hart".split()
    found = stage_entities(_listed(words, 4), spaces=_spaces(words))
    assert "Mira" in found and "Tom Vance" in found, found
    assert found["Mira"].type == "PERSON" and found["Tom Vance"].type == "PERSON", found
    assert not any("," in name for name in found), found


def test_two_firms_glued_at_a_comma_are_two_bodies(stage_entities) -> None:
    words = "Northoil , Eastgas Partners".split()
    found = stage_entities(_listed(words, 4), spaces=_spaces(words))
    assert "Northoil" in found and "Eastgas Partners" in found, found


def test_partners_joined_by_an_ampersand_stay_one_firm(stage_entities) -> None:
    words = "Hale , Dorr & Pike".split()
    found = stage_entities(_listed(words, 5), spaces=_spaces(words))
    assert any(name.startswith("Hale, Dorr & Pike") for name in found), found


def test_a_remit_listed_inside_a_name_stays_one_name(stage_entities) -> None:
    words = "Planning , Works and Parks Office".split()
    found = stage_entities(_listed(words, 6), spaces=_spaces(words))
    assert any(name.endswith("Planning, Works and Parks Office") for name in found), found


def test_a_place_after_the_comma_qualifies_the_name(stage_entities) -> None:
    words = "University of Texas , Austin".split()
    found = stage_entities(_listed(words, 5), spaces=_spaces(words))
    assert any(name.endswith("University of Texas, Austin") for name in found), found


def test_a_number_word_before_a_capitalised_plural_opens_a_park_name(stage_entities) -> None:
    # "Seven Lakes Harbor Park reopened after a long winter ." with "Seven" read as a count, the name cut after it
    rows = [("Seven", "CD", "NUM", 1, "nummod", "B-CARDINAL", True), ("Lakes", "NNPS", "PROPN", 3, "compound", "O", False),
            ("Harbor", "NNP", "PROPN", 3, "compound", "B-ORG", False), ("Park", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
            ("reopened", "VBD", "VERB", 4, "ROOT", "O", False), ("after", "IN", "ADP", 4, "prep", "O", False),
            ("a", "DT", "DET", 8, "det", "O", False), ("long", "JJ", "ADJ", 8, "amod", "O", False),
            ("winter", "NN", "NOUN", 5, "pobj", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Seven Lakes Harbor Park" in found and found["Seven Lakes Harbor Park"].type == "ORG", found


def test_a_count_of_a_lower_case_plural_is_no_name(stage_entities) -> None:
    rows = [("Seven", "CD", "NUM", 1, "nummod", "B-CARDINAL", True), ("lakes", "NNS", "NOUN", 2, "nsubj", "O", False),
            ("froze", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert not any(name.startswith("Seven") for name in found), found
