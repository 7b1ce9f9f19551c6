"""The subject pronoun of a verb of saying after the saying's content, fronted without quotation marks
(docs/notes/pronoun-losses.md, "Session 41"; hand-built Docs, sentences of our own):

- ``Ann Cole won and Tom Reed lost, he said``: the content is still the verb's complement (read back in
  its place, ``he said Tom Reed lost``), so by binding principle C the saying's subject is no one named
  inside it; the pronoun goes to the person named before;
- not when the fronted clause frames quoted words in the writer's own sentence (``Kay Dunn turned the
  attic "into a den," she said``: the name is the writer's, the speaker is she), nor a name that is the
  subject of a saying of its own inside it;
- a person known only by a bare singular noun in an office's slot (``ran for sheriff``) is an office,
  no one a pronoun stands for.
"""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start, lemma); heads are indices in the document
Row = tuple[str, str, str, int, str, str, bool, str]
MORPHS = {"she": "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs",
          "he": "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"}


def _resolve(stage, rows: list[Row], spaces: list[bool] | None = None) -> tuple[dict, str]:
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [not (k + 1 < len(words) and words[k + 1] in {".", ","}) for k in range(len(words))]
    found = stage([r[:8] for r in rows], spaces=spaces, morphs=[MORPHS.get(w.lower(), "") for w in words])
    return found, "".join(w + " " * sp for w, sp in zip(words, spaces, strict=True))


