"""Branch bodies31 (issue 15): descriptions of bodies set in apposition, outlets and common-noun
abbreviations.

- ``Ann Lee, a lobbyist for Acme Air, the leading trade group,``: a body's noun in apposition right
  after a body's name and its comma describes the body, though the parser hung it on the person;
- ``Harlow Network or its affiliate, the Harlow Fund,``: a possessive description before a body's
  name in apposition is that body's mention;
- a network (``NBC``) and its news division (``NBC News``) are two bodies;
- ``writing for RedState``, ``told HotAir``: a camel-case word of two words after an outlet's cue is a body;
- ``super PAC money``, ``on TV``: no body (``a super PAC ran ads`` keeps the model's body); ``for State Department business``: the body's name only.

Hand-built Docs of sentences written for these tests (rows as the parser reads such sentences); none
is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

Row = tuple[str, str, str, int, str, str]


def _texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


def test_a_body_noun_after_a_body_inside_a_persons_apposition_is_the_bodys(stage_entities):
    # Ann Lee , a lobbyist for Acme Air , the leading trade group , spoke .
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 15, "nsubj", "I-PERSON"),
            (",", ",", "PUNCT", 1, "punct", "O"), ("a", "DT", "DET", 4, "det", "O"),
            ("lobbyist", "NN", "NOUN", 1, "appos", "O"), ("for", "IN", "ADP", 4, "prep", "O"),
            ("Acme", "NNP", "PROPN", 7, "compound", "B-ORG"), ("Air", "NNP", "PROPN", 5, "pobj", "I-ORG"),
            (",", ",", "PUNCT", 1, "punct", "O"), ("the", "DT", "DET", 12, "det", "O"),
            ("leading", "VBG", "VERB", 12, "amod", "O"), ("trade", "NN", "NOUN", 12, "compound", "O"),
            ("group", "NN", "NOUN", 1, "appos", "O"), (",", ",", "PUNCT", 1, "punct", "O"),
            ("then", "RB", "ADV", 15, "advmod", "O"), ("spoke", "VBD", "VERB", 15, "ROOT", "O"),
            (".", ".", "PUNCT", 15, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert "the leading trade group" in _texts(found, "Acme Air"), found
    assert "the leading trade group" not in _texts(found, "Ann Lee"), found
    assert "a lobbyist" in _texts(found, "Ann Lee"), found


def test_a_possessive_description_before_a_bodys_name_in_apposition_is_its_mention(stage_entities):
    # Harlow Network or its affiliate , the Harlow Fund , spent money .
    rows = [("Harlow", "NNP", "PROPN", 1, "compound", "B-ORG"), ("Network", "NNP", "PROPN", 10, "nsubj", "I-ORG"),
            ("or", "CC", "CCONJ", 1, "cc", "O"), ("its", "PRP$", "PRON", 4, "poss", "O"),
            ("affiliate", "NN", "NOUN", 1, "conj", "O"), (",", ",", "PUNCT", 4, "punct", "O"),
            ("the", "DT", "DET", 8, "det", "O"), ("Harlow", "NNP", "PROPN", 8, "compound", "B-ORG"),
            ("Fund", "NNP", "PROPN", 4, "appos", "I-ORG"), (",", ",", "PUNCT", 4, "punct", "O"),
            ("spent", "VBD", "VERB", 10, "ROOT", "O"), ("money", "NN", "NOUN", 10, "dobj", "O"),
            (".", ".", "PUNCT", 10, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert "affiliate" in _texts(found, "Harlow Fund"), found
    assert "affiliate" not in _texts(found, "Harlow Network"), found


def test_a_network_and_its_news_division_are_two_bodies(stage_entities):
    # NBC hired Brack . Brack worked for NBC News .
    first = [("NBC", "NNP", "PROPN", 1, "nsubj", "B-ORG"), ("hired", "VBD", "VERB", 1, "ROOT", "O"),
             ("Brack", "NNP", "PROPN", 1, "dobj", "B-PERSON"), (".", ".", "PUNCT", 1, "punct", "O")]
    second = [("Brack", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("worked", "VBD", "VERB", 1, "ROOT", "O"),
              ("for", "IN", "ADP", 1, "prep", "O"), ("NBC", "NNP", "PROPN", 4, "compound", "B-ORG"),
              ("News", "NNP", "PROPN", 2, "pobj", "I-ORG"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(first, second))
    assert _texts(found, "NBC") == ["NBC"] and _texts(found, "NBC News") == ["NBC News"], found


def test_a_camel_case_word_after_writing_for_or_told_is_an_outlet(stage_entities):
    # Ann Lee , writing for RedState , said no . Brack told HotAir so .
    first = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 7, "nsubj", "I-PERSON"),
             (",", ",", "PUNCT", 1, "punct", "O"), ("writing", "VBG", "VERB", 1, "acl", "O"),
             ("for", "IN", "ADP", 3, "prep", "O"), ("RedState", "NNP", "PROPN", 4, "pobj", "O"),
             (",", ",", "PUNCT", 1, "punct", "O"), ("said", "VBD", "VERB", 7, "ROOT", "O"),
             ("no", "UH", "INTJ", 7, "dobj", "O"), (".", ".", "PUNCT", 7, "punct", "O")]
    second = [("Brack", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("told", "VBD", "VERB", 1, "ROOT", "O"),
              ("HotAir", "NNP", "PROPN", 1, "dobj", "B-PERSON"), ("so", "RB", "ADV", 1, "advmod", "O"),
              (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(first, second))
    assert found["RedState"].type == "ORG" and found["HotAir"].type == "ORG", found


def test_a_camel_case_surname_after_told_stays_a_person(stage_entities):
    # Brack told MacArthur so .  ("Arthur" is no English noun: a surname's prefix, not an outlet)
    rows = [("Brack", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("told", "VBD", "VERB", 1, "ROOT", "O"),
            ("MacArthur", "NNP", "PROPN", 1, "dobj", "B-PERSON"), ("so", "RB", "ADV", 1, "advmod", "O"),
            (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert not any(e.type == "ORG" for e in found.values()), found


def test_pac_modifying_a_noun_and_bare_tv_are_no_bodies(stage_entities):
    # Lee gave super PAC money and appeared on TV .
    rows = [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("gave", "VBD", "VERB", 1, "ROOT", "O"),
            ("super", "JJ", "ADJ", 3, "amod", "O"), ("PAC", "NNP", "PROPN", 4, "compound", "B-ORG"),
            ("money", "NN", "NOUN", 1, "dobj", "O"), ("and", "CC", "CCONJ", 1, "cc", "O"),
            ("appeared", "VBD", "VERB", 1, "conj", "O"), ("on", "IN", "ADP", 6, "prep", "O"),
            ("TV", "NN", "NOUN", 7, "pobj", "B-ORG"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert set(found) == {"Lee"}, found


def test_a_super_pac_with_an_article_stays_the_body_that_acts(stage_entities):
    # A super PAC ran ads .
    rows = [("A", "DT", "DET", 2, "det", "O"), ("super", "JJ", "ADJ", 2, "amod", "O"),
            ("PAC", "NNP", "PROPN", 3, "nsubj", "B-ORG"), ("ran", "VBD", "VERB", 3, "ROOT", "O"),
            ("ads", "NNS", "NOUN", 3, "dobj", "O"), (".", ".", "PUNCT", 3, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert found["PAC"].type == "ORG", found


def test_a_bodys_name_before_a_bare_noun_of_another_sector_is_no_second_body(stage_entities):
    # Lee used a server for State Department business .
    rows = [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("used", "VBD", "VERB", 1, "ROOT", "O"),
            ("a", "DT", "DET", 3, "det", "O"), ("server", "NN", "NOUN", 1, "dobj", "O"),
            ("for", "IN", "ADP", 1, "prep", "O"), ("State", "NNP", "PROPN", 6, "compound", "B-ORG"),
            ("Department", "NNP", "PROPN", 7, "compound", "I-ORG"), ("business", "NN", "NOUN", 4, "pobj", "O"),
            (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    bodies = [name for name, e in found.items() if e.type == "ORG"]
    assert bodies == ["State Department"], found


def test_a_bodys_name_not_right_after_the_comma_takes_no_possessive_description(stage_entities):
    # Lee praised their potential , or growth , for example the Harlow Fund .  (the name hung far back)
    rows = [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("praised", "VBD", "VERB", 1, "ROOT", "O"),
            ("their", "PRP$", "PRON", 3, "poss", "O"), ("potential", "NN", "NOUN", 1, "dobj", "O"),
            (",", ",", "PUNCT", 3, "punct", "O"), ("or", "CC", "CCONJ", 3, "cc", "O"),
            ("growth", "NN", "NOUN", 3, "conj", "O"), (",", ",", "PUNCT", 3, "punct", "O"),
            ("for", "IN", "ADP", 3, "prep", "O"), ("example", "NN", "NOUN", 8, "pobj", "O"),
            ("the", "DT", "DET", 12, "det", "O"), ("Harlow", "NNP", "PROPN", 12, "compound", "B-ORG"),
            ("Fund", "NNP", "PROPN", 3, "appos", "I-ORG"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert _texts(found, "Harlow Fund") == ["Harlow Fund"], found


def test_a_partys_primary_in_a_title_case_headline_is_no_body(stage_entities):
    # Lee Wins Kansas Republican Primary  /  House Democratic Caucus met .
    headline = [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("Wins", "VBZ", "VERB", 1, "ROOT", "O"),
                ("Kansas", "NNP", "PROPN", 4, "compound", "B-ORG"), ("Republican", "NNP", "PROPN", 4, "compound", "I-ORG"),
                ("Primary", "NNP", "PROPN", 1, "dobj", "I-ORG")]
    caucus = [("House", "NNP", "PROPN", 2, "compound", "B-ORG"), ("Democratic", "NNP", "PROPN", 2, "compound", "I-ORG"),
              ("Caucus", "NNP", "PROPN", 3, "nsubj", "I-ORG"), ("met", "VBD", "VERB", 3, "ROOT", "O"),
              (".", ".", "PUNCT", 3, "punct", "O")]
    found = stage_entities(_doc(headline, caucus))
    assert "Kansas Republican Primary" not in found and "House Democratic Caucus" in found, found
