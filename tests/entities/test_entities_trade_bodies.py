"""A business named by its trade (hand-built Docs): ``group``, ``chain``, ``house`` after a word of
a trade (``Danish shipping group Torvik``) is a body's noun: the name after it takes the country
and BUS; after another word (``youth group``) it is none. A footballer's role noun (``Striker``)
gives no LAB sector; workers on strike (``strikers``) keep it. A one-word name that begins the
name of exactly one body is that body (``Zentra Bank ... Zentra said``); of two, neither's."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from entity_lookup import resolve_rows
from newsevents.components.entities import EntityResolver

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]



@pytest.fixture(scope="module")
def make_doc(pipeline):
    def run(rows: list[Row], starts: frozenset[int] = frozenset({0})) -> Doc:
        words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
        return Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
                   sent_starts=[k in starts for k in range(len(words))], lemmas=lemmas)

    return run


@pytest.fixture(scope="module")
def resolve(pipeline, actors):
    return lambda rows: resolve_rows(pipeline.nlp.vocab, actors, rows, frozenset({0}))


def _described(modifier: str, noun: str) -> list[Row]:
    """"Danish <modifier> <noun> Torvik cut jobs ." """
    return [("Danish", "JJ", "ADJ", 2, "amod", "O", "danish"),
            (modifier, "NN", "NOUN", 2, "compound", "O", modifier),
            (noun, "NN", "NOUN", 3, "compound", "O", noun),
            ("Torvik", "NNP", "PROPN", 4, "nsubj", "B-ORG", "Torvik"),
            ("cut", "VBD", "VERB", 4, "ROOT", "O", "cut"),
            ("jobs", "NNS", "NOUN", 4, "dobj", "O", "job"),
            (".", ".", "PUNCT", 4, "punct", "O", ".")]


@pytest.mark.parametrize(("modifier", "noun"), [("shipping", "group"), ("retail", "chain"), ("fashion", "house"),
                                                ("media", "outfit")])
def test_a_trade_noun_after_a_trade_word_describes_a_business(resolve, modifier, noun):
    torvik = resolve(_described(modifier, noun))["Torvik"]
    assert torvik.country == "DNK"
    assert torvik.sector == ["BUS"]


def test_a_trade_noun_after_another_word_is_no_business(resolve):
    torvik = resolve(_described("youth", "group"))["Torvik"]
    assert "BUS" not in torvik.sector


def test_a_footballers_role_gives_no_labour_sector(resolve, actors):
    rows: list[Row] = [("Striker", "NN", "NOUN", 2, "compound", "O", "striker"),
                       ("Tom", "NNP", "PROPN", 2, "compound", "B-PERSON", "Tom"),
                       ("Hale", "NNP", "PROPN", 3, "nsubj", "I-PERSON", "Hale"),
                       ("scored", "VBD", "VERB", 3, "ROOT", "O", "score"),
                       (".", ".", "PUNCT", 3, "punct", "O", ".")]
    hale = resolve(rows)["Tom Hale"]
    assert hale.sector == []
    assert actors.role("striker").sector is None


def test_workers_on_strike_keep_the_labour_sector(make_doc, actors):
    doc = make_doc([("The", "DT", "DET", 1, "det", "O", "the"),
                    ("strikers", "NNS", "NOUN", 2, "nsubj", "O", "striker"),
                    ("marched", "VBD", "VERB", 2, "ROOT", "O", "march"),
                    (".", ".", "PUNCT", 2, "punct", "O", ".")])
    assert actors.code_tokens([doc[1]]) == (None, ["LAB"])


THREE_SENTENCES = frozenset({0, 5, 10})


def _two_bodies_then_short(first_word: str) -> list[Row]:
    """"<first_word> Motors opened it . Zentra Bank lent it . Zentra said ." (the last one tagged a person)"""
    return [(first_word, "NNP", "PROPN", 1, "compound", "B-ORG", first_word),
            ("Motors", "NNPS", "PROPN", 2, "nsubj", "I-ORG", "Motors"),
            ("opened", "VBD", "VERB", 2, "ROOT", "O", "open"), ("it", "PRP", "PRON", 2, "dobj", "O", "it"),
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Zentra", "NNP", "PROPN", 6, "compound", "B-ORG", "Zentra"),
            ("Bank", "NNP", "PROPN", 7, "nsubj", "I-ORG", "Bank"),
            ("lent", "VBD", "VERB", 7, "ROOT", "O", "lend"), ("it", "PRP", "PRON", 7, "dobj", "O", "it"),
            (".", ".", "PUNCT", 7, "punct", "O", "."),
            ("Zentra", "NNP", "PROPN", 11, "nsubj", "B-PERSON", "Zentra"),
            ("said", "VBD", "VERB", 11, "ROOT", "O", "say"), (".", ".", "PUNCT", 11, "punct", "O", ".")]


def test_a_short_name_of_the_one_longer_body_is_that_body(make_doc, actors):
    doc = make_doc(_two_bodies_then_short("Kelso"), THREE_SENTENCES)
    found = {e.name: e for e in EntityResolver(doc, actors, None, {}, set()).resolve()}
    assert [m.text for m in found["Zentra Bank"].mentions] == ["Zentra Bank", "Zentra"]


def test_a_short_name_two_longer_bodies_begin_with_is_neither(make_doc, actors):
    doc = make_doc(_two_bodies_then_short("Zentra"), THREE_SENTENCES)
    found = {e.name: e for e in EntityResolver(doc, actors, None, {}, set()).resolve()}
    assert [m.text for m in found["Zentra Bank"].mentions] == ["Zentra Bank"]
    assert [m.text for m in found["Zentra Motors"].mentions] == ["Zentra Motors"]
