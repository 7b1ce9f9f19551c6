"""qtp37 (quote classes of news-dev57, news-dev58 and news-dev60, issue 15), on sentences of our own with
their parse written out (the model's parse of each, as it reads them):

- a quotation closed by a comma and credited by a verb of a document's wording with a document subject
  (``"...," the editorial read.``) is that document's, whatever the tagger made of the words (it reads
  ``the editorial read`` as an adjective and a noun);
- ``it`` as the subject of such a verb stands for the thing that said something in the sentence before
  (``The editorial noted ... "...," it read.``): a person or a body does not "read" words;
- a noun of saying with a named owner and its ``that`` clause, object of a verb of saying (``The
  editorial noted Ann Lee's comment that ...``): the owner said the clause, the subject only reports it;
- the same noun with an ``of`` owner, object of another verb, its clause hung by the parser on the verb
  (``buttress the contention of <Name> that ...``);
- ``made the case to <N> <group> that ...``: the clause the parser hung on the addressee as a relative
  clause (opened by the complementiser ``that``, with its own subject) is the case made;
- ``admitted the rift between the two of them most likely does not ...``: a noun phrase with a
  post-modifier the parser made the verb's object, before a reported clause with no subject, is that
  clause's subject (the content starts with it, not at the adverb);
- ``<Name>'s spokesman`` speaking after ``<Name> spokesman <Full Name>`` was named: the spokesman named
  before speaks, not the possessor (the pipeline, on sentences of our own);
- ``<clause>, <Full Name>, <apposition>, wrote in a memo to ...``: the parser hung the name on the clause's
  last noun and left the cue with no subject; the person named after the clause's comma speaks;
- a paragraph of quotation with no cue after a paragraph opened by ``<Name> also spoke about ...`` (a
  verb of speaking about a topic, a person its subject) is that person's.
"""

from __future__ import annotations

from quote_rows import parsed_quotes

