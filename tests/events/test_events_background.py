"""Background told by tense and aspect is no event (issue 14, tenth audit: background states): a
party described by a relative clause in the simple present, a deal or partnership held, a stance
told as lasting (eventcoding/nonevents.py). Sentences written for these tests; each rule is checked
on hand-built parses (tags carry the tense), and the whole pipeline on a few sentences, with the
acts that must stay events beside them."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import described_party, held_tie, lasting_stance

PUBLISHED = "2023-05-02"


def _relative(build_doc, verb: str, tag: str, lemma: str):
    """"The Vexford Council , which <verb> local charities , said it" with ``verb`` tagged ``tag``."""
    words = f"The Vexford Council , which {verb} local charities , said it"
    return build_doc(words, heads=[2, 2, 9, 2, 5, 2, 7, 5, 2, 9, 9],
                     deps=["det", "compound", "nsubj", "punct", "nsubj", "relcl", "amod", "dobj", "punct", "ROOT",
                           "dobj"],
                     pos=["DET", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADJ", "NOUN", "PUNCT", "VERB", "PRON"],
                     tags=["DT", "NNP", "NNP", ",", "WDT", tag, "JJ", "NNS", ",", "VBD", "PRP"],
                     lemmas=["the", "vexford", "council", ",", "which", lemma, "local", "charity", ",", "say", "it"])


def test_a_relative_clause_in_the_simple_present_describes_a_party(build_doc, cues):
    doc = _relative(build_doc, "supports", "VBZ", "support")
    assert described_party(doc[5], cues)
    # in the past it tells what the council did ("which backed local charities")
    doc = _relative(build_doc, "backed", "VBD", "back")
    assert not described_party(doc[5], cues)
    # the main clause's verb is no relative clause
    assert not described_party(doc[9], cues)


def test_a_relative_clause_with_a_time_or_a_perfect_stays(build_doc, cues):
    # "Norland , which attends the summit on Friday , ...": a time of its own makes it news
    doc = build_doc("Norland , which attends the summit on Friday", heads=[0, 0, 3, 0, 5, 3, 3, 6],
                    deps=["ROOT", "punct", "nsubj", "relcl", "det", "dobj", "prep", "pobj"],
                    pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    tags=["NNP", ",", "WDT", "VBZ", "DT", "NN", "IN", "NNP"],
                    lemmas=["norland", ",", "which", "attend", "the", "summit", "on", "friday"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-DATE"])
    assert not described_party(doc[3], cues)
    # "the police , who have arrested six men": a perfect tells acts done
    doc = build_doc("the police , who have arrested six men", heads=[1, 1, 1, 5, 5, 1, 7, 5],
                    deps=["det", "ROOT", "punct", "nsubj", "aux", "relcl", "nummod", "dobj"],
                    pos=["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "NUM", "NOUN"],
                    tags=["DT", "NNS", ",", "WP", "VBP", "VBN", "CD", "NNS"],
                    lemmas=["the", "police", ",", "who", "have", "arrest", "six", "man"])
    assert not described_party(doc[5], cues)
    # a verb of saying in a relative clause reports ("the minister , who says the talks failed")
    doc = _relative(build_doc, "says", "VBZ", "say")
    assert not described_party(doc[5], cues)


def test_a_stance_told_as_lasting_is_a_state(build_doc, cues):
    # "Vexland still backs the plan": the simple present with "still"
    doc = build_doc("Vexland still backs the plan", heads=[2, 2, 2, 4, 2],
                    deps=["nsubj", "advmod", "ROOT", "det", "dobj"], pos=["PROPN", "ADV", "VERB", "DET", "NOUN"],
                    tags=["NNP", "RB", "VBZ", "DT", "NN"], lemmas=["vexland", "still", "back", "the", "plan"])
    assert lasting_stance(doc[2], "SUPPORT", cues)
    # "Vexland has long opposed the plan": the present perfect with "long"
    doc = build_doc("Vexland has long opposed the plan", heads=[3, 3, 3, 3, 5, 3],
                    deps=["nsubj", "aux", "advmod", "ROOT", "det", "dobj"],
                    pos=["PROPN", "AUX", "ADV", "VERB", "DET", "NOUN"], tags=["NNP", "VBZ", "RB", "VBN", "DT", "NN"],
                    lemmas=["vexland", "have", "long", "oppose", "the", "plan"])
    assert lasting_stance(doc[3], "REJECT", cues)
    # an accusation "long" made is left an accusation ("have long charged")
    assert not lasting_stance(doc[3], "ACCUSE", cues)
    # the past perfect tells a past the story goes back to, not a present state
    doc = build_doc("Vexland had long opposed the plan", heads=[3, 3, 3, 3, 5, 3],
                    deps=["nsubj", "aux", "advmod", "ROOT", "det", "dobj"],
                    pos=["PROPN", "AUX", "ADV", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "RB", "VBN", "DT", "NN"],
                    lemmas=["vexland", "have", "long", "oppose", "the", "plan"])
    assert not lasting_stance(doc[3], "REJECT", cues)


def test_a_span_of_years_is_lasting_but_a_term_or_a_date_is_not(build_doc, cues):
    parse = dict(heads=[2, 2, 2, 4, 2, 2, 5], deps=["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj"],
                 pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN"])
    # "for years" (the tagger calls it a date: that span is not a time of the news)
    doc = build_doc("Vexland has backed the rebels for years", tags=["NNP", "VBZ", "VBN", "DT", "NNS", "IN", "NNS"],
                    lemmas=["vexland", "have", "back", "the", "rebel", "for", "year"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "B-DATE"], **parse)
    assert lasting_stance(doc[2], "SUPPORT", cues)
    # "for 14 years": a number makes it a term
    doc = build_doc("Vexland has backed the rebels for 14 years", heads=[2, 2, 2, 4, 2, 2, 7, 5],
                    deps=["nsubj", "aux", "ROOT", "det", "dobj", "prep", "nummod", "pobj"],
                    pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN"],
                    tags=["NNP", "VBZ", "VBN", "DT", "NNS", "IN", "CD", "NNS"],
                    lemmas=["vexland", "have", "back", "the", "rebel", "for", "14", "year"])
    assert not lasting_stance(doc[2], "SUPPORT", cues)
    # "still backs the plan on Monday": a time of its own makes it news
    doc = build_doc("Vexland still backs the plan on Monday", heads=[2, 2, 2, 4, 2, 2, 5],
                    deps=["nsubj", "advmod", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["PROPN", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    tags=["NNP", "RB", "VBZ", "DT", "NN", "IN", "NNP"],
                    lemmas=["vexland", "still", "back", "the", "plan", "on", "monday"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "B-DATE"])
    assert not lasting_stance(doc[2], "SUPPORT", cues)


def test_a_deal_held_is_a_tie_not_the_act_of_making_it(build_doc, cues):
    parse = dict(heads=[1, 1, 4, 4, 1, 4, 5], deps=["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj"],
                 pos=["PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"])
    doc = build_doc("Vexland has a defence pact with Norland", tags=["NNP", "VBZ", "DT", "NN", "NN", "IN", "NNP"],
                    lemmas=["vexland", "have", "a", "defence", "pact", "with", "norland"], **parse)
    assert held_tie(doc[4], "AGREE", doc[1], cues)
    assert not held_tie(doc[4], "ASSAULT", doc[1], cues)
    # signing one is the act
    doc = build_doc("Vexland signed a defence pact with Norland", tags=["NNP", "VBD", "DT", "NN", "NN", "IN", "NNP"],
                    lemmas=["vexland", "sign", "a", "defence", "pact", "with", "norland"], **parse)
    assert not held_tie(doc[4], "AGREE", doc[1], cues)
    # "had a pact": a past told, not a tie of the present
    doc = build_doc("Vexland had a defence pact with Norland", tags=["NNP", "VBD", "DT", "NN", "NN", "IN", "NNP"],
                    lemmas=["vexland", "have", "a", "defence", "pact", "with", "norland"], **parse)
    assert not held_tie(doc[4], "AGREE", doc[1], cues)


def test_the_pipeline_codes_no_event_for_background(events_of):
    for text in ("The Vexford Council, which supports local charities, said the plan was flawed.",
                 "The Turkish government still backs the ceasefire plan.",
                 "France has long opposed the British plan.",
                 "Germany has supported the Kurdish rebels for years.",
                 "Turkey has an agreement with Greece on fishing."):
        assert not events_of(text), text


def test_the_pipeline_keeps_acts_told_beside_background(events_of):
    assert [e.event for e in events_of("Germany backed the Kurdish rebels on Monday.")] == ["SUPPORT"]
    assert [e.event for e in events_of("Turkey signed an agreement with Greece on fishing.")] == ["AGREE"]
    assert [e.event for e in events_of("Norway, which backs the plan, sent aid to Haiti.")] == ["AID"]
    assert [e.event for e in events_of("Rebels have killed 20 soldiers in the north.")] == ["ASSAULT"]
    assert [e.event for e in events_of("The ministry has repeatedly denied the reports.")] == ["REJECT"]
