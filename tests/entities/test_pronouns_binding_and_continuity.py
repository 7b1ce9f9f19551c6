"""Pronoun antecedents fixed by the clause and the sentence (docs/notes/pronoun-losses.md, "Session
37"; hand-built Docs, sentences of our own):

- a reflexive pronoun is bound inside its own clause (binding principle A): an object ``himself`` is
  the person of its clause's subject, and an intensifier after a name (``Tom Hale himself``) is that
  name's person; binding principle B, which keeps an ordinary pronoun from a clause-mate, never
  applies to it;
- one sentence keeps one referent for one pronoun: a pronoun of the gender of one read just before
  it in the sentence, with nobody else who could be meant named between them, goes on with that
  person before a subject of the sentence before;
- a fronted participle with no subject of its own (``Asked by ... if he ...``, ``Speaking about his
  plan``) takes its main clause's subject as its own, so a pronoun inside it is that subject's even
  when the sentence before named another man, or when the one who asked is named in the phrase.
"""

from __future__ import annotations

from entity_lookup import word_offsets

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _owner_at(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


def _offset(rows: list[Row], index: int) -> int:
    """The character offset of token ``index`` in the text the runner builds (a space after each word)."""
    return sum(len(r[0]) + 1 for r in rows[:index])


# "Tom Hale lost the vote . He blamed himself for it ."
OBJECT_REFLEXIVE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("lost", "VBD", "VERB", 2, "ROOT", "O", False),
    ("the", "DT", "DET", 4, "det", "O", False),
    ("vote", "NN", "NOUN", 2, "dobj", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("He", "PRP", "PRON", 7, "nsubj", "O", True),
    ("blamed", "VBD", "VERB", 7, "ROOT", "O", False),
    ("himself", "PRP", "PRON", 7, "dobj", "O", False),
    ("for", "IN", "ADP", 7, "prep", "O", False),
    ("it", "PRP", "PRON", 9, "pobj", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]

# "Jim Cole spoke . He said Tom Hale himself signed the order ."
INTENSIFIER_REFLEXIVE: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("He", "PRP", "PRON", 5, "nsubj", "O", True),
    ("said", "VBD", "VERB", 5, "ROOT", "O", False),
    ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
    ("Hale", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
    ("himself", "PRP", "PRON", 7, "appos", "O", False),
    ("signed", "VBD", "VERB", 5, "ccomp", "O", False),
    ("the", "DT", "DET", 11, "det", "O", False),
    ("order", "NN", "NOUN", 9, "dobj", "O", False),
    (".", ".", "PUNCT", 5, "punct", "O", False),
]

# "Jim Cole was harsh , while Tom Hale was kind . Such was his nature that he never shouted ."
ONE_SENTENCE_ONE_REFERENT: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("was", "VBD", "AUX", 2, "ROOT", "O", False),
    ("harsh", "JJ", "ADJ", 2, "acomp", "O", False),
    (",", ",", "PUNCT", 2, "punct", "O", False),
    ("while", "IN", "SCONJ", 8, "mark", "O", False),
    ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
    ("Hale", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False),
    ("was", "VBD", "AUX", 2, "advcl", "O", False),
    ("kind", "JJ", "ADJ", 8, "acomp", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("Such", "JJ", "ADJ", 12, "attr", "O", True),
    ("was", "VBD", "AUX", 12, "ROOT", "O", False),
    ("his", "PRP$", "PRON", 14, "poss", "O", False),
    ("nature", "NN", "NOUN", 12, "nsubj", "O", False),
    ("that", "IN", "SCONJ", 18, "mark", "O", False),
    ("he", "PRP", "PRON", 18, "nsubj", "O", False),
    ("never", "RB", "ADV", 18, "neg", "O", False),
    ("shouted", "VBD", "VERB", 12, "ccomp", "O", False),
    (".", ".", "PUNCT", 12, "punct", "O", False),
]

# "Sam Reed spoke first . Asked by Sam Reed if he believed the plan would work , Tom Hale said that he did not ."
ASKED_BY_AGENT: list[Row] = [
    ("Sam", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
    ("first", "RB", "ADV", 2, "advmod", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("Asked", "VBN", "VERB", 19, "advcl", "O", True),
    ("by", "IN", "ADP", 5, "agent", "O", False),
    ("Sam", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
    ("Reed", "NNP", "PROPN", 6, "pobj", "I-PERSON", False),
    ("if", "IN", "SCONJ", 11, "mark", "O", False),
    ("he", "PRP", "PRON", 11, "nsubj", "O", False),
    ("believed", "VBD", "VERB", 5, "advcl", "O", False),
    ("the", "DT", "DET", 13, "det", "O", False),
    ("plan", "NN", "NOUN", 15, "nsubj", "O", False),
    ("would", "MD", "AUX", 15, "aux", "O", False),
    ("work", "VB", "VERB", 11, "ccomp", "O", False),
    (",", ",", "PUNCT", 19, "punct", "O", False),
    ("Tom", "NNP", "PROPN", 18, "compound", "B-PERSON", False),
    ("Hale", "NNP", "PROPN", 19, "nsubj", "I-PERSON", False),
    ("said", "VBD", "VERB", 19, "ROOT", "O", False),
    ("that", "IN", "SCONJ", 22, "mark", "O", False),
    ("he", "PRP", "PRON", 22, "nsubj", "O", False),
    ("did", "VBD", "AUX", 19, "ccomp", "O", False),
    ("not", "RB", "PART", 22, "neg", "O", False),
    (".", ".", "PUNCT", 19, "punct", "O", False),
]

# "Jim Cole spoke first . Speaking to reporters about his plan , Tom Hale said it would work ."
SPEAKING_ABOUT_HIS: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
    ("first", "RB", "ADV", 2, "advmod", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("Speaking", "VBG", "VERB", 14, "advcl", "O", True),
    ("to", "IN", "ADP", 5, "prep", "O", False),
    ("reporters", "NNS", "NOUN", 6, "pobj", "O", False),
    ("about", "IN", "ADP", 5, "prep", "O", False),
    ("his", "PRP$", "PRON", 10, "poss", "O", False),
    ("plan", "NN", "NOUN", 8, "pobj", "O", False),
    (",", ",", "PUNCT", 14, "punct", "O", False),
    ("Tom", "NNP", "PROPN", 13, "compound", "B-PERSON", False),
    ("Hale", "NNP", "PROPN", 14, "nsubj", "I-PERSON", False),
    ("said", "VBD", "VERB", 14, "ROOT", "O", False),
    ("it", "PRP", "PRON", 17, "nsubj", "O", False),
    ("would", "MD", "AUX", 17, "aux", "O", False),
    ("work", "VB", "VERB", 14, "ccomp", "O", False),
    (".", ".", "PUNCT", 14, "punct", "O", False),
]


def test_an_object_reflexive_is_its_clause_subjects_person(stage_entities_verbs):
    found = stage_entities_verbs(OBJECT_REFLEXIVE)
    assert _owner_at(found, _offset(OBJECT_REFLEXIVE, 8)) == "Tom Hale"


def test_an_intensifier_after_a_name_is_that_names_person(stage_entities_verbs):
    found = stage_entities_verbs(INTENSIFIER_REFLEXIVE)
    assert _owner_at(found, _offset(INTENSIFIER_REFLEXIVE, 8)) == "Tom Hale"
    assert _owner_at(found, _offset(INTENSIFIER_REFLEXIVE, 4)) == "Jim Cole"


def test_a_second_pronoun_of_the_sentence_goes_on_with_the_first(stage_entities_verbs):
    found = stage_entities_verbs(ONE_SENTENCE_ONE_REFERENT)
    assert _owner_at(found, _offset(ONE_SENTENCE_ONE_REFERENT, 13)) == "Tom Hale"
    assert _owner_at(found, _offset(ONE_SENTENCE_ONE_REFERENT, 16)) == "Tom Hale"


def test_a_pronoun_of_a_fronted_asked_is_the_one_asked_not_the_asker(stage_entities_verbs):
    found = stage_entities_verbs(ASKED_BY_AGENT)
    assert _owner_at(found, _offset(ASKED_BY_AGENT, 10)) == "Tom Hale"
    assert _owner_at(found, _offset(ASKED_BY_AGENT, 21)) == "Tom Hale"


def test_a_fronted_participle_takes_its_subject_past_the_sentence_before(stage_entities_verbs):
    found = stage_entities_verbs(SPEAKING_ABOUT_HIS)
    assert _owner_at(found, _offset(SPEAKING_ABOUT_HIS, 9)) == "Tom Hale"


# "Jim Cole spoke . He asked Tom Hale to defend himself ."
OBJECT_CONTROL_REFLEXIVE: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False),
    (".", ".", "PUNCT", 2, "punct", "O", False),
    ("He", "PRP", "PRON", 5, "nsubj", "O", True),
    ("asked", "VBD", "VERB", 5, "ROOT", "O", False),
    ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
    ("Hale", "NNP", "PROPN", 5, "dobj", "I-PERSON", False),
    ("to", "TO", "PART", 9, "aux", "O", False),
    ("defend", "VB", "VERB", 5, "xcomp", "O", False),
    ("himself", "PRP", "PRON", 9, "dobj", "O", False),
    (".", ".", "PUNCT", 5, "punct", "O", False),
]

# 'Jim Cole spoke first . Asked what he would change , Tom Hale said , " We will cut taxes . "'
# (the parser's root the quoted verb, the credit a parataxis of it, "Asked" tagged as a past tense)
ASKED_BEFORE_A_QUOTED_ROOT: list[tuple[str, str, str, int, str, str, bool, str]] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Jim"),
    ("Cole", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Cole"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    ("first", "RB", "ADV", 2, "advmod", "O", False, "first"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("Asked", "VBD", "VERB", 18, "advcl", "O", True, "ask"),
    ("what", "WDT", "PRON", 9, "dobj", "O", False, "what"),
    ("he", "PRP", "PRON", 9, "nsubj", "O", False, "he"),
    ("would", "MD", "AUX", 9, "aux", "O", False, "would"),
    ("change", "VB", "VERB", 5, "ccomp", "O", False, "change"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ("Tom", "NNP", "PROPN", 12, "compound", "B-PERSON", False, "Tom"),
    ("Hale", "NNP", "PROPN", 13, "nsubj", "I-PERSON", False, "Hale"),
    ("said", "VBD", "VERB", 18, "parataxis", "O", False, "say"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ('"', "``", "PUNCT", 18, "punct", "O", False, '"'),
    ("We", "PRP", "PRON", 18, "nsubj", "O", False, "we"),
    ("will", "MD", "AUX", 18, "aux", "O", False, "will"),
    ("cut", "VB", "VERB", 18, "ROOT", "O", False, "cut"),
    ("taxes", "NNS", "NOUN", 18, "dobj", "O", False, "tax"),
    (".", ".", "PUNCT", 18, "punct", "O", False, "."),
    ('"', "''", "PUNCT", 18, "punct", "O", False, '"'),
]


def _resolve_with_lemmas(stage, rows) -> tuple[dict, list[int]]:
    """The entity stage with every table over rows that carry their own lemmas (a verb of saying is
    known by its lemma, ``say``), spaced as printed (none before ``.`` or ``,``, none inside the
    quotation marks); the entities and each word's character offset."""
    words, tags = [r[0] for r in rows], [r[1] for r in rows]
    spaces = [not (tags[k] == "``" or k + 1 < len(words) and (words[k + 1] in {".", ","} or tags[k + 1] == "''"))
              for k in range(len(words))]
    return stage(rows, spaces=spaces), word_offsets(words, spaces)


def test_a_reflexive_under_an_object_control_verb_is_the_objects_person(stage_entities_verbs):
    found = stage_entities_verbs(OBJECT_CONTROL_REFLEXIVE)
    assert _owner_at(found, _offset(OBJECT_CONTROL_REFLEXIVE, 10)) == "Tom Hale"


def test_a_fronted_asked_before_a_credit_the_parser_hung_on_the_quotation(stage_entities_verbs):
    found, offsets = _resolve_with_lemmas(stage_entities_verbs, ASKED_BEFORE_A_QUOTED_ROOT)
    assert _owner_at(found, offsets[7]) == "Tom Hale"
