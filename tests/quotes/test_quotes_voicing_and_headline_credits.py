"""Quotes of branch qtp36 (issue 15, from news-dev55/56's quote classes): a quotation voiced by a
verb of singing, chanting or reciting (``In <Song>, <Singer> sings, "..."``); a fronted statement
closed by a credit the parser hung on the statement's verb of thinking as its complement
(``<Name> thinks ..., former Mayor <Name> said this week``); a title-case headline credit whose
capitalised verb the tagger ran into the speaker's name (``'<Words>,' <Name> Tells <Audience>``);
``according to audio provided by <Station>`` after a credit with words of its own (no speaker).
Sentences written for these tests; their parses written out as the model gave them (or as it gives
such headlines), so a model change cannot break them."""

from __future__ import annotations

from newsevents.components.quotes import _closing_credit_read_as_adverbial
from quote_rows import parsed_quotes, quotes_of

# In Blue Morning, Anna Weller sings, "Keep the light on for me." Nobody listens.
SINGS = [
    ('In', True, 'IN', 'ADP', 'prep', 6, 'in', 'O', 1),
    ('Blue', True, 'NNP', 'PROPN', 'compound', 2, 'Blue', 'B-EVENT', 0),
    ('Morning', False, 'NNP', 'PROPN', 'pobj', 0, 'Morning', 'I-EVENT', 0),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', 0),
    ('Anna', True, 'NNP', 'PROPN', 'compound', 5, 'Anna', 'B-PERSON', 0),
    ('Weller', True, 'NNP', 'PROPN', 'nsubj', 6, 'Weller', 'I-PERSON', 0),
    ('sings', False, 'VBZ', 'VERB', 'ROOT', 6, 'sing', 'O', 0),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', 0),
    ('"', False, '``', 'PUNCT', 'punct', 6, '"', 'O', 0),
    ('Keep', True, 'VB', 'VERB', 'xcomp', 6, 'keep', 'O', 0),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', 0),
    ('light', True, 'NN', 'NOUN', 'dobj', 9, 'light', 'O', 0),
    ('on', True, 'RP', 'ADP', 'prt', 9, 'on', 'O', 0),
    ('for', True, 'IN', 'ADP', 'prep', 9, 'for', 'O', 0),
    ('me', False, 'PRP', 'PRON', 'pobj', 13, 'I', 'O', 0),
    ('.', False, '.', 'PUNCT', 'punct', 6, '.', 'O', 0),
    ('"', True, "''", 'PUNCT', 'punct', 6, '"', 'O', 0),
    ('Nobody', True, 'NN', 'PRON', 'nsubj', 18, 'nobody', 'O', 1),
    ('listens', False, 'VBZ', 'VERB', 'ROOT', 18, 'listen', 'O', 0),
    ('.', False, '.', 'PUNCT', 'punct', 18, '.', 'O', 0),
]

# She sang for an hour.
SANG_FOR_AN_HOUR = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', 1),
    ('sang', True, 'VBD', 'VERB', 'ROOT', 1, 'sing', 'O', 0),
    ('for', True, 'IN', 'ADP', 'prep', 1, 'for', 'O', 0),
    ('an', True, 'DT', 'DET', 'det', 4, 'an', 'B-TIME', 0),
    ('hour', False, 'NN', 'NOUN', 'pobj', 2, 'hour', 'I-TIME', 0),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', 0),
]


def test_a_sung_quotation_is_the_singers_direct_quote() -> None:
    assert parsed_quotes(SINGS) == [("direct", "Keep the light on for me", "sings", "Anna Weller")]


def test_singing_with_no_words_quoted_reports_nothing() -> None:
    assert quotes_of(SANG_FOR_AN_HOUR) == []


# Anna Lund thinks the city council spends too much on roads, former Mayor Tom Reeve said this week
# at an event in Ohio.  ("said" hung on "thinks" as its complement, as the model parsed it)
THINKS_SAID = [
    ('Anna', True, 'NNP', 'PROPN', 'compound', 1, 'Anna', 'B-PERSON', 1),
    ('Lund', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lund', 'I-PERSON', 0),
    ('thinks', True, 'VBZ', 'VERB', 'ROOT', 2, 'think', 'O', 0),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', 0),
    ('city', True, 'NN', 'NOUN', 'compound', 5, 'city', 'O', 0),
    ('council', True, 'NN', 'NOUN', 'nsubj', 6, 'council', 'O', 0),
    ('spends', True, 'VBZ', 'VERB', 'ccomp', 2, 'spend', 'O', 0),
    ('too', True, 'RB', 'ADV', 'advmod', 8, 'too', 'O', 0),
    ('much', True, 'RB', 'ADV', 'advmod', 6, 'much', 'O', 0),
    ('on', True, 'IN', 'ADP', 'prep', 6, 'on', 'O', 0),
    ('roads', False, 'NNS', 'NOUN', 'pobj', 9, 'road', 'O', 0),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', 0),
    ('former', True, 'JJ', 'ADJ', 'amod', 13, 'former', 'O', 0),
    ('Mayor', True, 'NNP', 'PROPN', 'compound', 15, 'Mayor', 'O', 0),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 15, 'Tom', 'B-PERSON', 0),
    ('Reeve', True, 'NNP', 'PROPN', 'nsubj', 16, 'Reeve', 'I-PERSON', 0),
    ('said', True, 'VBD', 'VERB', 'ccomp', 2, 'say', 'O', 0),
    ('this', True, 'DT', 'DET', 'det', 18, 'this', 'B-DATE', 0),
    ('week', True, 'NN', 'NOUN', 'npadvmod', 16, 'week', 'I-DATE', 0),
    ('at', True, 'IN', 'ADP', 'prep', 16, 'at', 'O', 0),
    ('an', True, 'DT', 'DET', 'det', 21, 'an', 'O', 0),
    ('event', True, 'NN', 'NOUN', 'pobj', 19, 'event', 'O', 0),
    ('in', True, 'IN', 'ADP', 'prep', 21, 'in', 'O', 0),
    ('Ohio', False, 'NNP', 'PROPN', 'pobj', 22, 'Ohio', 'B-GPE', 0),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', 0),
]


