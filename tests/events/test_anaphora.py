"""Recipients named in an earlier sentence: eventcoding/anaphora.py on hand-built parses."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.anaphora import anaphor_of, recall_recipients, share_same_act
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party
from told import Told

ACTORS = actor_dictionary()
CUES = load_cues()
PUBLISHED = "2024-05-01"


def told(doc, event, trigger, actor, recipient=()):
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger < s.end)
    return Told(event, doc[trigger], sentences[index], index, list(actor), list(recipient))


def named(text, country=None, entity=None):
    return Party(text=text, country=country, entity=entity)


def by_words(tokens):
    return [Party(text=t.text) for t in tokens]


# "Ardia agreed a deal with Borvia ." opens the deal tests; a second sentence tells of the deal again.
DEAL = "Ardia agreed a deal with Borvia ."
DEAL_PARSE = {"heads": [1, 1, 3, 1, 1, 4, 1], "deps": ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              "pos": ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
              "lemmas": ["Ardia", "agree", "a", "deal", "with", "Borvia", "."]}


def _after_the_deal(build_doc, second, *, heads, deps, pos, lemmas=None):
    """The deal sentence, then ``second`` (its heads counted from its own first word; without
    ``lemmas``, every lemma is the lower-cased word, as build_doc gives)."""
    shift = len(DEAL.split())
    return build_doc(f"{DEAL} {second}", heads=DEAL_PARSE["heads"] + [h + shift for h in heads],
                     deps=DEAL_PARSE["deps"] + deps, pos=DEAL_PARSE["pos"] + pos,
                     lemmas=DEAL_PARSE["lemmas"] + lemmas if lemmas else None)


def _joining_doc(build_doc, determiner):
    # "... Celmark could join the deal ." (or "a deal")
    return _after_the_deal(build_doc, f"Celmark could join {determiner} deal .", heads=[2, 2, 2, 4, 2, 2],
                           deps=["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])


def _the_deal(doc):
    """The deal as the first sentence tells it: Ardia's, with Borvia."""
    return told(doc, "AGREE", 1, [named("Ardia", "ARD")], [named("Borvia", "BRV")])


def test_an_act_told_again_by_its_actor_takes_its_recipient(build_doc):
    # "Norland signed a deal with Vexia . Norland 's agreement foresees plants ."
    doc = build_doc("Norland signed a deal with Vexia . Norland 's agreement foresees plants .",
                    heads=[1, 1, 3, 1, 1, 4, 1, 9, 7, 9, 9, 9, 9],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct",
                          "poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
                         "PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"],
                    lemmas=["Norland", "sign", "a", "deal", "with", "Vexia", ".",
                            "Norland", "'s", "agreement", "foresee", "plant", "."])
    first = told(doc, "AGREE", 1, [named("Norland", "NRL", "e1")], [named("Vexia", "VXA", "e2")])
    again = told(doc, "AGREE", 9, [named("Norland 's", "NRL", "e1")])
    assert anaphor_of(again.trigger, CUES).text == "agreement"
    recall_recipients([first, again], CUES, ACTORS, by_words)
    assert [p.text for p in again.recipient] == ["Vexia"]
    assert [s.text for s in again.also_in] == [first.sentence.text]  # the sentence it came from


def test_joining_the_deal_acts_on_its_parties(build_doc):
    doc = _joining_doc(build_doc, "the")
    first = _the_deal(doc)
    joining = told(doc, "AGREE", 11, [named("Celmark", "CLM")])
    recall_recipients([first, joining], CUES, ACTORS, by_words)
    assert [p.text for p in joining.recipient] == ["Ardia", "Borvia"]
    assert joining.also_in == []  # another act on the deal, not the deal told again


