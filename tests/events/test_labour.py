"""The two sides of a labour dispute told in other sentences: eventcoding/labour.py, on hand-built
parses (the rule) and through the pipeline (short articles of our own)."""

from __future__ import annotations

from newsevents.eventcoding.labour import _same_words, fill_employers, fill_other_side
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party
from told import Told

CUES = load_cues()
PUBLISHED = "2024-05-01"


def told(doc, event, trigger, actor, actor_at, recipient=(), recipient_at=()):
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger < s.end)
    return Told(event, doc[trigger], sentences[index], index, list(actor), list(recipient),
                [doc[i] for i in actor_at], [doc[i] for i in recipient_at])


def by_words(tokens):
    return [Party(text=t.text, sector=["LAB"] if t.lemma_ in ("worker", "staff") else []) for t in tokens]


def named(text, sector=()):
    return Party(text=text, country="VXL", sector=list(sector))


def _walkout_then(build_doc, second: str, heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]):
    """ "Drivers walked out over pay ." followed by ``second`` (its parse given from token 6)."""
    return build_doc("Drivers walked out over pay . " + second,
                     heads=[1, 1, 1, 1, 3, 1, *heads],
                     deps=["nsubj", "ROOT", "prt", "prep", "pobj", "punct", *deps],
                     pos=["NOUN", "VERB", "ADP", "ADP", "NOUN", "PUNCT", *pos],
                     lemmas=["driver", "walk", "out", "over", "pay", ".", *lemmas])


