"""An office held is no seizure (nonevents.seat_of_office, session 41): a seat whose phrase says whose it is, and
a pronoun object of a verb joined to an earlier one, which takes up that verb's object. Sentences written for these
tests; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import seat_of_office


def test_a_seat_said_whose_is_an_office_and_a_bare_seat_or_the_seat_of_government_is_not(build_doc, cues) -> None:
    # "Ms Vale occupied the treasurer 's seat for a decade"
    doc = build_doc("Ms Vale occupied the treasurer 's seat for a decade", heads=[1, 2, 2, 4, 6, 4, 2, 2, 9, 7],
                    deps=["compound", "nsubj", "ROOT", "det", "poss", "case", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["ms", "vale", "occupy", "the", "treasurer", "'s", "seat", "for", "a", "decade"])
    assert seat_of_office(doc[2], "COERCE", cues)
    # "rebels occupied the seat of government": a place
    doc = build_doc("rebels occupied the seat of government", heads=[1, 1, 3, 1, 3, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["rebel", "occupy", "the", "seat", "of", "government"])
    assert not seat_of_office(doc[1], "COERCE", cues)
    # "protesters occupied the seats": whose seats is not said
    doc = build_doc("protesters occupied the seats", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["protester", "occupy", "the", "seat"])
    assert not seat_of_office(doc[1], "COERCE", cues)


def test_a_pronoun_object_takes_up_the_object_of_the_verb_it_is_joined_to(build_doc, cues) -> None:
    # "she won the county seat in 1990 and has occupied it since"
    words = "she won the county seat in 1990 and has occupied it since"
    heads = [1, 1, 4, 4, 1, 1, 5, 1, 9, 1, 9, 9]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "cc", "aux", "conj", "dobj", "advmod"]
    pos = ["PRON", "VERB", "DET", "NOUN", "NOUN", "ADP", "NUM", "CCONJ", "AUX", "VERB", "PRON", "ADV"]
    lemmas = ["she", "win", "the", "county", "seat", "in", "1990", "and", "have", "occupy", "it", "since"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert seat_of_office(doc[9], "COERCE", cues)
    # "troops reached the border town and have occupied it since": a town, no office
    lemmas2 = ["troop", "reach", "the", "border", "town", "in", "1990", "and", "have", "occupy", "it", "since"]
    doc = build_doc(" ".join(lemmas2), heads=heads, deps=deps, pos=pos, lemmas=lemmas2)
    assert not seat_of_office(doc[9], "COERCE", cues)
    # "it" with no verb before it to take up: no office known
    doc = build_doc("troops occupied it", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "PRON"],
                    lemmas=["troop", "occupy", "it"])
    assert not seat_of_office(doc[1], "COERCE", cues)


def test_the_helm_taken_is_an_office(build_doc, cues) -> None:
    # "the singer will take over the helm of the station"
    doc = build_doc("the singer will take over the helm of the station", heads=[1, 3, 3, 3, 3, 6, 3, 6, 9, 7],
                    deps=["det", "nsubj", "aux", "ROOT", "prt", "det", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "singer", "will", "take", "over", "the", "helm", "of", "the", "station"])
    assert seat_of_office(doc[3], "COERCE", cues)
