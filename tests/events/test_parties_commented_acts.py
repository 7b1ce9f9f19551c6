"""Who comments on an act does not do it (session 26, events29): a gerund's person noun the parser hangs on it as an
adverbial noun is its subject (eventcoding/arguments.py subject_of), and the speaker of "commenting on the killing"
is no killer (``observe`` cues). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import subject_of

PUBLISHED = "2016-07-12"


def test_a_person_noun_misread_before_a_gerund_is_its_subject(build_doc, cues) -> None:
    doc = build_doc("a gunman targeting officers , the mayor said", heads=[1, 2, 7, 2, 7, 6, 7, 7],
                    deps=["det", "npadvmod", "advcl", "dobj", "punct", "det", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBG", "NNS", ",", "DT", "NN", "VBD"])
    assert [t.text for t in subject_of(doc[2], actor_dictionary(), cues)] == ["gunman"]


def test_a_noun_of_time_before_a_gerund_is_no_subject(build_doc, cues) -> None:
    doc = build_doc("days later targeting officers , the mayor said", heads=[1, 2, 7, 2, 7, 6, 7, 7],
                    deps=["npadvmod", "advmod", "advcl", "dobj", "punct", "det", "nsubj", "ROOT"],
                    pos=["NOUN", "ADV", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
                    tags=["NNS", "RB", "VBG", "NNS", ",", "DT", "NN", "VBD"])
    assert [t.text for t in subject_of(doc[2], actor_dictionary(), cues)] != ["days"]


def test_pipeline_the_commenter_is_not_the_killer(events_of) -> None:
    for text in ("While commenting on the police shootings in Ohio and a sniper targeting and killing five Denver "
                 "police officers, Governor Ann Pratt said the candidate is trying to heal the nation.",
                 "Commenting on the killing of five police officers, Governor Ann Pratt said the nation must heal."):
        assaults = [e for e in events_of(text) if e.event == "ASSAULT"]
        assert all("Pratt" not in a.text for e in assaults for a in e.actor)
