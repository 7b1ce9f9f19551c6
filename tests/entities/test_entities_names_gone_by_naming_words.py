"""A name someone goes by hangs on a verb or a noun of naming (actor_words.tsv ``naming_verb``,
``name_noun``, read by their lemmas): the rule looks for such names only in an article where one of
those words stands (the index of lemmas), in any form (``Names``, ``called``); an article without
one is not searched, and the other untagged-name rules still read it (hand-built Docs, own words)."""

from __future__ import annotations

import pytest

from entity_lookup import resolve_rows
from newsevents.components.entities import EntityResolver


@pytest.fixture
def asked(monkeypatch):
    """The words the name-gone-by rule was asked about (token indices)."""
    seen: list[int] = []
    rule = EntityResolver._name_gone_by

    def counting(self, tok, tagged, by_start):
        seen.append(tok.i)
        return rule(self, tok, tagged, by_start)

    monkeypatch.setattr(EntityResolver, "_name_gone_by", counting)
    return seen


def _calls_herself(verb: str, lemma: str) -> list[tuple]:
    """"One rider <verb> herself Quillfeather . Quillfeather won twice ." """
    return [("One", "CD", "NUM", 1, "nummod", "O", "one"),
            ("rider", "NN", "NOUN", 2, "nsubj", "O", "rider"),
            (verb, "VBZ", "VERB", 2, "ROOT", "O", lemma),
            ("herself", "PRP", "PRON", 2, "dobj", "O", "herself"),
            ("Quillfeather", "NNP", "PROPN", 2, "oprd", "B-ORG", "Quillfeather"),
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Quillfeather", "NNP", "PROPN", 7, "nsubj", "O", "Quillfeather"),
            ("won", "VBD", "VERB", 7, "ROOT", "O", "win"),
            ("twice", "RB", "ADV", 7, "advmod", "O", "twice"),
            (".", ".", "PUNCT", 7, "punct", "O", ".")]


def test_a_naming_verb_in_any_form_lets_the_rule_read_the_article(pipeline, actors, asked) -> None:
    found = resolve_rows(pipeline.nlp.vocab, actors, _calls_herself("Calls", "call"), frozenset({0, 6}))
    assert found["Quillfeather"].type == "PERSON"
    assert asked


def test_an_article_with_no_word_of_naming_is_not_searched(pipeline, actors, asked) -> None:
    rows = _calls_herself("pays", "pay")
    found = resolve_rows(pipeline.nlp.vocab, actors, rows, frozenset({0, 6}))
    assert asked == []
    assert all(e.type != "PERSON" for name, e in found.items() if "Quillfeather" in name)
    # a relative's given name after a relation noun is still read ("his wife Amber")
    kin = [("Tom", "NNP", "PROPN", 1, "nsubj", "B-PERSON", "Tom"),
           ("thanked", "VBD", "VERB", 1, "ROOT", "O", "thank"),
           ("his", "PRP$", "PRON", 3, "poss", "O", "his"),
           ("wife", "NN", "NOUN", 1, "dobj", "O", "wife"),
           ("Amber", "NNP", "PROPN", 3, "appos", "O", "Amber"),
           (".", ".", "PUNCT", 1, "punct", "O", ".")]
    found = resolve_rows(pipeline.nlp.vocab, actors, kin, frozenset({0}))
    assert asked == []
    assert found["Amber"].type == "PERSON"
