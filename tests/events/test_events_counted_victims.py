"""A bare number as the object of a verb of violence counts the people harmed (``the assaults that
killed 130 in <City> ...``): the act is told though no victim is named, and a second count the
parser joined to the doer is no doer (qtp35, from news-dev53's event class; sentences written for
these tests)."""

from __future__ import annotations

from newsevents.eventcoding.shapes import counted_victims


def _doc(build_doc, obj: str, obj_pos: str, ent: str = "O"):
    return build_doc(
        f"The blasts killed {obj} in Lyon .",
        heads=[1, 2, 2, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", obj_pos, "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NNS", "VBD", "CD" if obj_pos == "NUM" else "NNS", "IN", "NNP", "."],
        ents=["O", "O", "O", ent, "O", "B-GPE", "O"],
    )


def test_a_bare_number_object_of_a_violent_verb_counts_victims(build_doc) -> None:
    assert counted_victims(_doc(build_doc, "40", "NUM", "B-CARDINAL")[2])
    assert not counted_victims(_doc(build_doc, "hopes", "NOUN")[2])
    assert not counted_victims(_doc(build_doc, "2015", "NUM", "B-DATE")[2])  # a year is no count


def test_an_attack_told_by_its_count_of_dead_is_an_event(pipeline) -> None:
    text = ("Since the deadly bombings that killed 40 in Lyon last October and 12 in Nantes in April, "
            "few towns have been more closely watched.")
    events = pipeline.extract(text, published="2024-06-14").events
    assert any(e.event == "ASSAULT" and e.trigger.text == "killed" and not e.actor for e in events)
