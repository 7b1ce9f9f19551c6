"""A subject pronoun of the narrative after a speaker's quotation that names a companion (hand-built
Docs, sentences of our own): in ``Tom Reed said, "Sam and I drove in. He laughed."`` followed by a
paragraph ``He then left.``, the second paragraph's ``He`` is the speaker: a person named inside a
quotation (or a pronoun read there) is someone the speaker talks of, counted from the sentence where
the quotation opens and no subject of the narrative. The quotation's own ``He`` still goes to the
companion named inside it.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

ROWS: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("said", "VBD", "VERB", 2, "ROOT", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
    ('"', "``", "PUNCT", 8, "punct", "O", False), ("Sam", "NNP", "PROPN", 8, "nsubj", "B-PERSON", False),
    ("and", "CC", "CCONJ", 5, "cc", "O", False), ("I", "PRP", "PRON", 5, "conj", "O", False),
    ("drove", "VBD", "VERB", 2, "ccomp", "O", False), ("in", "RP", "ADP", 8, "prt", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("He", "PRP", "PRON", 12, "nsubj", "O", True), ("laughed", "VBD", "VERB", 12, "ROOT", "O", False),
    (".", ".", "PUNCT", 12, "punct", "O", False), ('"', "''", "PUNCT", 12, "punct", "O", False),
    ("\n\n", "_SP", "SPACE", 14, "dep", "O", False),
    ("He", "PRP", "PRON", 18, "nsubj", "O", True), ("then", "RB", "ADV", 18, "advmod", "O", False),
    ("left", "VBD", "VERB", 18, "ROOT", "O", False), (".", ".", "PUNCT", 18, "punct", "O", False),
]

SPACES = [" ", " ", "", " ", "", " ", " ", " ", " ", "", " ", " ", "", "", "", "", " ", " ", "", ""]
# the lemmas the model gives ("said": "say"), so that the credit is read as a verb of saying
LEMMAS = {"said": "say", "drove": "drive", "laughed": "laugh", "left": "leave"}


def test_the_narrative_pronoun_is_the_speaker_not_the_quoted_companion(stage_entities_verbs) -> None:
    found = stage_entities_verbs(ROWS, SPACES, lemma_of=LEMMAS)
    text = "".join(w + s for (w, *_), s in zip(ROWS, SPACES, strict=True))
    second = text.rindex("He")
    assert any(m.start == second for m in found["Tom Reed"].mentions)
    assert not any(m.start == second for m in found["Sam"].mentions)


def test_the_quotation_s_own_pronoun_stays_with_the_companion(stage_entities_verbs) -> None:
    found = stage_entities_verbs(ROWS, SPACES, lemma_of=LEMMAS)
    text = "".join(w + s for (w, *_), s in zip(ROWS, SPACES, strict=True))
    first = text.index("He")
    assert any(m.start == first for m in found["Sam"].mentions)
