"""A cue verb of saying followed in its sentence, after a few words of its own phrases and no finite
verb, by ``that`` and a clause with its own subject and finite verb reports that clause, however the
parser hung ``that`` (a preposition of a gerund, a relative pronoun of a noun before it) and the
clause (a relative clause of that noun): the words say it, the parse does not (the READ half's
news-dev83 misses). Not after the verb's own object (``explained the rule that the board adopted``).
Sentences written for these tests; hand-built parses that reproduce the misreadings."""

from __future__ import annotations

from quote_rows import parsed_quotes

# "We came a long way," she said, noting that at one point last year she had trailed the mayor by
# ten points.  ("that" a preposition of "noting", "trailed" a relative clause of "year")
NOTING_THAT = [
    ('"', False, '``', 'PUNCT', 'punct', 9, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 2, 'we', 'O', False),
    ('came', True, 'VBD', 'VERB', 'ccomp', 9, 'come', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 5, 'a', 'O', False),
    ('long', True, 'JJ', 'ADJ', 'amod', 5, 'long', 'O', False),
    ('way', False, 'NN', 'NOUN', 'npadvmod', 2, 'way', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 9, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 9, '"', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 9, 'she', 'O', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 9, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 9, ',', 'O', False),
    ('noting', True, 'VBG', 'VERB', 'advcl', 9, 'note', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'prep', 11, 'that', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 12, 'at', 'O', False),
    ('one', True, 'CD', 'NUM', 'nummod', 15, 'one', 'B-CARDINAL', False),
    ('point', True, 'NN', 'NOUN', 'pobj', 13, 'point', 'O', False),
    ('last', True, 'JJ', 'ADJ', 'amod', 17, 'last', 'B-DATE', False),
    ('year', True, 'NN', 'NOUN', 'npadvmod', 15, 'year', 'I-DATE', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 20, 'she', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 20, 'have', 'O', False),
    ('trailed', True, 'VBN', 'VERB', 'relcl', 17, 'trail', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 22, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'dobj', 20, 'mayor', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 20, 'by', 'O', False),
    ('ten', True, 'CD', 'NUM', 'nummod', 25, 'ten', 'B-CARDINAL', False),
    ('points', False, 'NNS', 'NOUN', 'pobj', 23, 'point', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
]

# Ann Lee, a nurse from Dover, said before attending Monday's meeting that the paper asked her to
# write a column.  ("that" the object of "write", "asked" a relative clause of "meeting")
SAID_BEFORE_ATTENDING = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', False, 'NNP', 'PROPN', 'nsubj', 8, 'Lee', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 4, 'a', 'O', False),
    ('nurse', True, 'NN', 'NOUN', 'appos', 1, 'nurse', 'O', False),
    ('from', True, 'IN', 'ADP', 'prep', 4, 'from', 'O', False),
    ('Dover', False, 'NNP', 'PROPN', 'pobj', 5, 'Dover', 'B-GPE', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 8, 'say', 'O', False),
    ('before', True, 'IN', 'ADP', 'prep', 8, 'before', 'O', False),
    ('attending', True, 'VBG', 'VERB', 'pcomp', 9, 'attend', 'O', False),
    ('Monday', False, 'NNP', 'PROPN', 'poss', 13, 'Monday', 'B-DATE', False),
    ("'s", True, 'POS', 'PART', 'case', 11, "'s", 'O', False),
    ('meeting', True, 'NN', 'NOUN', 'dobj', 10, 'meeting', 'O', False),
    ('that', True, 'WDT', 'PRON', 'dobj', 20, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 16, 'the', 'O', False),
    ('paper', True, 'NN', 'NOUN', 'nsubj', 17, 'paper', 'O', False),
    ('asked', True, 'VBD', 'VERB', 'relcl', 13, 'ask', 'O', False),
    ('her', True, 'PRP', 'PRON', 'dobj', 17, 'she', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 20, 'to', 'O', False),
    ('write', True, 'VB', 'VERB', 'xcomp', 17, 'write', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 22, 'a', 'O', False),
    ('column', False, 'NN', 'NOUN', 'dobj', 20, 'column', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 8, '.', 'O', False),
]

