"""The quotes stage finds the words its searches start from (cue verbs, "according", claiming
adjectives, nouns of saying, verbs of saying tagged as nouns, "by") in one pass over the Doc's
arrays (speed35): the positions each search gets, and the scan living only while the stage reads
the Doc. Sentences invented; their parses written out by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import _WORD_SCAN_KEY, QuotesStage

# Mia Holt was adamant that the bridge was safe, according to a statement by the council.
# Officials say the road stays shut.
ROWS = [
    ("Mia", True, "NNP", "PROPN", "compound", 1, "Mia"),
    ("Holt", True, "NNP", "PROPN", "nsubj", 2, "Holt"),
    ("was", True, "VBD", "AUX", "ROOT", 2, "be"),
    ("adamant", True, "JJ", "ADJ", "acomp", 2, "adamant"),
    ("that", True, "IN", "SCONJ", "mark", 8, "that"),
    ("the", True, "DT", "DET", "det", 6, "the"),
    ("bridge", True, "NN", "NOUN", "nsubj", 7, "bridge"),
    ("was", True, "VBD", "AUX", "ccomp", 3, "be"),
    ("safe", False, "JJ", "ADJ", "acomp", 7, "safe"),
    (",", True, ",", "PUNCT", "punct", 2, ","),
    ("according", True, "VBG", "VERB", "prep", 2, "accord"),
    ("to", True, "IN", "ADP", "prep", 10, "to"),
    ("a", True, "DT", "DET", "det", 13, "a"),
    ("statement", True, "NN", "NOUN", "pobj", 11, "statement"),
    ("by", True, "IN", "ADP", "prep", 13, "by"),
    ("the", True, "DT", "DET", "det", 16, "the"),
    ("council", False, "NN", "NOUN", "pobj", 14, "council"),
    (".", True, ".", "PUNCT", "punct", 2, "."),
    ("Officials", True, "NNS", "NOUN", "nsubj", 19, "official"),
    ("say", True, "VBP", "VERB", "ROOT", 19, "say"),
    ("the", True, "DT", "DET", "det", 21, "the"),
    ("road", True, "NN", "NOUN", "nsubj", 22, "road"),
    ("stays", True, "VBZ", "VERB", "ccomp", 19, "stay"),
    ("shut", False, "JJ", "ADJ", "acomp", 22, "shut"),
    (".", False, ".", "PUNCT", "punct", 19, "."),
]
SAY, ACCORDING, ADAMANT, STATEMENT, BY = 19, 10, 3, 13, 14


def _doc(rows: list[tuple]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows],
               tags=[r[2] for r in rows], pos=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows], lemmas=[r[6] for r in rows],
               sent_starts=[k in (0, 18) for k in range(len(rows))])


def test_each_search_gets_the_positions_of_its_words() -> None:
    scan = QuotesStage(None, "quotes")._scan_words(_doc(ROWS))
    assert SAY in scan.cue_verbs and ACCORDING in scan.cue_verbs
    assert scan.cue_verbs == sorted(scan.cue_verbs)
    assert scan.claim_adjectives == [ADAMANT]
    assert scan.speech_nouns == [STATEMENT]
    assert scan.by == [BY]
    assert scan.noun_tagged_verbs == []


def test_a_verb_of_saying_tagged_as_a_noun_is_found_by_its_tag() -> None:
    # "Officials says ..." read by the tagger as a plural noun: the tag and the lemma find it
    rows = [*ROWS[:19], ("says", True, "NNS", "NOUN", "ROOT", 19, "say"), *ROWS[20:]]
    scan = QuotesStage(None, "quotes")._scan_words(_doc(rows))
    assert scan.noun_tagged_verbs == [SAY]
    assert SAY in scan.cue_verbs  # the lemma is a cue verb's whatever the tag; the cue search reads the tag
    assert STATEMENT in scan.speech_nouns and SAY not in scan.speech_nouns  # "says" is no noun of saying


def test_a_lemma_is_asked_of_the_lexicon_once() -> None:
    stage = QuotesStage(None, "quotes")
    stage._scan_words(_doc(ROWS))
    asked = dict(stage._lemma_kinds)
    again = stage._scan_words(_doc(ROWS))
    assert stage._lemma_kinds == asked
    assert again == stage._scan_words(_doc(ROWS))


def test_the_scan_lives_only_while_the_stage_reads_the_doc() -> None:
    stage = QuotesStage(None, "quotes")
    alone = [(q.content.start, q.content.end) for q in stage.extract(_doc(ROWS))]
    doc = stage(_doc(ROWS))
    assert _WORD_SCAN_KEY not in doc.user_data
    assert [(q.content.start, q.content.end) for q in doc._.quotes] == alone
