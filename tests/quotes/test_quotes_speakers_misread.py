"""Rules of branch quotes32 (issue 15): speakers and quotations the parser's misreadings hid.
``which she said held ...`` (the relative pronoun hung on the cue as a second subject): the speaker
is ``she``; a name the parser made a compound of the cue verb is its subject; a quotation right
after another cue (``a fan shouted, "Lund,"``) is that cue's, and the next cue's quotation comes
after its participle clause; a name alone called out is no statement; a colon ending the cue's
phrase still opens its quotation when the parser hung the cue on the quoted sentence. Sentences of
our own; their parses written out by hand (the misreadings included)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsevents.components.quotes import QuotesStage

# The files went to the council, which she said held all her notes.  ("which" read as a subject of "said")
WHICH_SHE_SAID = [
    ("The", True, "DT", "DET", "det", 1, "the", ""),
    ("files", True, "NNS", "NOUN", "nsubj", 2, "file", ""),
    ("went", True, "VBD", "VERB", "ROOT", 2, "go", ""),
    ("to", True, "IN", "ADP", "prep", 2, "to", ""),
    ("the", True, "DT", "DET", "det", 5, "the", ""),
    ("council", False, "NN", "NOUN", "pobj", 3, "council", ""),
    (",", True, ",", "PUNCT", "punct", 5, ",", ""),
    ("which", True, "WDT", "PRON", "nsubj", 9, "which", ""),
    ("she", True, "PRP", "PRON", "nsubj", 9, "she", ""),
    ("said", True, "VBD", "VERB", "relcl", 5, "say", ""),
    ("held", True, "VBD", "VERB", "ccomp", 9, "hold", ""),
    ("all", True, "DT", "DET", "det", 13, "all", ""),
    ("her", True, "PRP$", "PRON", "poss", 13, "her", ""),
    ("notes", False, "NNS", "NOUN", "dobj", 10, "note", ""),
    (".", False, ".", "PUNCT", "punct", 2, ".", ""),
]
# When a fan shouted, "Lund," Berg joked, again using a loud voice, "Hello, friend!"
SHOUT_THEN_JOKE = [
    ("When", True, "WRB", "SCONJ", "advmod", 3, "when", ""),
    ("a", True, "DT", "DET", "det", 2, "a", ""),
    ("fan", True, "NN", "NOUN", "nsubj", 3, "fan", ""),
    ("shouted", False, "VBD", "VERB", "advcl", 10, "shout", ""),
    (",", True, ",", "PUNCT", "punct", 3, ",", ""),
    ('"', False, "``", "PUNCT", "punct", 3, '"', ""),
    ("Lund", False, "NNP", "PROPN", "dobj", 3, "Lund", "PERSON"),
    (",", False, ",", "PUNCT", "punct", 6, ",", ""),
    ('"', True, "''", "PUNCT", "punct", 10, '"', ""),
    ("Berg", True, "NNP", "PROPN", "nsubj", 10, "Berg", "PERSON"),
    ("joked", False, "VBD", "VERB", "ROOT", 10, "joke", ""),
    (",", True, ",", "PUNCT", "punct", 10, ",", ""),
    ("again", True, "RB", "ADV", "advmod", 13, "again", ""),
    ("using", True, "VBG", "VERB", "advcl", 10, "use", ""),
    ("a", True, "DT", "DET", "det", 16, "a", ""),
    ("loud", True, "JJ", "ADJ", "amod", 16, "loud", ""),
    ("voice", False, "NN", "NOUN", "dobj", 13, "voice", ""),
    (",", True, ",", "PUNCT", "punct", 10, ",", ""),
    ('"', False, "``", "PUNCT", "punct", 10, '"', ""),
    ("Hello", False, "UH", "INTJ", "intj", 10, "hello", ""),
    (",", True, ",", "PUNCT", "punct", 19, ",", ""),
    ("friend", False, "NN", "NOUN", "appos", 19, "friend", ""),
    ("!", False, ".", "PUNCT", "punct", 10, "!", ""),
    ('"', False, "''", "PUNCT", "punct", 10, '"', ""),
]
# After the vote, the club said in a statement: "The result stands."  ("said" read as a clause of "stands")
COLON_REVERSED = [
    ("After", True, "IN", "ADP", "prep", 6, "after", ""),
    ("the", True, "DT", "DET", "det", 2, "the", ""),
    ("vote", False, "NN", "NOUN", "pobj", 0, "vote", ""),
    (",", True, ",", "PUNCT", "punct", 6, ",", ""),
    ("the", True, "DT", "DET", "det", 5, "the", ""),
    ("club", True, "NN", "NOUN", "nsubj", 6, "club", ""),
    ("said", True, "VBD", "VERB", "ccomp", 14, "say", ""),
    ("in", True, "IN", "ADP", "prep", 6, "in", ""),
    ("a", True, "DT", "DET", "det", 9, "a", ""),
    ("statement", False, "NN", "NOUN", "pobj", 7, "statement", ""),
    (":", True, ":", "PUNCT", "punct", 14, ":", ""),
    ('"', False, "``", "PUNCT", "punct", 14, '"', ""),
    ("The", True, "DT", "DET", "det", 13, "the", ""),
    ("result", True, "NN", "NOUN", "nsubj", 14, "result", ""),
    ("stands", False, "VBZ", "VERB", "ROOT", 14, "stand", ""),
    (".", False, ".", "PUNCT", "punct", 14, ".", ""),
    ('"', False, "''", "PUNCT", "punct", 14, '"', ""),
]


def _doc(rows: list[tuple]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows],
              tags=[r[2] for r in rows], pos=[r[3] for r in rows], deps=[r[4] for r in rows],
              heads=[r[5] for r in rows], lemmas=[r[6] for r in rows],
              sent_starts=[k == 0 for k in range(len(rows))])
    doc.ents = [Span(doc, i, i + 1, label=r[7]) for i, r in enumerate(rows) if r[7]]
    return doc


def _quotes(rows: list[tuple]) -> list[tuple[str, str | None]]:
    return [(q.content.text, q.speaker.text if q.speaker else None)
            for q in QuotesStage(None, "quotes").extract(_doc(rows))]


def test_a_saying_inside_a_relative_clause_is_the_inner_subjects() -> None:
    assert _quotes(WHICH_SHE_SAID) == [("held all her notes", "she")]


def test_a_quotation_after_a_participle_clause_is_the_cues() -> None:
    assert _quotes(SHOUT_THEN_JOKE) == [("Hello, friend!", "Berg")]


def test_a_name_read_as_a_compound_of_the_cue_is_its_subject() -> None:
    rows = [*SHOUT_THEN_JOKE[:9], ("Berg", True, "NNP", "PROPN", "compound", 10, "Berg", "PERSON"), *SHOUT_THEN_JOKE[10:]]
    assert _quotes(rows) == [("Hello, friend!", "Berg")]


def test_a_name_called_out_alone_is_no_statement_but_a_said_one_is() -> None:
    # When a fan shouted, "Lund," ... : the call is no quote (above); with "said" it would be
    said = [r if r[0] != "shouted" else ("said", False, "VBD", "VERB", "advcl", 10, "say", "") for r in SHOUT_THEN_JOKE]
    assert ("Lund", "a fan") in _quotes(said)


def test_a_colon_ends_the_cues_phrase_when_the_cue_hangs_on_the_quotation() -> None:
    assert _quotes(COLON_REVERSED) == [("The result stands", "the club")]
