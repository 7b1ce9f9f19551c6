"""The verb "appeal" tagged a noun after a plural noun phrase (issue 14, session 29, branch qe33; news-dev49's
output events): "the plans she backs appeal to the people" is the pull on voters of ``appeals_to_voters``, no
REQUEST; a noun phrase with a determiner, or an appeal to a party that can grant it, is left alone. Sentences
written for these tests, parses written out."""

from __future__ import annotations

from newsevents.eventcoding import senses


def _doc(build_doc, first: str, hearer: str, hearer_lemma: str):
    # "<First> plans she backs appeal to the <hearer>": "appeal" tagged NN, the object of "backs"
    words = f"{first} plans she backs appeal to the {hearer}"
    first_dep, first_pos = ("det", "DET") if first.lower() in ("the", "an") else ("poss", "PRON")
    return build_doc(words, heads=[1, 1, 3, 1, 3, 4, 7, 5],
                     deps=[first_dep, "ROOT", "nsubj", "relcl", "dobj", "prep", "det", "pobj"],
                     pos=[first_pos, "NOUN", "PRON", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                     tags=["DT", "NNS", "PRP", "VBZ", "NN", "IN", "DT", "NNS"],
                     lemmas=[first.lower(), "plan", "she", "back", "appeal", "to", "the", hearer_lemma])


def test_a_bare_appeal_to_a_bloc_of_voters_is_the_verb_misread(build_doc, cues) -> None:
    doc = _doc(build_doc, "The", "people", "people")
    assert senses.bare_appeal_to_voters(doc[4], "REQUEST", cues)
    assert senses.no_event(doc[4], "REQUEST", None, [doc[7]], cues, False)


def test_a_bare_appeal_to_a_party_that_can_grant_it_stays(build_doc, cues) -> None:
    doc = _doc(build_doc, "The", "rebels", "rebel")
    assert not senses.bare_appeal_to_voters(doc[4], "REQUEST", cues)


def test_an_appeal_with_a_determiner_is_a_noun_phrase(build_doc, cues) -> None:
    # "... backs an appeal to the people": the noun, left to the other rules
    words = "The plans she backs an appeal to the people"
    doc = build_doc(words, heads=[1, 1, 3, 1, 5, 3, 5, 8, 6],
                    deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NNS", "PRP", "VBZ", "DT", "NN", "IN", "DT", "NNS"],
                    lemmas=["the", "plan", "she", "back", "an", "appeal", "to", "the", "people"])
    assert not senses.bare_appeal_to_voters(doc[5], "REQUEST", cues)
