"""``docquery.token_table``: every token's attributes as lists, the same values the Token objects
give; kept per Doc until the parse or the entities change (``forget_token_table``, and each stage
starts with a new one); ``docquery.noun_chunks`` read from it gives spaCy's own chunks."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsevents.components.base import Stage
from newsevents.docquery import forget_token_table, noun_chunks, token_table

# "Anna and her brother painted the blue fence and the old gate near the harbour ."
_WORDS = "Anna and her brother painted the blue fence and the old gate near the harbour .".split()
_HEADS = [4, 0, 3, 0, 4, 7, 7, 4, 7, 11, 11, 7, 7, 14, 12, 4]
_DEPS = ["nsubj", "cc", "poss", "conj", "ROOT", "det", "amod", "dobj", "cc", "det", "amod", "conj", "prep", "det",
         "pobj", "punct"]
_POS = ["PROPN", "CCONJ", "PRON", "NOUN", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "NOUN", "ADP", "DET",
        "NOUN", "PUNCT"]
_TAGS = ["NNP", "CC", "PRP$", "NN", "VBD", "DT", "JJ", "NN", "CC", "DT", "JJ", "NN", "IN", "DT", "NN", "."]


def _doc(lang: str = "en") -> Doc:
    vocab = spacy.blank(lang).vocab
    spaces = [True] * len(_WORDS)
    spaces[-2] = spaces[-1] = False  # "harbour." and no space at the end
    return Doc(vocab, words=_WORDS, spaces=spaces, heads=_HEADS, deps=_DEPS, pos=_POS, tags=_TAGS,
               lemmas=[w.lower() for w in _WORDS], ents=["B-PERSON"] + ["O"] * (len(_WORDS) - 1),
               sent_starts=[True] + [False] * (len(_WORDS) - 1))


def test_columns_are_the_tokens_attributes() -> None:
    doc = _doc()
    table = token_table(doc)
    assert table.words == [t.text for t in doc]
    assert table.orth == [t.orth for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.ends == [t.idx + len(t) for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.space == [bool(t.whitespace_) for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]  # heads before and after the word alike
    assert table.ent_iob == [t.ent_iob for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert table.sent == [0] * len(doc)


def test_annotation_columns_read_again_once_forgotten() -> None:
    doc = _doc()
    table = token_table(doc)
    assert token_table(doc) is table
    words = table.words
    assert table.ent_type[0] == "PERSON"
    doc.set_ents([Span(doc, 0, 1, label="ORG")], default="unmodified")
    forget_token_table(doc)  # what a rule that changes the entities does
    assert token_table(doc).ent_type[0] == "ORG"
    assert token_table(doc).words is words  # the words' text never changes: kept


def test_each_stage_reads_the_annotation_again() -> None:
    seen = []

    class Reader(Stage):
        name = "reader"
        extension = "reader_seen"

        def __call__(self, doc: Doc) -> Doc:
            seen.append(token_table(doc).pos)
            return doc

    doc = _doc()
    before = token_table(doc).pos
    list(Reader().pipe([doc]))
    assert seen and seen[0] is not before and seen[0] == before


def test_noun_chunks_as_spacy_gives_them() -> None:
    doc = _doc()
    ours = noun_chunks(doc)
    theirs = list(doc.noun_chunks)
    assert [(c.start, c.end, c.label_) for c in ours] == [(c.start, c.end, c.label_) for c in theirs]
    # the subject and its conjunct, the object and its conjunct, the preposition's object
    assert [c.text for c in ours] == ["Anna", "her brother", "the blue fence", "the old gate", "the harbour"]


def test_noun_chunks_of_another_language_are_spacys() -> None:
    doc = _doc("de")  # German reads other labels: its own iterator answers
    assert [(c.start, c.end) for c in noun_chunks(doc)] == [(c.start, c.end) for c in doc.noun_chunks]
