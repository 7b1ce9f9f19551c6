"""Noun-phrase contents of speech: a verb of saying whose object is what was said
(``denied the allegations``, ``called the move a mistake``, ``blamed the council for the delays``).

Every sentence is written for these tests; the rule tests use hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import _object_content, load_cue_lexicon, read_cue_rows
from newsevents.docquery import doc_text


def content_text(doc, verb: int, subject: int | None, needs_complement: bool = False) -> str | None:
    span = _object_content(doc, doc[verb], doc[subject] if subject is not None else None, needs_complement)
    return None if span is None else doc_text(doc)[span[0] : span[1]]


# ----------------------------------------------------------------------------- the rule


def test_the_object_of_a_verb_of_saying_is_what_was_said_without_the_time(build_doc) -> None:
    doc = build_doc(
        "The bakery denied the rumours on Tuesday .",
        heads=[1, 2, 2, 4, 2, 2, 5, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert content_text(doc, 2, 1) == "the rumours"


def test_a_phrase_naming_a_statement_on_the_object_is_where_it_was_said(build_doc) -> None:
    # the parser hung "in an interview" on the object; an interview is a cue noun, not the content
    doc = build_doc(
        "The coach admitted the mistake in an interview .",
        heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    )
    span = _object_content(doc, doc[2], doc[1], needs_complement=False, media={"interview"})
    assert span is not None and doc_text(doc)[span[0] : span[1]] == "the mistake"
    # without the cue nouns the phrase stays (a phrase of the object: "the mistake in the final")
    assert content_text(doc, 2, 1) == "the mistake in an interview"


def test_an_object_complement_and_an_as_phrase_complete_what_was_said(build_doc) -> None:
    called = build_doc(
        "The pilot called the landing a miracle .",
        heads=[1, 2, 2, 4, 2, 6, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "det", "oprd", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
    )
    assert content_text(called, 2, 1, needs_complement=True) == "the landing a miracle"
    described = build_doc(
        "Ann described the road as a death trap .",
        heads=[1, 1, 3, 1, 1, 7, 7, 4, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
    )
    assert content_text(described, 1, 0, needs_complement=True) == "the road as a death trap"


def test_a_second_noun_object_is_the_complement_of_the_first(build_doc) -> None:
    doc = build_doc(
        "She branded the referee a cheat .",
        heads=[1, 1, 3, 1, 5, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "det", "dobj", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
    )
    assert content_text(doc, 1, 0, needs_complement=True) == "the referee a cheat"


def test_the_reason_of_blame_is_part_of_what_was_said(build_doc) -> None:
    doc = build_doc(
        "Farmers blamed the drought for the poor harvest .",
        heads=[1, 1, 3, 1, 1, 7, 7, 4, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
    )
    assert content_text(doc, 1, 0) == "the drought for the poor harvest"


def test_a_verb_of_naming_without_a_complement_reports_nothing(build_doc) -> None:
    # "called a strike": calling as convening, no words reported
    doc = build_doc(
        "The union called a strike .",
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert content_text(doc, 2, 1, needs_complement=True) is None
    # a "for" phrase is a reason or a time, never the name given: "called a strike for Friday"
    timed = build_doc(
        "The union called a strike for Friday .",
        heads=[1, 2, 2, 4, 2, 2, 5, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert content_text(timed, 2, 1, needs_complement=True) is None


def test_a_refused_thing_and_a_missing_object_are_no_content(build_doc) -> None:
    # "was denied a visa": the passive subject receives (or is refused) a thing; nothing is said
    passive = build_doc(
        "The singer was denied a visa .",
        heads=[1, 3, 3, 3, 5, 3, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "det", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert content_text(passive, 3, None) is None
    # "denied the singer a visa": the same with a recipient
    dative = build_doc(
        "Officials denied the singer a visa .",
        heads=[1, 1, 3, 1, 5, 1, 1],
        deps=["nsubj", "ROOT", "det", "dative", "det", "dobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
    )
    assert content_text(dative, 1, 0) is None
    # "announced on Friday": no object, no content
    bare = build_doc(
        "The museum announced on Friday .",
        heads=[1, 2, 2, 2, 3, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert content_text(bare, 2, 1) is None
    # "confirmed dead": an adjective complement, no noun object
    dead = build_doc(
        "Rescuers confirmed three dead .",
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "oprd", "punct"],
        pos=["NOUN", "VERB", "NUM", "ADJ", "PUNCT"],
    )
    assert content_text(dead, 1, 0) is None


# ----------------------------------------------------------------------------- the lexicon


def test_the_lexicon_says_which_verbs_take_a_noun_phrase_content() -> None:
    lexicon = load_cue_lexicon()
    assert {"deny", "confirm", "announce", "point out", "blame", "praise"} <= lexicon.object_content
    assert {"call", "describe"} <= lexicon.complement_content
    assert "interview" in lexicon.speech_nouns and "study" not in lexicon.speech_nouns  # a study finds
    # verbs whose object is the person addressed are never listed: "told reporters", "questioned
    # the suspect" say nothing
    assert not ({"tell", "warn", "urge", "ask", "question"} & (lexicon.object_content | lexicon.complement_content))
    assert lexicon.verbs["blame"].speech  # "blame" is a cue of its own
    rows = read_cue_rows(["lemma\tpos\tkind\tspeech\tinfinitive", "hail\tVERB\tobject_content\tno\tno"])
    assert rows.object_content == {"hail"} and "hail" not in rows.verbs  # a row of this kind is no cue


# ----------------------------------------------------------------------------- the pipeline


def test_noun_phrase_contents_in_an_article(extract) -> None:
    record = extract(
        "The mayor described the new bridge as a triumph. The harbour authority denied the reports "
        "on Monday. Two divers were confirmed dead."
    )
    found = {(q.speaker.text if q.speaker else None, q.content.text, q.kind) for q in record.quotes}
    assert ("The mayor", "the new bridge as a triumph", "indirect") in found
    assert ("The harbour authority", "the reports", "indirect") in found
    assert len(record.quotes) == 2  # "were confirmed dead" reports nothing
