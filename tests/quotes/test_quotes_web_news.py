"""Who said what on web news (branch quotes21; rules from the quote misses of the GeoWebNews golds
news-dev19/news-dev20 and PolNeAR's dev data), each tested on sentences of our own."""

from __future__ import annotations

PUBLISHED = "2025-11-20"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text, q.cue.text if q.cue else None)
            for q in extract(text, published=PUBLISHED).quotes]


# --------------------------------------------- "according to" whose linked source was lost

def test_quotation_after_according_to_with_the_source_lost_is_the_next_speakers(extract):
    quotes = _quotes(extract, "The bridge was closed on Tuesday after a lorry struck it, according to "
                              "“The lorry hit the span at speed and damaged two beams,” Harbour Police said in a statement.")
    assert ("direct", "Harbour Police", "The lorry hit the span at speed and damaged two beams", "said") in quotes
    assert not any(speaker and "lorry" in speaker for _, speaker, _, _ in quotes)


def test_quotation_after_according_to_before_a_verb_of_telling(extract):
    quotes = _quotes(extract, "Sales at the bakery rose last year, according to \"We sold more bread than ever "
                              "before,\" owner Tom Reed told the local paper.")
    assert ("direct", "owner Tom Reed", "We sold more bread than ever before", "told") in quotes


def test_quoted_name_of_a_source_after_according_to_stays_the_source(extract):
    quotes = _quotes(extract, "The senator will not run again, according to “Morning Report”, the radio show.")
    assert any(cue == "according to" and speaker and "Morning Report" in speaker for _, speaker, _, cue in quotes)


# --------------------------------------------- a "that" clause hung on the cue's governor

def test_that_clause_after_a_phrase_set_off_by_commas_is_what_the_governed_cue_reports(extract):
    quotes = _quotes(extract, "The coach continues to insist, most recently in an interview with the local "
                              "radio, that his team will stay up.")
    assert ("indirect", "The coach", "his team will stay up", "insist") in quotes


def test_so_that_clause_after_a_governed_verb_is_no_content(extract):
    assert _quotes(extract, "The firm began to expand, so that it now employs 300 people.") == []


# --------------------------------------------- an "as" clause read as the main clause

def test_as_clause_read_as_main_clause_takes_the_subject_after_as(extract):
    quotes = _quotes(extract, "The storm hit at night. Norway, as one of the forecasters pointed out, "
                              "rarely gets two storms in a week.")
    assert [(speaker, content) for _, speaker, content, _ in quotes] == [
        ("one of the forecasters", "Norway, as one of the forecasters pointed out, rarely gets two storms in a week")]


def test_as_clause_hung_on_its_host_is_unchanged(extract):
    quotes = _quotes(extract, "The bridge, as the engineer noted, was built in 1890.")
    assert [(speaker, content) for _, speaker, content, _ in quotes] == [
        ("the engineer", "The bridge, as the engineer noted, was built in 1890")]


# --------------------------------------------- two subjects: one of them inside quotation marks

def test_quoted_title_after_the_cue_is_no_speaker(build_doc):
    from newsevents.components.quotes import find_subject

    doc = build_doc(
        "Ann Lee said on “ Good Morning ” .",
        heads=[1, 2, 2, 2, 6, 6, 2, 6, 2],
        deps=["compound", "nsubj", "ROOT", "prep", "punct", "compound", "nsubj", "punct", "punct"],
        pos=["PROPN", "PROPN", "VERB", "ADP", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "IN", "``", "NNP", "NNP", "''", "."],
    )
    assert find_subject(doc[2], frozenset()).text == "Lee"


def test_noun_of_the_quotation_before_the_cue_is_no_speaker(build_doc):
    from newsevents.components.quotes import find_subject

    doc = build_doc(
        "“ My answer , ” the club 's chief said .",
        heads=[9, 2, 9, 9, 9, 8, 8, 6, 9, 9, 9],
        deps=["punct", "poss", "nsubj", "punct", "punct", "det", "poss", "case", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "PRON", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "PART", "NOUN", "VERB", "PUNCT"],
        tags=["``", "PRP$", "NN", ",", "''", "DT", "NN", "POS", "NN", "VBD", "."],
    )
    assert find_subject(doc[9], frozenset()).text == "chief"


def test_speaker_after_a_quotation_read_as_a_second_subject(extract):
    quotes = _quotes(extract, "“We are ready for this fight,” Ann Lee, a close ally of the mayor, said Thursday "
                              "morning on Channel Four’s “Good Morning Show.” “We have been ready for weeks.”")
    assert {speaker for _, speaker, _, _ in quotes} == {"Ann Lee"}
    quotes = _quotes(extract, "“My answer, that is simple,” Leeds's former campaign chief said on Monday.")
    assert ("direct", "Leeds's former campaign chief", "My answer, that is simple", "said") in quotes


