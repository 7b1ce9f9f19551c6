"""Rules of branch targets33 (session 29; rule source: the thirty-first US-news audit's wrong rows, issue 14), each
on a hand-built Doc of a sentence of our own (no sentence or name of an eval text): a sum of money given is AID, a
dated "in"-phrase is no "give in", a pledge to a person is SUPPORT."""

from __future__ import annotations

import pytest

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.lexicon import Condition, condition_holds

ACTORS = actor_dictionary()



def _gave(build_doc, dated: bool, money: bool = True):
    # "[In May ,] farmers gave $ 900 to the party ." / "... gave bread to the party ."
    lead = ["In", "May", ","] if dated else []
    k = len(lead)
    thing = ["$", "900"] if money else ["bread"]
    words = [*lead, "farmers", "gave", *thing, "to", "the", "party", "."]
    verb = k + 1
    obj = verb + len(thing)
    heads = ([verb, 0, verb] if dated else []) + [verb, verb] + ([obj, verb] if money else [verb])
    heads += [verb, obj + 3, obj + 1, verb]
    deps = (["prep", "pobj", "punct"] if dated else []) + ["nsubj", "ROOT"] + (["nmod", "dobj"] if money else ["dobj"])
    deps += ["prep", "det", "pobj", "punct"]
    pos = (["ADP", "PROPN", "PUNCT"] if dated else []) + ["NOUN", "VERB"] + (["SYM", "NUM"] if money else ["NOUN"])
    pos += ["ADP", "DET", "NOUN", "PUNCT"]
    ents = ["O"] * len(words)
    if dated:
        ents[1] = "B-DATE"
    if money:
        ents[verb + 1], ents[verb + 2] = "B-MONEY", "I-MONEY"
    lemmas = [w.lower() for w in words]
    lemmas[verb] = "give"
    lemmas[k] = "farmer"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas), verb


def test_a_sum_of_money_as_object_names_money(build_doc) -> None:
    doc, verb = _gave(build_doc, dated=False)
    assert condition_holds(doc[verb], Condition("obj", frozenset({"money"}), False), ACTORS) is not None
    doc, verb = _gave(build_doc, dated=False, money=False)
    assert condition_holds(doc[verb], Condition("obj", frozenset({"money"}), False), ACTORS) is None


def test_a_sum_given_to_a_party_is_aid_even_after_a_dated_in_phrase(build_doc, match) -> None:
    for dated in (False, True):
        doc, verb = _gave(build_doc, dated=dated)
        found = match(doc[verb])
        assert found is not None and found[0].event == "AID", dated


def test_a_dated_in_phrase_is_no_giving_in(build_doc, match) -> None:
    doc, verb = _gave(build_doc, dated=True, money=False)
    found = match(doc[verb])
    assert found is None or found[0].event != "CONCEDE"
    # "the union gave in to the demands": the particle with no object stays a concession
    doc = build_doc("the union gave in to the demands", heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
                    lemmas=["the", "union", "give", "in", "to", "the", "demand"])
    found = match(doc[2])
    assert found is not None and found[0].event == "CONCEDE"


def _committed(build_doc, person: bool):
    # "delegates have committed to Ann Lovell ." / "... to the plan ."
    tail = ["Ann", "Lovell"] if person else ["the", "plan"]
    doc = build_doc(" ".join(["delegates", "have", "committed", "to", *tail, "."]),
                    heads=[2, 2, 2, 2, 5, 3, 2],
                    deps=["nsubj", "aux", "ROOT", "prep", "compound" if person else "det", "pobj", "punct"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "PROPN" if person else "DET", "PROPN" if person else "NOUN",
                         "PUNCT"],
                    lemmas=["delegate", "have", "commit", "to", *(w.lower() for w in tail), "."],
                    ents=["O", "O", "O", "O", *(["B-PERSON", "I-PERSON"] if person else ["O", "O"]), "O"])
    return doc


def test_a_pledge_to_a_person_is_support_and_to_a_plan_an_agreement(build_doc, match) -> None:
    found = match(_committed(build_doc, person=True)[2])
    assert found is not None and found[0].event == "SUPPORT"
    found = match(_committed(build_doc, person=False)[2])
    assert found is not None and found[0].event == "AGREE"


