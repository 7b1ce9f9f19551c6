"""A participle joined by a hyphen to a noun before it ("the establishment-endorsed candidate") is a compound
adjective, no act (events31; components/events._hyphen_participle). Docs and sentences of our own."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.events import _hyphen_participle

PUBLISHED = "2016-05-10"


def _doc(words, spaces, heads, deps, pos, tags) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_party_endorsed_nominee_is_an_attribute() -> None:
    # the parser may make the left noun the participle's subject: still a compound adjective
    doc = _doc(["the", "party", "-", "endorsed", "nominee", "lost"], [True, False, False, True, True, False],
               heads=[4, 3, 3, 5, 5, 5], deps=["det", "nsubj", "punct", "relcl", "nsubj", "ROOT"],
               pos=["DET", "NOUN", "PUNCT", "VERB", "NOUN", "VERB"], tags=["DT", "NN", "HYPH", "VBD", "NN", "VBD"])
    assert _hyphen_participle(doc[3])


def test_a_prefixed_verb_and_a_spaced_dash_are_acts() -> None:
    doc = _doc(["he", "was", "re", "-", "elected"], [True, True, False, False, False],
               heads=[4, 4, 4, 4, 4], deps=["nsubjpass", "auxpass", "advmod", "punct", "ROOT"],
               pos=["PRON", "AUX", "NOUN", "PUNCT", "VERB"], tags=["PRP", "VBD", "NN", "HYPH", "VBN"])
    assert not _hyphen_participle(doc[4])
    doc = _doc(["the", "party", "-", "backed", "him"], [True, True, True, True, False],
               heads=[1, 3, 3, 3, 3], deps=["det", "nsubj", "punct", "ROOT", "dobj"],
               pos=["DET", "NOUN", "PUNCT", "VERB", "PRON"], tags=["DT", "NN", ":", "VBD", "PRP"])
    assert not _hyphen_participle(doc[3])


def test_whole_sentence_establishment_backed_rival_codes_no_support(extract) -> None:
    text = "Establishment-backed Carl Monroe lost to Republican Senator Tom Walsh in the Ohio primary."
    assert not [e for e in extract(text, published=PUBLISHED).events if e.event == "SUPPORT"]
