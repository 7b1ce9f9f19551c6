"""``The self-described democratic socialist said ...`` (persons31): a politician named by an ideology
(person_nouns.tsv identity rows; ``ideology_noun`` of actor_words.tsv) says who someone is whatever office they
hold, like ``the Democrat``, so a senator may be meant; an occupation (``the singer``) still is nobody whose
only sectors are a state's. Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head,
dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


VISIT = [("Sen.", "NNP", "PROPN", 2, "compound", "O", True),
         ("Paul", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
         ("Ostrander", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
         ("visited", "VBD", "VERB", 3, "ROOT", "O", False), ("Ohio", "NNP", "PROPN", 3, "dobj", "B-GPE", False),
         (".", ".", "PUNCT", 3, "punct", "O", False)]


def said(words: list[tuple[str, str, str]]) -> list[tuple]:
    """``The <words> said he would win.`` after VISIT (6 tokens): the description's last word heads it."""
    n = len(words)
    rows = [("The", "DT", "DET", 6 + n, "det", "O", True)]
    rows += [(w, t, p, 6 + n, d, "O", False) for w, t, p, d in words[:-1]]
    last = words[-1]
    rows.append((last[0], last[1], last[2], 7 + n, "nsubj", "O", False))
    verb = 7 + n
    rows += [("said", "VBD", "VERB", verb, "ROOT", "O", False), ("he", "PRP", "PRON", verb + 3, "nsubj", "O", False),
             ("would", "MD", "AUX", verb + 3, "aux", "O", False), ("win", "VB", "VERB", verb, "ccomp", "O", False),
             (".", ".", "PUNCT", verb, "punct", "O", False)]
    return rows


def test_the_self_described_socialist_is_the_senator(stage_entities) -> None:
    words = [("self-described", "JJ", "ADJ", "amod"), ("democratic", "JJ", "ADJ", "amod"),
             ("socialist", "NN", "NOUN", "nsubj")]
    found = stage_entities(VISIT + said(words))
    assert "The self-described democratic socialist" in texts(found, "Paul Ostrander"), found


def test_the_singer_is_still_not_the_senator(stage_entities) -> None:
    found = stage_entities(VISIT + said([("singer", "NN", "NOUN", "nsubj")]))
    assert "The singer" not in texts(found, "Paul Ostrander"), found
