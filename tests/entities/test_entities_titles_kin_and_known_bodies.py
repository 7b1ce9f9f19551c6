"""Entity rules from the misses of news-dev9 (issue 15), on hand-built Docs of sentences of our own:

- a state legislator's title (``Assemblywoman``) inside the model's person span is a title, not
  part of the name (roles.tsv);
- a description governed by "of" after a relation noun (``the daughter of the Zentor founder``)
  is someone's relative: never linked to a person who merely fits;
- a demonym right before a capitalised noun of a native people's body (``Kessel Indian Nation``)
  gives no country (actor_words.tsv native_body_noun);
- a body's home written ``New Mexico-based`` is the place of both words (not Mexico);
- two to five capitalised words the model left untagged (or tagged only their demonym) that the
  actor dictionary knows as a body's name (``the Islamic State``) are that body;
- an office held "as" by a possessor (``her tenure as governor``, ``his post as CEO``) is said of
  its holder: ``the former governor`` is then that person."""

from __future__ import annotations

from newsevents.actors import actor_dictionary

ACTORS = actor_dictionary()


def _mentions(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


# --- 1. Assemblywoman ---------------------------------------------------------------------------

def test_an_assemblywoman_title_inside_the_span_is_a_title(stage_entities):
    # "conservative Assemblywoman Ann Dorr won the race ." (the model's person span takes the title)
    rows = [("conservative", "JJ", "ADJ", 3, "amod", "O", True),
            ("Assemblywoman", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
            ("Ann", "NNP", "PROPN", 3, "compound", "I-PERSON", False),
            ("Dorr", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
            ("won", "VBD", "VERB", 4, "ROOT", "O", False),
            ("the", "DT", "DET", 6, "det", "O", False),
            ("race", "NN", "NOUN", 4, "dobj", "O", False),
            (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Ann Dorr" in found
    assert "LEG" in found["Ann Dorr"].sector


# --- 2. the relative's description --------------------------------------------------------------

def _face(second: list[tuple]) -> list[tuple]:
    """'Tom Reed will face Democrat Ann Dorr , the daughter of the Zentor founder .' and a second
    sentence."""
    return [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Reed", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("will", "MD", "AUX", 3, "aux", "O", False),
            ("face", "VB", "VERB", 3, "ROOT", "O", False),
            ("Democrat", "NNP", "PROPN", 6, "compound", "B-NORP", False),
            ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
            ("Dorr", "NNP", "PROPN", 3, "dobj", "I-PERSON", False),
            (",", ",", "PUNCT", 6, "punct", "O", False),
            ("the", "DT", "DET", 9, "det", "O", False),
            ("daughter", "NN", "NOUN", 6, "appos", "O", False),
            ("of", "IN", "ADP", 9, "prep", "O", False),
            ("the", "DT", "DET", 13, "det", "O", False),
            ("Zentor", "NNP", "PROPN", 13, "compound", "B-ORG", False),
            ("founder", "NN", "NOUN", 10, "pobj", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)] + second


def test_the_description_of_a_relative_is_nobody_who_merely_fits(stage_entities):
    found = stage_entities(_face([]))
    assert "the Zentor founder" not in _mentions(found, "Tom Reed")
    assert "the Zentor founder" not in _mentions(found, "Ann Dorr")


def test_the_same_description_alone_still_takes_the_one_who_fits(stage_entities):
    # "Tom Reed spoke . The Zentor founder smiled ." : no relation noun governs it
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False),
            ("The", "DT", "DET", 6, "det", "O", True),
            ("Zentor", "NNP", "PROPN", 6, "compound", "B-ORG", False),
            ("founder", "NN", "NOUN", 7, "nsubj", "O", False),
            ("smiled", "VBD", "VERB", 7, "ROOT", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = stage_entities(rows)
    assert "The Zentor founder" in _mentions(found, "Tom Reed")


# --- 3. a native people's body ----------------------------------------------------------------

def _flat(build_doc, words, pos):
    n = len(words.split())
    return build_doc(words, heads=[n - 1] * (n - 1) + [n - 1], deps=["compound"] * (n - 1) + ["ROOT"], pos=pos)


def test_a_demonym_before_a_native_nation_gives_no_country(build_doc):
    doc = _flat(build_doc, "Kessel Indian Nation leader", ["PROPN", "PROPN", "PROPN", "NOUN"])
    assert ACTORS.code_tokens(list(doc))[0] is None
    doc = _flat(build_doc, "Kessel Indian Tribe council", ["PROPN", "PROPN", "PROPN", "NOUN"])
    assert ACTORS.code_tokens(list(doc))[0] is None


def test_the_demonym_elsewhere_keeps_its_country(build_doc):
    doc = _flat(build_doc, "Indian trade envoy", ["ADJ", "NOUN", "NOUN"])
    assert ACTORS.code_tokens(list(doc))[0] == "IND"
    doc = _flat(build_doc, "Indian Navy chief", ["ADJ", "PROPN", "NOUN"])
    assert ACTORS.code_tokens(list(doc))[0] == "IND"


# --- 4. "New Mexico-based" ----------------------------------------------------------------------

def _based(place: list[tuple]) -> list[tuple]:
    """'Vexel , a <place>-based company , grew .' with the place's words given (head of the last:
    "based")."""
    n = len(place)
    based = 3 + n + 1
    rows = [("Vexel", "NNP", "PROPN", based + 3, "nsubj", "B-ORG", True),
            (",", ",", "PUNCT", 0, "punct", "O", False),
            ("a", "DT", "DET", based + 1, "det", "O", False)]
    for k, (word, ent) in enumerate(place):
        last = k == n - 1
        rows.append((word, "NNP", "PROPN", based if last else 3 + n - 1, "npadvmod" if last else "compound", ent, False))
    rows += [("-", "HYPH", "PUNCT", based, "punct", "O", False),
             ("based", "VBN", "VERB", based + 1, "amod", "O", False),
             ("company", "NN", "NOUN", 0, "appos", "O", False),
             (",", ",", "PUNCT", 0, "punct", "O", False),
             ("grew", "VBD", "VERB", based + 3, "ROOT", "O", False),
             (".", ".", "PUNCT", based + 3, "punct", "O", False)]
    return rows


def test_a_home_of_two_words_is_read_whole(stage_entities):
    found = stage_entities(_based([("New", "B-GPE"), ("Mexico", "I-GPE")]), spaces=None)
    assert found["Vexel"].country == "USA"


def test_a_home_of_one_word_keeps_its_country(stage_entities):
    found = stage_entities(_based([("Mexico", "B-GPE")]), spaces=None)
    assert found["Vexel"].country == "MEX"


# --- 5. a known body's name left untagged --------------------------------------------------------

def _fought(name: list[tuple]) -> list[tuple]:
    """'Rebels fought the <name> .'"""
    n = len(name)
    rows = [("Rebels", "NNS", "NOUN", 1, "nsubj", "O", True),
            ("fought", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 2 + n, "det", "O", False)]
    for k, (word, ent) in enumerate(name):
        rows.append((word, "NNP", "PROPN", 1 if k == n - 1 else 2 + n, "dobj" if k == n - 1 else "compound", ent, False))
    return rows + [(".", ".", "PUNCT", 1, "punct", "O", False)]


def test_a_known_body_left_untagged_is_that_body(stage_entities):
    found = stage_entities(_fought([("Islamic", "B-NORP"), ("State", "O")]))
    assert any("Islamic State" in _mentions(found, name) for name in found)
    found = stage_entities(_fought([("Islamic", "O"), ("State", "O")]))
    assert any("Islamic State" in _mentions(found, name) for name in found)


def test_a_longer_name_around_it_is_not_that_body(stage_entities):
    # "the Islamic State Radio": a name the dictionary does not know, however it starts
    found = stage_entities(_fought([("Islamic", "B-NORP"), ("State", "O"), ("Radio", "O")]))
    assert not any("Islamic State" in _mentions(found, name) for name in found)


# --- 6. an office held "as" ----------------------------------------------------------------------

def _tenure(description: str) -> list[tuple]:
    """'Ann Dorr opened a clinic . During her tenure as governor , the state grew . The former
    <description> said she was proud .'"""
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Dorr", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("opened", "VBD", "VERB", 2, "ROOT", "O", False),
            ("a", "DT", "DET", 4, "det", "O", False),
            ("clinic", "NN", "NOUN", 2, "dobj", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False),
            ("During", "IN", "ADP", 14, "prep", "O", True),
            ("her", "PRP$", "PRON", 8, "poss", "O", False),
            ("tenure", "NN", "NOUN", 6, "pobj", "O", False),
            ("as", "IN", "ADP", 8, "prep", "O", False),
            ("governor", "NN", "NOUN", 9, "pobj", "O", False),
            (",", ",", "PUNCT", 14, "punct", "O", False),
            ("the", "DT", "DET", 13, "det", "O", False),
            ("state", "NN", "NOUN", 14, "nsubj", "O", False),
            ("grew", "VBD", "VERB", 14, "ROOT", "O", False),
            (".", ".", "PUNCT", 14, "punct", "O", False),
            ("The", "DT", "DET", 18, "det", "O", True),
            ("former", "JJ", "ADJ", 18, "amod", "O", False),
            (description, "NN", "NOUN", 19, "nsubj", "O", False),
            ("said", "VBD", "VERB", 19, "ROOT", "O", False),
            ("she", "PRP", "PRON", 21, "nsubj", "O", False),
            ("was", "VBD", "AUX", 19, "ccomp", "O", False),
            ("proud", "JJ", "ADJ", 21, "acomp", "O", False),
            (".", ".", "PUNCT", 19, "punct", "O", False)]


def test_an_office_held_as_is_said_of_the_holder(stage_entities):
    found = stage_entities(_tenure("governor"))
    assert "The former governor" in _mentions(found, "Ann Dorr")


def test_only_a_bare_office_after_as_is_a_capacity(build_doc):
    from newsevents.components.entities import EntityResolver

    doc = build_doc("Reed served as mayor", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "NOUN"])
    assert EntityResolver._capacity_of(doc[3]) is not None
    # "as the mayor", "as his mayor": a determiner makes it someone ("as the mayor said")
    doc = build_doc("Reed spoke as the mayor", heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN"])
    assert EntityResolver._capacity_of(doc[4]) is None
