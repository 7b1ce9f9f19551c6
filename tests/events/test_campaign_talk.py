"""Campaign talk that is no event, and campaign acts that are (issue 14, session 15, brief s15-campaign; the
sixth US-news audit's campaign-talk class, held-out set 16): one's own campaign suspended, one person's
rally, what one would do if elected, a party's pledge of force (eventcoding/campaign.py); a fine of a sum
(components/events.py ``_penalty``); support thrown behind someone, an endorsement announced, a rival
challenged to a debate, a punch (event_lexicon.tsv). Each rule with a negative. Sentences written for these
tests (none from a data set, an audit or phrasings_heldout16.tsv)."""

from __future__ import annotations

from newsevents.eventcoding import campaign
from newsevents.record import Party

PUBLISHED = "2016-04-02"


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


# --- hand-built parses: the rules themselves ---

def test_own_campaign_suspended_is_no_act_and_a_campaign_of_arms_or_against_a_party_stays(build_doc, cues) -> None:
    doc = build_doc("The senator suspended his presidential campaign on Tuesday",
                    heads=[1, 2, 2, 5, 5, 2, 2, 6], deps=["det", "nsubj", "ROOT", "poss", "amod", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "ADJ", "NOUN", "ADP", "PROPN"],
                    tags=["DT", "NN", "VBD", "PRP$", "JJ", "NN", "IN", "NNP"],
                    lemmas=["the", "senator", "suspend", "his", "presidential", "campaign", "on", "tuesday"])
    assert campaign.own_race(doc[2], "SANCTION", cues)
    assert not campaign.own_race(doc[2], "ACCUSE", cues)  # "criticized his campaign": aimed at its candidate
    doc = build_doc("The army suspended its bombing campaign",
                    heads=[1, 2, 2, 5, 5, 2], deps=["det", "nsubj", "ROOT", "poss", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "NOUN"], tags=["DT", "NN", "VBD", "PRP$", "NN", "NN"],
                    lemmas=["the", "army", "suspend", "its", "bombing", "campaign"])
    assert not campaign.own_race(doc[2], "SANCTION", cues)
    doc = build_doc("The army suspended its campaign against the rebels",
                    heads=[1, 2, 2, 4, 2, 4, 7, 5], deps=["det", "nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "PRP$", "NN", "IN", "DT", "NNS"],
                    lemmas=["the", "army", "suspend", "its", "campaign", "against", "the", "rebel"])
    assert not campaign.own_race(doc[2], "SANCTION", cues)


def _rally_doc(build_doc, owner: str, tail: bool):
    words = f"Nobody will be hurt at {owner} rally" + (" before the primary" if tail else "")
    heads = [3, 3, 3, 3, 3, 6, 4] + ([3, 9, 7] if tail else [])
    deps = ["nsubjpass", "aux", "auxpass", "ROOT", "prep", "poss", "pobj"] + (["prep", "det", "pobj"] if tail else [])
    pos = ["PRON", "AUX", "AUX", "VERB", "ADP", "PRON", "NOUN"] + (["ADP", "DET", "NOUN"] if tail else [])
    tags = ["NN", "MD", "VB", "VBN", "IN", "PRP$", "NN"] + (["IN", "DT", "NN"] if tail else [])
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_one_persons_rally_in_a_race_is_no_protest_and_others_stay(build_doc, cues) -> None:
    doc = _rally_doc(build_doc, "his", tail=True)
    assert campaign.persons_rally(doc[6], "PROTEST", [doc[5]], [], cues)
    doc = _rally_doc(build_doc, "his", tail=False)  # no race told: an opposition leader's rally may be dissent
    assert not campaign.persons_rally(doc[6], "PROTEST", [doc[5]], [], cues)
    doc = _rally_doc(build_doc, "their", tail=True)  # many
    assert not campaign.persons_rally(doc[6], "PROTEST", [doc[5]], [], cues)


def test_an_act_if_elected_is_a_promise_and_a_condition_on_another_act_stays(build_doc, cues) -> None:
    doc = build_doc("He would bomb the fields if he is elected",
                    heads=[2, 2, 2, 4, 2, 8, 8, 8, 2],
                    deps=["nsubj", "aux", "ROOT", "det", "dobj", "mark", "nsubjpass", "auxpass", "advcl"],
                    pos=["PRON", "AUX", "VERB", "DET", "NOUN", "SCONJ", "PRON", "AUX", "VERB"],
                    tags=["PRP", "MD", "VB", "DT", "NNS", "IN", "PRP", "VBZ", "VBN"],
                    lemmas=["he", "would", "bomb", "the", "field", "if", "he", "be", "elect"])
    assert campaign.if_elected(doc[2], cues)
    doc = build_doc("She will free them if she wins the nomination",
                    heads=[2, 2, 2, 2, 6, 6, 2, 8, 6], deps=["nsubj", "aux", "ROOT", "dobj", "mark", "nsubj", "advcl", "det", "dobj"],
                    pos=["PRON", "AUX", "VERB", "PRON", "SCONJ", "PRON", "VERB", "DET", "NOUN"],
                    tags=["PRP", "MD", "VB", "PRP", "IN", "PRP", "VBZ", "DT", "NN"],
                    lemmas=["she", "will", "free", "they", "if", "she", "win", "the", "nomination"])
    assert campaign.if_elected(doc[2], cues)
    doc = build_doc("They will attack if they win the battle",
                    heads=[2, 2, 2, 5, 5, 2, 7, 5], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "det", "dobj"],
                    pos=["PRON", "AUX", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN"],
                    tags=["PRP", "MD", "VB", "IN", "PRP", "VBP", "DT", "NN"],
                    lemmas=["they", "will", "attack", "if", "they", "win", "the", "battle"])
    assert not campaign.if_elected(doc[2], cues)
    doc = build_doc("Russia will retaliate if NATO expands",
                    heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"],
                    pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB"], tags=["NNP", "MD", "VB", "IN", "NNP", "VBZ"],
                    lemmas=["Russia", "will", "retaliate", "if", "NATO", "expand"])
    assert not campaign.if_elected(doc[2], cues)


def test_force_pledged_by_a_political_party_is_a_platform_and_by_an_armed_movement_stays() -> None:
    party = Party(text="The party", country="USA", sector=["PTY"])
    assert campaign.party_pledge_of_force("ASSAULT", "future", [party])
    assert not campaign.party_pledge_of_force("ASSAULT", "asserted", [party])  # force told as done
    assert not campaign.party_pledge_of_force("ASSAULT", "future", [Party(text="The movement", country="LBN",
                                                                         sector=["REB"])])
    assert not campaign.party_pledge_of_force("ACCUSE", "future", [party])  # words, not force


# --- whole sentences of our own (the model's parse) ---

def test_a_candidate_suspending_his_campaign_is_no_sanction_and_aid_suspended_is(extract) -> None:
    assert not _types(extract, "Minnesota Governor Tim Pawlenty suspended his presidential campaign on Sunday.")
    assert "ACCUSE" in _types(extract, "Senator Mitch McConnell criticized his campaign for its attacks on a federal judge.")
    assert "SANCTION" in _types(extract, "The United States suspended military aid to Egypt on Friday.")


def test_what_a_candidate_would_do_if_elected_is_no_event_and_a_states_condition_stays(extract) -> None:
    # each coded an event (THREATEN, SUPPORT, AGREE) before the rule
    assert not _types(extract, "The Texas senator said he would impose sanctions on Cuba if he is elected.")
    assert not _types(extract, "Senator Rubio said he would recognize Taiwan if he becomes president.")
    assert not _types(extract, "The Democratic nominee promised to bomb Islamic State positions in Syria if she is elected.")
    assert "THREATEN" in _types(extract, "China said it would impose sanctions on American firms if Washington sold "
                                         "more arms to Taiwan.")
    assert "SANCTION" in _types(extract, "Russia will expel British diplomats if London expels Russian diplomats.")


def test_a_fine_of_a_sum_by_a_named_body_is_coercion_and_a_bill_is_not(extract) -> None:
    assert "COERCE" in _types(extract, "The Justice Department fined the Texas Republican Party $20,000 on Friday.")
    assert not _types(extract, "Customers in Ohio were hit with a $500 bill after the merger.")


def test_a_punch_on_a_person_is_an_assault_and_a_punch_in_the_air_is_not(extract) -> None:
    assert "ASSAULT" in _types(extract, "A Kenyan police officer punched a student outside the parliament in Nairobi.")
    assert "ASSAULT" not in _types(extract, "The Kenyan striker punched the air after scoring in Nairobi.")


def test_a_rival_challenged_to_a_debate_is_a_request_and_a_ruling_challenged_is_not(extract) -> None:
    events = extract("The Canadian prime minister challenged the Conservative leader to a debate on trade.",
                     published=PUBLISHED).events
    assert any(e.event == "REQUEST" and e.recipient for e in events)
    assert "REQUEST" not in _types(extract, "The Canadian prime minister challenged the ruling in court.")


def test_support_thrown_behind_someone_names_the_one_supported(extract) -> None:
    events = extract("President Obama threw his weight behind Senator Tim Kaine on Monday.", published=PUBLISHED).events
    assert any(e.event == "SUPPORT" and any(p.country == "USA" for p in e.recipient) for e in events)
    assert not _types(extract, "The Canadian prime minister threw a party behind the parliament building.")


def test_an_endorsement_announced_is_support_of_the_one_endorsed(extract) -> None:
    events = extract("President Obama announced his endorsement of Senator Tim Kaine on Monday.",
                     published=PUBLISHED).events
    assert any(e.event == "SUPPORT" and any(p.country == "USA" for p in e.recipient) for e in events)
    assert not _types(extract, "The Canadian prime minister announced his retirement on Monday.")


def test_a_crowd_fired_up_is_no_shooting_and_police_firing_on_a_crowd_is(extract) -> None:
    assert not _types(extract, "The Canadian prime minister fired up the crowd at a rally in Toronto.")
    assert "ASSAULT" in _types(extract, "Kenyan police fired on the crowd outside the parliament in Nairobi.")


def test_going_after_a_named_rival_is_criticism_and_going_after_a_vote_is_not(extract) -> None:
    events = extract("The Canadian prime minister went after Stephen Harper over his record on climate.",
                     published=PUBLISHED).events
    assert any(e.event == "ACCUSE" and e.recipient for e in events)
    assert not _types(extract, "The Canadian prime minister went after the youth vote with a concert in Toronto.")
