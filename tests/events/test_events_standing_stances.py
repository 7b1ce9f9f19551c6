"""Policy stances told as positions held (issue 14, session 30, brief events34; the thirty-first US-news audit's policy
stances; eventcoding/standing_stances.py). Sentences written for these tests, not from any audit or evaluation text;
hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.standing_stances import position_listed, stance_said_for_years


def test_a_gerund_listed_under_a_position_noun_is_a_view(build_doc, cues) -> None:
    # "her positions against the ruling and backing a ban resonate"
    words = "her positions against the ruling and backing a ban resonate"
    doc = build_doc(words, heads=[1, 9, 1, 4, 2, 2, 2, 8, 6, 9],
                    deps=["poss", "nsubj", "prep", "det", "pobj", "cc", "conj", "det", "dobj", "ROOT"],
                    pos=["PRON", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "VERB"],
                    tags=["PRP$", "NNS", "IN", "DT", "NN", "CC", "VBG", "DT", "NN", "VBP"],
                    lemmas=["her", "position", "against", "the", "ruling", "and", "back", "a", "ban", "resonate"])
    assert position_listed(doc[6], cues)
    # "her friends against the ruling and backing a ban": no position noun, kept
    doc = build_doc("her friends against the ruling and backing a ban resonate", heads=[1, 9, 1, 4, 2, 2, 2, 8, 6, 9],
                    deps=["poss", "nsubj", "prep", "det", "pobj", "cc", "conj", "det", "dobj", "ROOT"],
                    pos=["PRON", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "VERB"],
                    tags=["PRP$", "NNS", "IN", "DT", "NN", "CC", "VBG", "DT", "NN", "VBP"],
                    lemmas=["her", "friend", "against", "the", "ruling", "and", "back", "a", "ban", "resonate"])
    assert not position_listed(doc[6], cues)


def test_a_stance_said_for_years_is_no_dated_act(build_doc, cues) -> None:
    # "the ministry has said for years that it would support the release"
    words = "the ministry has said for years that it would support the release"
    doc = build_doc(words, heads=[1, 3, 3, 3, 3, 4, 9, 9, 9, 3, 11, 9],
                    deps=["det", "nsubj", "aux", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBZ", "VBN", "IN", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN"],
                    lemmas=["the", "ministry", "have", "say", "for", "year", "that", "it", "would", "support", "the",
                            "release"])
    assert stance_said_for_years(doc[9], cues)
    # "the ministry has said for two years ...": a term counted, left to the other rules
    words = "the ministry has said for two years that it would support the release"
    doc = build_doc(words, heads=[1, 3, 3, 3, 3, 6, 4, 10, 10, 10, 3, 12, 10],
                    deps=["det", "nsubj", "aux", "ROOT", "prep", "nummod", "pobj", "mark", "nsubj", "aux", "ccomp",
                          "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "DET",
                         "NOUN"],
                    tags=["DT", "NN", "VBZ", "VBN", "IN", "CD", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN"],
                    lemmas=["the", "ministry", "have", "say", "for", "two", "year", "that", "it", "would", "support",
                            "the", "release"])
    assert not stance_said_for_years(doc[10], cues)
