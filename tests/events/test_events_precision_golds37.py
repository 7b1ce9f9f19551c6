"""Rules of branch events37 (session 33, issue 14; docs/notes/event-precision-golds.md: the regression golds'
output events no gold accepts, sorted by cause). Each on a hand-built Doc of a sentence of our own (no sentence
or name of an eval text): a trigger's sense decided by its arguments (stop rows of event_lexicon.tsv), an
investigation named as background, an attack whose content is a that-clause, a poll's share split."""

from __future__ import annotations

from event_rows import event_of as _event
from event_rows import rows_doc as _doc
from newsevents.actors import actor_dictionary
from newsevents.eventcoding import background_nouns, speech_force, standings

ACTORS = actor_dictionary()




# --- another sense of the trigger, decided by its arguments -------------------------------------------

def test_a_great_deal_of_is_a_quantity(build_doc, match) -> None:
    # "she felt a great deal of relief" / "they signed a deal with the union"
    doc = _doc(build_doc, [("she", "she", "PRON", "PRP", "nsubj", 1), ("felt", "feel", "VERB", "VBD", "ROOT", 1),
                           ("a", "a", "DET", "DT", "det", 4), ("great", "great", "ADJ", "JJ", "amod", 4),
                           ("deal", "deal", "NOUN", "NN", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 4),
                           ("relief", "relief", "NOUN", "NN", "pobj", 5)])
    assert _event(match, doc[4]) is None
    doc = _doc(build_doc, [("they", "they", "PRON", "PRP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
                           ("a", "a", "DET", "DT", "det", 3), ("deal", "deal", "NOUN", "NN", "dobj", 1),
                           ("with", "with", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                           ("union", "union", "NOUN", "NN", "pobj", 4)])
    assert _event(match, doc[3]) == "AGREE"


def _thank(build_doc, subject: bool):
    # "Thank you very much" / "the mayor thanked you"
    if subject:
        return _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
                                ("thanked", "thank", "VERB", "VBD", "ROOT", 2), ("you", "you", "PRON", "PRP", "dobj", 2)]), 2
    return _doc(build_doc, [("Thank", "thank", "VERB", "VBP", "ROOT", 0), ("you", "you", "PRON", "PRP", "dobj", 0),
                            ("very", "very", "ADV", "RB", "advmod", 3), ("much", "much", "ADV", "RB", "advmod", 0)]), 0


def test_thank_you_with_no_subject_is_a_courtesy_formula(build_doc, match) -> None:
    # the stop row holds (the event stage may take "you" for a party: the listener named in the story)
    doc, verb = _thank(build_doc, subject=False)
    found = match(doc[verb])
    assert found is not None and found[0].event == "-"
    doc, verb = _thank(build_doc, subject=True)
    found = match(doc[verb])
    assert found is None or found[0].event != "-"


def test_a_bare_i_promise_is_no_pledge(build_doc, match) -> None:
    doc = _doc(build_doc, [("I", "I", "PRON", "PRP", "nsubj", 1), ("promise", "promise", "VERB", "VBP", "ROOT", 1)])
    assert _event(match, doc[1]) is None
    # "I promise to cut taxes": something promised stays a pledge
    doc = _doc(build_doc, [("I", "I", "PRON", "PRP", "nsubj", 1), ("promise", "promise", "VERB", "VBP", "ROOT", 1),
                           ("to", "to", "PART", "TO", "aux", 3), ("cut", "cut", "VERB", "VB", "xcomp", 1),
                           ("taxes", "tax", "NOUN", "NNS", "dobj", 3)])
    assert _event(match, doc[1]) == "AGREE"