def test_a_closing_credit_hung_as_a_complement_credits_the_fronted_statement() -> None:
    assert quotes_of(THINKS_SAID) == [
        ("Anna Lund thinks the city council spends too much on roads", "said", "former Mayor Tom Reeve")]


def test_a_complement_clause_without_the_comma_is_no_closing_credit(build_doc) -> None:
    # "Lund thinks fees rise and the agency said so": no comma before the credit's subject
    doc = build_doc(
        "Lund thinks fees rise and the agency said so .",
        heads=[1, 1, 3, 1, 1, 6, 7, 1, 7, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "cc", "det", "nsubj", "ccomp", "advmod", "punct"],
        pos=["PROPN", "VERB", "NOUN", "VERB", "CCONJ", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "VBZ", "NNS", "VBP", "CC", "DT", "NN", "VBD", "RB", "."],
    )
    assert _closing_credit_read_as_adverbial(doc[7], doc[6]) is None
    comma = build_doc(
        "Lund thinks fees rise , the agency said .",
        heads=[1, 1, 3, 1, 7, 6, 7, 1, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "det", "nsubj", "ccomp", "punct"],
        pos=["PROPN", "VERB", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "VBZ", "NNS", "VBP", ",", "DT", "NN", "VBD", "."],
    )
    assert _closing_credit_read_as_adverbial(comma[7], comma[6]) == 4


def _headline(verb: str, tail: list[tuple]) -> list[tuple]:
    # Rents Are 'A Quiet Emergency,' Maria Lund Tells Housing Summit.  (the tagger running the
    # capitalised verb into the name, as it does in title-case headlines)
    return [
        ('Rents', True, 'NNS', 'NOUN', 'nsubj', 1, 'rent', 'O', 1),
        ('Are', True, 'VBP', 'AUX', 'ROOT', 1, 'be', 'O', 0),
        ("'", False, '``', 'PUNCT', 'punct', 1, "'", 'O', 0),
        ('A', True, 'DT', 'DET', 'det', 5, 'a', 'O', 0),
        ('Quiet', True, 'NNP', 'PROPN', 'compound', 5, 'Quiet', 'O', 0),
        ('Emergency', False, 'NNP', 'PROPN', 'attr', 1, 'Emergency', 'O', 0),
        (',', False, ',', 'PUNCT', 'punct', 1, ',', 'O', 0),
        ("'", True, "''", 'PUNCT', 'punct', 1, "'", 'O', 0),
        ('Maria', True, 'NNP', 'PROPN', 'compound', 9, 'Maria', 'B-PERSON', 0),
        ('Lund', True, 'NNP', 'PROPN', 'nsubj', 10, 'Lund', 'I-PERSON', 0),
        (verb, True, 'NNP', 'PROPN', 'appos', 0, verb, 'I-PERSON', 0),
        *tail,
    ]


HEADLINE_TAIL = [
    ('Housing', True, 'NNP', 'PROPN', 'compound', 12, 'Housing', 'O', 0),
    ('Summit', False, 'NNP', 'PROPN', 'dobj', 10, 'Summit', 'O', 0),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', 0),
]

PROSE_TAIL = [
    ('housing', True, 'NN', 'NOUN', 'compound', 12, 'housing', 'O', 0),
    ('summit', False, 'NN', 'NOUN', 'dobj', 10, 'summit', 'O', 0),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', 0),
]


def test_a_title_case_credit_after_a_quotation_is_the_names() -> None:
    assert parsed_quotes(_headline("Tells", HEADLINE_TAIL)) == [
        ("mixed", "Rents Are 'A Quiet Emergency,'", "Tells", "Maria Lund")]


