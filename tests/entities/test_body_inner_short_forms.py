"""A body named again by a run of capitalised words inside its full name (``_body_inner_short_forms``,
entities_splits.py; hand-built Docs, sentences of our own): the run written alone is the one body whose
name holds it; never when two bodies of the article hold it, nor at a sentence's start when the article
writes the word in lower case too."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    def run(rows: list[Row], starts: frozenset[int]):
        return resolve_doc_rows(rows, starts)

    return run


def _holder(entities, doc, token: int):
    start = doc[token].idx
    return next((e for e in entities if any(m.start == start for m in e.mentions)), None)


def _school(second_sentence: list[Row]) -> list[Row]:
    """"The Larkfield Central High School team won ." and a sentence of the caller's after it."""
    return [("The", "DT", "DET", 5, "det", "O", "the"),
            ("Larkfield", "NNP", "PROPN", 4, "compound", "B-ORG", "Larkfield"),
            ("Central", "NNP", "PROPN", 4, "compound", "I-ORG", "Central"),
            ("High", "NNP", "PROPN", 4, "compound", "I-ORG", "High"),
            ("School", "NNP", "PROPN", 5, "compound", "I-ORG", "School"),
            ("team", "NN", "NOUN", 6, "nsubj", "O", "team"),
            ("won", "VBD", "VERB", 6, "ROOT", "O", "win"),
            (".", ".", "PUNCT", 6, "punct", "O", "."),
            *second_sentence]


def test_a_word_inside_one_body_name_written_alone_is_that_body(resolve) -> None:
    # "... Central beat its rivals ." (untagged, opening a sentence; the article never writes "central")
    rows = _school([("Central", "NNP", "PROPN", 9, "nsubj", "O", "Central"),
                    ("beat", "VBD", "VERB", 9, "ROOT", "O", "beat"),
                    ("its", "PRP$", "PRON", 11, "poss", "O", "its"),
                    ("rivals", "NNS", "NOUN", 9, "dobj", "O", "rival"),
                    (".", ".", "PUNCT", 9, "punct", "O", ".")])
    doc, entities = resolve(rows, frozenset({0, 8}))
    body = _holder(entities, doc, 1)
    assert body is not None and body.name == "Larkfield Central High School"
    assert _holder(entities, doc, 8) is body


def test_a_word_two_bodies_hold_names_neither(resolve) -> None:
    # negative: "... They met the Central Valley Rowing Club . Central won ." (two bodies hold "Central")
    rows = _school([("They", "PRP", "PRON", 9, "nsubj", "O", "they"),
                    ("met", "VBD", "VERB", 9, "ROOT", "O", "meet"),
                    ("the", "DT", "DET", 14, "det", "O", "the"),
                    ("Central", "NNP", "PROPN", 14, "compound", "B-ORG", "Central"),
                    ("Valley", "NNP", "PROPN", 14, "compound", "I-ORG", "Valley"),
                    ("Rowing", "NNP", "PROPN", 14, "compound", "I-ORG", "Rowing"),
                    ("Club", "NNP", "PROPN", 9, "dobj", "I-ORG", "Club"),
                    (".", ".", "PUNCT", 9, "punct", "O", "."),
                    ("Central", "NNP", "PROPN", 17, "nsubj", "O", "Central"),
                    ("won", "VBD", "VERB", 17, "ROOT", "O", "win"),
                    (".", ".", "PUNCT", 17, "punct", "O", ".")])
    doc, entities = resolve(rows, frozenset({0, 8, 16}))
    assert _holder(entities, doc, 16) is None


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_short_form(resolve) -> None:
    # negative: "... Central heating failed in the central hall ." ("central" in lower case: a word of English here)
    rows = _school([("Central", "NNP", "PROPN", 10, "compound", "O", "Central"),
                    ("heating", "NN", "NOUN", 10, "nsubj", "O", "heating"),
                    ("failed", "VBD", "VERB", 10, "ROOT", "O", "fail"),
                    ("in", "IN", "ADP", 10, "prep", "O", "in"),
                    ("the", "DT", "DET", 14, "det", "O", "the"),
                    ("central", "JJ", "ADJ", 14, "amod", "O", "central"),
                    ("hall", "NN", "NOUN", 11, "pobj", "O", "hall"),
                    (".", ".", "PUNCT", 10, "punct", "O", ".")])
    doc, entities = resolve(rows, frozenset({0, 8}))
    assert _holder(entities, doc, 8) is None