def _cut_title(glued: bool, object_name: bool):
    # "praised the work of Vexcorp co-founder Ann Lee" as the parser may cut it: "co" and "-" objects of "of" of
    # their own, "founder" a modifier of "Lee" (or, object_name, "Vexcorp" an object of its own: "praised Vexcorp
    # co-founder Ann Lee"); with glued False, "co - founder" written apart (no hyphened word)
    import spacy
    from spacy.tokens import Doc

    words = ["praised", "the", "work", "of", "Vexcorp", "co", "-", "founder", "Ann", "Lee"]
    spaces = [True, True, True, True, True, not glued, not glued, True, True, False]
    heads = [0, 2, 0, 2, 5, 3, 3, 9, 9, 3]
    deps = ["ROOT", "det", "dobj", "prep", "compound", "pobj", "pobj", "compound", "compound", "pobj"]
    if object_name:
        heads[4], deps[4] = 3, "pobj"
    pos = ["VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN"]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("object_name", [False, True])
def test_a_title_cut_at_its_hyphen_names_the_person_after_it(object_name) -> None:
    from newsevents.eventcoding.arguments import cut_hyphen_prefix, past_cut_hyphen

    doc = _cut_title(glued=True, object_name=object_name)
    assert cut_hyphen_prefix(doc[5])
    assert past_cut_hyphen(doc[5]).i == 9 and past_cut_hyphen(doc[4]).i == 9
    assert past_cut_hyphen(doc[9]).i == 9 and past_cut_hyphen(doc[2]).i == 2


def test_words_written_apart_or_a_whole_hyphened_word_stay() -> None:
    from newsevents.eventcoding.arguments import cut_hyphen_prefix, past_cut_hyphen

    doc = _cut_title(glued=False, object_name=False)
    assert not cut_hyphen_prefix(doc[5]) and past_cut_hyphen(doc[4]).i == 4
    # "co-founder" parsed as one word ("founder" the head of "co"): nothing cut
    doc = _cut_title(glued=True, object_name=False)
    doc[5].head = doc[7]
    assert not cut_hyphen_prefix(doc[5])


def _refused(build_doc, prep: str):
    # "Lee refused to hold hearings for the nominee ." (prep "for"), or "... on the nominee" (no beneficiary)
    return build_doc(f"Lee refused to hold hearings {prep} the nominee .", heads=[1, 1, 3, 1, 3, 4, 7, 5, 1],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     lemmas=["lee", "refuse", "to", "hold", "hearing", prep, "the", "nominee", "."])


def test_a_refused_act_is_for_the_party_of_its_for_phrase(build_doc) -> None:
    from newsevents.eventcoding.arguments import content_beneficiaries

    def party(t) -> bool:
        return t.lemma_ in ("lee", "nominee")

    doc = _refused(build_doc, "for")
    assert [t.i for t in content_beneficiaries(doc[1], party)] == [7]
    assert content_beneficiaries(_refused(build_doc, "on")[1], party) == []
    assert content_beneficiaries(doc[1], lambda t: t.lemma_ == "lee") == []  # "for the weekend": no party


def _party(text: str, country: str | None, sector: list[str]):
    from newsevents.record import Party

    return Party(entity=None, text=text, country=country, sector=sector)


@pytest.mark.parametrize("event_type, doer_sector, crowd, country", [
    ("COERCE", "GOV", "protesters", "RUR"),  # "the Ruritanian government's crackdown on protesters"
    ("ASSAULT", "MIL", "dozens of demonstrators", "RUR"),  # "troops fired on dozens of demonstrators"
    ("COERCE", "CVL", "protesters", None),  # a club's doing: no state's own people
    ("ACCUSE", "GOV", "protesters", None),  # words, no force
    ("COERCE", "GOV", "journalists", None),  # people not named for protesting
])
def test_a_states_force_on_protesters_falls_on_its_own_people(cues, event_type, doer_sector, crowd, country) -> None:
    from newsevents.eventcoding.home_codes import governed_protesters

    actor = [_party("the government", "RUR", [doer_sector])]
    found = governed_protesters(event_type, actor, [_party(crowd, None, ["CVL"])], cues.protester, {"GOV", "MIL", "COP"})
    assert found[0].country == country
    # a crowd with a country of its own keeps it
    found = governed_protesters(event_type, actor, [_party(crowd, "FRA", ["CVL"])], cues.protester, {"GOV", "MIL"})
    assert found[0].country == "FRA"