def test_a_walkout_presses_the_body_said_to_run_the_workplace(build_doc):
    # "Drivers walked out over pay . Vexbus , which runs the buses , offered more ."
    doc = _walkout_then(build_doc, "Vexbus , which runs the buses , offered more .",
                        heads=[13, 6, 9, 6, 11, 9, 6, 13, 13, 13],
                        deps=["nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "dobj", "punct"],
                        pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADJ", "PUNCT"],
                        lemmas=["Vexbus", ",", "which", "run", "the", "bus", ",", "offer", "more", "."])
    walkout = told(doc, "PROTEST", 1, [named("Drivers", ["LAB"])], [0])
    fill_employers([walkout], CUES, by_words)
    assert [p.text for p in walkout.recipient] == ["Vexbus"]


def test_two_employers_named_give_none(build_doc):
    # "Drivers walked out over pay . Vexbus workers and Zenrail staff joined them ."
    doc = _walkout_then(build_doc, "Vexbus workers and Zenrail staff joined them .",
                        heads=[7, 11, 7, 10, 7, 11, 11, 11],
                        deps=["compound", "nsubj", "cc", "compound", "conj", "ROOT", "dobj", "punct"],
                        pos=["PROPN", "NOUN", "CCONJ", "PROPN", "NOUN", "VERB", "PRON", "PUNCT"],
                        lemmas=["Vexbus", "worker", "and", "Zenrail", "staff", "join", "they", "."])
    walkout = told(doc, "PROTEST", 1, [named("Drivers", ["LAB"])], [0])
    fill_employers([walkout], CUES, by_words)
    assert walkout.recipient == []
    # with one of them only ("Vexbus workers joined them") the one employer is taken
    doc = _walkout_then(build_doc, "Vexbus workers joined them .",
                        heads=[7, 8, 8, 8, 8],
                        deps=["compound", "nsubj", "ROOT", "dobj", "punct"],
                        pos=["PROPN", "NOUN", "VERB", "PRON", "PUNCT"],
                        lemmas=["Vexbus", "worker", "join", "they", "."])
    walkout = told(doc, "PROTEST", 1, [named("Drivers", ["LAB"])], [0])
    fill_employers([walkout], CUES, by_words)
    assert [p.text for p in walkout.recipient] == ["Vexbus"]


def test_a_protest_about_no_work_matter_or_by_no_workers_takes_no_employer(build_doc):
    # "Drivers protested on Monday . Vexbus , which runs the buses , said nothing ."
    doc = build_doc("Drivers protested on Monday . Vexbus , which runs the buses , said nothing .",
                    heads=[1, 1, 1, 2, 1, 13, 5, 8, 5, 10, 8, 5, 13, 13, 13],
                    deps=["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "punct", "nsubj", "relcl",
                          "det", "dobj", "punct", "ROOT", "dobj", "punct"],
                    pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PRON", "VERB",
                         "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                    lemmas=["driver", "protest", "on", "Monday", ".", "Vexbus", ",", "which", "run",
                            "the", "bus", ",", "say", "nothing", "."])
    protest = told(doc, "PROTEST", 1, [named("Drivers", ["LAB"])], [0])
    fill_employers([protest], CUES, by_words)
    assert protest.recipient == []  # no strike, walkout or pay in its sentence
    doc = _walkout_then(build_doc, "Vexbus , which runs the buses , offered more .",
                        heads=[13, 6, 9, 6, 11, 9, 6, 13, 13, 13],
                        deps=["nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "dobj", "punct"],
                        pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADJ", "PUNCT"],
                        lemmas=["Vexbus", ",", "which", "run", "the", "bus", ",", "offer", "more", "."])
    walkout = told(doc, "PROTEST", 1, [named("Commuters")], [])  # not workers: no employer
    fill_employers([walkout], CUES, by_words)
    assert walkout.recipient == []


def _three_sentences(build_doc):
    # "Farmers protested against the ministry . Fishers protested against the ministry .
    #  The ministry promised a review ."
    return build_doc("Farmers protested against the ministry . Fishers protested against the ministry . "
                     "The ministry promised a review .",
                     heads=[1, 1, 1, 4, 2, 1, 7, 7, 7, 10, 8, 7, 13, 14, 14, 16, 14, 14],
                     deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"] * 2
                     + ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                     pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"] * 2
                     + ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                     lemmas=["farmer", "protest", "against", "the", "ministry", ".",
                             "fisher", "protest", "against", "the", "ministry", ".",
                             "the", "ministry", "promise", "a", "review", "."])


def test_a_promise_by_the_side_pressed_goes_to_the_side_that_pressed(build_doc):
    doc = _three_sentences(build_doc)
    farmers = told(doc, "PROTEST", 1, [named("Farmers")], [0], [named("the agriculture ministry")], [4])
    promise = told(doc, "AGREE", 14, [named("The ministry")], [13])
    fill_other_side([farmers, promise], CUES)
    assert [p.text for p in promise.recipient] == ["Farmers"]


def test_two_sides_that_pressed_give_none(build_doc):
    doc = _three_sentences(build_doc)
    farmers = told(doc, "PROTEST", 1, [named("Farmers")], [0], [named("the agriculture ministry")], [4])
    fishers = told(doc, "PROTEST", 7, [named("Fishers")], [6], [named("the ministry")], [10])
    promise = told(doc, "AGREE", 14, [named("The ministry")], [13])
    fill_other_side([farmers, fishers, promise], CUES)
    assert promise.recipient == []


def test_a_strike_article_through_the_pipeline(events_of):
    events = events_of("Bus drivers in Chile walked out on Monday demanding a 20% pay rise. Transvia, the "
                       "private company which runs the city's buses, has offered 5%. The company promised "
                       "no routes would be cut.")
    demand = next(e for e in events if e.event == "REQUEST")
    assert [(p.text, p.country) for p in demand.recipient] == [("Transvia", "CHL")]
    promise = next(e for e in events if e.event == "AGREE")
    assert [(p.text, p.country) for p in promise.recipient] == [("Bus drivers", "CHL")]


def test_staff_at_a_firm_named_in_the_sentence_before(events_of):
    events = events_of("Staff at Clinova in Chile are unhappy with their pay. The staff went on strike on Monday.")
    strike = next(e for e in events if e.event == "PROTEST")
    assert [p.text for p in strike.recipient] == ["Clinova"]


def test_the_other_side_in_another_paragraph_or_two_sides_give_none(events_of):
    apart = events_of("Farmers in Chile protested against the agriculture ministry on Monday.\n\n"
                      "The ministry promised a review of subsidies.")
    assert next(e for e in apart if e.event == "AGREE").recipient == []
    two = events_of("Farmers in Chile protested against the agriculture ministry on Monday. Fishermen in "
                    "Chile demonstrated against the ministry on Tuesday. The ministry promised a review of subsidies.")
    assert next(e for e in two if e.event == "AGREE").recipient == []
    one = events_of("Farmers in Chile protested against the agriculture ministry on Monday. The ministry "
                    "promised a review of subsidies.")
    assert [p.text for p in next(e for e in one if e.event == "AGREE").recipient] == ["Farmers"]


def test_a_pledge_after_talks_goes_to_the_other_side_of_the_talks(events_of):
    one = events_of("The union held talks with the transport ministry in Chile on Monday. The union pledged "
                    "to end the strike by Friday.")
    pledge = next(e for e in one if e.event == "AGREE")
    assert [(p.text, p.country) for p in pledge.recipient] == [("the transport ministry", "CHL")]
    # talks with two parties, or talks told in another paragraph: no guess
    two = events_of("The union held talks with the transport ministry in Chile on Monday. It also held talks "
                    "with the Chilean employers' federation. The union pledged to end the strike by Friday.")
    assert next(e for e in two if e.event == "AGREE").recipient == []
    apart = events_of("The union held talks with the transport ministry in Chile on Monday.\n\n"
                      "The union pledged to end the strike by Friday.")
    assert next(e for e in apart if e.event == "AGREE").recipient == []


def test_two_firm_nouns_under_one_modifier_are_one_side(build_doc):
    doc = build_doc("tea firms tea companies coffee companies companies tea unions",
                    heads=[1, 1, 3, 3, 5, 5, 6, 8, 8],
                    deps=["compound", "ROOT", "compound", "ROOT", "compound", "ROOT", "ROOT", "compound", "ROOT"],
                    pos=["NOUN"] * 9,
                    lemmas=["tea", "firm", "tea", "company", "coffee", "company", "company", "tea", "union"])
    firms, tea_companies, coffee_companies, companies, tea_unions = doc[1], doc[3], doc[5], doc[6], doc[8]
    assert _same_words([tea_companies], [firms], CUES)
    # another modifier, none at all, or a noun that names no firm: not the same side
    assert not _same_words([coffee_companies], [firms], CUES)
    assert not _same_words([companies], [firms], CUES)
    assert not _same_words([tea_unions], [firms], CUES)


def test_a_pledge_by_the_firms_told_with_another_word_goes_to_the_other_side(events_of):
    deal = "A farmers' union in Kenya has reached an agreement with major tea firms and exporters. "
    pledge = next(e for e in events_of(deal + "The tea companies have pledged to raise prices by May.")
                  if e.event == "AGREE" and "companies" in e.actor[0].text)
    assert [p.text for p in pledge.recipient] == ["A farmers' union"]
    for other in ("The coffee companies", "The companies"):
        pledge = next(e for e in events_of(deal + f"{other} have pledged to raise prices by May.")
                      if e.event == "AGREE" and "companies" in e.actor[0].text)
        assert pledge.recipient == []


def test_consent_to_a_measure_is_no_answer_to_the_side_that_pressed(build_doc):
    # "Farmers protested against the ministry . The ministry agreed the measure ."
    doc = build_doc("Farmers protested against the ministry . The ministry agreed the measure .",
                    heads=[1, 1, 1, 4, 2, 1, 7, 8, 8, 10, 8, 8],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                    lemmas=["farmer", "protest", "against", "the", "ministry", ".",
                            "the", "ministry", "agree", "the", "measure", "."])
    farmers = told(doc, "PROTEST", 1, [named("Farmers")], [0], [named("the ministry")], [4])
    consent = told(doc, "AGREE", 8, [named("The ministry")], [7])
    fill_other_side([farmers, consent], CUES)
    assert consent.recipient == []
