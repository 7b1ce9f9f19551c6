"""Rules from the misses of the held-out quote set (tests/quotes/test_quotes_heldout1.py), each tested
here on sentences of our own -- none of them is a sentence of that set:

- a title of a work inside a sentence (title case, no cue) is no quotation;
- a comma run into a double quotation mark between words (``said,"Look``, ``city,"said``) is
  split off by the tokenizer, and such a mark opens a quotation when none is open;
- the clause a colon ends, hung by the parser on the quotation's verb, still names its subject;
- a speaker named by role with the name in apposition (``the charity's chief executive, Nadia
  Petrov,``) is the named person;
- an eyewitness's sentence that describes another person without a name (``pulled an elderly man
  from the flat``) still gives the eyewitness the quotation after it;
- ``The Ministry of Transport`` is a body's name, not a title (``the Secretary of State``).
"""

from __future__ import annotations

import pytest

from newsevents.components.quotes import QuotesStage, _names_a_work, find_quote_spans
from quotes_heldout import quotes_of

PUBLISHED = "2025-11-20"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, speaker entity name) of each quote."""
    return quotes_of(extract, text, PUBLISHED)


# ------------------------------------------------------------------------- titles of works

@pytest.mark.parametrize("words,title", [
    ("The Quiet Harbour", True),
    ("Dancing Under the Northern Lights", True),
    ("Who Wants to Be a Champion", True),
    ("I love New York", False),
    ("We will fight on", False),
    ("it is over for us", False),
])
def test_title_case_names_a_work(words, title) -> None:
    assert _names_a_work(words) is title


def test_a_title_inside_a_sentence_is_no_quote_but_spoken_words_are(extract) -> None:
    assert _quotes(extract, 'Critics loved the documentary "A Winter on the Frozen Sea" at the festival in Oslo.') == []
    assert _quotes(extract, 'Readers voted "Songs From the Old Mill Road" the album of the year.') == []
    # words in the case of speech stay a quote without a cue
    found = _quotes(extract, 'The crowd outside the town hall chanted "we want our jobs back" for an hour.')
    assert [q[0] for q in found] == ["we want our jobs back"]


# ------------------------------------------------------------------------- marks run into words

def test_a_comma_run_into_an_opening_mark_opens_a_quotation() -> None:
    text = 'Ann Ruiz said,"Go home now, all of you."'
    (span,) = find_quote_spans(text)
    assert text[span.inner[0] : span.inner[1]] == "Go home now, all of you."
    # inside an open quotation the same layout closes it
    text = '"We won the cup,"shouted Ann Ruiz.'
    (span,) = find_quote_spans(text)
    assert text[span.inner[0] : span.inner[1]] == "We won the cup,"


def test_the_tokenizer_splits_a_comma_and_a_mark_run_into_words(pipeline) -> None:
    doc = pipeline.nlp.make_doc('Ann Ruiz said,"Go home." "We won,"shouted Tom Baird. The U.S. team won.')
    words = " | ".join(t.text for t in doc)
    assert 'said | , | " | Go' in words and 'won | , | " | shouted' in words
    assert "| U.S. |" in words


def test_quotations_run_into_their_cue_are_read(extract) -> None:
    said = _quotes(extract, 'Harbour master Tom Baird said,"Nobody should sail until the storm has passed."')
    assert said == [("Nobody should sail until the storm has passed", "Harbour master Tom Baird", "Tom Baird")]
    after = _quotes(extract, '"The ferry will run again on Monday,"said Ann Ruiz, who manages the port.')
    assert [(q[0], q[2]) for q in after] == [("The ferry will run again on Monday", "Ann Ruiz")]


# ------------------------------------------------------------------------- the clause a colon ends

def test_the_subject_of_a_clause_before_a_colon_hung_on_the_quotation(build_doc) -> None:
    doc = build_doc(
        'Union leader Tom Baird was furious : " This offer is an insult . "',
        heads=[3, 3, 3, 4, 10, 4, 10, 10, 9, 10, 10, 12, 10, 10, 10],
        deps=["compound", "compound", "compound", "nsubj", "ccomp", "acomp", "punct", "punct", "det", "nsubj",
              "ROOT", "det", "attr", "punct", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT", "PUNCT", "DET", "NOUN", "AUX", "DET",
             "NOUN", "PUNCT", "PUNCT"],
    )
    speaker = QuotesStage(None, "quotes")._intro_speaker(doc[6])
    assert speaker is not None and speaker.text == "Baird"


def test_a_speaker_introduced_by_an_adjective_and_a_colon(extract) -> None:
    found = _quotes(extract, 'Opposition leader Ruth Calder was furious: "This budget punishes every family in the north."')
    assert [(q[0], q[2]) for q in found] == [("This budget punishes every family in the north", "Ruth Calder")]


# ------------------------------------------------------------------------- a name in apposition

def test_a_role_with_the_name_in_apposition_is_the_named_person(extract) -> None:
    found = _quotes(extract, "The charity's chief executive, Nadia Petrov, had a warning for ministers: "
                             '"Cut this funding and families will go hungry."')
    assert [(q[0], q[2]) for q in found] == [("Cut this funding and families will go hungry", "Nadia Petrov")]


# ------------------------------------------------------------------------- the eyewitness

def test_a_person_described_without_a_name_is_no_rival_of_the_eyewitness(extract) -> None:
    found = _quotes(extract, 'Firefighter Joe Brand pulled an elderly man from the burning flat. '
                             '"The smoke was so thick I could not see my own hand."')
    assert [q[2] for q in found] == ["Joe Brand"]
    # a second person named is still a rival: nobody is guessed
    named = _quotes(extract, 'Firefighter Joe Brand pulled Ann Cole from the burning flat. '
                             '"The smoke was so thick I could not see my own hand."')
    assert [q[1] for q in named] == [None]


# ------------------------------------------------------------------------- "The Ministry of ..."

def test_the_ministry_of_a_remit_is_a_body_named_whole(extract) -> None:
    record = extract("The Ministry of Transport said the bridge would reopen in May.", published=PUBLISHED)
    assert [(e.name, e.type) for e in record.entities] == [("Ministry of Transport", "ORG")]
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity == record.entities[0].id
    titled = extract("The Secretary of State said the bridge would reopen in May.", published=PUBLISHED)
    assert [e.type for e in titled.entities] == ["PERSON"]
