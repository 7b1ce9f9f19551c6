"""Rules from the seventh US-news audit's classes (session 15, brief s15-audit7;
docs/audit/2026-12-07-us-news-seventh.md): verbal attacks told with words of force or of request
("ripped", "hammered ... over", "called out", "took a swipe at": ACCUSE), a speaker's act joined by the
parser to the clause he reports ("X said the missile came from Russia and accused Moscow": X accuses),
and other senses (a vote won, a quoted programme title, a quoted plea to listeners, a greeting by
protesters, urging one's audience). Each with a negative. Sentences written for these tests (none from a
data set, an audit or phrasings_heldout14.tsv); the rule functions are also tested on hand-built Docs."""

from __future__ import annotations

from newsevents.eventcoding import senses_campaign

PUBLISHED = "2017-03-15"


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


def _types(extract, text: str) -> set[str]:
    return {e.event for e in _events(extract, text)}


def _one(extract, text: str, kind: str):
    found = [e for e in _events(extract, text) if e.event == kind]
    assert found, f"no {kind} in {[e.event for e in _events(extract, text)]}"
    return found[0]


# --- verbal attacks in words of force or request -------------------------------------------------

def test_ripping_a_state_is_criticism_and_a_storm_ripping_through_is_nothing(extract) -> None:
    event = _one(extract, "The Italian interior minister ripped Malta for refusing to take in the rescued migrants.",
                 "ACCUSE")
    assert {p.country for p in event.actor} == {"ITA"} and {p.country for p in event.recipient} == {"MLT"}
    assert "ASSAULT" not in _types(extract, "The Italian interior minister ripped Malta for refusing to take in the "
                                            "rescued migrants.")
    assert not _types(extract, "A tornado ripped through two towns in Oklahoma overnight.")


def test_ripping_with_harm_named_keeps_the_force(extract) -> None:
    assert "ACCUSE" not in _types(extract, "Rebel shells ripped into Syrian army positions near Daraa, killing nine "
                                           "soldiers.")


def test_hammering_a_state_over_a_policy_is_criticism_and_artillery_hammering_a_town_is_not(extract) -> None:
    assert "ACCUSE" in _types(extract, "The Japanese trade minister hammered South Korea over its export curbs.")
    assert "ACCUSE" not in _types(extract, "Russian artillery hammered Ukrainian positions over the weekend.")


def test_calling_out_a_state_is_criticism_and_calling_out_the_army_is_not(extract) -> None:
    event = _one(extract, "Nigeria called out Ghana at the summit for expelling Nigerian traders.", "ACCUSE")
    assert {p.country for p in event.actor} == {"NGA"} and {p.country for p in event.recipient} == {"GHA"}
    assert "ACCUSE" not in _types(extract, "The Chilean president called out the army to patrol the capital.")


def test_taking_a_swipe_at_a_state_is_criticism(extract) -> None:
    event = _one(extract, "The Chinese foreign ministry took a swipe at Japan over its new defence budget.", "ACCUSE")
    assert {p.country for p in event.recipient} == {"JPN"}
    assert "ACCUSE" not in _types(extract, "The Chinese foreign ministry took a look at Japan's new defence budget.")


# --- a speaker's act joined to the clause he reports ----------------------------------------------

def test_an_accusation_joined_to_a_reported_clause_is_the_speakers(extract) -> None:
    event = _one(extract, "The Lithuanian president said the pipeline made Europe weaker and accused Germany of "
                          "ignoring its neighbours.", "ACCUSE")
    assert {p.country for p in event.actor} == {"LTU"} and {p.country for p in event.recipient} == {"DEU"}


def test_after_a_comma_the_speaker_accuses_even_when_the_reported_subject_is_someone(extract) -> None:
    event = _one(extract, "The Georgian prime minister said the Russian ambassador did not understand the law, and "
                          "accused Moscow of meddling in the election.", "ACCUSE")
    assert {p.country for p in event.actor} == {"GEO"}


def test_a_reported_act_of_someone_keeps_the_act_after_a_comma(extract) -> None:
    events = [e for e in _events(extract, "Police in Oslo said the man entered the bank, and demanded cash from the "
                                          "clerks.") if e.event == "REQUEST"]
    assert not any(p.text.startswith("Police") for e in events for p in e.actor)


