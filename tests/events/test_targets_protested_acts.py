"""The target of a protest is the doer of the act it protests (issue 14, session 24, brief targets25; the
twenty-fourth news-wire audit's march against killings whose doers its sentence names): eventcoding/frame_targets.py
``protested_act_doers``. Hand-built Docs of our own, then whole sentences of our own (none from a data set or an
audit)."""

from __future__ import annotations

from newsevents.eventcoding import frame_targets


def _party(token) -> bool:
    return token.pos_ in ("PROPN", "NOUN") and token.lower_ not in ("killings", "arrest", "decision", "flags")


def _marched_to_protest(build_doc, by_on_verb: bool):
    # "Students marched to protest the killings of farmers by soldiers ." -- the parser hangs "by" on the verb of
    # protest or on the noun of the act
    words = "Students marched to protest the killings of farmers by soldiers ."
    by_head = 3 if by_on_verb else 5
    return build_doc(words, heads=[1, 1, 3, 1, 5, 3, 5, 6, by_head, 8, 1],
                     deps=["nsubj", "ROOT", "aux", "advcl", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                     pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"],
                     tags=["NNS", "VBD", "TO", "VB", "DT", "NNS", "IN", "NNS", "IN", "NNS", "."],
                     lemmas=["student", "march", "to", "protest", "the", "killing", "of", "farmer", "by", "soldier",
                             "."])


def test_the_doer_of_the_act_protested_is_the_target(build_doc, cues) -> None:
    for by_on_verb in (True, False):
        doc = _marched_to_protest(build_doc, by_on_verb)
        assert [t.text for t in frame_targets.protested_act_doers([doc[1]], _party, cues)] == ["soldiers"]


def test_an_act_protested_with_no_doer_named_gives_none(build_doc, cues) -> None:
    # "Students marched to protest the killings of farmers ."
    doc = build_doc("Students marched to protest the killings of farmers .", heads=[1, 1, 3, 1, 5, 3, 5, 6, 1],
                    deps=["nsubj", "ROOT", "aux", "advcl", "det", "dobj", "prep", "pobj", "punct"],
                    pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                    lemmas=["student", "march", "to", "protest", "the", "killing", "of", "farmer", "."])
    assert frame_targets.protested_act_doers([doc[1]], _party, cues) == []


def test_a_passive_verb_of_protest_keeps_its_own_doer(build_doc, cues) -> None:
    # "The decision was denounced by the union ." -- the union denounces; it did not make the decision
    doc = build_doc("The decision was denounced by the union .", heads=[1, 3, 3, 3, 3, 6, 4, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                    lemmas=["the", "decision", "be", "denounce", "by", "the", "union", "."])
    assert frame_targets.protested_act_doers([doc[3]], _party, cues) == []


def test_protests_against_an_act_take_its_doer(build_doc, cues) -> None:
    # "Protests against the arrests by police spread ."
    doc = build_doc("Protests against the arrests by police spread .", heads=[6, 0, 3, 1, 3, 4, 6, 6],
                    deps=["nsubj", "prep", "det", "pobj", "prep", "pobj", "ROOT", "punct"],
                    pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"],
                    lemmas=["protest", "against", "the", "arrest", "by", "police", "spread", "."])
    assert [t.text for t in frame_targets.protested_act_doers([doc[0]], _party, cues)] == ["police"]


def test_a_march_against_killings_is_aimed_at_the_killers(pipeline) -> None:
    events = pipeline.extract("About 400 exiles marched in Paris on Sunday, waving banners to protest the killings "
                              "of Kurds by Turkish soldiers.", published="2003-04-06").events
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and [p.country for p in protests[0].recipient] == ["TUR"]


def test_students_protesting_arrests_press_the_police_not_the_arrested(pipeline) -> None:
    events = pipeline.extract("Hundreds of students protested the arrest of two Chilean journalists by Peruvian "
                              "police.", published="2003-04-06").events
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and [p.country for p in protests[0].recipient] == ["PER"]
