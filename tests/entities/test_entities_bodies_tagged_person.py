"""A name the model tags as a person that is a body's: several words ending in the last word of
a club's or a company's name (``club_word``, ``company_word``: ``Zorvex United``, ``Zorvex
Holdings``), or one word the actor dictionary codes, under that very name, as a business
(``Mattel``, USA BUS), is that body, unless a courtesy title or a person's title stands before it
(issue 15, session 12). Hand-built Docs of sentences written for these tests (rows: word, tag,
pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _subject(name: list[str], before: list[tuple] = ()) -> list[tuple]:
    """"[BEFORE] NAME... cut prices ." with the name tagged PERSON"""
    rows = list(before)
    k0 = len(rows)
    n = len(name)
    verb = k0 + n
    for k, word in enumerate(name):
        rows.append((word, "NNP", "PROPN", verb if k == n - 1 else k0 + n - 1, "nsubj" if k == n - 1 else "compound",
                     "B-PERSON" if k == 0 else "I-PERSON", k == 0 and not before))
    rows += [("cut", "VBD", "VERB", verb, "ROOT", "O", False), ("prices", "NNS", "NOUN", verb, "dobj", "O", False),
             (".", ".", "PUNCT", verb, "punct", "O", False)]
    return rows


def _type_of(found: dict, word: str) -> str:
    return next(e.type for e in found.values() if any(word in m.text for m in e.mentions))


def test_a_club_name_tagged_person_is_a_body(stage_entities) -> None:
    assert _type_of(stage_entities(_subject(["Zorvex", "United"])), "Zorvex") == "ORG"


def test_a_company_name_tagged_person_is_a_body(stage_entities) -> None:
    assert _type_of(stage_entities(_subject(["Zorvex", "Holdings"])), "Zorvex") == "ORG"


def test_a_dictionary_business_tagged_person_is_that_body(stage_entities) -> None:
    found = stage_entities(_subject(["Mattel"]))
    body = next(e for e in found.values() if any("Mattel" in m.text for m in e.mentions))
    assert body.type == "ORG" and "BUS" in body.sector, body


def test_a_courtesy_title_keeps_the_person(stage_entities) -> None:
    found = stage_entities(_subject(["Mattel"], before=[("Mr", "NNP", "PROPN", 1, "compound", "O", True)]))
    assert _type_of(found, "Mattel") == "PERSON", found
