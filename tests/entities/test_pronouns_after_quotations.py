"""Pronouns left unlinked (brief s16-prons16, issue 15): the speaker of ``"...," she said`` after a
quotation of several sentences is sought before the quotation, however many sentences it ran;
a pronoun after two people of its gender joined by ``and`` is left to no one. Hand-built Docs of
sentences written for these tests (rows: word, tag, pos, head within the sentence, dep, entity
tag, space after)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def resolve(stage_entities):
    def run(sentences: list[list[tuple]]) -> dict:
        rows, spaces = [], []
        for sentence in sentences:
            base = len(rows)
            rows += [(word, tag, pos, base + head, dep, ent, k == 0)
                     for k, (word, tag, pos, head, dep, ent, _) in enumerate(sentence)]
            spaces += [space for *_, space in sentence]
        return stage_entities(rows, spaces)

    return run


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def _subject(given: str, family: str, at: int, head: int) -> list[tuple]:
    return [(given, "NNP", "PROPN", at, "compound", "B-PERSON", True),
            (family, "NNP", "PROPN", head, "nsubj", "I-PERSON", True)]


def _plain(subject: str, verb: str, last: bool = False) -> list[tuple]:
    """SUBJECT VERB . as a sentence of its own."""
    return [(subject, "PRP" if subject.islower() or subject in {"We", "It"} else "NNP", "PRON", 1, "nsubj", "O", True),
            (verb, "VBD", "VERB", 1, "ROOT", "O", False), (".", ".", "PUNCT", 1, "punct", "O", not last)]


ANN_SPOKE = [*_subject("Ann", "Lee", 1, 2), ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
             (".", ".", "PUNCT", 2, "punct", "O", True)]


def test_the_speaker_after_a_long_quotation_is_sought_before_it(resolve) -> None:
    # Ann Lee spoke . “We won . We tried . We rested . Thanks ,” she said .
    quote = [[("\u201c", "``", "PUNCT", 2, "punct", "O", False), ("We", "PRP", "PRON", 2, "nsubj", "O", True),
              ("won", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", True)],
             _plain("We", "tried"), _plain("We", "rested"),
             [("Thanks", "UH", "INTJ", 4, "intj", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
              ("\u201d", "''", "PUNCT", 4, "punct", "O", True), ("she", "PRP", "PRON", 4, "nsubj", "O", True),
              ("said", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False)]]
    found = resolve([ANN_SPOKE, *quote])
    assert "she" in texts(found, "Ann Lee")


def test_without_a_quotation_the_reach_of_a_pronoun_stays_three_sentences(resolve) -> None:
    # Ann Lee spoke . Rain fell . Roads closed . Schools shut . Then she left .
    found = resolve([ANN_SPOKE, _plain("Rain", "fell"), _plain("Roads", "closed"), _plain("Schools", "shut"),
                     [("Then", "RB", "ADV", 2, "advmod", "O", True), ("she", "PRP", "PRON", 2, "nsubj", "O", True),
                      ("left", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]])
    assert "she" not in texts(found, "Ann Lee")


def _met(second_given: str) -> list[list[tuple]]:
    # Tom Hale and <second_given> Rhodes met . He left .
    return [[("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
             ("Hale", "NNP", "PROPN", 5, "nsubj", "I-PERSON", True), ("and", "CC", "CCONJ", 1, "cc", "O", True),
             (second_given, "NNP", "PROPN", 4, "compound", "B-PERSON", True),
             ("Rhodes", "NNP", "PROPN", 1, "conj", "I-PERSON", True), ("met", "VBD", "VERB", 5, "ROOT", "O", False),
             (".", ".", "PUNCT", 5, "punct", "O", True)],
            [("He", "PRP", "PRON", 1, "nsubj", "O", True), ("left", "VBD", "VERB", 1, "ROOT", "O", False),
             (".", ".", "PUNCT", 1, "punct", "O", False)]]


def test_a_pronoun_after_two_men_joined_by_and_is_no_one(resolve) -> None:
    found = resolve(_met("Jim"))
    assert "He" not in texts(found, "Tom Hale") and "He" not in texts(found, "Jim Rhodes")


def test_a_pronoun_after_a_man_and_a_woman_joined_by_and_is_the_one_of_its_gender(resolve) -> None:
    found = resolve(_met("Ann"))
    assert "He" in texts(found, "Tom Hale") and "He" not in texts(found, "Ann Rhodes")
