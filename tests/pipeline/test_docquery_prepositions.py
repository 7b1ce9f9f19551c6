"""The objects of prepositions (newsevents.docquery.objects_of_prep / objects_of_preps), on hand-built Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.docquery import objects_of_prep, objects_of_preps

VOCAB = spacy.blank("en").vocab


def talks_with_two() -> Doc:
    # "The mayor met with farmers and bakers because of the storm , praised by the union ."
    words = ["The", "mayor", "met", "with", "farmers", "and", "bakers", "because", "of", "the", "storm", ",",
             "praised", "by", "the", "union", "."]
    heads = [1, 2, 2, 2, 3, 4, 4, 2, 7, 10, 8, 2, 2, 12, 15, 13, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "cc", "conj", "prep", "pcomp", "det", "pobj", "punct",
            "advcl", "agent", "det", "pobj", "punct"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


def _words(tokens: list) -> list[str]:
    return [t.text for t in tokens]


def test_a_prepositions_object_and_its_conjuncts() -> None:
    doc = talks_with_two()
    assert _words(objects_of_prep(doc[3])) == ["farmers", "bakers"]
    assert _words(objects_of_prep(doc[3], conjuncts=False)) == ["farmers"]


def test_the_second_word_of_a_two_word_preposition() -> None:
    doc = talks_with_two()
    assert objects_of_prep(doc[7]) == []
    assert _words(objects_of_prep(doc[7], second_word=True)) == ["storm"]


def test_objects_of_named_prepositions_on_a_head() -> None:
    doc = talks_with_two()
    assert _words(objects_of_preps(doc[2], ("with",))) == ["farmers", "bakers"]
    assert _words(objects_of_preps(doc[2], ("with",), conjuncts=False)) == ["farmers"]
    assert objects_of_preps(doc[2], ("on",)) == []


def test_the_passive_by_only_when_asked() -> None:
    doc = talks_with_two()
    assert objects_of_preps(doc[12], ("by",)) == []
    assert _words(objects_of_preps(doc[12], ("by",), deps=("prep", "agent"))) == ["union"]
