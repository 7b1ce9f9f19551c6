"""Which sentences lie wholly inside one quotation (a pronoun's antecedent is not looked for across
them): the first and last words of each sentence, punctuation and spaces aside, are found from the
sentence's two ends. Hand-built Doc of an invented text."""

from __future__ import annotations


def _resolver():
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver

    # He left. "We won. It was great." She said so. -- . Then "Maybe," he added.
    words = ["He", "left", ".", '"', "We", "won", ".", "It", "was", "great", ".", '"', "She", "said", "so", ".",
             "--", ".", "Then", '"', "Maybe", ",", '"', "he", "added", "."]
    spaces = [True, False, True, False, True, False, True, True, True, False, False, True, True, True, False, True,
              True, True, True, False, False, False, True, True, False, False]
    starts = {0, 3, 7, 12, 16, 18}
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              sent_starts=[i in starts for i in range(len(words))])
    return EntityResolver(doc, load_actor_dictionary(), None, frozenset())


def test_sentences_wholly_inside_one_quotation_are_counted() -> None:
    resolver = _resolver()
    # sentences: 0 He left. | 1 "We won. | 2 It was great." | 3 She said so. | 4 -- . | 5 Then "Maybe," he added.
    assert resolver._quoted_sentences_between(0, 3) == 2  # "We won." and "It was great." lie inside the quote
    assert resolver._quoted_sentences_between(0, 2) == 1
    assert resolver._quoted_sentences_between(2, 6) == 0  # outside; punctuation only; a quote inside a sentence
    assert resolver.quoted_sents == [False, True, True, False, False, False]
