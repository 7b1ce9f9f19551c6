"""A person the article names by a surname alone (hand-built Docs, sentences of our own): in ``Vantrell, 52,
builds boats. Vantrell says he sleeps little.`` the word the tagger reads as a common noun where it opens a
sentence is a person, given away twice (an age in commas; the subject of a verb of saying whose sentence
goes on with ``he``); every lone ``Vantrell`` is that person. Not on one sign alone, not when the sentence
goes on with ``it`` (a body), not when the article writes the word in lower case too.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _aged(word: str, at: int) -> list[Row]:
    """``<word>, 52, builds boats.`` from token ``at``."""
    return [
        (word, "NN", "NOUN", at + 4, "nsubj", "O", True), (",", ",", "PUNCT", at, "punct", "O", False),
        ("52", "CD", "NUM", at, "appos", "O", False), (",", ",", "PUNCT", at, "punct", "O", False),
        ("builds", "VBZ", "VERB", at + 4, "ROOT", "O", False), ("boats", "NNS", "NOUN", at + 4, "dobj", "O", False),
        (".", ".", "PUNCT", at + 4, "punct", "O", False),
    ]


def _says(word: str, pronoun: str, at: int) -> list[Row]:
    """``<word> says <pronoun> sleeps little.`` from token ``at``."""
    return [
        (word, "NN", "NOUN", at + 1, "nsubj", "O", True), ("says", "VBZ", "VERB", at + 1, "ROOT", "O", False),
        (pronoun, "PRP", "PRON", at + 3, "nsubj", "O", False), ("sleeps", "VBZ", "VERB", at + 1, "ccomp", "O", False),
        ("little", "RB", "ADV", at + 3, "advmod", "O", False), (".", ".", "PUNCT", at + 1, "punct", "O", False),
    ]


def _spaces(rows: list[Row]) -> list[str]:
    return ["" if k + 1 < len(rows) and rows[k + 1][0] in {",", "."} else " " for k in range(len(rows))]


LEMMAS = {"says": "say", "builds": "build", "sleeps": "sleep"}


def _run(stage_entities_verbs, rows: list[Row]) -> dict:
    return stage_entities_verbs(rows, _spaces(rows), lemma_of=LEMMAS)


def test_a_surname_given_an_age_and_a_gendered_speech_is_one_person(stage_entities_verbs) -> None:
    rows = _aged("Vantrell", 0) + _says("Vantrell", "he", 7)
    found = _run(stage_entities_verbs, rows)
    assert "Vantrell" in found and found["Vantrell"].type == "PERSON"
    assert [m.text for m in found["Vantrell"].mentions][:2] == ["Vantrell", "Vantrell"]


def test_two_gendered_speeches_suffice(stage_entities_verbs) -> None:
    rows = _says("Vantrell", "she", 0) + _says("Vantrell", "she", 6)
    found = _run(stage_entities_verbs, rows)
    assert "Vantrell" in found and found["Vantrell"].type == "PERSON"


def test_not_on_one_sign_nor_after_it(stage_entities_verbs) -> None:
    one = _run(stage_entities_verbs, _says("Vantrell", "he", 0) + _says("Vantrell", "it", 6))
    assert "Vantrell" not in one or one["Vantrell"].type != "PERSON"


def test_not_a_word_the_article_writes_in_lower_case(stage_entities_verbs) -> None:
    rows = _aged("Timber", 0) + _says("Timber", "he", 7) + [
        ("Some", "DT", "DET", 14, "det", "O", True), ("timber", "NN", "NOUN", 15, "nsubj", "O", False),
        ("rots", "VBZ", "VERB", 15, "ROOT", "O", False), (".", ".", "PUNCT", 15, "punct", "O", False),
    ]
    found = _run(stage_entities_verbs, rows)
    assert "Timber" not in found or found["Timber"].type != "PERSON"
