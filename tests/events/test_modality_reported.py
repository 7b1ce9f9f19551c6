"""Modality of acts told as reports, in a period that is over, under a condition or in a question
(eventcoding/modality.py, session 8), on hand-built parses of sentences written here."""

from __future__ import annotations

import pytest

from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.modality import modality_of, told_in_present_perfect

CUES = load_cues()
PUBLISHED = "2005-01-01"


def denied_report(build_doc, verb: str, noun: str):
    """"The firm <verb> <noun> it was withdrawing from Vexland" (the clause hangs on the noun)."""
    return build_doc(f"The firm {verb} {noun} it was withdrawing from Vexland",
                     heads=[1, 2, 2, 2, 6, 6, 3, 6, 7],
                     deps=["det", "nsubj", "ROOT", "dobj", "nsubj", "aux", "acl", "prep", "pobj"],
                     pos=["DET", "NOUN", "VERB", "NOUN", "PRON", "AUX", "VERB", "ADP", "PROPN"],
                     tags=["DT", "NN", "VBD", "NNS", "PRP", "VBD", "VBG", "IN", "NNP"],
                     lemmas=["the", "firm", _LEMMAS[verb], noun.removesuffix("s"), "it", "be", "withdraw", "from",
                             "vexland"])


_LEMMAS = {"denied": "deny", "dismissed": "dismiss", "heard": "hear"}


@pytest.mark.parametrize(("verb", "noun", "expected"), [
    ("denied", "reports", "negated"),  # the report is denied: the withdrawal did not happen
    ("dismissed", "rumours", "negated"),
    ("heard", "rumours", "hypothetical"),  # a rumour alleges: not asserted
    ("heard", "reports", "asserted"),  # a plain report is how news tells an act
])
def test_an_act_inside_a_report_takes_the_report_s_standing(build_doc, verb, noun, expected):
    doc = denied_report(build_doc, verb, noun)
    assert doc[2].lemma_ in ("deny", "dismiss", "hear")
    assert modality_of(doc[6], CUES) == expected


def test_a_report_denied_in_the_passive_denies_its_act(build_doc):
    doc = build_doc(
        "Claims that troops had fired were denied by the army",
        heads=[6, 4, 4, 4, 0, 6, 6, 6, 9, 7],
        deps=["nsubjpass", "mark", "nsubj", "aux", "ccomp", "auxpass", "ROOT", "agent", "det", "pobj"],
        pos=["NOUN", "SCONJ", "NOUN", "AUX", "VERB", "AUX", "VERB", "ADP", "DET", "NOUN"],
        tags=["NNS", "IN", "NNS", "VBD", "VBN", "VBD", "VBN", "IN", "DT", "NN"],
        lemmas=["claim", "that", "troop", "have", "fire", "be", "deny", "by", "the", "army"])
    assert modality_of(doc[4], CUES) == "negated"


def test_a_clause_a_verb_of_denial_takes_is_negated(build_doc):
    doc = build_doc("The firm denied it was withdrawing",
                    heads=[1, 2, 2, 5, 5, 2], deps=["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                    pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB"], tags=["DT", "NN", "VBD", "PRP", "VBD", "VBG"],
                    lemmas=["the", "firm", "deny", "it", "be", "withdraw"])
    assert modality_of(doc[5], CUES) == "negated"


def arrested_under(build_doc, aux: str | None, modifier: str = "Moro 's"):
    """"Hundreds [aux] arrested under <modifier> regime"."""
    words = ["Hundreds"] + ([aux] if aux else []) + ["arrested", "under"] + modifier.split() + ["regime"]
    verb = 2 if aux else 1
    heads, deps, pos, tags = [verb], ["nsubjpass"], ["NOUN"], ["NNS"]
    if aux:
        heads, deps, pos, tags = heads + [verb], deps + ["auxpass"], pos + ["AUX"], tags + [
            "VBZ" if aux in ("has", "is") else "VBD"]
    regime = len(words) - 1
    heads += [verb, verb]
    deps += ["ROOT", "prep"]
    pos += ["VERB", "ADP"]
    tags += ["VBN" if aux else "VBD", "IN"]
    for word in modifier.split():
        if word == "'s":
            heads, deps, pos, tags = heads + [len(heads) - 1], deps + ["case"], pos + ["PART"], tags + ["POS"]
        else:
            owner = word[0].isupper()
            heads += [regime]
            deps += ["poss" if owner else "amod"]
            pos += ["PROPN" if owner else "ADJ"]
            tags += ["NNP" if owner else "JJ"]
    heads += [verb + 1]
    deps += ["pobj"]
    pos += ["NOUN"]
    tags += ["NN"]
    lemmas = [w.lower() for w in words]
    lemmas[verb] = "arrest"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), verb


