"""Pronoun antecedents the clause's structure fixes (branch pron40, docs/notes/pronoun-losses.md,
"Session 36"; hand-built Docs, sentences of our own):

- a short form of given names says the gender its full names share (``Becky``: Rebecca), so a ``he``
  of a clause a woman so named reports is not hers; a short form also given on its own to the
  other gender (``Jan``), or of names of both genders (``Pat``), says none;
- binding principle B bars the pronoun only from another *argument* of its clause: not from a
  reflexive (``Himself a farmer, he ...``), nor from a name inside another name (``the Reed
  Tower``); and a subject pronoun's clause is the word it is the subject of, though the parser
  made that word no verb (``but he might in June``);
- an object pronoun of an infinitive whose understood subject is the subject of a coordinated verb
  (``Tom Reed criticised the plan and vowed to vote for him``) is not that subject;
- the person an ``if`` clause is said of includes the object of an infinitive of its host clause
  (``It will be hard to deny Tom Reed the post if he wins``);
- the subject pronoun crediting a quotation that opens a paragraph is, before others, the person
  first named in the paragraph just before (news brings a source in, then quotes it);
- the subject pronoun of a verb that goes on with someone's words (``he continued``, ``she added``)
  is, before others, the latest speaker (a subject of a verb of saying, or of a stance stated in a
  clause: ``Tom Reed is sure that ...``).
"""

from __future__ import annotations

from entity_lookup import aide_speaker_rows

# (word, tag, pos, head, dep, ent, sentence start, lemma)
Row = tuple[str, str, str, int, str, str, bool, str]
MORPHS = {"she": "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs",
          "he": "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs",
          "him": "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"}


def _resolve(stage, rows: list[Row], spaces: list[bool] | None = None) -> tuple[dict, str]:
    """The entity stage with every table over the rows (their own lemmas and pronoun morphs); the entities and the
    printed text (no space before ``.``, ``,`` or ``'s`` unless ``spaces`` says otherwise)."""
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [not (k + 1 < len(words) and words[k + 1] in {".", ",", "'s"}) for k in range(len(words))]
    found = stage([r[:8] for r in rows], spaces=spaces, morphs=[MORPHS.get(w.lower(), "") for w in words])
    return found, "".join(w + " " * sp for w, sp in zip(words, spaces, strict=True))