def test_a_reported_doer_without_a_comma_keeps_the_act(extract) -> None:
    # the reported clause's own subject is someone and no comma sets the act off: the parser's reading stays
    event = _one(extract, "The Turkish minister said Greek officials met the migrants and accused them of lying.",
                 "ACCUSE")
    assert "TUR" not in {p.country for p in event.actor}


def test_reported_speaker_on_a_hand_built_parse(build_doc, cues) -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.eventcoding.arguments import reported_speaker

    actors = load_actor_dictionary()
    doc = build_doc("Spain said the vote proved the law failed and accused Catalonia of lying",
                    heads=[1, 1, 3, 4, 1, 6, 7, 4, 7, 7, 9, 12, 10],
                    deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "nsubj", "ccomp", "cc", "conj", "dobj",
                          "prep", "pcomp"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB", "PROPN",
                         "ADP", "VERB"],
                    tags=["NNP", "VBD", "DT", "NN", "VBD", "DT", "NN", "VBD", "CC", "VBD", "NNP", "IN", "VBG"],
                    lemmas=["Spain", "say", "the", "vote", "prove", "the", "law", "fail", "and", "accuse", "Catalonia",
                            "of", "lie"])
    assert reported_speaker(doc[9], actors, cues).text == "Spain"
    # a verb that is no speaker's act ("and left") keeps its reading
    doc2 = build_doc("Spain said the vote proved the law failed and left",
                     heads=[1, 1, 3, 4, 1, 6, 7, 4, 7, 7],
                     deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "nsubj", "ccomp", "cc", "conj"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB"],
                     tags=["NNP", "VBD", "DT", "NN", "VBD", "DT", "NN", "VBD", "CC", "VBD"],
                     lemmas=["Spain", "say", "the", "vote", "prove", "the", "law", "fail", "and", "leave"])
    assert reported_speaker(doc2[9], actors, cues) is None


# --- other senses -----------------------------------------------------------------------------------

def test_beating_a_rival_in_a_runoff_is_a_race_and_police_beating_protesters_is_not(extract) -> None:
    assert "ASSAULT" not in _types(extract, "The Peruvian president beat her conservative rival in the runoff by "
                                            "three points.")
    assert "ASSAULT" not in _types(extract, "The Colombian senator won the primary, beating rival Luis Gomez in "
                                            "Bogota.")
    assert "ASSAULT" in _types(extract, "Police in Caracas beat opposition supporters during the runoff, injuring "
                                        "twelve.")


