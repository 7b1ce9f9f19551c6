"""Quoted capitalised words in an aside right after a person's name that names a name (``(a.k.a. "...")``, ``-- he
went by the nickname "..." --``) are what that person is called: they and their later uses alone are mentions of
that person. Hand-built Docs of sentences written for these tests; none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


# Ann Reed ( a.k.a. " Reedy Ann " ) left .
BRACKETED = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 9, "nsubj", "I-PERSON"),
             ("(", "-LRB-", "PUNCT", 1, "punct", "O"), ("a.k.a.", "JJ", "ADJ", 1, "amod", "O"),
             ('"', "``", "PUNCT", 6, "punct", "O"), ("Reedy", "NNP", "PROPN", 6, "compound", "B-PERSON"),
             ("Ann", "NNP", "PROPN", 1, "appos", "I-PERSON"), ('"', "''", "PUNCT", 6, "punct", "O"),
             (")", "-RRB-", "PUNCT", 1, "punct", "O"), ("left", "VBD", "VERB", 9, "ROOT", "O"),
             (".", ".", "PUNCT", 9, "punct", "O")]
# Reedy Ann came back .
CAME_BACK = [("Reedy", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Ann", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
             ("came", "VBD", "VERB", 2, "ROOT", "O"), ("back", "RB", "ADV", 2, "advmod", "O"),
             (".", ".", "PUNCT", 2, "punct", "O")]


def _dashed(cue: list[tuple], quoted: list[str]) -> list[tuple]:
    """``Tom Baker -- <cue> " <quoted> " -- was a talker .`` (the cue's words at 3.., heads relative)."""
    at = 3 + len(cue)  # the opening mark
    last = at + len(quoted)
    return [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Baker", "NNP", "PROPN", last + 3, "nsubj", "I-PERSON"),
            ("--", ":", "PUNCT", 1, "punct", "O"), *cue, ('"', "``", "PUNCT", last, "punct", "O"),
            *[(w, "NNP", "PROPN", last if k == len(quoted) - 1 else last, "compound" if k < len(quoted) - 1 else "appos",
               "O") for k, w in enumerate(quoted)],
            ('"', "''", "PUNCT", last, "punct", "O"), ("--", ":", "PUNCT", 1, "punct", "O"),
            ("was", "VBD", "AUX", last + 3, "ROOT", "O"), ("a", "DT", "DET", last + 5, "det", "O"),
            ("talker", "NN", "NOUN", last + 3, "attr", "O"), (".", ".", "PUNCT", last + 3, "punct", "O")]


# he went by the nickname
WENT_BY = [("he", "PRP", "PRON", 4, "nsubj", "O"), ("went", "VBD", "VERB", 1, "parataxis", "O"),
           ("by", "IN", "ADP", 4, "prep", "O"), ("the", "DT", "DET", 7, "det", "O"), ("nickname", "NN", "NOUN", 5, "pobj", "O")]
# who shouted
SHOUTED = [("who", "WP", "PRON", 4, "nsubj", "O"), ("shouted", "VBD", "VERB", 1, "relcl", "O")]
# And Big T asked .  (the nickname used alone, untagged)
ASKED = [("And", "CC", "CCONJ", 3, "cc", "O"), ("Big", "JJ", "ADJ", 2, "amod", "O"), ("T", "NN", "NOUN", 3, "nsubj", "O"),
         ("asked", "VBD", "VERB", 3, "ROOT", "O"), (".", ".", "PUNCT", 3, "punct", "O")]


def test_quoted_name_after_an_alias_marker_in_brackets_is_the_persons_nickname(stage_entities):
    # Ann Reed (a.k.a. "Reedy Ann") left. Reedy Ann came back.
    found = stage_entities(_doc(BRACKETED, CAME_BACK))
    assert _texts(found, "Ann Reed").count("Reedy Ann") == 2, found
    assert "Reedy Ann" not in found, found


def test_quoted_name_after_a_name_noun_in_a_dashed_aside_and_its_later_uses_are_the_person(stage_entities):
    # Tom Baker -- he went by the nickname "Big T" -- was a talker. And Big T asked.
    found = stage_entities(_doc(_dashed(WENT_BY, ["Big", "T"]), ASKED))
    assert _texts(found, "Tom Baker").count("Big T") == 2, found


def test_quoted_words_in_an_aside_that_names_no_name_are_no_nickname(stage_entities):
    # Tom Baker -- who shouted "Big T" -- was a talker. And Big T asked.
    found = stage_entities(_doc(_dashed(SHOUTED, ["Big", "T"]), ASKED))
    assert "Big T" not in _texts(found, "Tom Baker"), found
