"""``token.sent`` and ``span.sent`` of a parsed Doc read from the sentence list made once
(``docquery.share_sentences``, set by every stage's ``pipe``): the same sentences as spaCy's
own walk, as the Spans of the shared sentence list, and nothing set on a Doc the parser has not
seen."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsevents.components.base import Stage
from newsevents.docquery import doc_sentences, share_sentences

# "Storms closed roads . Schools shut early ." with a hand-made parse: two sentences, roots 1 and 5
WORDS = "Storms closed roads . Schools shut early ."
HEADS = [1, 1, 1, 1, 5, 5, 5, 5]
DEPS = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"]
POS = ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"]


def _parsed(build_doc) -> Doc:
    return build_doc(WORDS, heads=HEADS, deps=DEPS, pos=POS)


def _stock(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Every token's sentence and the sentences of a few spans (one crossing the boundary),
    as (start, end) pairs."""
    spans = [doc[0:2], doc[2:5], doc[4:4], doc[5:8], doc[7:8]]
    return [(t.sent.start, t.sent.end) for t in doc], [(s.sent.start, s.sent.end) for s in spans]


def test_hooked_sentences_are_spacys(build_doc) -> None:
    stock = _stock(_parsed(build_doc))
    doc = _parsed(build_doc)
    share_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert _stock(doc) == stock
    assert stock[0] == [(0, 4)] * 4 + [(4, 8)] * 4
    assert stock[1] == [(0, 4), (0, 4), (4, 8), (4, 8), (4, 8)]  # a span's sentence is its first token's


def test_hooked_sentence_is_the_shared_lists(build_doc) -> None:
    doc = _parsed(build_doc)
    share_sentences(doc)
    assert doc[2].sent is doc_sentences(doc)[0] and doc[4:6].sent is doc_sentences(doc)[1]
    assert doc[2].sent.text == "Storms closed roads ."


def test_span_past_the_last_token_gets_spacys_answer(build_doc) -> None:
    stock_doc = _parsed(build_doc)
    doc = _parsed(build_doc)
    share_sentences(doc)
    end = Span(doc, len(doc), len(doc))
    assert (end.sent.start, end.sent.end) == (Span(stock_doc, 8, 8).sent.start, Span(stock_doc, 8, 8).sent.end)
    assert "sent" in doc.user_span_hooks  # put back after asking spaCy


def test_unparsed_doc_keeps_spacys_walk(build_doc) -> None:
    doc = Doc(build_doc(WORDS, heads=HEADS, deps=DEPS, pos=POS).vocab, words=WORDS.split(),
              sent_starts=[True, False, False, False, True, False, False, False])
    share_sentences(doc)  # sentence starts set by layout, no parse yet: they may still change
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_stage_pipe_shares_sentences(build_doc) -> None:
    class Reader(Stage):
        name = "reader"

        def __call__(self, doc: Doc) -> Doc:
            doc.user_data["sentence of roads"] = (doc[2].sent.start, doc[2].sent.end)
            return doc

    doc = _parsed(build_doc)
    [done] = Reader().pipe([doc])
    assert "sent" in done.user_token_hooks
    assert done.user_data["sentence of roads"] == (0, 4)
