"""A definite description of one person written right before the person's name (ents30): ``by appointing
the first deaf person to the planning board, Ann Lee.``, ``her running mate, Texas Rep. Tom Reed,``, and as
the subject of ``was NAME`` (``The first member of the board to resign was Tom Reed.``), is the named
person's mention; a list (``the first driver, Ann Lee, and Tom Reed``) and a name that is the subject of a verb
(``After meeting the driver, Tom Reed left.``) are not. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def test_an_ordinal_description_before_a_closing_name_is_the_persons(stage_entities) -> None:
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("mayor", "NN", "NOUN", 2, "nsubj", "O", False),
            ("surprised", "VBD", "VERB", 2, "ROOT", "O", False), ("everyone", "NN", "PRON", 2, "dobj", "O", False),
            ("by", "IN", "ADP", 2, "prep", "O", False), ("appointing", "VBG", "VERB", 4, "pcomp", "O", False),
            ("the", "DT", "DET", 9, "det", "O", False), ("first", "JJ", "ADJ", 9, "amod", "B-ORDINAL", False),
            ("deaf", "JJ", "ADJ", 9, "amod", "O", False), ("person", "NN", "NOUN", 5, "dobj", "O", False),
            ("to", "IN", "ADP", 5, "prep", "O", False), ("the", "DT", "DET", 13, "det", "O", False),
            ("planning", "NN", "NOUN", 13, "compound", "O", False), ("board", "NN", "NOUN", 10, "pobj", "O", False),
            (",", ",", "PUNCT", 13, "punct", "O", False),
            ("Ann", "NNP", "PROPN", 16, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 13, "appos", "I-PERSON", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "the first deaf person" in texts(found, "Ann Lee"), found


def test_the_first_member_to_resign_was_the_named_person(stage_entities) -> None:
    rows = [("The", "DT", "DET", 2, "det", "O", True), ("first", "JJ", "ADJ", 2, "amod", "B-ORDINAL", False),
            ("member", "NN", "NOUN", 8, "nsubj", "O", False), ("of", "IN", "ADP", 2, "prep", "O", False),
            ("the", "DT", "DET", 5, "det", "O", False), ("board", "NN", "NOUN", 3, "pobj", "O", False),
            ("to", "TO", "PART", 7, "aux", "O", False), ("resign", "VB", "VERB", 2, "relcl", "O", False),
            ("was", "VBD", "AUX", 8, "ROOT", "O", False),
            ("Tom", "NNP", "PROPN", 10, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 8, "attr", "I-PERSON", False), (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = stage_entities(rows)
    assert "The first member" in texts(found, "Tom Reed"), found


def test_a_running_mate_before_the_titled_name_is_the_person_not_her_pronoun(stage_entities) -> None:
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O", True), ("chose", "VBD", "VERB", 1, "ROOT", "O", False),
            ("her", "PRP$", "PRON", 4, "poss", "O", False), ("running", "NN", "NOUN", 4, "amod", "O", False),
            ("mate", "NN", "NOUN", 1, "dobj", "O", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("Texas", "NNP", "PROPN", 7, "compound", "B-GPE", False),
            ("Rep.", "NNP", "PROPN", 9, "compound", "O", False),
            ("Tom", "NNP", "PROPN", 9, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 4, "appos", "I-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("on", "IN", "ADP", 1, "prep", "O", False), ("Monday", "NNP", "PROPN", 11, "pobj", "B-DATE", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert "running mate" in texts(found, "Tom Reed"), found
    assert "her running mate" not in texts(found, "Tom Reed"), found


def test_a_list_of_names_takes_no_description(stage_entities) -> None:
    # "She thanked the first driver, Ann Lee, and Tom Reed."
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O", True), ("thanked", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 4, "det", "O", False), ("first", "JJ", "ADJ", 4, "amod", "B-ORDINAL", False),
            ("driver", "NN", "NOUN", 1, "dobj", "O", False),
            (",", ",", "PUNCT", 4, "punct", "O", False), ("Ann", "NNP", "PROPN", 7, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 4, "appos", "I-PERSON", False), (",", ",", "PUNCT", 7, "punct", "O", False),
            ("and", "CC", "CCONJ", 7, "cc", "O", False), ("Tom", "NNP", "PROPN", 11, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 7, "conj", "I-PERSON", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert "the first driver" not in texts(found, "Ann Lee"), found


def test_a_name_that_is_a_verbs_subject_takes_no_description(stage_entities) -> None:
    rows = [("After", "IN", "ADP", 7, "prep", "O", True), ("meeting", "VBG", "VERB", 0, "pcomp", "O", False),
            ("the", "DT", "DET", 3, "det", "O", False), ("driver", "NN", "NOUN", 1, "dobj", "O", False),
            (",", ",", "PUNCT", 7, "punct", "O", False), ("Tom", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False), ("left", "VBD", "VERB", 7, "ROOT", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = stage_entities(rows)
    assert "the driver" not in texts(found, "Tom Reed"), found


def test_a_nationality_noun_with_an_ordinal_before_the_name_is_the_persons(stage_entities) -> None:
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("mayor", "NN", "NOUN", 2, "nsubj", "O", False),
            ("appointed", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
            ("first", "JJ", "ADJ", 6, "amod", "B-ORDINAL", False),
            ("Maori", "NNP", "PROPN", 6, "compound", "B-NORP", False),
            ("American", "NNP", "PROPN", 2, "dobj", "I-NORP", False), ("to", "IN", "ADP", 2, "prep", "O", False),
            ("the", "DT", "DET", 9, "det", "O", False), ("board", "NN", "NOUN", 7, "pobj", "O", False),
            (",", ",", "PUNCT", 2, "punct", "O", False), ("Ann", "NNP", "PROPN", 12, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 2, "npadvmod", "I-PERSON", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "the first Maori American" in texts(found, "Ann Lee"), found
