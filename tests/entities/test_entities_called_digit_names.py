"""``a <noun> called <Word><digits>``: a word of letters with digits glued on, named by a naming participle of a
noun that names no person, is a body's name, whatever the model tagged (here a place); after a person's noun
(``a rapper called ...``) it is left to the person rules. Hand-built Docs of sentences written for these
tests, with lemmas (the naming verb is read by its lemma)."""

from __future__ import annotations

from entity_lookup import resolve_rows


def _rows(noun: str) -> list[tuple]:
    # She cited a <noun> called Horizon77 .
    return [("She", "PRP", "PRON", 1, "nsubj", "O", "she"), ("cited", "VBD", "VERB", 1, "ROOT", "O", "cite"),
            ("a", "DT", "DET", 3, "det", "O", "a"), (noun, "NN", "NOUN", 1, "dobj", "O", noun),
            ("called", "VBN", "VERB", 3, "acl", "O", "call"), ("Horizon77", "NNP", "PROPN", 4, "oprd", "B-GPE", "Horizon77"),
            (".", ".", "PUNCT", 1, "punct", "O", ".")]


def test_a_glued_digit_name_called_by_a_things_noun_is_a_body(pipeline, actors):
    found = resolve_rows(pipeline.nlp.vocab, actors, _rows("group"), frozenset({0}))
    assert "Horizon77" in found and found["Horizon77"].type == "ORG", found


def test_after_a_persons_noun_it_is_no_body(pipeline, actors):
    found = resolve_rows(pipeline.nlp.vocab, actors, _rows("rapper"), frozenset({0}))
    assert "Horizon77" not in found or found["Horizon77"].type != "ORG", found