def _verb_object(build_doc, verb: str, lemma: str, obj: str, obj_lemma: str, prep: tuple[str, str] | None = None):
    # "the senators <verb> the <obj> [<prep> the <pobj>]"
    rows = [("the", "the", "DET", "DT", "det", 1), ("senators", "senator", "NOUN", "NNS", "nsubj", 2),
            (verb, lemma, "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            (obj, obj_lemma, "NOUN", "NN", "dobj", 2)]
    if prep:
        rows += [(prep[0], prep[0], "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 7),
                 (prep[1], prep[1], "NOUN", "NN", "pobj", 5)]
    return _doc(build_doc, rows)


def _to_person(build_doc, verb: str, lemma: str, thing: str | None, prep: str):
    # "the senators <verb> [the <thing>] <prep> Lovell": a named person in the phrase
    rows = [("the", "the", "DET", "DT", "det", 1), ("senators", "senator", "NOUN", "NNS", "nsubj", 2),
            (verb, lemma, "VERB", "VBD", "ROOT", 2)]
    if thing:
        rows += [("the", "the", "DET", "DT", "det", 4), (thing, thing, "NOUN", "NN", "dobj", 2)]
    k = len(rows)
    rows += [(prep, prep, "ADP", "IN", "prep", 2), ("Lovell", "Lovell", "PROPN", "NNP", "pobj", k)]
    return _doc(build_doc, rows)


def test_a_thing_submitted_or_an_honour_conferred_is_no_act_between_parties(build_doc, match) -> None:
    doc = _to_person(build_doc, "submitted", "submit", "recipe", "to")
    assert _event(match, doc[2]) is None
    doc = _to_person(build_doc, "submitted", "submit", None, "to")
    assert _event(match, doc[2]) == "CONCEDE"
    doc = _to_person(build_doc, "conferred", "confer", "degree", "on")
    assert _event(match, doc[2]) is None
    doc = _to_person(build_doc, "conferred", "confer", None, "with")
    assert _event(match, doc[2]) == "CONSULT"


def test_a_question_declined_or_a_figure_withheld_is_no_refusal(build_doc, match) -> None:
    doc = _verb_object(build_doc, "declined", "decline", "question", "question", ("about", "budget"))
    assert _event(match, doc[2]) is None
    doc = _verb_object(build_doc, "declined", "decline", "invitation", "invitation")
    assert _event(match, doc[2]) == "REJECT"
    # "the minister declined to offer an estimate" / "... to offer aid"
    for thing, lemma, expected in (("estimate", "estimate", None), ("aid", "aid", "REJECT")):
        doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("minister", "minister", "NOUN", "NN", "nsubj", 2),
                               ("declined", "decline", "VERB", "VBD", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
                               ("offer", "offer", "VERB", "VB", "xcomp", 2), (thing, lemma, "NOUN", "NN", "dobj", 4)])
        assert _event(match, doc[2]) == expected, thing


def test_a_strategy_or_a_device_deployed_moves_no_forces(build_doc, match) -> None:
    doc = _verb_object(build_doc, "deployed", "deploy", "strategy", "strategy")
    assert _event(match, doc[2]) is None
    doc = _verb_object(build_doc, "deployed", "deploy", "sensor", "sensor")
    assert _event(match, doc[2]) is None
    doc = _verb_object(build_doc, "deployed", "deploy", "troops", "troop", ("to", "border"))
    assert _event(match, doc[2]) == "MOBILIZE"


def test_killing_ones_way_to_is_a_manner_idiom(build_doc, match) -> None:
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("villain", "villain", "NOUN", "NN", "nsubj", 2),
                           ("kills", "kill", "VERB", "VBZ", "ROOT", 2), ("his", "his", "PRON", "PRP$", "poss", 4),
                           ("way", "way", "NOUN", "NN", "dobj", 2), ("to", "to", "ADP", "IN", "prep", 4),
                           ("power", "power", "NOUN", "NN", "pobj", 5)])
    assert _event(match, doc[2]) is None
    doc = _verb_object(build_doc, "killed", "kill", "guard", "guard")
    assert _event(match, doc[2]) == "ASSAULT"


# --- an investigation named as background -------------------------------------------------------------

def test_an_investigation_with_no_target_and_no_opening_verb_is_background(build_doc, cues) -> None:
    # "the remarks came after the end of the agency 's investigation"
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("remarks", "remark", "NOUN", "NNS", "nsubj", 2),
                           ("came", "come", "VERB", "VBD", "ROOT", 2), ("after", "after", "ADP", "IN", "prep", 2),
                           ("the", "the", "DET", "DT", "det", 5), ("end", "end", "NOUN", "NN", "pobj", 3),
                           ("of", "of", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
                           ("agency", "agency", "NOUN", "NN", "poss", 10), ("'s", "'s", "PART", "POS", "case", 8),
                           ("investigation", "investigation", "NOUN", "NN", "pobj", 6)])
    assert background_nouns.inquiry_in_background(doc[10], "ACCUSE", cues)
    # "the ministry launched an investigation": opened, a new act
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
                           ("launched", "launch", "VERB", "VBD", "ROOT", 2), ("an", "an", "DET", "DT", "det", 4),
                           ("investigation", "investigation", "NOUN", "NN", "dobj", 2)])
    assert not background_nouns.inquiry_in_background(doc[4], "ACCUSE", cues)


