"""A headline's verbal act between two named parties counts on its own (events43; eventcoding/headlines.py
``between_names``): ``<Name> slams <Name>`` over a story that tells the act in other words. A material act, an
unnamed side or a negated act in a headline still counts only when the story restates it. Sentences written for
these tests: hand-built parses, and the pipeline on one article of our own."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.headlines import between_names
from newsevents.record import Party

PUBLISHED = "2019-04-02"

_RUIZ = Party(entity="e1", text="Ruiz", country="USA")
_LEE = Party(entity="e2", text="Lee", country="USA")


def _doc(build_doc, obj: str = "Lee", obj_pos: str = "PROPN"):
    # "Ruiz slams <Lee>"
    return rows_doc(build_doc, [("Ruiz", "ruiz", "PROPN", "NNP", "nsubj", 1), ("slams", "slam", "VERB", "VBZ", "ROOT", 1),
                                (obj, obj.lower(), obj_pos, "NNP" if obj_pos == "PROPN" else "NNS", "dobj", 1)])


def test_a_verbal_act_between_two_names_stands_alone(build_doc) -> None:
    doc = _doc(build_doc)
    assert between_names(3, "asserted", [_RUIZ], [_LEE], [doc[0]], [doc[2]])


def test_a_material_act_an_unnamed_side_or_a_negated_act_does_not(build_doc) -> None:
    doc = _doc(build_doc)
    assert not between_names(4, "asserted", [_RUIZ], [_LEE], [doc[0]], [doc[2]])  # "Lawyer attacks laws": force
    assert not between_names(3, "negated", [_RUIZ], [_LEE], [doc[0]], [doc[2]])
    laws = _doc(build_doc, "laws", "NOUN")
    assert not between_names(3, "asserted", [_RUIZ], [Party(text="laws")], [laws[0]], [laws[2]])
    assert not between_names(3, "asserted", [_RUIZ], [], [doc[0]], [])


def test_pipeline_a_headline_criticism_between_names(extract) -> None:
    text = ("Governor Mark Tilley slams Senator Frank Orr\n\nGovernor Mark Tilley on Friday pummeled Senator Frank Orr "
            "as divisive while touring a factory.\n")
    events = extract(text, published=PUBLISHED).events
    assert [(e.event, e.sentence.start) for e in events] == [("ACCUSE", 0)]
