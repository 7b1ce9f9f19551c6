"""figev40 (issue 14, session 36: news-dev70's output events): a seizure verb in its election sense. Every
sentence is our own; the rule is checked on hand-built parses, the pipeline on sentences beside the seizures
that must stay.

- ``the governor had captured 412 delegates``: a seizure (COERCE seize) whose every patient is a count won in a
  vote (a ``figures_won_count`` noun of figure_lexicon.tsv, plural or counted) is votes gained, no one seized;
  an armed doer, people captured and a singular uncounted noun (``seized the state``) stay.
"""

from __future__ import annotations

from newsevents.eventcoding.senses_campaign import count_won

PUBLISHED = "2023-05-02"


def _captured(build_doc, noun: str, lemma: str, tag: str = "NNS", number: bool = True):
    words = ["the", "governor", "had", "captured", *(["412"] if number else ["the"]), noun, "by", "Tuesday"]
    return build_doc(" ".join(words), heads=[1, 3, 3, 3, 5, 3, 3, 6],
                     deps=["det", "nsubj", "aux", "ROOT", "nummod" if number else "det", "dobj", "prep", "pobj"],
                     pos=["DET", "NOUN", "AUX", "VERB", "NUM" if number else "DET", "NOUN", "ADP", "PROPN"],
                     tags=["DT", "NN", "VBD", "VBN", "CD" if number else "DT", tag, "IN", "NNP"],
                     lemmas=["the", "governor", "have", "capture", words[4], lemma, "by", "Tuesday"])


def test_counts_won_are_no_seizure(build_doc, cues) -> None:
    for noun, lemma in (("delegates", "delegate"), ("seats", "seat"), ("votes", "vote"), ("states", "state")):
        doc = _captured(build_doc, noun, lemma)
        assert count_won(doc[3], "COERCE", False, ["seize"], cues), noun
    # an armed doer, another type or mode: the rule does not apply
    doc = _captured(build_doc, "delegates", "delegate")
    assert not count_won(doc[3], "COERCE", True, ["seize"], cues)
    assert not count_won(doc[3], "COERCE", False, ["arrest"], cues)


def test_people_and_places_captured_stay_seizures(build_doc, cues) -> None:
    assert not count_won(_captured(build_doc, "soldiers", "soldier")[3], "COERCE", False, ["seize"], cues)
    assert not count_won(_captured(build_doc, "towns", "town")[3], "COERCE", False, ["seize"], cues)
    # a singular won noun with no number may be a state taken
    assert not count_won(_captured(build_doc, "state", "state", "NN", number=False)[3], "COERCE", False, ["seize"], cues)


def test_pipeline_delegates_captured_beside_a_town_captured(events_of) -> None:
    assert not [e for e in events_of("Governor Ann Lee had captured 412 delegates by Tuesday, the party said.")
                if e.event == "COERCE"]
    assert [e for e in events_of("Rebels captured the town and two soldiers on Tuesday.") if e.event == "COERCE"]
