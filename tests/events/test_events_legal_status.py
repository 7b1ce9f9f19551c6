"""A legal status is no act: the participle of a verb of accusing or charging that describes
people (``40 people accused in connection with the bombings said ...``, ``the accused``) codes no
ACCUSE; the participle with its ``by`` agent and the finite verb stay acts."""

from __future__ import annotations

import pytest

from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.status import legal_status

PUBLISHED = "2020-05-01"


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def test_a_participle_describing_people_is_their_status(build_doc, cues):
    # "men accused of fraud said ." (a reduced relative clause)
    doc = build_doc("men accused of fraud said .", heads=[4, 0, 1, 2, 4, 4],
                    deps=["nsubj", "acl", "prep", "pobj", "ROOT", "punct"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "VERB", "PUNCT"], tags=["NNS", "VBN", "IN", "NN", "VBD", "."],
                    lemmas=["man", "accuse", "of", "fraud", "say", "."])
    assert legal_status(doc[1], cues)


def test_the_parsers_main_verb_reading_of_the_participle_is_a_status_too(build_doc, cues):
    # "people charged over the riots said it was unfair ." parsed with "charged" as the root and
    # the subjectless "said" under it
    doc = build_doc("people charged over riots said it was unfair .", heads=[1, 1, 1, 2, 1, 6, 4, 6, 1],
                    deps=["nsubj", "ROOT", "prep", "pobj", "dep", "nsubj", "ccomp", "acomp", "punct"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
                    tags=["NNS", "VBN", "IN", "NNS", "VBD", "PRP", "VBD", "JJ", "."],
                    lemmas=["people", "charge", "over", "riot", "say", "it", "be", "unfair", "."])
    assert legal_status(doc[1], cues)


def test_the_accused_is_a_status(build_doc, cues):
    doc = build_doc("the accused spoke .", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "punct"],
                    pos=["DET", "NOUN", "VERB", "PUNCT"], tags=["DT", "NN", "VBD", "."],
                    lemmas=["the", "accused", "speak", "."])
    assert legal_status(doc[1], cues)


def test_acts_of_accusing_stay_acts(build_doc, cues):
    # "a minister accused by rivals resigned ." : the agent makes it an act of the rivals
    agent = build_doc("minister accused by rivals resigned .", heads=[4, 0, 1, 2, 4, 4],
                      deps=["nsubj", "acl", "agent", "pobj", "ROOT", "punct"],
                      pos=["NOUN", "VERB", "ADP", "NOUN", "VERB", "PUNCT"], tags=["NN", "VBN", "IN", "NNS", "VBD", "."],
                      lemmas=["minister", "accuse", "by", "rival", "resign", "."])
    assert not legal_status(agent[1], cues)
    # "two men were charged ." and "police charged two men ."
    passive = build_doc("men were charged .", heads=[2, 2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT", "punct"],
                        pos=["NOUN", "AUX", "VERB", "PUNCT"], tags=["NNS", "VBD", "VBN", "."],
                        lemmas=["man", "be", "charge", "."])
    assert not legal_status(passive[2], cues)
    active = build_doc("police charged men .", heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "PUNCT"], tags=["NNS", "VBD", "NNS", "."],
                       lemmas=["police", "charge", "man", "."])
    assert not legal_status(active[1], cues)


def test_defendants_who_speak_are_no_accusation(extract):
    record = extract("A court in Chennai has delayed the release of a film about the 1998 Coimbatore bombings. "
                     "But 40 people accused in connection with the bombings said it should not be screened "
                     "until the trial is over.", published=PUBLISHED)
    assert not [e for e in record.events if e.trigger.text == "accused"]
    record = extract("Syria accused Turkey of shelling its border on Monday.", published=PUBLISHED)
    assert [e.event for e in record.events if e.trigger.text == "accused"] == ["ACCUSE"]
