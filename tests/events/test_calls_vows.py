"""The eighth US-news audit's wrong types, recipients, actors and modality (issue 14, brief s16-recips16;
eventcoding/calls_vows.py): a warning not to act is an appeal, a call echoed is a call made, a vow to
ignore is a refusal, a verbal hit on a topic is criticism, a line of attack names the target of its saying
clause, a group noun takes the name in apposition, a time inside the reason judged does not date the
judging; two verbal acts by doers of different countries in one sentence stay two. Each rule with a
negative. Sentences written for these tests (none from a data set, an audit or phrasings_heldout19.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import calls_vows
from newsevents.merge import Telling, same_event_in_article
from newsevents.record import Party

PUBLISHED = "2016-05-10"


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


# --- hand-built parses: the rules themselves ---

def _warned(build_doc, negated: bool, follow: str = ""):
    words = "Lima warned Quito " + ("not " if negated else "") + "to act" + follow
    n = 1 if negated else 0
    heads = [1, 1, 1] + ([5] if negated else []) + [4 + n, 1]
    deps = ["nsubj", "ROOT", "dobj"] + (["neg"] if negated else []) + ["aux", "xcomp"]
    pos = ["PROPN", "VERB", "PROPN"] + (["PART"] if negated else []) + ["PART", "VERB"]
    tags = ["NNP", "VBD", "NNP"] + (["RB"] if negated else []) + ["TO", "VB"]
    if follow:  # " or face sanctions"
        heads += [4 + n, 4 + n, 6 + n]
        deps += ["cc", "conj", "dobj"]
        pos += ["CCONJ", "VERB", "NOUN"]
        tags += ["CC", "VB", "NNS"]
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags,
                     lemmas=["Lima", "warn", "Quito"] + [w for w in words.split()[3:]])


def test_a_warning_not_to_act_is_an_appeal_and_a_plain_or_consequential_one_stays(build_doc, cues) -> None:
    assert calls_vows.warned_not_to(_warned(build_doc, True)[1], "THREATEN", cues)
    assert not calls_vows.warned_not_to(_warned(build_doc, False)[1], "THREATEN", cues)
    assert not calls_vows.warned_not_to(_warned(build_doc, True, " or face sanctions")[1], "THREATEN", cues)


def _echo(build_doc, noun: str):
    # "Oslo urged Rome to leave , a call echoed by Bern"
    return build_doc(f"Oslo urged Rome to leave , a {noun} echoed by Bern",
                     heads=[1, 1, 1, 4, 1, 1, 7, 1, 7, 8, 9],
                     deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct", "det", "dobj", "acl", "agent", "pobj"],
                     pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN"],
                     tags=["NNP", "VBD", "NNP", "TO", "VB", ",", "DT", "NN", "VBN", "IN", "NNP"],
                     lemmas=["Oslo", "urge", "Rome", "to", "leave", ",", "a", noun, "echo", "by", "Bern"])


def test_a_call_echoed_is_made_on_the_one_the_call_asks(build_doc, cues) -> None:
    doc = _echo(build_doc, "call")
    call = calls_vows.echoed_call(doc[8], "ACCUSE", cues)
    assert call is not None and call.i == 7
    assert [t.text for t in calls_vows.call_targets(call, lambda t: t.pos_ == "PROPN", cues)] == ["Rome"]
    # a view or a remark echoed is no call
    assert calls_vows.echoed_call(_echo(build_doc, "view")[8], "ACCUSE", cues) is None


def _vowed(build_doc, verb: str):
    return build_doc(f"Minsk vowed to {verb} the ruling",
                     heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                     pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "TO", "VB", "DT", "NN"],
                     lemmas=["Minsk", "vow", "to", verb, "the", "ruling"])


def test_a_vow_to_ignore_is_a_refusal_and_a_vow_to_respect_is_none(build_doc, cues) -> None:
    doc = _vowed(build_doc, "ignore")
    verb = calls_vows.vowed_defiance(doc[1], "AGREE", cues)
    assert verb is not None and [t.text for t in calls_vows.defied_things(verb)] == ["ruling"]
    assert calls_vows.vowed_defiance(_vowed(build_doc, "respect")[1], "AGREE", cues) is None


def _hit(build_doc, prep: str, noun: str, ent: str = "O"):
    return build_doc(f"Lima hit Quito {prep} {noun}",
                     heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
                     pos=["PROPN", "VERB", "PROPN", "ADP", "NOUN"], tags=["NNP", "VBD", "NNP", "IN", "NN"],
                     lemmas=["Lima", "hit", "Quito", prep, noun], ents=["O", "O", "B-PERSON", "O", ent])


def test_a_hit_on_a_topic_is_words_and_a_hit_with_a_weapon_or_on_a_day_is_not(build_doc, cues) -> None:
    someone = lambda t: t.ent_type_ == "PERSON"  # noqa: E731
    speaker = [{"gov"}]  # a speaker of public life
    assert calls_vows.hit_on_topic(_hit(build_doc, "on", "immigration")[1], "ASSAULT", False, speaker, someone, cues)
    assert calls_vows.hit_on_topic(_hit(build_doc, "on", "guns")[1], "ASSAULT", False, speaker, someone, cues)
    assert not calls_vows.hit_on_topic(_hit(build_doc, "with", "batons")[1], "ASSAULT", False, speaker, someone, cues)
    assert not calls_vows.hit_on_topic(_hit(build_doc, "on", "Tuesday", "B-DATE")[1], "ASSAULT", False, speaker,
                                       someone, cues)
    assert not calls_vows.hit_on_topic(_hit(build_doc, "on", "immigration")[1], "ASSAULT", False, [{"mil"}], someone,
                                       cues)


def _line(build_doc, subject_owner: bool):
    # "Oslo opened a line of attack , saying that Rome 's plan failed" / "... that the plan failed"
    if subject_owner:
        return build_doc("Oslo opened a line of attack , saying that Rome 's plan failed",
                         heads=[1, 1, 3, 1, 3, 4, 1, 1, 12, 11, 9, 12, 7],
                         deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "advcl", "mark", "poss",
                               "case", "nsubj", "ccomp"],
                         pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "SCONJ", "PROPN", "PART",
                              "NOUN", "VERB"],
                         lemmas=["Oslo", "open", "a", "line", "of", "attack", ",", "say", "that", "Rome", "'s", "plan",
                                 "fail"])
    return build_doc("Oslo opened a line of attack , saying that the plan failed",
                     heads=[1, 1, 3, 1, 3, 4, 1, 1, 11, 10, 11, 7],
                     deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "advcl", "mark", "det", "nsubj",
                           "ccomp"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "VERB"],
                     lemmas=["Oslo", "open", "a", "line", "of", "attack", ",", "say", "that", "the", "plan", "fail"])


def test_a_line_of_attack_names_the_owner_in_its_saying_clause_and_no_one_for_a_thing(build_doc, cues) -> None:
    party = lambda t: t.pos_ == "PROPN"  # noqa: E731
    assert [t.text for t in calls_vows.said_targets(_line(build_doc, True)[3], party, cues)] == ["Rome"]
    assert calls_vows.said_targets(_line(build_doc, False)[3], party, cues) == []


def _group(build_doc, noun: str):
    return build_doc(f"one {noun} , Vexwatch , urged Rome",
                     heads=[1, 5, 1, 1, 1, 5, 5], deps=["nummod", "nsubj", "punct", "appos", "punct", "ROOT", "dobj"],
                     pos=["NUM", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PROPN"],
                     lemmas=["one", noun, ",", "Vexwatch", ",", "urge", "Rome"],
                     ents=["O", "O", "O", "B-ORG", "O", "O", "B-GPE"])


def test_a_group_noun_takes_the_name_in_apposition_and_a_person_noun_does_not(build_doc, cues) -> None:
    found = calls_vows.named_in_apposition(_group(build_doc, "group")[1], cues)
    assert found is not None and found.text == "Vexwatch"
    assert calls_vows.named_in_apposition(_group(build_doc, "senator")[1], cues) is None


def _criticized(build_doc, verb: str):
    # "Oslo criticized Rome for votes in 1995"
    return build_doc(f"Oslo {verb} Rome for votes in 1995",
                     heads=[1, 1, 1, 1, 3, 1, 5], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
                     pos=["PROPN", "VERB", "PROPN", "ADP", "NOUN", "ADP", "NUM"],
                     lemmas=["Oslo", "criticize" if verb == "criticized" else "visit", "Rome", "for", "vote", "in",
                             "1995"])


def test_a_time_after_the_reason_judged_dates_the_reason_not_the_judging(build_doc, cues) -> None:
    doc = _criticized(build_doc, "criticized")
    assert calls_vows.dates_the_reason(doc[6], doc[1], cues)
    doc = _criticized(build_doc, "visited")
    assert not calls_vows.dates_the_reason(doc[6], doc[1], cues)


def _telling(event: str, country: str) -> Telling:
    return Telling(event=event, sentences=(1,), actor=[Party(text=country, country=country)], recipient=[],
                   lemma="x", themes=frozenset())


def test_two_verbal_acts_by_different_countries_in_one_sentence_stay_two_and_an_attack_stays_one() -> None:
    assert not same_event_in_article(_telling("REQUEST", "DEU"), _telling("REQUEST", "POL"))
    assert same_event_in_article(_telling("REQUEST", "DEU"), _telling("REQUEST", "DEU"))
    assert same_event_in_article(_telling("ASSAULT", "DEU"), _telling("ASSAULT", "POL"))


# --- whole pipeline, sentences of our own ---

@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("The Greek premier hit the German chancellor on debt relief at the summit.", "ACCUSE", "GRC", "DEU"),
    ("Argentine union leaders warned the Argentine government not to devalue the peso again.", "REQUEST", "ARG", "ARG"),
    ("Serbia has vowed to ignore the ruling of the United Nations court.", "REJECT", "SRB", None),
    ("The Irish foreign minister opened a new line of attack, saying that the British prime minister's plan "
     "would ruin the peace.", "ACCUSE", "IRL", "GBR"),
])
def test_the_rules_in_the_pipeline(extract, text: str, kind: str, actor: str, recipient: str | None) -> None:
    events = [e for e in _events(extract, text) if e.event == kind]
    assert events, [e.event for e in _events(extract, text)]
    assert any(p.country == actor for e in events for p in e.actor)
    if recipient is not None:
        assert any(p.country == recipient for e in events for p in e.recipient)


@pytest.mark.parametrize("text,kind", [
    ("Riot police hit the strikers with batons outside the port.", "ASSAULT"),
    ("Serbia warned it would strike the rebel camps.", "THREATEN"),
    ("Serbia vowed to rebuild the bridge.", "AGREE"),
    ("Serbia warned Croatia not to move troops to the border.", "THREATEN"),  # one state to another
])
def test_the_near_misses_keep_their_type(extract, text: str, kind: str) -> None:
    assert kind in {e.event for e in _events(extract, text)}


def test_an_object_pronoun_of_a_subjectless_gerund_is_not_its_understood_subject(build_doc) -> None:
    from newsevents.components.entities_base import understood_subject

    # "Lima answered by calling Quito names and accusing him"
    doc = build_doc("Lima answered by calling Quito names and accusing him",
                    heads=[1, 1, 1, 2, 3, 3, 3, 3, 7],
                    deps=["nsubj", "ROOT", "prep", "pcomp", "dative", "dobj", "cc", "conj", "dobj"],
                    pos=["PROPN", "VERB", "ADP", "VERB", "PROPN", "NOUN", "CCONJ", "VERB", "PRON"],
                    tags=["NNP", "VBD", "IN", "VBG", "NNP", "NNS", "CC", "VBG", "PRP"],
                    lemmas=["Lima", "answer", "by", "call", "Quito", "name", "and", "accuse", "he"])
    found = understood_subject(doc[7])
    assert found is not None and found.text == "Lima"
    # a verb with a subject of its own takes none from above
    doc = build_doc("Lima said Quito accused him",
                    heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
                    pos=["PROPN", "VERB", "PROPN", "VERB", "PRON"], tags=["NNP", "VBD", "NNP", "VBD", "PRP"],
                    lemmas=["Lima", "say", "Quito", "accuse", "he"])
    assert understood_subject(doc[3]) is None


def test_a_criticism_for_old_votes_is_told_on_its_own_day(extract) -> None:
    events = _events(extract, "On Monday the governor criticized the senator for his votes against the farm bill "
                              "in the 1980s and his vote on trade a decade ago.")
    assert any(e.event == "ACCUSE" and e.modality == "asserted" for e in events), [(e.event, e.modality) for e in events]
    # an act itself dated to a past year stays historical
    events = _events(extract, "In 1998 the governor criticized the senator for his votes against the farm bill.")
    assert any(e.event == "ACCUSE" and e.modality == "historical" for e in events), [(e.event, e.modality) for e in events]


def test_a_hit_on_a_topic_beside_a_hit_on_guns_is_words(extract) -> None:
    text = "The Ohio governor hit the Texas senator on taxes, and he hit him on guns."
    assert "ACCUSE" in {e.event for e in _events(extract, text)}
    assert "ASSAULT" not in {e.event for e in _events(extract, text)}
