"""Parties the parse hides (issue 14, session 14, brief s14-recips; the fifth US-news audit's wrong-
recipient class): a name coordinated with or set beside the object, or after a colon for a word of
relation; the asker of a refusal joined to a clause of asking; the one exposed to an act told as a
noun; a hyphenated "<Demonym>-American" is American. Sentences written for these tests (none from
tests/data/recipients_heldout2.tsv); the argument rules on hand-built parses, the codes and the
lexicon row through the model."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.hidden_parties import asker_of_refusal, exposed_party, named_in_object
from newsevents.eventcoding.lexicon import load_cues

PUBLISHED = "2025-03-10"
CUES = load_cues()


def _party(token) -> bool:
    return token.pos_ == "PROPN" or token.lower_ in {"council", "senator"}


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


# --- a name beside the object --------------------------------------------------------------------

def test_a_name_the_parse_joins_to_the_verb_after_the_object_is_a_second_recipient(build_doc) -> None:
    # "The mayor faulted the council and Senator Vex for the delay ." (Vex parsed as the verb's conj)
    doc = build_doc("The mayor faulted the council and Senator Vex for the delay .",
                    heads=[1, 2, 2, 4, 2, 2, 7, 2, 7, 10, 8, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "compound", "conj", "prep", "det", "pobj",
                          "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "PROPN", "ADP", "DET", "NOUN",
                         "PUNCT"],
                    ents=["O", "O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    assert _texts(named_in_object(doc[2], [doc[4]], CUES.standin_noun, _party)) == ["council", "Vex"]


def test_a_second_clause_joined_by_and_is_no_recipient(build_doc) -> None:
    # "The mayor faulted the council and Vexcorp cut jobs ." (a clause of its own, with a subject)
    doc = build_doc("The mayor faulted the council and Vexcorp cut jobs .",
                    heads=[1, 2, 2, 4, 2, 2, 7, 2, 7, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                    ents=["O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert _texts(named_in_object(doc[2], [doc[4]], CUES.standin_noun, _party)) == ["council"]


def test_a_name_in_apposition_hung_on_the_verb_replaces_the_description(build_doc) -> None:
    # "Ms Lane scolded an old friend , Governor Vex , on the radio ."
    doc = build_doc("Ms Lane scolded an old friend , Governor Vex , on the radio .",
                    heads=[1, 2, 2, 5, 5, 2, 2, 8, 2, 8, 2, 12, 10, 2],
                    deps=["compound", "nsubj", "ROOT", "det", "amod", "dobj", "punct", "compound", "npadvmod",
                          "punct", "prep", "det", "pobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP",
                         "DET", "NOUN", "PUNCT"],
                    ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O",
                          "O"])
    assert _texts(named_in_object(doc[2], [doc[5]], CUES.standin_noun, _party)) == ["Vex"]


def test_a_name_after_a_colon_spells_out_a_rival(build_doc) -> None:
    # "The senator went after an old rival : Mayor Vex ." (the name split off as a sentence of its own)
    doc = build_doc("The senator went after an old rival : Mayor Vex .",
                    heads=[1, 2, 2, 2, 6, 6, 3, 2, 9, 9, 9],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "amod", "pobj", "punct", "compound", "ROOT",
                          "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                    lemmas=["the", "senator", "go", "after", "an", "old", "rival", ":", "mayor", "Vex", "."],
                    ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "O"])
    assert _texts(named_in_object(doc[2], [doc[6]], CUES.standin_noun, _party)) == ["Vex"]


def test_a_colon_after_a_thing_names_no_party(build_doc) -> None:
    # "The senator went after an old plan : Mayor Vex ." ("plan" is no word of relation)
    doc = build_doc("The senator went after an old plan : Mayor Vex .",
                    heads=[1, 2, 2, 2, 6, 6, 3, 2, 9, 9, 9],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "amod", "pobj", "punct", "compound", "ROOT",
                          "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                    ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "O"])
    assert _texts(named_in_object(doc[2], [doc[6]], CUES.standin_noun, _party)) == ["plan"]


# --- the asker of a refusal ----------------------------------------------------------------------

_REFUSAL = dict(heads=[1, 1, 1, 4, 1, 1, 1, 8, 1, 8],
                deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct", "cc", "nsubj", "conj", "punct"],
                pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "PUNCT"])


def test_a_refusal_joined_to_a_clause_of_asking_answers_the_asker(build_doc) -> None:
    doc = build_doc("Vexland urged Ruritania to talk , but Ruritania refused .",
                    lemmas=["Vexland", "urge", "Ruritania", "to", "talk", ",", "but", "Ruritania", "refuse", "."],
                    **_REFUSAL)
    assert _texts(asker_of_refusal(doc[8], CUES.ask_verb, [doc[7]], _party)) == ["Vexland"]


def test_a_refusal_after_another_clause_answers_no_one(build_doc) -> None:
    doc = build_doc("Vexland wanted Ruritania to talk , but Ruritania refused .",
                    lemmas=["Vexland", "want", "Ruritania", "to", "talk", ",", "but", "Ruritania", "refuse", "."],
                    **_REFUSAL)
    assert asker_of_refusal(doc[8], CUES.ask_verb, [doc[7]], _party) == []


def test_one_who_asks_and_refuses_answers_no_one(build_doc) -> None:
    # "Vexcorp asked for a delay and refused to testify ." (the refuser is the asker: the actor)
    doc = build_doc("Vexcorp asked for a delay and refused to testify .",
                    heads=[1, 1, 1, 4, 2, 1, 1, 8, 6, 1],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj", "aux", "xcomp", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "CCONJ", "VERB", "PART", "VERB", "PUNCT"],
                    lemmas=["Vexcorp", "ask", "for", "a", "delay", "and", "refuse", "to", "testify", "."])
    assert asker_of_refusal(doc[6], CUES.ask_verb, [doc[0]], _party) == []


def test_a_bare_refusal_after_a_request_is_a_rejection_of_the_asker(events_of) -> None:
    events = events_of("Poland asked Hungary to lift its veto on the aid package, but Budapest refused.")
    rejections = [e for e in events if e.event == "REJECT"]
    assert rejections and {p.country for p in rejections[0].actor} == {"HUN"}
    assert {p.country for p in rejections[0].recipient} == {"POL"}


def test_a_bare_refusal_with_no_request_before_is_no_event(events_of) -> None:
    events = events_of("Poland held elections in October, and Budapest refused.")
    assert not [e for e in events if e.event == "REJECT"]


# --- the one exposed to an act -------------------------------------------------------------------

def test_the_object_exposed_to_an_act_undergoes_it(build_doc) -> None:
    # "The vote exposed Senator Vex to criticism ."
    doc = build_doc("The vote exposed Senator Vex to criticism .",
                    heads=[1, 2, 2, 4, 2, 2, 5, 2],
                    deps=["det", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "PROPN", "ADP", "NOUN", "PUNCT"],
                    lemmas=["the", "vote", "expose", "Senator", "Vex", "to", "criticism", "."])
    assert _texts(exposed_party(doc[6], CUES.expose_word, _party)) == ["Vex"]


def test_the_one_left_open_to_an_act_undergoes_it(build_doc) -> None:
    # "The leak left Vexcorp open to attacks ."
    doc = build_doc("The leak left Vexcorp open to attacks .",
                    heads=[1, 2, 2, 2, 2, 4, 5, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "oprd", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "ADJ", "ADP", "NOUN", "PUNCT"],
                    lemmas=["the", "leak", "leave", "Vexcorp", "open", "to", "attack", "."])
    assert _texts(exposed_party(doc[6], CUES.expose_word, _party)) == ["Vexcorp"]


def test_an_act_after_to_of_another_verb_names_no_one_exposed(build_doc) -> None:
    # "The debate turned Vexcorp to criticism ." (no word of exposure)
    doc = build_doc("The debate turned Vexcorp to criticism .",
                    heads=[1, 2, 2, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
                    lemmas=["the", "debate", "turn", "Vexcorp", "to", "criticism", "."])
    assert exposed_party(doc[5], CUES.expose_word, _party) == []


# --- "<Demonym>-American" ------------------------------------------------------------------------

def test_a_hyphenated_demonym_american_is_american(pipeline) -> None:
    ad = actor_dictionary()
    doc = pipeline.nlp("Police questioned Haitian-American nurse Marie Louis on Friday.")
    start = next(t.i for t in doc if t.text == "Haitian")
    assert ad.code_span(doc[start: start + 4])[0] == "USA"
    plain = pipeline.nlp("Police questioned Haitian nurse Marie Louis on Friday.")
    start = next(t.i for t in plain if t.text == "Haitian")
    assert ad.code_span(plain[start: start + 2])[0] == "HTI"


def test_a_hyphenated_demonym_american_person_is_one_american_recipient(events_of) -> None:
    events = events_of("US immigration agents arrested Haitian-American pastor Jean Pierre in Miami on Friday.")
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and [p.country for p in arrests[0].recipient] == ["USA"]


# --- the one a criticism says did something ------------------------------------------------------

def test_a_claim_marked_by_that_names_its_subject(build_doc) -> None:
    # "the charge that the mayor lied" ("that" tagged WDT, the clause's mark)
    from newsevents.eventcoding.arguments import claimed_subjects
    doc = build_doc("the charge that Mayor Vex lied", heads=[1, 1, 5, 4, 5, 1],
                    deps=["det", "ROOT", "mark", "compound", "nsubj", "acl"],
                    pos=["DET", "NOUN", "PRON", "PROPN", "PROPN", "VERB"],
                    tags=["DT", "NN", "WDT", "NNP", "NNP", "VBD"])
    assert _texts(claimed_subjects([doc[1]], _party)) == ["Vex"]
    # "the charge which Mayor Vex made": a relative clause, no claim about Vex
    rel = build_doc("the charge which Mayor Vex made", heads=[1, 1, 5, 4, 5, 1],
                    deps=["det", "ROOT", "dobj", "compound", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "PRON", "PROPN", "PROPN", "VERB"],
                    tags=["DT", "NN", "WDT", "NNP", "NNP", "VBD"])
    assert claimed_subjects([rel[1]], _party) == []


# --- the site hit, not the weapon ----------------------------------------------------------------

def test_a_weapon_gives_way_to_the_site_it_was_set_off_at(build_doc) -> None:
    from newsevents.eventcoding.hidden_parties import struck_site
    # "A bomb was set off at a Vexton market ."
    doc = build_doc("A bomb was set off at a Vexton market .", heads=[1, 3, 3, 3, 3, 3, 8, 8, 5, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prt", "prep", "det", "compound", "pobj", "punct"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "DET", "PROPN", "NOUN", "PUNCT"])
    weapon = {"bomb"}.__contains__
    assert _texts(struck_site(doc[3], [doc[1]], lambda t: weapon(t.lower_), CUES.strike_site_prep)) == ["market"]
    # no site named: the weapon stays (it carries the event); a target that is no weapon stays
    bare = build_doc("A bomb was set off .", heads=[1, 3, 3, 3, 3, 3],
                     deps=["det", "nsubjpass", "auxpass", "ROOT", "prt", "punct"],
                     pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"])
    assert _texts(struck_site(bare[3], [bare[1]], lambda t: weapon(t.lower_), CUES.strike_site_prep)) == ["bomb"]
    assert _texts(struck_site(doc[3], [doc[8]], lambda t: weapon(t.lower_), CUES.strike_site_prep)) == ["market"]


# --- the authors inside an "of"-phrase of a stance or an ask -------------------------------------

def test_the_authors_of_an_endorsement_stand_for_it(build_doc) -> None:
    from newsevents.eventcoding.hidden_parties import authors_of
    # "the endorsement of the Vexland League and Governor Vex"
    doc = build_doc("the endorsement of the Vexland League and Governor Vex",
                    heads=[1, 1, 1, 5, 5, 2, 5, 8, 5],
                    deps=["det", "ROOT", "prep", "det", "compound", "pobj", "cc", "compound", "conj"],
                    pos=["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN"])
    assert _texts(authors_of(doc[1], CUES.authored_noun, _party)) == ["League", "Vex"]
    # "the endorsement of Vex by the League": "by" names the author, Vex is endorsed
    by = build_doc("the endorsement of Vex by the League", heads=[1, 1, 1, 2, 1, 6, 4],
                   deps=["det", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "PROPN"])
    assert authors_of(by[1], CUES.authored_noun, _party) == []
    # "the arrest of Vex": an act on its "of"-object, no author
    arrest = build_doc("the arrest of Vex", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                       pos=["DET", "NOUN", "ADP", "PROPN"])
    assert authors_of(arrest[1], CUES.authored_noun, _party) == []