def test_an_investigation_naming_its_target_stays_even_when_the_phrase_hangs_on_the_verb(build_doc, cues) -> None:
    # "they tried to stall the inquiry into the mayor": "into" on the noun, or misparsed onto "stall"
    for on_verb in (False, True):
        doc = _doc(build_doc, [("they", "they", "PRON", "PRP", "nsubj", 1), ("tried", "try", "VERB", "VBD", "ROOT", 1),
                               ("to", "to", "PART", "TO", "aux", 3), ("stall", "stall", "VERB", "VB", "xcomp", 1),
                               ("the", "the", "DET", "DT", "det", 5), ("inquiry", "inquiry", "NOUN", "NN", "dobj", 3),
                               ("into", "into", "ADP", "IN", "prep", 3 if on_verb else 5),
                               ("the", "the", "DET", "DT", "det", 8), ("mayor", "mayor", "NOUN", "NN", "pobj", 6)])
        assert not background_nouns.inquiry_in_background(doc[5], "ACCUSE", cues), on_verb
    # "they tried to stall the inquiry": nothing investigated named, no verb opening it
    doc = _doc(build_doc, [("they", "they", "PRON", "PRP", "nsubj", 1), ("tried", "try", "VERB", "VBD", "ROOT", 1),
                           ("to", "to", "PART", "TO", "aux", 3), ("stall", "stall", "VERB", "VB", "xcomp", 1),
                           ("the", "the", "DET", "DT", "det", 5), ("inquiry", "inquiry", "NOUN", "NN", "dobj", 3)])
    assert background_nouns.inquiry_in_background(doc[5], "ACCUSE", cues)


def test_an_investigation_by_a_named_body_or_one_helped_along_stays(build_doc, cues) -> None:
    # "officials cited the ongoing investigation by the police" / "the mayor is cooperating with the agency 's inquiry"
    doc = _doc(build_doc, [("officials", "official", "NOUN", "NNS", "nsubj", 1), ("cited", "cite", "VERB", "VBD", "ROOT", 1),
                           ("the", "the", "DET", "DT", "det", 4), ("ongoing", "ongoing", "ADJ", "JJ", "amod", 4),
                           ("investigation", "investigation", "NOUN", "NN", "dobj", 1), ("by", "by", "ADP", "IN", "prep", 4),
                           ("the", "the", "DET", "DT", "det", 7), ("police", "police", "NOUN", "NN", "pobj", 5)])
    assert not background_nouns.inquiry_in_background(doc[4], "ACCUSE", cues)
    doc = _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 3),
                           ("is", "be", "AUX", "VBZ", "aux", 3), ("cooperating", "cooperate", "VERB", "VBG", "ROOT", 3),
                           ("with", "with", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                           ("agency", "agency", "NOUN", "NN", "poss", 8), ("'s", "'s", "PART", "POS", "case", 6),
                           ("inquiry", "inquiry", "NOUN", "NN", "pobj", 4)])
    assert not background_nouns.inquiry_in_background(doc[8], "ACCUSE", cues)


# --- an attack whose content is a that-clause; a poll's share split -------------------------------------

