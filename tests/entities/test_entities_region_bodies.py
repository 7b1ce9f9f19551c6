"""A body named after a region that is named after a river sharing a country's name (``the Chad Basin
Development Authority``, ``region_head`` of place_words.tsv) is the region's body: neither a mention of the
country nor coded with it (brief s24-ents26); a body named after the country itself keeps its code.
Sentences of our own."""

from __future__ import annotations

from entity_lookup import entity_with_mention

PUBLISHED = "2025-03-04"


def test_a_body_named_after_a_basin_is_not_the_countrys(extract) -> None:
    record = extract("The Chad Basin Development Authority awarded the contract to a firm in Maiduguri.",
                     published=PUBLISHED)
    body = entity_with_mention(record, "Chad Basin Development Authority")
    assert body is not None and body.type == "ORG" and body.country != "TCD"
    assert not any(p.country == "TCD" for p in record.places)


def test_a_body_named_after_the_country_keeps_its_code(extract) -> None:
    record = extract("The Chad Development Authority awarded the contract to a firm in N'Djamena.",
                     published=PUBLISHED)
    body = entity_with_mention(record, "Chad Development Authority")
    assert body is not None and body.country == "TCD"
