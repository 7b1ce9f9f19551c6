"""Times rules of session 25's brief modality27, from the time classes of eval/gold/news-dev39/README.md (sentences
written here): a year-shaped number after `based on` names the year the basis is of, even before a plural
(`based on 2023 sales data`), where a number before a plural is otherwise a count (`in 1500 homes`); a bare month
hung on a to-infinitive of a noun that a simple past takes as object (`discussed the plan to build a plant in
April`) may be the past verb's time or the infinitive's, so it takes the nearest reading, not the next year's."""

from __future__ import annotations

from newsevents.components.times import UNKNOWN, _is_bare_number_year, governing_tense


def _based_on(build_doc, first: str, second: str):
    # "The report is based on 2023 sales data ." / "The report is based on 1500 sales records ."
    return build_doc(f"The report is based on {first} sales {second} .", heads=[1, 3, 3, 3, 3, 7, 7, 4, 3],
                     deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "nummod", "compound", "pobj", "punct"],
                     pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "NOUN", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBZ", "VBN", "IN", "CD", "NNS", "NNS", "."])


def test_a_year_after_based_on_is_a_year(build_doc):
    doc = _based_on(build_doc, "2023", "data")
    assert not _is_bare_number_year(doc[5:6])


def test_a_count_after_based_on_stays_a_count(build_doc):
    doc = _based_on(build_doc, "150", "records")
    assert _is_bare_number_year(doc[5:6])


def test_a_number_before_a_plural_elsewhere_stays_a_count(build_doc):
    doc = build_doc("Floods hit 1500 homes .", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
                    pos=["NOUN", "VERB", "NUM", "NOUN", "PUNCT"], tags=["NNS", "VBD", "CD", "NNS", "."])
    assert _is_bare_number_year(doc[2:3])


def _plan_to_build(build_doc, verb: str, tag: str, aux: str | None = None):
    # "Smith discussed the plan to build a plant in April ." (aux: "Smith will discuss ...")
    lead = ["Smith"] + ([aux] if aux else []) + [verb]
    m = len(lead) - 1
    words = lead + ["the", "plan", "to", "build", "a", "plant", "in", "April", "."]
    heads = [m] + ([m] if aux else []) + [m, m + 2, m, m + 4, m + 2, m + 6, m + 4, m + 4, m + 7, m]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "det", "dobj", "aux", "acl", "det", "dobj", "prep", "pobj",
                                                   "punct"]
    pos = ["PROPN"] + (["AUX"] if aux else []) + ["VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN",
                                                  "PUNCT"]
    tags = ["NNP"] + (["MD"] if aux else []) + [tag, "DT", "NN", "TO", "VB", "DT", "NN", "IN", "NNP", "."]
    doc = build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags)
    return doc, doc[len(words) - 2:len(words) - 1]


def test_a_month_on_a_nouns_infinitive_under_a_past_is_open(build_doc):
    _, month = _plan_to_build(build_doc, "discussed", "VBD")
    assert governing_tense(month) == UNKNOWN


def test_a_month_on_a_nouns_infinitive_under_a_future_stays_ahead(build_doc):
    _, month = _plan_to_build(build_doc, "discuss", "VB", aux="will")
    assert governing_tense(month) != UNKNOWN


def test_whole_sentences(extract):
    record = extract("The chief executive also discussed the plan to build a new plant in April. "
                     "The forecast is based on 2023 sales data.", published="2024-09-15")
    values = {t.text: t.value for t in record.times}
    assert values.get("April") == "2024-04"
    assert values.get("2023") == "2023"
