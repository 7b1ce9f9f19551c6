"""Required events the regression golds missed (session 34, events38; docs/notes/event-recall-golds.md):
each test states a pattern of English on sentences of this file's own."""

from __future__ import annotations

from newsevents.eventcoding.arguments import several_peoples, sides_between

PUBLISHED = "2024-05-02"


def _between_doc(build_doc, sentence: str, conj: bool):
    # "talks between French and German diplomats" / "talks between French diplomats"
    if conj:
        return build_doc(sentence, heads=[0, 0, 5, 2, 2, 1], deps=["ROOT", "prep", "amod", "cc", "conj", "pobj"],
                         pos=["NOUN", "ADP", "ADJ", "CCONJ", "ADJ", "NOUN"],
                         ents=["O", "O", "B-NORP", "O", "B-NORP", "O"])
    return build_doc(sentence, heads=[0, 0, 3, 1], deps=["ROOT", "prep", "amod", "pobj"],
                     pos=["NOUN", "ADP", "ADJ", "NOUN"], ents=["O", "O", "B-NORP", "O"])


def test_one_noun_of_coordinated_nationalities_is_both_sides(build_doc):
    doc = _between_doc(build_doc, "talks between French and German diplomats", conj=True)
    assert several_peoples(doc[5])
    actor, recipients = sides_between(doc[0], [doc[5]])
    assert [t.text for t in actor] == ["diplomats"] and recipients == []


def test_one_nationality_names_one_side_only(build_doc):
    doc = _between_doc(build_doc, "talks between French diplomats", conj=False)
    assert not several_peoples(doc[3])
    assert sides_between(doc[0], [doc[3]]) == ([], [doc[3]])


def test_meetings_between_officials_of_two_nations_are_consultations(events_of):
    events = events_of("The envoy spoke after two days of meetings in Paris between senior French and German diplomats.")
    meeting = next(e for e in events if e.trigger.text == "meetings")
    assert meeting.event == "CONSULT"
    assert [p.country for p in meeting.actor] == ["FRA"] and [p.country for p in meeting.recipient] == ["DEU"]


def test_a_fine_told_in_the_passive_is_a_penalty_with_its_authority_untold(events_of):
    fined = [e for e in events_of("Tom Brandt was fined $300 on Monday for driving without a licence.")
             if e.trigger.text == "fined"]
    assert [e.event for e in fined] == ["COERCE"] and fined[0].actor == []
    assert [e.event for e in events_of("A Vexton woman has been fined and ordered to pay restitution.")
            if e.trigger.text == "fined"] == ["COERCE"]


def test_fines_named_as_things_are_no_penalty_act(events_of):
    assert not [e for e in events_of("The fines were paid by the end of the month.") if e.trigger.text == "fines"]


def test_resisting_anothers_attempt_or_pressure_is_a_refusal(events_of):
    resist = [e for e in events_of("Poland will resist pressure from Brussels to accept more migrants.")
              if e.trigger.text == "resist"]
    assert [(e.event, e.modality, [p.country for p in e.actor]) for e in resist] == [("REJECT", "future", ["POL"])]
    assert not [e for e in events_of("He resisted arrest.") if e.trigger.text == "resisted"]


def test_a_verb_hung_on_the_participle_describing_its_subject_has_that_subject(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.arguments import subject_of
    from newsevents.eventcoding.lexicon import load_cues

    # "Soldiers guarding the bridge fired at a truck", parsed with "fired" hung on "guarding"
    doc = build_doc("Soldiers guarding the bridge fired at a truck",
                    heads=[1, 1, 3, 1, 1, 4, 7, 5], deps=["nsubj", "ROOT", "det", "dobj", "dep", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBG", "DT", "NN", "VBD", "IN", "DT", "NN"])
    assert [t.text for t in subject_of(doc[4], actor_dictionary(), load_cues())] == ["Soldiers"]
    # a verb with a subject of its own keeps it: "Soldiers guarding the bridge , they fired"
    doc = build_doc("Soldiers guarding the bridge they fired",
                    heads=[1, 1, 3, 1, 5, 1], deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "dep"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "VERB"], tags=["NNS", "VBG", "DT", "NN", "PRP", "VBD"])
    assert [t.text for t in subject_of(doc[5], actor_dictionary(), load_cues())] == ["they"]


def test_an_amount_names_the_thing_in_apposition_after_it(build_doc):
    from newsevents.eventcoding.lexicon import TriggerFacts

    # "signed a $200 million (180 million euro) loan", the parser making "loan" an apposition of the sum
    doc = build_doc("Vexbank signed $200m , loan", heads=[1, 1, 1, 2, 2],
                    deps=["nsubj", "ROOT", "dobj", "punct", "appos"], pos=["PROPN", "VERB", "NUM", "PUNCT", "NOUN"],
                    ents=["B-ORG", "O", "B-MONEY", "O", "O"])
    names = dict(TriggerFacts(doc[1]).object_names)[doc[2]]
    assert "loan" in names
    doc = build_doc("Vexbank signed Lina , director", heads=[1, 1, 1, 2, 2],
                    deps=["nsubj", "ROOT", "dobj", "punct", "appos"], pos=["PROPN", "VERB", "PROPN", "PUNCT", "NOUN"])
    assert "director" not in dict(TriggerFacts(doc[1]).object_names)[doc[2]]  # no amount: the apposition is another's


def test_a_loan_signed_with_a_state_is_an_agreement(events_of):
    signed = [e for e in events_of("The World Bank signed a loan with Kenya.") if e.trigger.text == "signed"]
    assert [(e.event, [p.country for p in e.recipient]) for e in signed] == [("AGREE", ["KEN"])]


def test_a_nouns_of_phrase_hung_on_the_name_of_its_by_phrase_is_the_nouns(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import Condition, condition_holds

    # "the announcement by Vorn of tariffs", the parser hanging "of tariffs" on the name
    doc = build_doc("the announcement by Vorn of tariffs", heads=[1, 1, 1, 2, 3, 4],
                    deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"], pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "NOUN"],
                    ents=["O", "O", "O", "B-PERSON", "O", "O"])
    tariff = Condition(kind="pobj", words=frozenset({"tariff", "tariffs"}), negated=False)
    assert condition_holds(doc[1], tariff, actor_dictionary())
    # a body's of-phrase is not read so ("by the Bank of England")
    doc = build_doc("the announcement by Vexbank of tariffs", heads=[1, 1, 1, 2, 3, 4],
                    deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"], pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "NOUN"],
                    ents=["O", "O", "O", "B-ORG", "O", "O"])
    assert not condition_holds(doc[1], tariff, actor_dictionary())


def test_a_synagogue_burned_and_a_fencing_pulled_down_are_property_destroyed(events_of):
    burned = [e for e in events_of("Gunmen burned down two synagogues in Kano on Sunday.") if e.trigger.text == "burned"]
    assert [e.event for e in burned] == ["ASSAULT"]
    pulled = [e for e in events_of("A perimeter fencing was pulled down by armed youths in Lagos on Monday.")
              if e.trigger.text == "pulled"]
    assert [e.event for e in pulled] == ["ASSAULT"]
