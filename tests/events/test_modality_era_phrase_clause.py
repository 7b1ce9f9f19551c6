"""An act placed in an era that is over (eventcoding/modality.py's ``_in_bygone_era``): the era phrase
must be in the verb's own clause, on sentences written for this file with hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.modality import _in_bygone_era


def test_an_era_phrase_of_the_verbs_own_clause(build_doc, cues) -> None:
    doc = build_doc("Soldiers fired on crowds during the war",
                    heads=[1, 1, 1, 2, 1, 6, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBD", "IN", "NNS", "IN", "DT", "NN"])
    assert _in_bygone_era(doc[1], cues)


def test_an_era_phrase_inside_another_verbs_clause_does_not_count(build_doc, cues) -> None:
    # "during the war" belongs to "fought", a clause inside the subject of "fired"
    doc = build_doc("Men who fought during the war fired on crowds",
                    heads=[6, 2, 0, 2, 5, 3, 6, 6, 7],
                    deps=["nsubj", "nsubj", "relcl", "prep", "det", "pobj", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "NOUN"],
                    tags=["NNS", "WP", "VBD", "IN", "DT", "NN", "VBD", "IN", "NNS"])
    assert not _in_bygone_era(doc[6], cues)
    assert _in_bygone_era(doc[2], cues)  # "fought during the war": its own clause


def test_a_present_tense_is_no_bygone_era(build_doc, cues) -> None:
    doc = build_doc("Soldiers fire on crowds during the war",
                    heads=[1, 1, 1, 2, 1, 6, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBP", "IN", "NNS", "IN", "DT", "NN"])
    assert not _in_bygone_era(doc[1], cues)


def test_an_in_phrase_counts_only_with_an_owner(build_doc, cues) -> None:
    doc = build_doc("He signed laws in his term",
                    heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "PRON", "NOUN"], tags=["PRP", "VBD", "NNS", "IN", "PRP$", "NN"])
    assert _in_bygone_era(doc[1], cues)
    doc = build_doc("He signed laws in the long term",
                    heads=[1, 1, 1, 1, 6, 6, 3], deps=["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "DET", "ADJ", "NOUN"], tags=["PRP", "VBD", "NNS", "IN", "DT", "JJ", "NN"])
    assert not _in_bygone_era(doc[1], cues)
