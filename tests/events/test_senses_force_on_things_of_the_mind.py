"""Force verbs told of a thing of the mind or of debate (events31; senses_figurative.abstract_object and the
``abstract`` words of event_cues.tsv), and acts a "past" puts before the news. Rules on hand-built Docs of
our own, then whole sentences of our own (none from a data set or an audited article)."""

from __future__ import annotations

from newsevents.eventcoding import senses_figurative as sn

PUBLISHED = "2016-05-10"


def test_a_feeling_captured_is_a_figure_and_a_town_captured_is_not(build_doc, cues) -> None:
    doc = build_doc("The mayor captured the anger of voters", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "mayor", "capture", "the", "anger", "of", "voter"])
    assert sn.abstract_object(doc[2], cues)
    doc = build_doc("The rebels captured the town", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["the", "rebel", "capture", "the", "town"])
    assert not sn.abstract_object(doc[2], cues)


def test_a_mind_shot_is_a_figure_and_a_guard_shot_is_not(build_doc, cues) -> None:
    doc = build_doc("his mind is shot", heads=[1, 3, 3, 3], deps=["poss", "nsubjpass", "auxpass", "ROOT"],
                    pos=["PRON", "NOUN", "AUX", "VERB"], lemmas=["his", "mind", "be", "shoot"])
    assert sn.abstract_object(doc[3], cues)
    doc = build_doc("a guard was shot", heads=[1, 3, 3, 3], deps=["det", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "VERB"], lemmas=["a", "guard", "be", "shoot"])
    assert not sn.abstract_object(doc[3], cues)


def test_seizing_on_a_tie_is_a_figure_and_seizing_on_a_day_is_not(build_doc, cues) -> None:
    doc = build_doc("The rival seized on her ties", heads=[1, 2, 2, 2, 5, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "poss", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PRON", "NOUN"],
                    lemmas=["the", "rival", "seize", "on", "her", "tie"])
    assert sn.abstract_object(doc[2], cues)
    doc = build_doc("Police seized rifles on Monday", heads=[1, 1, 1, 1, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
                    lemmas=["police", "seize", "rifle", "on", "Monday"])
    assert not sn.abstract_object(doc[1], cues)


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


def test_whole_sentences_force_on_things_of_the_mind_codes_nothing(extract) -> None:
    assert not _types(extract, "Republican Senator Tom Walsh is capturing the frustration of many Americans.")
    assert not _types(extract, "Republican Senator Tom Walsh said the governor's mind is shot.")


def test_whole_sentences_force_on_parties_and_things_still_codes(extract) -> None:
    assert "COERCE" in _types(extract, "Rebels captured the town of Kamina in eastern Congo on Friday.")
    assert "COERCE" in _types(extract, "Kenyan police seized weapons from the house on Monday.")


def test_past_attacks_are_background(extract) -> None:
    events = extract("Republican Senator Tom Walsh said his past attacks on Governor Ana Reyes were a mistake.",
                     published=PUBLISHED).events
    assert [e.modality for e in events if e.event == "ACCUSE"] == ["historical"]


def test_a_word_of_attack_on_a_partys_ties_still_aims_at_the_party(build_doc, cues) -> None:
    doc = build_doc("an ad targeting her ties", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "acl", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN"], lemmas=["an", "ad", "target", "her", "tie"])
    assert not sn.abstract_object(doc[2], cues)
