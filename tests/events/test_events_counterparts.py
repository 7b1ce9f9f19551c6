"""Acts with no other party, commands, spans of time, a headline's plurals, a reproach for a
conduct (events41, issue 14, session 37: news-dev73..76's spurious events). Every sentence is our own; the rules are
checked on hand-built parses, the pipeline on sentences beside the acts that must stay.
"""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.counterparts import (
    imperative_addressed,
    no_one_acted_on,
)
from newsevents.eventcoding.lexicon import TriggerFacts, _lemma, singular, time_span_ends
from newsevents.eventcoding.speech_force import faulted_for_conduct

PUBLISHED = "2023-05-02"


def _apologized(build_doc, word: str, lemma: str, det_no: bool = False):
    # "the mayor apologized to <word> on Friday" / "... to no one ..."
    rows = [("the", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
            ("apologized", "apologize", "VERB", "VBD", "ROOT", 2), ("to", "to", "ADP", "IN", "prep", 2)]
    if det_no:
        rows += [("no", "no", "DET", "DT", "det", 5), (word, lemma, "NOUN", "NN", "pobj", 3)]
    else:
        rows += [(word, lemma, "PRON", "NN", "pobj", 3)]
    n = len(rows)
    rows += [("on", "on", "ADP", "IN", "prep", 2), ("Friday", "Friday", "PROPN", "NNP", "pobj", n)]
    return rows_doc(build_doc, rows)


def test_a_negative_quantifier_as_the_only_party_denies_the_act(build_doc, cues) -> None:
    doc = _apologized(build_doc, "nobody", "nobody")
    assert no_one_acted_on(doc[2], {"to"}, [doc[4]], cues)
    doc = _apologized(build_doc, "one", "one", det_no=True)
    assert no_one_acted_on(doc[2], {"to"}, [doc[5]], cues)
    assert no_one_acted_on(doc[2], {"to"}, [], cues)


def test_a_party_named_beside_or_instead_stays(build_doc, cues) -> None:
    doc = _apologized(build_doc, "voters", "voter")
    assert not no_one_acted_on(doc[2], {"to"}, [doc[4]], cues)
    doc = _apologized(build_doc, "nobody", "nobody")
    assert not no_one_acted_on(doc[2], {"to"}, [doc[4], doc[1]], cues)  # someone else acted on too
    assert not no_one_acted_on(doc[2], {"with"}, [], cues)  # not the row's recipient preposition


def _command(build_doc, comma: bool = True, tag: str = "VB", bang: bool = True):
    # 'she said: "Mr. Vance, open the gates!"' (the vocative and the verb only)
    rows = [("Mr.", "Mr.", "PROPN", "NNP", "compound", 1), ("Vance", "Vance", "PROPN", "NNP", "nsubj", 3 if comma else 2)]
    if comma:
        rows.append((",", ",", "PUNCT", ",", "punct", 3))
    v = len(rows)
    rows += [("open", "open", "VERB", tag, "ROOT", v), ("the", "the", "DET", "DT", "det", v + 2),
             ("gates", "gate", "NOUN", "NNS", "dobj", v), ("!" if bang else ".", "!", "PUNCT", ".", "punct", v)]
    return rows_doc(build_doc, rows), v


def test_a_command_to_the_one_addressed_is_no_act(build_doc) -> None:
    doc, v = _command(build_doc)
    assert imperative_addressed(doc[v])


def test_a_subject_with_no_comma_or_a_past_verb_tells_the_act(build_doc) -> None:
    doc, v = _command(build_doc, comma=False, tag="VBP", bang=False)  # "Mr. Vance open(s) the gates."
    assert not imperative_addressed(doc[v])
    doc, v = _command(build_doc, tag="VBD")  # "Mr. Vance, opened the gates!"
    assert not imperative_addressed(doc[v])


def test_a_bare_command_ending_in_a_bang(build_doc) -> None:
    doc = rows_doc(build_doc, [("close", "close", "VERB", "VB", "ROOT", 0), ("the", "the", "DET", "DT", "det", 2),
                               ("border", "border", "NOUN", "NN", "dobj", 0), ("!", "!", "PUNCT", ".", "punct", 0)])
    assert imperative_addressed(doc[0])
    doc = rows_doc(build_doc, [("close", "close", "VERB", "VB", "ROOT", 0), ("the", "the", "DET", "DT", "det", 2),
                               ("border", "border", "NOUN", "NN", "dobj", 0), (".", ".", "PUNCT", ".", "punct", 0)])
    assert not imperative_addressed(doc[0])


def _served(build_doc, first: str, second: str, ents: list[str]):
    # "she led the agency from <first> to <second>"
    words = ["she", "led", "the", "agency", "from", first, "to", second]
    return build_doc(" ".join(words), heads=[1, 1, 3, 1, 1, 4, 1, 6],
                     deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                     pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "ADP", "NUM"],
                     tags=["PRP", "VBD", "DT", "NN", "IN", "CD", "IN", "CD"],
                     lemmas=["she", "lead", "the", "agency", "from", first, "to", second], ents=ents)


