"""Recipients of labour and stance (issue 14, the tenth audit's #33, #38): the employer a union's
description names is the other party of its act; the with-party of "siding with", "took sides
with" is the one supported. Sentences written for these tests; the union rule is also checked on a
hand-built parse."""

from __future__ import annotations

from newsevents.eventcoding.labour import _represented_employers

PUBLISHED = "2023-05-02"


def test_a_unions_description_names_its_members_employer(build_doc, cues):
    words = "a union representing drivers at Vexrail agreed"
    doc = build_doc(words, heads=[1, 6, 1, 2, 2, 4, 6], deps=["det", "nsubj", "acl", "dobj", "prep", "pobj", "ROOT"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB"],
                    lemmas=["a", "union", "represent", "driver", "at", "Vexrail", "agree"])
    assert [t.text for t in _represented_employers(doc[1], cues)] == ["Vexrail"]
    doc = build_doc("a union representing Vexrail drivers agreed", heads=[1, 5, 1, 4, 2, 5],
                    deps=["det", "nsubj", "acl", "compound", "dobj", "ROOT"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "NOUN", "VERB"],
                    lemmas=["a", "union", "represent", "Vexrail", "driver", "agree"])
    assert [t.text for t in _represented_employers(doc[1], cues)] == ["Vexrail"]
    doc = build_doc("a union of drivers at Vexrail agreed", heads=[1, 6, 1, 2, 3, 4, 6],
                    deps=["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT"],
                    pos=["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "VERB"])
    assert _represented_employers(doc[1], cues) == []  # no description of whom it represents


def test_a_union_deal_takes_the_employer_it_names(events_of):
    events = events_of("A union representing 900 pilots at Vexair Airlines agreed to a new contract on Monday.")
    agreed = [e for e in events if e.event == "AGREE"]
    assert agreed and [p.text for p in agreed[0].recipient] == ["Vexair Airlines"]


def test_the_party_sided_with_is_supported(events_of):
    for text in ("Several bishops are siding with the Norland Broadcasting Council in the dispute.",
                 "Several bishops have taken sides with the Norland Broadcasting Council in the dispute."):
        support = [e for e in events_of(text) if e.event == "SUPPORT"]
        assert support, text
        assert [p.text for p in support[0].recipient] == ["the Norland Broadcasting Council"], text