def _holder(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


# "Becky Lowe, Tom Reed's aide, told reporters that he would run."
SHORT_FORM_SPEAKER: list[Row] = aide_speaker_rows("Becky", "Tom", "he")

# "Tom Reed won. Himself a farmer, he thanked the voters."
REFLEXIVE_APPOSITIVE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
    ("won", "VBD", "VERB", 2, "ROOT", "O", False, "win"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("Himself", "PRP", "PRON", 9, "npadvmod", "O", True, "himself"),
    ("a", "DT", "DET", 6, "det", "O", False, "a"),
    ("farmer", "NN", "NOUN", 4, "appos", "O", False, "farmer"),
    (",", ",", "PUNCT", 9, "punct", "O", False, ","),
    ("he", "PRP", "PRON", 9, "nsubj", "O", False, "he"),
    ("thanked", "VBD", "VERB", 9, "ROOT", "O", False, "thank"),
    ("the", "DT", "DET", 11, "det", "O", False, "the"),
    ("voters", "NNS", "NOUN", 9, "dobj", "O", False, "voter"),
    (".", ".", "PUNCT", 9, "punct", "O", False, "."),
]

# "Tom Reed owns no hotels, though he licensed his name to Reed Tower."
NAME_INSIDE_A_NAME: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
    ("owns", "VBZ", "VERB", 2, "ROOT", "O", False, "own"),
    ("no", "DT", "DET", 4, "det", "O", False, "no"),
    ("hotels", "NNS", "NOUN", 2, "dobj", "O", False, "hotel"),
    (",", ",", "PUNCT", 2, "punct", "O", False, ","),
    ("though", "IN", "SCONJ", 8, "mark", "O", False, "though"),
    ("he", "PRP", "PRON", 8, "nsubj", "O", False, "he"),
    ("licensed", "VBD", "VERB", 2, "advcl", "O", False, "license"),
    ("his", "PRP$", "PRON", 10, "poss", "O", False, "his"),
    ("name", "NN", "NOUN", 8, "dobj", "O", False, "name"),
    ("to", "IN", "ADP", 8, "prep", "O", False, "to"),
    ("Reed", "NNP", "PROPN", 13, "compound", "B-PERSON", False, "Reed"),
    ("Tower", "NNP", "PROPN", 11, "pobj", "O", False, "Tower"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
]

# "Tom Reed lost, but he might in June.", parsed with "in" a conjunct of "lost" and "he" its subject
NON_VERB_CLAUSE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
    ("lost", "VBD", "VERB", 2, "ROOT", "O", False, "lose"),
    (",", ",", "PUNCT", 2, "punct", "O", False, ","),
    ("but", "CC", "CCONJ", 2, "cc", "O", False, "but"),
    ("he", "PRP", "PRON", 7, "nsubj", "O", False, "he"),
    ("might", "MD", "AUX", 7, "aux", "O", False, "might"),
    ("in", "IN", "ADP", 2, "conj", "O", False, "in"),
    ("June", "NNP", "PROPN", 7, "pobj", "B-DATE", False, "June"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
]

# "Jim Hale spoke. Tom Reed criticised the plan and vowed to vote for him."
CONTROLLED_CONJUNCT: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Jim"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", True, "Tom"),
    ("Reed", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False, "Reed"),
    ("criticised", "VBD", "VERB", 6, "ROOT", "O", False, "criticise"),
    ("the", "DT", "DET", 8, "det", "O", False, "the"),
    ("plan", "NN", "NOUN", 6, "dobj", "O", False, "plan"),
    ("and", "CC", "CCONJ", 6, "cc", "O", False, "and"),
    ("vowed", "VBD", "VERB", 6, "conj", "O", False, "vow"),
    ("to", "TO", "PART", 12, "aux", "O", False, "to"),
    ("vote", "VB", "VERB", 10, "xcomp", "O", False, "vote"),
    ("for", "IN", "ADP", 12, "prep", "O", False, "for"),
    ("him", "PRP", "PRON", 13, "pobj", "O", False, "he"),
    (".", ".", "PUNCT", 6, "punct", "O", False, "."),
]