# “If he wants to lead the town, the mayor should act like one,” the editorial read.
EDITORIAL_READ = [
    ('“', False, '``', 'PUNCT', 'punct', 19, '"', 'O', False),
    ('If', True, 'IN', 'SCONJ', 'mark', 3, 'if', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 3, 'he', 'O', False),
    ('wants', True, 'VBZ', 'VERB', 'advcl', 12, 'want', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 5, 'to', 'O', False),
    ('lead', True, 'VB', 'VERB', 'xcomp', 3, 'lead', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('town', False, 'NN', 'NOUN', 'dobj', 5, 'town', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 12, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('mayor', True, 'NN', 'NOUN', 'nsubj', 12, 'mayor', 'O', False),
    ('should', True, 'MD', 'AUX', 'aux', 12, 'should', 'O', False),
    ('act', True, 'VB', 'VERB', 'ccomp', 19, 'act', 'O', False),
    ('like', True, 'IN', 'ADP', 'prep', 12, 'like', 'O', False),
    ('one', False, 'CD', 'NUM', 'pobj', 13, 'one', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 19, ',', 'O', False),
    ('”', True, "''", 'PUNCT', 'punct', 19, '"', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 19, 'the', 'O', False),
    ('editorial', True, 'JJ', 'ADJ', 'amod', 19, 'editorial', 'O', False),
    ('read', False, 'NN', 'NOUN', 'ROOT', 19, 'read', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 19, '.', 'O', False),
]

# The editorial noted the river's height. “The river is rising,” it read.
IT_READ = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('editorial', True, 'NN', 'NOUN', 'nsubj', 2, 'editorial', 'O', False),
    ('noted', True, 'VBD', 'VERB', 'ROOT', 2, 'note', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('river', False, 'NN', 'NOUN', 'poss', 6, 'river', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 4, "'s", 'O', False),
    ('height', False, 'NN', 'NOUN', 'dobj', 2, 'height', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('“', False, '``', 'PUNCT', 'punct', 16, '"', 'O', True),
    ('The', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('river', True, 'NN', 'NOUN', 'nsubj', 12, 'river', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'aux', 12, 'be', 'O', False),
    ('rising', False, 'VBG', 'VERB', 'ccomp', 16, 'rise', 'O', False),
    (',', False, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('”', True, "''", 'PUNCT', 'punct', 16, '"', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 16, 'it', 'O', False),
    ('read', False, 'VBD', 'VERB', 'ROOT', 16, 'read', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 16, '.', 'O', False),
]

# The editorial noted Smith's comment that she wanted to visit when she would not interfere.
NOTED_COMMENT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('editorial', True, 'NN', 'NOUN', 'nsubj', 2, 'editorial', 'O', False),
    ('noted', True, 'VBD', 'VERB', 'ROOT', 2, 'note', 'O', False),
    ('Smith', False, 'NNP', 'PROPN', 'poss', 5, 'Smith', 'B-ORG', False),
    ("'s", True, 'POS', 'PART', 'case', 3, "'s", 'O', False),
    ('comment', True, 'NN', 'NOUN', 'dobj', 2, 'comment', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 8, 'that', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 8, 'she', 'O', False),
    ('wanted', True, 'VBD', 'VERB', 'acl', 5, 'want', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 10, 'to', 'O', False),
    ('visit', True, 'VB', 'VERB', 'xcomp', 8, 'visit', 'O', False),
    ('when', True, 'WRB', 'SCONJ', 'advmod', 15, 'when', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 15, 'she', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 15, 'would', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 15, 'not', 'O', False),
    ('interfere', False, 'VB', 'VERB', 'advcl', 10, 'interfere', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# His remarks buttress the contention of Deputy Director Ann Lee that the files were never secret.
CONTENTION_OF = [
    ('His', True, 'PRP$', 'PRON', 'poss', 1, 'his', 'O', False),
    ('remarks', True, 'NNS', 'NOUN', 'nsubj', 2, 'remark', 'O', False),
    ('buttress', True, 'VBP', 'VERB', 'ROOT', 2, 'buttress', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('contention', True, 'NN', 'NOUN', 'dobj', 2, 'contention', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 4, 'of', 'O', False),
    ('Deputy', True, 'NNP', 'PROPN', 'compound', 7, 'Deputy', 'O', False),
    ('Director', True, 'NNP', 'PROPN', 'compound', 9, 'Director', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 9, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'pobj', 5, 'Lee', 'I-PERSON', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 13, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('files', True, 'NNS', 'NOUN', 'nsubj', 13, 'file', 'O', False),
    ('were', True, 'VBD', 'AUX', 'advcl', 2, 'be', 'O', False),
    ('never', True, 'RB', 'ADV', 'neg', 13, 'never', 'O', False),
    ('secret', False, 'JJ', 'ADJ', 'acomp', 13, 'secret', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# On Monday, Lee privately made the case to 23 union leaders that he did not sell them out.
CASE_TO = [
    ('On', True, 'IN', 'ADP', 'prep', 5, 'on', 'O', False),
    ('Monday', False, 'NNP', 'PROPN', 'pobj', 0, 'Monday', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 5, 'Lee', 'B-PERSON', False),
    ('privately', True, 'RB', 'ADV', 'advmod', 5, 'privately', 'O', False),
    ('made', True, 'VBD', 'VERB', 'ROOT', 5, 'make', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('case', True, 'NN', 'NOUN', 'dobj', 5, 'case', 'O', False),
    ('to', True, 'IN', 'ADP', 'prep', 5, 'to', 'O', False),
    ('23', True, 'CD', 'NUM', 'nummod', 11, '23', 'B-CARDINAL', False),
    ('union', True, 'NN', 'NOUN', 'compound', 11, 'union', 'O', False),
    ('leaders', True, 'NNS', 'NOUN', 'pobj', 8, 'leader', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 16, 'that', 'O', False),
    ('he', True, 'PRP', 'PRON', 'nsubj', 16, 'he', 'O', False),
    ('did', True, 'VBD', 'AUX', 'aux', 16, 'do', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 16, 'not', 'O', False),
    ('sell', True, 'VB', 'VERB', 'relcl', 11, 'sell', 'O', False),  # the parser's misreading of such clauses
    ('them', True, 'PRP', 'PRON', 'dobj', 16, 'they', 'O', False),
    ('out', False, 'RP', 'ADP', 'prt', 16, 'out', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 5, '.', 'O', False),
]

# The neighbours admitted the rift between the two of them most likely does not reflect the town's mood.
POST_MODIFIED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('neighbours', True, 'NNS', 'NOUN', 'nsubj', 2, 'neighbour', 'O', False),
    ('admitted', True, 'VBD', 'VERB', 'ROOT', 2, 'admit', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('rift', True, 'NN', 'NOUN', 'dobj', 2, 'rift', 'O', False),
    ('between', True, 'IN', 'ADP', 'prep', 4, 'between', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('two', True, 'CD', 'NUM', 'pobj', 5, 'two', 'B-CARDINAL', False),
    ('of', True, 'IN', 'ADP', 'prep', 7, 'of', 'O', False),
    ('them', True, 'PRP', 'PRON', 'pobj', 8, 'they', 'O', False),
    ('most', True, 'RBS', 'ADV', 'advmod', 11, 'most', 'O', False),
    ('likely', True, 'RB', 'ADV', 'advmod', 14, 'likely', 'O', False),
    ('does', True, 'VBZ', 'AUX', 'aux', 14, 'do', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 14, 'not', 'O', False),
    ('reflect', True, 'VB', 'VERB', 'ccomp', 2, 'reflect', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 16, 'the', 'O', False),
    ('town', False, 'NN', 'NOUN', 'poss', 18, 'town', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 16, "'s", 'O', False),
    ('mood', False, 'NN', 'NOUN', 'dobj', 14, 'mood', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# Coach Ann Lee told the Daily Gazette Rovers were unlikely to win the cup.
TOLD_OBJECT = [
    ('Coach', True, 'NNP', 'PROPN', 'compound', 2, 'Coach', 'O', False),
    ('Ann', True, 'NNP', 'PROPN', 'compound', 2, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 3, 'Lee', 'I-PERSON', False),
    ('told', True, 'VBD', 'VERB', 'ROOT', 3, 'tell', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'B-ORG', False),
    ('Daily', True, 'NNP', 'PROPN', 'compound', 7, 'Daily', 'I-ORG', False),
    ('Gazette', True, 'NNP', 'PROPN', 'compound', 7, 'Gazette', 'I-ORG', False),
    ('Rovers', True, 'NNPS', 'PROPN', 'dobj', 3, 'Rovers', 'I-ORG', False),
    ('were', True, 'VBD', 'AUX', 'ccomp', 3, 'be', 'O', False),
    ('unlikely', True, 'JJ', 'ADJ', 'acomp', 8, 'unlikely', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 11, 'to', 'O', False),
    ('win', True, 'VB', 'VERB', 'xcomp', 9, 'win', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 13, 'the', 'O', False),
    ('cup', False, 'NN', 'NOUN', 'dobj', 11, 'cup', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 3, '.', 'O', False),
]


def test_a_quotation_credited_by_a_document_that_reads_it() -> None:
    assert parsed_quotes(EDITORIAL_READ) == [
        ("direct", "If he wants to lead the town, the mayor should act like one", "read", "the editorial")]


def test_it_reading_words_is_the_document_that_spoke_in_the_sentence_before() -> None:
    found = parsed_quotes(IT_READ)
    assert ("direct", "The river is rising", "read", "The editorial") in found


def test_a_named_owners_comment_noted_by_a_document_is_the_owners() -> None:
    assert [(q[1], q[3]) for q in parsed_quotes(NOTED_COMMENT)] == [
        ("she wanted to visit when she would not interfere", "Smith")]


def test_the_contention_of_a_named_person_that_is_hers() -> None:
    assert [(q[1], q[3]) for q in parsed_quotes(CONTENTION_OF)] == [
        ("the files were never secret", "Deputy Director Ann Lee")]


def test_a_case_made_to_an_addressee_that_the_parser_read_as_a_relative_clause() -> None:
    assert [(q[1], q[3]) for q in parsed_quotes(CASE_TO)] == [("he did not sell them out", "Lee")]


def test_a_post_modified_object_before_a_clause_with_no_subject_is_its_subject() -> None:
    assert [(q[1], q[3]) for q in parsed_quotes(POST_MODIFIED)] == [
        ("the rift between the two of them most likely does not reflect the town's mood", "The neighbours")]


def test_the_object_of_a_verb_of_addressing_is_the_one_told_not_the_clauses_subject() -> None:
    found = parsed_quotes(TOLD_OBJECT)
    assert found and not any(q[1].startswith("the Daily Gazette") for q in found)


def test_pipeline_a_persons_spokesman_named_before_speaks(extract) -> None:
    text = ('"The panel has done nothing wrong," Lee spokesman Tom Reed said in a statement. Congressman Ann Lee '
            "faces a lawsuit. Lee's spokesman also pointed out that the panel employs several veterans.")
    record = extract(text, published="2021-06-11")
    names = {e.id: e.name for e in record.entities}
    said = [(q.content.text, names.get(q.speaker.entity or "")) for q in record.quotes if q.speaker is not None]
    assert ("the panel employs several veterans", "Tom Reed") in said
    # another person's spokesman named before is not this one
    text = ('"The panel has done nothing wrong," Ames spokesman Tom Reed said in a statement. Congressman Ann Lee '
            "faces a lawsuit from Bob Ames. Lee's spokesman also pointed out that the panel employs several veterans.")
    record = extract(text, published="2021-06-11")
    names = {e.id: e.name for e in record.entities}
    said = [(q.content.text, names.get(q.speaker.entity or "")) for q in record.quotes if q.speaker is not None]
    assert ("the panel employs several veterans", "Tom Reed") not in said


def test_pipeline_a_fronted_clause_credited_by_a_name_the_parser_hung_on_it(extract) -> None:
    text = ("Two boxes sent to Lee and 10 boxes sent to aides who worked for Ames have been placed in secure "
            "storage, Patrick F. Moran, the undersecretary for management, wrote in a memo to Inspector General "
            "Tom Reed.")
    record = extract(text, published="2021-06-11")
    names = {e.id: e.name for e in record.entities}
    said = [(q.content.text[-14:], names.get(q.speaker.entity or "")) for q in record.quotes if q.speaker is not None]
    assert ("secure storage", "Patrick F. Moran") in said


TOPIC = ("Ann Lee spoke to students on Monday.\n\nLee also spoke about the court case, which challenges the "
         "state's new law. (The law requires every clinic to close at night.)\n\"The ruling is the law of the "
         "land. But I believe very firmly that it is not a right if you cannot use it.\"\nLater she left.")


def test_pipeline_a_paragraph_of_quotation_after_one_who_spoke_about_a_topic(extract) -> None:
    record = extract(TOPIC, published="2021-06-11")
    names = {e.id: e.name for e in record.entities}
    said = [(q.content.text[:18], names.get(q.speaker.entity or "")) for q in record.quotes if q.speaker is not None]
    assert ("The ruling is the ", "Ann Lee") in said


def test_pipeline_no_speaker_when_the_paragraph_before_tells_no_speaking(extract) -> None:
    text = TOPIC.replace("also spoke about", "also lost")
    record = extract(text, published="2021-06-11")
    assert not [q for q in record.quotes if q.content.text.startswith("The ruling") and q.speaker is not None
                and q.speaker.text == "Lee"]
