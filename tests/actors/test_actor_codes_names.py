"""Actor codes of groups and people (issues 14/15): a group named by its relation to a thing takes
no story country, and role words that name no role where they stand give no sector (hand-built
parses of sentences written for these tests)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.components.events import _at_home
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party

ACTORS = actor_dictionary()
CUES = load_cues()


# --- a group placed nowhere by its relation keeps no country ------------------------------------

def test_relation_group_takes_no_story_country():
    parties = [Party(text="Opponents of the merger", sector=["OPP"]),
               Party(text="Supporters of the new bill", sector=["CVL"]),
               Party(text="striking teachers", sector=["CVL"])]
    homed = _at_home(parties, "FRA", CUES)
    assert [p.country for p in homed] == [None, None, "FRA"]


def test_relation_group_keeps_a_country_the_text_gives():
    homed = _at_home([Party(text="Dutch critics of the deal", country="NLD", sector=["OPP"])], "FRA", CUES)
    assert homed[0].country == "NLD"


# --- role words that are no role where they stand ------------------------------------------------

def test_role_word_inside_a_persons_name_gives_no_sector(build_doc):
    doc = build_doc("Singer Dizzy Man toured Ghana",
                    heads=[2, 2, 3, 3, 3], deps=["compound", "compound", "nsubj", "ROOT", "dobj"],
                    pos=["NOUN", "PROPN", "PROPN", "VERB", "PROPN"],
                    ents=["O", "B-PERSON", "I-PERSON", "O", "B-GPE"])
    assert ACTORS.code_span(doc[1:3]) == (None, [])
    # a role before the name is still one: "Minister Ann Lee"
    doc = build_doc("Minister Ann Lee toured Ghana",
                    heads=[2, 2, 3, 3, 3], deps=["compound", "compound", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN"],
                    ents=["O", "B-PERSON", "I-PERSON", "O", "B-GPE"])
    assert ACTORS.code_span(doc[0:3])[1] == ["GOV"]


def test_name_of_another_kind_of_body_gives_no_sector(build_doc):
    doc = build_doc("the indie band Velvet Party split",
                    heads=[4, 2, 4, 4, 5, 5], deps=["det", "compound", "compound", "compound", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"],
                    ents=["O", "O", "O", "B-ORG", "I-ORG", "O"])
    assert ACTORS.code_span(doc[3:5])[1] == []
    doc = build_doc("the Green Party split",
                    heads=[2, 2, 3, 3], deps=["det", "compound", "nsubj", "ROOT"],
                    pos=["DET", "PROPN", "PROPN", "VERB"],
                    ents=["O", "B-ORG", "I-ORG", "O"])
    assert ACTORS.code_span(doc[1:3])[1] == ["PTY"]


def test_veteran_before_another_person_noun_is_a_quality(build_doc):
    doc = build_doc("The veteran film director spoke",
                    heads=[3, 3, 3, 4, 4], deps=["det", "amod", "compound", "nsubj", "ROOT"],
                    pos=["DET", "ADJ", "NOUN", "NOUN", "VERB"])
    assert "MIL" not in ACTORS.code_span(doc[0:4])[1]
    doc = build_doc("The war veterans marched",
                    heads=[2, 2, 3, 3], deps=["det", "compound", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "NOUN", "VERB"])
    assert ACTORS.code_span(doc[0:3])[1] == ["MIL"]


def test_state_office_name_is_gov_not_its_remit(build_doc):
    doc = build_doc("The Office of Trade and Management ruled",
                    heads=[1, 6, 1, 2, 3, 3, 6],
                    deps=["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT"],
                    pos=["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"],
                    ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert ACTORS.code_span(doc[0:6])[1] == ["GOV"]


def test_delegates_have_no_sector_of_their_own():
    assert ACTORS.sector_of("delegates") is None


def test_person_role_word_ending_a_body_tagged_name_gives_no_sector(build_doc):
    # the tagger takes a stage name for a body: its role word is still no role
    doc = build_doc("Dizzy Man toured Ghana",
                    heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "VERB", "PROPN"],
                    ents=["B-ORG", "I-ORG", "O", "B-GPE"])
    assert ACTORS.code_span(doc[0:2]) == (None, [])
    # a role of two words inside a person's name span is one role
    doc = build_doc("Prime Minister Ann Lee toured Ghana",
                    heads=[1, 3, 3, 4, 4, 4], deps=["compound", "compound", "compound", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN"],
                    ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-GPE"])
    assert ACTORS.code_span(doc[0:4])[1] == ["GOV"]


def test_kind_noun_before_a_name_gives_no_sector(build_doc):
    doc = build_doc("the folk group Velvet Party toured",
                    heads=[4, 2, 4, 4, 5, 5], deps=["det", "compound", "compound", "compound", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"],
                    ents=["O", "O", "O", "B-ORG", "I-ORG", "O"])
    assert ACTORS.code_span(doc[0:3]) == (None, [])


def test_kind_noun_before_a_name_is_no_title(pipeline):
    doc = pipeline.nlp("The chart also lists the indie group Velvet Party at number two.")
    coded = {e.name: e.sector for e in doc._.entities}
    assert coded.get("Velvet Party") == []
