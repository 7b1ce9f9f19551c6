"""A plain ``the <noun>`` for the one body the article itself called by that noun: the head word of its name
(``<Name> Association`` ... ``the association``) or the body's noun its name modifies (``a <Name> junior team`` ...
``The team``). Hand-built Docs of sentences written for these tests; none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# (word, tag, pos, head relative to the sentence, dep, ent)
Row = tuple[str, str, str, int, str, str]


def _texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


# Tom Wexler of the Brandon Garden Association spoke .
ASSOCIATION = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Wexler", "NNP", "PROPN", 7, "nsubj", "I-PERSON"),
               ("of", "IN", "ADP", 1, "prep", "O"), ("the", "DT", "DET", 6, "det", "B-ORG"),
               ("Brandon", "NNP", "PROPN", 6, "compound", "I-ORG"), ("Garden", "NNP", "PROPN", 6, "compound", "I-ORG"),
               ("Association", "NNP", "PROPN", 2, "pobj", "I-ORG"), ("spoke", "VBD", "VERB", 7, "ROOT", "O"),
               (".", ".", "PUNCT", 7, "punct", "O")]
# The association planted trees .
PLANTED = [("The", "DT", "DET", 1, "det", "O"), ("association", "NN", "NOUN", 2, "nsubj", "O"),
           ("planted", "VBD", "VERB", 2, "ROOT", "O"), ("trees", "NNS", "NOUN", 2, "dobj", "O"),
           (".", ".", "PUNCT", 2, "punct", "O")]
# The Orland Rowing Association rowed .
OTHER_ASSOCIATION = [("The", "DT", "DET", 3, "det", "O"), ("Orland", "NNP", "PROPN", 3, "compound", "B-ORG"),
                     ("Rowing", "NNP", "PROPN", 3, "compound", "I-ORG"), ("Association", "NNP", "PROPN", 4, "nsubj", "I-ORG"),
                     ("rowed", "VBD", "VERB", 4, "ROOT", "O"), (".", ".", "PUNCT", 4, "punct", "O")]
# The girls played on a Brandon Comets junior team .
COMETS = [("The", "DT", "DET", 1, "det", "O"), ("girls", "NNS", "NOUN", 2, "nsubj", "O"),
          ("played", "VBD", "VERB", 2, "ROOT", "O"), ("on", "IN", "ADP", 2, "prep", "O"),
          ("a", "DT", "DET", 8, "det", "O"), ("Brandon", "NNP", "PROPN", 6, "compound", "B-ORG"),
          ("Comets", "NNPS", "PROPN", 8, "compound", "I-ORG"), ("junior", "JJ", "ADJ", 8, "amod", "O"),
          ("team", "NN", "NOUN", 3, "pobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
# The team will honour them .
HONOUR = [("The", "DT", "DET", 1, "det", "O"), ("team", "NN", "NOUN", 3, "nsubj", "O"),
          ("will", "MD", "AUX", 3, "aux", "O"), ("honour", "VB", "VERB", 3, "ROOT", "O"),
          ("them", "PRP", "PRON", 3, "dobj", "O"), (".", ".", "PUNCT", 3, "punct", "O")]


def test_definite_head_word_of_the_one_body_named_so_is_that_body(stage_entities):
    # Tom Wexler of the Brandon Garden Association spoke. The association planted trees.
    found = stage_entities(_doc(ASSOCIATION, PLANTED))
    assert "The association" in _texts(found, "Brandon Garden Association"), found


def test_two_bodies_named_with_the_head_word_leave_it_unlinked(stage_entities):
    # ... The Orland Rowing Association rowed. The association planted trees.
    found = stage_entities(_doc(ASSOCIATION, OTHER_ASSOCIATION, PLANTED))
    assert "The association" not in _texts(found, "Brandon Garden Association"), found
    assert "The association" not in _texts(found, "Orland Rowing Association"), found


def test_head_word_before_the_body_is_named_is_no_mention_of_it(stage_entities):
    # The association planted trees. Tom Wexler of the Brandon Garden Association spoke.
    found = stage_entities(_doc(PLANTED, ASSOCIATION))
    assert "The association" not in _texts(found, "Brandon Garden Association"), found


def test_body_noun_a_name_modifies_is_what_the_text_calls_the_body(stage_entities):
    # Tom Wexler of the Brandon Garden Association spoke. The girls played on a Brandon Comets junior team. The
    # team will honour them. (a second body of no known kind: the club rule, which wants no other, reads nothing)
    found = stage_entities(_doc(ASSOCIATION, COMETS, HONOUR))
    assert "The team" in _texts(found, "Brandon Comets"), found


def test_noun_introduced_with_an_article_of_its_own_is_not_the_body(stage_entities):
    # Tom Wexler of the Brandon Garden Association spoke. The girls played on a Brandon Comets junior team. They
    # beat a team. The team will honour them.
    beat = [("They", "PRP", "PRON", 1, "nsubj", "O"), ("beat", "VBD", "VERB", 1, "ROOT", "O"),
            ("a", "DT", "DET", 3, "det", "O"), ("team", "NN", "NOUN", 1, "dobj", "O"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(ASSOCIATION, COMETS, beat, HONOUR))
    assert "The team" not in _texts(found, "Brandon Comets"), found


def test_noun_the_text_also_writes_in_the_plural_is_no_stand_in_for_the_name(stage_entities):
    # Tom Wexler of the Brandon Garden Association spoke. Other associations planted trees. The association planted
    # trees. ("associations": the noun has referents of its own)
    others = [("Other", "JJ", "ADJ", 1, "amod", "O"), ("associations", "NNS", "NOUN", 2, "nsubj", "O"),
              ("planted", "VBD", "VERB", 2, "ROOT", "O"), ("trees", "NNS", "NOUN", 2, "dobj", "O"),
              (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(ASSOCIATION, others, PLANTED), lemma_of={"associations": "association", "trees": "tree"})
    assert "The association" not in _texts(found, "Brandon Garden Association"), found


def test_head_word_of_a_place_name_is_no_bodys_noun(stage_entities):
    # Tom Wexler of the Brandon Garden Association spoke. Harlow Street opened. The street planted trees. (a street's
    # name the model tagged a body: the street's noun names no body)
    opened = [("Harlow", "NNP", "PROPN", 1, "compound", "B-ORG"), ("Street", "NNP", "PROPN", 2, "nsubj", "I-ORG"),
              ("opened", "VBD", "VERB", 2, "ROOT", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    street = [("The", "DT", "DET", 1, "det", "O"), ("street", "NN", "NOUN", 2, "nsubj", "O"),
              ("planted", "VBD", "VERB", 2, "ROOT", "O"), ("trees", "NNS", "NOUN", 2, "dobj", "O"),
              (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(ASSOCIATION, opened, street))
    assert "The street" not in _texts(found, "Harlow Street"), found
