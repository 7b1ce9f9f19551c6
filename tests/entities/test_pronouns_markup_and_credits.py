"""Pronoun antecedents across the layout of a page and a quotation's second credit (docs/notes/pronoun-losses.md,
"Session 39"; hand-built Docs, sentences of our own):

- the sentences of a post embedded in markup (``<post ...>...<post/>``) are someone else's words set into
  the page, not steps of the narrative: a pronoun after one still reaches the person named before it;
- the subject pronoun of a main clause after a fronted adverbial clause whose subject is a name goes on with
  the person that clause's object pronoun carries (``After Jim Cole accused him of lying, he warned``: the
  one accused), not with the newly named subject; when that subject is itself a pronoun (``After he
  accused Jim Cole of lying, he warned``) the sentence goes on with its subject;
- a name after the pronoun that credits a quotation the pronoun's own verb opened (``he warned, "...,"
  Tom Hale told reporters``) is the quotation's credit, a report of its own: the pronoun does not command
  it (binding principle C), so that person stays a candidate.
"""

from __future__ import annotations

from entity_lookup import word_offsets

# (word, tag, pos, head, dep, ent, sentence start, lemma)
Row = tuple[str, str, str, int, str, str, bool, str]


def _owner_at(found: dict, start: int) -> str | None:
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


def _spaced(rows: list[Row], tight: set[int]) -> tuple[list[str], list[bool]]:
    """The words, and a space after each but before ``.`` or ``,``, inside quotation marks and after a
    word of ``tight`` (the pieces of a tag)."""
    words, tags = [r[0] for r in rows], [r[1] for r in rows]
    spaces = [not (k in tight or tags[k] == "``" or k + 1 < len(words) and (words[k + 1] in {".", ","} or tags[k + 1] == "''"))
              for k in range(len(words))]
    return words, spaces


def _resolve(stage, rows: list[Row], tight: frozenset[int] = frozenset()) -> tuple[dict, list[int]]:
    words, spaces = _spaced(rows, set(tight))
    return stage(rows, spaces=spaces), word_offsets(words, spaces)


# 'Tom Hale listed reasons. <post>Taxes fall. Jobs grow. Roads improve.<post/> He concludes that it works.'
AFTER_AN_EMBEDDED_POST: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("listed", "VBD", "VERB", 2, "ROOT", "O", False, "list"),
    ("reasons", "NNS", "NOUN", 2, "dobj", "O", False, "reason"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("<", "XX", "X", 8, "punct", "O", True, "<"),
    ("post", "NN", "NOUN", 8, "compound", "O", False, "post"),
    (">", "XX", "X", 8, "punct", "O", False, ">"),
    ("Taxes", "NNS", "NOUN", 9, "nsubj", "O", False, "tax"),
    ("fall", "VBP", "VERB", 9, "ROOT", "O", False, "fall"),
    (".", ".", "PUNCT", 9, "punct", "O", False, "."),
    ("Jobs", "NNS", "NOUN", 12, "nsubj", "O", True, "job"),
    ("grow", "VBP", "VERB", 12, "ROOT", "O", False, "grow"),
    (".", ".", "PUNCT", 12, "punct", "O", False, "."),
    ("Roads", "NNS", "NOUN", 15, "nsubj", "O", True, "road"),
    ("improve", "VBP", "VERB", 15, "ROOT", "O", False, "improve"),
    (".", ".", "PUNCT", 15, "punct", "O", False, "."),
    ("<", "XX", "X", 15, "punct", "O", False, "<"),
    ("post/", "NN", "NOUN", 15, "dep", "O", False, "post/"),
    (">", "XX", "X", 15, "punct", "O", False, ">"),
    ("He", "PRP", "PRON", 21, "nsubj", "O", True, "he"),
    ("concludes", "VBZ", "VERB", 21, "ROOT", "O", False, "conclude"),
    ("that", "IN", "SCONJ", 24, "mark", "O", False, "that"),
    ("it", "PRP", "PRON", 24, "nsubj", "O", False, "it"),
    ("works", "VBZ", "VERB", 21, "ccomp", "O", False, "work"),
    (".", ".", "PUNCT", 21, "punct", "O", False, "."),
]
# the tag's pieces and the post's last stop are written without spaces: "<post>Taxes", "improve.<post/>"
POST_TIGHT = frozenset({5, 6, 7, 16, 17, 18})