def test_the_same_sides_signing_again_have_no_recipient(build_doc):
    doc = _after_the_deal(build_doc, "Their leaders signed the deal .", heads=[1, 2, 2, 4, 2, 2],
                          deps=["poss", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PRON", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["their", "leader", "sign", "the", "deal", "."])
    first = _the_deal(doc)
    signing = told(doc, "AGREE", 9, [named("the Ardian leader", "ARD"), named("the Borvian leader", "BRV")])
    recall_recipients([first, signing], CUES, ACTORS, by_words)
    assert signing.recipient == []


def test_appealing_the_decision_is_aimed_at_whoever_ruled(build_doc):
    # "The tribunal ruled for the union . The ministry can appeal the decision ."
    doc = build_doc("The tribunal ruled for the union . The ministry can appeal the decision .",
                    heads=[1, 2, 2, 2, 5, 3, 2, 8, 10, 10, 10, 12, 10, 10],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct",
                          "det", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT",
                         "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                    lemmas=["the", "tribunal", "rule", "for", "the", "union", ".",
                            "the", "ministry", "can", "appeal", "the", "decision", "."])
    appeal = told(doc, "REQUEST", 10, [named("The ministry")])
    recall_recipients([appeal], CUES, ACTORS, by_words)  # the ruling is no event of its own
    assert [p.text for p in appeal.recipient] == ["tribunal"]


def test_an_indefinite_noun_or_a_filled_slot_is_left_alone(build_doc):
    doc = _joining_doc(build_doc, "a")
    first = _the_deal(doc)
    joining = told(doc, "AGREE", 11, [named("Celmark", "CLM")])
    assert anaphor_of(joining.trigger, CUES) is None  # "a deal": a new one, not the one told
    recall_recipients([first, joining], CUES, ACTORS, by_words)
    assert joining.recipient == []
    # an event whose clause names its recipient keeps it
    own = told(doc, "AGREE", 11, [named("Celmark", "CLM")], [named("Dunmere", "DUN")])
    own.trigger = doc[9]
    recall_recipients([first, own], CUES, ACTORS, by_words)
    assert [p.text for p in own.recipient] == ["Dunmere"]


def test_another_partys_deal_as_a_subject_takes_no_party(build_doc):
    doc = _after_the_deal(build_doc, "Celmark 's deal is the second .", heads=[2, 0, 3, 3, 5, 3, 3],
                          deps=["poss", "case", "nsubj", "ROOT", "det", "attr", "punct"],
                          pos=["PROPN", "PART", "NOUN", "AUX", "DET", "NOUN", "PUNCT"])
    first = _the_deal(doc)
    other = told(doc, "AGREE", 9, [named("Celmark 's", "CLM")])
    recall_recipients([first, other], CUES, ACTORS, by_words)
    assert other.recipient == []


def test_in_an_article_the_retold_deal_and_the_joined_deal_get_their_parties(events_of):
    events = events_of("Norway signed a gas supply deal with Qatar on Monday. The Norwegian government said "
                       "the talks had lasted a year. Norway's agreement foresees the building of two new plants.")
    retold = next(e for e in events if e.trigger.text == "agreement")
    assert [p.country for p in retold.recipient] == ["QAT"]
    assert [s.text.split()[0] for s in retold.also_in] == ["Norway"]  # the first sentence, its evidence
    events = events_of("Egypt and Sudan reached a water-sharing agreement in March. Ethiopia said on Friday "
                       "that it could join the agreement next year.")
    joined = next(e for e in events if e.trigger.text == "agreement")
    assert [p.country for p in joined.actor] == ["ETH"]
    assert sorted(p.country for p in joined.recipient) == ["EGY", "SDN"]


def test_in_an_article_appealing_the_decision_is_aimed_at_the_court(events_of):
    events = events_of("A court in Lagos ruled on Tuesday that the Nigerian government must pay the airline "
                       "compensation. But the government will appeal the decision.")
    appeal = next(e for e in events if e.trigger.text == "appeal")
    assert [(p.text, p.country) for p in appeal.recipient] == [("A court", "NGA")]


def _probe_doc(build_doc):
    # "The probe by Vexcorp grew . Vexcorp 's probe of Ardbank ended ."
    return build_doc("The probe by Vexcorp grew . Vexcorp 's probe of Ardbank ended .",
                     heads=[1, 4, 1, 2, 4, 4, 8, 6, 11, 8, 9, 11, 11],
                     deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct",
                           "poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
                     pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT",
                          "PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                     lemmas=["the", "probe", "by", "Vexcorp", "grow", ".",
                             "Vexcorp", "'s", "probe", "of", "Ardbank", "end", "."])


