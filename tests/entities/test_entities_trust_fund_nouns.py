"""Branch bodies32 (issue 15; session 28's leftover of bodies31): ``the trust`` and ``the fund`` are the one body
named before whose name the noun heads, as ``the foundation`` is, but only where a body stands (a subject or a
possessor with no complement of its own): both are common words too (``Voters lost the trust they had``), and
neither is ever a body of its own (``named_body_only_noun``). Hand-built Docs of sentences written for these
tests; none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

BOUGHT = [("The", "DT", "DET", 3, "det", "O"), ("Harlow", "NNP", "PROPN", 3, "compound", "B-ORG"),
          ("Water", "NNP", "PROPN", 3, "compound", "I-ORG"), ("Trust", "NNP", "PROPN", 4, "nsubj", "I-ORG"),
          ("bought", "VBD", "VERB", 4, "ROOT", "O"), ("land", "NN", "NOUN", 4, "dobj", "O"),
          (".", ".", "PUNCT", 4, "punct", "O")]
# The trust said so .
SAID = [("The", "DT", "DET", 1, "det", "O"), ("trust", "NN", "NOUN", 2, "nsubj", "O"),
        ("said", "VBD", "VERB", 2, "ROOT", "O"), ("so", "RB", "ADV", 2, "advmod", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
# Voters lost the trust they had .
LOST = [("Voters", "NNS", "NOUN", 1, "nsubj", "O"), ("lost", "VBD", "VERB", 1, "ROOT", "O"),
        ("the", "DT", "DET", 3, "det", "O"), ("trust", "NN", "NOUN", 1, "dobj", "O"),
        ("they", "PRP", "PRON", 5, "nsubj", "O"), ("had", "VBD", "VERB", 3, "relcl", "O"),
        (".", ".", "PUNCT", 1, "punct", "O")]


def _trusts(found: dict) -> dict[str, list[str]]:
    held = {name: [m.text for m in e.mentions if "trust" in m.text.lower()] for name, e in found.items()}
    return {name: texts for name, texts in held.items() if texts}


def test_the_trust_as_a_subject_is_the_trust_named_before(stage_entities):
    found = stage_entities(_doc(BOUGHT, SAID))
    assert _trusts(found) == {"Harlow Water Trust": ["Harlow Water Trust", "trust"]}, found


def test_the_trust_as_a_common_word_is_no_body(stage_entities):
    found = stage_entities(_doc(BOUGHT, LOST))
    assert _trusts(found) == {"Harlow Water Trust": ["Harlow Water Trust"]}, found


def test_the_fund_with_no_fund_named_is_no_body_of_its_own(stage_entities):
    # The fund said so .
    fund = [("The", "DT", "DET", 1, "det", "O"), ("fund", "NN", "NOUN", 2, "nsubj", "O"),
            ("said", "VBD", "VERB", 2, "ROOT", "O"), ("so", "RB", "ADV", 2, "advmod", "O"),
            (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(BOUGHT, fund))
    assert not any("fund" in m.text for e in found.values() for m in e.mentions), found
