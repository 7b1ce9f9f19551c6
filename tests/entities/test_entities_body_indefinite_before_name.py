"""Branch bodies32 (issue 15): an indefinite noun of a kind of body with the body's name in apposition right
after its comma (``to a small consumer group, Harbor Watch,``) says what that body is and is a mention
of it; a later ``the group`` (here in a relative clause) is then that body, not a group of its own. Not when
the name runs on into a list. Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head
relative to the sentence, dep, entity); none is taken from a corpus or a gold set. A plural noun of a
party's people before `for` and capitalised words (`Ohio Democrats for Clean Water`) is one body's name, as
`Citizens for ...` is (for_body_noun)."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _sent(after_name: list[tuple]) -> list[tuple]:
    """``Officials sent the files to a small consumer group , Harbor Watch <after_name>``."""
    return [("Officials", "NNS", "NOUN", 1, "nsubj", "O"), ("sent", "VBD", "VERB", 1, "ROOT", "O"),
            ("the", "DT", "DET", 3, "det", "O"), ("files", "NNS", "NOUN", 1, "dobj", "O"),
            ("to", "IN", "ADP", 1, "dative", "O"), ("a", "DT", "DET", 8, "det", "O"),
            ("small", "JJ", "ADJ", 8, "amod", "O"), ("consumer", "NN", "NOUN", 8, "compound", "O"),
            ("group", "NN", "NOUN", 4, "pobj", "O"), (",", ",", "PUNCT", 8, "punct", "O"),
            ("Harbor", "NNP", "PROPN", 11, "compound", "B-ORG"), ("Watch", "NNP", "PROPN", 8, "appos", "I-ORG"),
            *after_name]


# ", as part of a lawsuit that the group brought ."
LAWSUIT = [(",", ",", "PUNCT", 1, "punct", "O"), ("as", "IN", "ADP", 1, "prep", "O"),
           ("part", "NN", "NOUN", 13, "pobj", "O"), ("of", "IN", "ADP", 14, "prep", "O"),
           ("a", "DT", "DET", 17, "det", "O"), ("lawsuit", "NN", "NOUN", 15, "pobj", "O"),
           ("that", "WDT", "PRON", 21, "dobj", "O"), ("the", "DT", "DET", 20, "det", "O"),
           ("group", "NN", "NOUN", 21, "nsubj", "O"), ("brought", "VBD", "VERB", 17, "relcl", "O"),
           (".", ".", "PUNCT", 1, "punct", "O")]


def test_the_indefinite_before_the_name_and_the_later_group_are_the_bodys(stage_entities):
    found = stage_entities(_doc(_sent(LAWSUIT)))
    texts = [m.text for m in found["Harbor Watch"].mentions]
    assert "a small consumer group" in texts, found
    assert "the group" in texts, found
    assert not any(name != "Harbor Watch" and any(m.text.endswith("group") for m in e.mentions)
                   for name, e in found.items()), found


def test_a_name_running_on_into_a_list_takes_no_indefinite(stage_entities):
    # Officials sent the files to a small consumer group , Harbor Watch and a union .
    rows = _sent([("and", "CC", "CCONJ", 11, "cc", "O"), ("a", "DT", "DET", 14, "det", "O"),
                  ("union", "NN", "NOUN", 11, "conj", "O"), (".", ".", "PUNCT", 1, "punct", "O")])
    found = stage_entities(_doc(rows))
    assert "a small consumer group" not in [m.text for m in found["Harbor Watch"].mentions], found


def test_a_partys_people_for_a_cause_is_one_bodys_name(stage_entities):
    # One of the groups , Ohio Democrats for Clean Water , has sued .
    rows = [("One", "CD", "NUM", 12, "nsubj", "O"), ("of", "IN", "ADP", 0, "prep", "O"),
            ("the", "DT", "DET", 3, "det", "O"), ("groups", "NNS", "NOUN", 1, "pobj", "O"),
            (",", ",", "PUNCT", 12, "punct", "O"), ("Ohio", "NNP", "PROPN", 6, "compound", "B-GPE"),
            ("Democrats", "NNPS", "PROPN", 12, "nsubj", "B-NORP"), ("for", "IN", "ADP", 6, "prep", "O"),
            ("Clean", "NNP", "PROPN", 9, "compound", "O"), ("Water", "NNP", "PROPN", 7, "pobj", "O"),
            (",", ",", "PUNCT", 6, "punct", "O"), ("has", "VBZ", "AUX", 12, "aux", "O"),
            ("sued", "VBN", "VERB", 12, "ROOT", "O"), (".", ".", "PUNCT", 12, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert "Ohio Democrats for Clean Water" in found, found
    assert found["Ohio Democrats for Clean Water"].type == "ORG", found
