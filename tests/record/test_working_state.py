"""Working state shared between stages stays on the Doc; the record models carry only the record."""

from __future__ import annotations

from newsevents.record import Entity, Figure, make_article

TEXT = ("Maria Lopez, the mayor, said: \"I will not resign.\" She added that at least 12 people "
        "were hurt when the roof fell.")


def test_mention_kinds_and_qualifiers_are_doc_side(pipeline):
    assert "mention_kinds" not in Entity.model_fields and "qualifier" not in Figure.model_fields
    [doc] = pipeline.docs([make_article(TEXT, published="2024-01-05")])
    entities = doc._.entities
    assert entities, "the stage found no entity"
    for entity in entities:
        assert len(doc._.mention_kinds[entity.id]) == len(entity.mentions)
    mayor = next(e for e in entities if e.name == "Maria Lopez")
    # "I" inside her quotation joins her mentions as a pronoun, kinds kept in text order
    first_person = [k for m, k in zip(mayor.mentions, doc._.mention_kinds[mayor.id], strict=True) if m.text == "I"]
    assert first_person == ["pronoun"]
    assert {doc._.figure_qualifiers[f.id] for f in doc._.figures} == {"at least"}
