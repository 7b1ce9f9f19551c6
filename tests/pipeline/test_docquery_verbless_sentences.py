"""docquery.verbless_sentences: the sentences with no verb or auxiliary (a headline line), read from
the Doc's arrays (speed35: the two headline rules of the events stage walked every word of every
sentence for it). Hand-built Docs of invented lines; no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.docquery import verbless_sentences

# "Dockers strike pay deal" (a headline, the verb tagged a noun) / "The union said it agreed ." /
# "Talks over" / "Ports are shut ." -- four sentences, the first and third with no verb
WORDS = ["Dockers", "strike", "pay", "deal", "The", "union", "said", "it", "agreed", ".",
         "Talks", "over", "Ports", "are", "shut", "."]
HEADS = [1, 1, 3, 1, 5, 6, 6, 8, 6, 6, 10, 10, 13, 13, 13, 13]
DEPS = ["compound", "ROOT", "compound", "dobj", "det", "nsubj", "ROOT", "nsubj", "ccomp", "punct",
        "ROOT", "advmod", "nsubj", "ROOT", "acomp", "punct"]
POS = ["NOUN", "NOUN", "NOUN", "NOUN", "DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT",
       "NOUN", "ADV", "NOUN", "AUX", "ADJ", "PUNCT"]


def _doc(pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=pos,
               sent_starts=[i in (0, 4, 10, 12) for i in range(len(WORDS))])


def test_the_sentences_without_a_verb_or_an_auxiliary_in_order() -> None:
    found = verbless_sentences(_doc(POS))
    assert [(s.start, s.end) for s in found] == [(0, 4), (10, 12)]


def test_an_auxiliary_alone_makes_a_sentence_verbal() -> None:
    # "Ports are shut": no VERB, an AUX
    assert (12, 16) not in [(s.start, s.end) for s in verbless_sentences(_doc(POS))]


def test_the_answer_follows_a_word_made_a_verb() -> None:
    doc = _doc(POS)
    doc[1].pos_ = "VERB"  # "strike" read as the headline's verb
    assert [(s.start, s.end) for s in verbless_sentences(doc)] == [(10, 12)]


def test_a_doc_whose_every_sentence_has_a_verb_has_none() -> None:
    pos = list(POS)
    pos[1] = pos[11] = "VERB"
    assert verbless_sentences(_doc(pos)) == []
