"""Branch company19 (issue 15, brief s19-company19): a plain company noun (``the company``, ``the
firm``) right after a sentence whose one company party is a body links to that body, as ``it`` there
would; two company parties of that sentence, a rival in the description's own sentence, or no party
in the sentence before: no link. Hand-built Docs of sentences written for these tests (rows as the
parser reads such sentences); none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# (word, tag, pos, head relative to the sentence, dep, ent)
Row = tuple[str, str, str, int, str, str]


def _body(first: str, last: str, dep: str, head: int, at: int) -> list[Row]:
    """``<first> <last>`` (``Norvik Holdings``) at position ``at`` of its sentence, hung on ``head``."""
    return [(first, "NNP", "PROPN", at + 1, "compound", "B-ORG"), (last, "NNPS", "PROPN", head, dep, "I-ORG")]


def _holders(found: dict, word: str) -> list[str]:
    """The named bodies that took a mention holding ``word``."""
    return [name for name, e in found.items() if name[:1].isupper() and any(word in m.text for m in e.mentions)]


# The company said fares would fall .
SAID_FALL = [("The", "DT", "DET", 1, "det", "O"), ("company", "NN", "NOUN", 2, "nsubj", "O"),
             ("said", "VBD", "VERB", 2, "ROOT", "O"), ("fares", "NNS", "NOUN", 5, "nsubj", "O"),
             ("would", "MD", "AUX", 5, "aux", "O"), ("fall", "VB", "VERB", 2, "ccomp", "O"),
             (".", ".", "PUNCT", 2, "punct", "O")]

# Norvik Holdings and Brenta Motors bid for the route .
BOTH_BID = [*_body("Norvik", "Holdings", "nsubj", 5, 0), ("and", "CC", "CCONJ", 1, "cc", "O"),
            *_body("Brenta", "Motors", "conj", 1, 3), ("bid", "VBD", "VERB", 5, "ROOT", "O"),
            ("for", "IN", "ADP", 5, "prep", "O"), ("the", "DT", "DET", 8, "det", "O"),
            ("route", "NN", "NOUN", 6, "pobj", "O"), (".", ".", "PUNCT", 5, "punct", "O")]


def test_a_company_named_only_as_a_modifier_does_not_compete(stage_entities):
    # Norvik Holdings bought six Brenta Motors buses . The company said fares would fall .
    first = [*_body("Norvik", "Holdings", "nsubj", 2, 0), ("bought", "VBD", "VERB", 2, "ROOT", "O"),
             ("six", "CD", "NUM", 6, "nummod", "B-CARDINAL"), *_body("Brenta", "Motors", "compound", 6, 4),
             ("buses", "NNS", "NOUN", 2, "dobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(first, SAID_FALL))
    assert _holders(found, "company") == ["Norvik Holdings"], found


def test_two_company_parties_of_the_sentence_before_leave_the_company_unlinked(stage_entities):
    # Norvik Holdings sued Brenta Motors . The company said fares would fall .
    first = [*_body("Norvik", "Holdings", "nsubj", 2, 0), ("sued", "VBD", "VERB", 2, "ROOT", "O"),
             *_body("Brenta", "Motors", "dobj", 2, 3), (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(first, SAID_FALL))
    assert _holders(found, "company") == [], found


def test_the_possessor_of_the_subject_is_the_one_party(stage_entities):
    # Norvik Holdings and Brenta Motors bid for the route . Brenta Motors 's profits rose .
    # The company said fares would fall .
    second = [*_body("Brenta", "Motors", "poss", 3, 0), ("'s", "POS", "PART", 1, "case", "O"),
              ("profits", "NNS", "NOUN", 4, "nsubj", "O"), ("rose", "VBD", "VERB", 4, "ROOT", "O"),
              (".", ".", "PUNCT", 4, "punct", "O")]
    found = stage_entities(_doc(BOTH_BID, second, SAID_FALL))
    assert _holders(found, "company") == ["Brenta Motors"], found


def test_the_object_is_the_one_party(stage_entities):
    # Norvik Holdings and Brenta Motors bid for the route . Regulators fined Norvik Holdings .
    # The company said fares would fall .
    second = [("Regulators", "NNS", "NOUN", 1, "nsubj", "O"), ("fined", "VBD", "VERB", 1, "ROOT", "O"),
              *_body("Norvik", "Holdings", "dobj", 1, 2), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(BOTH_BID, second, SAID_FALL))
    assert _holders(found, "company") == ["Norvik Holdings"], found


def test_no_party_in_the_sentence_before_no_link(stage_entities):
    # Norvik Holdings and Brenta Motors bid for the route . Shares fell . The company said fares would fall .
    second = [("Shares", "NNS", "NOUN", 1, "nsubj", "O"), ("fell", "VBD", "VERB", 1, "ROOT", "O"),
              (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(BOTH_BID, second, SAID_FALL))
    assert _holders(found, "company") == [], found


def test_a_rival_in_the_descriptions_own_sentence_no_link(stage_entities):
    # Norvik Holdings and Brenta Motors bid for the route . Norvik Holdings hired staff .
    # After Brenta Motors cut prices , the company said fares would fall .
    second = [*_body("Norvik", "Holdings", "nsubj", 2, 0), ("hired", "VBD", "VERB", 2, "ROOT", "O"),
              ("staff", "NN", "NOUN", 2, "dobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    third = [("After", "IN", "SCONJ", 3, "mark", "O"), *_body("Brenta", "Motors", "nsubj", 3, 1),
             ("cut", "VBD", "VERB", 8, "advcl", "O"), ("prices", "NNS", "NOUN", 3, "dobj", "O"),
             (",", ",", "PUNCT", 8, "punct", "O"), ("the", "DT", "DET", 7, "det", "O"),
             ("company", "NN", "NOUN", 8, "nsubj", "O"), ("said", "VBD", "VERB", 8, "ROOT", "O"),
             ("fares", "NNS", "NOUN", 11, "nsubj", "O"), ("would", "MD", "AUX", 11, "aux", "O"),
             ("fall", "VB", "VERB", 8, "ccomp", "O"), (".", ".", "PUNCT", 8, "punct", "O")]
    found = stage_entities(_doc(BOTH_BID, second, third))
    assert _holders(found, "company") == [], found


def test_the_sentence_before_about_one_company_after_two(stage_entities):
    # Norvik Holdings and Brenta Motors bid for the route . Norvik Holdings hired staff .
    # The company said fares would fall .
    second = [*_body("Norvik", "Holdings", "nsubj", 2, 0), ("hired", "VBD", "VERB", 2, "ROOT", "O"),
              ("staff", "NN", "NOUN", 2, "dobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(BOTH_BID, second, SAID_FALL))
    assert _holders(found, "company") == ["Norvik Holdings"], found
