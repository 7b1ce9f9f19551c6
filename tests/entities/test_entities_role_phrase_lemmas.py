"""The longest role phrase ending at a word (``EntityResolver._role_ending_at``): the words as
written, or with the last word's lemma when it is another word and not a verb's form (``starring``
is no star); the last word's tag is read once for all the lengths tried (hand-built Docs, own words)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver


@pytest.fixture(scope="module")
def role_ending(pipeline):
    actors = load_actor_dictionary()

    def run(words, tags, lemmas, j):
        n = len(words)
        doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, lemmas=lemmas, pos=["X"] * n,
                  heads=[n - 1] * n, deps=["dep"] * (n - 1) + ["ROOT"], sent_starts=[True] + [False] * (n - 1))
        return EntityResolver(doc, actors, None, {}, set())._role_ending_at(j, 0)

    return run


def test_a_form_the_table_lacks_is_found_by_its_lemma(role_ending) -> None:
    # a form the table lacks (an invented spelling) whose lemma is a role's
    words = ["two", "peacekeeperz", "left"]
    assert role_ending(words, ["CD", "NNS", "VBD"], ["two", "peacekeeper", "leave"], 1) == (1, "peacekeeper")
    # the lemma the same as the word: the word as written only
    assert role_ending(["a", "peacekeeper", "left"], ["DT", "NN", "VBD"], ["a", "peacekeeper", "leave"], 1) == (1, "peacekeeper")


def test_a_verb_form_whose_lemma_is_a_role_is_no_role(role_ending) -> None:
    words = ["a", "film", "starring", "Tom", "Reed"]
    lemmas = ["a", "film", "star", "Tom", "Reed"]
    assert role_ending(words, ["DT", "NN", "VBG", "NNP", "NNP"], lemmas, 2) is None
    # the same words, the last under a noun's tag: its lemma is read
    assert role_ending(words, ["DT", "NN", "NN", "NNP", "NNP"], lemmas, 2) is not None
