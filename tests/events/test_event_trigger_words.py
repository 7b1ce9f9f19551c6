"""The events stage's first pass over an article's words (components/events.py's ``_may_trigger``)
with the answers it remembers per word (``EventTables.trigger_words``): the same flags as a fresh
look-up, article after article, on invented sentences with hand-built parses."""

from __future__ import annotations

from newsevents.components import events
from newsevents.eventcoding.lexicon import load_lexicon


def _docs(build_doc):
    first = build_doc("Rebels attacked the town and police arrested them",
                      heads=[1, 1, 3, 1, 1, 6, 1, 6], deps=["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "dobj"],
                      pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "VERB", "PRON"],
                      lemmas=["rebel", "attack", "the", "town", "and", "police", "arrest", "they"])
    # "attacked" again, "attack" as a noun, and a word with no rows
    second = build_doc("The attack came after rebels attacked and talked",
                       heads=[1, 2, 2, 2, 5, 3, 5, 5], deps=["det", "nsubj", "ROOT", "prep", "nsubj", "pcomp", "cc", "conj"],
                       pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "VERB", "CCONJ", "VERB"],
                       lemmas=["the", "attack", "come", "after", "rebel", "attack", "and", "talk"])
    return first, second


def test_remembered_words_give_the_flags_of_a_fresh_look_up(build_doc) -> None:
    lexicon = load_lexicon()
    known: dict[tuple[int, int, int], bool] = {}
    for doc in _docs(build_doc):
        assert events._may_trigger(doc, lexicon, known) == events._may_trigger(doc, lexicon)
    assert known  # filled: the second article reads "attacked" from it
    assert events._may_trigger(_docs(build_doc)[0], lexicon, known)[1] is True


def test_a_full_memory_starts_afresh(build_doc, monkeypatch) -> None:
    lexicon = load_lexicon()
    monkeypatch.setattr(events, "_TRIGGER_WORDS_KEPT", 2)
    known = {(0, 0, 0): True, (0, 0, 1): True}  # full, and holding no word of the article
    first, _ = _docs(build_doc)
    assert events._may_trigger(first, lexicon, known) == events._may_trigger(first, lexicon)
    assert (0, 0, 0) not in known
