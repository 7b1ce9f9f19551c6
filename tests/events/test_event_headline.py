"""A headline announces a plan as a noun and a "to" infinitive with no finite verb ("Kenya to
host peace talks"): the noun does the act, which is to come. With a finite verb the infinitive
only describes the noun ("the first country to host the games")."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import headline_infinitive, subject_of
from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.modality import modality_of

ACTORS = actor_dictionary()
CUES = load_cues()
PUBLISHED = "2024-05-01"


def _described_noun(build_doc):
    # the parser's reading of a headline: the noun is the root, the infinitive describes it
    return build_doc("Dutch premier to host Belgian envoy",
                     heads=[1, 1, 3, 1, 5, 3], deps=["amod", "ROOT", "aux", "acl", "amod", "dobj"],
                     pos=["ADJ", "NOUN", "PART", "VERB", "ADJ", "NOUN"],
                     tags=["JJ", "NN", "TO", "VB", "JJ", "NN"])


def test_a_headline_noun_does_the_act_its_infinitive_names(build_doc) -> None:
    doc = _described_noun(build_doc)
    host = doc[3]
    assert headline_infinitive(host)
    assert [t.text for t in subject_of(host, ACTORS, CUES)] == ["premier"]
    assert modality_of(host, CUES) == "future"


def test_a_root_infinitive_is_an_announcement(build_doc) -> None:
    doc = build_doc("Union to stage a strike", heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["NOUN", "PART", "VERB", "DET", "NOUN"], tags=["NN", "TO", "VB", "DT", "NN"])
    assert headline_infinitive(doc[2])
    assert modality_of(doc[2], CUES) == "future"
    assert modality_of(doc[4], CUES) == "future"  # the strike staged is to come too


def test_with_a_finite_verb_the_infinitive_only_describes(build_doc) -> None:
    doc = build_doc("Japan was the first country to host the games",
                    heads=[1, 1, 4, 4, 1, 6, 4, 8, 6],
                    deps=["nsubj", "ROOT", "det", "amod", "attr", "aux", "relcl", "det", "dobj"],
                    pos=["PROPN", "AUX", "DET", "ADJ", "NOUN", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNP", "VBD", "DT", "JJ", "NN", "TO", "VB", "DT", "NNS"])
    host = doc[6]
    assert not headline_infinitive(host)
    assert [t.text for t in subject_of(host, ACTORS, CUES)] != ["country"]
    assert modality_of(host, CUES) == "asserted"


def test_headlines_with_the_model(events_of) -> None:
    events = events_of("Dutch premier to host Belgian envoy for talks on trade")
    hosted = [e for e in events if e.event == "CONSULT"]
    assert hosted and hosted[0].modality == "future"
    assert "NLD" in {p.country for p in hosted[0].actor}
    assert "BEL" in {p.country for p in hosted[0].recipient}
    described = events_of("Japan was the first country to host the games.")
    assert not [e for e in described if e.event == "CONSULT"]


def test_poised_to_act_is_future(events_of) -> None:
    events = events_of("Rebels poised to attack the capital")
    assert [e.modality for e in events if e.event == "ASSAULT"] == ["future"]
