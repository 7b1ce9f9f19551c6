"""Which words of an article may be event triggers at all (components/events.py's ``_may_trigger``,
read from the Doc's arrays): verbs and nouns with lexicon rows, verbs of a complement clause, and
the joined word of a hyphenated noun or verb; on invented sentences with hand-built parses and
invented rows."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.components.events import _may_trigger
from newsevents.eventcoding.lexicon import Entry


def _rows(pos: str, lemma: str) -> list[Entry]:
    return [Entry(pos=pos, lemma=lemma, conditions=(), event="PROTEST", mode=None, cameo="14", frame="std",
                  recipient_preps=frozenset(), negated=None)]


LEXICON = {("VERB", "march"): _rows("VERB", "march"), ("NOUN", "walkout"): _rows("NOUN", "walkout"),
           ("NOUN", "rally"): _rows("NOUN", "rally")}


def test_verbs_and_nouns_with_rows_and_complement_verbs(build_doc) -> None:
    doc = build_doc("Farmers marched and said officials must hold a rally", heads=[1, 1, 1, 1, 6, 6, 3, 8, 6],
                    deps=["nsubj", "ROOT", "cc", "conj", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "CCONJ", "VERB", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                    lemmas=["farmer", "march", "and", "say", "official", "must", "hold", "a", "rally"])
    # "marched" has rows; "hold" heads a complement clause (a reported obligation may be a demand);
    # "rally" has rows; "said" and the other nouns have none
    assert _may_trigger(doc, LEXICON) == [False, True, False, False, False, False, True, False, True]


def test_the_second_part_of_a_hyphenated_word_is_read_whole(build_doc) -> None:
    vocab = build_doc("x", heads=[0], deps=["ROOT"], pos=["X"]).vocab
    # "Staff began a walk-out": "out" read as "walkout"; a spaced "walk - out" is three words
    doc = Doc(vocab, words=["Staff", "began", "a", "walk", "-", "out", "after", "walk", "-", "out"],
              spaces=[True, True, True, False, False, True, True, True, True, False],
              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN"],
              lemmas=["staff", "begin", "a", "walk", "-", "out", "after", "walk", "-", "out"])
    assert _may_trigger(doc, LEXICON) == [False] * 5 + [True] + [False] * 4


def test_words_already_looked_up_are_remembered(build_doc) -> None:
    doc = build_doc("Crowds rally", heads=[1, 1], deps=["nsubj", "ROOT"], pos=["NOUN", "VERB"],
                    lemmas=["crowd", "rally"])
    known: dict[tuple[int, int, int], bool] = {}
    assert _may_trigger(doc, LEXICON, known) == [False, False]  # the verb "rally" has no rows here
    assert len(known) == 2 and not any(known.values())
    assert _may_trigger(Doc(doc.vocab, words=[]), LEXICON, known) == []
