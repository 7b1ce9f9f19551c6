"""Two structural facts of quotation layout (docs/notes/quote-speakers.md, "Session 42"; sentences of
our own, hand-built parses):

- a whole quoted sentence after the attribution sentence of a partial quotation (``... by "his boots,
  his hat," Ann Lee said. "We had it all on file."``) is a direct quote of its own, said by the same
  speaker: the writer's sentence ended with the attribution, so the next quotation is no tail of it
  (an interrupted sentence, ``..., she said, "and ..."``, still goes on as one quote);
- a participle of saying set off by the comma that American punctuation puts inside the closing mark
  of a quoted title (``... the old song "Far Away," explaining, "..."``) goes on with the attribution
  around the clause it follows, as one set off by a bare comma does.
"""

from __future__ import annotations

from quote_rows import parsed_quotes

# Nurses knew the man by "his boots, his hat," Ann Lee said. "We had it all on file."
PARTIAL_THEN_SENTENCE = [
    ('Nurses', True, 'NNS', 'NOUN', 'nsubj', 1, 'nurse', 'O', True),
    ('knew', True, 'VBD', 'VERB', 'ccomp', 15, 'know', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'O', False),
    ('man', True, 'NN', 'NOUN', 'dobj', 1, 'man', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 1, 'by', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 4, '"', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 7, 'his', 'O', False),
    ('boots', False, 'NNS', 'NOUN', 'pobj', 4, 'boot', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 10, 'his', 'O', False),
    ('hat', False, 'NN', 'NOUN', 'conj', 7, 'hat', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 15, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 15, '"', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 14, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 15, 'Lee', 'I-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'ROOT', 15, 'say', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 15, '.', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 19, '"', 'O', True),
    ('We', True, 'PRP', 'PRON', 'nsubj', 19, 'we', 'O', False),
    ('had', True, 'VBD', 'VERB', 'ROOT', 19, 'have', 'O', False),
    ('it', True, 'PRP', 'PRON', 'dobj', 19, 'it', 'O', False),
    ('all', True, 'DT', 'PRON', 'appos', 20, 'all', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 19, 'on', 'O', False),
    ('file', False, 'NN', 'NOUN', 'pobj', 22, 'file', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 19, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 19, '"', 'O', False),
]


def test_a_whole_quoted_sentence_after_a_partial_quotations_credit_is_a_direct_quote() -> None:
    assert parsed_quotes(PARTIAL_THEN_SENTENCE) == [
        ("mixed", 'Nurses knew the man by "his boots, his hat,"', "said", "Ann Lee"),
        ("direct", "We had it all on file", None, "Ann Lee"),
    ]


# Tom Reed said the trip reminds him of the old song "Far Away," explaining, "because we never got there."
COMMA_INSIDE_MARK = [
    ('Tom', True, 'NNP', 'PROPN', 'compound', 1, 'Tom', 'B-PERSON', True),
    ('Reed', True, 'NNP', 'PROPN', 'nsubj', 2, 'Reed', 'I-PERSON', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 2, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('trip', True, 'NN', 'NOUN', 'nsubj', 5, 'trip', 'O', False),
    ('reminds', True, 'VBZ', 'VERB', 'ccomp', 2, 'remind', 'O', False),
    ('him', True, 'PRP', 'PRON', 'dobj', 5, 'he', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 5, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('old', True, 'JJ', 'ADJ', 'amod', 10, 'old', 'O', False),
    ('song', True, 'NN', 'NOUN', 'pobj', 7, 'song', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 10, '"', 'O', False),
    ('Far', True, 'NNP', 'PROPN', 'compound', 13, 'Far', 'B-WORK_OF_ART', False),
    ('Away', False, 'RB', 'ADV', 'appos', 10, 'away', 'I-WORK_OF_ART', False),
    (',', False, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 5, '"', 'O', False),
    ('explaining', False, 'VBG', 'VERB', 'advcl', 5, 'explain', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 16, '"', 'O', False),
    ('because', True, 'IN', 'SCONJ', 'mark', 22, 'because', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 22, 'we', 'O', False),
    ('never', True, 'RB', 'ADV', 'neg', 22, 'never', 'O', False),
    ('got', True, 'VBD', 'VERB', 'advcl', 5, 'get', 'O', False),
    ('there', False, 'RB', 'ADV', 'advmod', 22, 'there', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
]


def test_a_participle_after_a_comma_inside_a_closing_mark_goes_on_with_the_attribution() -> None:
    explaining = [q for q in parsed_quotes(COMMA_INSIDE_MARK) if q[2] == "explaining"]
    assert explaining and all(speaker == "Tom Reed" for *_, speaker in explaining)
