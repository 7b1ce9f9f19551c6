"""Words of a parenthesis are no doers (issue 14, session 28, brief targets32; the thirtieth US-news audit's
word of a cited text taken for the doer; eventcoding/targets.py ``doers_outside_aside``). Sentences written for
these tests, not from any audit or evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.targets import doers_outside_aside


def test_a_subject_hung_on_a_verb_of_the_aside_is_the_doer(build_doc) -> None:
    # "the bishop ( " name leaders " ) endorsed her": the parser hangs "bishop" on "name"
    doc = build_doc('the bishop ( " name leaders " ) endorsed her', heads=[1, 4, 8, 8, 8, 4, 8, 8, 8, 8],
                    deps=["det", "nsubj", "punct", "punct", "advcl", "dobj", "punct", "punct", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT", "PUNCT", "VERB", "PRON"])
    assert [t.text for t in doers_outside_aside(doc[8], [doc[5]])] == ["bishop"]
    # a doer outside the parenthesis is kept, the aside's word dropped
    assert [t.text for t in doers_outside_aside(doc[8], [doc[1], doc[5]])] == ["bishop"]


def test_a_trigger_inside_the_aside_keeps_its_doers(build_doc) -> None:
    # "she ( the bishop endorsed her ) spoke"
    doc = build_doc("she ( the bishop endorsed her ) spoke", heads=[7, 7, 3, 4, 7, 4, 7, 7],
                    deps=["nsubj", "punct", "det", "nsubj", "parataxis", "dobj", "punct", "ROOT"],
                    pos=["PRON", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT", "VERB"])
    assert [t.text for t in doers_outside_aside(doc[4], [doc[3]])] == ["bishop"]
