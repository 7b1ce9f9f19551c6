"""qtp37 (issue 14, the output-events tables of news-dev58, news-dev59 and news-dev60): words of force or
coercion in another sense, and acts not done. Every sentence is our own; the rules are checked on
hand-built parses (explicit heads, deps, tags, entities), the pipeline on a few sentences beside the
act that must stay.

- ``has the best chance of beating X``: a defeat verb in the "of" phrase of a ``contest_chance`` noun is a
  race, no attack;
- ``hitting a union gathering`` (a person doing it): an ``attend_verb`` whose object is a
  ``gathering_noun`` is going to it, no attack; an airstrike or gunmen hitting a gathering stay;
- ``a screen image captured by the site``: a ``record_verb`` whose patient is a ``recorded_thing``
  records it, no seizure; a town captured stays;
- ``wants to ban all abortions``: a policy act in the clause of a verb of wishing, naming no party, is
  wished for, no one coerced;
- ``I would not support Lee``: support of a person negated under "would" is a preference (SUPPORT
  negated), no refusal; "would not support the resolution" stays a REJECT;
- ``expressed a willingness to take a meeting``: an act one is willing to do is hypothetical;
- ``spoke with <Name>`` between political actors is a consultation (a lexicon row, as ``talked with``).
"""

from __future__ import annotations

from newsevents.eventcoding.nonevents import policy_wished, support_not_given
from newsevents.eventcoding.senses_campaign import gathering_attended, vote_won
from newsevents.eventcoding.senses_things import recording_captured

PUBLISHED = "2023-05-02"


