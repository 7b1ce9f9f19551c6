"""Events of branch qtp35 (issue 14, from news-dev54's output-event verdicts): the gerund of the
means by which an act not done would be done (``able to deliver weapons through dropping bombs``)
is no act either; to coordinate with a party is COOPERATE (acting together), not SUPPORT.
Sentences written for these tests."""

from __future__ import annotations

from newsevents.components.events import _not_done


def _means(build_doc, be: str, tag: str):
    return build_doc(
        f"The fleet {be} able to strike targets by dropping bombs .",
        heads=[1, 2, 2, 2, 5, 3, 5, 5, 7, 8, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "prep", "pcomp", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", tag, "JJ", "TO", "VB", "NNS", "IN", "VBG", "NNS", "."],
        lemmas=["the", "fleet", "be", "able", "to", "strike", "target", "by", "drop", "bomb", "."],
    )


def test_the_means_of_an_ability_is_no_act(build_doc, cues) -> None:
    assert _not_done(_means(build_doc, "is", "VBZ")[8], cues)
    # "was able to strike targets by dropping bombs": done, and so is its means
    assert not _not_done(_means(build_doc, "was", "VBD")[8], cues)


def test_coordinating_with_a_party_is_cooperation(pipeline) -> None:
    events = pipeline.extract("The Dutch navy coordinated with the Belgian navy during the rescue.",
                              published="2024-06-14").events
    assert [e.event for e in events if e.trigger.text == "coordinated"] == ["COOPERATE"]