def _holder(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


PAT_MET_THEM: list[Row] = [
    ("Pat", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Pat"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("met", "VBD", "VERB", 2, "ROOT", "O", False, "meet"),
    ("them", "PRP", "PRON", 2, "dobj", "O", False, "they"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
]
# "It rained.": a sentence between with no person as its subject
RAIN: list[Row] = [
    ("It", "PRP", "PRON", 6, "nsubj", "O", True, "it"),
    ("rained", "VBD", "VERB", 6, "ROOT", "O", False, "rain"),
    (".", ".", "PUNCT", 6, "punct", "O", False, "."),
]


def _after(before: list[Row], rows: list[Row]) -> list[Row]:
    """``rows`` (heads counted from their own first row) as the sentence after ``before``."""
    n = len(before)
    return [*before, *((w, t, p, h + n, d, e, s, lm) for w, t, p, h, d, e, s, lm in rows)]


# "Pat Hale met them. It rained. Ann Cole won and Tom Reed lost, he said."
FRONTED_CONTENT: list[Row] = _after([*PAT_MET_THEM, *RAIN], [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Ann"),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Cole"),
    ("won", "VBD", "VERB", 9, "ccomp", "O", False, "win"),
    ("and", "CC", "CCONJ", 2, "cc", "O", False, "and"),
    ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False, "Tom"),
    ("Reed", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False, "Reed"),
    ("lost", "VBD", "VERB", 9, "ccomp", "O", False, "lose"),
    (",", ",", "PUNCT", 9, "punct", "O", False, ","),
    ("he", "PRP", "PRON", 9, "nsubj", "O", False, "he"),
    ("said", "VBD", "VERB", 9, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 9, "punct", "O", False, "."),
])

# "Pat Hale met them. Tom Lee said the vote was close, he said.": the name is the subject of a saying
# of its own inside the fronted clause (a run-on the parser hung under the second credit)
INNER_CREDIT: list[Row] = [
    *PAT_MET_THEM,
    ("Tom", "NNP", "PROPN", 6, "compound", "B-PERSON", True, "Tom"),
    ("Lee", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False, "Lee"),
    ("said", "VBD", "VERB", 15, "ccomp", "O", False, "say"),
    ("the", "DT", "DET", 9, "det", "O", False, "the"),
    ("vote", "NN", "NOUN", 10, "nsubj", "O", False, "vote"),
    ("was", "VBD", "AUX", 7, "ccomp", "O", False, "be"),
    ("close", "JJ", "ADJ", 10, "acomp", "O", False, "close"),
    (",", ",", "PUNCT", 15, "punct", "O", False, ","),
    ("he", "PRP", "PRON", 15, "nsubj", "O", False, "he"),
    ("said", "VBD", "VERB", 15, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 15, "punct", "O", False, "."),
]


def test_the_subject_of_a_saying_is_no_one_named_in_its_fronted_content(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, FRONTED_CONTENT)
    assert _holder(found, text.index(" he ") + 1) == "Pat Hale"


def test_a_name_crediting_a_saying_inside_the_fronted_clause_stays_a_candidate(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, INNER_CREDIT)
    assert _holder(found, text.index(" he ") + 1) == "Tom Lee"


# 'Kay Dunn turned the attic "into a den," she said.'
QUOTED_FRAME: list[Row] = [
    ("Kay", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Kay"),
    ("Dunn", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Dunn"),
    ("turned", "VBD", "VERB", 13, "ccomp", "O", False, "turn"),
    ("the", "DT", "DET", 4, "det", "O", False, "the"),
    ("attic", "NN", "NOUN", 2, "dobj", "O", False, "attic"),
    ('"', "``", "PUNCT", 2, "punct", "O", False, '"'),
    ("into", "IN", "ADP", 2, "prep", "O", False, "into"),
    ("a", "DT", "DET", 8, "det", "O", False, "a"),
    ("den", "NN", "NOUN", 6, "pobj", "O", False, "den"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 13, "punct", "O", False, '"'),
    ("she", "PRP", "PRON", 13, "nsubj", "O", False, "she"),
    ("said", "VBD", "VERB", 13, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 13, "punct", "O", False, "."),
]
QUOTED_FRAME_SPACES = [True, True, True, True, True, False, True, True, False, False, True, True, False, False]


def test_a_fronted_clause_framing_quoted_words_is_the_writers(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, QUOTED_FRAME, QUOTED_FRAME_SPACES)
    assert text.startswith('Kay Dunn turned the attic "into a den," she said.')
    assert _holder(found, text.index(" she ") + 1) == "Kay Dunn"


# "Tom Reed is a farmer. He ran for sheriff in 1990, and he won."
OFFICE_SLOT: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
    ("is", "VBZ", "AUX", 2, "ROOT", "O", False, "be"),
    ("a", "DT", "DET", 4, "det", "O", False, "a"),
    ("farmer", "NN", "NOUN", 2, "attr", "O", False, "farmer"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("He", "PRP", "PRON", 7, "nsubj", "O", True, "he"),
    ("ran", "VBD", "VERB", 7, "ROOT", "O", False, "run"),
    ("for", "IN", "ADP", 7, "prep", "O", False, "for"),
    ("sheriff", "NN", "NOUN", 8, "pobj", "O", False, "sheriff"),
    ("in", "IN", "ADP", 7, "prep", "O", False, "in"),
    ("1990", "CD", "NUM", 10, "pobj", "B-DATE", False, "1990"),
    (",", ",", "PUNCT", 7, "punct", "O", False, ","),
    ("and", "CC", "CCONJ", 7, "cc", "O", False, "and"),
    ("he", "PRP", "PRON", 15, "nsubj", "O", False, "he"),
    ("won", "VBD", "VERB", 7, "conj", "O", False, "win"),
    (".", ".", "PUNCT", 15, "punct", "O", False, "."),
]


def test_an_office_in_a_bare_noun_slot_takes_no_pronoun() -> None:
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from newsevents.components.entities_pronouns import PronounRules

    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in OFFICE_SLOT], tags=[r[1] for r in OFFICE_SLOT],
              pos=[r[2] for r in OFFICE_SLOT], heads=[r[3] for r in OFFICE_SLOT], deps=[r[4] for r in OFFICE_SLOT])
    mention = SimpleNamespace(kind="role", head=doc[9], start=0, end=len("sheriff"))
    assert PronounRules._office_only(SimpleNamespace(mentions=[mention]))
    # "the sheriff" (a determiner), "sheriffs" (a plural), a name: someone, still a candidate
    assert not PronounRules._office_only(SimpleNamespace(mentions=[SimpleNamespace(kind="role", head=doc[4], start=0, end=len("farmer"))]))
    assert not PronounRules._office_only(SimpleNamespace(mentions=[mention, SimpleNamespace(kind="name", head=doc[1])]))
