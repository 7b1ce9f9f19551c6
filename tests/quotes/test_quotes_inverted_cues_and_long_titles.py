"""Reported statements with inverted cues, speakers with long titles, and quotation edges (issue
15, who said what; the classes were read from news-dev39's and news-dev40's READMEs). Every
sentence here is our own; where the rule reads the parse, the parse is written out (words, tags,
parts of speech, dependencies, heads, lemmas, entities) as the small English model gave it:

- ``<Statement>, continued <Firm>[, which added, "..."]``: an inverted ``continued`` after a clause
  of its own attributes that clause, whether the parser hung the verb on the name as an adjective
  or joined it to the clause as a second verb; the speaker phrase of the relative clause after it
  is the name alone (never the clause and ``continued``);
- ``<Statement holding "quoted" words>, added <Name>``: a word quoted inside the statement that
  the parser made the cue's subject is no quotation the cue follows, nor is a common noun before
  the comma the parser made the subject; the name after the cue speaks;
- ``<Statement>, <Role> <Name> said, expressing his belief that ...``: a participle clause after
  the cue does not stop the clause before the cue from being what was said;
- a speaker with a long title before the name (``<Office> deputy director for <field> <Name> said``,
  ``General Secretary of the <Party> of <Country> <Name> said``) is the named person, not a person
  made of the title; the lawyer of a named minister is still no minister;
- a reported clause taken from the paragraph's start leaves out the wire dateline before it;
- a quotation closed by ``!,"`` keeps its ``!``;
- a last sentence glued to an agency's credit (``..., he said.-ABC``) is still read.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.docquery import doc_text
from newsevents.record import Entity, Span
from quote_rows import quote_stage as _stage
from quote_rows import rows_doc as _doc


def _entity(doc: Doc, eid: str, kind: str, *names: str) -> Entity:
    text = doc_text(doc)
    mentions = [Span.of(text, text.index(n), text.index(n) + len(n)) for n in names]
    return Entity(id=eid, name=names[0], type=kind, mentions=mentions)


def _quotes(doc: Doc) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, cue, speaker text, speaker entity) of each quote of the parsed text."""
    text = doc_text(doc)
    return [(text[q.content.start:q.content.end], text[q.cue.start:q.cue.end] if q.cue else None,
             q.speaker.text if q.speaker else None, q.speaker.entity if q.speaker else None)
            for q in _stage().extract(doc)]


# --- an inverted "continued" after a clause of its own -----------------------------------------