def test_a_defeat_in_the_of_phrase_of_a_chance_is_a_race(build_doc, cues) -> None:
    doc = build_doc("Lee has the best chance of beating Ames",
                    heads=[1, 1, 4, 4, 1, 4, 5, 6], deps=["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pcomp", "dobj"],
                    pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "VERB", "PROPN"],
                    tags=["NNP", "VBZ", "DT", "JJS", "NN", "IN", "VBG", "NNP"],
                    lemmas=["Lee", "have", "the", "good", "chance", "of", "beat", "Ames"])
    assert vote_won(doc[6], "ASSAULT", doc[:], False, cues)
    # "odds" (the lemmatizer's "odd"), with "no shot at" (a chance, no gunshot) in the sentence
    doc = build_doc("with no shot at winning Lee has the odds of beating Ames",
                    heads=[6, 2, 0, 2, 3, 6, 6, 8, 6, 8, 9, 10],
                    deps=["prep", "det", "pobj", "prep", "pcomp", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj"],
                    pos=["ADP", "DET", "NOUN", "ADP", "VERB", "PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "PROPN"],
                    tags=["IN", "DT", "NN", "IN", "VBG", "NNP", "VBZ", "DT", "NNS", "IN", "VBG", "NNP"],
                    lemmas=["with", "no", "shot", "at", "win", "Lee", "have", "the", "odd", "of", "beat", "Ames"])
    assert vote_won(doc[10], "ASSAULT", doc[:], False, cues)
    # "a plan of beating Ames": no chance noun, left to the other rules
    doc = build_doc("Lee made a plan of beating Ames",
                    heads=[1, 1, 3, 1, 3, 4, 5], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "PROPN"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "VBG", "NNP"],
                    lemmas=["Lee", "make", "a", "plan", "of", "beat", "Ames"])
    assert not vote_won(doc[5], "ASSAULT", doc[:], False, cues)


def _hit(build_doc, subject: str, ent: str, obj: str):
    doc = build_doc(f"{subject} hit a union {obj}", heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["PROPN" if ent else "NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    tags=["NNP" if ent else "NNS", "VBD", "DT", "NN", "NN"],
                    lemmas=[subject.lower(), "hit", "a", "union", obj], ents=[ent or "O", "O", "O", "O", "O"])
    return doc


def test_a_person_hitting_a_gathering_goes_to_it(build_doc, cues) -> None:
    doc = _hit(build_doc, "Lee", "B-PERSON", "gathering")
    assert gathering_attended(doc[1], "ASSAULT", doc[:], False, cues)
    doc = _hit(build_doc, "She", "", "fundraiser")
    assert gathering_attended(doc[1], "ASSAULT", doc[:], False, cues)


def test_the_doer_of_a_subjectless_hitting_is_the_subject_of_the_clause_above(build_doc, cues) -> None:
    # "Lee started listening before hitting a union gathering" (the parser's "dep" link kept)
    doc = build_doc("Lee started listening before hitting a union gathering",
                    heads=[1, 1, 1, 2, 3, 7, 7, 4], deps=["nsubj", "ROOT", "dep", "prep", "pcomp", "det", "compound", "dobj"],
                    pos=["PROPN", "VERB", "VERB", "ADP", "VERB", "DET", "NOUN", "NOUN"],
                    tags=["NNP", "VBD", "VBG", "IN", "VBG", "DT", "NN", "NN"],
                    lemmas=["Lee", "start", "listen", "before", "hit", "a", "union", "gathering"],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    assert gathering_attended(doc[4], "ASSAULT", doc[:], False, cues)


def test_gunmen_or_a_strike_hitting_a_gathering_stay_attacks(build_doc, cues) -> None:
    doc = _hit(build_doc, "Gunmen", "", "gathering")
    assert not gathering_attended(doc[1], "ASSAULT", doc[:], False, cues)
    doc = _hit(build_doc, "Lee", "B-PERSON", "gathering")
    assert not gathering_attended(doc[1], "ASSAULT", doc[:], True, cues)  # an armed doer
    doc = _hit(build_doc, "Lee", "B-PERSON", "office")
    assert not gathering_attended(doc[1], "ASSAULT", doc[:], False, cues)  # no gathering


def test_an_image_captured_is_recorded_not_seized(build_doc, cues) -> None:
    doc = build_doc("a screen image captured by the site showed it",
                    heads=[2, 2, 6, 2, 3, 5, 4, 6, 6], deps=["det", "compound", "nsubj", "acl", "agent", "det", "pobj",
                                                            "ROOT", "dobj"],
                    pos=["DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON"],
                    tags=["DT", "NN", "NN", "VBN", "IN", "DT", "NN", "VBD", "PRP"],
                    lemmas=["a", "screen", "image", "capture", "by", "the", "site", "show", "it"])
    assert recording_captured(doc[3], cues)
    doc = build_doc("rebels captured the town", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], tags=["NNS", "VBD", "DT", "NN"],
                    lemmas=["rebel", "capture", "the", "town"])
    assert not recording_captured(doc[1], cues)


def test_a_ban_wished_for_names_no_one_coerced(build_doc, cues) -> None:
    doc = build_doc("Lee wants to ban all abortions",
                    heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], tags=["NNP", "VBZ", "TO", "VB", "DT", "NNS"],
                    lemmas=["Lee", "want", "to", "ban", "all", "abortion"], ents=["B-PERSON", "O", "O", "O", "O", "O"])
    assert policy_wished(doc[3], "COERCE", [doc[5]], cues)
    # a body named as the object: not this rule's
    doc = build_doc("Lee wants to ban the Unity Party",
                    heads=[1, 1, 3, 1, 6, 6, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "compound", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "PROPN", "PROPN"],
                    tags=["NNP", "VBZ", "TO", "VB", "DT", "NNP", "NNP"],
                    lemmas=["Lee", "want", "to", "ban", "the", "Unity", "Party"],
                    ents=["B-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert not policy_wished(doc[3], "COERCE", [doc[6]], cues)
    # done, not wished
    doc = build_doc("Lee banned all abortions", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "DT", "NNS"],
                    lemmas=["Lee", "ban", "all", "abortion"])
    assert not policy_wished(doc[1], "COERCE", [doc[3]], cues)


def test_a_person_one_would_not_support_is_no_refusal(build_doc, cues) -> None:
    doc = build_doc("I would not support Ann Lee", heads=[3, 3, 3, 3, 5, 3], deps=["nsubj", "aux", "neg", "ROOT", "compound", "dobj"],
                    pos=["PRON", "AUX", "PART", "VERB", "PROPN", "PROPN"], tags=["PRP", "MD", "RB", "VB", "NNP", "NNP"],
                    lemmas=["I", "would", "not", "support", "Ann", "Lee"], ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert support_not_given(doc[3], "SUPPORT", cues)
    doc = build_doc("it would not support the resolution", heads=[3, 3, 3, 3, 5, 3],
                    deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj"],
                    pos=["PRON", "AUX", "PART", "VERB", "DET", "NOUN"], tags=["PRP", "MD", "RB", "VB", "DT", "NN"],
                    lemmas=["it", "would", "not", "support", "the", "resolution"])
    assert not support_not_given(doc[3], "SUPPORT", cues)
    doc = build_doc("I did not support Ann Lee", heads=[3, 3, 3, 3, 5, 3], deps=["nsubj", "aux", "neg", "ROOT", "compound", "dobj"],
                    pos=["PRON", "AUX", "PART", "VERB", "PROPN", "PROPN"], tags=["PRP", "VBD", "RB", "VB", "NNP", "NNP"],
                    lemmas=["I", "do", "not", "support", "Ann", "Lee"], ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert not support_not_given(doc[3], "SUPPORT", cues)


def test_pipeline_a_meeting_one_is_willing_to_take_is_hypothetical(events_of) -> None:
    events = events_of("Only six senators expressed a willingness to take a meeting with Judge Ann Lee.")
    assert events and all(e.modality != "asserted" for e in events if e.event == "CONSULT")


def test_pipeline_senses_beside_the_acts_that_stay(events_of) -> None:
    assert not [e for e in events_of("Polls suggest Lee has the best chance of beating Ames.") if e.event == "ASSAULT"]
    assert not [e for e in events_of("A photo captured by a neighbour showed the car.") if e.event == "COERCE"]
    assert [e for e in events_of("Rebels captured the town and two soldiers.") if e.event == "COERCE"]
    assert [e for e in events_of("An airstrike hit a wedding party in the village.") if e.event == "ASSAULT"]


def test_pipeline_a_talk_with_a_named_party_is_a_consultation(events_of) -> None:
    # "spoke with" a named person between political actors is CONSULT, as "talked with" (qtp37,
    # news-dev58's optional events); a talk with reporters names no party
    assert [e for e in events_of("Senator Ann Lee spoke with Tom Reed on Tuesday.") if e.event == "CONSULT"]
    assert not [e for e in events_of("Senator Ann Lee spoke with reporters on Tuesday.") if e.event == "CONSULT"]
