"""What a comment is asked or given on is a press question's topic (events31; press_calls.comment_topic): a
verbal act's noun there codes no event of its own. Sentences and Docs of our own."""

from __future__ import annotations

from newsevents.eventcoding import press_calls

PUBLISHED = "2016-05-10"


def _request_for_comment(build_doc, lemma: str):
    return build_doc(f"She did not respond to a request for comment on the {lemma}",
                     heads=[3, 3, 3, 3, 3, 6, 4, 6, 7, 8, 11, 9],
                     deps=["nsubj", "aux", "neg", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "det",
                           "pobj"],
                     pos=["PRON", "AUX", "PART", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN"])


def test_criticism_a_comment_is_asked_on_is_a_topic(build_doc, cues) -> None:
    doc = _request_for_comment(build_doc, "criticism")
    assert press_calls.comment_topic(doc[11], "ACCUSE", cues)


def test_an_attack_a_comment_is_asked_on_stays(build_doc, cues) -> None:
    doc = _request_for_comment(build_doc, "raid")
    assert not press_calls.comment_topic(doc[11], "ASSAULT", cues)


def test_criticism_of_a_party_elsewhere_stays(build_doc, cues) -> None:
    doc = build_doc("He rejected the criticism", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN"], lemmas=["he", "reject", "the", "criticism"])
    assert not press_calls.comment_topic(doc[3], "ACCUSE", cues)


def test_whole_sentence_request_for_comment_codes_nothing(extract) -> None:
    text = ("A spokeswoman for Governor Ana Reyes did not respond to a request for comment on "
            "Senator Tom Walsh's criticism.")
    assert not [e for e in extract(text, published=PUBLISHED).events if e.event == "ACCUSE"]
