"""Reciprocal and joint acts: the second party (issue 14, brief s7).

Both sides of a mutual act named together ("Iran and Iraq signed a deal", "talks between A and
B") give the first as actor and the others as its counterparts, as "X signed a deal with Y" has
them; a joint act that is not mutual ("X and Y attacked Z", "X and Y pledged aid") keeps both as
actors, and "together with" joins the actor. Rules on hand-built parses first, then the whole
pipeline on sentences of our own.
"""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import (
    after_dateline,
    companions,
    counted_sides,
    counterpart_in,
    mutual_act,
    parties_for,
    sides_between,
    split_sides,
    subject_of,
    with_counterparts,
    without_each_other,
)
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party

ACTORS = actor_dictionary()
CUES = load_cues()
PUBLISHED = "2024-05-01"


def texts(tokens):
    return [t.text for t in tokens]


def countries(parties):
    return {p.country for p in parties if p.country}


def _signed(build_doc):
    # "Iran and Iraq signed a deal"
    return build_doc("Iran and Iraq signed a deal",
                     heads=[3, 0, 0, 3, 5, 3], deps=["nsubj", "cc", "conj", "ROOT", "det", "dobj"],
                     pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN"],
                     lemmas=["iran", "and", "iraq", "sign", "a", "deal"])


def test_a_joint_type_with_a_with_counterpart_is_mutual(build_doc):
    doc = _signed(build_doc)
    assert mutual_act(doc[3], "AGREE", frozenset({"with"}), doc[5], CUES.reciprocal)
    # a promise names its counterpart with "to": two promisers are co-actors
    assert not mutual_act(doc[3], "AGREE", frozenset({"to"}), None, CUES.reciprocal)
    # an attack is done by both on someone else, never by one on the other
    assert not mutual_act(doc[3], "ASSAULT", frozenset({"on", "against"}), None, CUES.reciprocal)


