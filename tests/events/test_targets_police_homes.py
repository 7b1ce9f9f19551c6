"""A police force named bare is of the state its own clause places its act in, not of another force it was linked
to or of a building it stands near (issue 14, session 24, brief targets25; the twenty-fourth news-wire audit's
wrong-cue codes): eventcoding/home_codes.py ``police_where_they_stand``. Whole sentences of our own (none from a
data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2004-06-01"


def _coerce(pipeline, text: str):
    events = pipeline.extract(text, published=PUBLISHED).events
    return [e for e in events if e.event == "COERCE"]


def test_bare_police_in_a_city_are_of_its_state_not_of_a_force_named_before(pipeline) -> None:
    events = _coerce(pipeline, "Armenian police detained six protesters in Yerevan on Friday. Hundreds of exiles "
                               "marched in Paris on Sunday. The police barred the crowd from reaching the Armenian "
                               "embassy in central Paris.")
    barred = [e for e in events if e.trigger.text == "barred"]
    assert barred and [p.country for p in barred[0].actor] == ["FRA"]


def test_police_named_by_their_state_keep_it(pipeline) -> None:
    events = _coerce(pipeline, "Greek police detained two men in Vienna on Monday.")
    assert events and [p.country for p in events[0].actor] == ["GRC"]


def test_a_place_in_what_the_police_say_is_not_where_they_act(pipeline) -> None:
    events = _coerce(pipeline, "Mexican police arrested a drug smuggler on Monday. The police arrested his brother, "
                               "who had fled to Guatemala.")
    second = [e for e in events if e.trigger.text == "arrested"][-1:]
    assert second and [p.country for p in second[0].actor] == ["MEX"]
