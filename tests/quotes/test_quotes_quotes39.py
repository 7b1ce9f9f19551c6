"""Quotes of branch quotes39 (issue 15): speakers of quotes credited to the wrong person, from the
general wrong-speaker class (docs/notes/residual-misses.md) and news-dev65..67's quote classes.
Sentences written for these tests; rule tests on hand-built Docs."""

from __future__ import annotations

from newsevents.components.quotes import find_subject

PUBLISHED = "2021-06-01"


def _quotes(pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    record = pipeline.extract(text, published=PUBLISHED)
    return [(q.kind, q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
            for q in record.quotes]


# ----------------------------------------------------------------------------- absolute "with" phrase


def _absolute(build_doc, comma: bool):
    # "The hearing ended with Ann Lee [,] asking Tom Reed whether he would resign ."
    words = "The hearing ended with Ann Lee " + (", " if comma else "") + "asking Tom Reed whether he would resign ."
    shift = 1 if comma else 0
    heads = [1, 2, 2, 2, 5, 3] + ([2] if comma else []) + [2, 8 + shift, 6 + shift, 12 + shift, 12 + shift,
                                                             12 + shift, 6 + shift, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "compound", "pobj"] + (["punct"] if comma else []) + [
        "advcl", "compound", "dobj", "mark", "nsubj", "aux", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN"] + (["PUNCT"] if comma else []) + [
        "VERB", "PROPN", "PROPN", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "NNP"] + ([","] if comma else []) + [
        "VBG", "NNP", "NNP", "IN", "PRP", "MD", "VB", "."]
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_the_noun_of_an_absolute_with_phrase_is_the_participles_speaker(build_doc) -> None:
    doc = _absolute(build_doc, comma=False)
    assert find_subject(doc[6], frozenset()).text == "Lee"
    # set off by a comma, the participle goes on with the clause's own subject ("spoke with Lee,
    # asking ...": the one who spoke asks)
    doc = _absolute(build_doc, comma=True)
    assert find_subject(doc[7], frozenset()).text == "hearing"


def test_a_participle_modifying_the_object_of_with_is_said_by_that_object(build_doc) -> None:
    doc = build_doc(
        "The session closed with the clerk saying the vote was void .",
        heads=[1, 2, 2, 2, 5, 3, 5, 8, 9, 6, 9, 2],
        deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "acl", "det", "nsubj", "ccomp", "acomp", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VBG", "DT", "NN", "VBD", "JJ", "."],
    )
    assert find_subject(doc[6], frozenset()).text == "clerk"


# ----------------------------------------------------------------------------- a film shows someone speaking


def test_a_cue_with_no_speaker_framing_credited_words_is_no_quote_of_its_own() -> None:
    from newsevents.components.quotes import Attribution, _frames_credited_words

    inner = Attribution(content=(40, 90), cue=(25, 34), speaker=(0, 12), kind="direct")
    frame = Attribution(content=(25, 91), cue=(18, 23), speaker=None, kind="mixed")
    assert _frames_credited_words(frame, [frame, inner])
    assert not _frames_credited_words(inner, [frame, inner])
    # a frame with a speaker of its own ("the report shows the mayor saying ...") stays
    spoken = Attribution(content=(25, 91), cue=(18, 23), speaker=(0, 10), kind="mixed")
    assert not _frames_credited_words(spoken, [spoken, inner])
    # nor does one whose content holds no credited cue
    alone = Attribution(content=(40, 90), cue=(25, 34), speaker=None, kind="direct")
    assert not _frames_credited_words(frame, [frame, alone])


def test_a_person_shown_lecturing_says_the_quotation_after_the_colon(pipeline) -> None:
    text = ("Before the film begins, the healer Tomas Rand, who left the valley in 2009, is shown lecturing: "
            "“Friends of the river, hear me. The dams are rising over your farms.”")
    quotes = _quotes(pipeline, text)
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("Friends of the river, hear me. The dams are rising over your farms", "lecturing", "the healer Tomas Rand")]
