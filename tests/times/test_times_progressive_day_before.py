"""Branch tp39 (issue 15; news-dev66/68's time classes): a bare weekday told with a present
progressive, which tells an act going on as well as one arranged ahead, is the day before the
publication when the future reading would put it six days on (a report dated the morning after
names the writer's day with a bare weekday; a day six days ahead is written ``next <weekday>`` or
with its date). A nearer day ahead, or a weekday with ``will``, keeps the future reading.
Hand-built Docs of sentences written for these tests; none is taken from a corpus."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsevents.record import make_article

PUBLISHED = "2026-07-16"  # a Thursday


def _doc(pipeline, rows: list[tuple], date_word: str) -> Doc:
    words, tags, pos, heads, deps, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    i = words.index(date_word)
    doc.ents = [Span(doc, i, i + 1, label="DATE")]
    doc._.article = make_article(" ".join(words), published=PUBLISHED)
    return doc


def _values(pipeline, doc: Doc) -> dict[str, str | None]:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    return {t.text: t.value for t in stage.find(doc)}


def _touring(day: str, aux: tuple = ("'s", "VBZ", "AUX", "be"), verb: tuple = ("touring", "VBG", "VERB", "tour")):
    # The mayor 's touring <day> in Maine .
    return [("The", "DT", "DET", 1, "det", "the"), ("mayor", "NN", "NOUN", 3, "nsubj", "mayor"),
            (aux[0], aux[1], aux[2], 3, "aux", aux[3]), (verb[0], verb[1], verb[2], 3, "ROOT", verb[3]),
            (day, "NNP", "PROPN", 3, "npadvmod", day), ("in", "IN", "ADP", 3, "prep", "in"),
            ("Maine", "NNP", "PROPN", 5, "pobj", "Maine"), (".", ".", "PUNCT", 3, "punct", ".")]


def test_a_progressive_weekday_six_days_ahead_is_the_day_before(pipeline) -> None:
    doc = _doc(pipeline, _touring("Wednesday"), "Wednesday")
    assert _values(pipeline, doc)["Wednesday"] == "2026-07-15"


def test_a_nearer_progressive_weekday_stays_ahead(pipeline) -> None:
    doc = _doc(pipeline, _touring("Saturday"), "Saturday")
    assert _values(pipeline, doc)["Saturday"] == "2026-07-18"


def test_a_weekday_with_will_stays_next_weeks(pipeline) -> None:
    rows = _touring("Wednesday", aux=("will", "MD", "AUX", "will"), verb=("tour", "VB", "VERB", "tour"))
    doc = _doc(pipeline, rows, "Wednesday")
    assert _values(pipeline, doc)["Wednesday"] == "2026-07-22"


def test_a_weekday_on_the_object_of_a_progressive_is_the_day_before(pipeline) -> None:
    # Unions are praising the mayor 's budget speech on Wednesday .
    rows = [("Unions", "NNS", "NOUN", 2, "nsubj", "union"), ("are", "VBP", "AUX", 2, "aux", "be"),
            ("praising", "VBG", "VERB", 2, "ROOT", "praise"), ("the", "DT", "DET", 4, "det", "the"),
            ("mayor", "NN", "NOUN", 7, "poss", "mayor"), ("'s", "POS", "PART", 4, "case", "'s"),
            ("budget", "NN", "NOUN", 7, "compound", "budget"), ("speech", "NN", "NOUN", 2, "dobj", "speech"),
            ("on", "IN", "ADP", 2, "prep", "on"), ("Wednesday", "NNP", "PROPN", 8, "pobj", "Wednesday"),
            (".", ".", "PUNCT", 2, "punct", ".")]
    doc = _doc(pipeline, rows, "Wednesday")
    assert _values(pipeline, doc)["Wednesday"] == "2026-07-15"
