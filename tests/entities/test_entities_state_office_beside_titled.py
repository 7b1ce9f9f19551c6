"""``Senate Majority Leader Tom Belling spoke. Dana Whitcombe objected. The Oregon senator declined to vote.``
(persons31): a state's office named with its state (``the Oregon senator``) is read nearby (the sentence or
the two before) when the one person who fits untitled was named there; people the text titled by another office
are called by that office and do not make it a choice between two. Two untitled people there: no link.
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start;
heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


LEADER = [("Senate", "NNP", "PROPN", 2, "compound", "B-ORG", True), ("Majority", "NNP", "PROPN", 2, "compound", "O", False),
          ("Leader", "NNP", "PROPN", 4, "compound", "O", False), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
          ("Belling", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 5, "ROOT", "O", False),
          (".", ".", "PUNCT", 5, "punct", "O", False)]


def objected(first: str, last: str, at: int) -> list[tuple]:
    return [(first, "NNP", "PROPN", at + 1, "compound", "B-PERSON", True),
            (last, "NNP", "PROPN", at + 2, "nsubj", "I-PERSON", False),
            ("objected", "VBD", "VERB", at + 2, "ROOT", "O", False), (".", ".", "PUNCT", at + 2, "punct", "O", False)]


def declined(at: int) -> list[tuple]:
    return [("The", "DT", "DET", at + 2, "det", "O", True), ("Oregon", "NNP", "PROPN", at + 2, "compound", "B-GPE", False),
            ("senator", "NN", "NOUN", at + 3, "nsubj", "O", False), ("declined", "VBD", "VERB", at + 3, "ROOT", "O", False),
            ("to", "TO", "PART", at + 5, "aux", "O", False), ("vote", "VB", "VERB", at + 3, "xcomp", "O", False),
            (".", ".", "PUNCT", at + 3, "punct", "O", False)]


def test_the_state_senator_is_the_untitled_person_beside_a_titled_leader(stage_entities) -> None:
    found = stage_entities(LEADER + objected("Dana", "Whitcombe", 7) + declined(11))
    assert "The Oregon senator" in texts(found, "Dana Whitcombe"), found
    assert "The Oregon senator" not in texts(found, "Tom Belling"), found


def test_two_untitled_people_leave_the_state_senator_unlinked(stage_entities) -> None:
    found = stage_entities(objected("Ann", "Pelley", 0) + objected("Dana", "Whitcombe", 4) + declined(8))
    assert "The Oregon senator" not in texts(found, "Dana Whitcombe"), found
    assert "The Oregon senator" not in texts(found, "Ann Pelley"), found
