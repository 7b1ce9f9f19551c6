"""A demonstrative description (``This young athlete has never lost``) is the one person named in the
sentence before: the rule starts from the demonstrative determiners (the article's index of forms),
not from every word, and reads the subject noun they open (sentences of our own)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver

WHY = "a demonstrative description"


@pytest.fixture(scope="module")
def demonstrative_links(pipeline):
    """demonstrative_links(rows) -> the texts this rule linked to a person (its evidence), rows as
    ``resolve_rows``' (word, tag, pos, head, dep, ent, sentence start), heads absolute."""
    actors = load_actor_dictionary()

    def run(rows) -> list[str]:
        words, tags, pos, heads, deps, ents, starts = (list(x) for x in zip(*rows, strict=True))
        lemmas = [w if t.startswith("NNP") else w.lower() for w, t in zip(words, tags, strict=True)]
        doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
                  sent_starts=starts, lemmas=lemmas)
        resolver = EntityResolver(doc, actors, None, {}, set())
        resolver.resolve()
        return [why.split(":")[0].strip("'") for reasons in resolver.evidence.values() for why in reasons if WHY in why]

    return run


def _row(word, tag, pos, head, dep, ent="O", start=False):
    return (word, tag, pos, head, dep, ent, start)


NAMED = [_row("Ana", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
         _row("Reyes", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
         _row("won", "VBD", "VERB", 2, "ROOT"),
         _row("the", "DT", "DET", 4, "det"),
         _row("race", "NN", "NOUN", 2, "dobj"),
         _row(".", ".", "PUNCT", 2, "punct")]


def _second(determiner: str, middle: list[tuple[str, str, str, str]]) -> list[tuple]:
    """``<determiner> <middle words> athlete has never lost .`` after NAMED (heads absolute)."""
    n = len(NAMED)
    noun = n + 1 + len(middle)
    verb = noun + 3
    rows = [_row(determiner, "DT", "DET", noun, "det", start=True)]
    rows += [_row(word, tag, pos, noun, dep) for word, tag, pos, dep in middle]
    rows += [_row("athlete", "NN", "NOUN", verb, "nsubj"), _row("has", "VBZ", "AUX", verb, "aux"),
             _row("never", "RB", "ADV", verb, "neg"), _row("lost", "VBN", "VERB", verb, "ROOT"),
             _row(".", ".", "PUNCT", verb, "punct")]
    return NAMED + rows


def test_a_capitalised_demonstrative_opens_the_description(resolve_rows, demonstrative_links) -> None:
    rows = _second("That", [("tired", "JJ", "ADJ", "amod")])
    assert "That tired athlete" in resolve_rows(rows)["Ana Reyes"]
    assert demonstrative_links(rows) == ["That tired athlete"]


def test_a_noun_between_the_demonstrative_and_the_subject_is_no_description(demonstrative_links) -> None:
    assert demonstrative_links(_second("This", [("track", "NN", "NOUN", "compound")])) == []


def test_a_demonstrative_before_an_object_or_in_the_first_sentence_is_no_description(demonstrative_links) -> None:
    # "Lia met this athlete ." after the named sentence: the noun is an object, not a subject
    n = len(NAMED)
    rows = NAMED + [_row("Lia", "NNP", "PROPN", n + 1, "nsubj", "B-PERSON", True),
                    _row("met", "VBD", "VERB", n + 1, "ROOT"),
                    _row("this", "DT", "DET", n + 3, "det"),
                    _row("athlete", "NN", "NOUN", n + 1, "dobj"),
                    _row(".", ".", "PUNCT", n + 1, "punct")]
    assert demonstrative_links(rows) == []
    # the first sentence has no sentence before it: nobody to look back to
    first = [_row("This", "DT", "DET", 1, "det", start=True), _row("athlete", "NN", "NOUN", 3, "nsubj"),
             _row("never", "RB", "ADV", 3, "neg"), _row("lost", "VBD", "VERB", 3, "ROOT"),
             _row(".", ".", "PUNCT", 3, "punct")]
    assert demonstrative_links(first + [(w, t, p, h + 5, d, e, s) for w, t, p, h, d, e, s in NAMED]) == []
