"""``<Name> wrote on <Site>.``: a body named only as the object of ``on`` after a verb of writing for a
publication is a site (MED), with none of the codes a table files a body of that name under; the same name
as the object of ``joined`` keeps the table's code. Hand-built Docs of sentences written for these tests
(the name is one the field's dictionary files as a party; "will <verb>": the test Doc's lemmas are its words)."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(verb: str, on: bool) -> list[tuple]:
    # Ann Lee will <verb> [on] Young Conservatives .   (the test Doc's lemmas are its words)
    lead = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON"),
            ("will", "MD", "AUX", 3, "aux", "O"), (verb, "VB", "VERB", 3, "ROOT", "O")]
    if on:
        return [*lead, ("on", "IN", "ADP", 3, "prep", "O"), ("Young", "NNP", "PROPN", 6, "compound", "B-ORG"),
                ("Conservatives", "NNPS", "PROPN", 4, "pobj", "I-ORG"), (".", ".", "PUNCT", 3, "punct", "O")]
    return [*lead, ("Young", "NNP", "PROPN", 5, "compound", "B-ORG"),
            ("Conservatives", "NNPS", "PROPN", 3, "dobj", "I-ORG"), (".", ".", "PUNCT", 3, "punct", "O")]


def test_a_body_written_on_is_a_site_with_no_tables_code(stage_entities):
    found = stage_entities(_doc(_rows("write", True)))
    site = found["Young Conservatives"]
    assert site.sector == ["MED"] and site.country is None, found


def test_a_body_joined_keeps_the_tables_code(stage_entities):
    found = stage_entities(_doc(_rows("join", False)))
    assert "MED" not in found["Young Conservatives"].sector, found