def test_a_capitalised_word_that_is_no_verb_of_saying_credits_nothing() -> None:
    # "... Maria Lund Visits Housing Summit": a verb of no saying; the quotation keeps no speaker
    assert all(speaker is None for *_, speaker in parsed_quotes(_headline("Visits", HEADLINE_TAIL)))


def test_the_credit_is_read_only_in_a_title_case_sentence() -> None:
    # "... Maria Lund Tells housing summit.": lower-case words after it, prose, no headline credit
    assert all(cue != "Tells" for _, _, cue, _ in parsed_quotes(_headline("Tells", PROSE_TAIL)))


# "She thinks the rules are too much," Tom Reeve said Monday in Dayton, according to audio provided by
# Ohio Public Radio.
AUDIO_BEHIND_CREDIT = [
    ('“', False, '``', 'PUNCT', 'punct', 12, '"', 'O', 1),
    ('She', True, 'PRP', 'PRON', 'nsubj', 2, 'she', 'O', 0),
    ('thinks', True, 'VBZ', 'VERB', 'ccomp', 12, 'think', 'O', 0),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', 0),
    ('rules', True, 'NNS', 'NOUN', 'nsubj', 5, 'rule', 'O', 0),
    ('are', True, 'VBP', 'AUX', 'ccomp', 2, 'be', 'O', 0),
    ('too', True, 'RB', 'ADV', 'advmod', 7, 'too', 'O', 0),
    ('much', False, 'JJ', 'ADJ', 'acomp', 5, 'much', 'O', 0),
    (',', False, ',', 'PUNCT', 'punct', 12, ',', 'O', 0),
    ('”', True, "''", 'PUNCT', 'punct', 12, '"', 'O', 0),
    ('Tom', True, 'NNP', 'PROPN', 'compound', 11, 'Tom', 'B-PERSON', 0),
    ('Reeve', True, 'NNP', 'PROPN', 'nsubj', 12, 'Reeve', 'I-PERSON', 0),
    ('said', True, 'VBD', 'VERB', 'ROOT', 12, 'say', 'O', 0),
    ('Monday', True, 'NNP', 'PROPN', 'npadvmod', 12, 'Monday', 'B-DATE', 0),
    ('in', True, 'IN', 'ADP', 'prep', 12, 'in', 'O', 0),
    ('Dayton', False, 'NNP', 'PROPN', 'pobj', 14, 'Dayton', 'B-ORG', 0),
    (',', True, ',', 'PUNCT', 'punct', 12, ',', 'O', 0),
    ('according', True, 'VBG', 'VERB', 'prep', 12, 'accord', 'O', 0),
    ('to', True, 'IN', 'ADP', 'prep', 17, 'to', 'O', 0),
    ('audio', True, 'NN', 'NOUN', 'pobj', 18, 'audio', 'O', 0),
    ('provided', True, 'VBN', 'VERB', 'acl', 19, 'provide', 'O', 0),
    ('by', True, 'IN', 'ADP', 'agent', 20, 'by', 'O', 0),
    ('Ohio', True, 'NNP', 'PROPN', 'compound', 24, 'Ohio', 'B-ORG', 0),
    ('Public', True, 'NNP', 'PROPN', 'compound', 24, 'Public', 'I-ORG', 0),
    ('Radio', False, 'NNP', 'PROPN', 'pobj', 21, 'Radio', 'I-ORG', 0),
    ('.', False, '.', 'PUNCT', 'punct', 12, '.', 'O', 0),
]

# The mayor shouted at staff, according to footage seen by the BBC.
FOOTAGE_HOLDS_CLAIM = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', 1),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 2, 'mayor', 'O', 0),
    ('shouted', True, 'VBD', 'VERB', 'ROOT', 2, 'shout', 'O', 0),
    ('at', True, 'IN', 'ADP', 'prep', 2, 'at', 'O', 0),
    ('staff', False, 'NN', 'NOUN', 'pobj', 3, 'staff', 'O', 0),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', 0),
    ('according', True, 'VBG', 'VERB', 'prep', 2, 'accord', 'O', 0),
    ('to', True, 'IN', 'ADP', 'prep', 6, 'to', 'O', 0),
    ('footage', True, 'NN', 'NOUN', 'pobj', 7, 'footage', 'O', 0),
    ('seen', True, 'VBN', 'VERB', 'acl', 8, 'see', 'O', 0),
    ('by', True, 'IN', 'ADP', 'agent', 9, 'by', 'O', 0),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', 0),
    ('BBC', False, 'NNP', 'PROPN', 'pobj', 10, 'BBC', 'B-ORG', 0),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', 0),
]


def test_a_recording_behind_a_credit_is_no_speaker() -> None:
    assert quotes_of(AUDIO_BEHIND_CREDIT) == [("She thinks the rules are too much", "said", "Tom Reeve")]


def test_a_recording_is_the_holder_when_the_verb_credits_no_words() -> None:
    assert quotes_of(FOOTAGE_HOLDS_CLAIM) == [("The mayor shouted at staff", "according to", "footage")]