def test_a_definite_act_takes_the_target_its_actor_names_in_another_telling(build_doc):
    doc = _probe_doc(build_doc)
    first = told(doc, "ACCUSE", 1, [named("Vexcorp", "VXA", "e1")])
    fuller = told(doc, "ACCUSE", 8, [named("Vexcorp 's", "VXA", "e1")], [named("Ardbank", "VXA", "e2")])
    share_same_act([first, fuller], CUES, ACTORS, by_words)
    assert [p.text for p in first.recipient] == ["Ardbank"]


def test_another_actor_or_two_targets_give_no_recipient(build_doc):
    doc = _probe_doc(build_doc)
    other = told(doc, "ACCUSE", 1, [named("Norland", "NRL", "e3")])
    fuller = told(doc, "ACCUSE", 8, [named("Vexcorp 's", "VXA", "e1")], [named("Ardbank", "VXA", "e2")])
    share_same_act([other, fuller], CUES, ACTORS, by_words)
    assert other.recipient == []  # another party's probe
    first = told(doc, "ACCUSE", 1, [named("Vexcorp", "VXA", "e1")])
    fuller = told(doc, "ACCUSE", 8, [named("Vexcorp 's", "VXA", "e1")], [named("Ardbank", "VXA", "e2")])
    third = told(doc, "ACCUSE", 8, [named("Vexcorp", "VXA", "e1")], [named("Borbank", "VXA", "e4")])
    third.sentence_index = 2  # a third telling, with another target
    share_same_act([first, fuller, third], CUES, ACTORS, by_words)
    assert first.recipient == []  # two targets: no guess


def _stab_doc(build_doc):
    # "Vexman was charged after stabbing a man . Mr Vole was stabbed ."
    return build_doc("Vexman was charged after stabbing a man . Mr Vole was stabbed .",
                     heads=[2, 2, 2, 2, 3, 6, 4, 2, 9, 11, 11, 11, 11],
                     deps=["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "det", "dobj", "punct",
                           "compound", "nsubjpass", "auxpass", "ROOT", "punct"],
                     pos=["PROPN", "AUX", "VERB", "ADP", "VERB", "DET", "NOUN", "PUNCT",
                          "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
                     lemmas=["Vexman", "be", "charge", "after", "stab", "a", "man", ".",
                             "Mr", "Vole", "be", "stab", "."])


def test_a_passive_act_takes_the_doer_told_earlier_on_the_same_party(build_doc):
    doc = _stab_doc(build_doc)
    victim = named("Mr Vole", "VXA", "e2")
    stabbed = told(doc, "ASSAULT", 11, [], [victim])

    def parties(tokens):  # the entities stage resolved "a man" to Mr Vole
        return [named(t.text, "VXA", "e2" if t.lower_ in ("man", "vole") else "e1") for t in tokens]

    share_same_act([stabbed], CUES, ACTORS, parties)
    assert [p.text for p in stabbed.actor] == ["Vexman"]


def test_a_passive_act_on_another_party_keeps_no_actor(build_doc):
    doc = _stab_doc(build_doc)
    stabbed = told(doc, "ASSAULT", 11, [], [named("Mr Vole", "VXA", "e2")])

    def parties(tokens):  # "a man" is someone else
        return [named(t.text, "VXA", "e3" if t.lower_ == "man" else "e1") for t in tokens]

    share_same_act([stabbed], CUES, ACTORS, parties)
    assert stabbed.actor == []


def test_an_investigation_of_a_party_is_aimed_at_it(events_of):
    # the lexicon's "of" recipient of the noun, and the first, definite telling takes it
    events = events_of("The investigation by the Kenyan attorney general widened on Monday. "
                       "The attorney general's investigation of the Ugandan army began in May.")
    assert [[p.text for p in e.recipient] for e in events if e.event == "ACCUSE"] == [
        ["the Ugandan army"], ["the Ugandan army"]]
