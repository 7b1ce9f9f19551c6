"""Instructions inside one's own office (eventcoding/no_act.py, session 41): a request to one's own staff, and an
order whose object is a thing with no party to obey it. Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding import no_act
from newsevents.record import Party


def _asked_own(build_doc, poss: str):
    # "The senator asked <poss> assistant to print the list ."
    return build_doc(f"The senator asked {poss} assistant to print the list .", heads=[1, 2, 2, 4, 2, 6, 2, 8, 6, 2],
                     deps=["det", "nsubj", "ROOT", "poss" if poss != "the" else "det", "dobj", "aux", "xcomp", "det",
                           "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "PRON" if poss != "the" else "DET", "NOUN", "PART", "VERB", "DET",
                          "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "PRP$" if poss != "the" else "DT", "NN", "TO", "VB", "DT", "NN", "."])


def test_a_request_to_ones_own_assistant_is_no_act(build_doc, cues) -> None:
    assert no_act.own_staff_meeting("REQUEST", [_asked_own(build_doc, "her")[4]], cues)
    assert not no_act.own_staff_meeting("REQUEST", [_asked_own(build_doc, "the")[4]], cues)  # whose is not said
    # "The court ordered the release of files from her aides": the aides in a phrase of the thing, not the ones asked
    doc = build_doc("The court ordered the release of files from her aides .", heads=[1, 2, 2, 4, 2, 4, 5, 4, 9, 7, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "poss", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NNS", "IN", "PRP$", "NNS", "."])
    assert not no_act.own_staff_meeting("REQUEST", [doc[9]], cues)


def _ordered(build_doc, obj: str, obj_pos: str = "NOUN"):
    # "The governor ordered new <obj> ."
    return build_doc(f"The governor ordered new {obj} .", heads=[1, 2, 2, 4, 2, 2],
                     deps=["det", "nsubj", "ROOT", "amod", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "ADJ", obj_pos, "PUNCT"],
                     lemmas=["the", "governor", "order", "new", obj, "."])


def test_an_order_of_a_thing_with_no_party_to_obey_it_is_no_request(build_doc, cues) -> None:
    doc = _ordered(build_doc, "steps")
    assert no_act.order_to_no_party(doc[2], "REQUEST", [], [], cues)
    # a party to obey it: a request stays
    officials = Party(entity=None, text="officials", country=None, sector=["GOV"])
    assert not no_act.order_to_no_party(doc[2], "REQUEST", [officials], [doc[4]], cues)
    # another type (a curfew ordered is a coercion) is not this rule's
    assert not no_act.order_to_no_party(doc[2], "COERCE", [], [], cues)


def test_an_order_in_the_passive_or_to_a_named_party_stays(build_doc, cues) -> None:
    # "The firm was ordered to pay costs ." (the one ordered is the subject)
    doc = build_doc("The firm was ordered to pay costs .", heads=[1, 3, 3, 3, 5, 3, 5, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj", "punct"],
                    pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
                    lemmas=["the", "firm", "be", "order", "to", "pay", "cost", "."])
    assert not no_act.order_to_no_party(doc[3], "REQUEST", [], [], cues)
    # "The inspectors ordered the kitchen to close ." (the object told to act: the one who obeys)
    doc = build_doc("The inspectors ordered the kitchen to close .", heads=[1, 2, 2, 4, 2, 6, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                    lemmas=["the", "inspector", "order", "the", "kitchen", "to", "close", "."])
    assert not no_act.order_to_no_party(doc[2], "REQUEST", [], [], cues)
    # "The inspectors ordered the files to be sealed ." (a passive infinitive: the files are acted on)
    doc = build_doc("The inspectors ordered the files to be sealed .", heads=[1, 2, 2, 4, 2, 7, 7, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "auxpass", "xcomp", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "AUX", "VERB", "PUNCT"],
                    lemmas=["the", "inspector", "order", "the", "file", "to", "be", "seal", "."])
    assert no_act.order_to_no_party(doc[2], "REQUEST", [], [], cues)
    # "The governor ordered Vexland ." (a name, not a thing)
    doc = _ordered(build_doc, "Vexland", "PROPN")
    assert not no_act.order_to_no_party(doc[2], "REQUEST", [], [], cues)
