"""A name someone goes by (hand-built Docs; bbc-dev2 regression, issue 15): ``a blogger goes by the
online name Zantor``, ``one volunteer calls himself Brightwater``: the capitalised words a person
noun takes as its name (actor_words.tsv ``name_noun``; ``naming_verb`` with a reflexive object) are
that person's name, whatever the tagger read there (a product, a body, an adjective); the noun
phrase of the subject is the same person, and the name written again alone is that person too.
A noun of no person (``the company``) names no one so; a lowercase complement (``calls himself a
reformer``) is no name."""

from __future__ import annotations

import pytest

from entity_lookup import resolve_rows

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]



@pytest.fixture(scope="module")
def resolve(pipeline, actors):
    return lambda rows, starts: resolve_rows(pipeline.nlp.vocab, actors, rows, starts)


def _goes_by(noun: str, appos: bool, label: str) -> list[Row]:
    """"A local <noun> goes by the online name Zantor . Zantor posted maps ." """
    return [("A", "DT", "DET", 2, "det", "O", "a"),
            ("local", "JJ", "ADJ", 2, "amod", "O", "local"),
            (noun, "NN", "NOUN", 3, "nsubj", "O", noun),
            ("goes", "VBZ", "VERB", 3, "ROOT", "O", "go"),
            ("by", "IN", "ADP", 3, "prep", "O", "by"),
            ("the", "DT", "DET", 7 if appos else 8, "det", "O", "the"),
            ("online", "JJ", "ADJ", 7, "amod", "O", "online"),
            ("name", "NN", "NOUN", 4 if appos else 8, "pobj" if appos else "compound", "O", "name"),
            ("Zantor", "NNP", "PROPN", 7 if appos else 4, "appos" if appos else "pobj", label, "Zantor"),
            (".", ".", "PUNCT", 3, "punct", "O", "."),
            ("Zantor", "NNP", "PROPN", 11, "nsubj", "O", "Zantor"),
            ("posted", "VBD", "VERB", 11, "ROOT", "O", "post"),
            ("maps", "NNS", "NOUN", 11, "dobj", "O", "map"),
            (".", ".", "PUNCT", 11, "punct", "O", ".")]


@pytest.mark.parametrize("appos", [False, True])
@pytest.mark.parametrize("label", ["B-PRODUCT", "B-GPE", "O"])
def test_the_name_a_blogger_goes_by_is_that_person(resolve, appos, label):
    found = resolve(_goes_by("blogger", appos, label), frozenset({0, 10}))
    zantor = found["Zantor"]
    assert zantor.type == "PERSON"
    assert [m.text for m in zantor.mentions] == ["A local blogger", "Zantor", "Zantor"]


def test_a_company_going_by_a_name_is_no_person(resolve):
    found = resolve(_goes_by("company", False, "B-ORG"), frozenset({0, 10}))
    assert all(e.type != "PERSON" for e in found.values() if "Zantor" in e.name)


def _calls_himself(complement: Row) -> list[Row]:
    """"One volunteer calls himself <complement> . Brightwater writes often ." """
    return [("One", "CD", "NUM", 1, "nummod", "O", "one"),
            ("volunteer", "NN", "NOUN", 2, "nsubj", "O", "volunteer"),
            ("calls", "VBZ", "VERB", 2, "ROOT", "O", "call"),
            ("himself", "PRP", "PRON", 2, "dobj", "O", "himself"),
            complement,
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Brightwater", "NNP", "PROPN", 7, "nsubj", "O", "Brightwater"),
            ("writes", "VBZ", "VERB", 7, "ROOT", "O", "write"),
            ("often", "RB", "ADV", 7, "advmod", "O", "often"),
            (".", ".", "PUNCT", 7, "punct", "O", ".")]


def test_the_name_a_volunteer_calls_himself_is_that_person(resolve):
    found = resolve(_calls_himself(("Brightwater", "JJ", "ADJ", 2, "oprd", "B-ORG", "brightwater")), frozenset({0, 6}))
    person = found["Brightwater"]
    assert person.type == "PERSON"
    # the reflexive is the volunteer's too: bound by its clause's subject (binding principle A)
    assert [m.text for m in person.mentions] == ["volunteer", "himself", "Brightwater", "Brightwater"]


def test_a_lowercase_complement_of_calls_himself_names_no_one(resolve):
    found = resolve(_calls_himself(("reformer", "NN", "NOUN", 2, "oprd", "O", "reformer")), frozenset({0, 6}))
    assert all(m.text != "volunteer" for e in found.values() if e.name == "Brightwater" for m in e.mentions)


def test_calling_oneself_a_name_is_no_quote(extract):
    record = extract("One volunteer calls himself Brightwater. The minister called himself a victim of the press.",
                     published="2024-03-02")
    assert [q.content.text for q in record.quotes] == ["himself a victim of the press"]