# --------------------------------------------- a quotation after the attribution sentence

def test_person_in_a_relative_clause_of_the_cues_phrase_is_no_other_voice(extract):
    quotes = _quotes(extract, "The gala was full.\n\n“Our work may not be on the ballot, but our jobs are,” Mr. Tom Reed "
                              "said on Friday night at the charity dinner in Leeds, where Mrs. Ann Lee also spoke. "
                              "“Jobs are on the line. Homes are on the line.”")
    assert any("Homes are on the line" in content for _, _, content, _ in quotes)
    assert all(speaker == "Mr. Tom Reed" for _, speaker, _, _ in quotes)


def test_person_in_an_adverbial_clause_of_the_cue_still_may_be_the_voice(extract):
    quotes = _quotes(extract, "The gala was full.\n\n“Our jobs are on the ballot,” Mr. Tom Reed said after Mrs. Ann Lee "
                              "spoke. “Homes are on the line.”")
    assert ("direct", None, "Homes are on the line", None) in quotes


# --------------------------------------------- footage of a person speaking

def test_footage_of_a_person_saying_is_that_persons_speech(extract):
    quotes = _quotes(extract, "The ad uses footage of the mayor saying, “We will cut taxes next year.”")
    assert ("direct", "the mayor", "We will cut taxes next year", "saying") in quotes
    quotes = _quotes(extract, "The video ends with a clip of Ann Lee asking, “Why are we not ten points ahead?”")
    assert [speaker for _, speaker, _, _ in quotes] == ["Ann Lee"]


def test_recorded_speaker_frame(build_doc):
    from newsevents.components.quotes import _recorded_speaker

    doc = build_doc(
        "The ad uses footage of the mayor saying it",
        heads=[1, 2, 2, 2, 3, 6, 4, 2, 7],
        deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "xcomp", "dobj"],
        pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "VERB", "PRON"],
        tags=["DT", "NN", "VBZ", "NN", "IN", "DT", "NN", "VBG", "PRP"],
    )
    assert _recorded_speaker(doc[7], {"footage"}).text == "mayor"
    assert _recorded_speaker(doc[7], {"clip"}) is None  # "footage" not a recording noun here


# --------------------------------------------- verbs of answering; a charge or ruling after a quotation

def test_answer_and_interject_attribute_a_quotation(extract):
    quotes = _quotes(extract, "The mayor was asked about the plan. He answered, “I have no idea. We are old friends.”")
    assert ("direct", "He", "I have no idea. We are old friends", "answered") in quotes
    assert ("direct", "she", "We are fine", "answered") in _quotes(extract, "“We are fine,” she answered.")
    quotes = _quotes(extract, "Tom Reed tried to laugh it off by interjecting, “Only on Sundays.”")
    assert [speaker for _, speaker, _, _ in quotes] == ["Tom Reed"]


def test_answer_with_a_noun_object_reports_nothing(extract):
    assert _quotes(extract, "She answered questions from reporters for an hour.") == []


def test_charge_and_rule_after_a_quotation_closed_by_a_comma(extract):
    quotes = _quotes(extract, "“You have ignored this town for years,” Ann Lee charged in her opening speech.")
    assert ("direct", "Ann Lee", "You have ignored this town for years", "charged") in quotes
    assert ("direct", "the judge", "The contract is void", "ruled") in _quotes(extract, "“The contract is void,” the judge ruled on Friday.")
    assert _quotes(extract, "The court charged him with theft on Friday.") == []


def test_answer_reports_no_open_question_and_no_quotation_before_its_own_object(extract):
    quotes = _quotes(extract, "The footage also does not answer whether the driver had a knife.")
    assert not any(cue == "answer" for _, _, _, cue in quotes)
    quotes = _quotes(extract, "Ann Lee gave an interview for the paper's series on \"Women in Science,\" answering "
                              "questions about her career.")
    assert not any(cue == "answering" for _, _, _, cue in quotes)


def test_first_subject_outside_quotation_marks_stays_the_speaker(build_doc):
    from newsevents.components.quotes import find_subject

    # "Lee , despite “ doubts ” , voters agreed": a closing mark between two subjects, the first
    # outside any quotation: it is not dropped
    doc = build_doc(
        "Lee , despite “ doubts ” , voters said .",
        heads=[8, 8, 8, 4, 2, 4, 8, 8, 8, 8],
        deps=["nsubj", "punct", "prep", "punct", "pobj", "punct", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "ADP", "PUNCT", "NOUN", "PUNCT", "PUNCT", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", ",", "IN", "``", "NN", "''", ",", "NNS", "VBD", "."],
    )
    assert find_subject(doc[8], frozenset()).text == "Lee"