# Demand was strongest in northern Europe, continued Brightwave Analytics.
CONTINUED_FIRM = [
    ('Demand', True, 'NN', 'NOUN', 'nsubj', 1, 'demand', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 7, 'be', 'O', False),
    ('strongest', True, 'JJS', 'ADJ', 'acomp', 1, 'strong', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 1, 'in', 'O', False),
    ('northern', True, 'JJ', 'ADJ', 'amod', 5, 'northern', 'O', False),
    ('Europe', False, 'NNP', 'PROPN', 'pobj', 3, 'Europe', 'B-LOC', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('continued', True, 'VBD', 'VERB', 'amod', 9, 'continue', 'O', False),
    ('Brightwave', True, 'NNP', 'PROPN', 'compound', 9, 'Brightwave', 'B-ORG', False),
    ('Analytics', False, 'NNP', 'PROPN', 'ROOT', 9, 'Analytics', 'I-ORG', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
]

# Sales of the new model fell by a third, continued Zentro Partners, which added, "The summer will be better."
CONTINUED_WHICH_ADDED = [
    ('Sales', True, 'NNS', 'NOUN', 'nsubj', 5, 'sale', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 0, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 4, 'new', 'O', False),
    ('model', True, 'NN', 'NOUN', 'pobj', 1, 'model', 'O', False),
    ('fell', True, 'VBD', 'VERB', 'ROOT', 5, 'fall', 'O', False),
    ('by', True, 'IN', 'ADP', 'prep', 5, 'by', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 8, 'a', 'O', False),
    ('third', False, 'JJ', 'ADJ', 'pobj', 6, 'third', 'B-ORDINAL', False),
    (',', True, ',', 'PUNCT', 'punct', 10, ',', 'O', False),
    ('continued', True, 'VBD', 'VERB', 'amod', 12, 'continue', 'O', False),
    ('Zentro', True, 'NNP', 'PROPN', 'compound', 12, 'Zentro', 'B-ORG', False),
    ('Partners', False, 'NNPS', 'PROPN', 'dep', 5, 'Partners', 'I-ORG', False),
    (',', True, ',', 'PUNCT', 'punct', 12, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'nsubj', 15, 'which', 'O', False),
    ('added', False, 'VBD', 'VERB', 'relcl', 12, 'add', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 15, ',', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 15, '"', 'O', False),
    ('The', True, 'DT', 'DET', 'det', 19, 'the', 'B-DATE', False),
    ('summer', True, 'NN', 'NOUN', 'nsubj', 21, 'summer', 'I-DATE', False),
    ('will', True, 'MD', 'AUX', 'aux', 21, 'will', 'O', False),
    ('be', True, 'VB', 'AUX', 'ccomp', 15, 'be', 'O', False),
    ('better', False, 'JJR', 'ADJ', 'acomp', 21, 'well', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 5, '.', 'O', False),
    ('"', False, "''", 'PUNCT', 'punct', 5, '"', 'O', False),
]

# Prices of panels fell sharply in the first quarter, continued the report, which added that margins would recover.
CONTINUED_THE_REPORT = [
    ('Prices', True, 'NNS', 'NOUN', 'nsubj', 3, 'price', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 0, 'of', 'O', False),
    ('panels', True, 'NNS', 'NOUN', 'pobj', 1, 'panel', 'O', False),
    ('fell', True, 'VBD', 'VERB', 'ROOT', 3, 'fall', 'O', False),
    ('sharply', True, 'RB', 'ADV', 'advmod', 3, 'sharply', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 3, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'B-DATE', False),
    ('first', True, 'JJ', 'ADJ', 'amod', 8, 'first', 'I-DATE', False),
    ('quarter', False, 'NN', 'NOUN', 'pobj', 5, 'quarter', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 3, ',', 'O', False),
    ('continued', True, 'VBD', 'VERB', 'conj', 3, 'continue', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('report', False, 'NN', 'NOUN', 'dobj', 10, 'report', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 12, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'nsubj', 15, 'which', 'O', False),
    ('added', True, 'VBD', 'VERB', 'relcl', 12, 'add', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 19, 'that', 'O', False),
    ('margins', True, 'NNS', 'NOUN', 'nsubj', 19, 'margin', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 19, 'would', 'O', False),
    ('recover', False, 'VB', 'VERB', 'ccomp', 15, 'recover', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]

# She paused, continued the speech.
CONTINUED_THE_SPEECH = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
    ('paused', False, 'VBD', 'VERB', 'ROOT', 1, 'pause', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('continued', True, 'VBD', 'VERB', 'conj', 1, 'continue', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('speech', False, 'NN', 'NOUN', 'dobj', 3, 'speech', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_an_inverted_continued_after_a_clause_attributes_that_clause() -> None:
    assert _quotes(_doc(CONTINUED_FIRM)) == [
        ("Demand was strongest in northern Europe", "continued", "Brightwave Analytics", None)]


def test_the_relative_clause_after_it_speaks_with_the_name_alone() -> None:
    assert [q[:3] for q in _quotes(_doc(CONTINUED_WHICH_ADDED))] == [
        ("Sales of the new model fell by a third", "continued", "Zentro Partners"),
        ("The summer will be better", "added", "Zentro Partners"),
    ]


def test_an_inverted_continued_joined_as_a_second_verb_takes_the_report_after_it() -> None:
    assert [q[:3] for q in _quotes(_doc(CONTINUED_THE_REPORT))] == [
        ("Prices of panels fell sharply in the first quarter", "continued", "the report"),
        ("margins would recover", "added", "the report"),
    ]


def test_continued_with_a_thing_after_it_reports_nothing() -> None:
    assert _quotes(_doc(CONTINUED_THE_SPEECH)) == []


# --- words quoted inside the statement before an inverted cue ----------------------------------

# Our "secret" is to give every boy a "home" at the club, added Fathy.
QUOTED_WORDS_ADDED = [
    ('Our', True, 'PRP$', 'PRON', 'poss', 2, 'our', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 2, '"', 'O', False),
    ('secret', False, 'NN', 'NOUN', 'nsubj', 4, 'secret', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 2, '"', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 4, 'be', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 6, 'to', 'O', False),
    ('give', True, 'VB', 'VERB', 'xcomp', 4, 'give', 'O', False),
    ('every', True, 'DT', 'DET', 'det', 8, 'every', 'O', False),
    ('boy', True, 'NN', 'NOUN', 'dative', 6, 'boy', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 11, 'a', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 11, '"', 'O', False),
    ('home', False, 'NN', 'NOUN', 'nsubj', 17, 'home', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 11, '"', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 11, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('club', False, 'NN', 'NOUN', 'pobj', 13, 'club', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('added', True, 'VBD', 'VERB', 'conj', 4, 'add', 'O', False),
    ('Fathy', False, 'NNP', 'PROPN', 'dobj', 17, 'Fathy', 'B-PERSON', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]


def test_a_word_quoted_inside_the_statement_is_no_quotation_the_cue_follows() -> None:
    assert _quotes(_doc(QUOTED_WORDS_ADDED)) == [
        ('Our "secret" is to give every boy a "home" at the club', "added", "Fathy", None)]


# The club's "philosophy" is to give every boy a "chance" whatever his background, added Fathy.
NOUN_BEFORE_COMMA_ADDED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('club', False, 'NN', 'NOUN', 'poss', 4, 'club', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 1, "'s", 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 4, '"', 'O', False),
    ('philosophy', False, 'NN', 'NOUN', 'nsubj', 6, 'philosophy', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 4, '"', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ROOT', 6, 'be', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 8, 'to', 'O', False),
    ('give', True, 'VB', 'VERB', 'xcomp', 6, 'give', 'O', False),
    ('every', True, 'DT', 'DET', 'det', 10, 'every', 'O', False),
    ('boy', True, 'NN', 'NOUN', 'dative', 8, 'boy', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 13, 'a', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 13, '"', 'O', False),
    ('chance', False, 'NN', 'NOUN', 'dobj', 8, 'chance', 'O', False),
    ('"', True, "''", 'PUNCT', 'punct', 13, '"', 'O', False),
    ('whatever', True, 'WDT', 'PRON', 'dobj', 19, 'whatever', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 17, 'his', 'O', False),
    ('background', False, 'NN', 'NOUN', 'nsubj', 19, 'background', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 17, ',', 'O', False),
    ('added', True, 'VBD', 'VERB', 'relcl', 13, 'add', 'O', False),
    ('Fathy', False, 'NNP', 'PROPN', 'dobj', 19, 'Fathy', 'B-PERSON', False),
    ('.', False, '.', 'PUNCT', 'punct', 6, '.', 'O', False),
]


def test_a_noun_before_the_comma_read_as_the_subject_gives_way_to_the_name_after_the_cue() -> None:
    assert _quotes(_doc(NOUN_BEFORE_COMMA_ADDED)) == [
        ('The club\'s "philosophy" is to give every boy a "chance" whatever his background', "added", "Fathy", None)]


# --- a participle clause after an inverted cue -------------------------------------------------

# Defence cooperation has become an important pillar of the comprehensive partnership, Minister Binh said,
# expressing his belief that the relations will develop further.
SAID_EXPRESSING = [
    ('Defence', True, 'NN', 'NOUN', 'compound', 1, 'defence', 'O', False),
    ('cooperation', True, 'NN', 'NOUN', 'nsubj', 3, 'cooperation', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 3, 'have', 'O', False),
    ('become', True, 'VBN', 'VERB', 'ROOT', 3, 'become', 'O', False),
    ('an', True, 'DT', 'DET', 'det', 6, 'an', 'O', False),
    ('important', True, 'JJ', 'ADJ', 'amod', 6, 'important', 'O', False),
    ('pillar', True, 'NN', 'NOUN', 'attr', 3, 'pillar', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 6, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('comprehensive', True, 'JJ', 'ADJ', 'amod', 10, 'comprehensive', 'O', False),
    ('partnership', False, 'NN', 'NOUN', 'pobj', 7, 'partnership', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 14, ',', 'O', False),
    ('Minister', True, 'NNP', 'PROPN', 'compound', 13, 'Minister', 'O', False),
    ('Binh', True, 'NNP', 'PROPN', 'nsubj', 14, 'Binh', 'B-PERSON', False),
    ('said', False, 'VBD', 'VERB', 'parataxis', 3, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 14, ',', 'O', False),
    ('expressing', True, 'VBG', 'VERB', 'advcl', 14, 'express', 'O', False),
    ('his', True, 'PRP$', 'PRON', 'poss', 18, 'his', 'O', False),
    ('belief', True, 'NN', 'NOUN', 'dobj', 16, 'belief', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 23, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 21, 'the', 'O', False),
    ('relations', True, 'NNS', 'NOUN', 'nsubj', 23, 'relation', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 23, 'will', 'O', False),
    ('develop', True, 'VB', 'VERB', 'acl', 18, 'develop', 'O', False),
    ('further', False, 'RB', 'ADV', 'advmod', 23, 'far', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 14, '.', 'O', False),
]


def test_a_participle_clause_after_the_cue_leaves_the_clause_before_it_said() -> None:
    assert _quotes(_doc(SAID_EXPRESSING)) == [
        ("Defence cooperation has become an important pillar of the comprehensive partnership", "said",
         "Minister Binh", None)]


# --- a long title before the speaker's name ----------------------------------------------------

# Regional Health Office deputy director for clinical services Maria Luz C. Santos III, said the clinics would open.
TITLE_FOR_FIELD_NAME = [
    ('Regional', True, 'NNP', 'PROPN', 'compound', 2, 'Regional', 'B-ORG', False),
    ('Health', True, 'NNP', 'PROPN', 'compound', 2, 'Health', 'I-ORG', False),
    ('Office', True, 'NNP', 'PROPN', 'compound', 4, 'Office', 'I-ORG', False),
    ('deputy', True, 'NN', 'NOUN', 'compound', 4, 'deputy', 'O', False),
    ('director', True, 'NN', 'NOUN', 'nsubj', 14, 'director', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 4, 'for', 'O', False),
    ('clinical', True, 'JJ', 'ADJ', 'amod', 7, 'clinical', 'O', False),
    ('services', True, 'NNS', 'NOUN', 'compound', 12, 'service', 'O', False),
    ('Maria', True, 'NNP', 'PROPN', 'compound', 12, 'Maria', 'B-PERSON', False),
    ('Luz', True, 'NNP', 'PROPN', 'compound', 12, 'Luz', 'I-PERSON', False),
    ('C.', True, 'NNP', 'PROPN', 'compound', 12, 'C.', 'I-PERSON', False),
    ('Santos', True, 'NNP', 'PROPN', 'compound', 12, 'Santos', 'I-PERSON', False),
    ('III', False, 'NNP', 'PROPN', 'pobj', 5, 'III', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 4, ',', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 14, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 16, 'the', 'O', False),
    ('clinics', True, 'NNS', 'NOUN', 'nsubj', 18, 'clinic', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 18, 'would', 'O', False),
    ('open', False, 'VB', 'VERB', 'ccomp', 14, 'open', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 14, '.', 'O', False),
]

# OSLO (NTB) -- Both sides should deepen cooperation, said General Secretary of the Labour Party of Norway Erik Haldorsen.
DATELINE_TITLE_OF_PARTY = [
    ('OSLO', True, 'NNP', 'PROPN', 'nsubj', 8, 'OSLO', 'B-ORG', False),
    ('(', False, '-LRB-', 'PUNCT', 'punct', 0, '(', 'O', False),
    ('NTB', False, 'NNP', 'PROPN', 'appos', 0, 'NTB', 'O', False),
    (')', True, '-RRB-', 'PUNCT', 'punct', 0, ')', 'O', False),
    ('--', True, ':', 'PUNCT', 'punct', 0, '--', 'O', False),
    ('Both', True, 'DT', 'DET', 'det', 6, 'both', 'O', False),
    ('sides', True, 'NNS', 'NOUN', 'nsubj', 8, 'side', 'O', False),
    ('should', True, 'MD', 'AUX', 'aux', 8, 'should', 'O', False),
    ('deepen', True, 'VB', 'VERB', 'ccomp', 11, 'deepen', 'O', False),
    ('cooperation', False, 'NN', 'NOUN', 'dobj', 8, 'cooperation', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 11, ',', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 11, 'say', 'O', False),
    ('General', True, 'NNP', 'PROPN', 'compound', 13, 'General', 'O', False),
    ('Secretary', True, 'NNP', 'PROPN', 'nsubj', 11, 'Secretary', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 13, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 17, 'the', 'B-ORG', False),
    ('Labour', True, 'NNP', 'PROPN', 'compound', 17, 'Labour', 'I-ORG', False),
    ('Party', True, 'NNP', 'PROPN', 'pobj', 14, 'Party', 'I-ORG', False),
    ('of', True, 'IN', 'ADP', 'prep', 17, 'of', 'I-ORG', False),
    ('Norway', True, 'NNP', 'PROPN', 'compound', 21, 'Norway', 'B-GPE', False),
    ('Erik', True, 'NNP', 'PROPN', 'compound', 21, 'Erik', 'B-PERSON', False),
    ('Haldorsen', False, 'NNP', 'PROPN', 'pobj', 18, 'Haldorsen', 'I-PERSON', False),
    ('.', False, '.', 'PUNCT', 'punct', 11, '.', 'O', False),
]

# Lawyer for senior minister Ann Lee, said the clinics would open.
LAWYER_FOR_MINISTER = [
    ('Lawyer', True, 'NNP', 'PROPN', 'nsubj', 7, 'Lawyer', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 0, 'for', 'O', False),
    ('senior', True, 'JJ', 'ADJ', 'amod', 3, 'senior', 'O', False),
    ('minister', True, 'NN', 'NOUN', 'compound', 5, 'minister', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 5, 'Ann', 'B-PERSON', False),
    ('Lee', False, 'NNP', 'PROPN', 'pobj', 1, 'Lee', 'I-PERSON', False),
    (',', True, ',', 'PUNCT', 'punct', 0, ',', 'O', False),
    ('said', True, 'VBD', 'VERB', 'ROOT', 7, 'say', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('clinics', True, 'NNS', 'NOUN', 'nsubj', 11, 'clinic', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 11, 'would', 'O', False),
    ('open', False, 'VB', 'VERB', 'ccomp', 7, 'open', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 7, '.', 'O', False),
]


def test_a_name_run_into_the_field_of_a_long_title_speaks() -> None:
    doc = _doc(TITLE_FOR_FIELD_NAME)
    doc._.entities = [_entity(doc, "e1", "ORG", "Regional Health Office"),
                      _entity(doc, "e2", "PERSON", "Regional Health Office deputy director"),
                      _entity(doc, "e3", "PERSON", "Maria Luz C. Santos III")]
    ((content, cue, _, entity),) = _quotes(doc)
    assert (content, cue, entity) == ("the clinics would open", "said", "e3")


def test_a_name_run_into_the_body_of_a_title_speaks_and_the_dateline_is_no_word_said() -> None:
    doc = _doc(DATELINE_TITLE_OF_PARTY)
    doc._.entities = [_entity(doc, "e1", "PERSON", "General Secretary"),
                      _entity(doc, "e2", "ORG", "Labour Party"),
                      _entity(doc, "e3", "PERSON", "Erik Haldorsen")]
    ((content, cue, _, entity),) = _quotes(doc)
    assert (content, cue, entity) == ("Both sides should deepen cooperation", "said", "e3")


def test_a_name_after_a_role_of_its_own_in_the_title_does_not_speak() -> None:
    # the minister's lawyer speaks, not the minister
    doc = _doc(LAWYER_FOR_MINISTER)
    doc._.entities = [_entity(doc, "e1", "PERSON", "Lawyer"), _entity(doc, "e2", "PERSON", "Ann Lee")]
    ((_, _, _, entity),) = _quotes(doc)
    assert entity == "e1"


def test_a_capitalised_word_and_a_dash_without_date_or_agency_is_no_dateline(pipeline) -> None:
    record = pipeline.extract("NATO - the alliance of thirty states - is ready, the minister said.")
    assert [q.content.text for q in record.quotes] == ["NATO - the alliance of thirty states - is ready"]


# --- quotation edges and glued credits (the pipeline, its tokenizer included) -------------------

def test_an_exclamation_mark_before_a_comma_inside_the_closing_mark_is_kept(pipeline) -> None:
    record = pipeline.extract('The crowd rose at the whistle.\n\n"Champions! Champions!," shouted Omar Fathy.')
    assert [q.content.text for q in record.quotes] == ["Champions! Champions!"]
    record = pipeline.extract('"Is that all?," asked Omar Fathy at the gate.')
    assert [q.content.text for q in record.quotes] == ["Is that all?"]


def test_a_last_sentence_glued_to_the_agency_credit_is_still_read(pipeline) -> None:
    record = pipeline.extract("Defence Minister Arne Lund met his Chilean counterpart in Oslo on Tuesday.\n\n"
                              "Both sides should expand cooperation in training, he said.-NTB")
    ((quote,),) = [[q for q in record.quotes if q.cue is not None and q.cue.text == "said"]]
    lund = next(e.id for e in record.entities if e.name == "Arne Lund")
    assert (quote.content.text, quote.speaker.entity) == ("Both sides should expand cooperation in training", lund)
