"""An event's modality read against its own date and the publication date (issue 14, brief s20-mod20; rule
source: the eighteenth hand audit's modality rows, docs/audit/2026-12-18-news-wire-eighteenth.md #8, #29).
Hand-built parses of sentences of our own, and a few end-to-end checks with the model."""

from __future__ import annotations

import pytest

from newsevents.eventcoding.modality_dates import (
    ahead_of_publication,
    is_later_than_publication,
    noun_year,
    told_as_ahead,
)


@pytest.mark.parametrize(("value", "published", "later"), [
    ("2023-03-06", "2023-03-03", True),  # the coming Monday
    ("2023-03-03", "2023-03-03", False),  # the day itself is no later
    ("2022-W47", "2022-11-16", True),  # next week
    ("2022-W46", "2022-11-16", False),  # this week began before
    ("2020-11", "2020-10-07", True),  # next month
    ("2020-10", "2020-10-07", False),  # this month
    ("2024", "2023-06-13", True),
    ("2023", "2023-06-13", False),
    ("FUTURE_REF", "2023-06-13", True),
    ("PAST_REF", "2023-06-13", False),
    ("2023-03-06", None, False),  # no publication date: nothing to read against
    (None, "2023-03-03", False),
])
def test_a_date_later_than_publication(value, published, later):
    assert is_later_than_publication(value, published) is later


def _envoys(build_doc, verb: str, tag: str, aux: tuple[str, str] | None = None):
    """"Envoys <aux> <verb> in Lima" -> (doc, the verb)."""
    words = ["Envoys"] + ([aux[0]] if aux else []) + [verb, "in", "Lima"]
    v = 2 if aux else 1
    heads = [v] + ([v] if aux else []) + [v, v, v + 1]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "prep", "pobj"]
    pos = ["NOUN"] + (["AUX"] if aux else []) + ["VERB", "ADP", "PROPN"]
    tags = ["NNS"] + ([aux[1]] if aux else []) + [tag, "IN", "NNP"]
    lemmas = ["envoy"] + ([{"are": "be", "were": "be", "have": "have", "had": "have"}.get(aux[0], aux[0])] if aux else []) \
        + [verb, "in", "lima"]
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)[v]


@pytest.mark.parametrize(("verb", "tag", "aux", "ahead"), [
    ("meet", "VBP", None, True),  # "Envoys meet in Lima (on Monday)": a timetable present
    ("meet", "VB", None, True),  # the same present taken for a base form by the tagger: it has a subject
    ("meeting", "VBG", ("are", "VBP"), True),  # "are meeting": a present progressive
    ("met", "VBD", None, False),  # a past tense never becomes future
    ("meeting", "VBG", ("were", "VBD"), False),
    ("met", "VBN", ("have", "VBP"), False),  # a perfect
    ("met", "VBN", ("had", "VBD"), False),
    ("meet", "VB", ("could", "MD"), False),  # a possibility keeps its own reading
])
def test_the_tenses_that_can_tell_an_act_to_come(build_doc, verb, tag, aux, ahead):
    assert told_as_ahead(_envoys(build_doc, verb, tag, aux)) is ahead


def test_an_infinitive_under_set_to_tells_an_act_to_come(build_doc):
    # "The envoy is set to visit Lima": a to-infinitive
    doc = build_doc("The envoy is set to visit Lima", heads=[1, 3, 3, 3, 5, 3, 5],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "PROPN"],
                    tags=["DT", "NN", "VBZ", "VBN", "TO", "VB", "NNP"],
                    lemmas=["the", "envoy", "be", "set", "to", "visit", "lima"])
    assert told_as_ahead(doc[5])
    assert ahead_of_publication(doc[5], "2021-09-17", "2021-09-15")
    assert not ahead_of_publication(doc[5], "2021-09-10", "2021-09-15")  # a date already past: not to come
    assert not ahead_of_publication(doc[5], "2021-09-17", None)


def test_an_event_noun_takes_the_tense_of_its_verb(build_doc):
    # "Envoys hold talks in Lima" (present) / "Envoys held talks in Lima" (past)
    for verb, tag, ahead in (("hold", "VBP", True), ("held", "VBD", False)):
        doc = build_doc(f"Envoys {verb} talks in Lima", heads=[1, 1, 1, 2, 3],
                        deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
                        pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN"], tags=["NNS", tag, "NNS", "IN", "NNP"],
                        lemmas=["envoy", "hold", "talk", "in", "lima"])
        assert told_as_ahead(doc[2]) is ahead


