"""More quote layouts: a gerund cue after a preposition, the subject of the second of two joined
clauses, an object that is really a clause's subject, a clause run in before the attribution, and
a quotation left open at the end of the article.

Every sentence is written for these tests; the rule tests use hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import _subject_read_as_object, find_quote_spans, find_subject


def inner_texts(text: str) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text)]


# ----------------------------------------------------------------------------- gerund after a preposition


def test_a_gerund_after_a_preposition_in_a_relative_clause_is_said_by_the_noun_described(build_doc) -> None:
    doc = build_doc(
        "The singer , who caused a row for saying he never votes , left .",
        heads=[1, 13, 1, 4, 1, 6, 4, 4, 7, 11, 11, 8, 1, 13, 13],
        deps=["det", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "prep", "pcomp", "nsubj", "neg",
              "ccomp", "punct", "ROOT", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "ADP", "VERB", "PRON", "PART", "VERB",
             "PUNCT", "VERB", "PUNCT"],
        tags=["DT", "NN", ",", "WP", "VBD", "DT", "NN", "IN", "VBG", "PRP", "RB", "VBZ", ",", "VBD", "."],
    )
    assert find_subject(doc[8], frozenset()).text == "singer"


def test_a_gerund_after_a_preposition_is_said_by_the_person_the_verb_is_done_to(build_doc) -> None:
    doc = build_doc(
        "Fans criticised Ann for saying she quit .",
        heads=[1, 1, 1, 1, 3, 6, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "nsubj", "ccomp", "punct"],
        pos=["NOUN", "VERB", "PROPN", "ADP", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "IN", "VBG", "PRP", "VBD", "."],
        ents=["O", "O", "B-PERSON", "O", "O", "O", "O", "O"],
    )
    assert find_subject(doc[4], frozenset()).text == "Ann"


# ----------------------------------------------------------------------------- two joined clauses


def test_the_second_of_two_joined_clauses_has_the_subject_after_the_coordinator(build_doc) -> None:
    # the parser joined "analysts" to the object "problems" and "warn" to "has"
    doc = build_doc(
        "The market has problems and analysts warn that prices could fall .",
        heads=[1, 2, 2, 2, 3, 3, 2, 10, 10, 10, 6, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "cc", "conj", "conj", "mark", "nsubj", "aux", "ccomp", "punct"],
        pos=["DET", "NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBZ", "NNS", "CC", "NNS", "VBP", "IN", "NNS", "MD", "VB", "."],
    )
    assert find_subject(doc[6], frozenset()).text == "analysts"


def test_a_verb_right_after_the_coordinator_shares_the_first_subject(build_doc) -> None:
    doc = build_doc(
        "Tom Reed arrived and told reporters that prices could fall .",
        heads=[1, 2, 2, 2, 2, 4, 9, 9, 9, 4, 2],
        deps=["compound", "nsubj", "ROOT", "cc", "conj", "dobj", "mark", "nsubj", "aux", "ccomp", "punct"],
        pos=["PROPN", "PROPN", "VERB", "CCONJ", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "CC", "VBD", "NNS", "IN", "NNS", "MD", "VB", "."],
    )
    assert find_subject(doc[4], frozenset({"tell"})).text == "Reed"


# ----------------------------------------------------------------------------- a clause broken up by the parser


def test_a_finite_verb_hung_on_a_noun_makes_the_object_a_clause_subject(build_doc) -> None:
    # "made" is tagged a finite past tense but hung on "money" as a modifier
    doc = build_doc(
        "Ann Lee maintained the film only made money when it won .",
        heads=[1, 2, 2, 4, 2, 6, 7, 2, 10, 10, 2, 2],
        deps=["compound", "nsubj", "ROOT", "det", "dobj", "advmod", "amod", "dobj", "advmod", "nsubj", "advcl",
              "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADV", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "NN", "RB", "VBD", "NN", "WRB", "PRP", "VBD", "."],
    )
    assert _subject_read_as_object(doc[2]).text == "film"


def test_a_participle_on_the_object_is_no_clause(build_doc) -> None:
    doc = build_doc(
        "She denied the widely reported claims .",
        heads=[1, 1, 5, 4, 5, 1, 1],
        deps=["nsubj", "ROOT", "det", "advmod", "amod", "dobj", "punct"],
        pos=["PRON", "VERB", "DET", "ADV", "VERB", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "RB", "VBN", "NNS", "."],
    )
    assert _subject_read_as_object(doc[1]) is None


# ----------------------------------------------------------------------------- the end of the article


def test_a_quotation_left_open_at_the_end_of_the_text_runs_to_the_end() -> None:
    text = "'Win? Maybe not,' Ann Lee said. 'I think we were safe in second but you have to gamble."
    assert inner_texts(text) == ["Win? Maybe not,", "I think we were safe in second but you have to gamble."]


def test_an_unclosed_single_mark_before_the_last_paragraph_is_an_apostrophe() -> None:
    # not the last paragraph, and a mark inside a sentence: no quotation
    assert inner_texts("Ann Lee said. 'I think we were safe.\nThen she left.") == []
    assert inner_texts("The boys' bikes were found near the lake.") == []


def test_continued_and_unclosed_quotations_keep_their_speaker(extract) -> None:
    record = extract(
        "'Win? Maybe not,' Ann Lee said. 'I think we were safe in second but you have to gamble."
    )
    found = [(q.speaker.text if q.speaker else None, q.content.text) for q in record.quotes]
    # (one quote of both parts since session 15: the second goes on after the attribution sentence)
    assert ("Ann Lee", "Win? Maybe not,' Ann Lee said. 'I think we were safe in second but you have to gamble") in found


def test_a_sentence_run_in_before_the_attribution_is_not_what_was_said(extract) -> None:
    record = extract(
        "Ann Lee won the race at the Monza circuit team boss Tom Reed said her drive was one of "
        "the best he has seen"
    )
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["her drive was one of the best he has seen"]


# ----------------------------------------------------------------------------- posts one after another


def test_a_post_after_another_post_runs_back_to_its_signature(extract) -> None:
    record = extract(
        "Fans celebrated all night. What a game. -- Ann Lee (@annlee) November 3, 2016 Knew it would "
        "feel great. Did not think I would cry. What a ride. -- Tom Reed (@tomreed) November 3, 2016 "
        "The parade is on Friday."
    )
    posts = {q.speaker.text: q.content.text for q in record.quotes if q.speaker is not None}
    # the first post has no signature before it: its last sentence only, never the article's prose
    assert posts == {"Ann Lee": "What a game",
                     "Tom Reed": "Knew it would feel great. Did not think I would cry. What a ride"}
