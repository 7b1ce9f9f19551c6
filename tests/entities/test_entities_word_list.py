"""The resolver's list of words is cut from the article's text at each token's offset: the same
words as the tokens' own texts, with letters outside ASCII, symbols beyond the basic plane,
line breaks and runs of spaces. Hand-built Docs of invented text."""

from __future__ import annotations


def _doc(words: list[str], spaces: list[bool]):
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))


def _resolver(doc):
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver

    return EntityResolver(doc, load_actor_dictionary(), None, frozenset())


WORDS = ["Zoë", "Ångström", "met", "李", "明", "\n\n", "in", "Łódź", "👍🏽", "  ", "today", "."]
SPACES = [True, True, True, False, False, False, True, True, True, False, False, False]


def test_words_are_the_tokens_texts() -> None:
    doc = _doc(WORDS, SPACES)
    assert _resolver(doc).words == [t.text for t in doc] == WORDS


def test_words_are_cut_from_the_article_text_the_doc_was_made_from() -> None:
    from newsevents.record import Article

    doc = _doc(WORDS, SPACES)
    doc._.article = Article(id="a1", text=doc.text)
    resolver = _resolver(doc)
    assert resolver.text == doc.text
    assert resolver.words == WORDS
