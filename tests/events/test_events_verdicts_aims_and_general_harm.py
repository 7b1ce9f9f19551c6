"""Events of branch qtp36 (issue 14, from news-dev56's output events): a force word of speech with
an ``as`` phrase passing a verdict on its object is words (``slammed the senator as elitist``); an
infinitive after ``how`` is a skill (``taught her how to shoot``); an infinitive an expletive ``it``
and an adjective weigh is an aim (``it was more important to cut taxes than to protect ...``); an
act after a causative verb given as a command is demanded, not done (``make <Country> pay for it``);
force told in the present passive of bare people or ``they`` inside a quotation, unplaced and
undated, is a general statement of harm. Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import commanded_of_another, general_harm, judged_aim, way_to_do
from newsevents.eventcoding.speech_force import judged_as


def test_an_as_phrase_of_quality_makes_a_force_word_a_verdict(build_doc) -> None:
    doc = build_doc(
        "Lund slammed Reed as elitist .",
        heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "amod", "punct"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "ADJ", "PUNCT"], tags=["NNP", "VBD", "NNP", "IN", "JJ", "."],
    )
    assert judged_as(doc[1])
    # "Police hit the man as he fled": "as" opens a clause of time, no verdict
    doc = build_doc(
        "Police hit the man as he fled .",
        heads=[1, 1, 3, 1, 6, 6, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "DT", "NN", "IN", "PRP", "VBD", "."],
    )
    assert not judged_as(doc[1])


def test_an_infinitive_after_how_is_a_skill(build_doc) -> None:
    doc = build_doc(
        "He taught her how to shoot .",
        heads=[1, 1, 1, 5, 5, 1, 1], deps=["nsubj", "ROOT", "dobj", "advmod", "aux", "xcomp", "punct"],
        pos=["PRON", "VERB", "PRON", "SCONJ", "PART", "VERB", "PUNCT"], tags=["PRP", "VBD", "PRP", "WRB", "TO", "VB", "."],
    )
    assert way_to_do(doc[5])
    doc = build_doc(
        "Rebels decided to shoot prisoners .",
        heads=[1, 1, 3, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
        pos=["NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"], tags=["NNS", "VBD", "TO", "VB", "NNS", "."],
    )
    assert not way_to_do(doc[3])


def _weighed(build_doc, subject: str = "it", adjective: str = "important"):
    # "Voters said it was more important to cut taxes than to protect rights ."
    return build_doc(
        f"Voters said {subject} was more {adjective} to cut taxes than to protect rights .",
        heads=[1, 1, 3, 1, 5, 3, 7, 3, 7, 11, 11, 3, 11, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "advmod", "acomp", "aux", "xcomp", "dobj", "mark", "aux", "advcl",
              "dobj", "punct"],
        pos=["NOUN", "VERB", "PRON", "AUX", "ADV", "ADJ", "PART", "VERB", "NOUN", "ADP", "PART", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "PRP", "VBD", "RBR", "JJ", "TO", "VB", "NNS", "IN", "TO", "VB", "NNS", "."],
        lemmas=["voter", "say", subject, "be", "more", adjective, "to", "cut", "tax", "than", "to", "protect",
                "right", "."],
    )


def test_an_infinitive_weighed_by_it_and_an_adjective_is_an_aim(build_doc, cues) -> None:
    doc = _weighed(build_doc)
    assert judged_aim(doc[7], cues) and judged_aim(doc[11], cues)
    doc = _weighed(build_doc, subject="Lee")  # "Lee was more important to cut ...": no expletive "it"
    assert not judged_aim(doc[11], cues)
    doc = _weighed(build_doc, adjective="possible")  # whether it can be done, not how much it matters
    assert not judged_aim(doc[11], cues)


def _slogan(build_doc, subject: bool = False):
    words = ("they " if subject else "") + "make Canada pay for it"
    n = 1 if subject else 0
    return build_doc(
        words,
        heads=([n] if subject else []) + [n, 2 + n, n, 2 + n, 3 + n],
        deps=(["nsubj"] if subject else []) + ["ROOT", "nsubj", "ccomp", "prep", "pobj"],
        pos=(["PRON"] if subject else []) + ["VERB", "PROPN", "VERB", "ADP", "PRON"],
        tags=(["PRP"] if subject else []) + ["VB" if not subject else "VBP", "NNP", "VB", "IN", "PRP"],
    )


def test_an_act_after_a_causative_command_is_demanded(build_doc, cues) -> None:
    doc = _slogan(build_doc)
    assert commanded_of_another(doc[2], cues)
    doc = _slogan(build_doc, subject=True)  # "they make Canada pay for it": told of a doer, not commanded
    assert not commanded_of_another(doc[3], cues)


def _harm(build_doc, place: bool = False):
    # "people are being killed (in Lagos)"
    words = "people are being killed" + (" in Lagos" if place else "")
    return build_doc(
        words,
        heads=[3, 3, 3, 3] + ([3, 4] if place else []),
        deps=["nsubjpass", "aux", "auxpass", "ROOT"] + (["prep", "pobj"] if place else []),
        pos=["NOUN", "AUX", "AUX", "VERB"] + (["ADP", "PROPN"] if place else []),
        tags=["NNS", "VBP", "VBG", "VBN"] + (["IN", "NNP"] if place else []),
        lemmas=["people", "be", "be", "kill"] + (["in", "Lagos"] if place else []),
        ents=["O"] * 4 + (["O", "B-GPE"] if place else []),
    )


def test_a_quoted_present_passive_of_harm_to_bare_people_is_general(build_doc, cues) -> None:
    assert general_harm(_harm(build_doc)[3], [], True, cues)
    assert not general_harm(_harm(build_doc)[3], [], False, cues)  # the narrator's own report stays
    assert not general_harm(_harm(build_doc, place=True)[3], [], True, cues)  # placed: news
