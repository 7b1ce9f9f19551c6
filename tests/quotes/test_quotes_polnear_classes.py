"""Attribution rules of branch polnear18 (session 18, issue 15: PolNeAR attributions we missed),
classes counted on PolNeAR dev (a regression set) by ``scripts/polnear_misses.py``; every sentence
here is our own, with its parse written out (the model's parse, ``charges`` written as the verb the
rule is for), so each rule is tested on the parse it is written for:

- a body's ruling or finding and a charge laid in words with their ``that`` clause (``rule``,
  ``discover``, ``charge``: speech_cues.tsv); without a clause after them (``the fees that the
  council charges``), or with an open question (the ``that_clause_only_verb`` rows), nothing is
  reported; ``determine`` is no cue (``laws which determine the voting age``);
- nouns of saying or concluding with a ``that`` clause (``acknowledgment``, ``conclusion``,
  ``pronouncement``, ``concern``, ``case``);
- ``question`` with a thing as its object (``thing_object_verb``): ``questioned the cost of
  the bridge``; a person questioned is the one addressed;
- ``indicate``/``suggest`` with a poll, survey or study as subject report its noun-phrase object
  as ``show`` does (``showing_verb``); with another subject they do not;
- an ``as`` clause set off by commas inside the clause it frames, which the parser made a
  parataxis (taking the clause's subject) or hung on the clause's subject: the sentence around it
  is what was said;
- a noun of saying whose ``that`` clause the parser hung on the verb of uttering it (``made the
  case to ministers that ...``); a relative clause after another noun is none;
- a reported clause the parser made an adverbial clause of the verb of saying, a phrase of time
  hung on it (``said after the match he would not resign``); a clause opened by a subordinator
  (``testified after the judge arrived``) or a wh-word (``called into the show when she was ill``)
  is none.
"""

from __future__ import annotations

from quote_rows import quotes_of

