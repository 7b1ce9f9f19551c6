"""Animals counted dead or hurt are a count of the animals, not a casualty figure (issue 14, session 24, brief
targets25; the "Misses by class" of news-dev37's README, a count of dead fish read as a death toll):
components/figures.py ``_animal_counted`` and the ``figures_animal`` words of figure_lexicon.tsv. Sentences of our
own (none from a data set or an audit)."""

from __future__ import annotations


def _figures(pipeline, text: str):
    return pipeline.extract(text, published="2021-03-01").figures


def test_dead_fish_washed_up_are_a_count(pipeline) -> None:
    figures = _figures(pipeline, "More than 300 dead fish have washed up on the shore of Lake Marven this week.")
    assert [(f.kind, f.value, f.about) for f in figures] == [("count", 300, "fish")]


def test_animals_killed_are_a_count_beside_a_toll_of_people(pipeline) -> None:
    figures = _figures(pipeline, "Twelve people were killed and 40 cattle died in the floods.")
    assert [(f.kind, f.value) for f in figures] == [("killed", 12), ("count", 40)]


def test_dead_people_stay_a_death_toll(pipeline) -> None:
    figures = _figures(pipeline, "More than 300 dead civilians were found in the town.")
    assert [f.kind for f in figures] == ["killed"]
