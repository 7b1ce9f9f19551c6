"""The memoised word embeddings of the models give the stock layers' vectors, bit for bit."""

from __future__ import annotations

import pickle
from contextlib import contextmanager

import numpy
from thinc.api import Linear, Maxout, chain, expand_window

from newsevents import spacy_memo
from newsevents.spacy_memo import EmbeddingMemo, _embeddings, _row_wise, memoise_embeddings

# Sentences of our own: repeated words in other contexts, a new word, spaces, digits, a line break.
SENTENCES = [
    "The council voted on Monday to close the old bridge over the river.",
    "The old river bridge, the council said, will close on Monday.",
    "Blorfing grumbleworts zapped 42 frobnicators near Kestrel Point.",
    "Ms Ann Lee, the mayor of Riverton, said:  \"We will rebuild.\"",
    "Prices rose 3.5%.\n\nThe bank kept its rate at 4%.",
    "",
]


def _memos(pipeline):
    return [node for _, proc in pipeline.nlp.pipeline if hasattr(getattr(proc, "model", None), "walk")
            for node in _embeddings(proc.model) if isinstance(node._func, EmbeddingMemo)]


@contextmanager
def _stock(pipeline):
    """The pipeline with its embeddings' stock forward functions, restored after."""
    nodes = _memos(pipeline)
    memos = [node._func for node in nodes]
    try:
        for node, memo in zip(nodes, memos, strict=True):
            node._func = memo.stock
        yield
    finally:
        for node, memo in zip(nodes, memos, strict=True):
            node._func = memo


def _parsed(pipeline, texts, batch_size):
    nlp = pipeline.nlp
    model_parts = [name for name in nlp.pipe_names if not name.startswith("newsevents")]
    with nlp.select_pipes(enable=model_parts):
        return list(nlp.pipe(texts, batch_size=batch_size))


def _same_docs(a, b) -> bool:
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, TAG

    columns = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, LEMMA]
    return all(numpy.array_equal(x.to_array(columns), y.to_array(columns)) and numpy.array_equal(x.tensor, y.tensor)
               for x, y in zip(a, b, strict=True))


def test_both_models_embeddings_are_memoised(pipeline):
    # the shared tok2vec and the recogniser's own
    assert len(_memos(pipeline)) == 2


def test_same_vectors_as_the_stock_layers_in_any_batch(pipeline):
    with _stock(pipeline):
        stock = _parsed(pipeline, SENTENCES, 8)
    # one batch, then one sentence a batch in reverse order (rows computed alone, then read back)
    memo_batch = _parsed(pipeline, SENTENCES, 8)
    memo_alone = list(reversed(_parsed(pipeline, list(reversed(SENTENCES)), 1)))
    assert _same_docs(stock, memo_batch)
    assert _same_docs(stock, memo_alone)


def test_each_embedding_layer_answers_as_its_stock_forward(pipeline):
    docs = [pipeline.nlp.make_doc(text) for text in SENTENCES]
    for node in _memos(pipeline):
        memo_out = node.predict(docs)
        stock_out, _ = node._func.stock(node, docs, False)
        assert all(numpy.array_equal(m, s) and m.dtype == s.dtype for m, s in zip(memo_out, stock_out, strict=True))


def test_full_memo_falls_back_to_the_stock_layers(pipeline, monkeypatch):
    with _stock(pipeline):
        stock = _parsed(pipeline, SENTENCES[:3], 8)
    for node in _memos(pipeline):
        node._func.forget()
    monkeypatch.setattr(spacy_memo, "EMBED_MEMO_ROWS", 5)
    assert _same_docs(stock, _parsed(pipeline, SENTENCES[:3], 8))
    assert all(len(node._func.rows) <= 5 for node in _memos(pipeline))
    assert _same_docs(stock, _parsed(pipeline, SENTENCES[:3], 8))  # the kept rows and the new ones together


def test_new_weights_or_training_empty_the_memo(pipeline):
    docs = [pipeline.nlp.make_doc(SENTENCES[0])]
    node = _memos(pipeline)[0]
    node.predict(docs)
    memo = node._func
    assert memo.rows
    # loading other weights gives the layers new arrays: the rows kept are forgotten
    mix = node.layers[3].layers[0]
    maxout = next(layer for layer in mix.walk() if layer.name == "maxout")
    weights = maxout.get_param("W")
    new = weights.copy()
    maxout.set_param("W", new)
    try:
        node.predict(docs)
        assert any(p is new for p in memo.params)
        assert len(memo.rows) == len({tuple(r) for r in node.layers[0].predict(docs)[0].tolist()})
    finally:
        maxout.set_param("W", weights)
    # training runs the stock forward and empties the memo
    node.begin_update(docs)
    assert not memo.rows


def test_only_row_wise_layers_are_memoised():
    assert _row_wise(chain(Maxout(4, 6, nP=2), Linear(4, 4))) is False  # a linear layer is not in the list
    assert _row_wise(chain(expand_window(1), Maxout(4, 12, nP=2))) is False  # a window reads the neighbours
    assert _row_wise(Maxout(4, 6, nP=2)) is True


def test_memoising_twice_changes_nothing(pipeline):
    assert memoise_embeddings(pipeline.nlp) == 0


def test_a_memoised_model_pickles(pipeline):
    proc = pipeline.nlp.get_pipe("tok2vec")
    copy = pickle.loads(pickle.dumps(proc))
    memos = [node._func for node in copy.model.walk() if isinstance(node._func, EmbeddingMemo)]
    assert len(memos) == 1 and not memos[0].rows  # the rows kept stay behind
    docs = [pipeline.nlp.make_doc(text) for text in SENTENCES]
    assert all(numpy.array_equal(a, b) for a, b in zip(copy.model.predict(docs), proc.model.predict(docs), strict=True))
