"""A printed interview's speaker label ("Q:", "A:") is page furniture, never a party (twenty-eighth US-news audit).
Hand-built parses of sentences written for these tests."""

from __future__ import annotations

from newsevents.eventcoding.shapes import interview_label


def test_a_question_label_is_no_party(build_doc):
    # "Q: Your brother was arrested twice"
    doc = build_doc("Q : Your brother was arrested twice", heads=[0, 0, 3, 5, 5, 0, 5],
                    deps=["ROOT", "punct", "poss", "nsubjpass", "auxpass", "acl", "advmod"],
                    pos=["NOUN", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADV"])
    assert interview_label(doc[0])
    assert not interview_label(doc[3])


def test_a_name_before_a_colon_inside_a_sentence_is_no_label(build_doc):
    # "They met the UN: talks followed": a body named before a colon mid-sentence stays a party
    doc = build_doc("They met the UN : talks followed", heads=[1, 1, 3, 1, 1, 6, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "parataxis"],
                    pos=["PRON", "VERB", "DET", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert not interview_label(doc[3])
