"""Rules of branch merge38 (session 34, docs/notes/merge-recall.md) in the event stage, each on a hand-built Doc
of a sentence of our own: an inquiry whose outcome its clause tells is news, not background
(eventcoding/background_nouns.py outcome_told); "probe" as a noun of investigation when it names whom or what
it investigates (event_lexicon.tsv)."""

from __future__ import annotations

from event_rows import event_of as _event
from event_rows import rows_doc as _doc
from newsevents.eventcoding import background_nouns

# --- an inquiry whose outcome is told ------------------------------------------------------------------

def test_an_inquiry_the_clause_says_was_finished_is_news(build_doc, cues) -> None:
    # "the council has finished its inquiry": the inquiry reached its end, told as the clause's news
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("council", "council", "NOUN", "NN", "nsubj", 3),
                           ("has", "have", "AUX", "VBZ", "aux", 3), ("finished", "finish", "VERB", "VBN", "ROOT", 3),
                           ("its", "its", "PRON", "PRP$", "poss", 5), ("inquiry", "inquiry", "NOUN", "NN", "dobj", 3)])
    assert background_nouns.outcome_told(doc[5], cues)
    assert not background_nouns.inquiry_in_background(doc[5], "ACCUSE", cues)
    # "the council has delayed its inquiry": no outcome told, nothing named: background as before
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("council", "council", "NOUN", "NN", "nsubj", 3),
                           ("has", "have", "AUX", "VBZ", "aux", 3), ("delayed", "delay", "VERB", "VBN", "ROOT", 3),
                           ("its", "its", "PRON", "PRP$", "poss", 5), ("inquiry", "inquiry", "NOUN", "NN", "dobj", 3)])
    assert background_nouns.inquiry_in_background(doc[5], "ACCUSE", cues)


def test_the_finding_of_an_inquiry_as_a_clause_subject_is_news(build_doc, cues) -> None:
    # "the finding of the board 's investigation was that the coach lied"
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("finding", "finding", "NOUN", "NN", "nsubj", 7),
                           ("of", "of", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
                           ("board", "board", "NOUN", "NN", "poss", 6), ("'s", "'s", "PART", "POS", "case", 4),
                           ("investigation", "investigation", "NOUN", "NN", "pobj", 2), ("was", "be", "AUX", "VBD", "ROOT", 7),
                           ("that", "that", "SCONJ", "IN", "mark", 11), ("the", "the", "DET", "DT", "det", 10),
                           ("coach", "coach", "NOUN", "NN", "nsubj", 11), ("lied", "lie", "VERB", "VBD", "ccomp", 7)])
    assert background_nouns.outcome_told(doc[6], cues)
    assert not background_nouns.inquiry_in_background(doc[6], "ACCUSE", cues)


