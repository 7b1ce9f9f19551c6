"""roles39 (issue 15, general target 4: office and candidacy descriptions). Hand-built Docs of sentences
written for these tests (rows as the parser reads them, the second test's clause heads set right):
- a candidacy description (``the Democratic nominee``) may be a person who holds a state office now
  (``Governor Ann Lee``): one stands for an office while holding another; two such people, no guess;
  one of no state office who fits is meant before any office holder (``President X attacked Y. The
  nominee``);
- an indefinite noun phrase after a name's comma that the parser makes a second subject of the name's
  verb is an apposition to the name;
- ``the <State> <office>`` of two people the text calls by that office is the one the text gives that
  state (``wins her home state of Oregon``); with no state given, neither."""

from __future__ import annotations

import pytest


def nominee_rows():
    # Activists urging Governor Ann Lee to run are praising the Democratic nominee's speech.
    return [
        ('Activists', 'NNS', 'NOUN', 8, 'nsubj', 'O', True),
        ('urging', 'VBG', 'VERB', 0, 'acl', 'O', False),
        ('Governor', 'NNP', 'PROPN', 4, 'compound', 'O', False),
        ('Ann', 'NNP', 'PROPN', 4, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', 1, 'dobj', 'I-PERSON', False),
        ('to', 'TO', 'PART', 6, 'aux', 'O', False),
        ('run', 'VB', 'VERB', 1, 'xcomp', 'O', False),
        ('are', 'VBP', 'AUX', 8, 'aux', 'O', False),
        ('praising', 'VBG', 'VERB', 8, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 11, 'det', 'O', False),
        ('Democratic', 'JJ', 'ADJ', 11, 'amod', 'B-NORP', False),
        ('nominee', 'NN', 'NOUN', 13, 'poss', 'O', False),
        ("'s", 'POS', 'PART', 11, 'case', 'O', False),
        ('speech', 'NN', 'NOUN', 8, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 8, 'punct', 'O', False),
    ]


NOMINEE_SPACES = [True, True, True, True, True, True, True, True, True, True, True, False, True, False, False]


def test_a_nominee_description_is_the_governor_named_before_it(stage_entities):
    ents = stage_entities(nominee_rows(), NOMINEE_SPACES)
    assert "the Democratic nominee" in [m.text for m in ents["Ann Lee"].mentions]


def test_a_nominee_description_after_two_governors_links_to_neither(stage_entities):
    # Governor Ann Lee and Governor Meg Dorn spoke. Activists are praising the Democratic nominee's speech.
    rows = [
        ('Governor', 'NNP', 'PROPN', 2, 'compound', 'O', True),
        ('Ann', 'NNP', 'PROPN', 2, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', 7, 'nsubj', 'I-PERSON', False),
        ('and', 'CC', 'CCONJ', 2, 'cc', 'O', False),
        ('Governor', 'NNP', 'PROPN', 6, 'compound', 'O', False),
        ('Meg', 'NNP', 'PROPN', 6, 'compound', 'B-PERSON', False),
        ('Dorn', 'NNP', 'PROPN', 2, 'conj', 'I-PERSON', False),
        ('spoke', 'VBD', 'VERB', 7, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 7, 'punct', 'O', False),
        ('Activists', 'NNS', 'NOUN', 11, 'nsubj', 'O', True),
        ('are', 'VBP', 'AUX', 11, 'aux', 'O', False),
        ('praising', 'VBG', 'VERB', 11, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 14, 'det', 'O', False),
        ('Democratic', 'JJ', 'ADJ', 14, 'amod', 'B-NORP', False),
        ('nominee', 'NN', 'NOUN', 16, 'poss', 'O', False),
        ("'s", 'POS', 'PART', 14, 'case', 'O', False),
        ('speech', 'NN', 'NOUN', 11, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 11, 'punct', 'O', False),
    ]
    spaces = [True, True, True, True, True, True, True, False, True, True, True, True, True, True, False, True, False, False]
    ents = stage_entities(rows, spaces)
    for name in ("Ann Lee", "Meg Dorn"):
        assert "the Democratic nominee" not in [m.text for m in ents[name].mentions]



def test_a_nominee_description_is_first_read_among_people_of_no_state_office(stage_entities):
    # President Tom Hale attacked Ian Voss on Wednesday. The Republican nominee caused outrage.
    rows = [
        ('President', 'NNP', 'PROPN', 2, 'compound', 'O', True),
        ('Tom', 'NNP', 'PROPN', 2, 'compound', 'B-PERSON', False),
        ('Hale', 'NNP', 'PROPN', 3, 'nsubj', 'I-PERSON', False),
        ('attacked', 'VBD', 'VERB', 3, 'ROOT', 'O', False),
        ('Ian', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
        ('Voss', 'NNP', 'PROPN', 3, 'dobj', 'I-PERSON', False),
        ('on', 'IN', 'ADP', 3, 'prep', 'O', False),
        ('Wednesday', 'NNP', 'PROPN', 6, 'pobj', 'B-DATE', False),
        ('.', '.', 'PUNCT', 3, 'punct', 'O', False),
        ('The', 'DT', 'DET', 11, 'det', 'O', True),
        ('Republican', 'JJ', 'ADJ', 11, 'amod', 'B-NORP', False),
        ('nominee', 'NN', 'NOUN', 12, 'nsubj', 'O', False),
        ('caused', 'VBD', 'VERB', 12, 'ROOT', 'O', False),
        ('outrage', 'NN', 'NOUN', 12, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 12, 'punct', 'O', False),
    ]
    spaces = [True, True, True, True, True, True, True, False, True, True, True, True, True, False, False]
    ents = stage_entities(rows, spaces)
    assert "The Republican nominee" in [m.text for m in ents["Ian Voss"].mentions]
    assert "The Republican nominee" not in [m.text for m in ents["Tom Hale"].mentions]


def home_state_rows(modifier: str):
    # If Sen. Ann Lee wins her <modifier> state of Oregon and Sen. Tom Reed wins Ohio, the race goes on.
    # Polls in Oregon show Lee closing the gap. The Oregon senator made a similar charge in Maine.
    return [
        ('If', 'IN', 'SCONJ', 4, 'mark', 'O', True),
        ('Sen.', 'NNP', 'PROPN', 3, 'compound', 'O', False),
        ('Ann', 'NNP', 'PROPN', 3, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', 4, 'nsubj', 'I-PERSON', False),
        ('wins', 'VBZ', 'VERB', 19, 'advcl', 'O', False),
        ('her', 'PRP$', 'PRON', 7, 'poss', 'O', False),
        (modifier, 'NN', 'NOUN', 7, 'compound', 'O', False),
        ('state', 'NN', 'NOUN', 4, 'dobj', 'O', False),
        ('of', 'IN', 'ADP', 7, 'prep', 'O', False),
        ('Oregon', 'NNP', 'PROPN', 8, 'pobj', 'B-GPE', False),
        ('and', 'CC', 'CCONJ', 4, 'cc', 'O', False),
        ('Sen.', 'NNP', 'PROPN', 13, 'compound', 'O', False),
        ('Tom', 'NNP', 'PROPN', 13, 'compound', 'B-PERSON', False),
        ('Reed', 'NNP', 'PROPN', 14, 'nsubj', 'I-PERSON', False),
        ('wins', 'VBZ', 'VERB', 4, 'conj', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 14, 'dobj', 'B-GPE', False),
        (',', ',', 'PUNCT', 19, 'punct', 'O', False),
        ('the', 'DT', 'DET', 18, 'det', 'O', False),
        ('race', 'NN', 'NOUN', 19, 'nsubj', 'O', False),
        ('goes', 'VBZ', 'VERB', 19, 'ROOT', 'O', False),
        ('on', 'RP', 'ADP', 19, 'prt', 'O', False),
        ('.', '.', 'PUNCT', 19, 'punct', 'O', False),
        ('Polls', 'NNS', 'NOUN', 25, 'nsubj', 'O', True),
        ('in', 'IN', 'ADP', 22, 'prep', 'O', False),
        ('Oregon', 'NNP', 'PROPN', 23, 'pobj', 'B-GPE', False),
        ('show', 'VBP', 'VERB', 25, 'ROOT', 'O', False),
        ('Lee', 'NNP', 'PROPN', 27, 'nsubj', 'B-PERSON', False),
        ('closing', 'VBG', 'VERB', 25, 'ccomp', 'O', False),
        ('the', 'DT', 'DET', 29, 'det', 'O', False),
        ('gap', 'NN', 'NOUN', 27, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 25, 'punct', 'O', False),
        ('The', 'DT', 'DET', 33, 'det', 'O', True),
        ('Oregon', 'NNP', 'PROPN', 33, 'compound', 'B-GPE', False),
        ('senator', 'NN', 'NOUN', 34, 'nsubj', 'O', False),
        ('made', 'VBD', 'VERB', 34, 'ROOT', 'O', False),
        ('a', 'DT', 'DET', 37, 'det', 'O', False),
        ('similar', 'JJ', 'ADJ', 37, 'amod', 'O', False),
        ('charge', 'NN', 'NOUN', 34, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 37, 'prep', 'O', False),
        ('Maine', 'NNP', 'PROPN', 38, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 34, 'punct', 'O', False),
    ]


HOME_SPACES = [True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, False, True, True, True,
               True, False, True, True, True, True, True, True, True, True, False, True, True, True, True, True, True, True,
               True, True, False, False]


def test_the_state_senator_is_the_senator_the_text_gives_that_home_state(stage_entities):
    ents = stage_entities(home_state_rows("home"), HOME_SPACES)
    assert "The Oregon senator" in [m.text for m in ents["Ann Lee"].mentions]
    assert "The Oregon senator" not in [m.text for m in ents["Tom Reed"].mentions]


def test_the_state_senator_of_two_senators_with_no_home_state_given_is_neither(stage_entities):
    ents = stage_entities(home_state_rows("old"), HOME_SPACES)
    for name in ("Ann Lee", "Tom Reed"):
        assert "The Oregon senator" not in [m.text for m in ents[name].mentions]


def second_subject_rows(comma: str, comma_head: int = 11):
    # On Monday, Sen. Tom Reed of Ohio<comma> a candidate eliminated from the race, named Meg Dorn as his
    # running mate. Candidate Ian Voss said he would stay.  (the parser makes the name and "a candidate"
    # two subjects of "eliminated")
    return [
        ('On', 'IN', 'ADP', 11, 'prep', 'O', True),
        ('Monday', 'NNP', 'PROPN', 0, 'pobj', 'B-DATE', False),
        (',', ',', 'PUNCT', 11, 'punct', 'O', False),
        ('Sen.', 'NNP', 'PROPN', 5, 'compound', 'O', False),
        ('Tom', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
        ('Reed', 'NNP', 'PROPN', 11, 'nsubj', 'I-PERSON', False),
        ('of', 'IN', 'ADP', 5, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 6, 'pobj', 'B-GPE', False),
        (comma, ',' if comma == ',' else ':', 'PUNCT', comma_head, 'punct', 'O', False),
        ('a', 'DT', 'DET', 10, 'det', 'O', False),
        ('candidate', 'NN', 'NOUN', 11, 'nsubj', 'O', False),
        ('eliminated', 'VBD', 'VERB', 11, 'ROOT', 'O', False),
        ('from', 'IN', 'ADP', 11, 'prep', 'O', False),
        ('the', 'DT', 'DET', 14, 'det', 'O', False),
        ('race', 'NN', 'NOUN', 12, 'pobj', 'O', False),
        (',', ',', 'PUNCT', 14, 'punct', 'O', False),
        ('named', 'VBN', 'VERB', 14, 'acl', 'O', False),
        ('Meg', 'NNP', 'PROPN', 18, 'compound', 'B-PERSON', False),
        ('Dorn', 'NNP', 'PROPN', 16, 'oprd', 'I-PERSON', False),
        ('as', 'IN', 'ADP', 11, 'prep', 'O', False),
        ('his', 'PRP$', 'PRON', 22, 'poss', 'O', False),
        ('running', 'NN', 'NOUN', 22, 'amod', 'O', False),
        ('mate', 'NN', 'NOUN', 19, 'pobj', 'O', False),
        ('.', '.', 'PUNCT', 11, 'punct', 'O', False),
        ('Candidate', 'NNP', 'PROPN', 26, 'compound', 'O', True),
        ('Ian', 'NNP', 'PROPN', 26, 'compound', 'B-PERSON', False),
        ('Voss', 'NNP', 'PROPN', 27, 'nsubj', 'I-PERSON', False),
        ('said', 'VBD', 'VERB', 27, 'ROOT', 'O', False),
        ('he', 'PRP', 'PRON', 30, 'nsubj', 'O', False),
        ('would', 'MD', 'AUX', 30, 'aux', 'O', False),
        ('stay', 'VB', 'VERB', 27, 'ccomp', 'O', False),
        ('.', '.', 'PUNCT', 27, 'punct', 'O', False),
    ]


SECOND_SUBJECT_SPACES = [True, False, True, True, True, True, True, False, True, True, True, True, True, True, False, True,
                         True, True, True, True, True, True, False, True, True, True, True, True, True, True, False, False]


@pytest.mark.parametrize("comma_head", [11, 5])  # the comma hung on the verb or on the name
def test_an_indefinite_noun_after_a_names_comma_parsed_as_a_second_subject_is_its_apposition(stage_entities, comma_head):
    ents = stage_entities(second_subject_rows(",", comma_head), SECOND_SUBJECT_SPACES)
    assert "a candidate" in [m.text for m in ents["Tom Reed"].mentions]
    assert "a candidate" not in [m.text for m in ents["Ian Voss"].mentions]


def test_a_noun_after_another_mark_than_a_comma_is_no_apposition(stage_entities):
    ents = stage_entities(second_subject_rows(";"), SECOND_SUBJECT_SPACES)
    assert "a candidate" not in [m.text for m in ents["Tom Reed"].mentions]


def front_runner_rows(tag: str):
    # The crowds may be the result of the race and its fiery front-runner, Ann Lee. Tom Reed said so.
    return [
        ('The', 'DT', 'DET', 1, 'det', 'O', True),
        ('crowds', 'NNS', 'NOUN', 3, 'nsubj', 'O', False),
        ('may', 'MD', 'AUX', 3, 'aux', 'O', False),
        ('be', 'VB', 'AUX', 3, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 5, 'det', 'O', False),
        ('result', 'NN', 'NOUN', 3, 'attr', 'O', False),
        ('of', 'IN', 'ADP', 5, 'prep', 'O', False),
        ('the', 'DT', 'DET', 8, 'det', 'O', False),
        ('race', 'NN', 'NOUN', 6, 'pobj', 'O', False),
        ('and', 'CC', 'CCONJ', 8, 'cc', 'O', False),
        ('its', 'PRP$', 'PRON', 14, 'poss', 'O', False),
        ('fiery', 'JJ', 'ADJ', 14, 'amod', 'O', False),
        ('front', 'JJ', 'ADJ', 14, 'compound', 'O', False),
        ('-', 'HYPH', 'PUNCT', 14, 'punct', 'O', False),
        ('runner', tag, 'NOUN' if tag == 'NN' else 'PROPN', 8, 'conj', 'O', False),
        (',', ',', 'PUNCT', 14, 'punct', 'O', False),
        ('Ann', 'NNP', 'PROPN', 17, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', 14, 'appos', 'I-PERSON', False),
        ('.', '.', 'PUNCT', 3, 'punct', 'O', False),
        ('Tom', 'NNP', 'PROPN', 20, 'compound', 'B-PERSON', True),
        ('Reed', 'NNP', 'PROPN', 21, 'nsubj', 'I-PERSON', False),
        ('said', 'VBD', 'VERB', 21, 'ROOT', 'O', False),
        ('so', 'RB', 'ADV', 21, 'advmod', 'O', False),
        ('.', '.', 'PUNCT', 21, 'punct', 'O', False),
    ]


FRONT_RUNNER_SPACES = [True, True, True, True, True, True, True, True, True, True, True, True, False, False, False, True, True,
                       False, True, True, True, True, False, False]


@pytest.mark.parametrize("tag", ["NN", "NNP"])  # the tagger reads the hyphenated noun's last part either way
def test_a_possessed_front_runner_before_a_names_comma_is_that_name(stage_entities, tag):
    ents = stage_entities(front_runner_rows(tag), FRONT_RUNNER_SPACES)
    assert any("front-runner" in m.text for m in ents["Ann Lee"].mentions)
    assert not any("front-runner" in m.text for m in ents["Tom Reed"].mentions)


# Majority Leader Tom Reed spoke on Monday with Ian Voss. Former candidate Ann Lee said she agreed.
# The Vermont senator called it unfair.
VERMONT = [
    ('Majority', 'NNP', 'PROPN', 1, 'compound', 'O', True),
    ('Leader', 'NNP', 'PROPN', 3, 'compound', 'O', False),
    ('Tom', 'NNP', 'PROPN', 3, 'compound', 'B-PERSON', False),
    ('Reed', 'NNP', 'PROPN', 4, 'nsubj', 'I-PERSON', False),
    ('spoke', 'VBD', 'VERB', 4, 'ROOT', 'O', False),
    ('on', 'IN', 'ADP', 4, 'prep', 'O', False),
    ('Monday', 'NNP', 'PROPN', 5, 'pobj', 'B-DATE', False),
    ('with', 'IN', 'ADP', 4, 'prep', 'O', False),
    ('Ian', 'NNP', 'PROPN', 9, 'compound', 'B-PERSON', False),
    ('Voss', 'NNP', 'PROPN', 7, 'pobj', 'I-PERSON', False),
    ('.', '.', 'PUNCT', 4, 'punct', 'O', False),
    ('Former', 'JJ', 'ADJ', 12, 'amod', 'O', True),
    ('candidate', 'NN', 'NOUN', 14, 'compound', 'O', False),
    ('Ann', 'NNP', 'PROPN', 14, 'compound', 'B-PERSON', False),
    ('Lee', 'NNP', 'PROPN', 15, 'nsubj', 'I-PERSON', False),
    ('said', 'VBD', 'VERB', 15, 'ROOT', 'O', False),
    ('she', 'PRP', 'PRON', 17, 'nsubj', 'O', False),
    ('agreed', 'VBD', 'VERB', 15, 'ccomp', 'O', False),
    ('.', '.', 'PUNCT', 15, 'punct', 'O', False),
    ('The', 'DT', 'DET', 21, 'det', 'O', True),
    ('Vermont', 'NNP', 'PROPN', 21, 'compound', 'B-GPE', False),
    ('senator', 'NN', 'NOUN', 22, 'nsubj', 'O', False),
    ('called', 'VBD', 'VERB', 22, 'ROOT', 'O', False),
    ('it', 'PRP', 'PRON', 22, 'dobj', 'O', False),
    ('unfair', 'JJ', 'ADJ', 22, 'oprd', 'O', False),
    ('.', '.', 'PUNCT', 22, 'punct', 'O', False),
]
VERMONT_SPACES = [True, True, True, True, True, True, True, True, True, False, True, True, True, True, True, True, True, False,
                  True, True, True, True, True, True, False, False]


def test_a_state_office_two_people_named_before_hold_by_the_tables_goes_to_neither(stage_entities, monkeypatch):
    # the office holders' table (no state in it) says both Tom Reed and Ann Lee sit as senators
    from newsevents.components.entities_links import PersonLinkRules

    monkeypatch.setattr(PersonLinkRules, "_holds_office_of", lambda self, c, noun: c.name in {"Tom Reed", "Ann Lee"})
    ents = stage_entities(VERMONT, VERMONT_SPACES)
    for name in ("Tom Reed", "Ann Lee", "Ian Voss"):
        assert "The Vermont senator" not in [m.text for m in ents[name].mentions]


def lead_rows(subject_first: bool):
    # The new transport minister for Ontario says trains will run on time. Dr Ann Lee, on the first day
    # after Tom Reed was sacked, admitted big problems.   (subject_first False: the two names change places)
    first, second = (("Ann", "Lee"), ("Tom", "Reed")) if subject_first else (("Tom", "Reed"), ("Ann", "Lee"))
    return [
        ('The', 'DT', 'DET', 3, 'det', 'O', True),
        ('new', 'JJ', 'ADJ', 3, 'amod', 'O', False),
        ('transport', 'NN', 'NOUN', 3, 'compound', 'O', False),
        ('minister', 'NN', 'NOUN', 6, 'nsubj', 'O', False),
        ('for', 'IN', 'ADP', 3, 'prep', 'O', False),
        ('Ontario', 'NNP', 'PROPN', 4, 'pobj', 'B-GPE', False),
        ('says', 'VBZ', 'VERB', 6, 'ROOT', 'O', False),
        ('trains', 'NNS', 'NOUN', 9, 'nsubj', 'O', False),
        ('will', 'MD', 'AUX', 9, 'aux', 'O', False),
        ('run', 'VB', 'VERB', 6, 'ccomp', 'O', False),
        ('on', 'IN', 'ADP', 9, 'prep', 'O', False),
        ('time', 'NN', 'NOUN', 10, 'pobj', 'O', False),
        ('.', '.', 'PUNCT', 6, 'punct', 'O', False),
        ('Dr', 'NNP', 'PROPN', 15, 'compound', 'O', True),
        (first[0], 'NNP', 'PROPN', 15, 'compound', 'B-PERSON', False),
        (first[1], 'NNP', 'PROPN', 27, 'nsubj', 'I-PERSON', False),
        (',', ',', 'PUNCT', 27, 'punct', 'O', False),
        ('on', 'IN', 'ADP', 27, 'prep', 'O', False),
        ('the', 'DT', 'DET', 20, 'det', 'O', False),
        ('first', 'JJ', 'ADJ', 20, 'amod', 'O', False),
        ('day', 'NN', 'NOUN', 17, 'pobj', 'O', False),
        ('after', 'IN', 'SCONJ', 25, 'mark', 'O', False),
        (second[0], 'NNP', 'PROPN', 23, 'compound', 'B-PERSON', False),
        (second[1], 'NNP', 'PROPN', 25, 'nsubjpass', 'I-PERSON', False),
        ('was', 'VBD', 'AUX', 25, 'auxpass', 'O', False),
        ('sacked', 'VBN', 'VERB', 20, 'advcl', 'O', False),
        (',', ',', 'PUNCT', 27, 'punct', 'O', False),
        ('admitted', 'VBD', 'VERB', 27, 'ROOT', 'O', False),
        ('big', 'JJ', 'ADJ', 29, 'amod', 'O', False),
        ('problems', 'NNS', 'NOUN', 27, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 27, 'punct', 'O', False),
    ]


LEAD_SPACES = [True, True, True, True, True, True, True, True, True, True, True, False, True, True, True, False, True, True,
               True, True, True, True, True, True, True, False, True, True, True, False, False]


@pytest.mark.parametrize("subject_first", [True, False])
def test_a_leads_description_is_the_person_opening_the_next_sentence_as_its_subject(stage_entities, subject_first):
    ents = stage_entities(lead_rows(subject_first), LEAD_SPACES)
    opener, other = ("Ann Lee", "Tom Reed") if subject_first else ("Tom Reed", "Ann Lee")
    assert "The new transport minister" in [m.text for m in ents[opener].mentions]
    assert "The new transport minister" not in [m.text for m in ents[other].mentions]


def quote_rows(second_subject: bool):
    # Sen. Ann Lee [and Sen. Tom Reed] criticized the plan in an interview with reporters. "It is reckless," the
    # Senate minority leader said.
    subject = [('Sen.', 'NNP', 'PROPN', 2, 'compound', 'O', True),
               ('Ann', 'NNP', 'PROPN', 2, 'compound', 'B-PERSON', False),
               ('Lee', 'NNP', 'PROPN', 3, 'nsubj', 'I-PERSON', False)]
    if second_subject:
        subject[2] = ('Lee', 'NNP', 'PROPN', 7, 'nsubj', 'I-PERSON', False)
        subject += [('and', 'CC', 'CCONJ', 2, 'cc', 'O', False),
                    ('Sen.', 'NNP', 'PROPN', 6, 'compound', 'O', False),
                    ('Tom', 'NNP', 'PROPN', 6, 'compound', 'B-PERSON', False),
                    ('Reed', 'NNP', 'PROPN', 2, 'conj', 'I-PERSON', False)]
    n = len(subject)  # the verb's index
    rest = [
        ('criticized', 'VBD', 'VERB', 0, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 2, 'det', 'O', False),
        ('plan', 'NN', 'NOUN', 0, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 0, 'prep', 'O', False),
        ('an', 'DT', 'DET', 5, 'det', 'O', False),
        ('interview', 'NN', 'NOUN', 3, 'pobj', 'O', False),
        ('with', 'IN', 'ADP', 5, 'prep', 'O', False),
        ('reporters', 'NNS', 'NOUN', 6, 'pobj', 'O', False),
        ('.', '.', 'PUNCT', 0, 'punct', 'O', False),
        ('"', '``', 'PUNCT', 19, 'punct', 'O', True),
        ('It', 'PRP', 'PRON', 11, 'nsubj', 'O', False),
        ('is', 'VBZ', 'AUX', 19, 'ccomp', 'O', False),
        ('reckless', 'JJ', 'ADJ', 11, 'acomp', 'O', False),
        (',', ',', 'PUNCT', 19, 'punct', 'O', False),
        ('"', "''", 'PUNCT', 19, 'punct', 'O', False),
        ('the', 'DT', 'DET', 18, 'det', 'O', False),
        ('Senate', 'NNP', 'PROPN', 18, 'compound', 'B-ORG', False),
        ('minority', 'NN', 'NOUN', 18, 'compound', 'O', False),
        ('leader', 'NN', 'NOUN', 19, 'nsubj', 'O', False),
        ('said', 'VBD', 'VERB', 19, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 19, 'punct', 'O', False),
    ]
    rows = subject + [(w, t, p, h + n, d, e, st) for w, t, p, h, d, e, st in rest]  # heads relative to the verb
    spaces = [True] * (n - 1) + [True, True, True, True, True, True, True, True, False, True, False, True, True,
                                 False, False, True, True, True, True, True, False, False]
    return rows, spaces


# the verbs' lemmas as the model gives them, so that a verb of saying is known
SAID = {"said": "say", "saying": "say"}


def test_a_description_crediting_a_quotation_is_the_subject_of_the_sentence_before(stage_entities_verbs):
    ents = stage_entities_verbs(*quote_rows(False), lemma_of=SAID)
    assert "the Senate minority leader" in [m.text for m in ents["Ann Lee"].mentions]


def test_a_description_crediting_a_quotation_after_two_subjects_is_neither(stage_entities_verbs):
    ents = stage_entities_verbs(*quote_rows(True), lemma_of=SAID)
    for name in ("Ann Lee", "Tom Reed"):
        assert "the Senate minority leader" not in [m.text for m in ents[name].mentions]


def test_a_nominee_in_what_an_office_holder_says_is_not_that_office_holder(stage_entities_verbs):
    # Governor Ann Lee blocked the nomination on Monday, saying the nominee was weak.
    rows = [
        ('Governor', 'NNP', 'PROPN', 2, 'compound', 'O', True),
        ('Ann', 'NNP', 'PROPN', 2, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', 3, 'nsubj', 'I-PERSON', False),
        ('blocked', 'VBD', 'VERB', 3, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 5, 'det', 'O', False),
        ('nomination', 'NN', 'NOUN', 3, 'dobj', 'O', False),
        ('on', 'IN', 'ADP', 3, 'prep', 'O', False),
        ('Monday', 'NNP', 'PROPN', 6, 'pobj', 'B-DATE', False),
        (',', ',', 'PUNCT', 3, 'punct', 'O', False),
        ('saying', 'VBG', 'VERB', 3, 'advcl', 'O', False),
        ('the', 'DT', 'DET', 11, 'det', 'O', False),
        ('nominee', 'NN', 'NOUN', 12, 'nsubj', 'O', False),
        ('was', 'VBD', 'AUX', 9, 'ccomp', 'O', False),
        ('weak', 'JJ', 'ADJ', 12, 'acomp', 'O', False),
        ('.', '.', 'PUNCT', 3, 'punct', 'O', False),
    ]
    spaces = [True, True, True, True, True, True, True, False, True, True, True, True, True, False, False]
    ents = stage_entities_verbs(rows, spaces, lemma_of=SAID)
    assert "the nominee" not in [m.text for m in ents["Ann Lee"].mentions]
