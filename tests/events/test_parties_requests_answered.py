"""A cooperation that answers the request of the sentence before cooperates with the asker (session 27, events30;
eventcoding/calls_vows.request_answered): "The ministry asked the agency to return the files. The agency said it
would cooperate." Only with one request of the one cooperating. A call for someone's removal ("calling for the
director's firing") is made on the one to go. Sentences written for these tests (none from a data set or an
audit)."""

from __future__ import annotations

from newsevents.eventcoding.calls_vows import request_answered

PUBLISHED = "2019-10-02"

# "The ministry asked the agency to help . The agency said it would cooperate ."
_WORDS = "The ministry asked the agency to help . The agency said it would cooperate ."
_HEADS = [1, 2, 2, 4, 2, 6, 2, 2, 9, 10, 10, 13, 13, 10, 10]
_DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct",
         "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
_POS = ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT",
        "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]


def _doc(build_doc, asked: str = "agency"):
    words = _WORDS.replace("the agency to", f"the {asked} to")
    lemmas = [w.lower() for w in words.split()]
    lemmas[2], lemmas[10], lemmas[12] = "ask", "say", "will"
    return build_doc(words, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=lemmas)  # two roots: two sentences


def test_the_one_asked_the_sentence_before_cooperates_with_the_asker(build_doc, cues) -> None:
    doc = _doc(build_doc)
    sentence = list(doc.sents)[1]
    found = request_answered(doc[13], sentence, lambda t: t.pos_ in ("NOUN", "PROPN"), cues)
    assert [t.text for t in found] == ["ministry"]


def test_another_party_asked_names_no_one(build_doc, cues) -> None:
    doc = _doc(build_doc, asked="army")
    sentence = list(doc.sents)[1]
    assert request_answered(doc[13], sentence, lambda t: t.pos_ in ("NOUN", "PROPN"), cues) == []


def test_pipeline_a_promised_cooperation_takes_the_asker(events_of) -> None:
    events = events_of("The Dutch ministry asked the Belgian police to return the files. "
                       "Later that day, the Belgian police said they would cooperate.")
    cooperations = [e for e in events if e.event == "COOPERATE"]
    assert cooperations and all(r.text.endswith("ministry") for e in cooperations for r in e.recipient)
    assert all(e.recipient for e in cooperations)


def test_a_call_for_someones_removal_is_made_on_the_one_to_go(build_doc, cues) -> None:
    from newsevents.eventcoding.calls_vows import removal_called_for

    def party(token) -> bool:
        return token.pos_ in ("NOUN", "PROPN")

    doc = build_doc("Workers called for the director 's firing", heads=[1, 1, 1, 4, 6, 4, 2],
                    deps=["nsubj", "ROOT", "prep", "det", "poss", "case", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
                    lemmas="worker call for the director 's firing".split())
    assert [t.text for t in removal_called_for(doc[1], party, cues)] == ["director"]
    doc = build_doc("Workers called for the resignation of the director", heads=[1, 1, 1, 4, 2, 4, 7, 5],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas="worker call for the resignation of the director".split())
    assert [t.text for t in removal_called_for(doc[1], party, cues)] == ["director"]
    doc = build_doc("Workers called for the director 's pay", heads=[1, 1, 1, 4, 6, 4, 2],
                    deps=["nsubj", "ROOT", "prep", "det", "poss", "case", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
                    lemmas="worker call for the director 's pay".split())
    assert removal_called_for(doc[1], party, cues) == []
