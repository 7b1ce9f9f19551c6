"""Branch tp39 (issue 15; the residual times of news-dev6 and news-dev47): a bare month on a noun
that is the object of a verb of leading to an outcome or of readying for an event (``leadsto`` of
time_words.tsv, with its particle or preposition) is the coming month, the outcome being after the
act; under a simple past (``led to a shortage in November``) the tense reads it as before. Hand-built
Docs of sentences written for these tests; none is taken from a corpus."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsevents.record import make_article

PUBLISHED = "2026-03-16"  # the nearest November is the last one, four months back


def _doc(pipeline, rows: list[tuple]) -> Doc:
    words, tags, pos, heads, deps, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    i = words.index("November")
    doc.ents = [Span(doc, i, i + 1, label="DATE")]
    doc._.article = make_article(" ".join(words), published=PUBLISHED)
    return doc


def _value(pipeline, doc: Doc) -> str | None:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    return {t.text: t.value for t in stage.find(doc)}["November"]


TRANSLATE = [("Turnout", "NN", "NOUN", 4, "nsubj", "turnout"), ("often", "RB", "ADV", 4, "advmod", "often"),
             ("does", "VBZ", "AUX", 4, "aux", "do"), ("not", "RB", "PART", 4, "neg", "not"),
             ("translate", "VB", "VERB", 4, "ROOT", "translate"), ("into", "IN", "ADP", 4, "prep", "into"),
             ("a", "DT", "DET", 7, "det", "a"), ("victory", "NN", "NOUN", 5, "pobj", "victory"),
             ("in", "IN", "ADP", 7, "prep", "in"), ("November", "NNP", "PROPN", 8, "pobj", "November"),
             (".", ".", "PUNCT", 4, "punct", ".")]


def test_a_month_of_an_outcome_told_in_the_present_is_the_coming_one(pipeline) -> None:
    # Turnout often does not translate into a victory in November .
    assert _value(pipeline, _doc(pipeline, TRANSLATE)) == "2026-11"


def test_a_month_of_an_event_readied_for_by_a_participle_is_the_coming_one(pipeline) -> None:
    # She won the vote , teeing up the November runoff .
    rows = [("She", "PRP", "PRON", 1, "nsubj", "she"), ("won", "VBD", "VERB", 1, "ROOT", "win"),
            ("the", "DT", "DET", 3, "det", "the"), ("vote", "NN", "NOUN", 1, "dobj", "vote"),
            (",", ",", "PUNCT", 1, "punct", ","), ("teeing", "VBG", "VERB", 1, "advcl", "tee"),
            ("up", "RP", "ADP", 5, "prt", "up"), ("the", "DT", "DET", 9, "det", "the"),
            ("November", "NNP", "PROPN", 9, "compound", "November"), ("runoff", "NN", "NOUN", 5, "dobj", "runoff"),
            (".", ".", "PUNCT", 1, "punct", ".")]
    assert _value(pipeline, _doc(pipeline, rows)) == "2026-11"


def test_under_a_simple_past_the_tense_reads_the_month(pipeline) -> None:
    # The strike led to a shortage in November .
    rows = [("The", "DT", "DET", 1, "det", "the"), ("strike", "NN", "NOUN", 2, "nsubj", "strike"),
            ("led", "VBD", "VERB", 2, "ROOT", "lead"), ("to", "IN", "ADP", 2, "prep", "to"),
            ("a", "DT", "DET", 5, "det", "a"), ("shortage", "NN", "NOUN", 3, "pobj", "shortage"),
            ("in", "IN", "ADP", 5, "prep", "in"), ("November", "NNP", "PROPN", 6, "pobj", "November"),
            (".", ".", "PUNCT", 2, "punct", ".")]
    assert _value(pipeline, _doc(pipeline, rows)) == "2025-11"


def test_another_verb_leaves_the_nearest_reading(pipeline) -> None:
    # Turnout often does not turn into a victory in November .  ("turn" is no verb of the table)
    rows = [row if row[0] != "translate" else ("turn", "VB", "VERB", 4, "ROOT", "turn") for row in TRANSLATE]
    assert _value(pipeline, _doc(pipeline, rows)) == "2025-11"
