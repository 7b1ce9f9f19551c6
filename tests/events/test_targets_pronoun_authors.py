"""A pronoun named as the author of an earlier offer stands for the body its sentence names (issue 14, session 24,
brief targets25; the twenty-fourth news-wire audit's bidder given as an uncoded "its"): eventcoding/anaphora.py
``_body_of``. A hand-built Doc of our own."""

from __future__ import annotations

from newsevents.eventcoding import anaphora
from newsevents.record import Party


def _doc(build_doc):
    # "Zentra said shares were tendered under its offer ."
    return build_doc("Zentra said shares were tendered under its offer .", heads=[1, 1, 4, 4, 1, 4, 7, 5, 1],
                     deps=["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "prep", "poss", "pobj", "punct"],
                     pos=["PROPN", "VERB", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT"],
                     tags=["NNP", "VBD", "NNS", "VBD", "VBN", "IN", "PRP$", "NN", "."],
                     lemmas=["Zentra", "say", "share", "be", "tender", "under", "its", "offer", "."])


def test_an_uncoded_its_stands_for_the_body_that_speaks(build_doc, cues) -> None:
    doc = _doc(build_doc)

    def parties(tokens):
        return [Party(text=t.text, entity="e1" if t.text == "Zentra" else None) for t in tokens]

    assert anaphora._body_of(doc[6], doc[:], cues, parties).text == "Zentra"


def test_a_coded_pronoun_stays(build_doc, cues) -> None:
    doc = _doc(build_doc)

    def parties(tokens):
        return [Party(text=t.text, country="DEU") for t in tokens]

    assert anaphora._body_of(doc[6], doc[:], cues, parties).text == "its"
