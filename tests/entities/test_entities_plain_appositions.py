"""Appositions whose noun is no known role (hand-built Docs, sentences of our own): a noun phrase
with an article, or ``one of ...``, set off by a comma right after a person's or a body's name and
in apposition to it says what that one is, so it is a mention of the name (``Ann Pike, a
philanthropist,``; after a body's name only with ``the``: ``Acme, a retailer,`` is a predicate; ``Tom Rade, one of the signatories,``; ``The Harbor Guild, the civic
organization,``; the first of two coordinated nouns, ``the feminist leader and author``). It gives
no codes. A number in apposition (an age) is no mention.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


PHILANTHROPIST: list[Row] = [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Pike", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
    ("philanthropist", "NN", "NOUN", 1, "appos", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("backs", "VBZ", "VERB", 6, "ROOT", "O", False), ("the", "DT", "DET", 8, "det", "O", False),
    ("plan", "NN", "NOUN", 6, "dobj", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False),
]

SIGNATORIES: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Rade", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("one", "CD", "NUM", 1, "appos", "B-CARDINAL", False),
    ("of", "IN", "ADP", 3, "prep", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
    ("signatories", "NNS", "NOUN", 4, "pobj", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
    ("backs", "VBZ", "VERB", 8, "ROOT", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
    ("plan", "NN", "NOUN", 8, "dobj", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
]

GUILD: list[Row] = [
    ("The", "DT", "DET", 2, "det", "B-ORG", True), ("Harbor", "NNP", "PROPN", 2, "compound", "I-ORG", False),
    ("Guild", "NNP", "PROPN", 8, "nsubj", "I-ORG", False), (",", ",", "PUNCT", 2, "punct", "O", False),
    ("the", "DT", "DET", 6, "det", "O", False), ("civic", "JJ", "ADJ", 6, "amod", "O", False),
    ("organization", "NN", "NOUN", 2, "appos", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
    ("backs", "VBZ", "VERB", 8, "ROOT", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
    ("plan", "NN", "NOUN", 8, "dobj", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
]

LEADER_AND_AUTHOR: list[Row] = [
    ("Mary", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Olden", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("the", "DT", "DET", 5, "det", "O", False),
    ("feminist", "JJ", "ADJ", 5, "amod", "O", False), ("leader", "NN", "NOUN", 1, "appos", "O", False),
    ("and", "CC", "CCONJ", 5, "cc", "O", False), ("author", "NN", "NOUN", 5, "conj", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("backs", "VBZ", "VERB", 9, "ROOT", "O", False),
    ("the", "DT", "DET", 11, "det", "O", False), ("plan", "NN", "NOUN", 9, "dobj", "O", False),
    (".", ".", "PUNCT", 9, "punct", "O", False),
]

AGE: list[Row] = [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Pike", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("45", "CD", "NUM", 1, "appos", "B-DATE", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("backs", "VBZ", "VERB", 5, "ROOT", "O", False),
    ("the", "DT", "DET", 7, "det", "O", False), ("plan", "NN", "NOUN", 5, "dobj", "O", False),
    (".", ".", "PUNCT", 5, "punct", "O", False),
]


def test_an_apposition_with_an_unlisted_noun_is_a_mention_of_the_person(stage_entities) -> None:
    person = stage_entities(PHILANTHROPIST)["Ann Pike"]
    assert _texts(person) == ["Ann Pike", "a philanthropist"]
    assert person.country is None and person.sector == []  # it gives no codes


def test_one_of_a_plural_in_apposition_is_a_mention_of_the_person(stage_entities) -> None:
    assert _texts(stage_entities(SIGNATORIES)["Tom Rade"]) == ["Tom Rade", "one of the signatories"]


def test_an_apposition_to_a_body_is_a_mention_of_the_body(stage_entities) -> None:
    found = stage_entities(GUILD)
    body = next(e for e in found.values() if "Harbor Guild" in e.name)
    assert "the civic organization" in _texts(body)


def test_the_first_of_two_coordinated_nouns_in_apposition_is_a_mention(stage_entities) -> None:
    assert "the feminist leader" in _texts(stage_entities(LEADER_AND_AUTHOR)["Mary Olden"])


def test_a_number_in_apposition_is_no_mention(stage_entities) -> None:
    assert _texts(stage_entities(AGE)["Ann Pike"]) == ["Ann Pike"]
