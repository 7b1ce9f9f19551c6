"""figev40 (issue 14, session 36: news-dev70's output events): a seizure verb in its election sense. Every
sentence is our own; the rule is checked on hand-built parses, the pipeline on sentences beside the seizures
that must stay.

- ``the governor had captured 412 delegates``: a seizure (COERCE seize) whose every patient is a count won in a
  vote (a ``figures_won_count`` noun of figure_lexicon.tsv, plural or counted) is votes gained, no one seized;
  an armed doer, people captured and a singular uncounted noun (``seized the state``) stay.
- ``the county coroner identified the man killed as <Name>``: a bare past participle on the object of an
  ``identify_verb`` with an "as" phrase (or on its passive subject) names a victim of an act told before, no act
  of its own; a participle with its own doer, time or place stays. A past participle on a noun never takes the
  governing clause's subject as its doer.
- ``they have never been in a situation where your uncle gets killed``: an act in a simple-present relative
  clause on a ``situation_noun`` describes a kind of situation, no act at a time; a past clause stays.
"""

from __future__ import annotations

from newsevents.eventcoding.descriptions import situation_described, victim_identified
from newsevents.eventcoding.senses_campaign import count_won

PUBLISHED = "2023-05-02"


def _captured(build_doc, noun: str, lemma: str, tag: str = "NNS", number: bool = True):
    words = ["the", "governor", "had", "captured", *(["412"] if number else ["the"]), noun, "by", "Tuesday"]
    return build_doc(" ".join(words), heads=[1, 3, 3, 3, 5, 3, 3, 6],
                     deps=["det", "nsubj", "aux", "ROOT", "nummod" if number else "det", "dobj", "prep", "pobj"],
                     pos=["DET", "NOUN", "AUX", "VERB", "NUM" if number else "DET", "NOUN", "ADP", "PROPN"],
                     tags=["DT", "NN", "VBD", "VBN", "CD" if number else "DT", tag, "IN", "NNP"],
                     lemmas=["the", "governor", "have", "capture", words[4], lemma, "by", "Tuesday"])


def test_counts_won_are_no_seizure(build_doc, cues) -> None:
    for noun, lemma in (("delegates", "delegate"), ("seats", "seat"), ("votes", "vote"), ("states", "state")):
        doc = _captured(build_doc, noun, lemma)
        assert count_won(doc[3], "COERCE", False, ["seize"], cues), noun
    # an armed doer, another type or mode: the rule does not apply
    doc = _captured(build_doc, "delegates", "delegate")
    assert not count_won(doc[3], "COERCE", True, ["seize"], cues)
    assert not count_won(doc[3], "COERCE", False, ["arrest"], cues)


def test_people_and_places_captured_stay_seizures(build_doc, cues) -> None:
    assert not count_won(_captured(build_doc, "soldiers", "soldier")[3], "COERCE", False, ["seize"], cues)
    assert not count_won(_captured(build_doc, "towns", "town")[3], "COERCE", False, ["seize"], cues)
    # a singular won noun with no number may be a state taken
    assert not count_won(_captured(build_doc, "state", "state", "NN", number=False)[3], "COERCE", False, ["seize"], cues)


def test_pipeline_delegates_captured_beside_a_town_captured(events_of) -> None:
    assert not [e for e in events_of("Governor Ann Lee had captured 412 delegates by Tuesday, the party said.")
                if e.event == "COERCE"]
    assert [e for e in events_of("Rebels captured the town and two soldiers on Tuesday.") if e.event == "COERCE"]


def _identified(build_doc, verb: str, lemma: str, tail: list[tuple[str, str, str, str, int]] = (),
                ents: list[str] | None = None):
    # "the coroner <verb> the man killed as Tom Reed" + tail words (word, tag, pos, dep, head)
    words = ["the", "coroner", verb, "the", "man", "killed", "as", "Tom", "Reed"] + [w[0] for w in tail]
    return build_doc(" ".join(words), heads=[1, 2, 2, 4, 2, 4, 5, 8, 6] + [w[4] for w in tail],
                     deps=["det", "nsubj", "ROOT", "det", "dobj", "acl", "prep", "compound", "pobj"] + [w[3] for w in tail],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN"] + [w[2] for w in tail],
                     tags=["DT", "NN", "VBD", "DT", "NN", "VBN", "IN", "NNP", "NNP"] + [w[1] for w in tail],
                     lemmas=["the", "coroner", lemma, "the", "man", "kill", "as", "Tom", "Reed"] + [w[0] for w in tail],
                     ents=ents or ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * len(tail))


def test_a_victim_identified_is_no_act_of_its_own(build_doc, cues) -> None:
    assert victim_identified(_identified(build_doc, "identified", "identify")[5], cues)
    assert victim_identified(_identified(build_doc, "named", "name")[5], cues)
    # another verb of the clause: the participle is left to the other rules
    assert not victim_identified(_identified(build_doc, "visited", "visit")[5], cues)


