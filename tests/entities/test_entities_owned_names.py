"""A name the model read as a place that is a body's (hand-built Docs; bbc-dev2 regression, issue
15): after a participle of ownership joined by a hyphen to its owner (``Acme-owned Zelvask``,
actor_words.tsv ``owned_word``) or a body's descriptor (``Russian gas giant Korvant``), a name the
model tagged GPE that is no country, capital or gazetteer place is a body, there and wherever it is
written again. Without such words it stays the places stage's."""

from __future__ import annotations

import pytest

from entity_lookup import resolve_rows

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]



@pytest.fixture(scope="module")
def resolve(pipeline, actors):
    return lambda rows, starts: resolve_rows(pipeline.nlp.vocab, actors, rows, starts)


def _owned(owned: bool) -> list[Row]:
    """"The deal excludes [Acme - owned] Zelvask . Zelvask was sold ." """
    before = [("The", "DT", "DET", 1, "det", "O", "the"),
              ("deal", "NN", "NOUN", 2, "nsubj", "O", "deal"),
              ("excludes", "VBZ", "VERB", 2, "ROOT", "O", "exclude")]
    owner = [("Acme", "NNP", "PROPN", 5, "npadvmod", "B-ORG", "Acme"),
             ("-", "HYPH", "PUNCT", 5, "punct", "O", "-"),
             ("owned", "VBN", "VERB", 6, "amod", "O", "own")] if owned else []
    k = len(before) + len(owner)
    return [*before, *owner,
            ("Zelvask", "NNP", "PROPN", 2, "dobj", "B-GPE", "Zelvask"),
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Zelvask", "NNP", "PROPN", k + 4, "nsubjpass", "B-GPE", "Zelvask"),
            ("was", "VBD", "AUX", k + 4, "auxpass", "O", "be"),
            ("sold", "VBN", "VERB", k + 4, "ROOT", "O", "sell"),
            (".", ".", "PUNCT", k + 4, "punct", "O", ".")]


def test_a_name_owned_by_a_body_is_a_body_wherever_written(resolve):
    rows = _owned(True)
    found = resolve(rows, frozenset({0, 8}))
    zelvask = found["Zelvask"]
    assert zelvask.type == "ORG"
    assert [m.text for m in zelvask.mentions] == ["Zelvask", "Zelvask"]


def test_a_name_read_as_a_place_without_such_words_is_left_to_the_places_stage(resolve):
    found = resolve(_owned(False), frozenset({0, 5}))
    assert "Zelvask" not in found


@pytest.mark.parametrize("label", ["B-GPE", "B-ORG"])
def test_a_giant_read_as_a_place_is_a_body(resolve, label):
    rows = [("Russian", "JJ", "ADJ", 3, "amod", "B-NORP", "russian"),
            ("gas", "NN", "NOUN", 2, "compound", "O", "gas"),
            ("giant", "NN", "NOUN", 3, "compound", "O", "giant"),
            ("Korvant", "NNP", "PROPN", 4, "nsubj", label, "Korvant"),
            ("bought", "VBD", "VERB", 4, "ROOT", "O", "buy"),
            ("mines", "NNS", "NOUN", 4, "dobj", "O", "mine"),
            (".", ".", "PUNCT", 4, "punct", "O", "."),
            ("The", "DT", "DET", 8, "det", "O", "the"),
            ("state", "NN", "NOUN", 9, "nsubj", "O", "state"),
            ("controls", "VBZ", "VERB", 9, "ROOT", "O", "control"),
            ("Korvant", "NNP", "PROPN", 9, "dobj", "O", "Korvant"),
            (".", ".", "PUNCT", 9, "punct", "O", ".")]
    korvant = resolve(rows, frozenset({0, 7}))["Korvant"]
    assert korvant.type == "ORG"
    assert korvant.country == "RUS"
    assert [m.text for m in korvant.mentions][-2:] == ["Korvant", "Korvant"]
