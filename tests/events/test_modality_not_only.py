""""Not only ... but (also)" is a correlative of addition, no negation (events42, session 38;
eventcoding/modality.py ``is_negated``): both acts happened. A "not" with no "only", or "not only" with no
"but" after it, still negates. Sentences written for these tests, parsed by hand as the model parses them
("not" a preconj of the verb, "only" an adverb on "not")."""

from __future__ import annotations

from newsevents.eventcoding.modality import is_negated


def _doc(build_doc, but: bool = True):
    # "she not only rejected the plan [but also sued]"
    words = ["she", "not", "only", "rejected", "the", "plan"] + (["but", "also", "sued"] if but else [])
    return build_doc(" ".join(words), heads=[3, 3, 1, 3, 5, 3] + ([3, 8, 3] if but else []),
                     deps=["nsubj", "preconj", "advmod", "ROOT", "det", "dobj"] + (["cc", "advmod", "conj"] if but else []),
                     pos=["PRON", "PART", "ADV", "VERB", "DET", "NOUN"] + (["CCONJ", "ADV", "VERB"] if but else []),
                     tags=["PRP", "RB", "RB", "VBD", "DT", "NN"] + (["CC", "RB", "VBD"] if but else []),
                     lemmas=["she", "not", "only", "reject", "the", "plan"] + (["but", "also", "sue"] if but else []))


def test_not_only_but_denies_nothing(build_doc, cues) -> None:
    assert not is_negated(_doc(build_doc)[3], cues)


def test_not_only_with_no_but_still_negates(build_doc, cues) -> None:
    assert is_negated(_doc(build_doc, but=False)[3], cues)


def test_a_plain_not_negates(build_doc, cues) -> None:
    doc = build_doc("she did not reject the plan", heads=[3, 3, 3, 3, 5, 3],
                    deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj"],
                    pos=["PRON", "AUX", "PART", "VERB", "DET", "NOUN"], tags=["PRP", "VBD", "RB", "VB", "DT", "NN"],
                    lemmas=["she", "do", "not", "reject", "the", "plan"])
    assert is_negated(doc[3], cues)