def test_a_participle_with_its_own_time_tells_the_act(build_doc, cues) -> None:
    # "... killed as Tom Reed on Sunday": a date of its own on the participle
    doc = _identified(build_doc, "identified", "identify", tail=[("on", "IN", "ADP", "prep", 5),
                                                                   ("Sunday", "NNP", "PROPN", "pobj", 9)],
                      ents=["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "B-DATE"])
    assert not victim_identified(doc[5], cues)


def test_pipeline_the_man_killed_identified_beside_a_shooting_told(events_of) -> None:
    assert not [e for e in events_of("The county coroner identified the man killed as Tom Reed, 41, of Dayton.")
                if e.event == "ASSAULT"]
    shot = [e for e in events_of("Officials have not yet identified the woman shot by police on Sunday.")
            if e.event == "ASSAULT"]
    assert shot and all(p.text == "police" for e in shot for p in e.actor)


def test_a_past_participle_on_an_object_takes_no_doer_from_the_clause(build_doc, cues) -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.eventcoding.arguments import subject_of

    doc = _identified(build_doc, "visited", "visit")
    assert subject_of(doc[5], load_actor_dictionary(), cues) == []


def _situation(build_doc, noun: str, aux: str, aux_tag: str):
    # "they were in a <noun> where the mayor <aux> attacked"
    words = ["they", "were", "in", "a", noun, "where", "the", "mayor", aux, "attacked"]
    return build_doc(" ".join(words), heads=[1, 1, 1, 4, 2, 9, 7, 9, 9, 4],
                     deps=["nsubj", "ROOT", "prep", "det", "pobj", "advmod", "det", "nsubjpass", "auxpass", "relcl"],
                     pos=["PRON", "AUX", "ADP", "DET", "NOUN", "ADV", "DET", "NOUN", "AUX", "VERB"],
                     tags=["PRP", "VBD", "IN", "DT", "NN", "WRB", "DT", "NN", aux_tag, "VBN"],
                     lemmas=["they", "be", "in", "a", noun, "where", "the", "mayor", "get" if aux == "gets" else "be",
                             "attack"])


def test_an_act_in_a_present_clause_of_a_situation_noun_describes_a_kind(build_doc, cues) -> None:
    assert situation_described(_situation(build_doc, "situation", "gets", "VBZ")[9], cues)
    assert situation_described(_situation(build_doc, "scenario", "is", "VBZ")[9], cues)
    # a past clause tells an act; another noun is left to the other rules
    assert not situation_described(_situation(build_doc, "situation", "was", "VBD")[9], cues)
    assert not situation_described(_situation(build_doc, "town", "gets", "VBZ")[9], cues)


def test_pipeline_a_kind_of_situation_beside_an_attack_told(events_of) -> None:
    assert not [e for e in events_of('"You have never been in a situation where your brother gets killed," Lee said.')
                if e.event == "ASSAULT"]
    assert [e for e in events_of("Ann Lee said the troops were in a situation where rebels attacked them on Monday.")
            if e.event == "ASSAULT"]


def test_the_electorate_or_a_vote_named_is_won_not_seized(build_doc, cues) -> None:
    # events42 (session 38): "the governor had captured the voter" (any number), "... the nomination"
    for noun, lemma, tag in (("voter", "voter", "NN"), ("voters", "voter", "NNS"), ("nomination", "nomination", "NN")):
        doc = _captured(build_doc, noun, lemma, tag, number=False)
        assert count_won(doc[3], "COERCE", False, ["seize"], cues), noun
    # an armed doer still seizes; a plural vote noun may be papers taken ("seized the ballots")
    assert not count_won(_captured(build_doc, "voters", "voter", number=False)[3], "COERCE", True, ["seize"], cues)
    assert not count_won(_captured(build_doc, "ballots", "ballot", number=False)[3], "COERCE", False, ["seize"], cues)


def test_pipeline_a_candidate_capturing_voters_is_no_seizure(events_of) -> None:
    assert not [e for e in events_of("Governor Ann Lee succeeded in capturing the angry rural voter, the poll said.")
                if e.event == "COERCE"]


def test_a_kind_of_voter_is_the_voter(build_doc, cues) -> None:
    # "the governor had captured that kind of voter": a sort_noun's of-phrase names who is meant
    words = ["the", "governor", "had", "captured", "that", "kind", "of", "voter"]
    doc = build_doc(" ".join(words), heads=[1, 3, 3, 3, 5, 3, 5, 6],
                    deps=["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "VBN", "DT", "NN", "IN", "NN"],
                    lemmas=["the", "governor", "have", "capture", "that", "kind", "of", "voter"])
    assert count_won(doc[3], "COERCE", False, ["seize"], cues)
    doc = build_doc(" ".join(words[:-1] + ["rifle"]), heads=[1, 3, 3, 3, 5, 3, 5, 6],
                    deps=["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "VBN", "DT", "NN", "IN", "NN"],
                    lemmas=["the", "governor", "have", "capture", "that", "kind", "of", "rifle"])
    assert not count_won(doc[3], "COERCE", False, ["seize"], cues)