def test_a_span_of_years_is_no_preposition_of_the_pattern(build_doc) -> None:
    doc = _served(build_doc, "1998", "2004", ["O"] * 5 + ["B-DATE", "O", "B-DATE"])
    assert time_span_ends(doc[1]) == {6}
    assert "to" not in TriggerFacts(doc[1]).preps
    # no dated "from": the "to" stays ("moved the talks to 2004" has no span)
    doc = _served(build_doc, "Ohio", "Texas", ["O"] * 5 + ["B-GPE", "O", "B-GPE"])
    assert time_span_ends(doc[1]) == set()
    assert "to" in TriggerFacts(doc[1]).preps


def test_a_headline_plural_takes_its_common_lemma(build_doc) -> None:
    assert singular("refugees") == "refugee" and singular("policies") == "policy" and singular("taxes") == "tax"
    assert singular("press") == "press" and singular("status") == "status"
    doc = build_doc("Town Will Welcome Migrants", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["PROPN", "AUX", "VERB", "PROPN"], tags=["NNP", "MD", "VB", "NNPS"],
                    lemmas=["Town", "will", "welcome", "Migrants"])
    assert _lemma(doc[3]) == "migrant"
    # a named people keeps its lemma
    doc = build_doc("Town Will Welcome Migrants", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["PROPN", "AUX", "VERB", "PROPN"], tags=["NNP", "MD", "VB", "NNPS"],
                    lemmas=["Town", "will", "welcome", "Migrants"], ents=["O", "O", "O", "B-NORP"])
    assert _lemma(doc[3]) == "migrants"


def test_a_force_word_for_a_conduct_is_a_reproach(build_doc) -> None:
    # "the senator hit the mayor for cutting the budget" / "... hit the mayor with a chair"
    rows = [("the", "the", "DET", "DT", "det", 1), ("senator", "senator", "NOUN", "NN", "nsubj", 2),
            ("hit", "hit", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            ("mayor", "mayor", "NOUN", "NN", "dobj", 2)]
    doc = rows_doc(build_doc, rows + [("for", "for", "ADP", "IN", "prep", 2), ("cutting", "cut", "VERB", "VBG", "pcomp", 5),
                                      ("the", "the", "DET", "DT", "det", 8), ("budget", "budget", "NOUN", "NN", "dobj", 6)])
    assert faulted_for_conduct(doc[2])
    doc = rows_doc(build_doc, rows + [("with", "with", "ADP", "IN", "prep", 2), ("a", "a", "DET", "DT", "det", 7),
                                      ("chair", "chair", "NOUN", "NN", "pobj", 5)])
    assert not faulted_for_conduct(doc[2])
    doc = rows_doc(build_doc, rows + [("for", "for", "ADP", "IN", "prep", 2), ("hours", "hour", "NOUN", "NNS", "pobj", 5)])
    assert not faulted_for_conduct(doc[2])


def test_pipeline_acts_without_another_party(events_of) -> None:
    assert not events_of('"I apologize to nobody for my vote," the governor of Maine said on Friday.')
    assert not [e for e in events_of('In 1961 she told the premier: "Mr. Vance, open the gates!"') if e.event == "ASSAULT"]
    assert not events_of("Ann Lee headed the Department of Labor from 1998 to 2004, the agency said.")


def test_pipeline_acts_that_stay(events_of) -> None:
    assert [e for e in events_of("The governor of Maine apologized to the families of the miners on Friday.")
            if e.event == "CONCEDE"]
    assert [e for e in events_of("Acme Corp, a Leeds firm, was fined. It has apologised to its customers.")
            if e.event == "CONCEDE"]
    assert [e for e in events_of("Governor Ann Lee defended the mayor of Portland against the charges.")
            if e.event == "SUPPORT"]
    assert [e for e in events_of("The Senate refused to ratify the treaty with Canada on Friday.") if e.event == "REJECT"]
    assert [e for e in events_of("Senator Ann Lee has hit Governor Tom Reed for cutting the school budget.")
            if e.event == "ACCUSE"]
