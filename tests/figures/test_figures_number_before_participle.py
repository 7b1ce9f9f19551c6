"""A bare number the parser made the subject of a past form that is really the participle of the
plural noun after it (``In <Place>, 40 pledged delegates and five superdelegates were at stake``):
a count of that noun, and no saying by the number (qtp35, from news-dev53's figure class; the
sentence is written for this test, the parse built by hand as the model made it)."""

from __future__ import annotations

from newsevents.components.figures import classify
from newsevents.components.quotes import _number_before_participle
from newsevents.temporal.lexicon import packaged_words


def _doc(build_doc, noun_tag: str = "NNS", det: bool = False):
    words = "In Guam , 40 pledged " + ("the " if det else "") + "votes and five seats were at stake ."
    n = 1 if det else 0
    heads = [4, 0, 4, 4, 4] + ([5 + n] if det else []) + [4, 5 + n, 8 + n, 5 + n, 4, 9 + n, 10 + n, 4]
    deps = ["prep", "pobj", "punct", "nsubj", "ROOT"] + (["det"] if det else []) + [
        "dobj", "cc", "nummod", "conj", "conj", "prep", "pobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "NUM", "VERB"] + (["DET"] if det else []) + [
        "NOUN", "CCONJ", "NUM", "NOUN", "AUX", "ADP", "NOUN", "PUNCT"]
    tags = ["IN", "NNP", ",", "CD", "VBD"] + (["DT"] if det else []) + [noun_tag, "CC", "CD", "NNS", "VBD", "IN", "NN", "."]
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_number_before_a_past_form_and_a_plural_counts_the_plural(build_doc) -> None:
    doc = _doc(build_doc)
    kind, about, end = classify(doc[3:4], packaged_words())
    assert (kind, about, end) == ("count", doc[5].lemma_, 6)  # the plural counted, to its end


def test_the_number_is_no_speaker_of_the_past_form(build_doc) -> None:
    doc = _doc(build_doc)
    assert _number_before_participle(doc[3], doc[4])
    # "40 pledged the votes": an object with its article is an object, the number a subject
    doc = _doc(build_doc, det=True)
    assert not _number_before_participle(doc[3], doc[4])


def test_a_number_word_after_the_past_form_is_no_counted_noun(build_doc) -> None:
    # "Five mailed thousands of letters": a channel's name as the subject, a number as the object
    doc = build_doc(
        "Five mailed thousands of letters .",
        heads=[1, 1, 1, 2, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["NUM", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"], tags=["CD", "VBD", "NNS", "IN", "NNS", "."],
    )
    result = classify(doc[0:1], packaged_words())
    assert result is None or result[2] == 1  # never "Five mailed thousands"
    assert not _number_before_participle(doc[0], doc[1])
