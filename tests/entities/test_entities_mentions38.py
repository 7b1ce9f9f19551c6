"""Mentions by description and apposition (branch ents38, issue 15). Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, absolute head, dep, entity tag, sentence start), so a
model change cannot break them."""

from __future__ import annotations


def _texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions] if name in found else []


# "Ann Lee runs the campaign. Her digital mastermind, Tom Reed, writes the posts."
MASTERMIND = [
    ('Ann', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
    ('Lee', 'NNP', 'PROPN', 2, 'nsubj', 'I-PERSON', False),
    ('runs', 'VBZ', 'VERB', 2, 'ROOT', 'O', False),
    ('the', 'DT', 'DET', 4, 'det', 'O', False),
    ('campaign', 'NN', 'NOUN', 2, 'dobj', 'O', False),
    ('.', '.', 'PUNCT', 2, 'punct', 'O', False),
    ('Her', 'PRP$', 'PRON', 8, 'poss', 'O', True),
    ('digital', 'JJ', 'ADJ', 8, 'amod', 'O', False),
    ('mastermind', 'NN', 'NOUN', 13, 'nsubj', 'O', False),
    (',', ',', 'PUNCT', 8, 'punct', 'O', False),
    ('Tom', 'NNP', 'PROPN', 11, 'compound', 'B-PERSON', False),
    ('Reed', 'NNP', 'PROPN', 8, 'appos', 'I-PERSON', False),
    (',', ',', 'PUNCT', 8, 'punct', 'O', False),
    ('writes', 'VBZ', 'VERB', 13, 'ROOT', 'O', False),
    ('the', 'DT', 'DET', 15, 'det', 'O', False),
    ('posts', 'NNS', 'NOUN', 13, 'dobj', 'O', False),
    ('.', '.', 'PUNCT', 13, 'punct', 'O', False),
]
MASTERMIND_SPACES = [True, True, True, True, False, True, True, True, False, True, True, False, True, True, True,
                     False, False]


def test_a_possessive_apposition_by_a_planner_noun_is_the_named_person(stage_entities) -> None:
    found = stage_entities(MASTERMIND, MASTERMIND_SPACES)
    assert "digital mastermind" in _texts(found, "Tom Reed")
    assert "digital mastermind" not in _texts(found, "Ann Lee")


# "A potential running mate pick, Laura Finch is a former governor of Kansas."
FRONTED = [
    ('A', 'DT', 'DET', 4, 'det', 'O', True),
    ('potential', 'JJ', 'ADJ', 4, 'amod', 'O', False),
    ('running', 'NN', 'NOUN', 3, 'compound', 'O', False),
    ('mate', 'NN', 'NOUN', 4, 'compound', 'O', False),
    ('pick', 'NN', 'NOUN', 8, 'dep', 'O', False),
    (',', ',', 'PUNCT', 8, 'punct', 'O', False),
    ('Laura', 'NNP', 'PROPN', 7, 'compound', 'B-PERSON', False),
    ('Finch', 'NNP', 'PROPN', 8, 'nsubj', 'I-PERSON', False),
    ('is', 'VBZ', 'AUX', 8, 'ROOT', 'O', False),
    ('a', 'DT', 'DET', 11, 'det', 'O', False),
    ('former', 'JJ', 'ADJ', 11, 'amod', 'O', False),
    ('governor', 'NN', 'NOUN', 8, 'attr', 'O', False),
    ('of', 'IN', 'ADP', 11, 'prep', 'O', False),
    ('Kansas', 'NNP', 'PROPN', 12, 'pobj', 'B-GPE', False),
    ('.', '.', 'PUNCT', 8, 'punct', 'O', False),
]
FRONTED_SPACES = [True, True, True, True, False, True, True, True, True, True, True, True, True, False, False]

# "A quiet week, Laura Finch said, was what she needed."
FRONTED_TIME = [
    ('A', 'DT', 'DET', 2, 'det', 'O', True),
    ('quiet', 'JJ', 'ADJ', 2, 'amod', 'O', False),
    ('week', 'NN', 'NOUN', 8, 'nsubj', 'O', False),
    (',', ',', 'PUNCT', 6, 'punct', 'O', False),
    ('Laura', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
    ('Finch', 'NNP', 'PROPN', 6, 'nsubj', 'I-PERSON', False),
    ('said', 'VBD', 'VERB', 8, 'parataxis', 'O', False),
    (',', ',', 'PUNCT', 6, 'punct', 'O', False),
    ('was', 'VBD', 'AUX', 8, 'ROOT', 'O', False),
    ('what', 'WP', 'PRON', 11, 'dobj', 'O', False),
    ('she', 'PRP', 'PRON', 11, 'nsubj', 'O', False),
    ('needed', 'VBD', 'VERB', 8, 'ccomp', 'O', False),
    ('.', '.', 'PUNCT', 8, 'punct', 'O', False),
]
FRONTED_TIME_SPACES = [True, True, False, True, True, True, False, True, True, True, True, False, False]


def test_a_fronted_indefinite_apposition_is_the_subject_it_introduces(stage_entities) -> None:
    found = stage_entities(FRONTED, FRONTED_SPACES)
    assert "A potential running mate pick" in _texts(found, "Laura Finch")


def test_a_fronted_noun_phrase_of_no_persons_kind_is_no_apposition(stage_entities) -> None:
    found = stage_entities(FRONTED_TIME, FRONTED_TIME_SPACES)
    assert not any("week" in m for m in _texts(found, "Laura Finch"))


# "Julia Pratt spoke on Tuesday. The Democrat's campaign team raised money."
PARTY_POSSESSOR = [
    ('Julia', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
    ('Pratt', 'NNP', 'PROPN', 2, 'nsubj', 'I-PERSON', False),
    ('spoke', 'VBD', 'VERB', 2, 'ROOT', 'O', False),
    ('on', 'IN', 'ADP', 2, 'prep', 'O', False),
    ('Tuesday', 'NNP', 'PROPN', 3, 'pobj', 'B-DATE', False),
    ('.', '.', 'PUNCT', 2, 'punct', 'O', False),
    ('The', 'DT', 'DET', 7, 'det', 'O', True),
    ('Democrat', 'NNP', 'PROPN', 10, 'poss', 'B-NORP', False),
    ("'s", 'POS', 'PART', 7, 'case', 'O', False),
    ('campaign', 'NN', 'NOUN', 10, 'compound', 'O', False),
    ('team', 'NN', 'NOUN', 11, 'nsubj', 'O', False),
    ('raised', 'VBD', 'VERB', 11, 'ROOT', 'O', False),
    ('money', 'NN', 'NOUN', 11, 'dobj', 'O', False),
    ('.', '.', 'PUNCT', 11, 'punct', 'O', False),
]
PARTY_POSSESSOR_SPACES = [True, True, True, True, False, True, True, False, True, True, True, True, False, False]

# "Republican Julia Pratt spoke on Tuesday. The Democrat's campaign team raised money."
OTHER_PARTY_POSSESSOR = [
    ('Republican', 'NNP', 'PROPN', 2, 'compound', 'B-NORP', True),
    *[(w, t, p, h + 1, d, e, False) for w, t, p, h, d, e, _ in PARTY_POSSESSOR[:6]],
    *[(w, t, p, h + 1, d, e, s) for w, t, p, h, d, e, s in PARTY_POSSESSOR[6:]],
]
OTHER_PARTY_POSSESSOR_SPACES = [True, *PARTY_POSSESSOR_SPACES]


def test_a_party_members_possessive_description_is_the_one_person_it_fits(stage_entities) -> None:
    found = stage_entities(PARTY_POSSESSOR, PARTY_POSSESSOR_SPACES)
    assert "The Democrat" in _texts(found, "Julia Pratt")


def test_a_party_members_possessive_is_no_one_the_text_gives_another_party(stage_entities) -> None:
    found = stage_entities(OTHER_PARTY_POSSESSOR, OTHER_PARTY_POSSESSOR_SPACES)
    assert "The Democrat" not in _texts(found, "Julia Pratt")


def _holders(found: dict, text: str) -> list[str]:
    return [name for name, e in found.items() if text in [m.text for m in e.mentions]]


# "The Harbor Journal endorsed Ann Lee. The Journal praised her. The newspaper, long a critic of the
# mayor, writes that she is ready."
NEWSPAPER = [
    ('The', 'DT', 'DET', 2, 'det', 'B-ORG', True),
    ('Harbor', 'NNP', 'PROPN', 2, 'compound', 'I-ORG', False),
    ('Journal', 'NNP', 'PROPN', 3, 'nsubj', 'I-ORG', False),
    ('endorsed', 'VBD', 'VERB', 3, 'ROOT', 'O', False),
    ('Ann', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
    ('Lee', 'NNP', 'PROPN', 3, 'dobj', 'I-PERSON', False),
    ('.', '.', 'PUNCT', 3, 'punct', 'O', False),
    ('The', 'DT', 'DET', 8, 'det', 'O', True),
    ('Journal', 'NNP', 'PROPN', 9, 'nsubj', 'B-ORG', False),
    ('praised', 'VBD', 'VERB', 9, 'ROOT', 'O', False),
    ('her', 'PRP', 'PRON', 9, 'dobj', 'O', False),
    ('.', '.', 'PUNCT', 9, 'punct', 'O', False),
    ('The', 'DT', 'DET', 13, 'det', 'O', True),
    ('newspaper', 'NN', 'NOUN', 22, 'nsubj', 'O', False),
    (',', ',', 'PUNCT', 13, 'punct', 'O', False),
    ('long', 'RB', 'ADV', 17, 'advmod', 'O', False),
    ('a', 'DT', 'DET', 17, 'det', 'O', False),
    ('critic', 'NN', 'NOUN', 13, 'appos', 'O', False),
    ('of', 'IN', 'ADP', 17, 'prep', 'O', False),
    ('the', 'DT', 'DET', 20, 'det', 'O', False),
    ('mayor', 'NN', 'NOUN', 18, 'pobj', 'O', False),
    (',', ',', 'PUNCT', 13, 'punct', 'O', False),
    ('writes', 'VBZ', 'VERB', 22, 'ROOT', 'O', False),
    ('that', 'IN', 'SCONJ', 25, 'mark', 'O', False),
    ('she', 'PRP', 'PRON', 25, 'nsubj', 'O', False),
    ('is', 'VBZ', 'AUX', 22, 'ccomp', 'O', False),
    ('ready', 'JJ', 'ADJ', 25, 'acomp', 'O', False),
    ('.', '.', 'PUNCT', 22, 'punct', 'O', False),
]
NEWSPAPER_SPACES = [True, True, True, True, True, False, True, True, True, True, False, True, True, False, True, True,
                    True, True, True, True, False, True, True, True, True, True, False, False]


def test_the_newspaper_is_the_paper_named_by_its_title_and_its_title_s_last_word(stage_entities) -> None:
    found = stage_entities(NEWSPAPER, NEWSPAPER_SPACES)
    paper = _holders(found, "Harbor Journal")
    assert paper and set(_holders(found, "newspaper")) == set(paper)


def test_the_newspaper_s_apposition_is_the_paper_too(stage_entities) -> None:
    found = stage_entities(NEWSPAPER, NEWSPAPER_SPACES)
    assert _holders(found, "a critic") == _holders(found, "Harbor Journal")


# "The Harbor Journal editorial board backs the plan. The editorial board writes that the plan is sound."
BOARD = [
    ('The', 'DT', 'DET', 4, 'det', 'B-ORG', True),
    ('Harbor', 'NNP', 'PROPN', 2, 'compound', 'I-ORG', False),
    ('Journal', 'NNP', 'PROPN', 4, 'compound', 'I-ORG', False),
    ('editorial', 'NN', 'NOUN', 4, 'compound', 'O', False),
    ('board', 'NN', 'NOUN', 5, 'nsubj', 'O', False),
    ('backs', 'VBZ', 'VERB', 5, 'ROOT', 'O', False),
    ('the', 'DT', 'DET', 7, 'det', 'O', False),
    ('plan', 'NN', 'NOUN', 5, 'dobj', 'O', False),
    ('.', '.', 'PUNCT', 5, 'punct', 'O', False),
    ('The', 'DT', 'DET', 11, 'det', 'O', True),
    ('editorial', 'JJ', 'ADJ', 11, 'compound', 'O', False),
    ('board', 'NN', 'NOUN', 12, 'nsubj', 'O', False),
    ('writes', 'VBZ', 'VERB', 12, 'ROOT', 'O', False),
    ('that', 'IN', 'SCONJ', 16, 'mark', 'O', False),
    ('the', 'DT', 'DET', 15, 'det', 'O', False),
    ('plan', 'NN', 'NOUN', 16, 'nsubj', 'O', False),
    ('is', 'VBZ', 'AUX', 12, 'ccomp', 'O', False),
    ('sound', 'JJ', 'ADJ', 16, 'acomp', 'O', False),
    ('.', '.', 'PUNCT', 12, 'punct', 'O', False),
]
BOARD_SPACES = [True, True, True, True, True, True, True, False, True, True, True, True, True, True, True, True, True,
                False, False]

# "The Harbor Journal editorial board and the Bay Times editorial board disagree. The editorial board
# writes that the plan is sound."
TWO_BOARDS = [
    ('The', 'DT', 'DET', 4, 'det', 'B-ORG', True),
    ('Harbor', 'NNP', 'PROPN', 2, 'compound', 'I-ORG', False),
    ('Journal', 'NNP', 'PROPN', 4, 'nmod', 'I-ORG', False),
    ('editorial', 'NN', 'NOUN', 4, 'compound', 'O', False),
    ('board', 'NN', 'NOUN', 11, 'nsubj', 'O', False),
    ('and', 'CC', 'CCONJ', 4, 'cc', 'O', False),
    ('the', 'DT', 'DET', 10, 'det', 'B-ORG', False),
    ('Bay', 'NNP', 'PROPN', 8, 'compound', 'I-ORG', False),
    ('Times', 'NNP', 'PROPN', 10, 'compound', 'I-ORG', False),
    ('editorial', 'NN', 'NOUN', 10, 'compound', 'O', False),
    ('board', 'NN', 'NOUN', 4, 'conj', 'O', False),
    ('disagree', 'VBP', 'VERB', 11, 'ROOT', 'O', False),
    ('.', '.', 'PUNCT', 11, 'punct', 'O', False),
    ('The', 'DT', 'DET', 15, 'det', 'O', True),
    ('editorial', 'JJ', 'ADJ', 15, 'compound', 'O', False),
    ('board', 'NN', 'NOUN', 16, 'nsubj', 'O', False),
    ('writes', 'VBZ', 'VERB', 16, 'ROOT', 'O', False),
    ('that', 'IN', 'SCONJ', 20, 'mark', 'O', False),
    ('the', 'DT', 'DET', 19, 'det', 'O', False),
    ('plan', 'NN', 'NOUN', 20, 'nsubj', 'O', False),
    ('is', 'VBZ', 'AUX', 16, 'ccomp', 'O', False),
    ('sound', 'JJ', 'ADJ', 20, 'acomp', 'O', False),
    ('.', '.', 'PUNCT', 16, 'punct', 'O', False),
]
TWO_BOARDS_SPACES = [True, True, True, True, True, True, True, True, True, True, True, False, True, True, True, True,
                     True, True, True, True, True, False, False]


def test_the_board_written_after_a_papers_name_is_that_paper(stage_entities) -> None:
    found = stage_entities(BOARD, BOARD_SPACES)
    paper = _holders(found, "Harbor Journal")
    assert paper and _holders(found, "The editorial board") == paper


def test_the_board_written_after_two_papers_names_is_neither(stage_entities) -> None:
    found = stage_entities(TWO_BOARDS, TWO_BOARDS_SPACES)
    assert _holders(found, "The editorial board") == []


# "Rick Santorum and Sherrod Brown spoke in Ohio. The Ohio senator said he would stay." (two senators of
# the actor dictionary, in office in different years)
SENATORS = [
    ('Rick', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
    ('Santorum', 'NNP', 'PROPN', 5, 'nsubj', 'I-PERSON', False),
    ('and', 'CC', 'CCONJ', 1, 'cc', 'O', False),
    ('Sherrod', 'NNP', 'PROPN', 4, 'compound', 'B-PERSON', False),
    ('Brown', 'NNP', 'PROPN', 1, 'conj', 'I-PERSON', False),
    ('spoke', 'VBD', 'VERB', 5, 'ROOT', 'O', False),
    ('in', 'IN', 'ADP', 5, 'prep', 'O', False),
    ('Ohio', 'NNP', 'PROPN', 6, 'pobj', 'B-GPE', False),
    ('.', '.', 'PUNCT', 5, 'punct', 'O', False),
    ('The', 'DT', 'DET', 11, 'det', 'O', True),
    ('Ohio', 'NNP', 'PROPN', 11, 'compound', 'B-GPE', False),
    ('senator', 'NN', 'NOUN', 12, 'nsubj', 'O', False),
    ('said', 'VBD', 'VERB', 12, 'ROOT', 'O', False),
    ('he', 'PRP', 'PRON', 15, 'nsubj', 'O', False),
    ('would', 'MD', 'AUX', 15, 'aux', 'O', False),
    ('stay', 'VB', 'VERB', 12, 'ccomp', 'O', False),
    ('.', '.', 'PUNCT', 12, 'punct', 'O', False),
]
SENATORS_SPACES = [True, True, True, True, True, True, True, False, True, True, True, True, True, True, True, False,
                   False]


def test_an_office_description_is_the_one_named_person_holding_that_office_on_the_day(stage_entities) -> None:
    found = stage_entities(SENATORS, SENATORS_SPACES, article={"published": "2016-05-01"})
    assert _holders(found, "The Ohio senator") == ["Sherrod Brown"]
    found = stage_entities(SENATORS, SENATORS_SPACES, article={"published": "2001-05-01"})
    assert _holders(found, "The Ohio senator") == ["Rick Santorum"]


def _nominees(party: str) -> list[tuple]:
    """"The PARTY presidential nominee arrived in Ohio. The GOP presidential nominee spoke." """
    return [
        ('The', 'DT', 'DET', 3, 'det', 'O', True),
        (party, 'JJ', 'ADJ', 3, 'amod', 'B-NORP', False),
        ('presidential', 'JJ', 'ADJ', 3, 'amod', 'O', False),
        ('nominee', 'NN', 'NOUN', 4, 'nsubj', 'O', False),
        ('arrived', 'VBD', 'VERB', 4, 'ROOT', 'O', False),
        ('in', 'IN', 'ADP', 4, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 5, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 4, 'punct', 'O', False),
        ('The', 'DT', 'DET', 11, 'det', 'O', True),
        ('GOP', 'NNP', 'PROPN', 11, 'nmod', 'B-ORG', False),
        ('presidential', 'JJ', 'ADJ', 11, 'amod', 'O', False),
        ('nominee', 'NN', 'NOUN', 12, 'nsubj', 'O', False),
        ('spoke', 'VBD', 'VERB', 12, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 12, 'punct', 'O', False),
    ]


NOMINEES_SPACES = [True, True, True, True, True, True, False, True, True, True, True, True, False, False]


def test_a_party_s_short_name_and_its_adjective_describe_one_nominee(stage_entities) -> None:
    found = stage_entities(_nominees("Republican"), NOMINEES_SPACES)
    first = _holders(found, "The Republican presidential nominee")
    assert first and _holders(found, "The GOP presidential nominee") == first


def test_two_parties_nominees_are_two_people(stage_entities) -> None:
    found = stage_entities(_nominees("Democratic"), NOMINEES_SPACES)
    assert _holders(found, "The Democratic presidential nominee") != _holders(found, "The GOP presidential nominee")


def _pacs(dep: str) -> list[tuple]:
    """"The super PAC, Rivers First Action, has bought ads. The ads answer an attack funded by strategist
    Tom Hale's PAC, Harbor Crossroads." with the last name read as an apposition or (as parsers also do)
    a conjunct with no "and"."""
    return [
        ('The', 'DT', 'DET', 2, 'det', 'O', True),
        ('super', 'JJ', 'ADJ', 2, 'amod', 'O', False),
        ('PAC', 'NNP', 'PROPN', 9, 'nsubj', 'B-ORG', False),
        (',', ',', 'PUNCT', 2, 'punct', 'O', False),
        ('Rivers', 'NNP', 'PROPN', 6, 'compound', 'B-ORG', False),
        ('First', 'NNP', 'PROPN', 6, 'compound', 'I-ORG', False),
        ('Action', 'NNP', 'PROPN', 2, 'appos', 'I-ORG', False),
        (',', ',', 'PUNCT', 2, 'punct', 'O', False),
        ('has', 'VBZ', 'AUX', 9, 'aux', 'O', False),
        ('bought', 'VBN', 'VERB', 9, 'ROOT', 'O', False),
        ('ads', 'NNS', 'NOUN', 9, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 9, 'punct', 'O', False),
        ('The', 'DT', 'DET', 13, 'det', 'O', True),
        ('ads', 'NNS', 'NOUN', 14, 'nsubj', 'O', False),
        ('answer', 'VBP', 'VERB', 14, 'ROOT', 'O', False),
        ('an', 'DT', 'DET', 16, 'det', 'O', False),
        ('attack', 'NN', 'NOUN', 14, 'dobj', 'O', False),
        ('funded', 'VBN', 'VERB', 16, 'acl', 'O', False),
        ('by', 'IN', 'ADP', 17, 'agent', 'O', False),
        ('strategist', 'NN', 'NOUN', 21, 'compound', 'O', False),
        ('Tom', 'NNP', 'PROPN', 21, 'compound', 'B-PERSON', False),
        ('Hale', 'NNP', 'PROPN', 23, 'poss', 'I-PERSON', False),
        ('’s', 'POS', 'PART', 21, 'case', 'I-PERSON', False),
        ('PAC', 'NNP', 'PROPN', 18, 'pobj', 'O', False),
        (',', ',', 'PUNCT', 23, 'punct', 'O', False),
        ('Harbor', 'NNP', 'PROPN', 26, 'compound', 'B-ORG', False),
        ('Crossroads', 'NNP', 'PROPN', 23, dep, 'I-ORG', False),
        ('.', '.', 'PUNCT', 14, 'punct', 'O', False),
    ]


PACS_SPACES = [True, True, False, True, True, True, False, True, True, True, False, True, True, True, True, True, True,
               True, True, True, True, False, True, False, True, True, False, False]


def test_a_kind_of_body_in_apposition_to_a_name_is_that_body(stage_entities) -> None:
    found = stage_entities(_pacs("appos"), PACS_SPACES)
    assert _holders(found, "The super PAC") == ["Rivers First Action"]


def test_a_possessors_kind_of_body_before_a_name_is_that_body_not_the_possessor(stage_entities) -> None:
    for dep in ("appos", "conj"):
        found = stage_entities(_pacs(dep), PACS_SPACES)
        assert _holders(found, "PAC") == ["Harbor Crossroads"], dep
        assert "Tom Hale" in _holders(found, "Tom Hale")
