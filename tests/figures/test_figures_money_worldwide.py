"""Money as news writes it worldwide (figs21): ISO codes before or after the amount, currency names
with the people word that names them, signs glued to the amount, Indian scale words. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsevents.temporal.lexicon import packaged_words


def _money(extract, text):
    record = extract(text, published="2024-03-12")
    for figure in record.figures:
        assert text[figure.start:figure.end] == figure.text
    return {(f.value, f.about, f.text) for f in record.figures if f.kind == "money"}


def test_iso_code_before_and_after_the_amount(extract) -> None:
    money = _money(extract, "The ferry operator paid EUR 5 million for the berth and 300 NOK for each permit.")
    assert (5_000_000, "EUR", "EUR 5 million") in money
    assert (300, "NOK", "300 NOK") in money


def test_a_lower_case_word_spelled_like_a_code_is_no_currency(extract) -> None:
    record = extract("Players will try 3 new drills at the top 10 clubs.", published="2024-03-12")
    assert not [f for f in record.figures if f.kind == "money"]


def test_currency_names_with_the_people_word(extract) -> None:
    money = _money(extract, "The insurer lost 2.5 billion Hong Kong dollars, 40,000 Kenyan shillings and 5m dollars.")
    assert (2_500_000_000, "HKD", "2.5 billion Hong Kong dollars") in money
    assert (40_000, "KES", "40,000 Kenyan shillings") in money
    assert (5_000_000, "USD", "5m dollars") in money


def test_bare_currency_names(extract) -> None:
    money = _money(extract, "A kilo of rice now costs 120 rupees, or 9,000 rupiah, or 50,000 yuan a tonne.")
    assert {(120, "INR"), (9000, "IDR"), (50_000, "CNY")} <= {(v, c) for v, c, _ in money}


def test_a_currency_name_read_as_a_verb_or_adjective_is_none(extract) -> None:
    record = extract("Three won medals and 10 real problems remained.", published="2024-03-12")
    assert not [f for f in record.figures if f.kind == "money"]


def test_signs_glued_to_the_amount_and_indian_scales(extract) -> None:
    money = _money(extract, "The port cost HK$5bn, the bridge S$20m, the school Rs 2 crore and the road RM50 a metre.")
    assert (5_000_000_000, "HKD", "HK$5bn") in money
    assert (20_000_000, "SGD", "S$20m") in money
    assert (20_000_000, "INR", "Rs 2 crore") in money
    assert (50, "MYR", "RM50") in money


def test_amount_after_a_sign_is_money_whatever_the_recogniser_said(extract) -> None:
    money = _money(extract, "Regulators rejected the ministry's $280bn (£155bn) claim against the banks.")
    assert (280_000_000_000, "USD", "$280bn") in money


def test_scale_word_before_the_full_stop(extract) -> None:
    text = "Lending rose by £4m in May, after April's £4.29m."
    money = _money(extract, text)
    assert (4_290_000, "GBP", "£4.29m") in money


@pytest.mark.parametrize("key", ["TRY", "ALL", "TOP", "CUP", "PEN", "COP", "try", "all", "top"])
def test_codes_that_are_words_are_left_out(key: str) -> None:
    assert key not in packaged_words().currencies


def test_an_amount_in_hundredths_is_money_in_the_whole_unit(extract) -> None:
    # qtp34: "cents" and "pence" after the amount are the dollar's and the pound's hundredths
    money = _money(extract, "The bus fare rose 35 cents last year, and a stamp now costs 85 pence.")
    assert (0.35, "USD", "35 cents") in money
    assert (0.85, "GBP", "85 pence") in money


def test_the_hundredths_table_names_the_unit_count() -> None:
    words = packaged_words()
    assert words.fractions["cents"] == 100 and words.currencies["cents"] == "USD"
    assert "dollars" not in words.fractions  # a whole unit has no divisor


def test_plural_names_of_caucasus_currencies(extract) -> None:
    # figev40: news in English writes the lari and the manat with an English plural ("100 laris")
    money = _money(extract, "The farmer gets a pension of 150 laris a month, and his brother 300 manats.")
    assert {(150, "GEL"), (300, "AZN")} <= {(v, c) for v, c, _ in money}
