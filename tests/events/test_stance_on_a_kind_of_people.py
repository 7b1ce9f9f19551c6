"""A stance verb on a kind of people named by a relative clause (issue 14, session 29, branch qe33; news-dev49's
output events): "the rule favors firms that pay" is an advantage or preference, no SUPPORT of a party.
Sentences written for these tests, parses written out."""

from __future__ import annotations

from newsevents.eventcoding import nonevents


def _doc(build_doc, words: str, tag: str, with_det: bool):
    # "The rule favors [the] firms that pay"
    w = words.split()
    if with_det:
        heads, deps = [1, 2, 2, 4, 2, 6, 4], ["det", "nsubj", "ROOT", "det", "dobj", "nsubj", "relcl"]
        pos, tags = ["DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB"], ["DT", "NN", tag, "DT", "NNS", "WDT", "VBP"]
    else:
        heads, deps = [1, 2, 2, 2, 5, 3], ["det", "nsubj", "ROOT", "dobj", "nsubj", "relcl"]
        pos, tags = ["DET", "NOUN", "VERB", "NOUN", "PRON", "VERB"], ["DT", "NN", tag, "NNS", "WDT", "VBP"]
    lemmas = [x.lower() for x in w]
    lemmas[2] = "favor"
    lemmas[w.index("firms")] = "firm"
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_favoring_a_kind_of_people_is_no_support(build_doc, cues) -> None:
    doc = _doc(build_doc, "The rule favors firms that pay", "VBZ", False)
    assert nonevents.stance_on_a_kind(doc[2], "SUPPORT", cues)
    assert nonevents.stance_no_event(doc[2], "SUPPORT", [doc[1]], [doc[3]], cues)


def test_particular_people_or_a_past_act_stay(build_doc, cues) -> None:
    assert not nonevents.stance_on_a_kind(_doc(build_doc, "The rule favors the firms that pay", "VBZ", True)[2],
                                          "SUPPORT", cues)
    assert not nonevents.stance_on_a_kind(_doc(build_doc, "The rule favored firms that pay", "VBD", False)[2],
                                          "SUPPORT", cues)
