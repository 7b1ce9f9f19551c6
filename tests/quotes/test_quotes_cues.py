"""Cues beyond "said": verbs of citing and agreeing, ``call for``, ``as X put it``, a passive
with its ``by``-agent, and nouns of saying with a ``that`` clause (``the claim that ...``).

Every sentence is written for these tests; the rule tests use hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import (
    QuotesStage,
    _as_clause_host,
    _clause_tokens,
    _interposed,
    _object_content,
    load_cue_lexicon,
    noun_that_clause,
    read_cue_rows,
    signed_quotation,
)
from newsevents.docquery import doc_text


def text_of(doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc_text(doc)[span[0] : span[1]]


def tokens_text(doc, tokens: tuple[int, int] | None) -> str | None:
    return None if tokens is None else doc[tokens[0] : tokens[1]].text


# ----------------------------------------------------------------------------- "as X said"


def test_an_as_clause_before_or_after_frames_the_clause_it_hangs_on(build_doc) -> None:
    before = build_doc(
        "As the mayor said , the city is broke .",
        heads=[3, 2, 3, 7, 7, 6, 7, 7, 7, 7],
        deps=["mark", "det", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT", "acomp", "punct"],
        pos=["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
    )
    assert tokens_text(before, _as_clause_host(before[3])) == "the city is broke"
    after = build_doc(
        "The pier is unsafe , as the engineer put it .",
        heads=[1, 2, 2, 2, 2, 8, 7, 8, 2, 8, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "punct", "mark", "det", "nsubj", "advcl", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
    )
    assert tokens_text(after, _as_clause_host(after[8])) == "The pier is unsafe"


def test_an_as_clause_with_an_object_of_its_own_is_a_time_not_a_frame(build_doc) -> None:
    doc = build_doc(
        "As she announced her plans , the crowd cheered .",
        heads=[2, 2, 8, 4, 2, 8, 7, 8, 8, 8],
        deps=["mark", "nsubj", "advcl", "poss", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["SCONJ", "PRON", "VERB", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
    )
    assert _as_clause_host(doc[2]) is None
    # a clause opened by another word is no frame either ("When the mayor said ...")
    when = build_doc(
        "When the mayor spoke , the crowd cheered",
        heads=[3, 2, 3, 7, 7, 6, 7, 7],
        deps=["advmod", "det", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT"],
        pos=["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB"],
    )
    assert _as_clause_host(when[3]) is None


def test_put_is_a_cue_only_with_it_as_its_object(build_doc) -> None:
    lexicon = load_cue_lexicon()
    framed = build_doc(
        "as she put it",
        heads=[2, 2, 2, 2], deps=["mark", "nsubj", "ROOT", "dobj"], pos=["SCONJ", "PRON", "VERB", "PRON"],
    )
    cue = lexicon.verb_cue(framed[2])
    assert cue is not None and cue.kind == "framing" and cue.speech
    boxed = build_doc(
        "she put the box down",
        heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "prt"], pos=["PRON", "VERB", "DET", "NOUN", "ADP"],
    )
    assert lexicon.verb_cue(boxed[1]) is None


# ----------------------------------------------------------------------------- objects


def test_the_object_of_call_for_is_what_was_asked_for(build_doc) -> None:
    doc = build_doc(
        "The union called for higher wages on Friday .",
        heads=[1, 2, 2, 2, 5, 3, 2, 6, 2],
        deps=["det", "nsubj", "ROOT", "prep", "amod", "pobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert text_of(doc, _object_content(doc, doc[2], doc[1], needs_complement=False, through="for")) == "higher wages"
    # without its preposition the verb reports no object of this kind
    bare = build_doc(
        "The union called on Friday .",
        heads=[1, 2, 2, 2, 3, 2], deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert _object_content(bare, bare[2], bare[1], needs_complement=False, through="for") is None


def test_point_to_reports_its_object_only_with_a_complement_naming_it(build_doc) -> None:
    doc = build_doc(
        "Ann pointed to the strike as an example .",
        heads=[1, 1, 1, 4, 2, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    )
    span = _object_content(doc, doc[1], doc[0], needs_complement=True, through="to")
    assert text_of(doc, span) == "the strike as an example"
    sky = build_doc(
        "Ann pointed to the sky .",
        heads=[1, 1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert _object_content(sky, sky[1], sky[0], needs_complement=True, through="to") is None


def test_a_phrase_between_the_object_and_its_complement_belongs_to_the_object(build_doc) -> None:
    # the parser hung "in favour of the dam" on the verb, between "vote" and "a mistake"
    doc = build_doc(
        "Ann called his vote in favour of the dam a mistake .",
        heads=[1, 1, 3, 1, 1, 4, 5, 8, 6, 10, 1, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "prep", "det", "pobj", "det", "oprd", "punct"],
        pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
    )
    span = _object_content(doc, doc[1], doc[0], needs_complement=True)
    assert text_of(doc, span) == "his vote in favour of the dam a mistake"
    # without a complement after it the phrase is a time or place, and "called" reports nothing
    morning = build_doc(
        "Ann called his vote in the morning .",
        heads=[1, 1, 3, 1, 1, 6, 4, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj", "punct"],
        pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert _object_content(morning, morning[1], morning[0], needs_complement=True) is None


def test_a_passive_with_its_agent_reports_its_subject(build_doc) -> None:
    doc = build_doc(
        "The merger was announced by the bank .",
        heads=[1, 3, 3, 3, 3, 6, 4, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert text_of(doc, _object_content(doc, doc[3], doc[6], needs_complement=False)) == "The merger"
    # no agent: nobody named said it, and "was confirmed dead" reports nothing
    agentless = build_doc(
        "The merger was announced .",
        heads=[1, 3, 3, 3, 3], deps=["det", "nsubjpass", "auxpass", "ROOT", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert _object_content(agentless, agentless[3], None, needs_complement=False) is None
    # a verb of naming needs its complement in the passive too ("was described by ..." alone)
    assert _object_content(doc, doc[3], doc[6], needs_complement=True) is None


# ----------------------------------------------------------------------------- nouns of saying


def test_a_noun_of_saying_reports_its_that_clause(build_doc) -> None:
    doc = build_doc(
        "The firm 's claim that the dam was safe was false .",
        heads=[1, 3, 1, 9, 7, 6, 7, 3, 7, 9, 9, 9],
        deps=["det", "poss", "case", "nsubj", "mark", "det", "nsubj", "acl", "acomp", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "PART", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "AUX", "ADJ", "PUNCT"],
    )
    clause = noun_that_clause(doc[3])
    assert clause is not None and tokens_text(doc, _clause_tokens(clause, [], -1)) == "the dam was safe"


def test_a_noun_subject_of_is_reports_the_that_clause_after_it(build_doc) -> None:
    doc = build_doc(
        "Her view is that the fee should be cut .",
        heads=[1, 2, 2, 8, 5, 8, 8, 8, 2, 2],
        deps=["poss", "nsubj", "ROOT", "mark", "det", "nsubjpass", "aux", "auxpass", "ccomp", "punct"],
        pos=["PRON", "NOUN", "AUX", "SCONJ", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"],
        lemmas=["her", "view", "be", "that", "the", "fee", "should", "be", "cut", "."],
    )
    clause = noun_that_clause(doc[1])
    assert clause is not None and tokens_text(doc, _clause_tokens(clause, [], -1)) == "the fee should be cut"


def test_a_relative_clause_missing_its_object_is_no_content(build_doc) -> None:
    # the parser may give a relative "that" the complementiser's relation; the clause lacks the
    # object the noun stands for ("the claim that he made on TV")
    doc = build_doc(
        "The claim that he made on TV was false .",
        heads=[1, 7, 4, 4, 1, 4, 5, 7, 7, 7],
        deps=["det", "nsubj", "mark", "nsubj", "acl", "prep", "pobj", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "SCONJ", "PRON", "VERB", "ADP", "PROPN", "AUX", "ADJ", "PUNCT"],
    )
    assert noun_that_clause(doc[1]) is None


def test_a_complementiser_the_parser_made_an_object_is_not_what_was_said(build_doc) -> None:
    doc = build_doc(
        "that the gate would reopen",
        heads=[4, 2, 4, 4, 4], deps=["dobj", "det", "nsubj", "aux", "ROOT"],
        pos=["SCONJ", "DET", "NOUN", "AUX", "VERB"], tags=["IN", "DT", "NN", "MD", "VB"],
    )
    assert tokens_text(doc, _clause_tokens(doc[4], [], -1)) == "the gate would reopen"
    # a demonstrative "that" (tagged DT) is a word of what was said ("said that was wrong")
    demonstrative = build_doc(
        "that was wrong",
        heads=[1, 1, 1], deps=["nsubj", "ROOT", "acomp"], pos=["PRON", "AUX", "ADJ"], tags=["DT", "VBD", "JJ"],
    )
    assert tokens_text(demonstrative, _clause_tokens(demonstrative[1], [], -1)) == "that was wrong"


# ----------------------------------------------------------------------------- the lexicon


def test_the_lexicon_lists_the_new_cues() -> None:
    lexicon = load_cue_lexicon()
    for lemma in ("cite", "mention", "echo", "agree"):
        assert lexicon.verbs[lemma].speech and lexicon.verbs[lemma].kind == "speech"
    assert {"cite", "mention", "echo", "note", "call for"} <= lexicon.object_content
    assert "point to" in lexicon.complement_content
    assert {"make", "issue"} <= lexicon.utterance_verb and "reject" not in lexicon.utterance_verb
    assert "agree" not in lexicon.object_content  # "agreed a deal" is no statement; its clause is
    assert lexicon.phrasal[("put", "it")].kind == "framing"
    assert {"claim", "view", "argument", "accusation"} <= lexicon.speech_nouns
    rows = read_cue_rows(["lemma\tpos\tkind\tspeech\tinfinitive", "put it\tVERB\tframing\tyes\tno"])
    assert ("put", "it") in rows.phrasal


# ----------------------------------------------------------------------------- the pipeline


def test_other_cues_in_an_article(extract) -> None:
    record = extract(
        "The harbour master called for a new sea wall. As the harbour master put it, the old wall "
        "is a ruin. The mayor cited the storm damage as proof of neglect. The council's claim that "
        "the wall was repaired in 2019 is disputed. The closure was announced by the coastguard."
    )
    found = {(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.content.text)
             for q in record.quotes}
    assert ("called", "The harbour master", "a new sea wall") in found
    assert ("put", "the harbour master", "the old wall is a ruin") in found
    assert ("cited", "The mayor", "the storm damage as proof of neglect") in found
    assert ("claim", "The council", "the wall was repaired in 2019") in found
    assert ("announced", "the coastguard", "The closure") in found
    record = extract(
        "Ms Reed made the claim that the ferry was overloaded. The owners rejected the claim that "
        "the ferry was unsafe."
    )
    found = {(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.content.text)
             for q in record.quotes}
    assert ("claim", "Ms Reed", "the ferry was overloaded") in found  # who made it
    assert ("claim", None, "the ferry was unsafe") in found  # the owners did not claim it


# ----------------------------------------------------------------------------- content spans


def test_a_clause_cut_before_a_coordinated_cue_ends_before_the_coordinator(build_doc) -> None:
    # "Ann insisted the plan was sound and the critics claimed it would fail": the parser hung the
    # critics' clause on Ann's; Ann's words end before "and"
    doc = build_doc(
        "Ann insisted the plan was sound and the critics claimed it would fail .",
        heads=[1, 1, 3, 4, 1, 4, 4, 8, 9, 4, 12, 12, 9, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "det", "nsubj", "conj", "nsubj", "aux",
              "ccomp", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB",
             "PUNCT"],
    )
    critics_clause_start = doc[9].left_edge.i
    assert tokens_text(doc, _clause_tokens(doc[4], [critics_clause_start], -1)) == "the plan was sound"


# ----------------------------------------------------------------------------- signed quotations


def test_a_quotation_signed_with_a_dash_and_a_name_is_said_by_that_name() -> None:
    text = "\u201cThe stops are clean.\u201d\u2015 Ann B. Lee\n\u201cToo loud.\u201d \u2014 Tom Reed"
    first_end = text.index(".\u201d")
    dash, name = signed_quotation(text, first_end)
    assert text[dash[0] : dash[1]] == "\u2015" and text[name[0] : name[1]] == "Ann B. Lee"
    second_end = text.index(".\u201d \u2014")
    assert text[slice(*signed_quotation(text, second_end)[1])] == "Tom Reed"


def test_a_dash_before_a_sentence_is_no_signature() -> None:
    text = "\u201cA fair start.\u201d \u2015 Many readers agreed with this view, and more.\n"
    assert signed_quotation(text, text.index(".\u201d")) is None
    # a name that does not end the paragraph is no signature either
    text = "\u201cA fair start.\u201d \u2014 Ann Lee said it twice"
    assert signed_quotation(text, text.index(".\u201d")) is None


def test_signed_quotations_in_an_article(extract) -> None:
    record = extract(
        "We asked riders what they thought of the new tram line.\n"
        "\u201cIt saves me twenty minutes every morning.\u201d\u2015 Ann B. Lee\n"
        "\u201cNobody asked the people who live along the route.\u201d \u2014 Tom Reed\n"
        "\u201cIt is a good start for the city and its people.\u201d\n"
    )
    found = {(q.speaker.text if q.speaker else None, q.content.text) for q in record.quotes}
    assert ("Ann B. Lee", "It saves me twenty minutes every morning") in found
    assert ("Tom Reed", "Nobody asked the people who live along the route") in found
    # the signature closes Tom Reed's words: the next paragraph's quotation is nobody named
    assert (None, "It is a good start for the city and its people") in found


# ----------------------------------------------------------------------------- according to


def according_to(doc) -> tuple[str, str] | None:
    found = QuotesStage(None, "quotes")._according_to(doc, next(t for t in doc if t.lower_ == "according"))
    return None if found is None else (text_of(doc, found.speaker), text_of(doc, found.content))


def test_according_to_a_phrase_the_parser_read_as_a_clause(build_doc) -> None:
    # "show" tagged a verb: the phrase after "to" is a clause (pcomp), still the holder
    doc = build_doc(
        "The boss shouted at staff , according to show insiders .",
        heads=[1, 2, 2, 2, 3, 2, 2, 6, 7, 8, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct", "prep", "prep", "pcomp", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
    )
    assert according_to(doc) == ("show insiders", "The boss shouted at staff")


def test_according_to_opening_the_sentence_ends_at_its_comma(build_doc) -> None:
    # the parser hung the clause after the comma on the holder's name as an apposition
    doc = build_doc(
        "According to the host , the move smacks of panic .",
        heads=[0, 0, 3, 1, 3, 6, 7, 3, 7, 8, 0],
        deps=["ROOT", "prep", "det", "pobj", "punct", "det", "compound", "appos", "prep", "pobj", "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"],
    )
    assert according_to(doc) == ("the host", "the move smacks of panic")


# ----------------------------------------------------------------------------- interposed


def test_an_attribution_set_off_after_a_clause_the_parser_hung_on_it_is_interposed(build_doc) -> None:
    # "fails" hung on "argues": the attribution's own words start after the clause's comma
    words = "If the plan fails , Ms Lee argues , there are other options ."
    heads = [3, 2, 3, 7, 7, 6, 7, 10, 7, 10, 10, 12, 10, 10]
    deps = ["mark", "det", "nsubj", "advcl", "punct", "compound", "nsubj", "parataxis", "punct", "expl", "ROOT",
            "amod", "attr", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "AUX", "ADJ",
           "NOUN", "PUNCT"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos)
    assert _interposed(doc[7], doc[6])
    # an attribution that closes the sentence is not set off inside it
    closing = build_doc(
        "If the plan fails , Ms Lee argues .",
        heads=[3, 2, 3, 7, 7, 6, 7, 7, 7],
        deps=["mark", "det", "nsubj", "advcl", "punct", "compound", "nsubj", "ROOT", "punct"],
        pos=["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert not _interposed(closing[7], closing[6])