# The appeals panel ruled that the fine was too high.
RULED = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('appeals', True, 'NNS', 'NOUN', 'compound', 2, 'appeal', 'O', False),
    ('panel', True, 'NN', 'NOUN', 'nsubj', 3, 'panel', 'O', False),
    ('ruled', True, 'VBD', 'VERB', 'ROOT', 3, 'rule', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 7, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('fine', True, 'NN', 'NOUN', 'nsubj', 7, 'fine', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 3, 'be', 'O', False),
    ('too', True, 'RB', 'ADV', 'advmod', 9, 'too', 'O', False),
    ('high', False, 'JJ', 'ADJ', 'acomp', 7, 'high', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]

# The dynasty ruled the valley for two centuries.
RULED_LAND = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('dynasty', True, 'NN', 'NOUN', 'nsubj', 2, 'dynasty', 'O', False),
    ('ruled', True, 'VBD', 'VERB', 'ROOT', 2, 'rule', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('valley', True, 'NN', 'NOUN', 'dobj', 2, 'valley', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 2, 'for', 'O', False),
    ('two', True, 'CD', 'NUM', 'nummod', 7, 'two', 'B-DATE', False),
    ('centuries', False, 'NNS', 'NOUN', 'pobj', 5, 'century', 'I-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Inspectors will determine whether the wall is safe.
DETERMINE_WHETHER = [
    ('Inspectors', True, 'NNS', 'NOUN', 'nsubj', 2, 'inspector', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 2, 'will', 'O', False),
    ('determine', True, 'VB', 'VERB', 'ROOT', 2, 'determine', 'O', False),
    ('whether', True, 'IN', 'SCONJ', 'mark', 6, 'whether', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('wall', True, 'NN', 'NOUN', 'nsubj', 6, 'wall', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ccomp', 2, 'be', 'O', False),
    ('safe', False, 'JJ', 'ADJ', 'acomp', 6, 'safe', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Staff discovered that the alarm had been switched off.
DISCOVERED = [
    ('Staff', True, 'NNP', 'PROPN', 'nsubj', 1, 'Staff', 'O', False),
    ('discovered', True, 'VBD', 'VERB', 'ROOT', 1, 'discover', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 7, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('alarm', True, 'NN', 'NOUN', 'nsubjpass', 7, 'alarm', 'O', False),
    ('had', True, 'VBD', 'AUX', 'aux', 7, 'have', 'O', False),
    ('been', True, 'VBN', 'AUX', 'auxpass', 7, 'be', 'O', False),
    ('switched', True, 'VBN', 'VERB', 'ccomp', 1, 'switch', 'O', False),
    ('off', False, 'RP', 'ADP', 'prt', 7, 'off', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]

# The rival campaign charges that the senator misused the fund.
CHARGES = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('rival', True, 'JJ', 'ADJ', 'amod', 2, 'rival', 'O', False),
    ('campaign', True, 'NN', 'NOUN', 'nsubj', 3, 'campaign', 'O', False),
    ('charges', True, 'VBZ', 'VERB', 'ROOT', 3, 'charge', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 7, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('senator', True, 'NN', 'NOUN', 'nsubj', 7, 'senator', 'O', False),
    ('misused', True, 'VBD', 'VERB', 'ccomp', 3, 'misuse', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('fund', False, 'NN', 'NOUN', 'dobj', 7, 'fund', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]

# The nurses' acknowledgment that the ward lacked staff prompted a review.
ACKNOWLEDGMENT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('nurses', False, 'NNS', 'NOUN', 'poss', 3, 'nurse', 'O', False),
    ("'", True, 'POS', 'PART', 'case', 1, "'", 'O', False),
    ('acknowledgment', True, 'NN', 'NOUN', 'nsubj', 9, 'acknowledgment', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 7, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('ward', True, 'NN', 'NOUN', 'nsubj', 7, 'ward', 'O', False),
    ('lacked', True, 'VBD', 'VERB', 'acl', 3, 'lack', 'O', False),
    ('staff', True, 'NN', 'NOUN', 'dobj', 7, 'staff', 'O', False),
    ('prompted', True, 'VBD', 'VERB', 'ROOT', 9, 'prompt', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 11, 'a', 'O', False),
    ('review', False, 'NN', 'NOUN', 'dobj', 9, 'review', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
]

# Residents have questioned the cost of the new bridge.
QUESTIONED_COST = [
    ('Residents', True, 'NNS', 'NOUN', 'nsubj', 2, 'resident', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 2, 'have', 'O', False),
    ('questioned', True, 'VBN', 'VERB', 'ROOT', 2, 'question', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('cost', True, 'NN', 'NOUN', 'dobj', 2, 'cost', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 4, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 8, 'new', 'O', False),
    ('bridge', False, 'NN', 'NOUN', 'pobj', 5, 'bridge', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Officers questioned the driver for an hour.
QUESTIONED_DRIVER = [
    ('Officers', True, 'NNS', 'NOUN', 'nsubj', 1, 'officer', 'O', False),
    ('questioned', True, 'VBD', 'VERB', 'ROOT', 1, 'question', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'O', False),
    ('driver', True, 'NN', 'NOUN', 'dobj', 1, 'driver', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 1, 'for', 'O', False),
    ('an', True, 'DT', 'DET', 'det', 6, 'an', 'B-TIME', False),
    ('hour', False, 'NN', 'NOUN', 'pobj', 4, 'hour', 'I-TIME', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]

# The latest poll indicates a narrow lead for the mayor.
POLL_INDICATES = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('latest', True, 'JJS', 'ADJ', 'amod', 2, 'late', 'O', False),
    ('poll', True, 'NN', 'NOUN', 'nsubj', 3, 'poll', 'O', False),
    ('indicates', True, 'VBZ', 'VERB', 'ROOT', 3, 'indicate', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 6, 'a', 'O', False),
    ('narrow', True, 'JJ', 'ADJ', 'amod', 6, 'narrow', 'O', False),
    ('lead', True, 'NN', 'NOUN', 'dobj', 3, 'lead', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 6, 'for', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('mayor', False, 'NN', 'NOUN', 'pobj', 7, 'mayor', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]

# The warning lights indicated a fault.
LIGHTS_INDICATED = [
    ('The', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('warning', True, 'NN', 'NOUN', 'compound', 2, 'warning', 'O', False),
    ('lights', True, 'NNS', 'NOUN', 'nsubj', 3, 'light', 'O', False),
    ('indicated', True, 'VBD', 'VERB', 'ROOT', 3, 'indicate', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 5, 'a', 'O', False),
    ('fault', False, 'NN', 'NOUN', 'dobj', 3, 'fault', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]


# The harbour, as one of the fishermen pointed out, has not been dredged since 2010.
# (the parse of the layout the rule is for: the cue a parataxis of the clause, the clause's subject hung on the cue)
AS_POINTED_OUT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('harbour', False, 'NN', 'NOUN', 'nsubj', 8, 'harbour', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 8, 'as', 'O', False),
    ('one', True, 'CD', 'NUM', 'nsubj', 8, 'one', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 4, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('fishermen', True, 'NNS', 'NOUN', 'pobj', 5, 'fisherman', 'O', False),
    ('pointed', True, 'VBD', 'VERB', 'parataxis', 14, 'point', 'O', False),
    ('out', False, 'RP', 'ADP', 'prt', 8, 'out', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 8, ',', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 14, 'have', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 14, 'not', 'O', False),
    ('been', True, 'VBN', 'AUX', 'auxpass', 14, 'be', 'O', False),
    ('dredged', True, 'VBN', 'VERB', 'ROOT', 14, 'dredge', 'O', False),
    ('since', True, 'IN', 'SCONJ', 'prep', 14, 'since', 'O', False),
    ('2010', False, 'CD', 'NUM', 'pobj', 15, '2010', 'B-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 14, '.', 'O', False),
]

# The mill, as the owner noted, was built by hand.
AS_NOTED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('mill', False, 'NN', 'NOUN', 'nsubjpass', 9, 'mill', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 9, ',', 'O', False),
    ('as', True, 'IN', 'SCONJ', 'mark', 6, 'as', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('owner', True, 'NN', 'NOUN', 'nsubj', 6, 'owner', 'O', False),
    ('noted', False, 'VBD', 'VERB', 'advcl', 9, 'note', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('was', True, 'VBD', 'AUX', 'auxpass', 9, 'be', 'O', False),
    ('built', True, 'VBN', 'VERB', 'ROOT', 9, 'build', 'O', False),
    ('by', True, 'IN', 'ADP', 'agent', 9, 'by', 'O', False),
    ('hand', False, 'NN', 'NOUN', 'pobj', 10, 'hand', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
]

# The union made the case to ministers that the plan would cut wages.
MADE_THE_CASE = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('union', True, 'NN', 'NOUN', 'nsubj', 2, 'union', 'O', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 2, 'make', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('case', True, 'NN', 'NOUN', 'dobj', 2, 'case', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 2, 'to', 'O', False),
    ('ministers', True, 'NNS', 'NOUN', 'pobj', 5, 'minister', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 11, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('plan', True, 'NN', 'NOUN', 'nsubj', 11, 'plan', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 11, 'would', 'O', False),
    ('cut', True, 'VB', 'VERB', 'ccomp', 2, 'cut', 'O', False),
    ('wages', False, 'NNS', 'NOUN', 'dobj', 11, 'wage', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# The firm made a payment to the council that covered the repairs.
MADE_A_PAYMENT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('firm', True, 'NN', 'NOUN', 'nsubj', 2, 'firm', 'O', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 2, 'make', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 4, 'a', 'O', False),
    ('payment', True, 'NN', 'NOUN', 'dobj', 2, 'payment', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 4, 'to', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'pobj', 5, 'council', 'O', False),
    ('that', True, 'WDT', 'PRON', 'nsubj', 9, 'that', 'O', False),
    ('covered', True, 'VBD', 'VERB', 'relcl', 7, 'cover', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('repairs', False, 'NNS', 'NOUN', 'dobj', 9, 'repair', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


# Drivers resent the high fees that the council charges.
# ("charges" written as the verb of the relative clause: the reading the rule is for)
FEES_THEY_CHARGE = [
    ('Drivers', True, 'NNS', 'NOUN', 'nsubj', 1, 'driver', 'O', False),
    ('resent', True, 'VBP', 'VERB', 'ROOT', 1, 'resent', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('high', True, 'JJ', 'ADJ', 'amod', 4, 'high', 'O', False),
    ('fees', True, 'NNS', 'NOUN', 'dobj', 1, 'fee', 'O', False),
    ('that', True, 'WDT', 'PRON', 'dobj', 8, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 8, 'council', 'O', False),
    ('charges', False, 'VBZ', 'VERB', 'relcl', 4, 'charge', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


# The coach said after the match he would not resign.
SAID_AFTER_THE_MATCH = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('coach', True, 'NN', 'NOUN', 'nsubj', 2, 'coach', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('after', True, 'IN', 'ADP', 'prep', 9, 'after', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('match', True, 'NN', 'NOUN', 'pobj', 3, 'match', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 9, 'he', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 9, 'would', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 9, 'not', 'O', False),
    ('resign', False, 'VB', 'VERB', 'advcl', 2, 'resign', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# The witness testified after the judge arrived.
TESTIFIED_AFTER = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('witness', True, 'NN', 'NOUN', 'nsubj', 2, 'witness', 'O', False),
    ('testified', True, 'VBD', 'VERB', 'ROOT', 2, 'testify', 'O', False),
    ('after', True, 'IN', 'SCONJ', 'mark', 6, 'after', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('judge', True, 'NN', 'NOUN', 'nsubj', 6, 'judge', 'O', False),
    ('arrived', False, 'VBD', 'VERB', 'advcl', 2, 'arrive', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]


# She called into the radio show when she was ill.
CALLED_IN_WHEN = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
    ('called', True, 'VBD', 'VERB', 'ROOT', 1, 'call', 'O', False),
    ('into', True, 'IN', 'ADP', 'prep', 1, 'into', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('radio', True, 'NN', 'NOUN', 'compound', 5, 'radio', 'O', False),
    ('show', True, 'NN', 'NOUN', 'pobj', 2, 'show', 'O', False),
    ('when', True, 'WRB', 'SCONJ', 'advmod', 8, 'when', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 8, 'she', 'O', False),
    ('was', True, 'VBD', 'AUX', 'advcl', 1, 'be', 'O', False),
    ('ill', False, 'JJ', 'ADJ', 'acomp', 8, 'ill', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_a_ruling_reports_its_that_clause() -> None:
    assert quotes_of(RULED) == [("the fine was too high", "ruled", "The appeals panel")]


def test_ruling_a_land_reports_nothing() -> None:
    assert quotes_of(RULED_LAND) == []


def test_a_finding_reports_its_that_clause() -> None:
    assert quotes_of(DISCOVERED) == [("the alarm had been switched off", "discovered", "Staff")]


def test_determine_is_no_cue() -> None:
    assert quotes_of(DETERMINE_WHETHER) == []


def test_the_fees_a_council_charges_report_nothing() -> None:
    assert quotes_of(FEES_THEY_CHARGE) == []


def test_a_charge_reports_its_that_clause() -> None:
    assert quotes_of(CHARGES) == [("the senator misused the fund", "charges", "The rival campaign")]


def test_an_acknowledgment_reports_its_that_clause() -> None:
    assert quotes_of(ACKNOWLEDGMENT) == [("the ward lacked staff", "acknowledgment", "The nurses")]


def test_questioning_a_thing_reports_it() -> None:
    assert quotes_of(QUESTIONED_COST) == [("the cost of the new bridge", "questioned", "Residents")]


def test_questioning_a_person_reports_nothing() -> None:
    assert quotes_of(QUESTIONED_DRIVER) == []


def test_what_a_poll_indicates_is_reported() -> None:
    assert quotes_of(POLL_INDICATES) == [("a narrow lead for the mayor", "indicates", "The latest poll")]


def test_what_lights_indicate_is_no_report() -> None:
    assert quotes_of(LIGHTS_INDICATED) == []


def test_an_as_clause_read_as_a_parataxis_frames_the_sentence_around_it() -> None:
    assert quotes_of(AS_POINTED_OUT) == [
        ("The harbour, as one of the fishermen pointed out, has not been dredged since 2010", "pointed",
         "one of the fishermen")]


def test_an_as_clause_hung_on_the_subject_frames_the_sentence_around_it() -> None:
    assert quotes_of(AS_NOTED) == [("The mill, as the owner noted, was built by hand", "noted", "the owner")]


def test_a_that_clause_hung_on_the_verb_of_making_the_case_is_what_was_said() -> None:
    assert quotes_of(MADE_THE_CASE) == [("the plan would cut wages", "case", "The union")]


def test_a_relative_clause_after_a_payment_is_no_content() -> None:
    assert quotes_of(MADE_A_PAYMENT) == []


def test_a_reported_clause_read_as_an_adverbial_clause_is_what_was_said() -> None:
    assert quotes_of(SAID_AFTER_THE_MATCH) == [("he would not resign", "said", "The coach")]


def test_a_subordinate_clause_of_time_is_no_content() -> None:
    assert quotes_of(TESTIFIED_AFTER) == []


def test_a_clause_of_time_opened_by_when_is_no_content() -> None:
    assert quotes_of(CALLED_IN_WHEN) == []