def _attack(build_doc, content: bool):
    if content:
        # "the senator pressed his attack that the governor is unfit"
        return _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("senator", "senator", "NOUN", "NN", "nsubj", 2),
                                ("pressed", "press", "VERB", "VBD", "ROOT", 2), ("his", "his", "PRON", "PRP$", "poss", 4),
                                ("attack", "attack", "NOUN", "NN", "dobj", 2), ("that", "that", "SCONJ", "IN", "mark", 8),
                                ("the", "the", "DET", "DT", "det", 7), ("governor", "governor", "NOUN", "NN", "nsubj", 8),
                                ("is", "be", "AUX", "VBZ", "ccomp", 2), ("unfit", "unfit", "ADJ", "JJ", "acomp", 8)]), 4
    # "the attack that killed nine people was at night": a relative clause
    return _doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "nsubj", 6),
                            ("that", "that", "PRON", "WDT", "nsubj", 3), ("killed", "kill", "VERB", "VBD", "relcl", 1),
                            ("nine", "nine", "NUM", "CD", "nummod", 5), ("people", "people", "NOUN", "NNS", "dobj", 3),
                            ("was", "be", "AUX", "VBD", "ROOT", 6), ("at", "at", "ADP", "IN", "prep", 6),
                            ("night", "night", "NOUN", "NN", "pobj", 7)]), 1


def test_an_attack_with_a_that_clause_of_content_is_told_in_words(build_doc, cues) -> None:
    doc, noun = _attack(build_doc, content=True)
    assert speech_force.content_clause(doc[noun])
    assert speech_force.told_as_said(doc[noun], cues)
    doc, noun = _attack(build_doc, content=False)
    assert not speech_force.content_clause(doc[noun])


def _favored(build_doc, share: bool, appos: bool = False):
    # "teachers favored the mayor , 60 percent to 30 percent" / "teachers favored the mayor on Tuesday"
    rows = [("teachers", "teacher", "NOUN", "NNS", "nsubj", 1), ("favored", "favor", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("mayor", "mayor", "NOUN", "NN", "dobj", 1)]
    if share:
        rows += [(",", ",", "PUNCT", ",", "punct", 1), ("60", "60", "NUM", "CD", "nummod", 6),
                 ("percent", "percent", "NOUN", "NN", "appos" if appos else "npadvmod", 3 if appos else 1),
                 ("to", "to", "ADP", "IN", "prep", 6),
                 ("30", "30", "NUM", "CD", "nummod", 9), ("percent", "percent", "NOUN", "NN", "pobj", 7)]
    else:
        rows += [("on", "on", "ADP", "IN", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "NNP", "pobj", 4)]
    return _doc(build_doc, rows)


def test_backing_split_in_shares_is_a_survey_result(build_doc, cues) -> None:
    assert standings.poll_share(_favored(build_doc, share=True)[1], cues)
    assert standings.poll_share(_favored(build_doc, share=True, appos=True)[1], cues)
    assert not standings.poll_share(_favored(build_doc, share=False)[1], cues)


def _focused(build_doc, modal: bool):
    # "officials should be focused on catching smugglers , trying to help , and ensuring safety"
    # / "officials were focused on ..." (no modal)
    lead = [("officials", "official", "NOUN", "NNS", "nsubjpass", 3)]
    lead += [("should", "should", "AUX", "MD", "aux", 3), ("be", "be", "AUX", "VB", "auxpass", 3)] if modal else [
        ("were", "be", "AUX", "VBD", "auxpass", 3), ("so", "so", "ADV", "RB", "advmod", 3)]
    rows = lead + [("focused", "focus", "VERB", "VBN", "ROOT", 3), ("on", "on", "ADP", "IN", "prep", 3),
                   ("catching", "catch", "VERB", "VBG", "pcomp", 4), ("smugglers", "smuggler", "NOUN", "NNS", "dobj", 5),
                   (",", ",", "PUNCT", ",", "punct", 3), ("trying", "try", "VERB", "VBG", "advcl", 3),
                   ("to", "to", "PART", "TO", "aux", 10), ("help", "help", "VERB", "VB", "xcomp", 8),
                   (",", ",", "PUNCT", ",", "punct", 8), ("and", "and", "CCONJ", "CC", "cc", 8),
                   ("ensuring", "ensure", "VERB", "VBG", "conj", 8), ("safety", "safety", "NOUN", "NN", "dobj", 13)]
    return _doc(build_doc, rows), 13


def test_an_aim_in_a_later_conjunct_under_should_is_a_recommendation(build_doc, cues) -> None:
    doc, verb = _focused(build_doc, modal=True)
    assert standings.aim_recommended(doc[verb], cues)
    doc, verb = _focused(build_doc, modal=False)
    assert not standings.aim_recommended(doc[verb], cues)
