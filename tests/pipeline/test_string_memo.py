"""``docquery.string_memo``: the strings of a vocabulary's hashes, each looked up in the store
once, the same answers as the store's (an unknown hash raises its KeyError)."""

from __future__ import annotations

import pytest
import spacy

from newsevents.docquery import STRING_MEMO_SIZE, StringMemo, string_memo


def test_memo_answers_as_the_store() -> None:
    vocab = spacy.blank("en").vocab
    memo = string_memo(vocab)
    words = ["harbour", "Harbour", "", "ferry-boat", "naïve"]
    hashes = [vocab.strings.add(w) for w in words]
    assert [memo[h] for h in hashes] == [vocab.strings[h] for h in hashes] == words
    assert [memo[h] for h in hashes] == words  # the second read from the memo
    assert memo[0] == vocab.strings[0] == ""


def test_unknown_hash_raises_like_the_store() -> None:
    vocab = spacy.blank("en").vocab
    with pytest.raises(KeyError):
        string_memo(vocab)[987_654_321_987]
    with pytest.raises(KeyError):
        vocab.strings[987_654_321_987]


def test_one_memo_per_vocabulary() -> None:
    first, second = spacy.blank("en").vocab, spacy.blank("en").vocab
    assert string_memo(first) is string_memo(first)
    assert string_memo(first) is not string_memo(second)
    assert string_memo(first).store is first.strings


def test_full_memo_still_answers() -> None:
    vocab = spacy.blank("en").vocab
    memo = StringMemo(vocab.strings)
    memo.update((n, "x") for n in range(STRING_MEMO_SIZE))  # filled up with stand-ins
    key = vocab.strings.add("lighthouse")
    assert memo[key] == "lighthouse" and key not in memo  # looked up, not kept
