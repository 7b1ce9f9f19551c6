"""An attribution set off by commas inside a sentence (``..., Ann Lee said, ...``) when the parser hung
the phrase after its closing comma on the cue (docs/notes/quote-speakers.md, "Session 42"; a
sentence of our own, hand-built parse): the comma still closes the attribution, what was said is the
sentence around it."""

from __future__ import annotations

from quote_rows import quotes_of, with_row

# There were no delays, Ann Lee said, with most ballots cast by noon.
CREDIT_BEFORE_ADJUNCT = [
    ('There', True, 'EX', 'PRON', 'expl', 1, 'there', 'O', True),
    ('were', True, 'VBD', 'VERB', 'ROOT', 1, 'be', 'O', False),
    ('no', True, 'DT', 'DET', 'det', 3, 'no', 'O', False),
    ('delays', False, 'NNS', 'NOUN', 'attr', 1, 'delay', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 6, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 7, 'Lee', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'parataxis', 1, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 7, 'with', 'O', False),
    ('most', True, 'JJS', 'ADJ', 'amod', 11, 'most', 'O', False),
    ('ballots', True, 'NNS', 'NOUN', 'nsubj', 12, 'ballot', 'O', False),
    ('cast', True, 'VBN', 'VERB', 'pcomp', 9, 'cast', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 12, 'by', 'O', False),
    ('noon', False, 'NN', 'NOUN', 'pobj', 13, 'noon', 'B-TIME', False),
    ('.', False, '.', 'PUNCT', 'punct', 7, '.', 'O', False),
]


def test_an_interposed_credit_closes_at_its_comma_before_a_phrase_hung_on_the_cue() -> None:
    assert quotes_of(CREDIT_BEFORE_ADJUNCT) == [
        ("There were no delays, Ann Lee said, with most ballots cast by noon", "said", "Ann Lee")]


def test_a_clause_after_the_comma_is_no_phrase_of_the_sentence_around() -> None:
    # the same words with the phrase read as a clause of the cue's own (an adverbial clause):
    # the rule does not take it for the sentence around the attribution
    rows = with_row(CREDIT_BEFORE_ADJUNCT, 9, dep='advcl', tag='VBG', pos='VERB')
    assert not any(content.startswith("There were no delays, Ann Lee said, with") for content, _, _ in quotes_of(rows))


# "We won it twice," an elated Ann Lee said, moments after the race.  (the parser's other reading:
# the quotation's verb the root, the credit a parataxis of it with the phrase of time hung on it)
QUOTATION_THEN_CREDIT = [
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', True),
    ('We', True, 'PRP', 'PRON', 'nsubj', 2, 'we', 'O', False),
    ('won', True, 'VBD', 'VERB', 'ROOT', 2, 'win', 'O', False),
    ('it', True, 'PRP', 'PRON', 'dobj', 2, 'it', 'O', False),
    ('twice', False, 'RB', 'ADV', 'advmod', 2, 'twice', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 11, '"', 'O', False),
    ('an', True, 'DT', 'DET', 'det', 10, 'an', 'O', False),
    ('elated', True, 'JJ', 'ADJ', 'amod', 10, 'elated', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 10, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 11, 'Lee', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'parataxis', 2, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('moments', True, 'NNS', 'NOUN', 'npadvmod', 11, 'moment', 'O', False),
    ('after', True, 'IN', 'ADP', 'prep', 13, 'after', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 16, 'the', 'O', False),
    ('race', False, 'NN', 'NOUN', 'pobj', 14, 'race', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 11, '.', 'O', False),
]


def test_a_credit_after_a_quotation_opening_the_sentence_is_no_interposed_one() -> None:
    assert quotes_of(QUOTATION_THEN_CREDIT) == [("We won it twice", "said", "an elated Ann Lee")]


def test_a_credit_after_a_quotation_opened_before_its_sentence_is_no_interposed_one() -> None:
    # the quotation runs over sentences ('"... . We won it twice," ... said, ...'): the sentence of
    # the credit opens inside it (here: at "We"), the closing mark before the credit has no opener
    rows = with_row(QUOTATION_THEN_CREDIT, 1, start=True)
    assert not any(content.startswith('We won it twice," an elated') for content, _, _ in quotes_of(rows))
