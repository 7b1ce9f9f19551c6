"""The centre a sentence hands to the next, and the speaker a continued quotation keeps (docs/notes/
pronoun-losses.md, "Session 40"; hand-built Docs, sentences of our own):

- the main-clause subject of the sentence just before a main-clause subject pronoun's (before the sentence a
  quotation it credits opens in) is the centre the next sentence goes on with, ahead of a person named
  earlier, even one whose gender is known when its own is not;
- for a credit of saying, the source ``according to`` names is that sentence's centre in the same way;
- a quotation with no credit of its own right after a credited one in the same paragraph goes on with that
  speaker, who says "I": a third-person pronoun inside it is someone else.
"""

from __future__ import annotations

from entity_lookup import word_offsets

# (word, tag, pos, head, dep, ent, sentence start, lemma)
Row = tuple[str, str, str, int, str, str, bool, str]


def _owner(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


def _run(stage, rows: list[Row], tight: frozenset[int] = frozenset()) -> tuple[dict, list[int]]:
    """The stage over ``rows``: a space after each word but before ``.`` or ``,`` or a closing mark, and
    after an opening mark or a word of ``tight``."""
    words, tags = [r[0] for r in rows], [r[1] for r in rows]
    spaces = [not (k in tight or tags[k] == "``" or k + 1 < len(words) and (words[k + 1] in {".", ","} or tags[k + 1] == "''"))
              for k in range(len(words))]
    return stage(rows, spaces=spaces), word_offsets(words, spaces)


# 'Ann Lee said: "We won. We are glad." Xo Pell praised the event. "We must help. We can," she said.'
PRECEDING_SUBJECT: list[Row] = [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Ann"),
    ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Lee"),
    ("said", "VBD", "VERB", 2, "ROOT", "O", False, "say"),
    (":", ":", "PUNCT", 2, "punct", "O", False, ":"),
    ('"', "``", "PUNCT", 6, "punct", "O", False, '"'),
    ("We", "PRP", "PRON", 6, "nsubj", "O", False, "we"),
    ("won", "VBD", "VERB", 2, "ccomp", "O", False, "win"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("We", "PRP", "PRON", 9, "nsubj", "O", True, "we"),
    ("are", "VBP", "AUX", 9, "ROOT", "O", False, "be"),
    ("glad", "JJ", "ADJ", 9, "acomp", "O", False, "glad"),
    (".", ".", "PUNCT", 9, "punct", "O", False, "."),
    ('"', "''", "PUNCT", 9, "punct", "O", False, '"'),
    ("Xo", "NNP", "PROPN", 14, "compound", "B-PERSON", True, "Xo"),
    ("Pell", "NNP", "PROPN", 15, "nsubj", "I-PERSON", False, "Pell"),
    ("praised", "VBD", "VERB", 15, "ROOT", "O", False, "praise"),
    ("the", "DT", "DET", 17, "det", "O", False, "the"),
    ("event", "NN", "NOUN", 15, "dobj", "O", False, "event"),
    (".", ".", "PUNCT", 15, "punct", "O", False, "."),
    ('"', "``", "PUNCT", 22, "punct", "O", True, '"'),
    ("We", "PRP", "PRON", 22, "nsubj", "O", False, "we"),
    ("must", "MD", "AUX", 22, "aux", "O", False, "must"),
    ("help", "VB", "VERB", 22, "ROOT", "O", False, "help"),
    (".", ".", "PUNCT", 22, "punct", "O", False, "."),
    ("We", "PRP", "PRON", 25, "nsubj", "O", True, "we"),
    ("can", "MD", "AUX", 29, "ccomp", "O", False, "can"),
    (",", ",", "PUNCT", 29, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 29, "punct", "O", False, '"'),
    ("she", "PRP", "PRON", 29, "nsubj", "O", False, "she"),
    ("said", "VBD", "VERB", 29, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 29, "punct", "O", False, "."),
]
COLON_TIGHT = frozenset({2})  # "said:"

# 'Jim Cole ran. "We beat him," Tom Hale said. "He may not run again."'
CONTINUED_QUOTATION: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Jim"),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Cole"),
    ("ran", "VBD", "VERB", 2, "ROOT", "O", False, "run"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ('"', "``", "PUNCT", 6, "punct", "O", True, '"'),
    ("We", "PRP", "PRON", 6, "nsubj", "O", False, "we"),
    ("beat", "VBD", "VERB", 12, "ccomp", "O", False, "beat"),
    ("him", "PRP", "PRON", 6, "dobj", "O", False, "he"),
    (",", ",", "PUNCT", 12, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 12, "punct", "O", False, '"'),
    ("Tom", "NNP", "PROPN", 11, "compound", "B-PERSON", False, "Tom"),
    ("Hale", "NNP", "PROPN", 12, "nsubj", "I-PERSON", False, "Hale"),
    ("said", "VBD", "VERB", 12, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 12, "punct", "O", False, "."),
    ('"', "``", "PUNCT", 18, "punct", "O", True, '"'),
    ("He", "PRP", "PRON", 18, "nsubj", "O", False, "he"),
    ("may", "MD", "AUX", 18, "aux", "O", False, "may"),
    ("not", "RB", "PART", 18, "neg", "O", False, "not"),
    ("run", "VB", "VERB", 18, "ROOT", "O", False, "run"),
    ("again", "RB", "ADV", 18, "advmod", "O", False, "again"),
    (".", ".", "PUNCT", 18, "punct", "O", False, "."),
    ('"', "''", "PUNCT", 18, "punct", "O", False, '"'),
]


# 'Jim Lee spoke. According to Tom Pell, the road is closed. "We will open it," he said.'
ACCORDING_TO: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Jim"),
    ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Lee"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("According", "VBG", "VERB", 12, "prep", "O", True, "accord"),
    ("to", "IN", "ADP", 4, "prep", "O", False, "to"),
    ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False, "Tom"),
    ("Pell", "NNP", "PROPN", 5, "pobj", "I-PERSON", False, "Pell"),
    (",", ",", "PUNCT", 12, "punct", "O", False, ","),
    ("the", "DT", "DET", 10, "det", "O", False, "the"),
    ("road", "NN", "NOUN", 12, "nsubjpass", "O", False, "road"),
    ("is", "VBZ", "AUX", 12, "auxpass", "O", False, "be"),
    ("closed", "VBN", "VERB", 12, "ROOT", "O", False, "close"),
    (".", ".", "PUNCT", 12, "punct", "O", False, "."),
    ('"', "``", "PUNCT", 17, "punct", "O", True, '"'),
    ("We", "PRP", "PRON", 17, "nsubj", "O", False, "we"),
    ("will", "MD", "AUX", 17, "aux", "O", False, "will"),
    ("open", "VB", "VERB", 22, "ccomp", "O", False, "open"),
    ("it", "PRP", "PRON", 17, "dobj", "O", False, "it"),
    (",", ",", "PUNCT", 22, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 22, "punct", "O", False, '"'),
    ("he", "PRP", "PRON", 22, "nsubj", "O", False, "he"),
    ("said", "VBD", "VERB", 22, "ROOT", "O", False, "say"),
    (".", ".", "PUNCT", 22, "punct", "O", False, "."),
]


def test_the_sentence_before_s_subject_is_the_next_credit_s_centre(stage_entities_verbs):
    found, offsets = _run(stage_entities_verbs, PRECEDING_SUBJECT, COLON_TIGHT)
    assert _owner(found, offsets[28]) == "Xo Pell"  # not Ann Lee, a woman named earlier


def test_a_quotation_continued_after_its_credit_is_not_about_its_speaker(stage_entities_verbs):
    found, offsets = _run(stage_entities_verbs, CONTINUED_QUOTATION)
    assert _owner(found, offsets[7]) == "Jim Cole"
    assert _owner(found, offsets[15]) == "Jim Cole"  # Tom Hale says "I" of himself, not "he"


def test_an_according_to_source_is_the_next_credit_s_centre(stage_entities_verbs):
    found, offsets = _run(stage_entities_verbs, ACCORDING_TO)
    assert _owner(found, offsets[21]) == "Tom Pell"  # the source of the sentence before, not Jim Lee
