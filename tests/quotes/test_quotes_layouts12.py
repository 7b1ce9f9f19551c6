"""Quote layouts of the twelfth round: who made a survey or report, a gerund subject read as the
complement, an interposed attribution whose closing comma the parser hung on the clause around
it, an ``as`` clause after a coordinator, a passive participle of asking after its verb, an
attribution written after a full stop, and a quotation joined to the cue's clause by ``but``.

Every sentence is written for these tests; the rule tests use hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import (
    QuoteIndex,
    QuotesStage,
    _as_clause_host,
    _gerund_subject_read_as_complement,
    _interposed,
    _interposed_as_root,
    _passive_participle_clause,
    _without_trailing_gloss,
    find_quote_spans,
    find_subject,
)
from newsevents.docquery import doc_text


def according_to(doc) -> tuple[str, str] | None:
    found = QuotesStage(None, "quotes")._according_to(doc, next(t for t in doc if t.lower_ == "according"))
    if found is None:
        return None
    text = doc_text(doc)
    return text[slice(*found.speaker)], text[slice(*found.content)]


# ----------------------------------------------------------------------------- who made a survey


def test_according_to_a_survey_named_after_a_body_is_that_body(build_doc) -> None:
    doc = build_doc(
        "Support has fallen , according to a Harbour Gazette survey of voters .",
        heads=[2, 2, 2, 2, 2, 4, 9, 8, 9, 5, 9, 10, 2],
        deps=["nsubj", "aux", "ROOT", "punct", "prep", "prep", "det", "compound", "compound", "pobj", "prep", "pobj",
              "punct"],
        pos=["NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "DET", "PROPN", "PROPN", "NOUN", "ADP", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    assert according_to(doc) == ("Harbour Gazette", "Support has fallen")


def test_according_to_a_poll_by_a_body_is_that_body_but_of_names_those_asked(build_doc) -> None:
    by = build_doc(
        "The mayor trails , according to a poll by Ridgeway University .",
        heads=[1, 2, 2, 2, 2, 4, 7, 5, 7, 10, 8, 2],
        deps=["det", "nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert according_to(by) == ("Ridgeway University", "The mayor trails")
    of = build_doc(
        "The mayor trails , according to a poll of voters .",
        heads=[1, 2, 2, 2, 2, 4, 7, 5, 7, 8, 2],
        deps=["det", "nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
    )
    assert according_to(of) == ("a poll of voters", "The mayor trails")


# ----------------------------------------------------------------------------- a gerund subject


def test_a_gerund_subject_read_as_the_complement_of_a_verb_of_saying_is_what_was_said(build_doc) -> None:
    # "taxing" hung on "say" as its complement, and the clause's verb "encourages" on "taxing"
    doc = build_doc(
        "Economists say taxing consumption encourages savings .",
        heads=[1, 1, 1, 4, 2, 4, 1],
        deps=["nsubj", "ROOT", "xcomp", "nsubj", "ccomp", "dobj", "punct"],
        pos=["NOUN", "VERB", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", "VBP", "VBG", "NN", "VBZ", "NNS", "."],
    )
    gerund = _gerund_subject_read_as_complement(doc[1])
    assert gerund is not None and doc[gerund.left_edge.i : gerund.right_edge.i + 1].text == (
        "taxing consumption encourages savings")


def test_a_gerund_subject_of_a_clause_with_a_modal_is_what_was_said(build_doc) -> None:
    doc = build_doc(
        "Leaders have said cutting output must be the goal .",
        heads=[2, 2, 2, 2, 6, 6, 3, 8, 6, 2],
        deps=["nsubj", "aux", "ROOT", "xcomp", "nsubj", "aux", "ccomp", "det", "attr", "punct"],
        pos=["NOUN", "AUX", "VERB", "VERB", "NOUN", "AUX", "AUX", "DET", "NOUN", "PUNCT"],
        tags=["NNS", "VBP", "VBN", "VBG", "NN", "MD", "VB", "DT", "NN", "."],
    )
    gerund = _gerund_subject_read_as_complement(doc[2])
    assert gerund is not None and doc[gerund.left_edge.i : gerund.right_edge.i + 1].text == (
        "cutting output must be the goal")


def test_a_gerund_complement_without_a_finite_clause_is_left_alone(build_doc) -> None:
    doc = build_doc(
        "She recalled meeting him .",
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "xcomp", "dobj", "punct"],
        pos=["PRON", "VERB", "VERB", "PRON", "PUNCT"],
        tags=["PRP", "VBD", "VBG", "PRP", "."],
    )
    assert _gerund_subject_read_as_complement(doc[1]) is None


# ----------------------------------------------------------------------------- interposed


def test_an_interposed_attribution_whose_closing_comma_hangs_on_the_clause_is_interposed(build_doc) -> None:
    doc = build_doc(
        "Instead , Ann Lee told the BBC , the council would wait .",
        heads=[4, 4, 3, 4, 11, 6, 4, 11, 9, 11, 11, 11, 11],
        deps=["advmod", "punct", "compound", "nsubj", "parataxis", "det", "dobj", "punct", "det", "nsubj", "aux",
              "ROOT", "punct"],
        pos=["ADV", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB",
             "PUNCT"],
    )
    assert _interposed(doc[4], doc[3])
    # or hung on the clause's verb as its complement
    complement = build_doc(
        "Instead , Ann Lee told the BBC , the council would wait .",
        heads=[4, 4, 3, 4, 11, 6, 4, 11, 9, 11, 11, 11, 11],
        deps=["advmod", "punct", "compound", "nsubj", "ccomp", "det", "dobj", "punct", "det", "nsubj", "aux",
              "ROOT", "punct"],
        pos=["ADV", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB",
             "PUNCT"],
        lemmas=["instead", ",", "ann", "lee", "tell", "the", "bbc", ",", "the", "council", "would", "wait", "."],
    )
    assert _interposed(complement[4], complement[3], frozenset({"tell"}))
    # a complement with an object of its own is a clause of what was said, no attribution
    found = build_doc(
        "Lately , Ann Lee has kept her seat , the poll found .",
        heads=[5, 5, 4, 5, 5, 11, 7, 5, 11, 10, 11, 11, 11],
        deps=["advmod", "punct", "compound", "nsubj", "aux", "ccomp", "poss", "dobj", "punct", "det", "nsubj", "ROOT",
              "punct"],
        pos=["ADV", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
    )
    assert not _interposed(found[5], found[3], frozenset({"tell"}))
    # an attribution that ends its sentence is not set off inside it
    closing = build_doc(
        "The council would wait , Ann Lee told the BBC .",
        heads=[1, 3, 3, 3, 3, 6, 7, 3, 9, 7, 3],
        deps=["det", "nsubj", "aux", "ROOT", "punct", "compound", "nsubj", "parataxis", "det", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT"],
    )
    assert not _interposed(closing[7], closing[6])


def test_an_as_clause_after_a_coordinator_frames_the_clause_after_it(build_doc) -> None:
    doc = build_doc(
        "But as the paper said , the mill is shut .",
        heads=[8, 4, 3, 4, 8, 8, 7, 8, 8, 8, 8],
        deps=["cc", "mark", "det", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT", "acomp", "punct"],
        pos=["CCONJ", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
    )
    found = _as_clause_host(doc[4])
    assert found is not None and doc[found[0] : found[1]].text == "the mill is shut"


# ----------------------------------------------------------------------------- asked, after its verb


def test_a_passive_participle_of_asking_after_its_verb_is_no_speech_of_the_subject(build_doc) -> None:
    doc = build_doc(
        "Ann Lee said when asked about the rules .",
        heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
        deps=["compound", "nsubj", "ROOT", "advmod", "advcl", "prep", "det", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "SCONJ", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "WRB", "VBN", "IN", "DT", "NNS", "."],
        lemmas=["ann", "lee", "say", "when", "ask", "about", "the", "rule", "."],
    )
    assert _passive_participle_clause(doc[4], frozenset({"ask"}))
    # the participle of a verb whose object is no addressee is the subject's own ("as promised")
    assert not _passive_participle_clause(doc[4], frozenset({"tell"}))
    # with a subject of its own the clause says who was asked, and the verb is no participle
    own = build_doc(
        "Ann Lee said when she was asked .",
        heads=[1, 2, 2, 6, 6, 6, 2, 2],
        deps=["compound", "nsubj", "ROOT", "advmod", "nsubjpass", "auxpass", "advcl", "punct"],
        pos=["PROPN", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "WRB", "PRP", "VBD", "VBN", "."],
    )
    assert not _passive_participle_clause(own[6], frozenset({"ask"}))


def test_a_quotation_before_said_when_asked_is_one_quote_of_the_speaker(extract) -> None:
    record = extract("\u201cNo harbour board will ever get the tides right,\u201d Ann Smith-Jones said "
                     "when asked about the new moorings.")
    quoted = [q for q in record.quotes if q.content.text.startswith("No harbour board")]
    assert len(quoted) == 1
    assert quoted[0].speaker is not None and quoted[0].speaker.text == "Ann Smith-Jones"


# ----------------------------------------------------------------------------- end-to-end layouts


def test_an_attribution_after_a_quotation_closed_by_a_full_stop_takes_it(extract) -> None:
    record = extract("\u201cWe tried everything we could think of.\u201d Ann Lee said. "
                     "\u201cNobody on the council listened to us.\u201d")
    found = {(q.speaker.text if q.speaker else None, q.content.text) for q in record.quotes}
    assert ("Ann Lee", "We tried everything we could think of") in found
    assert ("Ann Lee", "Nobody on the council listened to us") in found


def test_an_attribution_after_a_full_stop_with_words_of_its_own_keeps_them(extract) -> None:
    record = extract("\u201cWe tried everything we could think of.\u201d Ann Lee said she was tired of it.")
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["she was tired of it"]


def test_a_quotation_joined_to_the_cue_clause_by_but_goes_on_with_its_speaker(extract) -> None:
    record = extract("Ann Lee said the council had received offers for the land, "
                     "but \u201cthe offers were far too low to accept.\u201d")
    quoted = next(q for q in record.quotes if q.content.text.startswith("the offers were"))
    assert quoted.speaker is not None and quoted.speaker.text == "Ann Lee"


def test_a_quotation_after_said_when_asked_about_someone_goes_on_with_the_speaker(extract) -> None:
    # the person named in the question put to the speaker does not speak; the question has no
    # speaker of its own and does not break the run of the speaker's quotations
    record = extract("\u201cIt was a fine evening on the quay,\u201d the old trawlerman told the BBC in Hull "
                     "when asked if he had met Ann Lee. \u201cShe was very kind to all of us.\u201d")
    asked = next(q for q in record.quotes if q.cue is not None and q.cue.text == "asked")
    assert asked.speaker is None
    after = next(q for q in record.quotes if q.content.text.startswith("She was very kind"))
    assert after.speaker is not None and after.speaker.text == "the old trawlerman"


# ----------------------------------------------------------------------------- introduced by role


def test_a_person_named_by_role_before_a_colon_introduces_the_quotation(build_doc) -> None:
    stage = QuotesStage(None, "quotes")
    role = build_doc(
        "The minister was blunt :",
        heads=[1, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBD", "JJ", ":"],
    )
    speaker = stage._intro_speaker(role[4])
    assert speaker is not None and speaker.text == "minister"
    # a thing before the colon introduces nobody
    thing = build_doc(
        "The weather was awful :",
        heads=[1, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBD", "JJ", ":"],
    )
    assert stage._intro_speaker(thing[4]) is None


# ----------------------------------------------------------------------------- adding, after what was said


def test_a_participle_of_saying_hung_on_the_clause_of_what_was_said_is_the_speakers(build_doc) -> None:
    # "adding" hung on "failed", the complement of "said": Ann Lee adds, not the council
    doc = build_doc(
        "Ann Lee said the council failed , adding that nobody was punished .",
        heads=[1, 2, 2, 4, 5, 2, 5, 5, 11, 11, 11, 7, 2],
        deps=["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "advcl", "mark", "nsubjpass", "auxpass",
              "ccomp", "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB", "SCONJ", "PRON", "AUX", "VERB",
             "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "NN", "VBD", ",", "VBG", "IN", "NN", "VBD", "VBN", "."],
    )
    assert find_subject(doc[7], frozenset()).text == "Lee"
    # not set off by a comma, the participle goes with the clause it hangs on
    close = build_doc(
        "Ann Lee said her son called home saying he was safe .",
        heads=[1, 2, 2, 4, 5, 2, 5, 5, 9, 7, 9, 2],
        deps=["compound", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "advmod", "advcl", "nsubj", "ccomp", "acomp",
              "punct"],
        pos=["PROPN", "PROPN", "VERB", "PRON", "NOUN", "VERB", "ADV", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "PRP$", "NN", "VBD", "RB", "VBG", "PRP", "VBD", "JJ", "."],
    )
    assert find_subject(close[7], frozenset()).text == "son"


def test_an_infinitive_of_purpose_with_a_cue_stays_in_what_was_said(extract) -> None:
    record = extract("Ann Lee said in a radio interview that the onus is on the council to show that it can lead.")
    said = next(q for q in record.quotes if q.cue is not None and q.cue.text == "said")
    assert said.content.text == "the onus is on the council to show that it can lead"


def test_a_participle_after_the_attribution_does_not_take_the_quotation_again(extract) -> None:
    # "suggesting" takes Ann Lee as its speaker from "said"; the quotation is said's, not its
    record = extract("\u201cI think she has to contrast her record with his, and talk about the real issues,\u201d "
                     "Ann Lee said, suggesting a few questions for the debate.")
    quoted = [q for q in record.quotes if q.content.text.startswith("I think she has to")]
    assert [q.cue.text for q in quoted] == ["said"]


# ----------------------------------------------------------------------------- the reporter's gloss


def test_a_relative_clause_closing_the_reported_clause_is_the_reporters_gloss(build_doc) -> None:
    doc = build_doc(
        "The council said the rules broke the law , which the court put on hold .",
        heads=[1, 2, 2, 4, 5, 2, 7, 5, 7, 12, 11, 12, 7, 12, 13, 2],
        deps=["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "punct", "dobj", "det", "nsubj",
              "relcl", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "VERB",
             "ADP", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NNS", "VBD", "DT", "NN", ",", "WDT", "DT", "NN", "VBD", "IN", "NN", "."],
    )
    assert doc[3 : _without_trailing_gloss(doc, 3, 15)].text == "the rules broke the law"


def test_an_apposition_closing_the_reported_clause_is_cut_but_not_one_inside_it(build_doc) -> None:
    closing = build_doc(
        "She said he would consider Tom Reed , a former mayor .",
        heads=[1, 1, 4, 4, 1, 6, 4, 6, 10, 10, 6, 1],
        deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "compound", "dobj", "punct", "det", "amod", "appos", "punct"],
        pos=["PRON", "VERB", "PRON", "AUX", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "PRP", "MD", "VB", "NNP", "NNP", ",", "DT", "JJ", "NN", "."],
    )
    assert closing[2 : _without_trailing_gloss(closing, 2, 11)].text == "he would consider Tom Reed"
    inside = build_doc(
        "She said the plan , which cost millions , had failed .",
        heads=[1, 1, 3, 10, 3, 6, 3, 6, 3, 10, 1, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "aux", "ccomp", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NN", ",", "WDT", "VBD", "NNS", ",", "VBD", "VBN", "."],
    )
    assert _without_trailing_gloss(inside, 2, 11) == 11


def test_a_gloss_holding_a_quotation_is_the_speakers_words(extract) -> None:
    record = extract('Ann Lee said she voted for Tom Reed, who she called "the only honest man in the race".')
    said = next(q for q in record.quotes if q.cue is not None and q.cue.text == "said")
    assert said.content.text.endswith('"the only honest man in the race"')


def test_a_quotation_naming_the_object_of_call_is_said_with_the_object(extract) -> None:
    # "call" has an addressee row ("called reporters"), but a quotation that names its object
    # is no words addressed to that object
    record = extract("Ann Lee called half of the mayor\u2019s supporters \u201cdeplorables.\u201d")
    called = next(q for q in record.quotes if q.cue is not None and q.cue.text == "called")
    assert called.content.text.startswith("half of the mayor")
    assert called.kind == "mixed"


# ----------------------------------------------------------------------------- parses without a clause


def test_an_interposed_attribution_the_parser_made_the_root_is_interposed(build_doc) -> None:
    # "workers" hung on "explained", and "were" joined to it without a coordinator
    doc = build_doc(
        "These workers , Ann Lee explained , were paid well .",
        heads=[1, 5, 5, 4, 5, 5, 5, 5, 7, 8, 5],
        deps=["det", "dep", "punct", "compound", "nsubj", "ROOT", "punct", "conj", "acomp", "advmod", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "AUX", "VERB", "ADV", "PUNCT"],
    )
    assert _interposed_as_root(doc[5], doc[4])
    # a second clause with a coordinator and its own subject is no part of the first
    joined = build_doc(
        "These workers , Ann Lee explained , and they were paid .",
        heads=[1, 5, 5, 4, 5, 5, 5, 5, 9, 5, 9, 5],
        deps=["det", "dep", "punct", "compound", "nsubj", "ROOT", "punct", "cc", "nsubj", "conj", "acomp", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "CCONJ", "PRON", "AUX", "VERB", "PUNCT"],
    )
    assert not _interposed_as_root(joined[5], joined[4])


def said_content(doc, verb: int) -> str | None:
    stage = QuotesStage(None, "quotes")
    text = doc_text(doc)
    found = stage._verb_attribution(doc, doc[verb], stage.lexicon.verb_cue(doc[verb]),
                                    QuoteIndex(find_quote_spans(text)), [])
    return None if found is None else text[slice(*found.content)]


def test_words_without_a_verb_before_the_attribution_are_what_was_said(build_doc) -> None:
    doc = build_doc(
        "People like Tom Reed , he said .",
        heads=[6, 0, 3, 1, 6, 6, 6, 6],
        deps=["dep", "prep", "compound", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        tags=["NNS", "IN", "NNP", "NNP", ",", "PRP", "VBD", "."],
        lemmas=["people", "like", "Tom", "Reed", ",", "he", "say", "."],
    )
    assert said_content(doc, 6) == "People like Tom Reed"
    # a phrase of place before it is no words of the speaker
    place = build_doc(
        "In Leeds , he said .",
        heads=[4, 0, 4, 4, 4, 4],
        deps=["prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        tags=["IN", "NNP", ",", "PRP", "VBD", "."],
        lemmas=["in", "Leeds", ",", "he", "say", "."],
    )
    assert said_content(place, 4) is None


def test_a_list_the_parser_read_as_an_apposition_stays_in_what_was_said(build_doc) -> None:
    doc = build_doc(
        "She said he backs fairness , the closure of loopholes and relief .",
        heads=[1, 1, 3, 1, 3, 4, 7, 4, 7, 8, 8, 8, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "det", "appos", "prep", "pobj", "cc", "conj",
              "punct"],
        pos=["PRON", "VERB", "PRON", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "PRP", "VBZ", "NN", ",", "DT", "NN", "IN", "NNS", "CC", "NN", "."],
    )
    assert _without_trailing_gloss(doc, 2, 12) == 12


def test_a_participle_set_off_after_a_quoted_complement_is_not_part_of_the_object(extract) -> None:
    record = extract("He has called the council ''reckless and arrogant,'' accusing it of "
                     "''wasting every penny'' and ''ignoring the town.''")
    called = next(q for q in record.quotes if q.cue is not None and q.cue.text == "called")
    assert "accusing" not in called.content.text
    assert called.content.text.startswith("the council")
