"""A decimal scaled by a multiplier has the value written (bbc-dev2 regression): ``$16.1m`` is
16100000, not binary floating point's 16100000.000000002, so figures compare equal to the text."""

from __future__ import annotations

import pytest

from newsevents.temporal.numbers import as_int_if_whole, parse_number


@pytest.mark.parametrize(("words", "value"), [(["16.1", "m"], 16_100_000), (["1.15", "bn"], 1_150_000_000),
                                              (["4.35", "million"], 4_350_000), (["2.5"], 2.5)])
def test_a_scaled_decimal_is_the_value_written(words, value):
    assert as_int_if_whole(parse_number(words)) == value
    assert parse_number(words) == value


def test_a_money_figure_of_a_scaled_decimal_is_whole(extract):
    record = extract("The film took $16.1m at the box office on its first weekend.", published="2005-01-01")
    money = [f for f in record.figures if f.kind == "money"]
    assert [f.value for f in money] == [16_100_000]
    assert isinstance(money[0].value, int)
