"""Places of branch qtp35 (from news-dev53/54's place classes): the last word of a name the
gazetteer does not know, when it is a common noun of a kind of land (``place_words.tsv``
feature_head: "Valley", "Islands"), is no place of its own (a district or capital of that name);
"the Virgin Islands" unqualified is the US territory (``region_spelling``). Sentences written for
these tests."""

from __future__ import annotations


def _places(pipeline, text: str) -> dict[str, int | None]:
    return {p.name: p.geonameid for p in pipeline.extract(text, published="2024-05-06").places}


def test_the_kind_of_land_ending_an_unknown_name_is_no_place(pipeline) -> None:
    places = _places(pipeline, "Engineers from Silicon Valley opened an office in Ohio.")
    assert all(name not in ("The Valley", "Valley") for name in places)
    assert "Ohio" in places


def test_the_virgin_islands_are_the_us_territory(pipeline) -> None:
    places = _places(pipeline, "The senator held a rally in the Virgin Islands on Sunday.")
    assert places.get("U.S. Virgin Islands") == 4796775
    assert "Islands" not in places


def test_named_islands_the_gazetteer_knows_stay(pipeline) -> None:
    places = _places(pipeline, "Ships left the Cayman Islands and the British Virgin Islands.")
    assert places.get("Cayman Islands") == 3580718
    assert places.get("British Virgin Islands") == 3577718
