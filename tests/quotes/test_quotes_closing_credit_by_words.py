"""``<statement>, <noun phrase> said/told <addressee>.``: a finite cue verb ending its sentence after a
noun phrase set off by a comma (no verb, no quotation mark in the phrase) is a closing credit, the
phrase its speaker and the words before the comma what was said, when the parser read it otherwise
(the statement's verb read as a noun, its subject made the cue's; the READ half's news-dev25 and
news-dev35 misses). A phrase opened by a coordinator (``, but the council agreed``) is a clause of its
own, no credit. Sentences written for these tests; hand-built parses that reproduce the misreadings."""

from __future__ import annotations

from quote_rows import quotes_of

# A truck driving from Leeds to York burns 40 litres of fuel, transport expert Ann Lee told the paper.
# ("burns" read as a noun modifying "litres", "truck" a second subject of "told")
BURNS_READ_AS_NOUN = [
    ('A', True, 'DT', 'DET', 'det', 1, 'a', 'O', False),
    ('truck', True, 'NN', 'NOUN', 'nsubj', 17, 'truck', 'O', False),
    ('driving', True, 'VBG', 'VERB', 'acl', 1, 'drive', 'O', False),
    ('from', True, 'IN', 'ADP', 'prep', 2, 'from', 'O', False),
    ('Leeds', True, 'NNP', 'PROPN', 'pobj', 3, 'Leeds', 'B-GPE', False),
    ('to', True, 'IN', 'ADP', 'prep', 2, 'to', 'O', False),
    ('York', True, 'NNP', 'PROPN', 'compound', 9, 'York', 'B-GPE', False),
    ('burns', True, 'NNS', 'NOUN', 'amod', 9, 'burn', 'O', False),
    ('40', True, 'CD', 'NUM', 'nummod', 9, '40', 'B-CARDINAL', False),
    ('litres', True, 'NNS', 'NOUN', 'pobj', 5, 'litre', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 9, 'of', 'O', False),
    ('fuel', False, 'NN', 'NOUN', 'pobj', 10, 'fuel', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('transport', True, 'NN', 'NOUN', 'compound', 14, 'transport', 'O', False),
    ('expert', True, 'NN', 'NOUN', 'compound', 16, 'expert', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 16, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 17, 'Lee', 'I-PERSON', False),
    ('told', True, 'VBD', 'VERB', 'ROOT', 17, 'tell', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 19, 'the', 'O', False),
    ('paper', False, 'NN', 'NOUN', 'dobj', 17, 'paper', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 17, '.', 'O', False),
]

# The mayor wants a new bridge in May, but the council agreed.  ("the council" read as an apposition)
BUT_THE_COUNCIL = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 12, 'mayor', 'O', False),
    ('wants', True, 'VBZ', 'VERB', 'relcl', 1, 'want', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 5, 'a', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 5, 'new', 'O', False),
    ('bridge', True, 'NN', 'NOUN', 'dobj', 2, 'bridge', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 2, 'in', 'O', False),
    ('May', False, 'NNP', 'PROPN', 'pobj', 6, 'May', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 12, ',', 'O', False),
    ('but', True, 'CC', 'CCONJ', 'cc', 12, 'but', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'appos', 1, 'council', 'O', False),
    ('agreed', False, 'VBD', 'VERB', 'ROOT', 12, 'agree', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 12, '.', 'O', False),
]


def test_the_phrase_before_a_closing_cue_is_the_speaker_of_the_statement_before_its_comma() -> None:
    assert ("A truck driving from Leeds to York burns 40 litres of fuel", "told", "transport expert Ann Lee") \
        in quotes_of(BURNS_READ_AS_NOUN)


def test_a_phrase_opened_by_a_coordinator_is_no_closing_credit() -> None:
    assert not [q for q in quotes_of(BUT_THE_COUNCIL) if q[2] == "the council"]
