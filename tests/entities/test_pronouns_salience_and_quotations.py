"""Pronoun antecedents chosen by the clause a candidate was last named in and by the quotation a
pronoun credits (docs/notes/pronoun-losses.md, "Session 38"; hand-built Docs, sentences of our own):

- the subject of a sentence's main clause is the topic the next sentence's pronoun goes on with,
  before a subject of a clause set inside that sentence (a reported or participial clause), though
  that one was named nearer the pronoun;
- a speaker says "I" of herself: a person her own quoted words name is not the speaker of that
  quotation, so the credit's pronoun (``"...," she said``) is never that person, wherever else the
  text named her;
- a credit set inside a sentence whose main clause already reports someone's saying (``Tom Hale
  admitted ..., he said``) restates that speaker: the subject of the verb of saying is no mere
  subject of a reported clause there.
"""

from __future__ import annotations

from entity_lookup import word_offsets

# (word, tag, pos, head, dep, ent, sentence start, lemma)
Row = tuple[str, str, str, int, str, str, bool, str]


def _owner_at(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


def _resolve(stage, rows: list[Row]) -> tuple[dict, list[int]]:
    """The entity stage with every table, spaced as printed (none before ``.`` or ``,``, none inside
    the quotation marks); the entities and each word's character offset."""
    words, tags = [r[0] for r in rows], [r[1] for r in rows]
    spaces = [not (tags[k] == "``" or k + 1 < len(words) and (words[k + 1] in {".", ","} or tags[k + 1] == "''"))
              for k in range(len(words))]
    return stage(rows, spaces=spaces), word_offsets(words, spaces)


# "Tom Hale spoke for Jim Cole, saying Cole should win the prize. He then praised the mayor."
MAIN_CLAUSE_SUBJECT: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    ("for", "IN", "ADP", 2, "prep", "O", False, "for"),
    ("Jim", "NNP", "PROPN", 5, "compound", "B-PERSON", False, "Jim"),
    ("Cole", "NNP", "PROPN", 3, "pobj", "I-PERSON", False, "Cole"),
    (",", ",", "PUNCT", 2, "punct", "O", False, ","),
    ("saying", "VBG", "VERB", 2, "advcl", "O", False, "say"),
    ("Cole", "NNP", "PROPN", 10, "nsubj", "B-PERSON", False, "Cole"),
    ("should", "MD", "AUX", 10, "aux", "O", False, "should"),
    ("win", "VB", "VERB", 7, "ccomp", "O", False, "win"),
    ("the", "DT", "DET", 12, "det", "O", False, "the"),
    ("prize", "NN", "NOUN", 10, "dobj", "O", False, "prize"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("He", "PRP", "PRON", 16, "nsubj", "O", True, "he"),
    ("then", "RB", "ADV", 16, "advmod", "O", False, "then"),
    ("praised", "VBD", "VERB", 16, "ROOT", "O", False, "praise"),
    ("the", "DT", "DET", 18, "det", "O", False, "the"),
    ("mayor", "NN", "NOUN", 16, "dobj", "O", False, "mayor"),
    (".", ".", "PUNCT", 16, "punct", "O", False, "."),
]

# 'Kay Moss resigned and Ann Lee smiled. "I read Ann Lee's report," she said.'
NAMED_IN_HER_OWN_QUOTATION: list[Row] = [
    ("Kay", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Kay"),
    ("Moss", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Moss"),
    ("resigned", "VBD", "VERB", 2, "ROOT", "O", False, "resign"),
    ("and", "CC", "CCONJ", 2, "cc", "O", False, "and"),
    ("Ann", "NNP", "PROPN", 5, "compound", "B-PERSON", False, "Ann"),
    ("Lee", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False, "Lee"),
    ("smiled", "VBD", "VERB", 2, "conj", "O", False, "smile"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ('"', "``", "PUNCT", 10, "punct", "O", True, '"'),
    ("I", "PRP", "PRON", 10, "nsubj", "O", False, "I"),
    ("read", "VBD", "VERB", 18, "ccomp", "O", False, "read"),
    ("Ann", "NNP", "PROPN", 12, "compound", "B-PERSON", False, "Ann"),
    ("Lee", "NNP", "PROPN", 14, "poss", "I-PERSON", False, "Lee"),
    ("'s", "POS", "PART", 12, "case", "O", False, "'s"),
    ("report", "NN", "NOUN", 10, "dobj", "O", False, "report"),
    (",", ",", "PUNCT", 18, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 18, "punct", "O", False, '"'),
    ("she", "PRP", "PRON", 18, "nsubj", "O", False, "she"),
    ("said", "VBD", "VERB", 18, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 18, "punct", "O", False, "."),
]

# "Tom Hale admitted Ann Lee and Jim Reed had split the seats, he said."
CREDIT_INSIDE_A_REPORT: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("admitted", "VBD", "VERB", 14, "ccomp", "O", False, "admit"),
    ("Ann", "NNP", "PROPN", 4, "compound", "B-PERSON", False, "Ann"),
    ("Lee", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False, "Lee"),
    ("and", "CC", "CCONJ", 4, "cc", "O", False, "and"),
    ("Jim", "NNP", "PROPN", 7, "compound", "B-PERSON", False, "Jim"),
    ("Reed", "NNP", "PROPN", 4, "conj", "I-PERSON", False, "Reed"),
    ("had", "VBD", "AUX", 9, "aux", "O", False, "have"),
    ("split", "VBN", "VERB", 2, "ccomp", "O", False, "split"),
    ("the", "DT", "DET", 11, "det", "O", False, "the"),
    ("seats", "NNS", "NOUN", 9, "dobj", "O", False, "seat"),
    (",", ",", "PUNCT", 14, "punct", "O", False, ","),
    ("he", "PRP", "PRON", 14, "nsubj", "O", False, "he"),
    ("said", "VBD", "VERB", 14, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 14, "punct", "O", False, "."),
]


def test_a_subject_buried_in_a_participial_clause_ranks_below_the_main_subject(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, MAIN_CLAUSE_SUBJECT)
    assert _owner_at(found, offsets[14]) == "Tom Hale"


def test_a_person_her_own_quotation_names_is_not_its_speaker(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, NAMED_IN_HER_OWN_QUOTATION)
    assert _owner_at(found, offsets[17]) == "Kay Moss"


def test_a_credit_inside_a_report_of_saying_restates_its_speaker(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, CREDIT_INSIDE_A_REPORT)
    assert _owner_at(found, offsets[13]) == "Tom Hale"


# "Tom Hale spoke. He sent a note to the lawyer ( a friend of Tom Hale ) ."
NAME_IN_AN_ASIDE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("He", "PRP", "PRON", 5, "nsubj", "O", True, "he"),
    ("sent", "VBD", "VERB", 5, "ROOT", "O", False, "send"),
    ("a", "DT", "DET", 7, "det", "O", False, "a"),
    ("note", "NN", "NOUN", 5, "dobj", "O", False, "note"),
    ("to", "IN", "ADP", 5, "prep", "O", False, "to"),
    ("the", "DT", "DET", 10, "det", "O", False, "the"),
    ("lawyer", "NN", "NOUN", 8, "pobj", "O", False, "lawyer"),
    ("(", "-LRB-", "PUNCT", 13, "punct", "O", False, "("),
    ("a", "DT", "DET", 13, "det", "O", False, "a"),
    ("friend", "NN", "NOUN", 10, "appos", "O", False, "friend"),
    ("of", "IN", "ADP", 13, "prep", "O", False, "of"),
    ("Tom", "NNP", "PROPN", 16, "compound", "B-PERSON", False, "Tom"),
    ("Hale", "NNP", "PROPN", 14, "pobj", "I-PERSON", False, "Hale"),
    (")", "-RRB-", "PUNCT", 13, "punct", "O", False, ")"),
    (".", ".", "PUNCT", 5, "punct", "O", False, "."),
]


def test_binding_does_not_reach_a_name_in_a_bracketed_aside(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, NAME_IN_AN_ASIDE)
    assert _owner_at(found, offsets[4]) == "Tom Hale"
