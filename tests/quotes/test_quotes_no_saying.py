"""Rules of branch quotes32 (issue 15): clauses that report no saying. The writer's aside ``it is worth noting that``, and people
showing something by their conduct (``the senators show how divided they are``) are no quotes,
while the same clauses with a saying, a speaker or a thing as subject stay quotes. Sentences of
our own; their parses written out by hand, so the rules are checked, not the parser."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import QuotesStage

# rows: word, space after, tag, pos, dep, head, lemma
NOT_SAY = [  # The mayor did not say whether the bridge would reopen.
    ("The", True, "DT", "DET", "det", 1, "the"),
    ("mayor", True, "NN", "NOUN", "nsubj", 4, "mayor"),
    ("did", True, "VBD", "AUX", "aux", 4, "do"),
    ("not", True, "RB", "PART", "neg", 4, "not"),
    ("say", True, "VB", "VERB", "ROOT", 4, "say"),
    ("whether", True, "IN", "SCONJ", "mark", 9, "whether"),
    ("the", True, "DT", "DET", "det", 7, "the"),
    ("bridge", True, "NN", "NOUN", "nsubj", 9, "bridge"),
    ("would", True, "MD", "AUX", "aux", 9, "would"),
    ("reopen", False, "VB", "VERB", "ccomp", 4, "reopen"),
    (".", False, ".", "PUNCT", "punct", 4, "."),
]
SAID = [  # The mayor said that the bridge would reopen.
    ("The", True, "DT", "DET", "det", 1, "the"),
    ("mayor", True, "NN", "NOUN", "nsubj", 2, "mayor"),
    ("said", True, "VBD", "VERB", "ROOT", 2, "say"),
    ("that", True, "IN", "SCONJ", "mark", 7, "that"),
    ("the", True, "DT", "DET", "det", 5, "the"),
    ("bridge", True, "NN", "NOUN", "nsubj", 7, "bridge"),
    ("would", True, "MD", "AUX", "aux", 7, "would"),
    ("reopen", False, "VB", "VERB", "ccomp", 2, "reopen"),
    (".", False, ".", "PUNCT", "punct", 2, "."),
]
WORTH = [  # It is worth noting that the club won the cup.
    ("It", True, "PRP", "PRON", "nsubj", 1, "it"),
    ("is", True, "VBZ", "AUX", "ROOT", 1, "be"),
    ("worth", True, "JJ", "ADJ", "acomp", 1, "worth"),
    ("noting", True, "VBG", "VERB", "xcomp", 2, "note"),
    ("that", True, "IN", "SCONJ", "mark", 7, "that"),
    ("the", True, "DT", "DET", "det", 6, "the"),
    ("club", True, "NN", "NOUN", "nsubj", 7, "club"),
    ("won", True, "VBD", "VERB", "ccomp", 3, "win"),
    ("the", True, "DT", "DET", "det", 9, "the"),
    ("cup", False, "NN", "NOUN", "dobj", 7, "cup"),
    (".", False, ".", "PUNCT", "punct", 1, "."),
]
NOTED = [  # The coach noted that the club won the cup.
    ("The", True, "DT", "DET", "det", 1, "the"),
    ("coach", True, "NN", "NOUN", "nsubj", 2, "coach"),
    ("noted", True, "VBD", "VERB", "ROOT", 2, "note"),
    ("that", True, "IN", "SCONJ", "mark", 6, "that"),
    ("the", True, "DT", "DET", "det", 5, "the"),
    ("club", True, "NN", "NOUN", "nsubj", 6, "club"),
    ("won", True, "VBD", "VERB", "ccomp", 2, "win"),
    ("the", True, "DT", "DET", "det", 8, "the"),
    ("cup", False, "NN", "NOUN", "dobj", 6, "cup"),
    (".", False, ".", "PUNCT", "punct", 2, "."),
]


def _show(subject: str, lemma: str, tag: str = "NNS") -> list[tuple]:
    # The <subject> show how divided they are.
    return [
        ("The", True, "DT", "DET", "det", 1, "the"),
        (subject, True, tag, "NOUN", "nsubj", 2, lemma),
        ("show", True, "VBP", "VERB", "ROOT", 2, "show"),
        ("how", True, "WRB", "SCONJ", "advmod", 4, "how"),
        ("divided", True, "JJ", "ADJ", "acomp", 6, "divided"),
        ("they", True, "PRP", "PRON", "nsubj", 6, "they"),
        ("are", False, "VBP", "AUX", "ccomp", 2, "be"),
        (".", False, ".", "PUNCT", "punct", 2, "."),
    ]


def _quotes(rows: list[tuple], ents: list[tuple[int, int, str]] = ()) -> list[str]:
    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows],
              tags=[r[2] for r in rows], pos=[r[3] for r in rows], deps=[r[4] for r in rows],
              heads=[r[5] for r in rows], lemmas=[r[6] for r in rows],
              sent_starts=[k == 0 for k in range(len(rows))])
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return [q.content.text for q in QuotesStage(None, "quotes").extract(doc)]


def test_a_negated_cue_stays_a_quote_as_polnear_annotates_it() -> None:
    # a rule dropping negated cues ("did not say whether ...") lowered PolNeAR dev's speech recall
    assert len(_quotes(NOT_SAY)) == 1
    assert _quotes(SAID) == ["the bridge would reopen"]


def test_the_writers_aside_after_worth_is_no_quote() -> None:
    assert _quotes(WORTH) == []
    assert _quotes(NOTED) == ["the club won the cup"]


def test_people_showing_by_their_conduct_say_nothing() -> None:
    assert _quotes(_show("senators", "senator")) == []
    assert _quotes(_show("Greens", "Greens", "NNPS"), [(1, 2, "NORP")]) == []
    assert _quotes(_show("figures", "figure")) == ["how divided they are"]
    # The senators show that they are divided: a claim put forward, kept
    that = [*_show("senators", "senator")[:3],
            ("that", True, "IN", "SCONJ", "mark", 5, "that"),
            ("they", True, "PRP", "PRON", "nsubj", 5, "they"),
            ("are", True, "VBP", "AUX", "ccomp", 2, "be"),
            ("divided", False, "JJ", "ADJ", "acomp", 5, "divided"),
            (".", False, ".", "PUNCT", "punct", 2, ".")]
    assert _quotes(that) == ["they are divided"]
