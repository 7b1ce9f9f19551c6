"""A repeated or standing practice is no event (issue 14, sixth audit): a frequency adverb or a
rate phrase on the act's clause, and a simple-present act of an indefinite party in the story's
body. Sentences written for these tests; the rules are also checked on hand-built parses."""

from __future__ import annotations

from newsevents.components.events import _indefinite_present, _practice

PUBLISHED = "2023-05-02"


def test_a_frequency_adverb_or_a_rate_phrase_makes_a_practice(build_doc, cues):
    # "the envoy met regularly with rebels": an adverb of frequency on the verb
    doc = build_doc("the envoy met regularly with rebels", heads=[1, 2, 2, 2, 2, 4],
                    deps=["det", "nsubj", "ROOT", "advmod", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADV", "ADP", "NOUN"])
    assert _practice(doc[2], cues)
    # "the agency issues warnings four times a year": the rate hangs on the number of times
    doc = build_doc("the agency issues warnings four times a year", heads=[1, 2, 2, 2, 5, 2, 7, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "nummod", "npadvmod", "det", "npadvmod"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "NUM", "NOUN", "DET", "NOUN"])
    assert _practice(doc[2], cues)
    # "ministers meet every month"
    doc = build_doc("ministers meet every month", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "npadvmod"],
                    pos=["NOUN", "VERB", "DET", "NOUN"])
    assert _practice(doc[1], cues)
    # "the envoy met rebels a year ago": a date, one meeting
    doc = build_doc("the envoy met rebels a year ago", heads=[1, 2, 2, 2, 5, 6, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "det", "npadvmod", "advmod"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "DET", "NOUN", "ADV"])
    assert not _practice(doc[2], cues)
    # "the envoy met rebels for a year": a span, not a rate
    doc = build_doc("the envoy met rebels for a year", heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"])
    assert not _practice(doc[2], cues)


def test_an_indefinite_party_acting_in_the_present_in_the_body_is_a_practice(build_doc, cues):
    words = "Talks ended . Envoys left . A unit watches the border ."
    heads = [1, 1, 1, 4, 4, 4, 7, 8, 8, 10, 8, 8]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", ".", "NNS", "VBD", ".", "DT", "NN", "VBZ", "DT", "NN", "."]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _indefinite_present(doc[8], doc, cues)
    # the same clause as the lead (second sentence) is news told in the present
    doc = build_doc("Talks ended . A unit watches the border .", heads=[1, 1, 1, 4, 5, 5, 7, 5, 5],
                    deps=["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["NNS", "VBD", ".", "DT", "NN", "VBZ", "DT", "NN", "."])
    assert not _indefinite_present(doc[5], doc, cues)
    # a definite doer ("the unit watches") is a party of the story, not a kind
    doc = build_doc(words.replace("A unit", "The unit"), heads=heads, deps=deps, pos=pos, tags=tags)
    assert not _indefinite_present(doc[8], doc, cues)
    # past tense is an act done
    doc = build_doc(words.replace("watches", "watched"), heads=heads, deps=deps, pos=pos,
                    tags=tags[:8] + ["VBD"] + tags[9:])
    assert not _indefinite_present(doc[8], doc, cues)


def test_practices_give_no_event_and_single_acts_stay(events_of):
    assert not events_of("The Russian envoy met frequently with Georgian ministers during the talks.")
    assert not events_of("Russia says it will expel British diplomats about four times a year.")
    assert not events_of("Russian and Georgian ministers meet every month in Tbilisi.")
    text = ("China tightens its grip on the press.\n\nThe Chinese government closed two newspapers on "
            "Monday. A special police unit monitors journalists and their phone calls.")
    assert not any(e.trigger.text == "monitors" for e in events_of(text))
    assert any(e.trigger.text == "tightens" for e in events_of(text))  # the headline's present is news
    assert only_type(events_of("The Russian envoy met Georgian ministers on Monday."), "CONSULT")
    # force on people done as a practice stays a practice of abuse
    assert only_type(events_of("The Turkish army regularly shells Kurdish villages."), "ASSAULT")


def only_type(events, event_type: str) -> bool:
    return [e.event for e in events] == [event_type]
