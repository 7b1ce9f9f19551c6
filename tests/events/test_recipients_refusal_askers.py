"""A refusal answers the one party that asked for the very act in its sentence or the one before (targets31;
eventcoding/hidden_parties.py). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.hidden_parties import asker_before

PUBLISHED = "2016-03-15"

# "Unions asked the board to lift the cap . The board refused to lift it ."
_WORDS = "Unions asked the board to lift the cap . The board refused to lift it ."
_HEADS = [1, 1, 3, 1, 5, 1, 7, 5, 1, 10, 11, 11, 13, 11, 13, 11]
_DEPS = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "punct",
         "det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"]
_POS = ["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT",
        "DET", "NOUN", "VERB", "PART", "VERB", "PRON", "PUNCT"]
_LEMMAS = ["union", "ask", "the", "board", "to", "lift", "the", "cap", ".",
           "the", "board", "refuse", "to", "lift", "it", "."]


def test_the_asker_of_the_same_act_in_the_sentence_before(build_doc, cues) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=_LEMMAS)
    found = asker_before(doc[11], cues.ask_verb, [doc[10]], lambda t: t.pos_ == "NOUN")
    assert [t.text for t in found] == ["Unions"]


def test_another_act_asked_or_no_party_gives_no_one(build_doc, cues) -> None:
    lemmas = list(_LEMMAS)
    lemmas[13] = "cut"  # "The board refused to cut it": not the act asked for
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=lemmas)
    assert asker_before(doc[11], cues.ask_verb, [doc[10]], lambda t: t.pos_ == "NOUN") == []
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=_LEMMAS)
    assert asker_before(doc[11], cues.ask_verb, [doc[10]], lambda t: False) == []


def test_pipeline_a_court_refusing_a_states_request(events_of) -> None:
    events = [e for e in events_of("Oregon asked the appeals court to restore the fishing quota. After "
                                   "the appeals court refused to restore the quota, the governor spoke.")
              if e.event == "REJECT"]
    assert events
    assert any("Oregon" in r.text for r in events[0].recipient)
