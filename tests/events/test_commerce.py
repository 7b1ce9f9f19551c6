"""Business deals: the seller, buyer or maker is the other party; a purchase order is a deal."""

from __future__ import annotations

from newsevents.eventcoding.commerce import deal_parties, is_purchase_order, other_party

PUBLISHED = "2005-03-10"


def _named(token) -> bool:
    return token.pos_ == "PROPN"


def _order(build_doc):
    # "Nordair ordered 30 Vexair V20 planes in a deal"
    return build_doc("Nordair ordered 30 Vexair V20 planes in a deal",
                     heads=[1, 1, 5, 4, 5, 1, 1, 8, 6],
                     deps=["nsubj", "ROOT", "nummod", "compound", "compound", "dobj", "prep", "det", "pobj"],
                     pos=["PROPN", "VERB", "NUM", "PROPN", "NOUN", "NOUN", "ADP", "DET", "NOUN"],
                     lemmas=["Nordair", "order", "30", "Vexair", "V20", "plane", "in", "a", "deal"],
                     ents=["B-ORG", "O", "B-CARDINAL", "B-ORG", "B-PRODUCT", "O", "O", "O", "O"])


def test_the_maker_named_in_the_goods_is_the_other_party_of_an_order(build_doc, cues):
    doc = _order(build_doc)
    assert is_purchase_order(doc[1], cues)
    assert [t.text for t in other_party(doc[1], cues, _named)] == ["Vexair"]
    # the deal the order is made in has the same other party
    assert [t.text for t in deal_parties(doc[8], cues, _named)] == ["Vexair"]


def test_an_order_to_people_or_for_an_act_is_no_purchase(build_doc, cues):
    # "The general ordered troops to withdraw": a command (a clause of what they must do)
    doc = build_doc("The general ordered troops to withdraw", heads=[1, 2, 2, 2, 5, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB"],
                    lemmas=["the", "general", "order", "troop", "to", "withdraw"])
    assert not is_purchase_order(doc[2], cues)
    # "The minister ordered an inquiry": an act asked for, no goods
    doc = build_doc("The minister ordered an inquiry", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["the", "minister", "order", "an", "inquiry"])
    assert not is_purchase_order(doc[2], cues)


def test_the_seller_after_from_and_the_buyer_after_to_are_the_other_party(build_doc, cues):
    # "a deal to buy display technology from Vexcorp": the seller
    doc = build_doc("a deal to buy display technology from Vexcorp", heads=[1, 1, 3, 1, 5, 3, 3, 6],
                    deps=["det", "ROOT", "aux", "acl", "compound", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "NOUN", "NOUN", "ADP", "PROPN"],
                    lemmas=["a", "deal", "to", "buy", "display", "technology", "from", "Vexcorp"])
    assert [t.text for t in deal_parties(doc[1], cues, _named)] == ["Vexcorp"]
    # "Under the agreement, Nordair will sell ten jets to Skyline": the buyer
    doc = build_doc("Under the agreement Nordair will sell ten jets to Skyline",
                    heads=[5, 2, 0, 5, 5, 5, 7, 5, 5, 8],
                    deps=["prep", "det", "pobj", "nsubj", "aux", "ROOT", "nummod", "dobj", "dative", "pobj"],
                    pos=["ADP", "DET", "NOUN", "PROPN", "AUX", "VERB", "NUM", "NOUN", "ADP", "PROPN"],
                    lemmas=["under", "the", "agreement", "Nordair", "will", "sell", "ten", "jet", "to", "Skyline"])
    assert [t.text for t in deal_parties(doc[2], cues, _named)] == ["Skyline"]
    # a verb that trades nothing has no other party of a sale
    doc = build_doc("a deal to build a plant", heads=[1, 1, 3, 1, 5, 3],
                    deps=["det", "ROOT", "aux", "acl", "det", "dobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["a", "deal", "to", "build", "a", "plant"])
    assert deal_parties(doc[1], cues, _named) == []


def test_an_order_done_in_a_deal_is_not_hypothetical(build_doc, cues):
    from newsevents.eventcoding.modality import modality_of

    doc = _order(build_doc)
    assert modality_of(doc[8], cues) == "asserted"
    # an order for an act still only asks for it: "ordered an inquiry into the deal"
    doc = build_doc("Ghana ordered an inquiry into the deal", heads=[1, 1, 3, 1, 3, 6, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["Ghana", "order", "an", "inquiry", "into", "the", "deal"])
    assert modality_of(doc[3], cues) == "hypothetical"


def test_a_purchase_order_is_a_deal_with_the_maker(events_of):
    events = events_of("Indian airline Kingfisher has ordered 20 Boeing 737 jets in a $1.8bn deal.")
    assert events and all(e.event == "AGREE" and e.modality == "asserted" for e in events)
    assert any(p.text == "Boeing" for e in events for p in e.recipient)
    events = events_of("Japan's Toshiba recently announced a deal to buy chip technology from rival Sony.")
    assert [(e.event, e.modality) for e in events] == [("AGREE", "asserted")]
    assert [p.text for p in events[0].recipient] == ["rival Sony"]


def test_the_firm_a_purchase_buys_or_buys_a_share_of_is_the_other_party(build_doc, cues):
    # "a deal to buy 26 % of Indian firm Vexoil": the firm whose share is bought
    doc = build_doc("a deal to buy 26 % of Indian firm Vexoil", heads=[1, 1, 3, 1, 5, 3, 5, 9, 9, 6],
                    deps=["det", "ROOT", "aux", "acl", "nummod", "dobj", "prep", "amod", "compound", "pobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "NUM", "NOUN", "ADP", "ADJ", "NOUN", "PROPN"],
                    lemmas=["a", "deal", "to", "buy", "26", "%", "of", "indian", "firm", "Vexoil"],
                    ents=["O", "O", "O", "O", "B-PERCENT", "I-PERCENT", "O", "B-NORP", "O", "B-ORG"])
    assert [t.text for t in deal_parties(doc[1], cues, _named)] == ["Vexoil"]
    # "a deal to buy Zenair": the firm bought whole
    doc = build_doc("a deal to buy Zenair", heads=[1, 1, 3, 1, 3], deps=["det", "ROOT", "aux", "acl", "dobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "PROPN"], lemmas=["a", "deal", "to", "buy", "Zenair"],
                    ents=["O", "O", "O", "O", "B-ORG"])
    assert [t.text for t in deal_parties(doc[1], cues, _named)] == ["Zenair"]
    # goods bought are no party, and a share of goods names no firm: "to buy 26 % of the crop"
    doc = build_doc("a deal to buy 26 % of the crop", heads=[1, 1, 3, 1, 5, 3, 5, 8, 6],
                    deps=["det", "ROOT", "aux", "acl", "nummod", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["a", "deal", "to", "buy", "26", "%", "of", "the", "crop"])
    assert deal_parties(doc[1], cues, _named) == []
    # a sale names its buyer, not what is sold: "a deal to sell Zenair" has no other party named
    doc = build_doc("a deal to sell Zenair", heads=[1, 1, 3, 1, 3], deps=["det", "ROOT", "aux", "acl", "dobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "PROPN"], lemmas=["a", "deal", "to", "sell", "Zenair"],
                    ents=["O", "O", "O", "O", "B-ORG"])
    assert deal_parties(doc[1], cues, _named) == []
