"""A subject pronoun is not anyone named in the clause its verb governs ("He said that Tom Reed
...": binding principle C), and after "X said Y ...", a pronoun that says ("..., he said") is the
one who spoke, not the subject of what was reported. Hand-built Docs of sentences of our own."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]

SPEECH = frozenset({"say", "suggest", "add"})


@pytest.fixture(scope="module")
def resolve(resolve_rows):
    """resolve(rows, speech=SPEECH) -> {entity name: [mention texts]}, the verbs of saying with their lemmas."""
    lemmas = {"said": "say", "suggested": "suggest"}
    return lambda rows, speech=SPEECH: resolve_rows(rows, lemma_of=lemmas, speech_verbs=speech)


def _said_late() -> list[Row]:
    """"Dan Reeve left . He returned . Mark Hollis said Reeve was late ." (tokens 0-13): Reeve is
    known to be a man (his "He"), Hollis not yet, so a bare nearness-and-gender reading of a later
    "he" picks Reeve."""
    return [("Dan", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Reeve", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("left", "VBD", "VERB", 2, "ROOT", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False),
            ("He", "PRP", "PRON", 5, "nsubj", "O", True),
            ("returned", "VBD", "VERB", 5, "ROOT", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O", False),
            ("Mark", "NNP", "PROPN", 8, "compound", "B-PERSON", True),
            ("Hollis", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
            ("said", "VBD", "VERB", 9, "ROOT", "O", False),
            ("Reeve", "NNP", "PROPN", 11, "nsubj", "B-PERSON", False),
            ("was", "VBD", "AUX", 9, "ccomp", "O", False),
            ("late", "JJ", "ADJ", 11, "acomp", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]


def test_he_is_not_the_man_named_in_the_clause_he_reports(resolve):
    # ... "But he suggested that Reeve was right ."
    rows = _said_late() + [
        ("But", "CC", "CCONJ", 16, "cc", "O", True),
        ("he", "PRP", "PRON", 16, "nsubj", "O", False),
        ("suggested", "VBD", "VERB", 16, "ROOT", "O", False),
        ("that", "IN", "SCONJ", 19, "mark", "O", False),
        ("Reeve", "NNP", "PROPN", 19, "nsubj", "B-PERSON", False),
        ("was", "VBD", "AUX", 16, "ccomp", "O", False),
        ("right", "JJ", "ADJ", 19, "acomp", "O", False),
        (".", ".", "PUNCT", 16, "punct", "O", False)]
    found = resolve(rows)
    assert "he" in found["Mark Hollis"]
    assert "he" not in found["Dan Reeve"]


def test_a_name_in_a_clause_before_the_subject_may_be_him(resolve):
    # ... "When Reeve arrived , he smiled ." : the fronted clause is not commanded by "he"
    rows = _said_late() + [
        ("When", "WRB", "SCONJ", 16, "advmod", "O", True),
        ("Reeve", "NNP", "PROPN", 16, "nsubj", "B-PERSON", False),
        ("arrived", "VBD", "VERB", 19, "advcl", "O", False),
        (",", ",", "PUNCT", 19, "punct", "O", False),
        ("he", "PRP", "PRON", 19, "nsubj", "O", False),
        ("smiled", "VBD", "VERB", 19, "ROOT", "O", False),
        (".", ".", "PUNCT", 19, "punct", "O", False)]
    found = resolve(rows)
    assert "he" in found["Dan Reeve"]


def test_the_next_speaker_is_the_one_who_spoke_not_the_one_reported(resolve):
    # ... '" Go , " he said .'
    rows = _said_late() + [
        ('"', "``", "PUNCT", 15, "punct", "O", True),
        ("Go", "VB", "VERB", 19, "ccomp", "O", False),
        (",", ",", "PUNCT", 19, "punct", "O", False),
        ('"', "''", "PUNCT", 19, "punct", "O", False),
        ("he", "PRP", "PRON", 19, "nsubj", "O", False),
        ("said", "VBD", "VERB", 19, "ROOT", "O", False),
        (".", ".", "PUNCT", 19, "punct", "O", False)]
    found = resolve(rows)
    assert "he" in found["Mark Hollis"]
    # without "say" known as a verb of saying, the nearer man of known gender wins: the rule moves it
    assert "he" in resolve(rows, frozenset())["Dan Reeve"]


def test_a_name_in_a_clause_hung_before_the_pronoun_may_be_him(resolve):
    # ... "Reeve finished , then he smiled ." parsed with "finished" as a parataxis of "smiled":
    # no quotation, so not a clause "he" reports
    rows = _said_late() + [
        ("Reeve", "NNP", "PROPN", 15, "nsubj", "B-PERSON", True),
        ("finished", "VBD", "VERB", 19, "parataxis", "O", False),
        (",", ",", "PUNCT", 19, "punct", "O", False),
        ("then", "RB", "ADV", 19, "advmod", "O", False),
        ("he", "PRP", "PRON", 19, "nsubj", "O", False),
        ("smiled", "VBD", "VERB", 19, "ROOT", "O", False),
        (".", ".", "PUNCT", 19, "punct", "O", False)]
    found = resolve(rows)
    assert "he" in found["Dan Reeve"]
