"""Counts whose noun is left out or comes late, and numbers that are no reported count: measures,
multiples, scores, properties, designators and names (figs21). Sentences written for these tests."""

from __future__ import annotations


def _figures(extract, text):
    record = extract(text, published="2024-03-12")
    for figure in record.figures:
        assert text[figure.start:figure.end] == figure.text
    return {(f.kind, f.value, f.about) for f in record.figures}


def test_count_after_a_participle(extract) -> None:
    assert ("count", 14, "storm") in _figures(extract, "The hurricane season ended with 14 named storms.")


def test_count_of_a_part_with_a_pronoun_and_a_bare_subject(extract) -> None:
    figures = _figures(extract, "The fleet lost nine boats. Seven of them sank near the pier. Four reached the coast.")
    assert ("count", 7, None) in figures
    assert ("count", 4, None) in figures


def test_one_as_a_subject_is_no_count(extract) -> None:
    figures = _figures(extract, "One reached the coast on Friday.")
    assert not [f for f in figures if f[1] == 1]


def test_part_of_a_named_whole(extract) -> None:
    figures = _figures(extract, "The ferry line ordered 30 of the vessels and up to 12 of its new tugs.")
    assert ("count", 30, "vessel") in figures
    assert ("count", 12, "tug") in figures


def test_measures_are_no_counts(extract) -> None:
    figures = _figures(extract, "The mill grinds about 40,000 tonnes a year; its lorry carried 90kg of oats 7 km "
                                "to a silo 8ft deep holding 2,000 litres, and the disk stores 64GB.")
    assert not [f for f in figures if f[0] == "count"]


def test_days_with_a_word_between_are_counted_things(extract) -> None:
    figures = _figures(extract, "The district must make up eight missed school days after the floods.")
    assert ("count", 8, "day") in figures


def test_multiples_are_no_counts_but_occasions_count(extract) -> None:
    figures = _figures(extract, "The new chip runs four times faster. The driver was stopped nine times.")
    assert ("count", 4, "time") not in figures
    assert ("count", 9, "time") in figures


def test_scores_are_no_counts_and_ranges_stay(extract) -> None:
    figures = _figures(extract, "The hosts won 3-1 after a 2-2 draw, the board backed it by a 4-3 vote, "
                                "and 40-60 fans stayed.")
    assert {v for _, v, _ in figures} == {40, 60}


def test_a_number_hyphened_to_a_singular_noun_is_a_property(extract) -> None:
    figures = _figures(extract, "The yard builds eight-cylinder engines for a 300-seat ferry, said a five-member board.")
    assert not [f for f in figures if f[0] == "count"]


def test_numbers_after_a_designator_or_in_a_name_are_no_counts(extract) -> None:
    figures = _figures(extract, "Councillors passed bill 17 and section 4 of the code, flight 209 left late, "
                                "the Harbour Nine played, and Oakmont 2.0 software shipped.")
    assert not [f for f in figures if f[0] == "count"]


def test_a_date_before_a_number_is_no_name(extract) -> None:
    assert ("injured", 12, "people") in _figures(extract, "On Monday 12 people were hurt in the blast.")


def test_a_capital_number_word_in_a_title_case_headline_still_counts(extract) -> None:
    assert ("count", 5, "men") in _figures(extract, "Police Arrest Five Men In Harbour Raid")
