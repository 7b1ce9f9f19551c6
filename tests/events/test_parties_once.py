"""speed22: the parties of a word, worked out once while the events stage runs, are the answer parties_for gives. Own sentences."""

from __future__ import annotations


def test_parties_asked_twice_in_one_run_are_the_same(build_doc, cues) -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.components import events
    from newsevents.eventcoding.arguments import parties_for

    doc = build_doc("French troops entered the town", heads=[1, 2, 2, 4, 2], deps=["amod", "nsubj", "ROOT", "det", "dobj"],
                    pos=["ADJ", "NOUN", "VERB", "DET", "NOUN"], tags=["JJ", "NNS", "VBD", "DT", "NN"])
    coder = load_actor_dictionary().code_span
    fresh = parties_for(doc[1], coder, cues)
    assert [p.country for p in fresh] == ["FRA"]
    # outside code_events: no memo, a new answer each time
    assert events._parties_of(doc[1], coder, cues) == fresh
    assert events._PARTIES_MEMO not in doc.user_data
    doc.user_data[events._PARTIES_MEMO] = {}
    try:
        once = events._parties_of(doc[1], coder, cues)
        assert once == fresh and events._parties_of(doc[1], coder, cues) is once  # worked out once
        assert events._coded(doc[1], coder, cues) and not events._coded(doc[4], coder, cues)
        # _parties hands on copies: changing them leaves the memo's answer as it was
        handed = events._parties([doc[1]], coder, {}, cues)
        handed[0].sector.append("MIL")
        handed[0].country = "XXX"
        assert events._parties_of(doc[1], coder, cues) == fresh
    finally:
        del doc.user_data[events._PARTIES_MEMO]


def test_code_events_drops_its_memo(pipeline) -> None:
    from newsevents.components import events

    doc = pipeline.nlp("French troops attacked the town of Westvale on Monday.")
    assert doc._.events  # the stage ran and coded the attack
    assert events._PARTIES_MEMO not in doc.user_data  # its Party lists do not outlive the run
