"""Branch bodies32 (issue 15): a run of spaces the tokenizer keeps as a word of its own (``the  party``, two
spaces in the text) is no word of a description: the mention starts at the noun, never at the spaces.
Hand-built Doc of a sentence written for this test; none is taken from a corpus or a gold set."""

from __future__ import annotations


def test_a_double_space_before_a_bodys_noun_is_no_part_of_its_mention(stage_entities):
    # "Voters trust the  party ." (two spaces before "party")
    rows = [("Voters", "NNS", "NOUN", 1, "nsubj", "O", True), ("trust", "VBP", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 4, "det", "O", False), (" ", "_SP", "SPACE", 2, "dep", "O", False),
            ("party", "NN", "NOUN", 1, "dobj", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows, spaces=[True, True, True, False, False, False])
    texts = [m.text for e in found.values() for m in e.mentions]
    assert "party" in texts, found
    assert not any(t[:1].isspace() for t in texts), found
