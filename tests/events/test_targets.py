"""The right doer and the named target (issue 14, brief s19-recip19; eventcoding/targets.py, event_lexicon.tsv
and event_cues.tsv rows under `# recip19`): a participle gapped after a passive, the person an order binds, the
people help is given to, the owner of a thing told in a relative clause, phrasal attacks on a person, help as AID.
Rules on hand-built Docs with a negative, then whole sentences of our own (none from a data set, an audit, or
tests/data/recipients_heldout6.tsv and actors_heldout6.tsv)."""

from __future__ import annotations

from newsevents.eventcoding import targets


def _someone(token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.lemma_ in ("resident", "man", "woman", "family")


def _events(extract, text: str):
    return extract(text, published="2025-05-20").events


def _parties(events, role: str, kind: str | None = None) -> list[str]:
    return [p.text for e in events if kind is None or e.event == kind for p in getattr(e, role)]


# -- a participle gapped after a passive ---------------------------------------------------------------------


def test_a_gapped_participle_after_a_passive_falls_on_its_subject(build_doc) -> None:
    doc = build_doc("A clerk was stabbed and his brother beaten",
                    heads=[1, 3, 3, 3, 3, 6, 7, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "poss", "nsubj", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "CC", "PRP$", "NN", "VBN"])
    assert [t.text for t in targets.gapped_passive_subjects(doc[7])] == ["brother"]
    assert targets.gapped_passive_doers(doc[7]) == []


def test_an_active_conjunct_or_one_with_its_own_auxiliary_is_no_gapped_passive(build_doc) -> None:
    doc = build_doc("Police arrested a clerk and his brother fled",
                    heads=[1, 1, 3, 1, 1, 6, 7, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "cc", "poss", "nsubj", "conj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "NOUN", "VERB"],
                    tags=["NNS", "VBD", "DT", "NN", "CC", "PRP$", "NN", "VBD"])
    assert targets.gapped_passive_subjects(doc[7]) == []
    doc = build_doc("A clerk was stabbed and his brother has beaten",
                    heads=[1, 3, 3, 3, 3, 6, 8, 8, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "poss", "nsubj", "aux", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "NOUN", "AUX", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "CC", "PRP$", "NN", "VBZ", "VBN"])
    assert targets.gapped_passive_subjects(doc[8]) == []
    doc = build_doc("A clerk was stabbed and his brother called police",
                    heads=[1, 3, 3, 3, 3, 6, 7, 3, 7],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "poss", "nsubj", "conj", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "NOUN", "VERB", "NOUN"],
                    tags=["DT", "NN", "VBD", "VBN", "CC", "PRP$", "NN", "VBD", "NNS"])
    assert targets.gapped_passive_subjects(doc[7]) == []


def test_a_gapped_participle_the_parser_tags_past_tense(build_doc) -> None:
    doc = build_doc("A clerk was stabbed and his brother wounded",
                    heads=[1, 3, 3, 3, 3, 6, 7, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "poss", "nsubj", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "CC", "PRP$", "NN", "VBD"],
                    lemmas=["a", "clerk", "be", "stab", "and", "his", "brother", "wound"])
    assert [t.text for t in targets.gapped_passive_subjects(doc[7])] == ["brother"]
    doc = build_doc("A clerk was stabbed and his brother fled",
                    heads=[1, 3, 3, 3, 3, 6, 7, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "poss", "nsubj", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "CC", "PRP$", "NN", "VBD"],
                    lemmas=["a", "clerk", "be", "stab", "and", "his", "brother", "flee"])
    assert targets.gapped_passive_subjects(doc[7]) == []


def test_the_by_phrase_of_the_first_passive_does_the_gapped_act(build_doc) -> None:
    doc = build_doc("A clerk was stabbed by robbers and his brother beaten",
                    heads=[1, 3, 3, 3, 3, 4, 3, 8, 9, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "poss", "nsubj", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "PRON", "NOUN", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "IN", "NNS", "CC", "PRP$", "NN", "VBN"])
    assert [t.text for t in targets.gapped_passive_doers(doc[9])] == ["robbers"]


def test_sentence_gapped_passive_victim_is_no_doer(extract) -> None:
    events = _events(extract, "A Denver cashier was stabbed by a masked robber and her son wounded during a "
                              "holdup at a gas station on Friday.")
    assert not any("son" in t for t in _parties(events, "actor"))
    assert any("robber" in t for t in _parties(events, "actor", "ASSAULT"))


# -- the person an order binds -------------------------------------------------------------------------------


def test_the_object_of_an_orders_binding_clause_is_bound(build_doc, cues) -> None:
    doc = build_doc("The judge signed an order that bars Dale from the park",
                    heads=[1, 2, 2, 4, 2, 6, 4, 6, 6, 10, 8],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "PROPN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "judge", "sign", "an", "order", "that", "bar", "dale", "from", "the", "park"])
    assert [t.text for t in targets.bound_persons(doc[2], doc[4], cues.bind_verb, _someone)] == ["Dale"]


def test_an_order_that_bars_a_thing_binds_no_one(build_doc, cues) -> None:
    doc = build_doc("The judge signed an order that bars trucks from the park",
                    heads=[1, 2, 2, 4, 2, 6, 4, 6, 6, 10, 8],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "judge", "sign", "an", "order", "that", "bar", "truck", "from", "the", "park"])
    assert targets.bound_persons(doc[2], doc[4], cues.bind_verb, _someone) == []


def test_the_passive_subject_of_a_binding_clause_an_order_verb_takes_is_bound(build_doc, cues) -> None:
    doc = build_doc("Dale is barred from the park the judge ordered",
                    heads=[2, 2, 8, 2, 5, 3, 7, 8, 8],
                    deps=["nsubjpass", "auxpass", "ccomp", "prep", "det", "pobj", "det", "nsubj", "ROOT"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "DET", "NOUN", "VERB"],
                    lemmas=["dale", "be", "bar", "from", "the", "park", "the", "judge", "order"])
    assert [t.text for t in targets.bound_persons(doc[8], None, cues.bind_verb, _someone)] == ["Dale"]
    doc = build_doc("Dale is expected at the park the judge ordered",
                    heads=[2, 2, 8, 2, 5, 3, 7, 8, 8],
                    deps=["nsubjpass", "auxpass", "ccomp", "prep", "det", "pobj", "det", "nsubj", "ROOT"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "DET", "NOUN", "VERB"],
                    lemmas=["dale", "be", "expect", "at", "the", "park", "the", "judge", "order"])
    assert targets.bound_persons(doc[8], None, cues.bind_verb, _someone) == []


def test_sentence_order_bars_a_person(extract) -> None:
    events = _events(extract, "The court in Salina, Kansas, issued a protective order that bars Wade Corbin "
                              "from entering the county fairgrounds.")
    assert any("Corbin" in t for t in _parties(events, "recipient", "REQUEST"))


def test_sentence_court_prohibits_a_person(extract) -> None:
    events = _events(extract, "A court in Provo, Utah, prohibited Glenn Ashby from driving for two years.")
    assert any("Ashby" in t for t in _parties(events, "recipient", "REQUEST"))


def test_sentence_prohibiting_a_thing_is_no_demand_on_a_person(extract) -> None:
    events = _events(extract, "The city council in Provo, Utah, prohibited fireworks in the canyon this summer.")
    assert not any(e.event == "REQUEST" for e in events)


# -- help given to people is AID -------------------------------------------------------------------------------


def test_people_helped_receive_the_help(build_doc) -> None:
    doc = build_doc("volunteers assisted residents",
                    heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NOUN"],
                    lemmas=["volunteer", "assist", "resident"])
    assert targets.aid_receivers(doc[2], "AID", _someone)
    assert not targets.aid_receivers(doc[2], "COOPERATE", _someone)
    doc = build_doc("volunteers provided shelter",
                    heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NOUN"],
                    lemmas=["volunteer", "provide", "shelter"])
    assert not targets.aid_receivers(doc[2], "AID", _someone)


def test_sentence_assisting_people_in_need_is_aid(extract) -> None:
    events = _events(extract, "The Salvation Army is assisting survivors of the tornado in Rolling Fork, "
                              "Mississippi.")
    assert any(e.event == "AID" for e in events) and not any(e.event == "COOPERATE" for e in events)
    assert any("survivors" in t for t in _parties(events, "recipient", "AID"))


def test_sentence_providing_meals_to_families_is_aid(extract) -> None:
    events = _events(extract, "A food bank in Flint, Michigan, is providing meals to families left without "
                              "water.")
    assert any("families" in t for t in _parties(events, "recipient", "AID"))


def test_sentence_assisting_an_agency_stays_cooperation(extract) -> None:
    events = _events(extract, "The FBI is assisting the Dallas Police Department in the investigation.")
    assert not any(e.event == "AID" for e in events)


# -- the owner of a thing in a relative clause ----------------------------------------------------------------


def test_the_owner_in_a_relative_clause_on_the_thing(build_doc, cues) -> None:
    doc = build_doc("seized a van that belonged to Mora",
                    heads=[0, 2, 0, 4, 2, 4, 5], deps=["ROOT", "det", "dobj", "nsubj", "relcl", "prep", "pobj"],
                    pos=["VERB", "DET", "NOUN", "PRON", "VERB", "ADP", "PROPN"],
                    lemmas=["seize", "a", "van", "that", "belong", "to", "mora"])
    assert [t.text for t in targets.relative_owner(doc[2], cues.owner_verb, _someone)] == ["Mora"]
    doc = build_doc("seized the van Mora drove",
                    heads=[0, 2, 0, 4, 2], deps=["ROOT", "det", "dobj", "nsubj", "relcl"],
                    pos=["VERB", "DET", "NOUN", "PROPN", "VERB"], lemmas=["seize", "the", "van", "mora", "drive"])
    assert [t.text for t in targets.relative_owner(doc[2], cues.owner_verb, _someone)] == ["Mora"]


def test_a_thing_that_did_something_names_no_owner(build_doc, cues) -> None:
    doc = build_doc("seized a van that hit Mora",
                    heads=[0, 2, 0, 4, 2, 4], deps=["ROOT", "det", "dobj", "nsubj", "relcl", "dobj"],
                    pos=["VERB", "DET", "NOUN", "PRON", "VERB", "PROPN"],
                    lemmas=["seize", "a", "van", "that", "hit", "mora"])
    assert targets.relative_owner(doc[2], cues.owner_verb, _someone) == []


def test_sentence_impounded_the_car_a_suspect_drove(extract) -> None:
    events = _events(extract, "Police in Pueblo, Colorado, impounded the truck that Lyle Denton drove "
                              "through the checkpoint.")
    assert any("Denton" in t for t in _parties(events, "recipient", "COERCE"))


# -- phrasal attacks on a person --------------------------------------------------------------------------------


def test_sentence_lashed_out_at_a_person(extract) -> None:
    events = _events(extract, "Teachers lashed out at Governor Ruth Pell of Kansas on Tuesday over the "
                              "school budget.")
    assert any("Pell" in t for t in _parties(events, "recipient", "ACCUSE"))


def test_sentence_turned_on_a_person_and_not_on_the_lights(extract) -> None:
    events = _events(extract, "Angry farmers turned on the state senator at a hearing in Pierre, South Dakota.")
    assert any("senator" in t for t in _parties(events, "recipient", "ACCUSE"))
    events = _events(extract, "The janitor turned on the lights in the gym in Pierre, South Dakota.")
    assert not any(e.event == "ACCUSE" for e in events)


# -- a body's adoption of an amendment ------------------------------------------------------------------------


def test_sentence_a_chamber_passing_an_amendment_concedes_nothing(extract) -> None:
    events = _events(extract, "The state Senate in Topeka, Kansas, passed an amendment on Tuesday that would cap "
                              "property taxes.")
    assert not any(e.event == "CONCEDE" for e in events)
    events = _events(extract, "The Assembly in Albany approved an amendment to the state's rent law on Monday.")
    assert not any(e.event == "CONCEDE" for e in events)


def test_sentence_accepting_anothers_amendment_keeps_its_type(extract) -> None:
    events = _events(extract, "The ruling party accepted the opposition's amendment to the election law.")
    assert any(e.event == "AGREE" for e in events)
