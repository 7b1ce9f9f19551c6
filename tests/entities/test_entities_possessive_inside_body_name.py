"""A possessive word inside a body's own name (``Saint Anne's Hospital``) is a word of the name, no owner: the
place after ``in`` on the body's noun is still read as its home, over the story's country (issue 15 item 2;
hand-built Doc, sentences of our own)."""

from __future__ import annotations

from entity_lookup import name_row

ROWS = [("Police", "NNS", "NOUN", 3, "nsubj", "O", "police"), ("in", "IN", "ADP", 0, "prep", "O", "in"),
        name_row("Ohio", 1, "pobj", "B-GPE"), ("said", "VBD", "VERB", 3, "ROOT", "O", "say"),
        ("it", "PRP", "PRON", 3, "dobj", "O", "it"), (".", ".", "PUNCT", 3, "punct", "O", "."),
        name_row("Saint", 7, "compound", "B-ORG"), name_row("Anne", 9, "poss", "I-ORG"),
        ("'s", "POS", "PART", 7, "case", "I-ORG", "'s"), name_row("Hospital", 12, "nsubj", "I-ORG"),
        ("in", "IN", "ADP", 9, "prep", "O", "in"), name_row("Lyon", 10, "pobj", "B-GPE"),
        ("closed", "VBD", "VERB", 12, "ROOT", "O", "close"), (".", ".", "PUNCT", 12, "punct", "O", ".")]


def test_a_hospital_named_after_a_saint_is_of_the_town_after_in(resolve_doc_rows) -> None:
    # "Police in Ohio said it. Saint Anne's Hospital in Lyon closed.": the hospital is Lyon's, not the story's
    _, entities = resolve_doc_rows(ROWS, frozenset({0, 6}))
    assert next(e for e in entities if e.name == "Saint Anne's Hospital").country == "FRA"
