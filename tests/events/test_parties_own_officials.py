"""A leader's order reaches officers of his own: uncoded officials ordered take the doer's country
(the twenty-eighth US-news audit's class of one's own officials). Sentences written for these tests."""

from __future__ import annotations

from newsevents.eventcoding.order_receivers import own_officials
from newsevents.record import Party

COMMANDS = {"order", "require"}
SECTORS = {"GOV", "MIL", "COP"}


def _ordered(build_doc, verb: str, lemma: str):
    # "The premier ordered diplomats to leave"
    return build_doc(f"The premier {verb} diplomats to leave", heads=[1, 2, 2, 2, 5, 2],
                     deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp"],
                     pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB"], tags=["DT", "NN", "VBD", "NNS", "TO", "VB"],
                     lemmas=["the", "premier", lemma, "diplomat", "to", "leave"])


PREMIER = Party(entity="e1", text="The premier", country="GBR", sector=["GOV"])
DIPLOMATS = Party(entity="e2", text="diplomats", country=None, sector=["GOV"])


def test_officials_ordered_take_the_leaders_country(build_doc):
    doc = _ordered(build_doc, "ordered", "order")
    (party,) = own_officials(doc[2], "REQUEST", [PREMIER], [DIPLOMATS], COMMANDS, SECTORS)
    assert party.country == "GBR"


def test_officials_only_asked_keep_no_country(build_doc):
    doc = _ordered(build_doc, "asked", "ask")
    (party,) = own_officials(doc[2], "REQUEST", [PREMIER], [DIPLOMATS], COMMANDS, SECTORS)
    assert party.country is None


def test_no_country_given_without_one_coded_doer_or_to_others(build_doc):
    doc = _ordered(build_doc, "ordered", "order")
    other = Party(entity="e3", text="Vexlanders", country=None, sector=[])
    assert own_officials(doc[2], "REQUEST", [PREMIER], [other], COMMANDS, SECTORS)[0].country is None
    doer = Party(entity="e1", text="The premier", country=None, sector=["GOV"])
    assert own_officials(doc[2], "REQUEST", [doer], [DIPLOMATS], COMMANDS, SECTORS)[0].country is None
