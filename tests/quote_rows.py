"""Quotes of a sentence whose parse a test writes out row by row, run through the quotes stage alone
(no model): the rule tests of the quotes stage share it so each states only its sentence and answer."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import QuotesStage
from newsevents.docquery import doc_text

_STAGE: list[QuotesStage] = []


def quote_stage() -> QuotesStage:
    """The quotes stage, built once for every test module that imports this one."""
    if not _STAGE:
        _STAGE.append(QuotesStage(None, "quotes"))
    return _STAGE[0]


def rows_doc(rows: list[tuple]) -> Doc:
    """A Doc from rows of (word, space after, tag, pos, dep, head, lemma, entity IOB, sentence start)."""
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows], spaces=[r[1] for r in rows], tags=[r[2] for r in rows],
        pos=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
        lemmas=[r[6] for r in rows], ents=[r[7] for r in rows],
        sent_starts=[True if k == 0 else bool(r[8]) for k, r in enumerate(rows)],
    )


def with_row(rows: list[tuple], k: int, **change) -> list[tuple]:
    """The rows with row ``k`` changed (tag, pos, dep, head): another parse of the same words."""
    names = ("word", "space", "tag", "pos", "dep", "head", "lemma", "ent", "start")
    row = dict(zip(names, rows[k], strict=True)) | change
    return [*rows[:k], tuple(row[n] for n in names), *rows[k + 1:]]


def parsed_quotes(rows: list[tuple]) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker) of each quote of the text parsed as ``rows`` (word, space after,
    tag, pos, dep, head, lemma, entity IOB, sentence start)."""
    doc = rows_doc(rows)
    text = doc_text(doc)
    return [(q.kind, text[q.content.start:q.content.end], text[q.cue.start:q.cue.end] if q.cue else None,
             q.speaker.text if q.speaker else None) for q in quote_stage().extract(doc)]


def quotes_of(rows: list[tuple]) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, speaker) of each quote of the text parsed as ``rows``."""
    return [found[1:] for found in parsed_quotes(rows)]
