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
    # a credited cue inside the content, not opening it, is part of what is reported
    reported = Attribution(content=(20, 91), cue=(12, 18), speaker=None, kind="indirect")
    assert not _frames_credited_words(reported, [reported, inner])
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


# ----------------------------------------------------------------------------- "as reported by" credits


def test_an_as_clause_with_a_by_agent_is_a_credit_of_where_words_were_printed(build_doc) -> None:
    from newsevents.components.quotes import _as_reported_by

    doc = build_doc(
        "Reed spoke , as reported by the Courier .",
        heads=[1, 1, 1, 4, 1, 4, 7, 5, 1],
        deps=["nsubj", "ROOT", "punct", "mark", "advcl", "agent", "det", "pobj", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "SCONJ", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", ",", "IN", "VBN", "IN", "DT", "NNP", "."],
    )
    assert _as_reported_by(doc[4])
    # the active "as the Courier reported" names a reporter of its own
    doc = build_doc(
        "Reed spoke , as the Courier reported .",
        heads=[1, 1, 1, 6, 5, 6, 1, 1],
        deps=["nsubj", "ROOT", "punct", "mark", "det", "nsubj", "advcl", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "SCONJ", "DET", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "VBD", ",", "IN", "DT", "NNP", "VBD", "."],
    )
    assert not _as_reported_by(doc[6])


def test_a_quotation_after_an_as_reported_by_credit_goes_on_with_the_speaker(pipeline) -> None:
    text = ("“We would have stopped the works,” Ana Pike said in an interview with a farm radio show, as reported "
            "by the Valley Ledger. “And we would pay the growers back. Doing nothing says it is all fine.”")
    quotes = _quotes(pipeline, text)
    later = [q for q in quotes if "pay the growers back" in q[1]]
    assert later and all(q[3] == "Ana Pike" for q in later)


# ----------------------------------------------------------------------------- a quotation in a joined verb


def _joined(build_doc, aux_dep: str):
    # 'Vale said that she did not , but was alluding to the " same kind of neglect . "' with the
    # second verb joined to "said"
    return build_doc(
        'Vale said that she did not , but was alluding to the " same kind of neglect . "',
        heads=[1, 1, 4, 4, 1, 4, 1, 1, 9, 1, 9, 14, 14, 14, 10, 14, 15, 1, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "neg", "punct", "cc", aux_dep, "conj", "prep", "det",
              "punct", "amod", "pobj", "prep", "pobj", "punct", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "CCONJ", "AUX", "VERB", "ADP", "DET",
             "PUNCT", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT", "PUNCT"],
        tags=["NNP", "VBD", "IN", "PRP", "VBD", "RB", ",", "CC", "VBD", "VBG", "IN", "DT", "``", "JJ", "NN", "IN",
              "NN", ".", "''"],
    )


def test_a_quotation_inside_a_verb_joined_to_the_cue_goes_on_with_its_speaker(build_doc) -> None:
    from newsevents.components.quotes import Attribution, _in_conjunct_of_cue

    doc = _joined(build_doc, "aux")
    said, vale, mark = doc[1], doc[0], doc[12]
    previous = Attribution(content=(doc[3].idx, doc[5].idx + 3), cue=(said.idx, said.idx + 4),
                           speaker=(vale.idx, vale.idx + 4))
    assert _in_conjunct_of_cue(doc, previous, mark.idx)
    # a passive joined verb ("and was called "..."") reports somebody else's words
    doc = _joined(build_doc, "auxpass")
    assert not _in_conjunct_of_cue(doc, previous, doc[12].idx)


# ----------------------------------------------------------------------------- "..., O'Hara notes." read as nouns


def _closing_credit(subject: list[tuple[str, str, str]], verb: str):
    """'The plan can not pass without the mayor 's support , <subject> <verb> .' and a paragraph
    break, the verb tagged a plural noun as the tagger may read it."""
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions

    head = 11 + len(subject)
    words = ["The", "plan", "can", "not", "pass", "without", "the", "mayor", "'s", "support", ","]
    words += [w for w, _, _ in subject] + [verb, ".", "\n\n"]
    heads = [1, 4, 4, 4, head, 4, 7, 9, 7, 5, head] + [head] * len(subject) + [head, head, head + 1]
    deps = ["det", "nsubj", "aux", "neg", "ccomp", "prep", "det", "poss", "case", "pobj", "punct"]
    deps += ["compound"] * (len(subject) - 1) + ["nsubj", "ROOT", "punct", "dep"]
    tags = ["DT", "NN", "MD", "RB", "VB", "IN", "DT", "NN", "POS", "NN", ","] + [t for _, t, _ in subject] + [
        "NNS", ".", "_SP"]
    pos = ["DET", "NOUN", "AUX", "PART", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN", "PUNCT"] + [
        p for _, _, p in subject] + ["NOUN", "PUNCT", "SPACE"]
    lemmas = [w.lower() for w in words]
    lemmas[head] = verb.lower().rstrip("s")
    if subject[0][2] == "DET":  # "the council": the determiner hangs on the noun
        heads[11] = head - 1
        deps[11] = "det"
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_noun_tagged_notes_after_a_name_and_a_comma_credits_the_clause_before() -> None:
    from newsevents.components.quotes import QuoteIndex, QuotesStage

    stage = QuotesStage(None, "quotes")
    doc = _closing_credit([("O'Hara", "NNP", "PROPN")], "notes")
    found = stage._cues_read_as_nouns(doc, QuoteIndex([]), [])
    assert [(doc.text[a.content[0]:a.content[1]], doc.text[a.speaker[0]:a.speaker[1]]) for a in found] == [
        ("The plan can not pass without the mayor 's support", "O'Hara")]
    # after a common noun the two may be one compound noun ("the council notes"): no credit ...
    doc = _closing_credit([("the", "DT", "DET"), ("council", "NN", "NOUN")], "notes")
    assert stage._cues_read_as_nouns(doc, QuoteIndex([]), []) == []
    # ... while "says", no noun of its own, credits the clause there too, paragraph break and all
    doc = _closing_credit([("the", "DT", "DET"), ("council", "NN", "NOUN")], "says")
    assert len(stage._cues_read_as_nouns(doc, QuoteIndex([]), [])) == 1


# ----------------------------------------------------------------------------- a cue read as the main clause's complement


def test_a_fronted_cue_made_the_complement_of_the_main_clause_reports_that_clause(build_doc) -> None:
    from newsevents.components.quotes import _main_clause_after_fronted_cue, cue_lexicon

    doc = build_doc(
        "The Ledger reported on Monday , if Lee wins , the budget will be cut .",
        heads=[1, 2, 14, 2, 3, 2, 8, 8, 14, 14, 11, 14, 14, 14, 14, 14],
        deps=["det", "nsubj", "ccomp", "prep", "pobj", "punct", "mark", "nsubj", "advcl", "punct", "det", "nsubjpass",
              "aux", "auxpass", "ROOT", "punct"],
        pos=["DET", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "SCONJ", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "AUX",
             "AUX", "VERB", "PUNCT"],
        tags=["DT", "NNP", "VBD", "IN", "NNP", ",", "IN", "NNP", "VBZ", ",", "DT", "NN", "MD", "VB", "VBN", "."],
    )
    start, end = _main_clause_after_fronted_cue(doc[2], cue_lexicon())
    assert doc.text[start:end] == "if Lee wins , the budget will be cut"
    # a main verb that is a cue itself reports the clause before it ("Lee said he would go, the paper reported")
    doc = build_doc(
        "Lee said he would go , the paper reported .",
        heads=[1, 8, 4, 4, 1, 8, 7, 8, 8, 8],
        deps=["nsubj", "ccomp", "nsubj", "aux", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "PRP", "MD", "VB", ",", "DT", "NN", "VBD", "."],
        lemmas=["lee", "say", "he", "would", "go", ",", "the", "paper", "report", "."],
    )
    assert _main_clause_after_fronted_cue(doc[1], cue_lexicon()) is None


def test_a_finite_passive_clause_hung_on_the_cue_is_what_was_said(build_doc) -> None:
    from newsevents.components.quotes import _clause_read_as_adverbial

    doc = build_doc(
        "The mayor said on Monday , the budget will be cut .",
        heads=[1, 2, 2, 2, 3, 10, 7, 10, 10, 10, 2, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct", "det", "nsubjpass", "aux", "auxpass", "advcl", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "NNP", ",", "DT", "NN", "MD", "VB", "VBN", "."],
    )
    start, end = _clause_read_as_adverbial(doc[2])
    assert doc[start:end].text == "the budget will be cut"
    # a participle phrase with no finite auxiliary ("..., the budget being cut") is no clause said
    doc = build_doc(
        "The mayor spoke on Monday , the budget being cut .",
        heads=[1, 2, 2, 2, 3, 9, 7, 9, 9, 2, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct", "det", "nsubjpass", "auxpass", "advcl", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "NNP", ",", "DT", "NN", "VBG", "VBN", "."],
    )
    assert _clause_read_as_adverbial(doc[2]) is None


# ----------------------------------------------------------------------------- captions and link lines run into the text


def test_a_caption_ending_with_a_photo_credit_is_no_text_before_a_quotation() -> None:
    from newsevents.components.quotes import _only_caption_before, cue_lexicon

    labels = cue_lexicon().caption_credit
    assert _only_caption_before("Joe Pratt of Rovers (Image: Ann Hill/Pix Agency) ", labels)
    assert _only_caption_before("Fans at the ground (Photo: Pix Agency)", labels)
    # a sentence of the text before the brackets, or brackets that credit no picture, are text
    assert not _only_caption_before("The striker was injured. He left (Image: Pix Agency) ", labels)
    assert not _only_caption_before("Joe Pratt of Rovers (Source: club website) ", labels)
    assert not _only_caption_before("Joe Pratt of Rovers ", labels)


def test_quotations_after_captions_and_link_lines_go_on_with_the_manager(pipeline) -> None:
    text = ("Rovers face a test.\n\nThe striker has missed three games with a calf injury, and Rovers boss Dan Keel "
            "has confirmed he is likely to miss out.\n\nJoe Pratt of Rovers (Image: Ann Hill/Pix Agency) \"Being "
            "honest I do not think he will be fit for Saturday,\" \"It is frustrating, it is a day by day thing and "
            "it goes off how the player feels.\"\n\nRovers fans at the ground (Photo: Ann Hill/Pix Agency) The "
            "defender was sent off on Tuesday. Read More Keel continued: \"It is a blow for us. We are in a "
            "relegation fight and we need every player.\"")
    quotes = _quotes(pipeline, text)
    for words in ("fit for Saturday", "day by day thing", "It is a blow for us"):
        found = [q for q in quotes if words in q[1]]
        assert found and all(q[3] is not None and "Keel" in q[3] for q in found), (words, quotes)
    # "Read More" is a link line, no verb reading the words after it
    assert not any(q[2] == "Read" for q in quotes)


# ----------------------------------------------------------------------------- a name set off after a fronted phrase


def _fronted(build_doc, name_pos: str):
    # "After the vote , Owen Price , the group leader , said it was over ." with the name made an
    # apposition of "vote" and "said" left with no subject
    return build_doc(
        "After the vote , Owen Price , the group leader , said it was over .",
        heads=[11, 2, 0, 2, 5, 2, 5, 9, 9, 5, 5, 11, 13, 11, 13, 11],
        deps=["prep", "det", "pobj", "punct", "compound", "appos", "punct", "det", "compound", "appos", "punct",
              "ROOT", "nsubj", "ccomp", "acomp", "punct"],
        pos=["ADP", "DET", "NOUN", "PUNCT", name_pos, name_pos, "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB",
             "PRON", "AUX", "ADJ", "PUNCT"],
        tags=["IN", "DT", "NN", ",", "NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "PRP", "VBD", "JJ", "."],
    )


def test_a_name_set_off_after_a_fronted_phrase_is_the_subject_of_the_cue(build_doc) -> None:
    from newsevents.components.quotes import _name_set_off_after_fronted_phrase

    doc = _fronted(build_doc, "PROPN")
    assert find_subject(doc[11], frozenset()).text == "Price"
    # a common noun set off there is an apposition of the phrase's noun, no name of a speaker
    assert _name_set_off_after_fronted_phrase(_fronted(build_doc, "NOUN")[11]) is None


def test_a_participle_read_as_the_object_of_a_passive_verb_is_said_by_its_subject(build_doc) -> None:
    doc = build_doc(
        "The cleric is shown lecturing : \" Listen to me . \"",
        heads=[1, 3, 3, 3, 3, 4, 4, 4, 7, 8, 7, 4],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "dobj", "punct", "punct", "ccomp", "prep", "pobj", "punct",
              "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "VERB", "PUNCT", "PUNCT", "VERB", "ADP", "PRON", "PUNCT", "PUNCT"],
        tags=["DT", "NN", "VBZ", "VBN", "VBG", ":", "``", "VB", "IN", "PRP", ".", "''"],
    )
    assert find_subject(doc[4], frozenset()).text == "cleric"
    # the gerund object of an active verb ("He loves lecturing") has no passive subject to take
    doc = build_doc(
        "He loves lecturing .",
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["PRON", "VERB", "VERB", "PUNCT"],
        tags=["PRP", "VBZ", "VBG", "."],
    )
    from newsevents.components.quotes import _passive_subject_of_participle

    assert _passive_subject_of_participle(doc[2]) is None
