"""An idiom's object the parser hangs elsewhere (issue 14, session 29, branch qe33; news-dev50's class table):
"struck populist notes similar to those her rival had sounded" -- the parser makes "notes" the subject of the
clause that follows -- is still the stop row ``strike obj:note`` (the idiom "strike a note"), no PROTEST.
Sentences written for these tests, parses written out."""

from __future__ import annotations

from event_rows import lexicon_event as _event
from newsevents.eventcoding.lexicon import misparsed_objects

_WORDS = "Ann also struck populist notes similar to those Bob had sounded"
_HEADS = [2, 2, 2, 4, 10, 4, 5, 8, 6, 10, 2]
_DEPS = ["nsubj", "advmod", "ROOT", "amod", "nsubj", "amod", "prep", "det", "pobj", "aux", "ccomp"]
_POS = ["PROPN", "ADV", "VERB", "ADJ", "NOUN", "ADJ", "ADP", "DET", "PROPN", "AUX", "VERB"]
_LEMMAS = ["Ann", "also", "strike", "populist", "note", "similar", "to", "those", "Bob", "have", "sound"]


def test_a_figurative_object_parsed_as_the_next_clauses_subject_keeps_the_idiom(build_doc) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=_LEMMAS)
    assert [t.text for t in misparsed_objects(doc[2])] == ["notes"]
    assert _event(doc[2]) == "-"


def test_a_clause_opened_by_a_mark_holds_no_object(build_doc) -> None:
    # "Ann also struck because notes had sounded": the subject of a marked clause is not the verb's object
    words = "Ann also struck because notes had sounded"
    doc = build_doc(words, heads=[2, 2, 2, 6, 6, 6, 2], deps=["nsubj", "advmod", "ROOT", "mark", "nsubj", "aux", "ccomp"],
                    pos=["PROPN", "ADV", "VERB", "SCONJ", "NOUN", "AUX", "VERB"],
                    lemmas=["Ann", "also", "strike", "because", "note", "have", "sound"])
    assert misparsed_objects(doc[2]) == []
    assert _event(doc[2]) == "PROTEST"


def test_a_name_after_the_verb_is_no_misparsed_object(build_doc) -> None:
    # "Ann said Bob had left": a name as the clause's subject stays the clause's
    doc = build_doc("Ann said Bob had left", heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                    pos=["PROPN", "VERB", "PROPN", "AUX", "VERB"], lemmas=["Ann", "say", "Bob", "have", "leave"])
    assert misparsed_objects(doc[1]) == []
