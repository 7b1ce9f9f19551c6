"""A quotation right after ``issued a statement,`` is the statement's words, said by whoever issued
it (``Ann Lee issued a statement, "Our town was hit hard. We will rebuild."``); a quotation after
a comma and a noun that is no statement (``Ann Lee visited the town, "..."``) gets no speaker from
that noun. Sentences written for these tests; hand-built parses.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import QuotesStage
from newsevents.docquery import doc_text


def quotes_of(doc) -> list[tuple[str, str, str | None]]:
    text = doc_text(doc)
    return [(q.kind, text[q.content.start:q.content.end], q.speaker.text if q.speaker else None)
            for q in QuotesStage(None, "quotes").extract(doc)]


def _doc(verb: str, verb_lemma: str, noun: str, noun_lemma: str) -> Doc:
    words = ["Ann", "Lee", verb, "a", noun, ",", "“", "Our", "town", "was", "hit", "hard", ".",
             "We", "will", "rebuild", ".", "”"]
    return Doc(
        spacy.blank("en").vocab, words=words,
        spaces=[True, True, True, True, False, True, False, True, True, True, True, False, True,
                True, True, False, False, False],
        heads=[1, 2, 2, 4, 2, 2, 2, 8, 10, 10, 4, 10, 10, 15, 15, 15, 15, 15],
        deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct", "punct", "poss", "nsubjpass", "auxpass", "acl",
              "advmod", "punct", "nsubj", "aux", "ROOT", "punct", "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADV", "PUNCT",
             "PRON", "AUX", "VERB", "PUNCT", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "NN", ",", "``", "PRP$", "NN", "VBD", "VBN", "RB", ".", "PRP", "MD", "VB",
              ".", "''"],
        lemmas=["Ann", "Lee", verb_lemma, "a", noun_lemma, ",", "“", "our", "town", "be", "hit", "hard", ".",
                "we", "will", "rebuild", ".", "”"],
        sent_starts=[True] + [False] * 12 + [True] + [False] * 4,
        ents=["B-PERSON", "I-PERSON"] + ["O"] * 16,
    )


def test_a_quotation_after_issued_a_statement_is_said_by_who_issued_it() -> None:
    found = quotes_of(_doc("issued", "issue", "statement", "statement"))
    assert [(kind, speaker) for kind, content, speaker in found if "hit hard" in content] == [("direct", "Ann Lee")]


def test_a_noun_that_is_no_statement_gives_no_speaker() -> None:
    found = quotes_of(_doc("visited", "visit", "town", "town"))
    assert [speaker for _, content, speaker in found if "hit hard" in content] in ([], [None])
