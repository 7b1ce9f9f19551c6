"""The entity resolver reads a span's text as a slice of the article's text (``_span_text``): the
same string as spaCy's ``Span.text`` for every span, whatever whitespace, line breaks or
punctuation follow its words."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver


def test_span_text_is_spacys_for_every_span(pipeline):
    words = ["Mara", "Quell", ",", "head", "of", "Lantern", "Works", "\n\n", "said", ":", "“", "Yes", "”", "."]
    spaces = [True, False, True, True, True, True, False, False, False, True, False, False, False, False]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 7, label="ORG")]
    resolver = EntityResolver(doc, load_actor_dictionary(), None, {}, set())
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert resolver._span_text(span) == span.text
    assert [resolver._span_text(e) for e in doc.ents] == ["Mara Quell", "Lantern Works"]
