"""A quotation after picture captions flattened into the text goes on with the previous speaker's
words (hand-built Docs, sentences of our own): ``'...,' she said. <captions, no full stop> 'The car
was perfect. We will win next time.'`` — the parser ran the quotation into the captions' sentence,
but it is a clause of its own. Kept: a quotation some word of the run before it governs (a verb
taking quoted words) is no continuation, nor one after a run that holds a sentence end.
"""

from __future__ import annotations

from tests.quote_rows import quotes_of


def _rows(stop_in_run: bool = False) -> list[tuple]:
    """'We lost the grip,' she said. Fans wait in the rain at the gate Ann Lee signs shirts after
    the match 'The car was perfect. We will win next time.'"""
    rows = [
        ("'", False, "``", "PUNCT", "punct", 2, "'", "O", True),
        ("We", True, "PRP", "PRON", "nsubj", 2, "we", "O", False),
        ("lost", True, "VBD", "VERB", "ccomp", 8, "lose", "O", False),
        ("the", True, "DT", "DET", "det", 4, "the", "O", False),
        ("grip", False, "NN", "NOUN", "dobj", 2, "grip", "O", False),
        (",", False, ",", "PUNCT", "punct", 2, ",", "O", False),
        ("'", True, "''", "PUNCT", "punct", 2, "'", "O", False),
        ("she", True, "PRP", "PRON", "nsubj", 8, "she", "O", False),
        ("said", False, "VBD", "VERB", "ROOT", 8, "say", "O", False),
        (".", True, ".", "PUNCT", "punct", 8, ".", "O", False),
        ("Fans", True, "NNS", "NOUN", "nsubj", 11, "fan", "O", True),
        ("wait", True, "VBP", "VERB", "ROOT", 11, "wait", "O", False),
        ("in", True, "IN", "ADP", "prep", 11, "in", "O", False),
        ("the", True, "DT", "DET", "det", 14, "the", "O", False),
        ("rain", not stop_in_run, "NN", "NOUN", "pobj", 12, "rain", "O", False),
    ]
    k = len(rows)
    if stop_in_run:  # "... in the rain. Ann Lee signs shirts after the match"
        rows += [(".", True, ".", "PUNCT", "punct", 11, ".", "O", False),
                 ("Ann", True, "NNP", "PROPN", "compound", k + 2, "Ann", "B-PERSON", True),
                 ("Lee", True, "NNP", "PROPN", "nsubj", k + 3, "Lee", "I-PERSON", False),
                 ("signs", True, "VBZ", "VERB", "ROOT", k + 3, "sign", "O", False)]
    else:  # "... in the rain at the gate Ann Lee signs shirts after the match"
        rows += [("at", True, "IN", "ADP", "prep", 11, "at", "O", False),
                 ("the", True, "DT", "DET", "det", k + 2, "the", "O", False),
                 ("gate", True, "NN", "NOUN", "pobj", k, "gate", "O", False),
                 ("Ann", True, "NNP", "PROPN", "compound", k + 4, "Ann", "B-PERSON", False),
                 ("Lee", True, "NNP", "PROPN", "nsubj", k + 5, "Lee", "I-PERSON", False),
                 ("signs", True, "VBZ", "VERB", "conj", 11, "sign", "O", False)]
    v = len(rows) - 1
    rows += [("shirts", True, "NNS", "NOUN", "dobj", v, "shirt", "O", False),
             ("after", True, "IN", "ADP", "prep", v, "after", "O", False),
             ("the", True, "DT", "DET", "det", v + 4, "the", "O", False),
             ("match", True, "NN", "NOUN", "pobj", v + 2, "match", "O", False)]
    return rows + _quotation(len(rows), governor=11 if not stop_in_run else len(rows) - 5)


def _quotation(q: int, governor: int) -> list[tuple]:
    """'The car was perfect. We will win next time.' with its first clause hung on the run's verb
    ``governor`` (as the parser hangs a quotation run into the sentence before it)."""
    return [
        ("'", False, "``", "PUNCT", "punct", q + 3, "'", "O", False),
        ("The", True, "DT", "DET", "det", q + 2, "the", "O", False),
        ("car", True, "NN", "NOUN", "nsubj", q + 3, "car", "O", False),
        ("was", True, "VBD", "AUX", "ccomp", governor, "be", "O", False),
        ("perfect", False, "JJ", "ADJ", "acomp", q + 3, "perfect", "O", False),
        (".", True, ".", "PUNCT", "punct", q + 3, ".", "O", False),
        ("We", True, "PRP", "PRON", "nsubj", q + 8, "we", "O", True),
        ("will", True, "MD", "AUX", "aux", q + 8, "will", "O", False),
        ("win", True, "VB", "VERB", "ROOT", q + 8, "win", "O", False),
        ("next", True, "JJ", "ADJ", "amod", q + 10, "next", "O", False),
        ("time", False, "NN", "NOUN", "npadvmod", q + 8, "time", "O", False),
        (".", False, ".", "PUNCT", "punct", q + 8, ".", "O", False),
        ("'", False, "''", "PUNCT", "punct", q + 8, "'", "O", False),
    ]


def _note_rows() -> list[tuple]:
    """'We lost the grip,' she said. Police found a note reading 'The car was perfect. We will win
    next time.'"""
    rows = _rows()[:10] + [
        ("Police", True, "NNS", "NOUN", "nsubj", 11, "police", "O", True),
        ("found", True, "VBD", "VERB", "ROOT", 11, "find", "O", False),
        ("a", True, "DT", "DET", "det", 13, "a", "O", False),
        ("note", True, "NN", "NOUN", "dobj", 11, "note", "O", False),
        ("reading", True, "VBG", "VERB", "acl", 13, "read", "O", False),
    ]
    return rows + _quotation(len(rows), governor=14)


def _speaker_of(rows: list[tuple], words: str) -> str | None:
    return next(speaker for content, _, speaker in quotes_of(rows) if content.startswith(words))


def test_a_quotation_after_a_caption_run_goes_on_with_the_speaker() -> None:
    assert _speaker_of(_rows(), "The car was perfect") == "she"


def test_a_quotation_a_verb_of_the_run_reads_is_no_continuation() -> None:
    assert _speaker_of(_note_rows(), "The car was perfect") != "she"


def test_a_run_with_a_sentence_end_is_no_caption_run() -> None:
    assert _speaker_of(_rows(stop_in_run=True), "The car was perfect") is None
