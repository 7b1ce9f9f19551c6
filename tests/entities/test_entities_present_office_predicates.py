"""``Dale Brenner is the Republican governor of Florida.`` (persons31): a state office said of a named person
by a definite predicate of ``be`` in the present tense (an opinion column's closing author line) is held now
and gives its sector, as an apposition (``Dale Brenner, the governor of Florida,``) does; ``was the governor``
is a past office and gives none. Hand-built Docs of sentences written for these tests (rows: word, tag, pos,
head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations

# ``is`` and ``was`` with the lemma ``be``, as the model gives them (the rule reads a predicate of ``be``)
BE = {"is": "be", "was": "be"}


def author_line(verb: str, tag: str) -> list[tuple]:
    return [("Voters", "NNS", "NOUN", 1, "nsubj", "O", True), ("want", "VBP", "VERB", 1, "ROOT", "O", False),
            ("change", "NN", "NOUN", 1, "dobj", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False),
            ("Dale", "NNP", "PROPN", 5, "compound", "B-PERSON", True),
            ("Brenner", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False), (verb, tag, "AUX", 6, "ROOT", "O", False),
            ("the", "DT", "DET", 9, "det", "O", False), ("Republican", "JJ", "ADJ", 9, "amod", "B-NORP", False),
            ("governor", "NN", "NOUN", 6, "attr", "O", False), ("of", "IN", "ADP", 9, "prep", "O", False),
            ("Florida", "NNP", "PROPN", 10, "pobj", "B-GPE", False), (".", ".", "PUNCT", 6, "punct", "O", False)]


def test_a_present_office_predicate_gives_the_offices_sector(stage_entities) -> None:
    found = stage_entities(author_line("is", "VBZ"), lemma_of=BE)
    assert "GOV" in found["Dale Brenner"].sector, found["Dale Brenner"]
    assert found["Dale Brenner"].country == "USA", found["Dale Brenner"]


def test_a_past_office_predicate_gives_no_sector(stage_entities) -> None:
    found = stage_entities(author_line("was", "VBD"), lemma_of=BE)
    assert "GOV" not in (found["Dale Brenner"].sector or []), found["Dale Brenner"]