@pytest.mark.parametrize(("aux", "modifier", "expected"), [
    ("were", "Moro 's", "historical"),  # "were arrested under General Moro's regime": a period over
    (None, "Moro 's", "historical"),
    ("were", "new", "asserted"),  # "under the new regime": now
    ("has", "Moro 's", "asserted"),  # a present perfect counts now
])
def test_an_act_in_a_period_that_is_over_is_historical(build_doc, aux, modifier, expected):
    doc, verb = arrested_under(build_doc, aux, modifier)
    assert modality_of(doc[verb], CUES) == expected, doc.text


def test_an_in_phrase_is_a_period_only_with_an_owner(build_doc):
    # "In his first term he signed the treaty" / "In the long term he signed the treaty"
    for owner, dep, expected in (("his", "poss", "historical"), ("the", "det", "asserted")):
        doc = build_doc(f"In {owner} first term he signed the treaty",
                        heads=[5, 3, 3, 0, 5, 5, 7, 5], deps=["prep", dep, "amod", "pobj", "nsubj", "ROOT", "det", "dobj"],
                        pos=["ADP", "PRON" if owner == "his" else "DET", "ADJ", "NOUN", "PRON", "VERB", "DET", "NOUN"],
                        tags=["IN", "PRP$" if owner == "his" else "DT", "JJ", "NN", "PRP", "VBD", "DT", "NN"],
                        lemmas=["in", owner, "first", "term", "he", "sign", "the", "treaty"])
        assert modality_of(doc[5], CUES) == expected, owner


def test_an_act_of_a_ruling_body_that_is_gone_is_historical(build_doc):
    for tag, aux, expected in (("VBD", [], "historical"), ("VBN", ["has"], "asserted")):
        words = ["The", "former", "regime", *aux, "jailed", "dissidents"]
        verb = 3 + len(aux)
        doc = build_doc(" ".join(words), heads=[2, 2, verb, *([verb] * len(aux)), verb, verb],
                        deps=["det", "amod", "nsubj", *(["aux"] * len(aux)), "ROOT", "dobj"],
                        pos=["DET", "ADJ", "NOUN", *(["AUX"] * len(aux)), "VERB", "NOUN"],
                        tags=["DT", "JJ", "NN", *(["VBZ"] * len(aux)), tag, "NNS"],
                        lemmas=["the", "former", "regime", *(["have"] * len(aux)), "jail", "dissident"])
        assert modality_of(doc[verb], CUES) == expected, doc.text