# The judge explained the rule that the board adopted last year.  (a relative clause of the object)
EXPLAINED_THE_RULE = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('judge', True, 'NN', 'NOUN', 'nsubj', 2, 'judge', 'O', False),
    ('explained', True, 'VBD', 'VERB', 'ROOT', 2, 'explain', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('rule', True, 'NN', 'NOUN', 'dobj', 2, 'rule', 'O', False),
    ('that', True, 'WDT', 'PRON', 'dobj', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('board', True, 'NN', 'NOUN', 'nsubj', 8, 'board', 'O', False),
    ('adopted', True, 'VBD', 'VERB', 'relcl', 4, 'adopt', 'O', False),
    ('last', True, 'JJ', 'ADJ', 'amod', 10, 'last', 'B-DATE', False),
    ('year', False, 'NN', 'NOUN', 'npadvmod', 8, 'year', 'I-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Close ties have helped the partnership, Lam said, expressing his belief that the visit will help.
# (the credit a clause of its own, with nothing it reports hung on it)
SAID_EXPRESSING_BELIEF = [
    ('Close', True, 'JJ', 'ADJ', 'amod', 1, 'close', 'O', False),
    ('ties', True, 'NNS', 'NOUN', 'nsubj', 3, 'tie', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 3, 'have', 'O', False),
    ('helped', True, 'VBN', 'VERB', 'ROOT', 3, 'help', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('partnership', False, 'NN', 'NOUN', 'dobj', 3, 'partnership', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('Lam', True, 'NNP', 'PROPN', 'nsubj', 8, 'Lam', 'B-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'parataxis', 3, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('expressing', True, 'VBG', 'VERB', 'advcl', 8, 'express', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 12, 'his', 'O', False),
    ('belief', True, 'NN', 'NOUN', 'dobj', 10, 'belief', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 17, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('visit', True, 'NN', 'NOUN', 'nsubj', 17, 'visit', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 17, 'will', 'O', False),
    ('help', False, 'VB', 'VERB', 'acl', 12, 'help', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 8, '.', 'O', False),
]

# Two men have pleaded guilty to charges that they shared films.  (the clause is the charges')
CHARGES_THAT = [
    ('Two', True, 'CD', 'NUM', 'nummod', 1, 'two', 'B-CARDINAL', False),
    ('men', True, 'NNS', 'NOUN', 'nsubj', 3, 'man', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 3, 'have', 'O', False),
    ('pleaded', True, 'VBN', 'VERB', 'ROOT', 3, 'plead', 'O', False),
    ('guilty', True, 'JJ', 'ADJ', 'acomp', 3, 'guilty', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 4, 'to', 'O', False),
    ('charges', True, 'NNS', 'NOUN', 'pobj', 5, 'charge', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 9, 'that', 'O', False),
    ('they', True, 'PRP', 'PRON', 'nsubj', 9, 'they', 'O', False),
    ('shared', True, 'VBD', 'VERB', 'acl', 6, 'share', 'O', False),
    ('films', False, 'NNS', 'NOUN', 'dobj', 9, 'film', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]


def test_a_gerund_of_saying_reports_the_clause_after_that_read_as_a_preposition() -> None:
    quotes = parsed_quotes(NOTING_THAT)
    assert ("indirect", "at one point last year she had trailed the mayor by ten points", "noting", "she") in quotes
    assert ("direct", "We came a long way", "said", "she") in quotes


def test_said_reports_the_that_clause_after_a_phrase_of_time_with_a_gerund() -> None:
    quotes = parsed_quotes(SAID_BEFORE_ATTENDING)
    assert ("indirect", "the paper asked her to write a column", "said", "Ann Lee") in quotes


def test_a_relative_clause_of_the_verbs_own_object_is_not_what_was_said() -> None:
    assert not [q for q in parsed_quotes(EXPLAINED_THE_RULE) if q[1] == "the board adopted last year"]


def test_past_a_comma_the_that_clause_of_a_belief_noun_is_not_the_credits() -> None:
    quotes = parsed_quotes(SAID_EXPRESSING_BELIEF)
    assert ("indirect", "Close ties have helped the partnership", "said", "Lam") in quotes
    assert not [q for q in quotes if q[2] == "said" and q[1].startswith("the visit")]


def test_the_that_clause_of_a_noun_of_saying_is_not_the_verbs() -> None:
    assert not [q for q in parsed_quotes(CHARGES_THAT) if q[2] == "pleaded"]
