"""Figures seen on web news and BBC business/tech pages (figev23, issue 14): a currency letter glued
to the amount (the naira, the rand), degrees that are diplomas, a number in a title, a currency
name that is an adjective. Sentences written for these tests."""

from __future__ import annotations


def _figures(extract, text):
    record = extract(text, published="2024-03-12")
    for figure in record.figures:
        assert text[figure.start:figure.end] == figure.text
    return {(f.kind, f.value, f.about, f.text) for f in record.figures}


def test_naira_and_rand_glued_to_the_amount_with_a_scale(extract) -> None:
    figures = _figures(extract, "The council approved N7 million for the clinic, N350m for roads and R4.5 billion for a dam.")
    assert ("money", 7_000_000, "NGN", "N7 million") in figures
    assert ("money", 350_000_000, "NGN", "N350m") in figures
    assert ("money", 4_500_000_000, "ZAR", "R4.5 billion") in figures


def test_a_glued_letter_amount_with_thousands_commas(extract) -> None:
    figures = _figures(extract, "Each stall holder was given N15,000 by the ward chairman.")
    assert ("money", 15_000, "NGN", "N15,000") in figures


def test_a_road_or_a_mask_is_no_money(extract) -> None:
    figures = _figures(extract, "Lorries on the N4 and the R512 carried N95 masks to the depot.")
    assert not [f for f in figures if f[0] == "money"]


def test_degrees_with_a_word_between_are_counted(extract) -> None:
    figures = _figures(extract, "The college said 620 doctoral degrees were awarded this summer.")
    assert ("count", 620, "degree", "620 doctoral degrees") in figures


def test_degrees_right_after_the_number_measure(extract) -> None:
    figures = _figures(extract, "The thermometer in the square showed 38 degrees at noon.")
    assert not [f for f in figures if f[1] == 38]


def test_a_number_after_the_word_it_names_is_a_title(extract) -> None:
    figures = _figures(extract, "Fans queued for Shadow-Life 3 when it went on sale.")
    assert not [f for f in figures if f[1] == 3]


def test_a_currency_name_before_a_number_is_no_sign(extract) -> None:
    figures = _figures(extract, "The dream felt more real than the real one.")
    assert not [f for f in figures if f[0] == "money"]
