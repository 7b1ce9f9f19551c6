"""An age after ``at`` under a verb of dying (``died at 88``, ``at age 88``, ``died aged 88``) is how old someone
was, no ``killed`` figure; the active subject of a verb of harm that has its own object is the doer, no casualty.
Counts of the dead under the same verbs stay. Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in find_figures(doc, packaged_words())]


def test_a_number_after_at_under_died_is_an_age(build_doc) -> None:
    # "The painter died at 88 on Sunday ."
    doc = build_doc("The painter died at 88 on Sunday .", heads=[1, 2, 2, 2, 3, 2, 5, 2],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "NUM", "ADP", "PROPN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "IN", "CD", "IN", "NNP", "."],
                    lemmas=["the", "painter", "die", "at", "88", "on", "Sunday", "."],
                    ents=["O", "O", "O", "O", "B-CARDINAL", "O", "B-DATE", "O"])
    assert _figures(doc) == []


def test_a_number_after_at_age_is_an_age(build_doc) -> None:
    # "The painter died in the spring at age 88 ."
    doc = build_doc("The painter died in the spring at age 88 .", heads=[1, 2, 2, 2, 5, 3, 2, 6, 7, 2],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "nummod", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "NUM", "PUNCT"],
                    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "NN", "CD", "."],
                    lemmas=["the", "painter", "die", "in", "the", "spring", "at", "age", "88", "."],
                    ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-CARDINAL", "O"])
    assert _figures(doc) == []


def test_a_count_of_the_dead_stays_a_figure(build_doc) -> None:
    # "88 people died in the flood ."
    doc = build_doc("88 people died in the flood .", heads=[1, 2, 2, 2, 5, 3, 2],
                    deps=["nummod", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                    pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["CD", "NNS", "VBD", "IN", "DT", "NN", "."],
                    lemmas=["88", "people", "die", "in", "the", "flood", "."],
                    ents=["B-CARDINAL", "O", "O", "O", "O", "O", "O"])
    assert [f[:2] for f in _figures(doc)] == [("killed", 88)]


def test_a_number_after_aged_is_an_age(build_doc) -> None:
    # "The painter died aged 88 ."
    doc = build_doc("The painter died aged 88 .", heads=[1, 2, 2, 2, 3, 2],
                    deps=["det", "nsubj", "ROOT", "advcl", "npadvmod", "punct"],
                    pos=["DET", "NOUN", "VERB", "VERB", "NUM", "PUNCT"],
                    tags=["DT", "NN", "VBD", "VBN", "CD", "."],
                    lemmas=["the", "painter", "die", "age", "88", "."],
                    ents=["O", "O", "O", "O", "B-CARDINAL", "O"])
    assert _figures(doc) == []


def _gunmen(build_doc, obj: bool):
    # "Two gunmen killed [14 people | ] in the market ."
    if obj:
        return build_doc("Two gunmen killed 14 people in the market .", heads=[1, 2, 2, 4, 2, 2, 7, 5, 2],
                         deps=["nummod", "nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"],
                         pos=["NUM", "NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                         tags=["CD", "NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", "."],
                         lemmas=["two", "gunman", "kill", "14", "people", "in", "the", "market", "."],
                         ents=["B-CARDINAL", "O", "O", "B-CARDINAL", "O", "O", "O", "O", "O"])
    return build_doc("Two soldiers died in the market .", heads=[1, 2, 2, 2, 5, 3, 2],
                     deps=["nummod", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                     pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                     tags=["CD", "NNS", "VBD", "IN", "DT", "NN", "."],
                     lemmas=["two", "soldier", "die", "in", "the", "market", "."],
                     ents=["B-CARDINAL", "O", "O", "O", "O", "O", "O"])


def test_the_active_subject_of_a_verb_of_harm_with_an_object_is_the_doer(build_doc) -> None:
    assert [f[:2] for f in _figures(_gunmen(build_doc, obj=True))] == [("count", 2), ("killed", 14)]


def test_negative_the_subject_of_a_verb_of_dying_is_the_dead(build_doc) -> None:
    assert [f[:2] for f in _figures(_gunmen(build_doc, obj=False))] == [("killed", 2)]
