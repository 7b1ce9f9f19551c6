"""Quoted words as the object of a verb of a document's wording (quotes31, issue 15: who said what),
from a quote class of news-dev46's README (an agency's quoted words after ``lists``, coded as a
direct quote with no speaker). The output contract's quotes are words someone put forward: a body's
website or form that ``lists`` or a sign that ``reads`` quoted words gives them as its own, so the
quotation and the phrase naming it (``as its top priority``) are the subject's mixed quote; without a
quotation these verbs report nothing. Every sentence here is our own, with its parse written out.
"""

from __future__ import annotations

from quote_rows import parsed_quotes as quotes_of

# On its website, the Bureau lists "public corruption" as its top criminal priority.
LISTS = [
    ('On', True, 'IN', 'ADP', 'prep', 6, 'on', 'O', False),
    ('its', True, 'PRP$', 'PRON', 'poss', 2, 'its', 'O', False),
    ('website', False, 'NN', 'NOUN', 'pobj', 0, 'website', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('Bureau', True, 'NNP', 'PROPN', 'nsubj', 6, 'Bureau', 'B-ORG', False),
    ('lists', True, 'VBZ', 'VERB', 'ROOT', 6, 'list', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 6, '"', 'O', False),
    ('public', True, 'JJ', 'ADJ', 'amod', 9, 'public', 'O', False),
    ('corruption', False, 'NN', 'NOUN', 'dobj', 6, 'corruption', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 9, '"', 'O', False),
    ('as', True, 'IN', 'ADP', 'prep', 6, 'as', 'O', False),
    ('its', True, 'PRP$', 'PRON', 'poss', 15, 'its', 'O', False),
    ('top', True, 'JJ', 'ADJ', 'amod', 15, 'top', 'O', False),
    ('criminal', True, 'JJ', 'ADJ', 'amod', 15, 'criminal', 'O', False),
    ('priority', False, 'NN', 'NOUN', 'pobj', 11, 'priority', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 6, '.', 'O', False),
]

# The station's website lists ten hotels near the harbour.
HOTELS = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('station', False, 'NN', 'NOUN', 'poss', 3, 'station', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 1, "'s", 'O', False),
    ('website', True, 'NN', 'NOUN', 'nsubj', 4, 'website', 'O', False),
    ('lists', True, 'VBZ', 'VERB', 'ROOT', 4, 'list', 'O', False),
    ('ten', True, 'CD', 'NUM', 'nummod', 6, 'ten', 'B-CARDINAL', False),
    ('hotels', True, 'NNS', 'NOUN', 'dobj', 4, 'hotel', 'O', False),
    ('near', True, 'IN', 'ADP', 'prep', 6, 'near', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('harbour', False, 'NN', 'NOUN', 'pobj', 7, 'harbour', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]

# The sign at the gate reads "No entry after dark for any visitor."
SIGN = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('sign', True, 'NN', 'NOUN', 'nsubj', 5, 'sign', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 1, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('gate', True, 'NN', 'NOUN', 'pobj', 2, 'gate', 'O', False),
    ('reads', True, 'VBZ', 'VERB', 'ROOT', 5, 'read', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 5, '"', 'O', False),
    ('No', True, 'DT', 'DET', 'det', 8, 'no', 'O', False),
    ('entry', True, 'NN', 'NOUN', 'dobj', 5, 'entry', 'O', False),
    ('after', True, 'IN', 'ADP', 'prep', 8, 'after', 'O', False),
    ('dark', True, 'NN', 'NOUN', 'pobj', 9, 'dark', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 8, 'for', 'O', False),
    ('any', True, 'DT', 'DET', 'det', 13, 'any', 'O', False),
    ('visitor', False, 'NN', 'NOUN', 'pobj', 11, 'visitor', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 5, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 5, '"', 'O', False),
]


def test_a_body_that_lists_quoted_words_gives_them_as_its_own() -> None:
    assert quotes_of(LISTS) == [("mixed", '"public corruption" as its top criminal priority', "lists", "the Bureau")]


def test_a_list_without_a_quotation_is_no_quote() -> None:
    assert quotes_of(HOTELS) == []


def test_a_sign_that_reads_quoted_words() -> None:
    assert quotes_of(SIGN) == [("direct", "No entry after dark for any visitor", "reads", "The sign at the gate")]


def test_a_title_read_is_no_quote() -> None:
    # "She reads "The Long Grey Road" every winter.": the title of a work, nobody's words
    rows = [
        ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
        ('reads', True, 'VBZ', 'VERB', 'ROOT', 1, 'read', 'O', False),
        ('"', False, '``', 'PUNCT', 'punct', 6, '"', 'O', False),
        ('The', True, 'DT', 'DET', 'det', 6, 'the', 'B-WORK_OF_ART', False),
        ('Long', True, 'NNP', 'PROPN', 'compound', 6, 'Long', 'I-WORK_OF_ART', False),
        ('Grey', True, 'NNP', 'PROPN', 'compound', 6, 'Grey', 'I-WORK_OF_ART', False),
        ('Road', False, 'NNP', 'PROPN', 'dobj', 1, 'Road', 'I-WORK_OF_ART', False),
        ('"', True, "''", 'PUNCT', 'punct', 6, '"', 'O', False),
        ('every', True, 'DT', 'DET', 'det', 9, 'every', 'B-DATE', False),
        ('winter', False, 'NN', 'NOUN', 'npadvmod', 1, 'winter', 'I-DATE', False),
        ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
    ]
    assert [q for q in quotes_of(rows) if q[2] == "reads"] == []