# "Jim Hale spoke. It will be hard to deny Tom Reed the post if he wins.", parsed with the "if"
# clause hung on "be"
CONDITION_ON_INFINITIVE: list[Row] = [
    ("Jim", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Jim"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("It", "PRP", "PRON", 6, "nsubj", "O", True, "it"),
    ("will", "MD", "AUX", 6, "aux", "O", False, "will"),
    ("be", "VB", "AUX", 6, "ROOT", "O", False, "be"),
    ("hard", "JJ", "ADJ", 6, "acomp", "O", False, "hard"),
    ("to", "TO", "PART", 9, "aux", "O", False, "to"),
    ("deny", "VB", "VERB", 6, "xcomp", "O", False, "deny"),
    ("Tom", "NNP", "PROPN", 11, "compound", "B-PERSON", False, "Tom"),
    ("Reed", "NNP", "PROPN", 9, "dative", "I-PERSON", False, "Reed"),
    ("the", "DT", "DET", 13, "det", "O", False, "the"),
    ("post", "NN", "NOUN", 9, "dobj", "O", False, "post"),
    ("if", "IN", "SCONJ", 16, "mark", "O", False, "if"),
    ("he", "PRP", "PRON", 16, "nsubj", "O", False, "he"),
    ("wins", "VBZ", "VERB", 6, "advcl", "O", False, "win"),
    (".", ".", "PUNCT", 6, "punct", "O", False, "."),
]


def test_a_short_form_of_womens_names_is_a_woman() -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities_pronouns import short_form_gender

    given = load_actor_dictionary().given_names
    assert short_form_gender("Becky", given) == "f"
    assert short_form_gender("Bobby", given) == "m"
    assert short_form_gender("Pat", given) is None  # Patricia and Patrick
    assert short_form_gender("Jan", given) is None  # also a man's name on its own
    assert short_form_gender("Mary", given) is None  # a full name: given_names.tsv says it
    assert short_form_gender("Lowe", given) is None


def test_a_he_a_woman_reports_is_the_man_in_her_apposition(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, SHORT_FORM_SPEAKER)
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"


def test_a_reflexive_does_not_bar_the_subject_it_belongs_to(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, REFLEXIVE_APPOSITIVE)
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"


def test_a_name_inside_another_name_is_no_argument_of_the_pronouns_clause(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, NAME_INSIDE_A_NAME)
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"


def test_a_subject_pronouns_clause_is_the_word_it_is_the_subject_of(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, NON_VERB_CLAUSE)
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"


def test_an_object_of_an_infinitive_under_a_coordinated_verb_is_not_the_shared_subject(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, CONTROLLED_CONJUNCT)
    assert _holder(found, text.index("him")) == "Jim Hale"


def test_an_if_clause_is_said_of_the_object_of_its_hosts_infinitive(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, CONDITION_ON_INFINITIVE)
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"


# 'Tom Reed won the vote.\n\nThe crowd cheered, thanks to Kit Hale, a delegate.\n\n"We won," he said.'
# (word, tag, pos, head, dep, ent, sentence start, lemma, space after)
INTRODUCED_SOURCE = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom", True),
    ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed", True),
    ("won", "VBD", "VERB", 2, "ROOT", "O", False, "win", True),
    ("the", "DT", "DET", 4, "det", "O", False, "the", True),
    ("vote", "NN", "NOUN", 2, "dobj", "O", False, "vote", False),
    (".", ".", "PUNCT", 2, "punct", "O", False, ".", False),
    ("\n\n", "_SP", "SPACE", 5, "dep", "O", False, "\n\n", False),
    ("The", "DT", "DET", 8, "det", "O", True, "the", True),
    ("crowd", "NN", "NOUN", 9, "nsubj", "O", False, "crowd", True),
    ("cheered", "VBD", "VERB", 9, "ROOT", "O", False, "cheer", False),
    (",", ",", "PUNCT", 9, "punct", "O", False, ",", True),
    ("thanks", "IN", "ADP", 9, "prep", "O", False, "thanks", True),
    ("to", "IN", "ADP", 11, "prep", "O", False, "to", True),
    ("Kit", "NNP", "PROPN", 14, "compound", "B-PERSON", False, "Kit", True),
    ("Hale", "NNP", "PROPN", 12, "pobj", "I-PERSON", False, "Hale", False),
    (",", ",", "PUNCT", 14, "punct", "O", False, ",", True),
    ("a", "DT", "DET", 17, "det", "O", False, "a", True),
    ("delegate", "NN", "NOUN", 14, "appos", "O", False, "delegate", False),
    (".", ".", "PUNCT", 9, "punct", "O", False, ".", False),
    ("\n\n", "_SP", "SPACE", 18, "dep", "O", False, "\n\n", False),
    ('"', "``", "PUNCT", 22, "punct", "O", True, '"', False),
    ("We", "PRP", "PRON", 22, "nsubj", "O", False, "we", True),
    ("won", "VBD", "VERB", 26, "ccomp", "O", False, "win", False),
    (",", ",", "PUNCT", 26, "punct", "O", False, ",", False),
    ('"', "''", "PUNCT", 26, "punct", "O", False, '"', True),
    ("he", "PRP", "PRON", 26, "nsubj", "O", False, "he", True),
    ("said", "VBD", "VERB", 26, "ROOT", "O", False, "say", False),
    (".", ".", "PUNCT", 26, "punct", "O", False, ".", False),
]


def test_a_quotation_after_a_source_is_brought_in_is_the_sources(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, INTRODUCED_SOURCE, [r[8] for r in INTRODUCED_SOURCE])
    assert text.endswith('"We won," he said.')
    assert _holder(found, text.index(" he ") + 1) == "Kit Hale"


