"""Times rule of brief s15-placetimes (sentences written here, none from the held-out set
tests/data/times_heldout3.tsv, whose one false time it came from): a month word right after a
given name (``given_names.tsv``) or closing a person's name (spaCy's PERSON) is the person's family
name, no time ("Theresa May said", "Coach Rob May"); a month after a weekday, a month before a
day's number, and a month after a proper noun that is no given name stay times."""

from __future__ import annotations


def test_a_month_after_a_given_name_is_a_family_name(build_doc, times_of):
    doc = build_doc("Rose June thanked the volunteers .", heads=[1, 2, 2, 4, 2, 2],
                    deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], tags=["NNP", "NNP", "VBD", "DT", "NNS", "."],
                    ents=["O", "B-DATE", "O", "O", "O", "O"])
    assert times_of(doc) == []


def test_a_month_closing_a_persons_name_is_no_time(build_doc, times_of):
    # "Okoro" is no given name of the table: spaCy's PERSON over both words tells it
    doc = build_doc("Coach Okoro May resigned .", heads=[2, 2, 3, 3, 3],
                    deps=["compound", "compound", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], tags=["NNP", "NNP", "NNP", "VBD", "."],
                    ents=["O", "B-PERSON", "I-PERSON", "O", "O"])
    assert times_of(doc) == []


def test_a_month_after_a_weekday_or_before_a_day_or_after_a_company_stays_a_time(build_doc, times_of):
    weekday = build_doc("The vote is on Friday , May 9 .", heads=[1, 2, 2, 2, 3, 4, 4, 6, 2],
                        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct", "appos", "nummod", "punct"],
                        pos=["DET", "NOUN", "AUX", "ADP", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT"],
                        tags=["DT", "NN", "VBZ", "IN", "NNP", ",", "NNP", "CD", "."])
    assert any("May" in t for t in times_of(weekday))
    # "Rose" is a given name, but a day's number follows the month
    day = build_doc("Guests arrive at Rose May 9 .", heads=[1, 1, 1, 2, 3, 4, 1],
                    deps=["nsubj", "ROOT", "prep", "pobj", "npadvmod", "nummod", "punct"],
                    pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "NUM", "PUNCT"], tags=["NNS", "VBP", "IN", "NNP", "NNP", "CD", "."])
    assert times_of(day) == ["May 9"]
    company = build_doc("Sales at Acme rose in June .", heads=[3, 0, 1, 3, 3, 4, 3],
                        deps=["nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
                        pos=["NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"], tags=["NNS", "IN", "NNP", "VBD", "IN", "NNP", "."])
    assert times_of(company) == ["June"]