@pytest.mark.parametrize("adjective, head, dep, expected", [
    ("executive", "branch", "amod", True),  # "ordered that the executive branch coordinate ...": a branch of state
    ("legislative", "branch", "amod", True),
    ("executive", "order", "amod", False),  # a thing
    ("executive", "branch", "advmod", False),  # no modifier of the noun
])
def test_a_branch_of_state_named_by_its_adjective_is_a_role(build_doc, adjective, head, dep, expected) -> None:
    from newsevents.docquery import compound_role

    doc = build_doc(f"the {adjective} {head}", heads=[2, 2, 2], deps=["det", dep, "ROOT"],
                    pos=["DET", "ADJ" if dep == "amod" else "ADV", "NOUN"])
    assert compound_role(doc[2], ACTORS) is expected


def _premise(build_doc, as_verb: str | None):
    # "If , as aides say , rebels attacked the convoy , talks will end ." (as_verb None: no "as"-clause)
    if as_verb is None:
        return build_doc("If rebels attacked the convoy , talks will end .", heads=[2, 2, 9, 4, 2, 9, 9, 9, 9, 9],
                         deps=["mark", "nsubj", "advcl", "det", "dobj", "punct", "nsubj", "aux", "ROOT", "punct"],
                         pos=["SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
                         tags=["IN", "NNS", "VBD", "DT", "NN", ",", "NNS", "MD", "VB", "."],
                         lemmas=["if", "rebel", "attack", "the", "convoy", ",", "talk", "will", "end", "."]), 2
    words = f"If , as aides {as_verb} , rebels attacked the convoy , talks will end ."
    return build_doc(words, heads=[7, 7, 4, 4, 7, 7, 7, 14, 9, 7, 14, 14, 14, 14, 14],
                     deps=["mark", "punct", "mark", "nsubj", "advcl", "punct", "nsubj", "advcl", "det", "dobj",
                           "punct", "nsubj", "aux", "ROOT", "punct"],
                     pos=["SCONJ", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT",
                          "NOUN", "AUX", "VERB", "PUNCT"],
                     tags=["IN", ",", "IN", "NNS", "VBP", ",", "NNS", "VBD", "DT", "NN", ",", "NNS", "MD", "VB", "."],
                     lemmas=["if", ",", "as", "aide", as_verb, ",", "rebel", "attack", "the", "convoy", ",", "talk",
                             "will", "end", "."]), 7


@pytest.mark.parametrize("as_verb, expected", [("say", "asserted"), ("believe", "asserted"),
                                               ("expect", "hypothetical"), (None, "hypothetical")])
def test_an_if_clause_granted_by_an_as_clause_of_belief_tells_the_act(build_doc, cues, as_verb, expected) -> None:
    from newsevents.eventcoding.modality import granted_premise, modality_of

    doc, verb = _premise(build_doc, as_verb)
    assert granted_premise(doc[verb], cues) is (expected == "asserted")
    assert modality_of(doc[verb], cues) == expected


@pytest.mark.parametrize("prep, year, expected", [("in", "2012", "2012"), ("during", "2012", "2012"),
                                                  ("after", "2012", None), ("in", "1700", None)])
def test_an_act_placed_in_a_dated_event_takes_its_year(build_doc, prep, year, expected) -> None:
    from newsevents.eventcoding.modality_dates import placed_noun_year

    # "a guard was killed in the 2012 attacks" (an act told as part of an event its noun dates)
    doc = build_doc(f"a guard was killed {prep} the {year} attacks", heads=[1, 3, 3, 3, 3, 7, 7, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "nummod", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NUM", "NOUN"])
    assert placed_noun_year(doc[3], "2016-07-20") == expected
    assert placed_noun_year(doc[3], None) is None
