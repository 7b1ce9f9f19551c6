"""Speakers of coordinated credits and participles (quotes31, issue 15: who said what), from the
quote classes of news-dev45 and news-dev46's READMEs; every sentence here is our own, with its
parse written out (words, tags, parts of speech, dependencies, heads, lemmas, entities):

- a closing credit after two coordinated clauses (``The Harbor Fund polled 600 likely voters ...,
  and both surveys showed Miller ahead ..., the group said.``), which the parser made two
  complements of the cue: the credit covers the whole coordinated sentence;
- the same with the second clause's cue coordinated with the first clause (``..., and both polls
  found Miller ahead ..., the group said.``: the credit covers it too, and it keeps its own quote),
  or with the credit coordinated with the first clause and given the second as its complement;
- a participle of saying coordinated after another (``..., telling the Tribune that Roe is a
  "faker" and questioning how he has "..."``), which the parser coordinated with the finite verb of
  the clause the first participle reports: its speaker is the first participle's (the main
  clause's subject), not that clause's subject.
"""

from __future__ import annotations

from quote_rows import quotes_of


def _with(rows: list[tuple], k: int, **change) -> list[tuple]:
    """The rows with row ``k`` changed (tag, pos, dep, head): another parse of the same words."""
    names = ("word", "space", "tag", "pos", "dep", "head", "lemma", "ent", "start")
    row = dict(zip(names, rows[k], strict=True)) | change
    return [*rows[:k], tuple(row[n] for n in names), *rows[k + 1:]]


# The Harbor Fund polled 600 likely voters in the district last week, and both surveys showed
# Miller ahead by 20 points, the group said.
POLLED = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'B-ORG', False),
    ('Harbor', True, 'NNP', 'PROPN', 'compound', 2, 'Harbor', 'I-ORG', False),
    ('Fund', True, 'NNP', 'PROPN', 'nsubj', 3, 'Fund', 'I-ORG', False),
    ('polled', True, 'VBD', 'VERB', 'ccomp', 25, 'poll', 'O', False),
    ('600', True, 'CD', 'NUM', 'nummod', 6, '600', 'B-CARDINAL', False),
    ('likely', True, 'JJ', 'ADJ', 'amod', 6, 'likely', 'O', False),
    ('voters', True, 'NNS', 'NOUN', 'dobj', 3, 'voter', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 3, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('district', True, 'NN', 'NOUN', 'pobj', 7, 'district', 'O', False),
    ('last', True, 'JJ', 'ADJ', 'amod', 11, 'last', 'B-DATE', False),
    ('week', False, 'NN', 'NOUN', 'npadvmod', 3, 'week', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 3, 'and', 'O', False),
    ('both', True, 'DT', 'DET', 'det', 15, 'both', 'O', False),
    ('surveys', True, 'NNS', 'NOUN', 'nsubj', 16, 'survey', 'O', False),
    ('showed', True, 'VBD', 'VERB', 'ccomp', 25, 'show', 'O', False),
    ('Miller', True, 'NNP', 'PROPN', 'dobj', 16, 'Miller', 'B-PERSON', False),
    ('ahead', True, 'RB', 'ADV', 'advmod', 16, 'ahead', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 16, 'by', 'O', False),
    ('20', True, 'CD', 'NUM', 'nummod', 21, '20', 'B-CARDINAL', False),
    ('points', False, 'NNS', 'NOUN', 'pobj', 19, 'point', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 25, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 24, 'the', 'O', False),
    ('group', True, 'NN', 'NOUN', 'nsubj', 25, 'group', 'O', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 25, 'say', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 25, '.', 'O', False),
]


def test_a_closing_credit_covers_both_coordinated_clauses() -> None:
    said = [q for q in quotes_of(POLLED) if q[1] == "said"]
    assert said == [("The Harbor Fund polled 600 likely voters in the district last week, and both surveys "
                     "showed Miller ahead by 20 points", "said", "the group")]


def test_clauses_joined_without_a_coordinator_stay_apart() -> None:
    # the same words with "and" read as an adverb: no coordinator joins the two clauses, so the
    # credit keeps the first one only (as before)
    rows = _with(POLLED, 13, tag="RB", pos="ADV", dep="advmod", head=16)
    said = [q for q in quotes_of(rows) if q[1] == "said"]
    assert said == [("The Harbor Fund polled 600 likely voters in the district last week", "said", "the group")]


# The network surveyed 400 voters in March, and both polls found Miller ahead by 25 points, the group said.
SURVEYED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('network', True, 'NN', 'NOUN', 'nsubj', 2, 'network', 'O', False),
    ('surveyed', True, 'VBD', 'VERB', 'ccomp', 20, 'survey', 'O', False),
    ('400', True, 'CD', 'NUM', 'nummod', 4, '400', 'B-CARDINAL', False),
    ('voters', True, 'NNS', 'NOUN', 'dobj', 2, 'voter', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 2, 'in', 'O', False),
    ('March', False, 'NNP', 'PROPN', 'pobj', 5, 'March', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 2, 'and', 'O', False),
    ('both', True, 'DT', 'DET', 'det', 10, 'both', 'O', False),
    ('polls', True, 'NNS', 'NOUN', 'nsubj', 11, 'poll', 'O', False),
    ('found', True, 'VBD', 'VERB', 'conj', 2, 'find', 'O', False),
    ('Miller', True, 'NNP', 'PROPN', 'dobj', 11, 'Miller', 'B-PERSON', False),
    ('ahead', True, 'RB', 'ADV', 'advmod', 11, 'ahead', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 11, 'by', 'O', False),
    ('25', True, 'CD', 'NUM', 'nummod', 16, '25', 'B-CARDINAL', False),
    ('points', False, 'NNS', 'NOUN', 'pobj', 14, 'point', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 20, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 19, 'the', 'O', False),
    ('group', True, 'NN', 'NOUN', 'nsubj', 20, 'group', 'O', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 20, 'say', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 20, '.', 'O', False),
]