def test_vote_won_on_a_hand_built_parse(build_doc, cues) -> None:
    doc = build_doc("Ruto beat his rival in the runoff",
                    heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"])
    assert senses_campaign.vote_won(doc[1], "ASSAULT", doc[:], False, cues)
    assert not senses_campaign.vote_won(doc[1], "ASSAULT", doc[:], True, cues)  # an armed doer keeps the force
    doc2 = build_doc("Ruto beat his guard in the street",
                     heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                     pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"])
    assert not senses_campaign.vote_won(doc2[1], "ASSAULT", doc2[:], False, cues)


def test_a_quoted_programme_title_is_no_meeting_and_meeting_a_leader_is(extract) -> None:
    assert not _types(extract, 'The Kenyan president spoke to "Face the Nation" about the Somali border.')
    assert not _types(extract, 'The Brazilian finance minister was a guest on "Meet the Press" last week.')
    assert "CONSULT" in _types(extract, "The Brazilian finance minister will meet the Argentine president on Friday.")


def test_quoted_title_on_a_hand_built_parse(build_doc) -> None:
    doc = build_doc('He appeared on " Meet the Press " today',
                    heads=[1, 1, 1, 4, 2, 6, 4, 4, 1], deps=["nsubj", "ROOT", "prep", "punct", "pobj", "det", "dobj",
                                                             "punct", "npadvmod"],
                    pos=["PRON", "VERB", "ADP", "PUNCT", "VERB", "DET", "PROPN", "PUNCT", "NOUN"])
    assert senses_campaign.quoted_title(doc[4])
    doc2 = build_doc('" Attack them now , " he said',
                     heads=[1, 7, 1, 1, 7, 7, 7, 7], deps=["punct", "ccomp", "dobj", "advmod", "punct", "punct",
                                                           "nsubj", "ROOT"],
                     pos=["PUNCT", "VERB", "PRON", "ADV", "PUNCT", "PUNCT", "PRON", "VERB"])
    assert not senses_campaign.quoted_title(doc2[1])


def test_a_quoted_plea_to_listeners_is_no_request_and_urging_a_state_is(extract) -> None:
    assert not _types(extract, '"Read the treaty before you judge it," the Irish foreign minister urged.')
    assert not _types(extract, "The Polish president urged the crowd in Krakow to remember the victims.")
    event = _one(extract, "The Irish foreign minister urged Britain to honour the treaty.", "REQUEST")
    assert {p.country for p in event.recipient} == {"GBR"}


def test_a_greeting_by_protesters_is_no_support_and_a_greeting_by_a_president_is(extract) -> None:
    types = _types(extract, "The Chinese premier was greeted by hundreds of Tibetans protesting against the visit "
                            "in Berlin.")
    assert "SUPPORT" not in types
    assert "SUPPORT" not in _types(extract, "The Indian prime minister was greeted with boos and jeers in Dhaka.")
    assert "SUPPORT" in _types(extract, "The Indian prime minister was warmly greeted by the Bangladeshi president "
                                        "in Dhaka.")


def test_protest_greeting_on_a_hand_built_parse(build_doc, cues) -> None:
    doc = build_doc("Obama was greeted by farmers protesting",
                    heads=[2, 2, 2, 2, 3, 4], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "acl"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "NOUN", "VERB"],
                    lemmas=["Obama", "be", "greet", "by", "farmer", "protest"])
    assert senses_campaign.protest_greeting(doc[2], "SUPPORT", cues)
    doc2 = build_doc("Obama was greeted by farmers cheering",
                     heads=[2, 2, 2, 2, 3, 4], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "acl"],
                     pos=["PROPN", "AUX", "VERB", "ADP", "NOUN", "VERB"],
                     lemmas=["Obama", "be", "greet", "by", "farmer", "cheer"])
    assert not senses_campaign.protest_greeting(doc2[2], "SUPPORT", cues)


def test_a_campaign_surrogate_is_a_party(extract) -> None:
    event = _one(extract, "The Republican senator criticized President Obama's surrogates for attacking the bill.",
                 "ACCUSE")
    assert {p.country for p in event.recipient} == {"USA"}


# --- doers: a thing used, a place an attack came from ----------------------------------------------

def test_a_speech_used_to_call_out_a_state_is_no_doer_and_police_used_stay_the_doers(extract) -> None:
    event = _one(extract, "The Brazilian president used his annual address to call out Argentina for its tariffs.",
                 "ACCUSE")
    assert [p.text for p in event.actor] == ["The Brazilian president"]
    event = _one(extract, "The Thai government used the police to break up the protest in Bangkok.", "ASSAULT")
    assert [p.text for p in event.actor] == ["the police"]


def test_an_attack_from_a_place_by_a_named_doer_is_the_doers(extract) -> None:
    event = _one(extract, "Four Iraqi soldiers died in an Islamic State attack from Mosul on Sunday.", "ASSAULT")
    assert [p.text for p in event.actor] == ["Islamic State"]
    # with no doer named before the noun, the from-phrase keeps its reading
    event = _one(extract, "Two Kenyan soldiers died in an attack from Somalia on Tuesday.", "ASSAULT")
    assert [p.country for p in event.actor] == ["SOM"]


def test_launched_from_place_on_a_hand_built_parse(build_doc, cues) -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.eventcoding.arguments import launched_from_place

    actors = load_actor_dictionary()
    doc = build_doc("a Taliban attack from Pakistan", heads=[2, 2, 2, 2, 3], deps=["det", "compound", "ROOT", "prep", "pobj"],
                    pos=["DET", "PROPN", "NOUN", "ADP", "PROPN"],
                    ents=["O", "B-ORG", "O", "O", "B-GPE"])
    assert launched_from_place(doc[3], doc[4], doc[2], actors, cues)
    doc2 = build_doc("an attack from Pakistan", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                     pos=["DET", "NOUN", "ADP", "PROPN"], ents=["O", "O", "O", "B-GPE"])
    assert not launched_from_place(doc2[2], doc2[3], doc2[1], actors, cues)
