"""How far back an act lies (issue 14, session 25, brief modality27; classes of the twenty-fifth news-wire audit,
docs/audit/2026-12-25-news-wire-twenty-fifth.md, "How far back an act lies"): a date of the publication's own
year is never background by its distance alone; a past act in a `when` clause under a modal main clause is a
fact told (the modal is the main clause's); a past clause a span of years measures back (`a year after he was
killed`) lies that far back. Hand-built parses of sentences of our own, then whole sentences of our own."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import modality
from newsevents.eventcoding.modality_dates import since_a_year_back
from newsevents.eventcoding.situate import is_earlier_year

PUBLISHED = "2011-10-20"


@pytest.mark.parametrize(("value", "published", "earlier"), [
    ("2011-01", "2011-10-20", False),  # "in January" told in October: this year's news
    ("2011-03-04", "2011-12-30", False),
    ("2010-03", "2011-10-20", True),  # the year before, well over 180 days back
    ("2010-12", "2011-01-05", False),  # last month
    ("1962", "2011-10-20", True),
])
def test_a_date_of_the_publications_own_year_is_never_background(value, published, earlier):
    assert is_earlier_year(value, published) is earlier


def _could_when(build_doc, tense: str = "VBD"):
    # "The port could have used guards when pirates raided the coast ."
    words = "The port could have used guards when pirates raided the coast ."
    return build_doc(words, heads=[1, 4, 4, 4, 4, 4, 8, 8, 4, 10, 8, 4],
                     deps=["det", "nsubj", "aux", "aux", "ROOT", "dobj", "advmod", "nsubj", "advcl", "det", "dobj",
                           "punct"],
                     pos=["DET", "NOUN", "AUX", "AUX", "VERB", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "MD", "VB", "VBN", "NNS", "WRB", "NNS", tense, "DT", "NN", "."],
                     lemmas=["the", "port", "could", "have", "use", "guard", "when", "pirate", "raid", "the", "coast",
                             "."])


def test_a_past_when_clause_under_a_modal_main_clause_is_a_fact_told(build_doc, cues):
    doc = _could_when(build_doc)
    assert modality.told_fact_clause(doc[8], cues)
    assert modality.modality_of(doc[8], cues) == "asserted"  # its date then decides how far back


def test_a_present_when_clause_under_a_modal_stays_open(build_doc, cues):
    doc = _could_when(build_doc, tense="VBP")  # "could ... when pirates raid the coast"
    assert not modality.told_fact_clause(doc[8], cues)
    assert modality.modality_of(doc[8], cues) == "hypothetical"


def _year_after(build_doc, aux: str | None = None):
    # "Crowds gathered one year after the mayor was killed ." / "Crowds will gather one year after ..."
    main = [aux, "gather"] if aux else ["gathered"]
    words = ["Crowds", *main, "one", "year", "after", "the", "mayor", "was", "killed", "."]
    m = len(main)  # index of the main verb
    v = m + 7  # index of "killed"
    heads = [m, *([m] if aux else []), m, m + 2, v, v, m + 5, v, v, m, m]
    deps = ["nsubj", *(["aux"] if aux else []), "ROOT", "nummod", "npadvmod", "mark", "det", "nsubjpass", "auxpass",
            "advcl", "punct"]
    pos = ["NOUN", *(["AUX"] if aux else []), "VERB", "NUM", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["NNS", *(["MD"] if aux else []), "VB" if aux else "VBD", "CD", "NN", "IN", "DT", "NN", "VBD", "VBN", "."]
    lemmas = ["crowd", *([aux] if aux else []), "gather", "one", "year", "after", "the", "mayor", "be", "kill", "."]
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), v


def test_a_past_clause_a_year_before_its_main_clause_is_background(build_doc, cues):
    doc, killed = _year_after(build_doc)
    assert modality.modality_of(doc[killed], cues) == "historical"


def test_a_clause_measured_back_from_a_main_clause_still_to_come_stays(build_doc, cues):
    doc, killed = _year_after(build_doc, aux="will")
    assert modality.modality_of(doc[killed], cues) != "historical"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In January, a week after the 40th anniversary of the treaty, a car bomb in Karachi killed a police officer.",
     "killed", "asserted"),
    ("The port could have used better defences in 1962 when Iraq invaded Kuwait.", "invaded", "historical"),
    ("About 300 people attended a service for the mayor of Basra, one year after he was killed by gunmen.",
     "killed", "historical"),
])
def test_whole_sentences(events_of, text, trigger, expected):
    found = [e for e in events_of(text) if e.trigger.text == trigger]
    assert found, text
    assert found[0].modality == expected


def _since(build_doc, year: str, perfect: bool = False):
    # "Gunmen killed six guards since 1990 ." / "Gunmen have killed six guards since 1990 ."
    lead = ["Gunmen", "have", "killed"] if perfect else ["Gunmen", "killed"]
    v = len(lead) - 1
    words = lead + ["six", "guards", "since", year, "."]
    heads = [v] + ([v] if perfect else []) + [v, v + 2, v, v, v + 3, v]
    deps = ["nsubj"] + (["aux"] if perfect else []) + ["ROOT", "nummod", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN"] + (["AUX"] if perfect else []) + ["VERB", "NUM", "NOUN", "ADP", "NUM", "PUNCT"]
    tags = ["NNS"] + (["VBP"] if perfect else []) + ["VBN" if perfect else "VBD", "CD", "NNS", "IN", "CD", "."]
    lemmas = ["gunman"] + (["have"] if perfect else []) + ["kill", "six", "guard", "since", year, "."]
    doc = build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    return doc[v]


def test_acts_counted_since_a_year_well_back_are_background(build_doc):
    assert since_a_year_back(_since(build_doc, "1990"), "1998-10-25")


def test_a_count_running_to_now_or_from_last_year_stays(build_doc):
    assert not since_a_year_back(_since(build_doc, "1990", perfect=True), "1998-10-25")  # "have killed ... since"
    assert not since_a_year_back(_since(build_doc, "1997"), "1998-10-25")  # from last year: not well back
    assert not since_a_year_back(_since(build_doc, "1990"), None)


def test_a_whole_sentence_counted_since_a_year(events_of):
    found = [e for e in events_of("Candles were lit for the nine police officers killed in attacks on army posts in "
                                  "Kashmir since 2002.") if e.trigger.text == "killed"]
    assert found and found[0].modality == "historical"
