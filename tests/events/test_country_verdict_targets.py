"""The named target and the right doer (issue 14, brief s20-recip20; eventcoding/country_parties.py, verdict_targets.py,
and the rows of event_lexicon.tsv, event_cues.tsv and person_nouns.tsv under `# recip20`): a two-part country
name is one party, a common party name takes the country its phrase names, a body owned by a pronoun's person
is not that person, a verdict's subject and a participle clause's patient are targets, forced resignations and
ousters are COERCE on the one removed. Rules on hand-built Docs with a negative, then whole sentences of our own
(none from a data set, an audit, or tests/data/recipients_heldout7.tsv and actors_heldout8.tsv)."""

from __future__ import annotations

from newsevents.eventcoding import country_parties, verdict_targets
from newsevents.eventcoding.arguments import conjoined, noun_phrase


def _someone(token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.lemma_ in ("man", "woman", "minister", "clerk", "men")


def _events(extract, text: str):
    return extract(text, published="2025-06-10").events


def _parties(events, role: str, kind: str | None = None) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for e in events if kind is None or e.event == kind for p in getattr(e, role)]


# -- a two-part country name ---------------------------------------------------------------------------------


def _pair(build_doc, first: str, second: str):
    return build_doc(f"{first} and {second} protested",
                     heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"],
                     pos=["PROPN", "CCONJ", "PROPN", "VERB"], tags=["NNP", "CC", "NNP", "VBD"])


def test_the_second_part_of_a_two_part_country_name_is_no_second_party(build_doc) -> None:
    doc = _pair(build_doc, "Trinidad", "Tobago")
    assert country_parties.closes_country_name(doc[0], doc[2]) and country_parties.second_part_of_country(doc[2])
    assert [t.text for t in conjoined(doc[0])] == ["Trinidad"]
    assert noun_phrase(doc[0]).text == "Trinidad and Tobago"


def test_two_countries_joined_by_and_stay_two_parties(build_doc) -> None:
    doc = _pair(build_doc, "Chile", "Peru")
    assert not country_parties.closes_country_name(doc[0], doc[2]) and not country_parties.second_part_of_country(doc[2])
    assert [t.text for t in conjoined(doc[0])] == ["Chile", "Peru"]
    assert noun_phrase(doc[0]).text == "Chile"


def test_a_two_part_country_is_one_coded_party_in_a_sentence(extract) -> None:
    events = _events(extract, "Saint Kitts and Nevis signed a tourism agreement with Cuba on Monday.")
    actors = _parties(events, "actor")
    assert actors and all(country == "KNA" for _, country in actors), actors
    assert not any(text == "Nevis" for text, _ in actors)
    events = _events(extract, "Ghana and Togo signed a border agreement with Benin on Monday.")
    assert {country for _, country in _parties(events, "actor")} == {"GHA", "TGO"}


# -- a common party name and the country its phrase names ----------------------------------------------------