def test_an_act_named_years_after_or_at_an_anniversary_is_historical(build_doc):
    doc = build_doc("Thirty years after the massacre , relatives marched",
                    heads=[1, 2, 7, 4, 2, 7, 7, 7], deps=["nummod", "npadvmod", "prep", "det", "pobj", "punct", "nsubj",
                                                          "ROOT"],
                    pos=["NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB"],
                    tags=["CD", "NNS", "IN", "DT", "NN", ",", "NNS", "VBD"],
                    lemmas=["thirty", "year", "after", "the", "massacre", ",", "relative", "march"])
    assert modality_of(doc[4], CUES) == "historical"
    assert modality_of(doc[7], CUES) == "asserted"  # the march is today's
    doc = build_doc("They marked the anniversary of the invasion",
                    heads=[1, 1, 3, 1, 3, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["PRP", "VBD", "DT", "NN", "IN", "DT", "NN"],
                    lemmas=["they", "mark", "the", "anniversary", "of", "the", "invasion"])
    assert modality_of(doc[6], CUES) == "historical"


def test_the_main_clause_of_a_condition_is_hypothetical(build_doc):
    for mark, expected in (("If", "hypothetical"), ("Unless", "future")):  # "unless" marks a threat instead
        doc = build_doc(f"{mark} talks fail , the union will strike",
                        heads=[2, 2, 7, 7, 5, 7, 7, 7],
                        deps=["mark", "nsubj", "advcl", "punct", "det", "nsubj", "aux", "ROOT"],
                        pos=["SCONJ", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB"],
                        tags=["IN", "NNS", "VBP", ",", "DT", "NN", "MD", "VB"])
        assert modality_of(doc[7], CUES) == expected, mark


def test_a_yes_no_question_asks_and_does_not_tell(build_doc):
    question = build_doc("Will the army withdraw ?", heads=[3, 2, 3, 3, 3], deps=["aux", "det", "nsubj", "ROOT", "punct"],
                         pos=["AUX", "DET", "NOUN", "VERB", "PUNCT"], tags=["MD", "DT", "NN", "VB", "."])
    assert modality_of(question[3], CUES) == "hypothetical"
    statement = build_doc("The army will withdraw .", heads=[1, 3, 3, 3, 3], deps=["det", "nsubj", "aux", "ROOT", "punct"],
                          pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"], tags=["DT", "NN", "MD", "VB", "."])
    assert modality_of(statement[3], CUES) == "future"


def test_a_risked_act_may_come_but_a_risked_life_was_staked(build_doc):
    doc = build_doc("Police risk attacking protesters", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "xcomp", "dobj"],
                    pos=["NOUN", "VERB", "VERB", "NOUN"], tags=["NNS", "VBP", "VBG", "NNS"],
                    lemmas=["police", "risk", "attack", "protester"])
    assert modality_of(doc[2], CUES) == "hypothetical"
    doc = build_doc("He risked his life spying", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "poss", "dobj", "advcl"],
                    pos=["PRON", "VERB", "PRON", "NOUN", "VERB"], tags=["PRP", "VBD", "PRP$", "NN", "VBG"],
                    lemmas=["he", "risk", "his", "life", "spy"])
    assert modality_of(doc[4], CUES) == "asserted"


def test_a_present_perfect_takes_no_past_date(build_doc):
    doc = build_doc("He has teamed up with Ann", heads=[2, 2, 2, 2, 2, 4], deps=["nsubj", "aux", "ROOT", "prt", "prep",
                                                                                "pobj"],
                    pos=["PRON", "AUX", "VERB", "ADP", "ADP", "PROPN"], tags=["PRP", "VBZ", "VBN", "RP", "IN", "NNP"],
                    lemmas=["he", "have", "team", "up", "with", "ann"])
    assert told_in_present_perfect(doc[2])
    doc = build_doc("He had teamed up with Ann", heads=[2, 2, 2, 2, 2, 4], deps=["nsubj", "aux", "ROOT", "prt", "prep",
                                                                                "pobj"],
                    pos=["PRON", "AUX", "VERB", "ADP", "ADP", "PROPN"], tags=["PRP", "VBD", "VBN", "RP", "IN", "NNP"],
                    lemmas=["he", "have", "team", "up", "with", "ann"])
    assert not told_in_present_perfect(doc[2])


def test_a_negated_habit_of_a_kind_is_no_event(build_doc):
    from newsevents.components.events import _generic

    for subject, tag, expected in (("Armies", "VBP", True), ("Armies", "VBD", False)):
        doc = build_doc(f"{subject} never retreat", heads=[2, 2, 2], deps=["nsubj", "neg", "ROOT"],
                        pos=["NOUN", "ADV", "VERB"], tags=["NNS", "RB", tag], lemmas=["army", "never", "retreat"])
        assert _generic(doc[2], [doc[0]], CUES) is expected, tag


# end to end: the date of a time told before, and a question, through the pipeline

def test_at_the_time_takes_the_date_the_previous_sentence_told(events_of):
    events = events_of("In 1998 the Bolivian army seized the town of Oruro. At the time, Bolivian troops fired on "
                       "the crowd.")
    fired = [e for e in events if e.trigger.text == "fired"]
    assert fired and fired[0].modality == "historical"
    events = events_of("Bolivian troops seized the town of Oruro on Monday. At the time, Bolivian troops fired on "
                       "the crowd.")
    fired = [e for e in events if e.trigger.text == "fired"]
    assert fired and fired[0].modality == "asserted"


def test_a_denied_report_codes_the_denial_and_no_asserted_act(events_of):
    events = events_of("The Bolivian government dismissed suggestions that its troops had attacked the town of Oruro.")
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert attacks and all(e.modality == "negated" for e in attacks)


def test_a_participle_describing_a_report_is_no_content_of_it(build_doc):
    # "accusations of bias, claims denied by Labour": the denial is an act, not something alleged
    doc = build_doc("claims denied by Labour", heads=[0, 0, 1, 2], deps=["ROOT", "acl", "agent", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "PROPN"], tags=["NNS", "VBN", "IN", "NNP"],
                    lemmas=["claim", "deny", "by", "labour"])
    assert modality_of(doc[1], CUES) == "asserted"


def test_a_concession_or_a_condition_on_a_simple_past_leaves_the_act_told(build_doc):
    def main_clause(first: str, second: str, verb: str, tag: str):
        words = ([first] if first else []) + [second, "Peru", "refuses", ",", "Bolivia", verb, "sanctions"]
        k = len(words) - 8
        heads = ([3 + k] if first else []) + [3 + k, 3 + k, 6 + k, 6 + k, 6 + k, 6 + k, 6 + k]
        deps = (["advmod"] if first else []) + ["mark", "nsubj", "advcl", "punct", "nsubj", "ROOT", "dobj"]
        pos = (["ADV"] if first else []) + ["SCONJ", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN"]
        tags = (["RB"] if first else []) + ["IN", "NNP", "VBZ", ",", "NNP", tag, "NNS"]
        doc = build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags)
        return modality_of(doc[6 + k], CUES)

    assert main_clause("", "if", "imposes", "VBZ") == "hypothetical"
    assert main_clause("even", "if", "imposes", "VBZ") == "asserted"  # "even if": it holds anyway
    assert main_clause("", "if", "imposed", "VBD") == "asserted"  # an open condition on a past act


def test_a_purpose_marked_so_as_is_not_an_act_done(build_doc):
    doc = build_doc("Troops crossed the border so as to attack rebels",
                    heads=[1, 1, 3, 1, 7, 7, 7, 1, 7],
                    deps=["nsubj", "ROOT", "det", "dobj", "mark", "mark", "aux", "advcl", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "SCONJ", "SCONJ", "PART", "VERB", "NOUN"],
                    tags=["NNS", "VBD", "DT", "NN", "IN", "IN", "TO", "VB", "NNS"],
                    lemmas=["troop", "cross", "the", "border", "so", "as", "to", "attack", "rebel"])
    assert modality_of(doc[7], CUES) == "hypothetical"
    assert modality_of(doc[1], CUES) == "asserted"


def test_a_past_perfect_after_a_sentence_dated_long_before_is_historical(events_of):
    text = "In 1998 the Bolivian army seized the town of Oruro. Bolivian troops had fired on the crowd."
    fired = [e for e in events_of(text) if e.trigger.text == "fired"]
    assert fired and fired[0].modality == "historical"
    text = "On Monday the Bolivian army seized the town of Oruro. Bolivian troops had fired on the crowd."
    fired = [e for e in events_of(text) if e.trigger.text == "fired"]
    assert fired and fired[0].modality == "asserted"


def test_the_terms_of_a_deal_are_no_period(build_doc):
    # "Under the terms of the deal, the firm paid the state": the payment is today's news
    doc = build_doc("Under the terms of the deal , the firm paid the state",
                    heads=[9, 2, 0, 2, 5, 3, 9, 8, 9, 9, 11, 9],
                    deps=["prep", "det", "pobj", "prep", "det", "pobj", "punct", "det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN"],
                    tags=["IN", "DT", "NNS", "IN", "DT", "NN", ",", "DT", "NN", "VBD", "DT", "NN"],
                    lemmas=["under", "the", "term", "of", "the", "deal", ",", "the", "firm", "pay", "the", "state"])
    assert modality_of(doc[9], CUES) == "asserted"
    during = build_doc("During his term the firm paid the state", heads=[5, 2, 0, 4, 5, 5, 7, 5],
                       deps=["prep", "poss", "pobj", "det", "nsubj", "ROOT", "det", "dobj"],
                       pos=["ADP", "PRON", "NOUN", "DET", "NOUN", "VERB", "DET", "NOUN"],
                       tags=["IN", "PRP$", "NN", "DT", "NN", "VBD", "DT", "NN"],
                       lemmas=["during", "his", "term", "the", "firm", "pay", "the", "state"])
    assert modality_of(during[5], CUES) == "historical"