# '"We won," says Jim Hale. Tom Reed met Hale. "It was close," he continued.'
CONTINUED_SPEAKER = [
    ('"', "``", "PUNCT", 2, "punct", "O", True, '"', False),
    ("We", "PRP", "PRON", 2, "nsubj", "O", False, "we", True),
    ("won", "VBD", "VERB", 5, "ccomp", "O", False, "win", False),
    (",", ",", "PUNCT", 5, "punct", "O", False, ",", False),
    ('"', "''", "PUNCT", 5, "punct", "O", False, '"', True),
    ("says", "VBZ", "VERB", 5, "ROOT", "O", False, "say", True),
    ("Jim", "NNP", "PROPN", 7, "compound", "B-PERSON", False, "Jim", True),
    ("Hale", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False, "Hale", False),
    (".", ".", "PUNCT", 5, "punct", "O", False, ".", True),
    ("Tom", "NNP", "PROPN", 10, "compound", "B-PERSON", True, "Tom", True),
    ("Reed", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False, "Reed", True),
    ("met", "VBD", "VERB", 11, "ROOT", "O", False, "meet", True),
    ("Hale", "NNP", "PROPN", 11, "dobj", "B-PERSON", False, "Hale", False),
    (".", ".", "PUNCT", 11, "punct", "O", False, ".", True),
    ('"', "``", "PUNCT", 16, "punct", "O", True, '"', False),
    ("It", "PRP", "PRON", 16, "nsubj", "O", False, "it", True),
    ("was", "VBD", "AUX", 21, "ccomp", "O", False, "be", True),
    ("close", "JJ", "ADJ", 16, "acomp", "O", False, "close", False),
    (",", ",", "PUNCT", 21, "punct", "O", False, ",", False),
    ('"', "''", "PUNCT", 21, "punct", "O", False, '"', True),
    ("he", "PRP", "PRON", 21, "nsubj", "O", False, "he", True),
    ("continued", "VBD", "VERB", 21, "ROOT", "O", False, "continue", False),
    (".", ".", "PUNCT", 21, "punct", "O", False, ".", False),
]


def test_he_continued_goes_on_with_the_latest_speaker(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, CONTINUED_SPEAKER, [r[8] for r in CONTINUED_SPEAKER])
    assert text.endswith('"It was close," he continued.')
    assert _holder(found, text.index(" he ") + 1) == "Jim Hale"


# '"We won," says Jim Hale. Tom Reed is sure that they won. "It was close," he added.'
STANCE_SPEAKER = [
    ('"', "``", "PUNCT", 2, "punct", "O", True, '"', False),
    ("We", "PRP", "PRON", 2, "nsubj", "O", False, "we", True),
    ("won", "VBD", "VERB", 5, "ccomp", "O", False, "win", False),
    (",", ",", "PUNCT", 5, "punct", "O", False, ",", False),
    ('"', "''", "PUNCT", 5, "punct", "O", False, '"', True),
    ("says", "VBZ", "VERB", 5, "ROOT", "O", False, "say", True),
    ("Jim", "NNP", "PROPN", 7, "compound", "B-PERSON", False, "Jim", True),
    ("Hale", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False, "Hale", False),
    (".", ".", "PUNCT", 5, "punct", "O", False, ".", True),
    ("Tom", "NNP", "PROPN", 10, "compound", "B-PERSON", True, "Tom", True),
    ("Reed", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False, "Reed", True),
    ("is", "VBZ", "AUX", 11, "ROOT", "O", False, "be", True),
    ("sure", "JJ", "ADJ", 11, "acomp", "O", False, "sure", True),
    ("that", "IN", "SCONJ", 15, "mark", "O", False, "that", True),
    ("they", "PRP", "PRON", 15, "nsubj", "O", False, "they", True),
    ("won", "VBD", "VERB", 12, "ccomp", "O", False, "win", False),
    (".", ".", "PUNCT", 11, "punct", "O", False, ".", True),
    ('"', "``", "PUNCT", 19, "punct", "O", True, '"', False),
    ("It", "PRP", "PRON", 19, "nsubj", "O", False, "it", True),
    ("was", "VBD", "AUX", 24, "ccomp", "O", False, "be", True),
    ("close", "JJ", "ADJ", 19, "acomp", "O", False, "close", False),
    (",", ",", "PUNCT", 24, "punct", "O", False, ",", False),
    ('"', "''", "PUNCT", 24, "punct", "O", False, '"', True),
    ("he", "PRP", "PRON", 24, "nsubj", "O", False, "he", True),
    ("added", "VBD", "VERB", 24, "ROOT", "O", False, "add", False),
    (".", ".", "PUNCT", 24, "punct", "O", False, ".", False),
]


def test_a_stance_stated_in_a_clause_makes_its_holder_the_latest_speaker(stage_entities_verbs) -> None:
    found, text = _resolve(stage_entities_verbs, STANCE_SPEAKER, [r[8] for r in STANCE_SPEAKER])
    assert text.endswith('"It was close," he added.')
    assert _holder(found, text.index(" he ") + 1) == "Tom Reed"
