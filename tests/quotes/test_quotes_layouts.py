"""Quote layouts of web news text: quotations cut by text run into them (captions, link lists),
a complement clause the parser hung on a noun, and quotations interrupted by their attribution.

Every passage is written for these tests.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import (
    _complements,
    _misplaced_that_clause,
    find_quote_spans,
    find_subject,
    speaker_tokens,
)
from newsevents.record import Record


def inner_texts(text: str) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text)]


def contents(record: Record) -> list[str]:
    return [q.content.text for q in record.quotes]


# ----------------------------------------------------------------------------- quotation marks


def test_an_opening_mark_inside_a_run_on_quotation_opens_the_next_one() -> None:
    # The last paragraph of the run lost its closing mark and a list of links was run into it:
    # 'Town news "So proud ...' opens a new quotation instead of closing the open one there.
    text = ('Ann Lee said: "It was hard. To lose at home, for my town. "It is hard to explain. '
            'More stories Click here Town news "So proud to see them all out there. '
            '"Thank you. I will never forget it." Then she left.')
    assert inner_texts(text) == [
        'It was hard. To lose at home, for my town. "It is hard to explain. More stories Click here Town news',
        'So proud to see them all out there. "Thank you. I will never forget it.',
    ]


def test_a_straight_mark_closing_a_quotation_still_closes_it() -> None:
    text = '"We won," he said "and we will win again." Then he sat down.'
    assert inner_texts(text) == ["We won,", "and we will win again."]


def test_a_single_quotation_continues_over_a_caption_run_into_it() -> None:
    # British style: single marks do not nest in single marks; the second opening mark, whose
    # closing mark ends a sentence, opens the next paragraph of the same quotation.
    text = ("'We gave him a lot to do and the last laps were superb. The driver battled the rain at "
            "the track in the pits 'He was in a class of his own.' While the rain fell he drove on. "
            "'The heart went faster,' he said.")
    assert inner_texts(text) == [
        "We gave him a lot to do and the last laps were superb. The driver battled the rain at the "
        "track in the pits 'He was in a class of his own.",
        "The heart went faster,",
    ]


def test_a_single_mark_opening_inside_a_sentence_is_still_nested_or_dropped() -> None:
    text = "He said 'no and left the room. Later his lawyer called the claim 'utter nonsense'."
    assert inner_texts(text) == ["utter nonsense"]


def test_in_an_article_of_double_marks_a_single_mark_holding_quotations_is_no_quotation() -> None:
    # A bracketed link title run into the text opens a single mark closed by a plural
    # possessive much later: the double-marked quotations between are the article's.
    text = ("They went to the clubhouse. ['Fans had a great night. The mayor's was better.] "
            '"I got worried," Lee said. "We had to talk," Ross said. "It was over," Ross added. '
            "The Cubs' best hitter came up.")
    assert inner_texts(text) == ["I got worried,", "We had to talk,", "It was over,"]


def test_in_an_article_of_single_marks_double_marks_nest_inside_them() -> None:
    text = "'He won,' she said. 'He said \"no\" to me,' Ann said."
    assert inner_texts(text) == ["He won,", 'He said "no" to me,']


# ----------------------------------------------------------------------------- content clauses


def _told_doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_that_clause_the_parser_hung_on_a_noun_of_the_cue_phrase_is_the_content() -> None:
    # "Her uncle told a reporter on an earlier occasion that the pit was near the farm ."
    # with the clause parsed as a modifier of "occasion".
    words = ["Her", "uncle", "told", "a", "reporter", "on", "an", "earlier", "occasion", "that", "the", "pit",
             "was", "near", "the", "farm", "."]
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 5, 12, 11, 12, 8, 12, 15, 13, 2]
    deps = ["poss", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "mark", "det", "nsubj",
            "acl", "prep", "det", "pobj", "punct"]
    tags = ["PRP$", "NN", "VBD", "DT", "NN", "IN", "DT", "JJR", "NN", "IN", "DT", "NN", "VBD", "IN", "DT", "NN", "."]
    pos = ["PRON", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "SCONJ", "DET", "NOUN", "AUX",
           "ADP", "DET", "NOUN", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    clause = _misplaced_that_clause(doc[2])
    assert clause is not None and clause.text == "was"


def test_a_relative_clause_with_that_as_its_subject_is_not_the_content() -> None:
    # "She told reporters at the meeting that was held on Monday ."
    words = ["She", "told", "reporters", "at", "the", "meeting", "that", "was", "held", "on", "Monday", "."]
    heads = [1, 1, 1, 1, 5, 3, 8, 8, 5, 8, 9, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "nsubjpass", "auxpass", "relcl", "prep", "pobj",
            "punct"]
    tags = ["PRP", "VBD", "NNS", "IN", "DT", "NN", "WDT", "VBD", "VBN", "IN", "NNP", "."]
    pos = ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    assert _misplaced_that_clause(_told_doc(words, heads, deps, tags, pos)[1]) is None


def test_reported_speech_with_the_medium_before_that_is_extracted(extract) -> None:
    record = extract("The girl's uncle told a reporter from The Daily Record on an earlier occasion that the pit "
                     "was near their farm and had been used for water.")
    assert any(c.startswith("the pit was near their farm") for c in contents(record))


# ----------------------------------------------------------------------------- interrupted quotations


def test_a_quotation_interrupted_by_its_attribution_is_one_quote(extract) -> None:
    record = extract('"The bridge was never safe," Ruth Cole said, "and everyone in the village knew it."')
    assert len(record.quotes) == 1
    quote = record.quotes[0]
    assert quote.kind == "direct"
    assert quote.content.text.startswith("The bridge was never safe")
    assert quote.content.text.endswith("everyone in the village knew it")
    assert quote.speaker is not None and quote.speaker.text == "Ruth Cole"


def test_single_marks_interrupted_by_an_inverted_attribution_are_one_quote(extract) -> None:
    record = extract("'It is over for this season,' said the coach, 'but we will be back in the spring.'")
    assert contents(record) == ["It is over for this season,' said the coach, 'but we will be back in the spring"]


def test_a_quotation_after_a_finished_sentence_is_a_quote_of_its_own(extract) -> None:
    # Session 15 (quotes4): after its attribution sentence in the same paragraph it goes on with
    # the quote before (one quote of both parts); in the next paragraph it is a quote of its own.
    record = extract('"We won the final," Ruth Cole said. "And we will win it again next year."')
    assert contents(record) == ['We won the final," Ruth Cole said. "And we will win it again next year']
    assert all(q.speaker is not None and q.speaker.text == "Ruth Cole" for q in record.quotes)
    record = extract('"We won the final," Ruth Cole said.\n\n"And we will win it again next year."')
    assert contents(record) == ["We won the final", "And we will win it again next year"]
    assert all(q.speaker is not None and q.speaker.text == "Ruth Cole" for q in record.quotes)


# ----------------------------------------------------------------------------- speakers


def test_a_speaker_phrase_never_starts_inside_the_quotation_before_it() -> None:
    # '" It is stupid , " Ross exclaimed .' with "stupid" parsed as a modifier of Ross.
    words = ['"', "It", "is", "stupid", ",", '"', "Ross", "exclaimed", "."]
    heads = [2, 2, 2, 6, 6, 6, 7, 2, 2]
    deps = ["punct", "nsubj", "ROOT", "amod", "punct", "punct", "nsubj", "ccomp", "punct"]
    tags = ["``", "PRP", "VBZ", "JJ", ",", "''", "NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    assert speaker_tokens(doc[6]) == (6, 7)


def test_a_plural_possessive_mark_stays_in_the_speaker_phrase() -> None:
    words = ["The", "soldiers", "'", "spokesman", "said", "it", "was", "safe", "."]
    heads = [1, 3, 1, 4, 4, 6, 4, 6, 4]
    deps = ["det", "poss", "case", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NNS", "POS", "NN", "VBD", "PRP", "VBD", "JJ", "."]
    pos = ["DET", "NOUN", "PART", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    assert speaker_tokens(doc[3]) == (0, 4)


def test_a_set_off_speaker_with_a_relative_clause_before_the_cue_is_found(extract) -> None:
    record = extract('"This is just awful, just stupid," Ross, who had spun off on lap ten and ended up facing '
                     'the wrong way, exclaimed over the radio. "Stop the race now, how many people have to crash?"')
    # (one quote of both parts since session 15: the second goes on after the attribution sentence)
    assert [(q.speaker.text if q.speaker else None) for q in record.quotes] == ["Ross"]
    assert record.quotes[0].content.text.rstrip("?").endswith("how many people have to crash")


def test_a_participle_of_saying_on_a_passive_verb_is_said_by_its_passive_subject() -> None:
    # "The mayor was filmed telling residents that it was safe ."
    words = ["The", "mayor", "was", "filmed", "telling", "residents", "that", "it", "was", "safe", "."]
    heads = [1, 3, 3, 3, 3, 4, 8, 8, 4, 8, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "xcomp", "dobj", "mark", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "VBG", "NNS", "IN", "PRP", "VBD", "JJ", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "VERB", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    subject = find_subject(doc[4], frozenset({"tell"}))
    assert subject is not None and subject.text == "mayor"


def test_a_passive_without_a_participle_of_saying_names_nobody(extract) -> None:
    record = extract("It was announced on Monday that the old paper mill would close.")
    assert [q.speaker for q in record.quotes] == [None]


def test_speakers_heard_quoted_or_coordinated_with_a_passive(extract) -> None:
    record = extract('With the storm closing in, Ross was heard on the radio saying "we should stop now". '
                     "Ann Lee was quoted as saying that the deal was dead. "
                     "The coach was sacked on Monday and later said that he had no regrets.")
    speakers = {q.content.text: q.speaker.text if q.speaker else None for q in record.quotes}
    assert speakers == {"we should stop now": "Ross", "the deal was dead": "Ann Lee", "he had no regrets": "The coach"}


def test_the_speaker_of_an_as_clause_is_the_subject_after_as() -> None:
    # "The island , as one adviser pointed out , does not flood ." with both subjects on the cue.
    words = ["The", "island", ",", "as", "one", "adviser", "pointed", "out", ",", "does", "not", "flood", "."]
    heads = [1, 6, 6, 6, 5, 6, 6, 6, 6, 11, 11, 6, 6]
    deps = ["det", "nsubj", "punct", "mark", "nummod", "nsubj", "ROOT", "prt", "punct", "aux", "neg", "ccomp",
            "punct"]
    tags = ["DT", "NN", ",", "IN", "CD", "NN", "VBD", "RP", ",", "VBZ", "RB", "VB", "."]
    pos = ["DET", "NOUN", "PUNCT", "SCONJ", "NUM", "NOUN", "VERB", "ADP", "PUNCT", "AUX", "PART", "VERB", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    subject = find_subject(doc[6], frozenset())
    assert subject is not None and subject.text == "adviser"


# ----------------------------------------------------------------------------- "of" + gerund


def test_a_gerund_clause_after_of_is_what_a_verb_of_saying_reports(extract) -> None:
    record = extract("The senator took to Twitter to accuse the council of wasting public money on the stadium. "
                     "Residents complained of being ignored by the council for years.")
    found = {q.content.text: q.speaker.text if q.speaker else None for q in record.quotes}
    assert found == {"wasting public money on the stadium": "The senator",
                     "being ignored by the council for years": "Residents"}


def test_a_noun_after_of_is_a_topic_not_what_was_said(extract) -> None:
    assert extract("The mayor warned of floods and storms along the coast.").quotes == []


# ----------------------------------------------------------------------------- manner verbs


def test_a_quotation_attributed_with_a_verb_of_laughing_or_sighing_has_its_speaker(extract) -> None:
    record = extract('"It was the best night of my life," Ann Lee laughed. '
                     '"We were so lucky to get out of the house alive," Tom Reed sighed.')
    found = {q.content.text: (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
             for q in record.quotes}
    assert found == {"It was the best night of my life": ("Ann Lee", "laughed"),
                     "We were so lucky to get out of the house alive": ("Tom Reed", "sighed")}


def test_a_verb_of_laughing_without_a_quotation_or_clause_reports_nothing(extract) -> None:
    record = extract("The crowd laughed when the mayor fell over. The old branch snapped and the boy fell.")
    assert record.quotes == []


def test_a_fronted_passive_participle_of_asking_is_no_quote_of_the_subject(extract) -> None:
    record = extract('Asked whether he would resign, the minister said: "Absolutely not, I have work to do."')
    found = [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.content.text)
             for q in record.quotes]
    assert found == [("Asked", None, "he would resign"), ("said", "the minister", "Absolutely not, I have work to do")]


def test_a_participle_of_weeping_takes_no_phrase_of_its_own_as_content(extract) -> None:
    record = extract('"This is the best day of my whole life," said Dina Lee, 33, sobbing on the street '
                     'where fans waved "W" flags.')
    assert [q.content.text for q in record.quotes] == ["This is the best day of my whole life"]


# ----------------------------------------------------------------------------- colons and semicolons


def test_a_clause_before_a_semicolon_is_not_the_complement_of_the_cue_after_it() -> None:
    # "It is unlikely ; her team says she will run ." with both clauses parsed as complements.
    words = ["It", "is", "unlikely", ";", "her", "team", "says", "she", "will", "run", "."]
    heads = [1, 6, 1, 6, 5, 6, 6, 9, 9, 6, 6]
    deps = ["nsubj", "ccomp", "acomp", "punct", "poss", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    tags = ["PRP", "VBZ", "JJ", ":", "PRP$", "NN", "VBZ", "PRP", "MD", "VB", "."]
    pos = ["PRON", "AUX", "ADJ", "PUNCT", "PRON", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _told_doc(words, heads, deps, tags, pos)
    assert [c.text for c in _complements(doc[6]) if c.dep_ == "ccomp"] == ["run"]


def test_what_was_said_after_a_colon_or_semicolon_is_the_clause_after_the_cue(extract) -> None:
    record = extract("The ruling set off another round of angry exchanges on Friday: residents said they were "
                     "convinced the council had mishandled the plan. It is an unlikely outcome; the mayor's team "
                     "says she will continue her campaign later this week.")
    assert [q.content.text for q in record.quotes] == [
        "they were convinced the council had mishandled the plan",
        "she will continue her campaign later this week",
    ]


# ----------------------------------------------------------------------------- posts


def test_a_post_copied_after_tweeted_and_a_colon_is_its_whole_paragraph(extract) -> None:
    record = extract("The singer tweeted: Thank you all for the kind messages. I will be back on stage soon.\n\n"
                     "Her manager said the tour would go on as planned.")
    found = {q.cue.text: q.content.text for q in record.quotes}
    assert found == {"tweeted": "Thank you all for the kind messages. I will be back on stage soon",
                     "said": "the tour would go on as planned"}


def test_speech_after_a_colon_without_marks_is_one_sentence_for_other_verbs(extract) -> None:
    record = extract("The governor added: It is typical of them. We will respond in time.\n\nThe army was silent.")
    assert [q.content.text for q in record.quotes] == ["It is typical of them"]
