"""``according to a <Site> average of recent polls``: an average of polls is named after the site that takes
it, and a camel-case word before it (``ZenPolls``) is that site's name, a body, even where the tagger read it
as a common noun; a lower-case word there (``a batting average``) names nothing. Hand-built Docs of sentences
written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(word: str) -> list[tuple]:
    # Lee leads , according to a <word> average of recent polls .
    return [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("leads", "VBZ", "VERB", 1, "ROOT", "O"),
            (",", ",", "PUNCT", 1, "punct", "O"), ("according", "VBG", "VERB", 1, "prep", "O"),
            ("to", "IN", "ADP", 3, "prep", "O"), ("a", "DT", "DET", 7, "det", "O"),
            (word, "NN", "NOUN", 7, "compound", "O"), ("average", "NN", "NOUN", 4, "pobj", "O"),
            ("of", "IN", "ADP", 7, "prep", "O"), ("recent", "JJ", "ADJ", 10, "amod", "O"),
            ("polls", "NNS", "NOUN", 8, "pobj", "O"), (".", ".", "PUNCT", 1, "punct", "O")]


def test_a_camel_case_site_before_an_average_of_polls_is_a_body(stage_entities):
    found = stage_entities(_doc(_rows("ZenPolls")))
    assert "ZenPolls" in found and found["ZenPolls"].type == "ORG", found


def test_a_lower_case_word_before_average_names_nothing(stage_entities):
    found = stage_entities(_doc(_rows("batting")))
    assert set(found) == {"Lee"}, found
