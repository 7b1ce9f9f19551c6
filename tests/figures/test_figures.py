"""Figures: kinds, values, qualifiers and spans on sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from newsevents.record import make_article
from newsevents.temporal.numbers import parse_number


def _figures(pipeline, text):
    """The figures with the qualifier the stage left on the Doc (working state, not in the record)."""
    [doc] = pipeline.docs([make_article(text, published="2023-05-10")])
    for figure in doc._.figures:
        assert text[figure.start:figure.end] == figure.text
    return [SimpleNamespace(**f.model_dump(), qualifier=doc._.figure_qualifiers[f.id]) for f in doc._.figures]


def _find(figures, kind, value):
    return next((f for f in figures if f.kind == kind and f.value == value), None)


def test_parse_written_numbers():
    assert parse_number(["twenty", "four"]) == 24
    assert parse_number(["1.5", "million"]) == 1_500_000
    assert parse_number(["a", "dozen"]) == 12
    assert parse_number(["hundreds"]) == 100
    assert parse_number(["two", "thousand"]) == 2000
    assert parse_number(["several"]) is None


def test_casualties_and_elliptic_coordination(pipeline):
    figures = _figures(pipeline, "Police said 14 protesters had been shot dead and another 40 injured in the capital.")
    assert _find(figures, "injured", 40) is not None
    assert "another 40" in _find(figures, "injured", 40).text
    assert _find(figures, "count", 40) is None


def test_killed_verb_and_qualifier(pipeline):
    figures = _figures(pipeline, "The landslide killed at least 31 villagers, officials said.")
    killed = _find(figures, "killed", 31)
    assert killed is not None and killed.qualifier == "at least"
    assert killed.text.startswith("at least 31")


def test_arrested_missing_displaced(pipeline):
    text = ("More than 200 people were arrested overnight. Five fishermen remain missing after the storm, "
            "which left thousands of families homeless.")
    figures = _figures(pipeline, text)
    arrested = _find(figures, "arrested", 200)
    assert arrested is not None and arrested.qualifier == "more than"
    assert _find(figures, "missing", 5) is not None
    assert _find(figures, "displaced", 1000) is not None


def test_deaths_noun_and_written_numbers(pipeline):
    figures = _figures(pipeline, "Hospitals reported twenty-four deaths and a dozen injuries on Sunday.")
    assert _find(figures, "killed", 24) is not None
    assert _find(figures, "injured", 12) is not None


def test_percent_with_what_it_is_of(pipeline):
    figures = _figures(pipeline, "Rebels now control 35% of Idlib and about 12 per cent of the border.")
    idlib = _find(figures, "percent", 35)
    assert idlib is not None and idlib.about == "Idlib" and "35%" in idlib.text
    border = _find(figures, "percent", 12)
    assert border is not None and border.qualifier == "about"


def test_money_keeps_the_currency(pipeline):
    figures = _figures(pipeline, "The deal is worth £3bn, after a $20m advance and 1.5 million euros in fees.")
    assert _find(figures, "money", 3_000_000_000).about == "GBP"
    assert _find(figures, "money", 20_000_000).about == "USD"
    assert _find(figures, "money", 1_500_000).about == "EUR"


def test_counts_and_ranges(pipeline):
    figures = _figures(pipeline, "Between 20 and 30 tanks crossed the river while two women watched.")
    tanks = _find(figures, "count", 20)
    assert tanks is not None and tanks.about == "tank" and tanks.qualifier == "range"
    women = _find(figures, "count", 2)
    assert women is not None and women.text == "two women"


def test_up_to_keeps_the_bound(pipeline):
    figures = _figures(pipeline, "Up to 30 buses will carry evacuees.")
    buses = _find(figures, "count", 30)
    assert buses is not None and buses.qualifier.lower() == "up to"


def test_years_dates_ages_and_addresses_are_not_figures(pipeline):
    text = "A 19-year-old was detained in 2021 at 221 Baker Street on 3 May, police said on Tuesday."
    values = {f.value for f in _figures(pipeline, text)}
    assert not values & {19, 2021, 221, 3}


def test_seed_figures(extract, shared_dir):
    text = (shared_dir / "spec" / "seed-article.txt").read_text(encoding="utf-8")
    figures = extract(text, published="2022-09-30").figures
    assert _find(figures, "killed", 23) is not None
    assert "28" in _find(figures, "injured", 28).text
    assert _find(figures, "percent", 60) is not None
