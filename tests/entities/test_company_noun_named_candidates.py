"""``the company`` / ``the firm``: the one firm named before it, by the article's own evidence that a body is a
firm (a firm's officer owned by its name), a body only described before no rival, the possessor of a subject a
party as the subject is. Hand-built Docs of sentences written for these tests; none is taken from a corpus or a
gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# (word, tag, pos, head relative to the sentence, dep, ent)
Row = tuple[str, str, str, int, str, str]

# The company said fares would fall .
SAID_FALL = [("The", "DT", "DET", 1, "det", "O"), ("company", "NN", "NOUN", 2, "nsubj", "O"),
             ("said", "VBD", "VERB", 2, "ROOT", "O"), ("fares", "NNS", "NOUN", 5, "nsubj", "O"),
             ("would", "MD", "AUX", 5, "aux", "O"), ("fall", "VB", "VERB", 2, "ccomp", "O"),
             (".", ".", "PUNCT", 2, "punct", "O")]

# Shares rose .
SHARES_ROSE = [("Shares", "NNS", "NOUN", 1, "nsubj", "O"), ("rose", "VBD", "VERB", 1, "ROOT", "O"),
               (".", ".", "PUNCT", 1, "punct", "O")]

# Zentrova 's chief operating officer spoke in Leeds .
OFFICER_SPOKE = [("Zentrova", "NNP", "PROPN", 4, "poss", "B-ORG"), ("'s", "POS", "PART", 0, "case", "O"),
                 ("chief", "JJ", "ADJ", 4, "amod", "O"), ("operating", "NN", "NOUN", 4, "compound", "O"),
                 ("officer", "NN", "NOUN", 5, "nsubj", "O"), ("spoke", "VBD", "VERB", 5, "ROOT", "O"),
                 ("in", "IN", "ADP", 5, "prep", "O"), ("Leeds", "NNP", "PROPN", 6, "pobj", "B-GPE"),
                 (".", ".", "PUNCT", 5, "punct", "O")]


def _holders(found: dict, word: str) -> list[str]:
    """The named bodies that took a mention holding ``word``."""
    return [name for name, e in found.items() if name[:1].isupper() and any(word in m.text for m in e.mentions)]


def test_a_body_whose_officer_is_a_firms_is_the_company(stage_entities):
    # Zentrova 's chief operating officer spoke in Leeds . Shares rose . The company said fares would fall .
    found = stage_entities(_doc(OFFICER_SPOKE, SHARES_ROSE, SAID_FALL))
    assert _holders(found, "company") == ["Zentrova"], found


def test_another_unknown_body_named_leaves_the_company_unlinked(stage_entities):
    # Zentrova 's chief operating officer spoke in Leeds . Orvane praised him . The company said fares would fall .
    praised = [("Orvane", "NNP", "PROPN", 1, "nsubj", "B-ORG"), ("praised", "VBD", "VERB", 1, "ROOT", "O"),
               ("him", "PRP", "PRON", 1, "dobj", "O"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(OFFICER_SPOKE, praised, SAID_FALL))
    assert _holders(found, "company") == [], found


def test_the_possessor_of_the_subject_is_what_the_company_names(stage_entities):
    # Zentrova 's new phone will launch in May , the company said .
    rows = [("Zentrova", "NNP", "PROPN", 3, "poss", "B-ORG"), ("'s", "POS", "PART", 0, "case", "O"),
            ("new", "JJ", "ADJ", 3, "amod", "O"), ("phone", "NN", "NOUN", 5, "nsubj", "O"),
            ("will", "MD", "AUX", 5, "aux", "O"), ("launch", "VB", "VERB", 11, "ccomp", "O"),
            ("in", "IN", "ADP", 5, "prep", "O"), ("May", "NNP", "PROPN", 6, "pobj", "B-DATE"),
            (",", ",", "PUNCT", 11, "punct", "O"), ("the", "DT", "DET", 10, "det", "O"),
            ("company", "NN", "NOUN", 11, "nsubj", "O"), ("said", "VBD", "VERB", 11, "ROOT", "O"),
            (".", ".", "PUNCT", 11, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert _holders(found, "company") == ["Zentrova"], found
