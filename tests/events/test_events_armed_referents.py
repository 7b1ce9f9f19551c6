"""An armed group named again by a description takes the named group's code (issue 14, session 30, brief events34; the
thirty-first US-news audit's #38; eventcoding/armed_referents.py). Sentences written for these tests, not from any audit
or evaluation text; hand-built parses and a stand-in coder."""

from __future__ import annotations

from newsevents.eventcoding.armed_referents import group_referent
from newsevents.record import Party


def _two_sentences(build_doc, first_subject: str, ent: str):
    # "Vexfront claimed the raid . Later the group struck again ."
    words = f"{first_subject} claimed the raid . Later the group struck again ."
    return build_doc(words, heads=[1, 1, 3, 1, 1, 8, 7, 8, 8, 8, 8],
                     deps=["nsubj", "ROOT", "det", "dobj", "punct", "advmod", "det", "nsubj", "ROOT", "advmod",
                           "punct"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
                     ents=[ent] + ["O"] * 10)


def _coder(first: Party):
    def parties_of(token):
        return [first] if token.i == 0 else []
    return parties_of


def test_the_group_takes_the_code_of_the_armed_group_named_before(build_doc, cues) -> None:
    doc = _two_sentences(build_doc, "Vexfront", "B-ORG")
    sentence = list(doc.sents)[1]
    named = Party(text="Vexfront", country="IMG", sector=["REB"])
    described = [Party(text="the group", country="USA", sector=["REB"])]
    assert [p.country for p in group_referent(described, sentence, _coder(named), cues)] == ["IMG"]
    # an uncoded description too
    described = [Party(text="the group", sector=["REB"])]
    assert [p.country for p in group_referent(described, sentence, _coder(named), cues)] == ["IMG"]


def test_names_and_other_parties_keep_their_codes(build_doc, cues) -> None:
    doc = _two_sentences(build_doc, "Vexfront", "B-ORG")
    sentence = list(doc.sents)[1]
    named = Party(text="Vexfront", country="IMG", sector=["REB"])
    # a name of its own is no description
    assert group_referent([Party(text="the Red Front", country="USA", sector=["REB"])], sentence, _coder(named),
                          cues)[0].country == "USA"
    # the army is no armed group outside the state
    assert group_referent([Party(text="the army", country="USA", sector=["MIL"])], sentence, _coder(named),
                          cues)[0].country == "USA"
    # no armed group named before: left as it was
    civil = Party(text="Vexfront", country="FRA", sector=["CVL"])
    assert group_referent([Party(text="the group", country="USA", sector=["REB"])], sentence, _coder(civil),
                          cues)[0].country == "USA"
