"""A length of time the parser makes an object is no object when a word relates it to another time ("issued a
half-hour before the rally": when, not what; events43, eventcoding/lexicon.py ``time_measure``): the backbone's
ultimatum row `GRANT: * + HOURS` does not fire on it; "gave them 48 hours" keeps its object. Sentences written for
these tests, on hand-built parses."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.lexicon import object_tokens, time_measure


def _issued(build_doc, relator: str = "before"):
    # "The statement issued a half hour before the rally began" (the parser's reading: the length the verb's object)
    rows = [("The", "the", "DET", "DT", "det", 1), ("statement", "statement", "NOUN", "NN", "nsubj", 2),
            ("issued", "issue", "VERB", "VBD", "ROOT", 2), ("a", "a", "DET", "DT", "det", 5),
            ("half", "half", "ADJ", "JJ", "amod", 5), ("hour", "hour", "NOUN", "NN", "dobj", 2),
            (relator, relator, "ADP", "IN", "mark", 9), ("the", "the", "DET", "DT", "det", 8),
            ("rally", "rally", "NOUN", "NN", "nsubj", 9), ("began", "begin", "VERB", "VBD", "advcl", 2)]
    doc = rows_doc(build_doc, rows)
    doc.set_ents([doc.char_span(doc[3].idx, doc[5].idx + len(doc[5]), label="TIME")])
    return doc


def test_a_length_of_time_before_a_relating_word_is_no_object(build_doc) -> None:
    doc = _issued(build_doc)
    assert time_measure(doc[5])
    assert object_tokens(doc[2]) == []
    assert time_measure(_issued(build_doc, "after")[5])


def test_a_length_of_time_given_stays_an_object(build_doc) -> None:
    # "They gave them 48 hours to leave"
    rows = [("They", "they", "PRON", "PRP", "nsubj", 1), ("gave", "give", "VERB", "VBD", "ROOT", 1),
            ("them", "they", "PRON", "PRP", "dative", 1), ("48", "48", "NUM", "CD", "nummod", 4),
            ("hours", "hour", "NOUN", "NNS", "dobj", 1), ("to", "to", "PART", "TO", "aux", 6),
            ("leave", "leave", "VERB", "VB", "relcl", 4)]
    doc = rows_doc(build_doc, rows)
    doc.set_ents([doc.char_span(doc[3].idx, doc[4].idx + len(doc[4]), label="TIME")])
    assert not time_measure(doc[4])
    assert [t.text for t in object_tokens(doc[1])] == ["hours"]
