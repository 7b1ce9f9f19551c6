"""Abbreviated ranks and titles before a name (hand-built Docs, so the rules are tested and not
what the statistical model makes of a sentence): ``Sen. Ann Lee``, ``Army Capt. Tom Reed``,
``Air Force 1st Lt. Jo Hart`` give the role the abbreviation stands for (``actor_words.tsv``), also
when the parser ends a sentence at the rank's dot or between an ordinal and the rank.
"""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


@pytest.fixture(scope="module")
def resolve(stage_entities):
    """rows -> the entities the entity stage alone finds; no space before a dot or comma."""
    def run(rows: list[Row]) -> dict:
        words = [r[0] for r in rows]
        return stage_entities(rows, spaces=[k + 1 < len(words) and words[k + 1] not in {".", ","}
                                            for k in range(len(words))])

    return run


def test_a_rank_whose_dot_the_parser_took_for_a_sentence_end_is_the_person_s_title(resolve) -> None:
    rows: list[Row] = [
        ("Sgt", "NNP", "PROPN", 0, "ROOT", "O", True), (".", ".", "PUNCT", 0, "punct", "O", False),
        ("Mark", "NNP", "PROPN", 3, "compound", "B-PERSON", True), ("Dellow", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
    ]
    person = resolve(rows)["Mark Dellow"]
    assert person.title == "Sgt." and "MIL" in person.sector
    assert [m.text for m in person.mentions] == ["Sgt.", "Mark Dellow"]


def test_an_abbreviated_title_in_one_token_gives_its_office(resolve) -> None:
    rows: list[Row] = [
        ("Sen.", "NNP", "PROPN", 2, "compound", "O", True), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
        ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False),
    ]
    person = resolve(rows)["Ann Lee"]
    assert person.title == "Sen." and "LEG" in person.sector


# '" Yes , " said Air Force 1st | Lt . Mark Dellow .' with the sentence cut between the ordinal
# and the rank, the service and the ordinal tagged as a body, as the parser and tagger do.
SERVICE_RANK: list[Row] = [
    ('"', "``", "PUNCT", 4, "punct", "O", True), ("Yes", "UH", "INTJ", 4, "intj", "O", False),
    (",", ",", "PUNCT", 4, "punct", "O", False), ('"', "''", "PUNCT", 4, "punct", "O", False),
    ("said", "VBD", "VERB", 4, "ROOT", "O", False), ("Air", "NNP", "PROPN", 6, "compound", "B-ORG", False),
    ("Force", "NNP", "PROPN", 7, "compound", "I-ORG", False), ("1st", "CD", "NUM", 4, "nsubj", "I-ORG", False),
    ("Lt", "NNP", "PROPN", 11, "compound", "O", True), (".", "NNP", "PROPN", 11, "compound", "O", False),
    ("Mark", "NNP", "PROPN", 11, "compound", "B-PERSON", False), ("Dellow", "NNP", "PROPN", 11, "ROOT", "I-PERSON", False),
    (".", ".", "PUNCT", 11, "punct", "O", False),
]


def test_an_ordinal_rank_cut_from_its_name_by_a_sentence_break_is_still_the_title(resolve) -> None:
    person = resolve(SERVICE_RANK)["Mark Dellow"]
    assert person.title == "1st Lt." and "MIL" in person.sector
    assert any(m.text == "1st Lt." for m in person.mentions)


def test_an_ordinal_before_a_name_with_no_rank_is_no_title(resolve) -> None:
    rows: list[Row] = [
        ("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("finished", "VBD", "VERB", 1, "ROOT", "O", False),
        ("1st", "CD", "NUM", 1, "advmod", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False),
        ("Mark", "NNP", "PROPN", 5, "compound", "B-PERSON", True), ("Dellow", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False),
    ]
    person = resolve(rows)["Mark Dellow"]
    assert person.title is None and person.sector == []


def test_every_abbreviation_stands_for_a_role_of_the_table(pipeline) -> None:
    actors = pipeline.nlp.get_pipe("newsevents_entities").actors
    assert actors.words.abbreviated_role["capt"] == "captain"
    for word, role in actors.words.abbreviated_role.items():
        assert word in actors.words.abbreviated_title
        assert actors.role(role) is not None, (word, role)
