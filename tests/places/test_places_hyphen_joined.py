"""Branch dev16m (session 20): a hyphen-joined place name is one name (components/places_hyphen.py;
class from news-dev17's misses: `Gilgit-Baltistan` resolved to the city Gilgit after its first
occurrence). Sentences of our own."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.components.places_hyphen import hyphen_widen


@dataclass
class M:
    start: int
    end: int
    text: str


def _mention(text: str, word: str, nth: int = 1) -> M:
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return M(start, start + len(word), word)


KNOWN = {"Saxony-Anhalt", "Trentino-Alto Adige", "Gilgit-Baltistan", "Saxony", "Gilgit"}


def test_a_half_is_widened_to_the_known_hyphen_joined_name() -> None:
    text = "Rain fell in Saxony-Anhalt and in Trentino-Alto Adige on Monday."
    ms = [_mention(text, "Saxony"), _mention(text, "Trentino")]
    hyphen_widen(text, ms, KNOWN.__contains__)
    assert [m.text for m in ms] == ["Saxony-Anhalt", "Trentino-Alto Adige"]


def test_a_label_that_took_the_hyphen_and_the_right_half_alone() -> None:
    text = "Farmers of Gilgit-Baltistan's valleys met. Baltistan-Gilgit is no name."
    ms = [M(11, 18, "Gilgit-"), _mention(text, "Baltistan", 1)]
    hyphen_widen(text, ms, KNOWN.__contains__)
    assert [m.text for m in ms] == ["Gilgit-Baltistan"]  # the half inside is the same name


def test_no_hyphen_or_an_unknown_compound_is_left_alone() -> None:
    text = "Saxony and a Saxony-based firm hired staff."
    ms = [_mention(text, "Saxony", 1), _mention(text, "Saxony", 2)]
    hyphen_widen(text, ms, KNOWN.__contains__)
    assert [m.text for m in ms] == ["Saxony", "Saxony"]


def test_every_occurrence_of_a_hyphenated_division_keeps_the_division(extract) -> None:
    record = extract("Storms hit Gilgit-Baltistan on Monday. Schools in Gilgit-Baltistan closed, and "
                     "Gilgit-Baltistan's roads were shut.", published="2025-06-01")
    by_start = {m.start: p for p in record.places for m in p.mentions}
    text = record.article.text
    starts = [i for i in range(len(text)) if text.startswith("Gilgit-Baltistan", i)]
    assert [by_start[s].level for s in starts] == ["admin1"] * 3


def test_a_hyphenated_city_stays_a_city(extract) -> None:
    record = extract("A theatre opened in Stratford-upon-Avon on Friday. Police in Winston-Salem "
                     "arrested two men.", published="2025-06-01")
    assert sorted((p.name, p.level) for p in record.places) == [
        ("Stratford-upon-Avon", "city"), ("Winston-Salem", "city")]
