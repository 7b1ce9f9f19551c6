"""A picture agency's credit in capitals glued to a caption's name (``GETTY Tom Reddan waves``) is
no part of the name (hand-built Docs: the model decides whether the credit falls inside the span)."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _caption(credit: str) -> list[Row]:
    """"Reddan braked . CREDIT Tom Reddan waves ." with "CREDIT Tom Reddan" tagged as one person."""
    return [("Reddan", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("braked", "VBD", "VERB", 1, "ROOT", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False),
            (credit, "NNP", "PROPN", 5, "compound", "B-PERSON", True), ("Tom", "NNP", "PROPN", 5, "compound", "I-PERSON", False),
            ("Reddan", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False), ("waves", "VBZ", "VERB", 6, "ROOT", "O", False),
            (".", ".", "PUNCT", 6, "punct", "O", False)]


@pytest.mark.parametrize("credit", ["GETTY", "REUTERS"])
def test_an_agency_credit_in_capitals_is_not_part_of_the_name(resolve_rows, credit) -> None:
    found = resolve_rows(_caption(credit))
    assert "Tom Reddan" in found and not any(credit in name for name in found)
    assert [m for m in found["Tom Reddan"] if m.startswith(credit)] == []


def test_the_same_word_written_as_a_given_name_stays_in_the_name(resolve_rows) -> None:
    rows: list[Row] = [("Rex", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
                       ("Tillman", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
                       ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert "Rex Tillman" in resolve_rows(rows)


def test_a_contest_run_into_a_person_named_elsewhere_is_split(resolve_rows) -> None:
    # "Ann Whitlock spoke . At the Danish Grand Prix Ann Whitlock smiled ." with the caption's
    # "the Danish Grand Prix Ann Whitlock" tagged as one place (FAC)
    rows: list[Row] = [
        ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Whitlock", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("At", "IN", "ADP", 11, "prep", "O", True), ("the", "DT", "DET", 8, "det", "B-FAC", False),
        ("Danish", "JJ", "ADJ", 8, "amod", "I-FAC", False), ("Grand", "NNP", "PROPN", 8, "compound", "I-FAC", False),
        ("Prix", "NNP", "PROPN", 10, "compound", "I-FAC", False), ("Ann", "NNP", "PROPN", 10, "compound", "I-FAC", False),
        ("Whitlock", "NNP", "PROPN", 11, "nsubj", "I-FAC", False), ("smiled", "VBD", "VERB", 11, "ROOT", "O", False),
        (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = resolve_rows(rows)
    assert found["Ann Whitlock"] == ["Ann Whitlock", "Ann Whitlock"]
    assert not any("Whitlock" in name for name in found if name != "Ann Whitlock")


def test_a_body_named_after_a_person_the_article_does_not_name_stays_whole(resolve_rows) -> None:
    # "Ann Whitlock spoke . The Tom Reddan Trust paid ." : the trust is a body; its last words
    # are no person the article names on their own
    rows: list[Row] = [
        ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Whitlock", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("The", "DT", "DET", 7, "det", "B-ORG", True), ("Tom", "NNP", "PROPN", 7, "compound", "I-ORG", False),
        ("Reddan", "NNP", "PROPN", 7, "compound", "I-ORG", False), ("Trust", "NNP", "PROPN", 8, "nsubj", "I-ORG", False),
        ("paid", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = resolve_rows(rows)
    assert "Tom Reddan Trust" in found and "Tom Reddan" not in found


def test_one_name_twice_in_one_span_is_two_mentions(resolve_rows) -> None:
    # "Reddan won . Nothing stopped Reddan Reddan was second ." ("Reddan Reddan": a caption ran on)
    rows: list[Row] = [
        ("Reddan", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("won", "VBD", "VERB", 1, "ROOT", "O", False),
        (".", ".", "PUNCT", 1, "punct", "O", False),
        ("Nothing", "NN", "PRON", 4, "nsubj", "O", True), ("stopped", "VBD", "VERB", 4, "ROOT", "O", False),
        ("Reddan", "NNP", "PROPN", 6, "compound", "B-PERSON", False), ("Reddan", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
        ("was", "VBD", "AUX", 4, "ccomp", "O", False), ("second", "JJ", "ADJ", 7, "acomp", "O", False),
        (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = resolve_rows(rows)
    assert found == {"Reddan": ["Reddan", "Reddan", "Reddan"]}


def test_an_apposition_hung_on_a_word_further_back_describes_the_name_before_its_comma(resolve_rows) -> None:
    # "Tom Reddan met Ann Whitlock , the champion ." with the parser hanging "champion" on the
    # verb: two people fit "the champion"; the comma says which one it describes
    rows: list[Row] = [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reddan", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("met", "VBD", "VERB", 2, "ROOT", "O", False),
        ("Ann", "NNP", "PROPN", 4, "compound", "B-PERSON", False), ("Whitlock", "NNP", "PROPN", 2, "dobj", "I-PERSON", False),
        (",", ",", "PUNCT", 4, "punct", "O", False), ("the", "DT", "DET", 7, "det", "O", False),
        ("champion", "NN", "NOUN", 2, "appos", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = resolve_rows(rows)
    assert found["Ann Whitlock"] == ["Ann Whitlock", "the champion"]
    assert found["Tom Reddan"] == ["Tom Reddan"]


def test_a_team_principal_in_apposition_is_the_person(extract) -> None:
    record = extract("Tom Reddan, the Acme team principal, praised his drivers on Sunday.", published="2018-05-06")
    reddan = next(e for e in record.entities if e.name == "Tom Reddan")
    assert "the Acme team principal" in [m.text for m in reddan.mentions]


def _rovers_rows() -> list[Row]:
    # "Acme Rovers won . Cheers to Acme Rovers today . The Acme Rovers Trust paid ." with only the
    # first "Acme Rovers" tagged (ORG)
    return [
        ("Acme", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Rovers", "NNPS", "PROPN", 2, "nsubj", "I-ORG", False),
        ("won", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("Cheers", "NNS", "NOUN", 4, "ROOT", "O", True), ("to", "IN", "ADP", 4, "prep", "O", False),
        ("Acme", "NNP", "PROPN", 7, "compound", "O", False), ("Rovers", "NNPS", "PROPN", 5, "pobj", "O", False),
        ("today", "NN", "NOUN", 4, "npadvmod", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
        ("The", "DT", "DET", 13, "det", "O", True), ("Acme", "NNP", "PROPN", 12, "compound", "O", False),
        ("Rovers", "NNPS", "PROPN", 13, "compound", "O", False), ("Trust", "NNP", "PROPN", 14, "nsubj", "O", False),
        ("paid", "VBD", "VERB", 14, "ROOT", "O", False), (".", ".", "PUNCT", 14, "punct", "O", False)]


def test_a_full_name_written_again_untagged_is_the_same_body_but_not_inside_a_longer_name(resolve_rows) -> None:
    found = resolve_rows(_rovers_rows())
    assert found["Acme Rovers"] == ["Acme Rovers", "Acme Rovers"]  # not the one inside "Acme Rovers Trust"