def _riots(build_doc, words: list[str], det: bool = True):
    """"Students led the 1994 riots" (or without "the") -> the riots token."""
    sentence = ["Students", "led"] + (["the"] if det else []) + words
    n = len(sentence) - 1
    heads = [1, 1] + ([n] if det else []) + [n] * (len(words) - 1) + [1]
    deps = ["nsubj", "ROOT"] + (["det"] if det else []) + ["nummod"] * (len(words) - 1) + ["dobj"]
    pos = ["NOUN", "VERB"] + (["DET"] if det else []) + ["NUM"] * (len(words) - 1) + ["NOUN"]
    tags = ["NNS", "VBD"] + (["DT"] if det else []) + ["CD"] * (len(words) - 1) + ["NNS"]
    return build_doc(" ".join(sentence), heads=heads, deps=deps, pos=pos, tags=tags)[n]


def test_an_event_noun_carries_its_own_year(build_doc):
    assert noun_year(_riots(build_doc, ["1994", "riots"]), "1999-06-01") == "1994"
    # the year of the publication itself is returned (the date), but is no earlier year: the caller keeps asserted
    assert noun_year(_riots(build_doc, ["1999", "riots"]), "1999-06-01") == "1999"


@pytest.mark.parametrize(("words", "det", "published"), [
    (["2000", "riots"], False, "2003-06-01"),  # "led 2000 riots": no determiner, a count
    (["2005", "riots"], True, "2003-06-01"),  # after the publication year: no year
    (["1500", "riots"], True, "2003-06-01"),  # out of reach: a count ("the 1500 arrests")
    (["1994", "riots"], True, None),  # no publication date: nothing
])
def test_no_year_where_the_number_is_no_date(build_doc, words, det, published):
    assert noun_year(_riots(build_doc, words, det), published) is None


def test_a_verb_carries_no_noun_year(build_doc):
    doc = build_doc("Students rioted in 1994", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NUM"], tags=["NNS", "VBD", "IN", "CD"])
    assert noun_year(doc[1], "1999-06-01") is None


# End to end, with the model (sentences of our own)

def _modality(extract, text: str, published: str | None, trigger: str) -> list[str]:
    return [e.modality for e in extract(text, published=published).events if e.trigger.text == trigger]


def test_a_present_tense_meeting_on_a_later_day_is_future(extract):
    text = "The Kenyan foreign minister meets his Ugandan counterpart in Kampala on Thursday."
    assert _modality(extract, text, "2022-08-22", "meets") == ["future"]
    # no publication date: nothing is read against it (as in PLOVER-GSR and CASE snippets)
    assert _modality(extract, text, None, "meets") == ["asserted"]


def test_a_past_tense_with_a_weekday_stays_asserted(extract):
    text = "The Kenyan foreign minister met his Ugandan counterpart in Kampala on Thursday."
    assert _modality(extract, text, "2022-08-22", "met") == ["asserted"]


def test_an_event_nouns_own_old_year_makes_it_background(extract):
    text = "Many of the Kenyan students who organised the {} riots have left the country."
    events = [e for e in extract(text.format(1997), published="2003-05-02").events if e.trigger.text == "riots"]
    assert [(e.modality, e.date.value) for e in events] == [("historical", "1997")]
    # the publication's own year: news, not background
    assert _modality(extract, text.format(2003), "2003-05-02", "riots") == ["asserted"]


@pytest.mark.parametrize(("governor", "tag", "ahead"), [
    ("plan", "VBP", True),  # "Envoys plan to visit Lima": told now, the visit is ahead
    ("tried", "VBD", False),  # "Envoys tried to visit Lima (in October)": the past's, never future
    ("agreed", "VBD", False),
])
def test_an_infinitive_takes_the_tense_above_it(build_doc, governor, tag, ahead):
    doc = build_doc(f"Envoys {governor} to visit Lima", heads=[1, 1, 3, 1, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["NOUN", "VERB", "PART", "VERB", "PROPN"],
                    tags=["NNS", tag, "TO", "VB", "NNP"],
                    lemmas=["envoy", {"tried": "try", "agreed": "agree"}.get(governor, governor), "to", "visit", "lima"])
    assert told_as_ahead(doc[3]) is ahead
