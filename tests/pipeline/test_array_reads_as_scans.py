"""speed20: rules that read the Doc's arrays (or its Token objects made once) say what the whole-Doc
Token scans they replace said (sentences of our own; each reference below is the scan as it was).

- the event stage's trigger flags, hyphen-joined words included (``walk-out``, ``sit-in``);
- the disaster-story test and the clubs named before a sport word;
- the PLOVER contexts of a sentence and its paragraph;
- the quote stage's ``by ... own admission``, a noun of saying with a ``that`` clause, and a saying
  verb the tagger read as a noun, each still found (and a ``by`` of time still no attribution).
"""

from __future__ import annotations

from newsevents.components import events
from newsevents.docquery import doc_sentences
from newsevents.eventcoding import doerless, situate
from newsevents.eventcoding.lexicon import lexicon_entries

TEXT = ("Dock workers began a walk-out on Monday after the cease-fire talks failed, and a sit-in went on at "
        "the port.\nThe storm flooded the valley and the earthquake damaged roads, officials at the agency say.\n"
        "A former Rovers striker joined the Harriers manager at the Rovers training ground.")


def _tables(pipeline):
    return pipeline.nlp.get_pipe("newsevents_events").data


def _may_trigger_by_tokens(doc, lexicon) -> list[bool]:
    flags = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX", "NOUN"):
            flags.append(False)
        elif token.pos_ != "NOUN" and token.dep_ == "ccomp":
            flags.append(True)
        else:
            flags.append(bool(lexicon_entries(token.pos_, token.lemma_.lower(), token.lower_, lexicon)))
    for token in doc:
        if not flags[token.i] and token.pos_ in ("VERB", "NOUN") and token.i >= 2 and doc[token.i - 1].text == "-":
            flags[token.i] = any(lexicon_entries(token.pos_, form, form, lexicon) for form in doerless.hyphen_forms(token))
    return flags


def test_trigger_flags_from_the_arrays_are_those_of_a_token_scan(pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    lexicon = _tables(pipeline).lexicon
    flags = events._may_trigger(doc, lexicon)
    assert flags == _may_trigger_by_tokens(doc, lexicon)
    assert any(flags)
    # a word after a hyphen is looked at (the test text has two)
    assert [t.i for t in doc if t.text == "-"]


def test_disaster_story_and_clubs_from_the_arrays_are_those_of_a_token_scan(pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    cues = _tables(pipeline).cues
    nouns = {t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN")}
    words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    harmful = (set(cues.weapon) | cues.attack | cues.intent) - cues.accident - cues.disaster
    expected = bool(nouns & cues.disaster) and not words & harmful
    assert events._reads_as_disaster_story(doc, cues) == expected
    vocabulary = cues.sport | cues.sport_report | cues.sport_party
    clubs = {t.lower_ for t in doc if t.pos_ == "PROPN" and t.dep_ in ("compound", "poss", "nmod")
             and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in vocabulary}
    assert events._club_names(doc, cues) == clubs


def test_a_story_without_a_disaster_noun_is_no_disaster_story(pipeline) -> None:
    doc = pipeline.nlp("The council approved the new budget on Tuesday.")
    assert not events._reads_as_disaster_story(doc, _tables(pipeline).cues)


def test_contexts_from_the_arrays_are_those_of_a_token_scan(pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    cues = _tables(pipeline).cues
    for sentence in doc_sentences(doc):
        for limit in (1, 3, 10):
            found: list[str] = []
            for token in sentence:
                context = cues.context.get(token.lemma_.lower()) or cues.context.get(token.lower_)
                if context and context not in found:
                    found.append(context)
            if len(found) < limit:
                start, end = situate.paragraph_around(doc.text, sentence.start_char, sentence.end_char)
                for token in doc.char_span(start, end, alignment_mode="expand") or []:
                    context = cues.context.get(token.lemma_.lower())
                    if context and context not in found:
                        found.append(context)
            assert situate.contexts_for(doc, sentence, cues, limit) == found[:limit]


def test_by_an_owners_own_account_is_still_found(extract) -> None:
    record = extract("By the mayor's own account, the new bridge opened two years late.", published="2025-03-12")
    assert any(q.speaker is not None and "mayor" in q.speaker.text and "bridge" in q.content.text for q in record.quotes)


def test_a_by_phrase_of_time_is_still_no_attribution(extract) -> None:
    record = extract("By the end of the week, the new bridge had opened to traffic.", published="2025-03-12")
    assert not record.quotes


def test_a_noun_of_saying_with_a_that_clause_is_still_found(extract) -> None:
    record = extract("The union's claim that the mine was unsafe was rejected by the owners.", published="2025-03-12")
    assert any("mine was unsafe" in q.content.text for q in record.quotes)


def test_a_span_text_read_from_the_article_text_is_the_span_text(pipeline) -> None:
    """The entity and place rules read a span's words from the article's text by its characters
    (spaCy's ``span.text`` makes a Token per word): the same string for every span, line breaks and
    trailing spaces included."""
    from newsevents.docquery import doc_text

    doc = pipeline.nlp("Port of  Felixstowe reopened.\n\nA young hacker goes by the name Zantor , officials said. ")
    text = doc_text(doc)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            span = doc[start:end]
            assert text[span.start_char:span.end_char] == span.text


def test_a_run_on_name_is_still_cut_before_its_lower_case_tail(extract) -> None:
    record = extract("The Tom Reed-led committee met on Monday, and Tom Reed said the plan would pass.",
                     published="2025-03-12")
    assert not any(m.text.endswith("led") for e in record.entities for m in e.mentions)
