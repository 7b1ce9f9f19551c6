"""Quotations introduced by a clause about their speaker with no verb of saying (quotes29, from the
class descriptions of news-dev42's README; every sentence here is our own, with its parse written
out as the model gave it):

- after a colon ending a verb joined to an earlier one (``Dale Hume gestured ..., then leaned in
  and boomed: "..."``): the joined verb shares the first verb's subject, who speaks;
- set off by a pair of dashes after a clause about the speaker (``When Dale Hume finally wrapped
  up -- "..." -- the band began to play.``): the subject of that clause speaks; words set off after
  a noun with no clause (``The new road -- "..." -- opened``) have no speaker.
"""

from __future__ import annotations

from quote_rows import quotes_of

# Dale Hume gestured toward the stage, then leaned in and boomed: "We are going to win this state in November."
BOOMED = [
    ('Dale', True, 'NNP', 'PROPN', 'compound', 1, 'Dale', 'B-PERSON', False),
    ('Hume', True, 'NNP', 'PROPN', 'nsubj', 2, 'Hume', 'I-PERSON', False),
    ('gestured', True, 'VBD', 'VERB', 'ROOT', 2, 'gesture', 'O', False),
    ('toward', True, 'IN', 'ADP', 'prep', 2, 'toward', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('stage', False, 'NN', 'NOUN', 'pobj', 3, 'stage', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('then', True, 'RB', 'ADV', 'advmod', 8, 'then', 'O', False),
    ('leaned', True, 'VBD', 'VERB', 'dep', 2, 'lean', 'O', False),
    ('in', True, 'RP', 'ADP', 'prt', 8, 'in', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 8, 'and', 'O', False),
    ('boomed', False, 'VBD', 'VERB', 'conj', 8, 'boom', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 11, ':', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 11, '"', 'O', False),
    ('We', True, 'PRP', 'PRON', 'nsubj', 16, 'we', 'O', False),
    ('are', True, 'VBP', 'AUX', 'aux', 16, 'be', 'O', False),
    ('going', True, 'VBG', 'VERB', 'ccomp', 11, 'go', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 18, 'to', 'O', False),
    ('win', True, 'VB', 'VERB', 'xcomp', 16, 'win', 'O', False),
    ('this', True, 'DT', 'DET', 'det', 20, 'this', 'O', False),
    ('state', True, 'NN', 'NOUN', 'dobj', 18, 'state', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 18, 'in', 'O', False),
    ('November', False, 'NNP', 'PROPN', 'pobj', 21, 'November', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
]


# When Dale Hume finally wrapped up -- "Thank you, and go home safely tonight" -- the band began to play.
WRAPPED_UP = [
    ('When', True, 'WRB', 'SCONJ', 'advmod', 4, 'when', 'O', False),
    ('Dale', True, 'NNP', 'PROPN', 'compound', 2, 'Dale', 'B-PERSON', False),
    ('Hume', True, 'NNP', 'PROPN', 'nsubj', 4, 'Hume', 'I-PERSON', False),
    ('finally', True, 'RB', 'ADV', 'advmod', 4, 'finally', 'O', False),
    ('wrapped', True, 'VBD', 'VERB', 'advcl', 8, 'wrap', 'O', False),
    ('up', True, 'RP', 'ADP', 'prt', 4, 'up', 'O', False),
    ('--', True, ':', 'PUNCT', 'punct', 4, '--', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', False),
    ('Thank', True, 'VBP', 'VERB', 'ccomp', 20, 'thank', 'O', False),
    ('you', False, 'PRP', 'PRON', 'dobj', 8, 'you', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 8, 'and', 'O', False),
    ('go', True, 'VB', 'VERB', 'conj', 8, 'go', 'O', False),
    ('home', True, 'RB', 'ADV', 'advmod', 12, 'home', 'O', False),
    ('safely', True, 'RB', 'ADV', 'advmod', 12, 'safely', 'O', False),
    ('tonight', False, 'NN', 'NOUN', 'npadvmod', 12, 'tonight', 'B-TIME', False),
    ('"', True, "''", 'PUNCT', 'punct', 12, '"', 'O', False),
    ('--', True, ':', 'PUNCT', 'punct', 20, '--', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 19, 'the', 'O', False),
    ('band', True, 'NN', 'NOUN', 'nsubj', 20, 'band', 'O', False),
    ('began', True, 'VBD', 'VERB', 'ROOT', 20, 'begin', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 22, 'to', 'O', False),
    ('play', False, 'VB', 'VERB', 'xcomp', 20, 'play', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 20, '.', 'O', False),
]


# The new road -- "a gift to the whole valley for decades" -- opened in May.
ROAD = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 2, 'new', 'O', False),
    ('road', True, 'NN', 'NOUN', 'nsubj', 15, 'road', 'O', False),
    ('--', True, ':', 'PUNCT', 'punct', 2, '--', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 6, 'a', 'O', False),
    ('gift', True, 'NN', 'NOUN', 'appos', 2, 'gift', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 6, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('whole', True, 'JJ', 'ADJ', 'amod', 10, 'whole', 'O', False),
    ('valley', True, 'NN', 'NOUN', 'pobj', 7, 'valley', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 6, 'for', 'O', False),
    ('decades', False, 'NNS', 'NOUN', 'pobj', 11, 'decade', 'B-DATE', False),
    ('"', True, "''", 'PUNCT', 'punct', 6, '"', 'O', False),
    ('--', True, ':', 'PUNCT', 'punct', 2, '--', 'O', False),
    ('opened', True, 'VBN', 'VERB', 'ROOT', 15, 'open', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 15, 'in', 'O', False),
    ('May', False, 'NNP', 'PROPN', 'pobj', 16, 'May', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 15, '.', 'O', False),
]


def test_a_colon_after_a_joined_verb_gives_the_first_verbs_subject() -> None:
    assert quotes_of(BOOMED) == [("We are going to win this state in November", ":", "Dale Hume")]


def test_a_quotation_between_dashes_after_a_clause_about_the_speaker() -> None:
    assert quotes_of(WRAPPED_UP) == [("Thank you, and go home safely tonight", "--", "Dale Hume")]


def test_a_quotation_between_dashes_after_a_noun_has_no_speaker() -> None:
    assert [speaker for _, _, speaker in quotes_of(ROAD)] in ([], [None])
