"""The subject pronoun of a relative clause of experience on a superlative (``the finest he has ever
seen``) inside what someone said is the one who judges, the speaker, not the person judged
(hand-built Docs, sentences of our own): with the verb's subject, and with a caption run into the
sentence that left the verb of saying no subject (the name became a preposition's object, an
apposition set off by commas after it). Kept: a relative clause of doing (``the finest race he has
run``) is the runner's, and a clause with no superlative is not read.
"""

from __future__ import annotations

import pytest

# word, tag, pos, head (absolute), dep, ent, sentence start, lemma
Row = tuple[str, str, str, int, str, str, bool, str]


@pytest.fixture(scope="module")
def resolve(stage_entities_verbs):
    def run(rows: list[Row]) -> dict[str, list[str]]:
        words = [r[0] for r in rows]
        spaces = [not (k + 1 < len(words) and words[k + 1] in {"'s", ".", ","}) for k in range(len(words))]
        return {name: [m.text for m in e.mentions] for name, e in stage_entities_verbs(rows, spaces=spaces).items()}

    return run


def _said(verb: str, lemma: str, superlative: bool = True) -> list[Row]:
    """Sam Hale said Tom Reed's run was the finest (a fine one) he has ever <verb>."""
    rows: list[Row] = [
        ("Sam", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Sam"),
        ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
        ("said", "VBD", "VERB", 2, "ROOT", "O", False, "say"),
        ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False, "Tom"),
        ("Reed", "NNP", "PROPN", 6, "poss", "I-PERSON", False, "Reed"),
        ("'s", "POS", "PART", 4, "case", "O", False, "'s"),
        ("run", "NN", "NOUN", 7, "nsubj", "O", False, "run"),
        ("was", "VBD", "AUX", 2, "ccomp", "O", False, "be"),
    ]
    if superlative:
        rows += [("the", "DT", "DET", 9, "det", "O", False, "the"),
                 ("finest", "JJS", "ADJ", 7, "attr", "O", False, "fine")]
    else:
        rows += [("a", "DT", "DET", 9, "det", "O", False, "a"),
                 ("fine", "JJ", "ADJ", 7, "attr", "O", False, "fine")]
    rows += [
        ("he", "PRP", "PRON", 13, "nsubj", "O", False, "he"),
        ("has", "VBZ", "AUX", 13, "aux", "O", False, "have"),
        ("ever", "RB", "ADV", 13, "advmod", "O", False, "ever"),
        (verb, "VBN", "VERB", 9, "relcl", "O", False, lemma),
        (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ]
    return rows


def test_the_one_who_has_seen_the_finest_is_the_speaker(resolve) -> None:
    found = resolve(_said("seen", "see"))
    assert "he" in found["Sam Hale"]
    assert "he" not in found["Tom Reed"]


def _run_on(verb: str, lemma: str, superlative: bool = True) -> list[Row]:
    """Tom Reed won at Oslo Sam Hale, the club coach, has described Reed's run as the best (a good
    one) he has ever <verb>. (no full stop after the caption: the parser hung the name on ``at``)"""
    return [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
        ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
        ("won", "VBD", "VERB", 13, "ccomp", "O", False, "win"),
        ("at", "IN", "ADP", 2, "prep", "O", False, "at"),
        ("Oslo", "NNP", "PROPN", 6, "compound", "B-GPE", False, "Oslo"),
        ("Sam", "NNP", "PROPN", 6, "compound", "B-PERSON", False, "Sam"),
        ("Hale", "NNP", "PROPN", 3, "pobj", "I-PERSON", False, "Hale"),
        (",", ",", "PUNCT", 6, "punct", "O", False, ","),
        ("the", "DT", "DET", 10, "det", "O", False, "the"),
        ("club", "NN", "NOUN", 10, "compound", "O", False, "club"),
        ("coach", "NN", "NOUN", 6, "appos", "O", False, "coach"),
        (",", ",", "PUNCT", 6, "punct", "O", False, ","),
        ("has", "VBZ", "AUX", 13, "aux", "O", False, "have"),
        ("described", "VBN", "VERB", 13, "ROOT", "O", False, "describe"),
        ("Reed", "NNP", "PROPN", 16, "poss", "B-PERSON", False, "Reed"),
        ("'s", "POS", "PART", 14, "case", "O", False, "'s"),
        ("run", "NN", "NOUN", 13, "dobj", "O", False, "run"),
        ("as", "IN", "ADP", 13, "prep", "O", False, "as"),
        ("the" if superlative else "a", "DT", "DET", 19, "det", "O", False, "the"),
        ("best" if superlative else "good", "JJS" if superlative else "JJ", "ADJ", 17, "pobj", "O", False, "good"),
        ("he", "PRP", "PRON", 23, "nsubj", "O", False, "he"),
        ("has", "VBZ", "AUX", 23, "aux", "O", False, "have"),
        ("ever", "RB", "ADV", 23, "advmod", "O", False, "ever"),
        (verb, "VBN", "VERB", 19, "relcl", "O", False, lemma),
        (".", ".", "PUNCT", 13, "punct", "O", False, "."),
    ]


def test_caption_run_on_leaves_the_verb_no_subject(resolve) -> None:
    found = resolve(_run_on("witnessed", "witness"))
    assert "he" in found["Sam Hale"]
    assert "he" not in found["Tom Reed"]


def test_a_clause_of_doing_is_not_the_judge_s(resolve) -> None:
    found = resolve(_run_on("run", "run"))
    assert "he" not in found["Sam Hale"]


def test_no_superlative_is_not_read(resolve) -> None:
    found = resolve(_run_on("witnessed", "witness", superlative=False))
    assert "he" not in found["Sam Hale"]
