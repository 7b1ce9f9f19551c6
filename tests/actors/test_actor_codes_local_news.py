"""Actor and recipient codes of the local-news audits (issue 14, brief s18-actors18): a party's name many
countries bear takes its story's country (components/entities.py ``_common_party_homes``, eventcoding/home_codes.py
``common_party_home``, actor_words.tsv ``common_party``); a title on the far side of a meeting from the
party nearest it takes the host place's country (``_host_of_title``, ``_host_across_verb``, home_codes
``host_of_title``); a passive's ``by`` phrase the parser hangs on the charge is its agent (eventcoding/arguments.py
``agent_under_charge``). Rules on hand-built Docs with a negative, then whole sentences of our own (none from a
data set, an audit, or tests/data/actors_heldout4.tsv and recipients_heldout4.tsv)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import agent_under_charge
from newsevents.eventcoding.home_codes import PARTY_HOMES, argument_side, common_party_home
from newsevents.record import Party


def _parties(events, role: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for e in events for p in getattr(e, role)]


# -- a passive's agent hung on its charge --------------------------------------------------------------------


def test_a_by_phrase_on_the_charge_is_the_passives_agent(build_doc) -> None:
    doc = build_doc("The nurse was charged with theft by prosecutors",
                    heads=[1, 3, 3, 3, 3, 4, 5, 6],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "nurse", "be", "charge", "with", "theft", "by", "prosecutor"])
    assert [t.text for t in agent_under_charge(doc[3], actor_dictionary())] == ["prosecutors"]


def test_a_means_or_a_pronoun_after_by_is_no_agent(build_doc) -> None:
    doc = build_doc("The man was charged with fraud by forgery",
                    heads=[1, 3, 3, 3, 3, 4, 5, 6],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "man", "be", "charge", "with", "fraud", "by", "forgery"])
    assert agent_under_charge(doc[3], actor_dictionary()) == []
    doc = build_doc("The man was charged with fraud by them",
                    heads=[1, 3, 3, 3, 3, 4, 5, 6],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PRON"],
                    lemmas=["the", "man", "be", "charge", "with", "fraud", "by", "they"])
    assert agent_under_charge(doc[3], actor_dictionary()) == []


def test_sentence_charged_by_troopers(extract) -> None:
    events = extract("A bus driver was charged with reckless driving by state troopers near Salem, Oregon.",
                     published="2024-05-01").events
    assert [t for t, _ in _parties(events, "actor")] == ["state troopers"]


# -- the sides of a verb -----------------------------------------------------------------------------------------


def test_the_side_of_a_verb_through_prepositions_and_conjuncts(build_doc) -> None:
    doc = build_doc("The envoy met the mayor and the governor in Riga",
                    heads=[1, 2, 2, 4, 2, 4, 7, 4, 2, 8],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN"])
    assert argument_side(doc[1]) == (doc[2], True)
    assert argument_side(doc[7]) == (doc[2], False)
    assert argument_side(doc[2]) is None


# -- a party's name many countries bear -----------------------------------------------------------------------


def test_a_common_party_name_takes_the_country_the_entity_stage_moved_it_to(build_doc) -> None:
    party = Party(text="Ana Lomidze of the Labour Party", country="GBR", sector=["PTY"])
    built = build_doc("Ana Lomidze spoke", heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
                      pos=["PROPN", "PROPN", "VERB"])
    assert common_party_home(party, built).country == "GBR"  # nothing moved: the tables' code stays
    built.user_data[PARTY_HOMES] = {"labour party": ("GBR", "GEO")}
    assert common_party_home(party, built).country == "GEO"
    other = Party(text="the Labour government", country="GBR", sector=["GOV"])
    assert common_party_home(other, built).country == "GBR"  # no party name of the change in its words
    foreign = Party(text="Ana Lomidze of the Labour Party", country="USA", sector=["PTY"])
    assert common_party_home(foreign, built).country == "USA"  # another code than the moved one stays


def test_sentences_a_party_name_abroad_and_at_home(extract) -> None:
    events = extract("Tamar Beridze of the Labour Party, a small opposition group in Tbilisi, criticised the "
                     "Georgian prime minister over the new media law.", published="2024-05-01").events
    assert [c for t, c in _parties(events, "actor") if "Beridze" in t] == ["GEO"]
    events = extract("Sir Ian Hale of the Conservative Party criticised the British prime minister in London "
                     "over the new housing law.", published="2024-05-01").events
    assert all(c == "GBR" for t, c in _parties(events, "actor") if "Hale" in t) and _parties(events, "actor")
    events = extract("The Republican Party in Ohio accused the Democratic governor of ignoring the farmers.",
                     published="2024-05-01").events
    assert ("The Republican Party", "USA") in _parties(events, "actor")


# -- a title across the verb, and the host's place ---------------------------------------------------------------


def test_sentences_a_visitors_hosts_take_the_places_country(extract) -> None:
    events = extract("A German general met President Aldis Ozols and Defence Minister, Karlis Liepa, in Riga "
                     "on Monday.", published="2024-05-01").events
    recipients = _parties(events, "recipient")
    assert ("President Aldis Ozols", "LVA") in recipients and ("Defence Minister", "LVA") in recipients
    assert ("A German general", "DEU") in _parties(events, "actor")


def test_sentences_a_meeting_at_home_keeps_its_country(extract) -> None:
    events = extract("Mayor Ann Lee met Police Chief Tom Reed in Dayton, Ohio, on Monday.",
                     published="2024-05-01").events
    assert all(c in ("USA", None) for _, c in _parties(events, "recipient") + _parties(events, "actor"))
    events = extract("The president of Chile received the Peruvian trade minister in Santiago on Monday.",
                     published="2024-05-01").events
    assert ("the Peruvian trade minister", "PER") in _parties(events, "recipient")


# -- a dateline with no date: the town is no doer ---------------------------------------------------------------


def test_a_dateline_of_a_town_and_its_region_is_no_subject(build_doc) -> None:
    from newsevents.eventcoding.arguments import after_dateline

    doc = build_doc("SALEM , Oregon -- Oregon agreed to pay", heads=[5, 0, 0, 0, 0, 5, 7, 5],
                    deps=["nsubj", "punct", "appos", "punct", "appos", "ROOT", "aux", "xcomp"],
                    pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PART", "VERB"])
    assert [t.text for t in after_dateline(doc[0])] == ["Oregon"]
    # "NATO , the alliance -- ...": a capitalised body and a description, no town and region
    doc = build_doc("NATO , the alliance -- agreed to pay", heads=[5, 0, 3, 0, 0, 5, 7, 5],
                    deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "aux", "xcomp"],
                    pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PART", "VERB"])
    assert after_dateline(doc[0]) == []


def test_sentence_a_dateline_with_no_date(extract) -> None:
    events = extract("QUITO, Ecuador -- Ecuador agreed on Monday to release the fishing boats of Peru.",
                     published="2024-05-01").events
    actors = [t for e in events if e.event == "AGREE" for t, _ in _parties([e], "actor")]
    assert actors and "QUITO" not in actors


# -- the one an order told as a participle of its thing falls on --------------------------------------------------


def _order_doc(build_doc, verb: str, lemma: str):
    return build_doc(f"Lane had not {verb} the therapy ordered by the court",
                     heads=[3, 3, 3, 3, 5, 3, 5, 6, 9, 7],
                     deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj", "acl", "agent", "det", "pobj"],
                     pos=["PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                     tags=["NNP", "VBD", "RB", "VBN", "DT", "NN", "VBN", "IN", "DT", "NN"],
                     lemmas=["lane", "have", "not", lemma, "the", "therapy", "order", "by", "the", "court"])


def test_the_receiver_of_a_thing_an_order_makes_is_its_recipient(build_doc, cues) -> None:
    from newsevents.eventcoding.order_receivers import order_receivers

    doc = _order_doc(build_doc, "received", "receive")
    assert [t.text for t in order_receivers(doc[6], lambda t: t.pos_ == "PROPN", cues.receive_verb)] == ["Lane"]


def test_one_who_praises_or_describes_the_thing_is_no_recipient(build_doc, cues) -> None:
    from newsevents.eventcoding.order_receivers import order_receivers

    doc = _order_doc(build_doc, "praised", "praise")
    assert order_receivers(doc[6], lambda t: t.pos_ == "PROPN", cues.receive_verb) == []
    doc = _order_doc(build_doc, "received", "receive")
    assert order_receivers(doc[6], lambda t: False, cues.receive_verb) == []  # no party as subject


def test_sentence_the_treatment_ordered_by_a_judge(extract) -> None:
    events = extract("Prosecutors said Dwayne Foster never attended the classes ordered by a Pima County judge "
                     "in Tucson.", published="2024-05-01").events
    orders = [e for e in events if e.event == "REQUEST"]
    assert orders and any("Foster" in t for e in orders for t, _ in _parties([e], "recipient"))


# -- unnamed investigators and officials at home ---------------------------------------------------------------


def test_sentences_federal_investigators_of_a_one_country_story(extract) -> None:
    events = extract("The bank said it had cooperated with federal investigators in Omaha, Nebraska, for a year.",
                     published="2024-05-01").events
    assert ("federal investigators", "USA") in _parties(events, "recipient")
    # a body of several states named in the words keeps its own code
    events = extract("UN investigators accused the army of burning villages in Darfur.", published="2024-05-01").events
    assert all(c != "SDN" for t, c in _parties(events, "actor") if "investigators" in t)
