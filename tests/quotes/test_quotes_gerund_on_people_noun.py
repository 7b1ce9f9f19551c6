"""A gerund of saying hung on a noun naming people (``the files, which included staff members
suggesting someone should ...``): those people say it, not the noun the relative clause describes
(``the files``); on a noun of a thing (``sent letters saying ...``) the doer of the clause around it
still speaks. quotes30, from news-dev44's class description; the sentences are our own, their
parses written out as the model gave them."""

from __future__ import annotations

from quote_rows import quotes_of

# The files, which included staff members suggesting someone should question the rival about his faith, were released on Friday.
STAFF_SUGGESTING = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('files', False, 'NNS', 'NOUN', 'nsubjpass', 18, 'file', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'nsubj', 4, 'which', 'O', False),
    ('included', True, 'VBD', 'VERB', 'relcl', 1, 'include', 'O', False),
    ('staff', True, 'NN', 'NOUN', 'compound', 6, 'staff', 'O', False),
    ('members', True, 'NNS', 'NOUN', 'dobj', 4, 'member', 'O', False),
    ('suggesting', True, 'VBG', 'VERB', 'acl', 6, 'suggest', 'O', False),
    ('someone', True, 'NN', 'PRON', 'nsubj', 10, 'someone', 'O', False),
    ('should', True, 'MD', 'AUX', 'aux', 10, 'should', 'O', False),
    ('question', True, 'VB', 'VERB', 'ccomp', 7, 'question', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('rival', True, 'NN', 'NOUN', 'dobj', 10, 'rival', 'O', False),
    ('about', True, 'IN', 'ADP', 'prep', 12, 'about', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 15, 'his', 'O', False),
    ('faith', False, 'NN', 'NOUN', 'pobj', 13, 'faith', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('were', True, 'VBD', 'AUX', 'auxpass', 18, 'be', 'O', False),
    ('released', True, 'VBN', 'VERB', 'ROOT', 18, 'release', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 18, 'on', 'O', False),
    ('Friday', False, 'NNP', 'PROPN', 'pobj', 19, 'Friday', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 18, '.', 'O', False),
]

# Ann Lee sent letters saying the mayor had lied.
LETTERS_SAYING = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('sent', True, 'VBD', 'VERB', 'ROOT', 2, 'send', 'O', False),
    ('letters', True, 'NNS', 'NOUN', 'dobj', 2, 'letter', 'O', False),
    ('saying', True, 'VBG', 'VERB', 'acl', 3, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 8, 'mayor', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 8, 'have', 'O', False),
    ('lied', False, 'VBN', 'VERB', 'ccomp', 4, 'lie', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_the_people_named_say_it() -> None:
    assert quotes_of(STAFF_SUGGESTING) == [
        ("someone should question the rival about his faith", "suggesting", "staff members")]


def test_a_thing_keeps_the_doer_of_the_clause() -> None:
    assert quotes_of(LETTERS_SAYING) == [("the mayor had lied", "saying", "Ann Lee")]