# 'Tom Hale spoke. After Ann Lee accused him of lying, he warned, "We will win," Tom Hale told reporters.'
SECOND_CREDIT: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
    ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
    (".", ".", "PUNCT", 2, "punct", "O", False, "."),
    ("After", "IN", "SCONJ", 7, "mark", "O", True, "after"),
    ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON", False, "Ann"),
    ("Lee", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False, "Lee"),
    ("accused", "VBD", "VERB", 13, "advcl", "O", False, "accuse"),
    ("him", "PRP", "PRON", 7, "dobj", "O", False, "he"),
    ("of", "IN", "ADP", 7, "prep", "O", False, "of"),
    ("lying", "NN", "NOUN", 9, "pobj", "O", False, "lying"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ("he", "PRP", "PRON", 13, "nsubj", "O", False, "he"),
    ("warned", "VBD", "VERB", 13, "ROOT", "O", False, "warn"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ('"', "``", "PUNCT", 18, "punct", "O", False, '"'),
    ("We", "PRP", "PRON", 18, "nsubj", "O", False, "we"),
    ("will", "MD", "AUX", 18, "aux", "O", False, "will"),
    ("win", "VB", "VERB", 13, "ccomp", "O", False, "win"),
    (",", ",", "PUNCT", 13, "punct", "O", False, ","),
    ('"', "''", "PUNCT", 13, "punct", "O", False, '"'),
    ("Tom", "NNP", "PROPN", 22, "compound", "B-PERSON", False, "Tom"),
    ("Hale", "NNP", "PROPN", 23, "nsubj", "I-PERSON", False, "Hale"),
    ("told", "VBD", "VERB", 13, "ccomp", "O", False, "tell"),
    ("reporters", "NNS", "NOUN", 23, "dobj", "O", False, "reporter"),
    (".", ".", "PUNCT", 13, "punct", "O", False, "."),
]


def _fronted(subject: list[tuple[str, str]], obj: list[tuple[str, str]]) -> list[Row]:
    """'Tom Hale spoke. After <subject> accused <obj> of lying, he warned the board.' (each a list of
    (word, tag) pairs: a name of two words or a pronoun)."""
    rows: list[Row] = [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
        ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Hale"),
        ("spoke", "VBD", "VERB", 2, "ROOT", "O", False, "speak"),
        (".", ".", "PUNCT", 2, "punct", "O", False, "."),
        ("After", "IN", "SCONJ", 0, "mark", "O", True, "after"),
    ]

    def phrase(words: list[tuple[str, str]], dep: str, head: int) -> None:
        for k, (word, tag) in enumerate(words):
            last = k == len(words) - 1
            name = tag == "NNP"
            rows.append((word, tag, "PROPN" if name else "PRON", head if last else len(rows) + 1,
                         dep if last else "compound", ("B-PERSON" if k == 0 else "I-PERSON") if name else "O",
                         False, word if name else word.lower()))

    accused = 5 + len(subject)
    phrase(subject, "nsubj", accused)
    rows.append(("accused", "VBD", "VERB", 0, "advcl", "O", False, "accuse"))
    phrase(obj, "dobj", accused)
    warned = len(rows) + 4
    rows += [("of", "IN", "ADP", accused, "prep", "O", False, "of"),
             ("lying", "NN", "NOUN", len(rows), "pobj", "O", False, "lying"),
             (",", ",", "PUNCT", warned, "punct", "O", False, ","),
             ("he", "PRP", "PRON", warned, "nsubj", "O", False, "he"),
             ("warned", "VBD", "VERB", warned, "ROOT", "O", False, "warn"),
             ("the", "DT", "DET", warned + 2, "det", "O", False, "the"),
             ("board", "NN", "NOUN", warned, "dobj", "O", False, "board"),
             (".", ".", "PUNCT", warned, "punct", "O", False, ".")]
    rows[4] = rows[4][:3] + (accused,) + rows[4][4:]
    rows[accused] = rows[accused][:3] + (warned,) + rows[accused][4:]
    return rows


def test_a_fronted_clause_s_object_pronoun_carries_the_main_subject_pronoun(stage_entities_verbs):
    rows = _fronted([("Jim", "NNP"), ("Cole", "NNP")], [("him", "PRP")])
    found, offsets = _resolve(stage_entities_verbs, rows)
    assert _owner_at(found, offsets[8]) == "Tom Hale"  # "him": the one accused
    assert _owner_at(found, offsets[12]) == "Tom Hale"  # the accused warned, not Jim Cole


def test_a_fronted_clause_with_a_pronoun_subject_goes_on_with_that_subject(stage_entities_verbs):
    rows = _fronted([("he", "PRP")], [("Jim", "NNP"), ("Cole", "NNP")])
    found, offsets = _resolve(stage_entities_verbs, rows)
    assert _owner_at(found, offsets[5]) == "Tom Hale"
    assert _owner_at(found, offsets[12]) == "Tom Hale"


def test_an_embedded_post_is_no_step_between_a_pronoun_and_its_person(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, AFTER_AN_EMBEDDED_POST, POST_TIGHT)
    assert _owner_at(found, offsets[20]) == "Tom Hale"


def test_a_second_credit_after_the_quotation_is_not_commanded_by_the_pronoun(stage_entities_verbs):
    found, offsets = _resolve(stage_entities_verbs, SECOND_CREDIT)
    assert _owner_at(found, offsets[8]) == "Tom Hale"  # "him": not Ann Lee, who accused
    assert _owner_at(found, offsets[12]) == "Tom Hale"
