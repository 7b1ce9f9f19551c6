"""Branch recur34 (issue 15, residual times of two regression sets): a time of an event the sentence says
is still to come, inside the object of ``ahead of`` or ``heading into`` (``ahead of Monday's vote``) in a
clause not told in a simple past, or ``on <day>`` right after that object which the parser hung on a present
perfect (a present perfect takes no time of a day gone by), is read as ahead. Ahead of a simple past's act
the event may be gone: the tense reads the day, as does a past verb's own day. Hand-built Docs of sentences written for these tests; none is taken from a corpus."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.components.times import governing_tense
from newsevents.temporal.normalise import FUTURE, PAST


def _doc(pipeline, rows: list[tuple]) -> Doc:
    words, tags, pos, heads, deps, lemmas = (list(x) for x in zip(*rows, strict=True))
    return Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def _at(doc: Doc, word: str):
    i = [t.text for t in doc].index(word)
    return doc[i: i + 1]


SOLD = [("Traders", "NNS", "NOUN", 2, "nsubj", "trader"), ("have", "VBP", "AUX", 2, "aux", "have"),
        ("sold", "VBN", "VERB", 2, "ROOT", "sell"), ("shares", "NNS", "NOUN", 2, "dobj", "share"),
        ("ahead", "RB", "ADV", 2, "advmod", "ahead"), ("of", "IN", "ADP", 4, "prep", "of"),
        ("Monday", "NNP", "PROPN", 8, "poss", "Monday"), ("'s", "POS", "PART", 6, "case", "'s"),
        ("vote", "NN", "NOUN", 5, "pobj", "vote"), (".", ".", "PUNCT", 2, "punct", ".")]


def test_the_day_of_an_event_ahead_of_an_act_told_in_a_present_perfect_is_ahead(pipeline) -> None:
    # Traders have sold shares ahead of Monday 's vote .
    assert governing_tense(_at(_doc(pipeline, SOLD), "Monday")) == FUTURE


def test_ahead_of_a_simple_past_act_the_tense_reads_the_day(pipeline) -> None:
    # Traders sold shares on Friday ahead of Monday 's vote .  (the vote was ahead of Friday: it may be gone)
    rows = [("Traders", "NNS", "NOUN", 1, "nsubj", "trader"), ("sold", "VBD", "VERB", 1, "ROOT", "sell"),
            ("shares", "NNS", "NOUN", 1, "dobj", "share"), ("on", "IN", "ADP", 1, "prep", "on"),
            ("Friday", "NNP", "PROPN", 3, "pobj", "Friday"), ("ahead", "RB", "ADV", 1, "advmod", "ahead"),
            ("of", "IN", "ADP", 5, "prep", "of"), ("Monday", "NNP", "PROPN", 9, "poss", "Monday"),
            ("'s", "POS", "PART", 7, "case", "'s"), ("vote", "NN", "NOUN", 6, "pobj", "vote"),
            (".", ".", "PUNCT", 1, "punct", ".")]
    doc = _doc(pipeline, rows)
    assert governing_tense(_at(doc, "Monday")) == PAST
    assert governing_tense(_at(doc, "Friday")) == PAST


def test_the_day_of_the_event_one_is_heading_into_is_ahead(pipeline) -> None:
    # Heading into Tuesday 's primary , her lead has shrunk .
    rows = [("Heading", "VBG", "VERB", 9, "advcl", "head"), ("into", "IN", "ADP", 0, "prep", "into"),
            ("Tuesday", "NNP", "PROPN", 4, "poss", "Tuesday"), ("'s", "POS", "PART", 2, "case", "'s"),
            ("primary", "NN", "NOUN", 1, "pobj", "primary"), (",", ",", "PUNCT", 9, "punct", ","),
            ("her", "PRP$", "PRON", 7, "poss", "her"), ("lead", "NN", "NOUN", 9, "nsubj", "lead"),
            ("has", "VBZ", "AUX", 9, "aux", "have"), ("shrunk", "VBN", "VERB", 9, "ROOT", "shrink"),
            (".", ".", "PUNCT", 9, "punct", ".")]
    assert governing_tense(_at(_doc(pipeline, rows), "Tuesday")) == FUTURE


def _race(verb: tuple, aux: list[tuple]) -> list[tuple]:
    """``She [has] <verb> in a tight race ahead of the caucuses on Monday .`` with ``on Monday`` hung on the verb."""
    k = len(aux)
    v = 1 + k
    return [("She", "PRP", "PRON", v, "nsubj", "she"), *[(w, t, p, v, d, lem) for w, t, p, _h, d, lem in aux],
            (*verb[:3], v, "ROOT", verb[3]), ("in", "IN", "ADP", v, "prep", "in"),
            ("a", "DT", "DET", v + 4, "det", "a"), ("tight", "JJ", "ADJ", v + 4, "amod", "tight"),
            ("race", "NN", "NOUN", v + 1, "pobj", "race"), ("ahead", "RB", "ADV", v + 4, "advmod", "ahead"),
            ("of", "IN", "ADP", v + 5, "prep", "of"), ("the", "DT", "DET", v + 8, "det", "the"),
            ("caucuses", "NNS", "NOUN", v + 6, "pobj", "caucus"), ("on", "IN", "ADP", v, "prep", "on"),
            ("Monday", "NNP", "PROPN", v + 9, "pobj", "Monday"), (".", ".", "PUNCT", v, "punct", ".")]


def test_a_day_hung_on_a_present_perfect_after_an_event_ahead_is_the_events(pipeline) -> None:
    # She has stayed in a tight race ahead of the caucuses on Monday .
    rows = _race(("stayed", "VBN", "VERB", "stay"), [("has", "VBZ", "AUX", 0, "aux", "have")])
    assert governing_tense(_at(_doc(pipeline, rows), "Monday")) == FUTURE


def test_a_day_hung_on_a_simple_past_stays_the_past_acts(pipeline) -> None:
    # She stayed in a tight race ahead of the caucuses on Monday .  (English leaves it open: the verb's reading)
    rows = _race(("stayed", "VBD", "VERB", "stay"), [])
    assert governing_tense(_at(_doc(pipeline, rows), "Monday")) == PAST


def test_a_day_before_ahead_of_is_the_acts_own(pipeline) -> None:
    # They met on Monday ahead of the summit .
    rows = [("They", "PRP", "PRON", 1, "nsubj", "they"), ("met", "VBD", "VERB", 1, "ROOT", "meet"),
            ("on", "IN", "ADP", 1, "prep", "on"), ("Monday", "NNP", "PROPN", 2, "pobj", "Monday"),
            ("ahead", "RB", "ADV", 1, "advmod", "ahead"), ("of", "IN", "ADP", 4, "prep", "of"),
            ("the", "DT", "DET", 7, "det", "the"), ("summit", "NN", "NOUN", 5, "pobj", "summit"),
            (".", ".", "PUNCT", 1, "punct", ".")]
    assert governing_tense(_at(_doc(pipeline, rows), "Monday")) == PAST
