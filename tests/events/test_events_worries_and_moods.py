"""Worries and moods told with words of complaint (issue 14, session 30, brief events34; the thirty-first US-news
audit's worries-and-moods class; eventcoding/feelings.py). Sentences written for these tests, not from any audit or
evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.feelings import mood_at_no_one, no_event, worry_of_a_possibility


def test_a_worry_that_something_could_happen_accuses_no_one(build_doc, cues) -> None:
    # "the mayor expressed concern that voters could desert him"
    doc = build_doc("the mayor expressed concern that voters could desert him", heads=[1, 2, 2, 2, 7, 7, 7, 3, 7],
                    deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "acl", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PRON"],
                    tags=["DT", "NN", "VBD", "NN", "IN", "NNS", "MD", "VB", "PRP"],
                    lemmas=["the", "mayor", "express", "concern", "that", "voter", "could", "desert", "he"])
    assert worry_of_a_possibility(doc[2], "ACCUSE", cues)
    assert no_event(doc[2], "ACCUSE", [doc[5]], cues)
    # the same worry coded as another type is left to other rules
    assert not worry_of_a_possibility(doc[2], "REQUEST", cues)
    # "the mayor expressed concern that voters had deserted him": a complaint about what was done, kept
    doc = build_doc("the mayor expressed concern that voters had deserted him", heads=[1, 2, 2, 2, 7, 7, 7, 3, 7],
                    deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "acl", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PRON"],
                    tags=["DT", "NN", "VBD", "NN", "IN", "NNS", "VBD", "VBN", "PRP"],
                    lemmas=["the", "mayor", "express", "concern", "that", "voter", "have", "desert", "he"])
    assert not worry_of_a_possibility(doc[2], "ACCUSE", cues)
    assert not no_event(doc[2], "ACCUSE", [doc[5]], cues)


def test_a_clause_hung_on_the_verb_counts_too(build_doc, cues) -> None:
    # "she voiced fears that the members would defect" (the parser hangs the clause on the verb)
    doc = build_doc("she voiced fears that the members would defect", heads=[1, 1, 1, 7, 5, 7, 7, 1],
                    deps=["nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "aux", "ccomp"],
                    pos=["PRON", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB"],
                    tags=["PRP", "VBD", "NNS", "IN", "DT", "NNS", "MD", "VB"],
                    lemmas=["she", "voice", "fear", "that", "the", "member", "would", "defect"])
    assert worry_of_a_possibility(doc[1], "ACCUSE", cues)


def test_a_harm_that_may_come_stays_a_complaint_about_its_cause(build_doc, cues) -> None:
    # "she voiced fears that the merger would cost jobs": the merger blamed, kept
    doc = build_doc("she voiced fears that the merger would cost jobs", heads=[1, 1, 1, 7, 5, 7, 7, 1, 7],
                    deps=["nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "aux", "ccomp", "dobj"],
                    pos=["PRON", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN"],
                    tags=["PRP", "VBD", "NNS", "IN", "DT", "NN", "MD", "VB", "NNS"],
                    lemmas=["she", "voice", "fear", "that", "the", "merger", "would", "cost", "job"])
    assert not worry_of_a_possibility(doc[1], "ACCUSE", cues)
    assert not mood_at_no_one(doc[1], "ACCUSE", [], cues)


def test_a_worry_about_a_possible_thing_accuses_no_one(build_doc, cues) -> None:
    # "officials raised concerns about a possible rise in thefts"
    doc = build_doc("officials raised concerns about a possible rise in thefts", heads=[1, 1, 1, 2, 6, 6, 3, 6, 7],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP", "NOUN"],
                    tags=["NNS", "VBD", "NNS", "IN", "DT", "JJ", "NN", "IN", "NNS"],
                    lemmas=["official", "raise", "concern", "about", "a", "possible", "rise", "in", "theft"])
    assert worry_of_a_possibility(doc[1], "ACCUSE", cues)
    # "officials raised concerns about the arrests": a complaint about what was done, kept
    doc = build_doc("officials raised concerns about the arrests", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"], tags=["NNS", "VBD", "NNS", "IN", "DT", "NNS"],
                    lemmas=["official", "raise", "concern", "about", "the", "arrest"])
    assert not worry_of_a_possibility(doc[1], "ACCUSE", cues)


def test_a_mood_shown_at_no_one_is_no_complaint(build_doc, cues) -> None:
    # "the aides are displaying signs of impatience"
    doc = build_doc("the aides are displaying signs of impatience", heads=[1, 3, 3, 3, 3, 4, 5],
                    deps=["det", "nsubj", "aux", "ROOT", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NNS", "VBP", "VBG", "NNS", "IN", "NN"],
                    lemmas=["the", "aide", "be", "display", "sign", "of", "impatience"])
    assert mood_at_no_one(doc[3], "ACCUSE", [], cues)
    # "the aides are displaying signs of impatience with the council": aimed at a party, kept
    doc = build_doc("the aides are displaying signs of impatience with the council", heads=[1, 3, 3, 3, 3, 4, 5, 6, 9, 7],
                    deps=["det", "nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NNS", "VBP", "VBG", "NNS", "IN", "NN", "IN", "DT", "NN"],
                    lemmas=["the", "aide", "be", "display", "sign", "of", "impatience", "with", "the", "council"])
    assert not mood_at_no_one(doc[3], "ACCUSE", [doc[9]], cues)
    # "the aides are displaying signs of life": no feeling, left to other rules
    doc = build_doc("the aides are displaying signs of life", heads=[1, 3, 3, 3, 3, 4, 5],
                    deps=["det", "nsubj", "aux", "ROOT", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NNS", "VBP", "VBG", "NNS", "IN", "NN"],
                    lemmas=["the", "aide", "be", "display", "sign", "of", "life"])
    assert not mood_at_no_one(doc[3], "ACCUSE", [], cues)


def test_a_feeling_described_by_a_relative_clause_is_still_a_mood(build_doc, cues) -> None:
    # "she voiced a kind of unease that is spreading among members": the relative clause describes the
    # feeling; its only "recipient" is the feeling's own phrase
    doc = build_doc("she voiced a kind of unease that is spreading among members",
                    heads=[1, 1, 3, 1, 3, 4, 8, 8, 5, 8, 9],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "nsubj", "aux", "relcl", "prep", "pobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "PRON", "AUX", "VERB", "ADP", "NOUN"],
                    tags=["PRP", "VBD", "DT", "NN", "IN", "NN", "WDT", "VBZ", "VBG", "IN", "NNS"],
                    lemmas=["she", "voice", "a", "kind", "of", "unease", "that", "be", "spread", "among", "member"])
    assert mood_at_no_one(doc[1], "ACCUSE", [doc[3]], cues)
    # a recipient outside the feeling's words keeps the complaint
    assert not mood_at_no_one(doc[1], "ACCUSE", [doc[10]], cues)
