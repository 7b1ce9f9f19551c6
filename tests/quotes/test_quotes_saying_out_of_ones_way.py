"""An infinitive of saying hung on a noun that names no person (``went out of his way to say that
X, and that Y``): the speaker is the doer of the clause around it, never the noun phrase
(``his way``); a second ``that`` clause the parser joined to the verb above the cue is said too
(a main clause never opens with the complementiser ``that``). A person noun keeps its reading
(``the first mayor to say ...``). quotes30, from news-dev43's class description; the sentences
are our own, their parses written out as the model gave them."""

from __future__ import annotations

from quote_rows import quotes_of

# Arvid Holm went out of his way to say that trade with Norway remained good, and that it would grow.
OUT_OF_HIS_WAY = [
    ('Arvid', True, 'NNP', 'PROPN', 'compound', 1, 'Arvid', 'B-PERSON', False),
    ('Holm', True, 'NNP', 'PROPN', 'nsubj', 2, 'Holm', 'I-PERSON', False),
    ('went', True, 'VBD', 'VERB', 'ROOT', 2, 'go', 'O', False),
    ('out', True, 'IN', 'ADP', 'prep', 2, 'out', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 3, 'of', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 6, 'his', 'O', False),
    ('way', True, 'NN', 'NOUN', 'pobj', 4, 'way', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 8, 'to', 'O', False),
    ('say', True, 'VB', 'VERB', 'relcl', 6, 'say', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 13, 'that', 'O', False),
    ('trade', True, 'NN', 'NOUN', 'nsubj', 13, 'trade', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 10, 'with', 'O', False),
    ('Norway', True, 'NNP', 'PROPN', 'pobj', 11, 'Norway', 'B-GPE', False),
    ('remained', True, 'VBD', 'VERB', 'ccomp', 8, 'remain', 'O', False),
    ('good', False, 'JJ', 'ADJ', 'acomp', 13, 'good', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 2, 'and', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 20, 'that', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 20, 'it', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 20, 'would', 'O', False),
    ('grow', False, 'VB', 'VERB', 'conj', 2, 'grow', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Ann Lee was the first mayor to say that the bridge was safe.
FIRST_MAYOR = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 2, 'be', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('first', True, 'JJ', 'ADJ', 'amod', 5, 'first', 'B-ORDINAL', False),
    ('mayor', True, 'NN', 'NOUN', 'attr', 2, 'mayor', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 7, 'to', 'O', False),
    ('say', True, 'VB', 'VERB', 'relcl', 5, 'say', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 11, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('bridge', True, 'NN', 'NOUN', 'nsubj', 11, 'bridge', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 7, 'be', 'O', False),
    ('safe', False, 'JJ', 'ADJ', 'acomp', 11, 'safe', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


def test_the_doer_says_it_not_his_way() -> None:
    quotes = quotes_of(OUT_OF_HIS_WAY)
    assert [(c, s) for c, _, s in quotes] == [
        ("trade with Norway remained good, and that it would grow", "Arvid Holm")]


def test_a_person_noun_keeps_its_reading() -> None:
    assert [(c, s) for c, _, s in quotes_of(FIRST_MAYOR)] == [("the bridge was safe", "the first mayor")]
