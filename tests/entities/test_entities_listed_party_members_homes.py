"""``The group has backed two other Republican lawmakers: Tom Rusk in Ohio and Ann Pelley in Iowa.``
(persons31): names listed after a colon that follows a plural noun a party word modifies, each with its own
place (``in``/``from`` a first-level division), are party members of those places and take the place's country,
as ``Tom Rusk, a Republican from Ohio,`` does; without the party's plural noun before the colon, no country.
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start;
heads absolute)."""

from __future__ import annotations


def rows_with(noun_words: list[tuple]) -> list[tuple]:
    """``The group has backed <noun words>: Tom Rusk in Ohio and Ann Pelley in Iowa.`` (the noun words end in the
    object noun, at index 4 + len - 1)."""
    n = len(noun_words)
    obj = 3 + n
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("group", "NN", "NOUN", 3, "nsubj", "O", False),
            ("has", "VBZ", "AUX", 3, "aux", "O", False), ("backed", "VBN", "VERB", 3, "ROOT", "O", False)]
    rows += [(w, t, p, obj if i < n - 1 else 3, d if i < n - 1 else "dobj", e, False)
             for i, (w, t, p, d, e) in enumerate(noun_words)]
    k = 4 + n
    rows += [(":", ":", "PUNCT", obj, "punct", "O", False),
             ("Tom", "NNP", "PROPN", k + 2, "compound", "B-PERSON", False),
             ("Rusk", "NNP", "PROPN", obj, "appos", "I-PERSON", False), ("in", "IN", "ADP", k + 2, "prep", "O", False),
             ("Ohio", "NNP", "PROPN", k + 3, "pobj", "B-GPE", False), ("and", "CC", "CCONJ", k + 2, "cc", "O", False),
             ("Ann", "NNP", "PROPN", k + 7, "compound", "B-PERSON", False),
             ("Pelley", "NNP", "PROPN", k + 2, "conj", "I-PERSON", False),
             ("in", "IN", "ADP", k + 7, "prep", "O", False), ("Iowa", "NNP", "PROPN", k + 8, "pobj", "B-GPE", False),
             (".", ".", "PUNCT", 3, "punct", "O", False)]
    return rows


def test_party_members_listed_with_their_states_are_of_that_country(stage_entities) -> None:
    found = stage_entities(rows_with([("two", "CD", "NUM", "nummod", "B-CARDINAL"), ("other", "JJ", "ADJ", "amod", "O"),
                                      ("Republican", "JJ", "ADJ", "amod", "B-NORP"),
                                      ("lawmakers", "NNS", "NOUN", "dobj", "O")]))
    assert found["Tom Rusk"].country == "USA", found["Tom Rusk"]
    assert found["Ann Pelley"].country == "USA", found["Ann Pelley"]


def test_names_listed_after_a_plain_plural_take_no_country(stage_entities) -> None:
    found = stage_entities(rows_with([("two", "CD", "NUM", "nummod", "B-CARDINAL"), ("other", "JJ", "ADJ", "amod", "O"),
                                      ("friends", "NNS", "NOUN", "dobj", "O")]))
    assert found["Tom Rusk"].country is None, found["Tom Rusk"]