def test_a_body_the_model_named_by_the_first_words_of_a_longer_name_joins_it(resolve) -> None:
    # "Staff of the Harwell Center for Justice met . The Harwell Center said no ."
    rows: list[Row] = [("Staff", "NNS", "NOUN", 7, "nsubj", "O", "staff"),
                       ("of", "IN", "ADP", 0, "prep", "O", "of"),
                       ("the", "DT", "DET", 4, "det", "B-ORG", "the"),
                       ("Harwell", "NNP", "PROPN", 4, "compound", "I-ORG", "Harwell"),
                       ("Center", "NNP", "PROPN", 1, "pobj", "I-ORG", "Center"),
                       ("for", "IN", "ADP", 4, "prep", "I-ORG", "for"),
                       ("Justice", "NNP", "PROPN", 5, "pobj", "I-ORG", "Justice"),
                       ("met", "VBD", "VERB", 7, "ROOT", "O", "meet"),
                       (".", ".", "PUNCT", 7, "punct", "O", "."),
                       ("The", "DT", "DET", 11, "det", "B-ORG", "the"),
                       ("Harwell", "NNP", "PROPN", 11, "compound", "I-ORG", "Harwell"),
                       ("Center", "NNP", "PROPN", 12, "nsubj", "I-ORG", "Center"),
                       ("said", "VBD", "VERB", 12, "ROOT", "O", "say"),
                       ("no", "UH", "INTJ", 12, "dobj", "O", "no"),
                       (".", ".", "PUNCT", 12, "punct", "O", ".")]
    doc, entities = resolve(rows, frozenset({0, 9}))
    body = _holder(entities, doc, 3) or _holder(entities, doc, 2)
    assert body is not None and "Justice" in body.name
    assert (_holder(entities, doc, 10) or _holder(entities, doc, 9)) is body


def test_two_names_run_together_own_no_short_form(resolve) -> None:
    # negative: "Ann Lee of the Larkfield Gazette Larkfield Board of Water & Light spoke . The Larkfield Gazette
    # said no ." (the model ran two bodies' names together: a word written twice; the paper stays a body of its own)
    rows: list[Row] = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", "Ann"),
                       ("Lee", "NNP", "PROPN", 12, "nsubj", "I-PERSON", "Lee"),
                       ("of", "IN", "ADP", 1, "prep", "O", "of"),
                       ("the", "DT", "DET", 7, "det", "O", "the"),
                       ("Larkfield", "NNP", "PROPN", 5, "compound", "B-ORG", "Larkfield"),
                       ("Gazette", "NNP", "PROPN", 7, "compound", "I-ORG", "Gazette"),
                       ("Larkfield", "NNP", "PROPN", 7, "compound", "I-ORG", "Larkfield"),
                       ("Board", "NNP", "PROPN", 2, "pobj", "I-ORG", "Board"),
                       ("of", "IN", "ADP", 7, "prep", "I-ORG", "of"),
                       ("Water", "NNP", "PROPN", 8, "pobj", "I-ORG", "Water"),
                       ("&", "CC", "CCONJ", 9, "cc", "I-ORG", "&"),
                       ("Light", "NNP", "PROPN", 9, "conj", "I-ORG", "Light"),
                       ("spoke", "VBD", "VERB", 12, "ROOT", "O", "speak"),
                       (".", ".", "PUNCT", 12, "punct", "O", "."),
                       ("The", "DT", "DET", 16, "det", "O", "the"),
                       ("Larkfield", "NNP", "PROPN", 16, "compound", "B-ORG", "Larkfield"),
                       ("Gazette", "NNP", "PROPN", 17, "nsubj", "I-ORG", "Gazette"),
                       ("said", "VBD", "VERB", 17, "ROOT", "O", "say"),
                       ("no", "UH", "INTJ", 17, "dobj", "O", "no"),
                       (".", ".", "PUNCT", 17, "punct", "O", ".")]
    doc, entities = resolve(rows, frozenset({0, 14}))
    joined = _holder(entities, doc, 4)
    paper = _holder(entities, doc, 15)
    assert paper is not None and paper is not joined
