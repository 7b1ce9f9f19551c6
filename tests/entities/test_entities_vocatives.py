"""A word of address inside a quotation (hand-built Docs, sentences of our own): in ``Tom Hale
laughed, "Thanks, doctor!" He left.`` the bare ``doctor`` set off by commas and ``!`` is the one
spoken to, no person of the story, so ``He`` goes to Tom Hale. The same words outside quotation
marks are left to the other rules.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(quoted: bool) -> tuple[list[Row], list[str]]:
    open_mark, close_mark = ('"', '"') if quoted else ("-", "-")
    rows: list[Row] = [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("laughed", "VBD", "VERB", 2, "ROOT", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
        (open_mark, "``" if quoted else "HYPH", "PUNCT", 5, "punct", "O", False),
        ("Thanks", "UH", "INTJ", 2, "intj", "O", False), (",", ",", "PUNCT", 5, "punct", "O", False),
        ("doctor", "NN", "NOUN", 5, "appos", "O", False), ("!", ".", "PUNCT", 2, "punct", "O", False),
        (close_mark, "''" if quoted else "HYPH", "PUNCT", 2, "punct", "O", False),
        ("He", "PRP", "PRON", 11, "nsubj", "O", True), ("left", "VBD", "VERB", 11, "ROOT", "O", False),
        (".", ".", "PUNCT", 11, "punct", "O", False),
    ]
    spaces = [" ", " ", "", " ", "", "", " ", "", "", " ", " ", "", ""]
    return rows, spaces


def test_a_word_of_address_in_a_quotation_is_no_one(stage_entities) -> None:
    found = stage_entities(*_rows(quoted=True))
    assert not any(m.text == "doctor" for e in found.values() for m in e.mentions)
    assert [m.text for m in found["Tom Hale"].mentions] == ["Tom Hale", "He"]


def test_outside_quotation_marks_the_rule_does_not_read_it(pipeline) -> None:
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    stage = pipeline.nlp.get_pipe("newsevents_entities")
    for quoted in (True, False):
        rows, spaces = _rows(quoted)
        words, tags, pos, heads, deps, ents, starts = (list(x) for x in zip(*rows, strict=True))
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
                  ents=ents, sent_starts=starts)
        resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns)
        assert resolver._vocative(doc[7:8]) is quoted