def test_an_outcome_named_as_the_time_of_another_act_stays_background(build_doc, cues) -> None:
    # "the coach resigned after the conclusion of the board 's investigation": the outcome noun in a phrase
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("coach", "coach", "NOUN", "NN", "nsubj", 2),
                           ("resigned", "resign", "VERB", "VBD", "ROOT", 2), ("after", "after", "ADP", "IN", "prep", 2),
                           ("the", "the", "DET", "DT", "det", 5), ("conclusion", "conclusion", "NOUN", "NN", "pobj", 3),
                           ("of", "of", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
                           ("board", "board", "NOUN", "NN", "poss", 10), ("'s", "'s", "PART", "POS", "case", 8),
                           ("investigation", "investigation", "NOUN", "NN", "pobj", 6)])
    assert not background_nouns.outcome_told(doc[10], cues)
    assert background_nouns.inquiry_in_background(doc[10], "ACCUSE", cues)
    # "after the board finished its investigation , the coach resigned": an adverbial clause of another act
    doc = _doc(build_doc, [("after", "after", "SCONJ", "IN", "mark", 3), ("the", "the", "DET", "DT", "det", 2),
                           ("board", "board", "NOUN", "NN", "nsubj", 3), ("finished", "finish", "VERB", "VBD", "advcl", 9),
                           ("its", "its", "PRON", "PRP$", "poss", 5),
                           ("investigation", "investigation", "NOUN", "NN", "dobj", 3),
                           (",", ",", "PUNCT", ",", "punct", 9), ("the", "the", "DET", "DT", "det", 8),
                           ("coach", "coach", "NOUN", "NN", "nsubj", 9), ("resigned", "resign", "VERB", "VBD", "ROOT", 9)])
    assert not background_nouns.outcome_told(doc[5], cues)
    assert background_nouns.inquiry_in_background(doc[5], "ACCUSE", cues)
    # "as the board looks to finish its inquiry , lawyers want to question the coach": the verb completes one
    # that opens an adverbial clause
    doc = _doc(build_doc, [("as", "as", "SCONJ", "IN", "mark", 3), ("the", "the", "DET", "DT", "det", 2),
                           ("board", "board", "NOUN", "NN", "nsubj", 3), ("looks", "look", "VERB", "VBZ", "advcl", 10),
                           ("to", "to", "PART", "TO", "aux", 5), ("finish", "finish", "VERB", "VB", "xcomp", 3),
                           ("its", "its", "PRON", "PRP$", "poss", 7), ("inquiry", "inquiry", "NOUN", "NN", "dobj", 5),
                           (",", ",", "PUNCT", ",", "punct", 10), ("lawyers", "lawyer", "NOUN", "NNS", "nsubj", 10),
                           ("want", "want", "VERB", "VBP", "ROOT", 10), ("to", "to", "PART", "TO", "aux", 12),
                           ("question", "question", "VERB", "VB", "xcomp", 10), ("the", "the", "DET", "DT", "det", 14),
                           ("coach", "coach", "NOUN", "NN", "dobj", 12)])
    assert not background_nouns.outcome_told(doc[7], cues)
    assert background_nouns.inquiry_in_background(doc[7], "ACCUSE", cues)


# --- "probe" as a noun of investigation ------------------------------------------------------------------

def test_a_probe_naming_what_it_investigates_is_an_investigation(build_doc, match) -> None:
    # "the council reopened its probe against the mayor" / "police began a probe into the deaths"
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("council", "council", "NOUN", "NN", "nsubj", 2),
                           ("reopened", "reopen", "VERB", "VBD", "ROOT", 2), ("its", "its", "PRON", "PRP$", "poss", 4),
                           ("probe", "probe", "NOUN", "NN", "dobj", 2), ("against", "against", "ADP", "IN", "prep", 4),
                           ("the", "the", "DET", "DT", "det", 7), ("mayor", "mayor", "NOUN", "NN", "pobj", 5)])
    assert _event(match, doc[4]) == "ACCUSE"
    doc = _doc(build_doc, [("police", "police", "NOUN", "NNS", "nsubj", 1), ("began", "begin", "VERB", "VBD", "ROOT", 1),
                           ("a", "a", "DET", "DT", "det", 3), ("probe", "probe", "NOUN", "NN", "dobj", 1),
                           ("into", "into", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                           ("deaths", "death", "NOUN", "NNS", "pobj", 4)])
    assert _event(match, doc[3]) == "ACCUSE"
    # "the firm cut its forecast after a probe by the police": who investigates named
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("firm", "firm", "NOUN", "NN", "nsubj", 2),
                           ("cut", "cut", "VERB", "VBD", "ROOT", 2), ("its", "its", "PRON", "PRP$", "poss", 4),
                           ("forecast", "forecast", "NOUN", "NN", "dobj", 2), ("after", "after", "ADP", "IN", "prep", 2),
                           ("a", "a", "DET", "DT", "det", 7), ("probe", "probe", "NOUN", "NN", "pobj", 5),
                           ("by", "by", "ADP", "IN", "prep", 7), ("the", "the", "DET", "DT", "det", 10),
                           ("police", "police", "NOUN", "NNS", "pobj", 8)])
    assert _event(match, doc[7]) == "ACCUSE"


def test_a_probe_naming_nothing_investigated_is_no_event(build_doc, match) -> None:
    # "the agency launched a probe to the moon": a spacecraft
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("agency", "agency", "NOUN", "NN", "nsubj", 2),
                           ("launched", "launch", "VERB", "VBD", "ROOT", 2), ("a", "a", "DET", "DT", "det", 4),
                           ("probe", "probe", "NOUN", "NN", "dobj", 2), ("to", "to", "ADP", "IN", "prep", 4),
                           ("the", "the", "DET", "DT", "det", 7), ("moon", "moon", "NOUN", "NN", "pobj", 5)])
    assert _event(match, doc[4]) is None
