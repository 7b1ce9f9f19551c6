"""Tariffs announced on a country's goods are a sanction on that country (issue 14, session 24, brief targets25; the
"Misses by class" of news-dev37's README, a head of state's announcement of tariffs): event_lexicon.tsv rows of
``announce`` and ``announcement``. Whole sentences of our own (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2019-05-01"


def _sanctions(pipeline, text: str):
    return [e for e in pipeline.extract(text, published=PUBLISHED).events if e.event == "SANCTION"]


def test_tariffs_announced_on_a_countrys_imports_sanction_it(pipeline) -> None:
    events = _sanctions(pipeline, "The United States announced tariffs on Canadian imports on Friday.")
    assert events and [p.country for p in events[0].actor] == ["USA"]
    assert [p.country for p in events[0].recipient] == ["CAN"]


def test_an_announcement_of_tariffs_by_a_president_is_a_sanction(pipeline) -> None:
    events = _sanctions(pipeline, "Markets fell after the announcement of tariffs on Chinese goods by President "
                                  "Donald Trump.")
    assert events and events[0].trigger.text == "announcement"


def test_other_things_announced_are_no_sanction(pipeline) -> None:
    assert not _sanctions(pipeline, "The ministry announced a duty-free shopping scheme for tourists.")
    assert not _sanctions(pipeline, "The club announced a new sponsor on Friday.")