def test_a_common_party_name_is_no_second_country_beside_its_possessor(build_doc) -> None:
    doc = build_doc("Ireland 's Labour Party protested",
                    heads=[3, 0, 3, 4, 4], deps=["poss", "case", "compound", "nsubj", "ROOT"],
                    pos=["PROPN", "PART", "PROPN", "PROPN", "VERB"], tags=["NNP", "POS", "NNP", "NNP", "VBD"])
    countries = [(doc[0], "IRL"), (doc[2], "GBR")]
    assert [(t.text, c) for t, c in country_parties.without_common_party_countries(countries, doc[0:4])] == [("Ireland", "IRL")]
    doc = build_doc("Irish and Scottish unions protested",
                    heads=[3, 0, 0, 4, 4], deps=["amod", "cc", "conj", "nsubj", "ROOT"],
                    pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB"], tags=["JJ", "CC", "JJ", "NNS", "VBD"])
    countries = [(doc[0], "IRL"), (doc[2], "GBR")]
    assert country_parties.without_common_party_countries(countries, doc[0:4]) == countries


def test_a_common_party_name_takes_the_country_of_its_phrase(extract) -> None:
    events = _events(extract, "Ireland's Labour Party accused the government on Tuesday of neglecting rural hospitals.")
    actors = _parties(events, "actor", "ACCUSE")
    assert actors and all(country == "IRL" for _, country in actors), actors
    events = _events(extract, "The British Labour Party accused the government on Tuesday of neglecting rural hospitals.")
    assert {country for _, country in _parties(events, "actor", "ACCUSE")} == {"GBR"}


# -- a body owned by a pronoun's person ----------------------------------------------------------------------


def test_a_body_of_a_pronoun_owner_is_not_that_person(extract) -> None:
    events = _events(extract, "Finnish Prime Minister Ella Virta was ousted by her own party on Friday after the vote.")
    assert any("Virta" in text for text, _ in _parties(events, "recipient", "COERCE")), events
    assert all("Virta" not in text for text, _ in _parties(events, "actor", "COERCE"))


def test_a_person_noun_with_a_pronoun_is_no_body(build_doc) -> None:
    doc = build_doc("her brother protested",
                    heads=[1, 2, 2], deps=["poss", "nsubj", "ROOT"],
                    pos=["PRON", "NOUN", "VERB"], tags=["PRP$", "NN", "VBD"])
    assert not country_parties.body_of_pronoun_owner(doc[1], "PERSON", lambda span: (None, []))
    doc = build_doc("her party protested",
                    heads=[1, 2, 2], deps=["poss", "nsubj", "ROOT"],
                    pos=["PRON", "NOUN", "VERB"], tags=["PRP$", "NN", "VBD"])
    assert country_parties.body_of_pronoun_owner(doc[1], "PERSON", lambda span: (None, ["PTY"]))
    assert not country_parties.body_of_pronoun_owner(doc[1], "ORG", lambda span: (None, ["PTY"]))


# -- the verdict's subject; the participle clause's patient --------------------------------------------------


def test_the_subject_of_a_verdict_small_clause_is_the_target(build_doc) -> None:
    doc = build_doc("The jury found the clerk guilty of theft",
                    heads=[1, 2, 2, 4, 5, 2, 5, 6],
                    deps=["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADJ", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "JJ", "IN", "NN"])
    assert [t.text for t in verdict_targets.verdict_subjects(doc[2], {"guilty"}, _someone)] == ["clerk"]
    doc = build_doc("The jury found the clerk honest",
                    heads=[1, 2, 2, 4, 5, 2],
                    deps=["det", "nsubj", "ROOT", "det", "nsubj", "ccomp"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADJ"], tags=["DT", "NN", "VBD", "DT", "NN", "JJ"])
    assert verdict_targets.verdict_subjects(doc[2], {"guilty"}, _someone) == []


def test_a_verdict_adjective_hung_on_the_verb_falls_on_its_object(build_doc) -> None:
    doc = build_doc("A judge found the clerk guilty",
                    heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "advcl"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADJ"], tags=["DT", "NN", "VBD", "DT", "NN", "JJ"])
    assert [t.text for t in verdict_targets.verdict_subjects(doc[2], {"guilty"}, _someone)] == ["clerk"]


def test_a_passive_participle_clause_falls_on_the_clause_subject(build_doc) -> None:
    doc = build_doc("The minister quit , forced out by rivals",
                    heads=[1, 2, 2, 2, 2, 4, 4, 6],
                    deps=["det", "nsubj", "ROOT", "punct", "advcl", "prt", "agent", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", ",", "VBN", "RP", "IN", "NNS"])
    assert [t.text for t in verdict_targets.participle_patients(doc[4], _someone)] == ["minister"]
    doc = build_doc("The minister , forced out by rivals , quit",
                    heads=[1, 7, 1, 1, 3, 3, 5, 1, 7],
                    deps=["det", "nsubj", "punct", "acl", "prt", "agent", "pobj", "punct", "ROOT"],
                    pos=["DET", "NOUN", "PUNCT", "VERB", "ADP", "ADP", "NOUN", "PUNCT", "VERB"],
                    tags=["DT", "NN", ",", "VBN", "RP", "IN", "NNS", ",", "VBD"])
    assert [t.text for t in verdict_targets.participle_patients(doc[3], _someone)] == ["minister"]


def test_an_active_participle_clause_has_no_patient_there(build_doc) -> None:
    doc = build_doc("The minister quit , forcing a vote",
                    heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "punct", "advcl", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", ",", "VBG", "DT", "NN"])
    assert verdict_targets.participle_patients(doc[4], _someone) == []
    doc = build_doc("The minister quit after he was forced out",
                    heads=[1, 2, 2, 6, 6, 6, 2, 6],
                    deps=["det", "nsubj", "ROOT", "mark", "nsubjpass", "auxpass", "advcl", "prt"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "ADP"],
                    tags=["DT", "NN", "VBD", "IN", "PRP", "VBD", "VBN", "RP"])
    assert verdict_targets.participle_patients(doc[6], _someone) == []


def test_findings_and_removals_name_their_target_in_sentences(extract) -> None:
    events = _events(extract, "A jury in Tampa, Florida, found the two brothers guilty of insurance fraud on Monday.")
    assert any("brothers" in text for text, _ in _parties(events, "recipient", "ACCUSE")), events
    events = _events(extract, "The electoral court forced the governor of Oaxaca to resign over the missing funds.")
    assert any("governor" in text for text, _ in _parties(events, "recipient", "COERCE")), events
    events = _events(extract, "The senator resigned on Monday, forced out by the leaders of her own caucus.")
    assert any("senator" in text for text, _ in _parties(events, "recipient", "COERCE")), events


def test_no_removal_without_a_party_removed(extract) -> None:
    assert not [e for e in _events(extract, "The storm forced the ferry to quit its route.") if e.event == "COERCE"]
    assert not [e for e in _events(extract, "Inspectors found the new bridge safe on Monday.") if e.event == "ACCUSE"]


# -- the doer of a passive verdict named in the other clause -------------------------------------------------

_VERDICT = {"rule", "sentence", "convict", "find"}


def test_a_court_ruling_in_the_other_clause_did_the_passive_sentence(build_doc) -> None:
    doc = build_doc("The court ruled and the clerk was sentenced",
                    heads=[1, 2, 2, 2, 5, 7, 7, 2],
                    deps=["det", "nsubj", "ROOT", "cc", "det", "nsubjpass", "auxpass", "conj"],
                    pos=["DET", "NOUN", "VERB", "CCONJ", "DET", "NOUN", "AUX", "VERB"],
                    tags=["DT", "NN", "VBD", "CC", "DT", "NN", "VBD", "VBN"],
                    lemmas=["the", "court", "rule", "and", "the", "clerk", "be", "sentence"])
    assert [t.text for t in verdict_targets.other_clause_doer(doc[7], {"court"}, _VERDICT)] == ["court"]


def test_no_doer_from_a_clause_of_no_verdict_or_of_no_court(build_doc) -> None:
    doc = build_doc("The court adjourned and the clerk was sentenced",
                    heads=[1, 2, 2, 2, 5, 7, 7, 2],
                    deps=["det", "nsubj", "ROOT", "cc", "det", "nsubjpass", "auxpass", "conj"],
                    pos=["DET", "NOUN", "VERB", "CCONJ", "DET", "NOUN", "AUX", "VERB"],
                    tags=["DT", "NN", "VBD", "CC", "DT", "NN", "VBD", "VBN"],
                    lemmas=["the", "court", "adjourn", "and", "the", "clerk", "be", "sentence"])
    assert verdict_targets.other_clause_doer(doc[7], {"court"}, _VERDICT) == []
    doc = build_doc("The mayor ruled and the clerk was sentenced",
                    heads=[1, 2, 2, 2, 5, 7, 7, 2],
                    deps=["det", "nsubj", "ROOT", "cc", "det", "nsubjpass", "auxpass", "conj"],
                    pos=["DET", "NOUN", "VERB", "CCONJ", "DET", "NOUN", "AUX", "VERB"],
                    tags=["DT", "NN", "VBD", "CC", "DT", "NN", "VBD", "VBN"],
                    lemmas=["the", "mayor", "rule", "and", "the", "clerk", "be", "sentence"])
    assert verdict_targets.other_clause_doer(doc[7], {"court"}, _VERDICT) == []


def test_a_court_of_the_other_clause_in_a_sentence(extract) -> None:
    events = _events(extract, "A regional court in Krakow ruled on Tuesday, and the former mayor was sentenced to "
                              "four years in prison.")
    assert any("court" in text for text, _ in _parties(events, "actor", "COERCE")), events


def test_an_ouster_told_in_the_passive_falls_on_its_subject(extract) -> None:
    events = _events(extract, "The governor of Jalisco was ousted on Tuesday after the vote in the state assembly.")
    assert any("governor" in text for text, _ in _parties(events, "recipient", "COERCE")), events
    assert not [e for e in _events(extract, "The old bridge was painted on Tuesday.") if e.event == "COERCE"]


def test_a_country_adjective_on_an_effort_is_the_doer_of_its_infinitive(build_doc) -> None:
    doc = build_doc("the Chilean effort to oust him",
                    heads=[2, 2, 2, 4, 2, 4], deps=["det", "amod", "ROOT", "aux", "acl", "dobj"],
                    pos=["DET", "ADJ", "NOUN", "PART", "VERB", "PRON"], tags=["DT", "JJ", "NN", "TO", "VB", "PRP"])
    assert [t.text for t in country_parties.adjective_owner(doc[4], {"chilean"})] == ["Chilean"]
    doc = build_doc("the costly effort to oust him",
                    heads=[2, 2, 2, 4, 2, 4], deps=["det", "amod", "ROOT", "aux", "acl", "dobj"],
                    pos=["DET", "ADJ", "NOUN", "PART", "VERB", "PRON"], tags=["DT", "JJ", "NN", "TO", "VB", "PRP"])
    assert country_parties.adjective_owner(doc[4], {"chilean"}) == []