def test_words_of_a_mutual_act_make_other_types_mutual(build_doc):
    doc = build_doc("Chad and Niger exchanged fire",
                    heads=[3, 0, 0, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
                    lemmas=["chad", "and", "niger", "exchange", "fire"])
    assert mutual_act(doc[3], "ASSAULT", frozenset({"with"}), doc[4], CUES.reciprocal)
    # "traded accusations": the noun trigger's governing verb says the act goes both ways
    doc = build_doc("Peru and Chile traded accusations",
                    heads=[3, 0, 0, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
                    lemmas=["peru", "and", "chile", "trade", "accusation"])
    assert mutual_act(doc[4], "ACCUSE", frozenset({"against"}), None, CUES.reciprocal)
    doc = build_doc("Peru and Chile made accusations",
                    heads=[3, 0, 0, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
                    lemmas=["peru", "and", "chile", "make", "accusation"])
    assert not mutual_act(doc[4], "ACCUSE", frozenset({"against"}), None, CUES.reciprocal)


def test_the_second_side_becomes_the_counterpart(build_doc):
    doc = _signed(build_doc)
    iran = Party(entity="e1", text="Iran", country="IRN", sector=[])
    iraq = Party(entity="e2", text="Iraq", country="IRQ", sector=[])
    actor, recipient, actor_tokens, recipient_tokens = split_sides([iran, iraq], [], [doc[0], doc[2]], [])
    assert actor == [iran] and recipient == [iraq]
    assert texts(actor_tokens) == ["Iran"] and texts(recipient_tokens) == ["Iraq"]


def test_a_named_counterpart_or_a_single_side_is_left_alone(build_doc):
    doc = _signed(build_doc)
    iran = Party(entity="e1", text="Iran", country="IRN", sector=[])
    iraq = Party(entity="e2", text="Iraq", country="IRQ", sector=[])
    oman = Party(entity="e3", text="Oman", country="OMN", sector=[])
    # "Iran and Iraq signed a deal with Oman": both sign, Oman is the counterpart
    assert split_sides([iran, iraq], [oman], [doc[0], doc[2]], [])[:2] == ([iran, iraq], [oman])
    assert split_sides([iran], [], [doc[0]], [])[:2] == ([iran], [])
    # one party told twice is no second side
    again = Party(entity="e1", text="Iran", country="IRN", sector=["GOV"])
    assert split_sides([iran, again], [], [doc[0], doc[2]], [])[:2] == ([iran, again], [])


def test_parties_split_from_one_token_keep_their_tokens(build_doc):
    doc = _signed(build_doc)
    greek = Party(entity=None, text="Greek", country="GRC", sector=["GOV"])
    turkish = Party(entity=None, text="Turkish", country="TUR", sector=["GOV"])
    actor, recipient, actor_tokens, recipient_tokens = split_sides([greek, turkish], [], [doc[0]], [])
    assert actor == [greek] and recipient == [turkish]
    assert texts(actor_tokens) == ["Iran"] and recipient_tokens == []  # no token of its own to move


def test_talks_between_two_sides_name_both(build_doc):
    doc = build_doc("talks between Ankara and Moscow ended",
                    heads=[5, 0, 1, 2, 2, 5], deps=["nsubj", "prep", "pobj", "cc", "conj", "ROOT"],
                    pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"])
    actor, recipient = sides_between(doc[0], [doc[2], doc[4]])
    assert texts(actor) == ["Ankara"] and texts(recipient) == ["Moscow"]
    doc = build_doc("a truce among the clans",
                    heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert sides_between(doc[1], []) == ([], [])  # one side named: no pair


def test_together_with_after_the_subject_joins_the_actor(build_doc):
    doc = build_doc("France , together with Germany , sent aid",
                    heads=[6, 0, 3, 0, 3, 6, 6, 6],
                    deps=["nsubj", "punct", "advmod", "prep", "pobj", "punct", "ROOT", "dobj"],
                    pos=["PROPN", "PUNCT", "ADV", "ADP", "PROPN", "PUNCT", "VERB", "NOUN"])
    assert texts(companions(doc[6], CUES)) == ["Germany"]
    doc = build_doc("France , with Germany 's help , sent aid",
                    heads=[7, 0, 0, 5, 3, 2, 7, 7, 7],
                    deps=["nsubj", "punct", "prep", "poss", "case", "pobj", "punct", "ROOT", "dobj"],
                    pos=["PROPN", "PUNCT", "ADP", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "NOUN"])
    assert companions(doc[7], CUES) == []  # a bare "with" is a means, not a companion


def test_people_of_several_countries_are_one_party_each(build_doc):
    doc = build_doc("the ministers of Chile and Bolivia",
                    heads=[1, 1, 1, 2, 3, 3], deps=["det", "ROOT", "prep", "pobj", "cc", "conj"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"], tags=["DT", "NNS", "IN", "NNP", "CC", "NNP"])
    assert [p.country for p in parties_for(doc[1], ACTORS.code_span, CUES)] == ["CHL", "BOL"]
    doc = build_doc("officials from Ghana and Togo",
                    heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"],
                    pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"], tags=["NNS", "IN", "NNP", "CC", "NNP"])
    assert [p.country for p in parties_for(doc[0], ACTORS.code_span, CUES)] == ["GHA", "TGO"]
    doc = build_doc("envoys from Sudan and South Sudan",
                    heads=[0, 0, 1, 2, 5, 2], deps=["ROOT", "prep", "pobj", "cc", "compound", "conj"],
                    pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN"], tags=["NNS", "IN", "NNP", "CC", "NNP", "NNP"])
    assert [(p.text, p.country) for p in parties_for(doc[0], ACTORS.code_span, CUES)] == [
        ("Sudan", "SDN"), ("South Sudan", "SSD")]
    doc = build_doc("officials from Ghana",
                    heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
                    pos=["NOUN", "ADP", "PROPN"], tags=["NNS", "IN", "NNP"])
    assert [p.country for p in parties_for(doc[0], ACTORS.code_span, CUES)] == ["GHA"]


def test_each_other_makes_the_act_mutual(build_doc):
    doc = build_doc("Chad and Niger accused each other",
                    heads=[3, 0, 0, 3, 5, 3], deps=["nsubj", "cc", "conj", "ROOT", "det", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "ADJ"])
    assert without_each_other([doc[5]]) == ([], True)
    doc = build_doc("troops fired at one another",
                    heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "prep", "pobj", "det"],
                    pos=["NOUN", "VERB", "ADP", "NUM", "DET"])
    assert without_each_other([doc[3]]) == ([], True)
    doc = build_doc("Chad accused the other side",
                    heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "amod", "dobj"],
                    pos=["PROPN", "VERB", "DET", "ADJ", "NOUN"])
    assert without_each_other([doc[4]]) == ([doc[4]], False)  # "the other side" is a party


def test_a_wire_dateline_is_not_the_subject(build_doc):
    # the parse a statistical parser makes of a dateline: the town as subject, the real one below it
    doc = build_doc("LAGOS , May 4 - Benin and Niger signed",
                    heads=[8, 0, 0, 2, 5, 2, 5, 5, 8],
                    deps=["nsubj", "punct", "npadvmod", "nummod", "punct", "conj", "cc", "conj", "ROOT"],
                    pos=["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"])
    assert texts(subject_of(doc[8], ACTORS, CUES)) == ["Benin", "Niger"]
    # a name in capitals set off by dashes, with no date or agency, is no dateline
    doc = build_doc("NATO - the alliance - met",
                    heads=[5, 3, 3, 0, 3, 5], deps=["nsubj", "punct", "det", "appos", "punct", "ROOT"],
                    pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"])
    assert after_dateline(doc[0]) == [] and texts(subject_of(doc[5], ACTORS, CUES)) == ["NATO"]


def _is_name(token):
    return token.pos_ == "PROPN"


def test_a_thing_agreed_with_a_party_gives_way_to_that_party(build_doc):
    # "agreed settlements with the Commission": the settlements are agreed with the Commission
    doc = build_doc("Directors agreed settlements with the Commission",
                    heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN"])
    assert texts(with_counterparts([doc[2]], (doc[1], None), _is_name)) == ["Commission"]
    # past an amount: "a deal worth millions with Vexcorp and Vexbank"
    doc = build_doc("Tarn agreed a deal worth millions with Vexcorp and Vexbank",
                    heads=[1, 1, 3, 1, 3, 4, 4, 6, 7, 7],
                    deps=["nsubj", "ROOT", "det", "dobj", "amod", "npadvmod", "prep", "pobj", "cc", "conj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert texts(counterpart_in(doc[3], _is_name)) == ["Vexcorp", "Vexbank"]
    # a thing that names no party stays what it is
    doc = build_doc("Tarn agreed a deal with conditions",
                    heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN"])
    assert texts(with_counterparts([doc[3]], (doc[1], None), _is_name)) == ["deal"]


def test_the_signing_of_an_accord_with_a_party(build_doc):
    doc = build_doc("Peru confirmed the signing of an accord with Bolivia",
                    heads=[1, 1, 3, 1, 3, 6, 4, 6, 7],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    assert texts(with_counterparts([], (doc[3], doc[6]), _is_name)) == ["Bolivia"]
    assert with_counterparts([], (doc[1], None), _is_name) == []  # a verb is no thing with a phrase


def test_the_two_sides_are_the_two_countries_just_named(build_doc):
    doc = build_doc("Chile and Peru met . The two sides signed .",
                    heads=[3, 0, 0, 3, 3, 7, 7, 8, 8, 8],
                    deps=["nsubj", "cc", "conj", "ROOT", "punct", "det", "nummod", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
                    tags=["NNP", "CC", "NNP", "VBD", ".", "DT", "CD", "NNS", "VBD", "."],
                    lemmas=["chile", "and", "peru", "meet", ".", "the", "two", "side", "sign", "."],
                    ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    sides = counted_sides(doc[7], ["GOV"], CUES, ACTORS.code_span)
    assert [(p.text, p.country, p.sector) for p in sides] == [("Chile", "CHL", ["GOV"]), ("Peru", "PER", ["GOV"])]
    # three countries named: which two is no guess
    doc = build_doc("Chile , Peru and Bolivia met . The two sides signed .",
                    heads=[5, 0, 0, 2, 2, 5, 5, 9, 9, 10, 10, 10],
                    deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT", "punct", "det", "nummod", "nsubj", "ROOT",
                          "punct"],
                    pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "NOUN", "VERB",
                         "PUNCT"],
                    tags=["NNP", ",", "NNP", "CC", "NNP", "VBD", ".", "DT", "CD", "NNS", "VBD", "."],
                    lemmas=["chile", ",", "peru", "and", "bolivia", "meet", ".", "the", "two", "side", "sign", "."],
                    ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    assert counted_sides(doc[9], [], CUES, ACTORS.code_span) == []
    # not counted, or not a word for the sides: nobody
    assert counted_sides(doc[7], [], CUES, ACTORS.code_span) == []


# The whole pipeline, on sentences of our own.

def test_two_countries_holding_talks(events_of):
    event = next(e for e in events_of("Chile and Peru held talks on fishing rights.") if e.event == "CONSULT")
    assert countries(event.actor) == {"CHL"} and countries(event.recipient) == {"PER"}


def test_talks_between_two_capitals(events_of):
    event = next(e for e in events_of("Talks between Ankara and Moscow ended without a deal.") if e.event == "CONSULT")
    assert countries(event.actor) == {"TUR"} and countries(event.recipient) == {"RUS"}


def test_traded_accusations_and_exchanged_fire(events_of):
    event = next(e for e in events_of("Greece and Turkey traded accusations over the airspace violations.")
                 if e.event == "ACCUSE")
    assert countries(event.actor) == {"GRC"} and countries(event.recipient) == {"TUR"}
    event = next(e for e in events_of("Serbian and Kosovan police exchanged fire near the crossing.")
                 if e.event == "ASSAULT")
    assert len(event.actor) == 1 and len(event.recipient) == 1


def test_a_ceasefire_between_army_and_rebels(events_of):
    event = next(e for e in events_of("A ceasefire between the Malian army and Tuareg rebels took effect on Sunday.")
                 if e.event == "AGREE")
    assert [p.text for p in event.actor] == ["the Malian army"] and len(event.recipient) == 1


def test_joint_acts_that_are_not_mutual_keep_both_actors(events_of):
    event = next(e for e in events_of("Nigeria and Ghana attacked the militants' camp.") if e.event == "ASSAULT")
    assert countries(event.actor) == {"NGA", "GHA"}
    event = next(e for e in events_of("Japan and South Korea pledged aid to the Philippines.") if e.event == "AGREE")
    assert countries(event.actor) == {"JPN", "KOR"} and countries(event.recipient) == {"PHL"}
    event = next(e for e in events_of("France, together with Germany, sent aid to Moldova.") if e.event == "AID")
    assert countries(event.actor) == {"FRA", "DEU"} and countries(event.recipient) == {"MDA"}


def test_a_with_counterpart_stays_the_recipient(events_of):
    event = next(e for e in events_of("Norway and Denmark signed a trade deal with Iceland.") if e.event == "AGREE")
    assert countries(event.actor) == {"NOR", "DNK"} and countries(event.recipient) == {"ISL"}


def test_settlements_agreed_with_a_regulator(events_of):
    event = next(e for e in events_of("Two former bank directors agreed settlements with the Securities Commission "
                                      "of Brazil.") if e.event == "AGREE")
    assert countries(event.recipient) == {"BRA"} and "Commission" in event.recipient[0].text


def test_the_two_sides_met(events_of):
    events = events_of("Chile and Argentina disputed the glacier for decades. Both countries agreed on Friday "
                       "to share its water.")
    event = next(e for e in events if e.event == "AGREE")
    assert countries(event.actor) == {"CHL"} and countries(event.recipient) == {"ARG"}


def test_accused_each_other(events_of):
    event = next(e for e in events_of("Armenia and Azerbaijan accused each other of violating the ceasefire.")
                 if e.event == "ACCUSE")
    assert countries(event.actor) == {"ARM"} and countries(event.recipient) == {"AZE"}