# The Harbor Network, which backs Miller, polled 400 likely voters in March, and both of its surveys
# showed him with a big lead, the group said Monday.
BACKS = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'B-ORG', False),
    ('Harbor', True, 'NNP', 'PROPN', 'compound', 2, 'Harbor', 'I-ORG', False),
    ('Network', False, 'NNP', 'PROPN', 'nsubj', 8, 'Network', 'I-ORG', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'nsubj', 5, 'which', 'O', False),
    ('backs', True, 'VBZ', 'VERB', 'relcl', 2, 'back', 'O', False),
    ('Miller', False, 'NNP', 'PROPN', 'dobj', 5, 'Miller', 'B-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('polled', True, 'VBD', 'VERB', 'ROOT', 8, 'poll', 'O', False),
    ('400', True, 'CD', 'NUM', 'nummod', 11, '400', 'B-CARDINAL', False),
    ('likely', True, 'JJ', 'ADJ', 'amod', 11, 'likely', 'O', False),
    ('voters', True, 'NNS', 'NOUN', 'dobj', 8, 'voter', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 8, 'in', 'O', False),
    ('March', False, 'NNP', 'PROPN', 'pobj', 12, 'March', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 8, 'and', 'O', False),
    ('both', True, 'DT', 'PRON', 'nsubj', 20, 'both', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 16, 'of', 'O', False),
    ('its', True, 'PRP$', 'PRON', 'poss', 19, 'its', 'O', False),
    ('surveys', True, 'NNS', 'NOUN', 'pobj', 17, 'survey', 'O', False),
    ('showed', True, 'VBD', 'VERB', 'ccomp', 29, 'show', 'O', False),
    ('him', True, 'PRP', 'PRON', 'dobj', 20, 'he', 'O', False),
    ('with', True, 'IN', 'ADP', 'prep', 20, 'with', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 25, 'a', 'O', False),
    ('big', True, 'JJ', 'ADJ', 'amod', 25, 'big', 'O', False),
    ('lead', False, 'NN', 'NOUN', 'pobj', 22, 'lead', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 29, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 28, 'the', 'O', False),
    ('group', True, 'NN', 'NOUN', 'nsubj', 29, 'group', 'O', False),
    ('said', True, 'VBD', 'VERB', 'conj', 8, 'say', 'O', False),
    ('Monday', False, 'NNP', 'PROPN', 'npadvmod', 29, 'Monday', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 29, '.', 'O', False),
]


def test_a_closing_credit_covers_a_cue_clause_coordinated_inside() -> None:
    found = quotes_of(SURVEYED)
    assert ("The network surveyed 400 voters in March, and both polls found Miller ahead by 25 points", "said",
            "the group") in found
    assert ("Miller ahead by 25 points", "found", "both polls") in found


def test_a_credit_coordinated_with_the_first_clause_covers_both() -> None:
    said = [q for q in quotes_of(BACKS) if q[1] == "said"]
    assert said == [("The Harbor Network, which backs Miller, polled 400 likely voters in March, and both of its "
                     "surveys showed him with a big lead", "said", "the group")]


# Lee escalated her criticism on Monday, telling the Tribune that Roe is a "faker" and questioning
# how he has "gotten the nomination." (parse: "questioning" coordinated with "is")
ESCALATED = [
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 1, 'Lee', 'B-PERSON', False),
    ('escalated', True, 'VBD', 'VERB', 'ROOT', 1, 'escalate', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 3, 'her', 'O', False),
    ('criticism', True, 'NN', 'NOUN', 'dobj', 1, 'criticism', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 1, 'on', 'O', False),
    ('Monday', False, 'NNP', 'PROPN', 'pobj', 4, 'Monday', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('telling', True, 'VBG', 'VERB', 'advcl', 1, 'tell', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('Tribune', True, 'NNP', 'PROPN', 'dobj', 7, 'Tribune', 'B-ORG', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 12, 'that', 'O', False),
    ('Roe', True, 'NNP', 'PROPN', 'nsubj', 12, 'Roe', 'B-LAW', False),
    ('is', True, 'VBZ', 'AUX', 'ccomp', 7, 'be', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 15, 'a', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 15, '"', 'O', False),
    ('faker', False, 'NN', 'NOUN', 'attr', 12, 'faker', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 15, '"', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 12, 'and', 'O', False),
    ('questioning', True, 'VBG', 'VERB', 'conj', 12, 'question', 'O', False),
    ('how', True, 'WRB', 'SCONJ', 'advmod', 23, 'how', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 23, 'he', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 23, 'have', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 23, '"', 'O', False),
    ('gotten', True, 'VBN', 'VERB', 'ccomp', 18, 'get', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 25, 'the', 'O', False),
    ('nomination', False, 'NN', 'NOUN', 'dobj', 23, 'nomination', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 1, '"', 'O', False),
]


def test_a_second_participle_speaks_with_the_first() -> None:
    found = quotes_of(ESCALATED)
    assert ('Roe is a "faker"', "telling", "Lee") in found
    assert ('how he has "gotten the nomination."', "questioning", "Lee") in found


def test_a_participle_coordinated_with_a_participle_keeps_its_partner() -> None:
    # "questioning" coordinated with "telling" itself (the parse the rule restores): the same speaker
    rows = _with(ESCALATED, 18, head=7)
    found = quotes_of(rows)
    assert ('how he has "gotten the nomination."', "questioning", "Lee") in found
