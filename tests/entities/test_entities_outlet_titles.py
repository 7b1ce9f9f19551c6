"""Branch bodies32 (issue 15): ``the``, one to three capitalised words and a newspaper's or news site's title
word (``media_title``: Report, Review, Post ...) are one outlet's name, whatever the model tagged inside it;
not when a capitalised word follows (a longer name) nor on a title-case line. Hand-built Docs of sentences
written for these tests (rows as the parser reads such sentences); none is taken from a corpus or a gold
set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _mocked(name: list[tuple], after: list[tuple]) -> list[tuple]:
    """``Ann Lee mocked the <name> <after> .``: the name's rows hung on ``mocked``'s object."""
    head = 3 + len(name) - 1
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
            ("mocked", "VBD", "VERB", 2, "ROOT", "O"), ("the", "DT", "DET", head, "det", "O")]
    for k, (word, ent) in enumerate(name):
        at = 3 + k
        rows.append((word, "NNP", "PROPN", 2 if at == head else head, "dobj" if at == head else "compound", ent))
    return rows + after + [(".", ".", "PUNCT", 2, "punct", "O")]




def _for_it(at: int) -> list[tuple]:
    return [("for", "IN", "ADP", 2, "prep", "O"), ("it", "PRP", "PRON", at, "pobj", "O")]


def test_a_site_named_the_x_report_is_one_body_though_only_its_first_word_was_tagged(stage_entities):
    # Ann Lee mocked the Harlow Report for it .
    rows = _mocked([("Harlow", "B-PERSON"), ("Report", "O")], _for_it(6))
    found = stage_entities(_doc(rows))
    assert "Harlow Report" in found and found["Harlow Report"].type == "ORG", found
    assert "Harlow" not in found, found


def test_a_review_of_three_words_untagged_is_one_body(stage_entities):
    # Ann Lee mocked the Elm Valley Review for it .
    rows = _mocked([("Elm", "O"), ("Valley", "O"), ("Review", "O")], _for_it(7))
    found = stage_entities(_doc(rows))
    assert "Elm Valley Review" in found and found["Elm Valley Review"].type == "ORG", found


def test_a_name_going_on_after_the_title_word_is_not_cut_there(stage_entities):
    # Ann Lee mocked the Harlow Report Awards for it .
    rows = _mocked([("Harlow", "B-ORG"), ("Report", "I-ORG"), ("Awards", "I-ORG")], _for_it(7))
    found = stage_entities(_doc(rows))
    assert "Harlow Report" not in found, found
    assert "Harlow Report Awards" in found, found


def test_a_capitalised_the_inside_a_sentence_opens_the_second_outlets_name(stage_entities):
    # The Elm Review and The Harlow Report say so .
    rows = [("The", "DT", "DET", 2, "det", "O"), ("Elm", "NNP", "PROPN", 2, "compound", "O"),
            ("Review", "NNP", "PROPN", 7, "nsubj", "O"), ("and", "CC", "CCONJ", 2, "cc", "O"),
            ("The", "DT", "DET", 6, "det", "O"), ("Harlow", "NNP", "PROPN", 6, "compound", "B-PERSON"),
            ("Report", "NNP", "PROPN", 2, "conj", "O"), ("say", "VBP", "VERB", 7, "ROOT", "O"),
            ("so", "RB", "ADV", 7, "advmod", "O"), (".", ".", "PUNCT", 7, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert found["Harlow Report"].type == "ORG", found
    assert "Harlow" not in found, found
