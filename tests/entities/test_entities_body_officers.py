"""A person's title owned by a body that is no state names that body's own officer, never the
state's office holder of the same title (issue 15, session 12): ``the company's president``,
``Apple's chairman``, ``the governor of the bank``. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _president_then(owner: str) -> list[tuple]:
    """"President Tom Hale visited Acme . The OWNER 's president thanked him .\""""
    return [("President", "NNP", "PROPN", 2, "compound", "O", True), ("Tom", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Hale", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("visited", "VBD", "VERB", 3, "ROOT", "O", False),
            ("Acme", "NNP", "PROPN", 3, "dobj", "B-ORG", False), (".", ".", "PUNCT", 3, "punct", "O", False),
            ("The", "DT", "DET", 7, "det", "O", True), (owner, "NN", "NOUN", 9, "poss", "O", False),
            ("'s", "POS", "PART", 7, "case", "O", False), ("president", "NN", "NOUN", 10, "nsubj", "O", False),
            ("thanked", "VBD", "VERB", 10, "ROOT", "O", False), ("him", "PRP", "PRON", 10, "dobj", "O", False),
            (".", ".", "PUNCT", 10, "punct", "O", False)]


def test_the_companys_president_is_not_the_state_president(mention_texts) -> None:
    found = mention_texts(_president_then("company"))
    assert not any("company" in m for m in found["Tom Hale"]), found
    assert any("company 's president" in m for mentions in found.values() for m in mentions), found


def test_the_countrys_president_is_still_the_president_named(mention_texts) -> None:
    # a country is a state: its president is the office holder the text titled so
    found = mention_texts(_president_then("country"))
    assert any("country 's president" in m for m in found["Tom Hale"]), found


def test_two_bodies_chairmen_are_two_people(mention_texts) -> None:
    # "Apple 's chairman spoke . The club 's chairman left ."
    rows = [("Apple", "NNP", "PROPN", 2, "poss", "B-ORG", True), ("'s", "POS", "PART", 0, "case", "O", False),
            ("chairman", "NN", "NOUN", 3, "nsubj", "O", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False),
            ("The", "DT", "DET", 6, "det", "O", True), ("club", "NN", "NOUN", 8, "poss", "O", False),
            ("'s", "POS", "PART", 6, "case", "O", False), ("chairman", "NN", "NOUN", 9, "nsubj", "O", False),
            ("left", "VBD", "VERB", 9, "ROOT", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = mention_texts(rows)
    owners = [name for name, mentions in found.items() if any(m.endswith("chairman") for m in mentions)]
    assert len(owners) == 2, found


def test_the_governor_of_the_bank_is_not_the_governor_named(mention_texts) -> None:
    # "Governor Ann Lee spoke . The governor of the bank resigned ."
    rows = [("Governor", "NNP", "PROPN", 2, "compound", "O", True), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False),
            ("The", "DT", "DET", 6, "det", "O", True), ("governor", "NN", "NOUN", 10, "nsubj", "O", False),
            ("of", "IN", "ADP", 6, "prep", "O", False), ("the", "DT", "DET", 9, "det", "O", False),
            ("bank", "NN", "NOUN", 7, "pobj", "O", False), ("resigned", "VBD", "VERB", 10, "ROOT", "O", False),
            (".", ".", "PUNCT", 10, "punct", "O", False)]
    found = mention_texts(rows)
    assert not any(m.startswith("The governor") for m in found["Ann Lee"]), found


def test_a_bodys_president_is_the_one_the_text_titles_so(mention_texts) -> None:
    # "Acme president Tom Reed spoke . Acme 's president left ."
    rows = [("Acme", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("president", "NN", "NOUN", 3, "compound", "O", False),
            ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
            ("Acme", "NNP", "PROPN", 8, "poss", "B-ORG", True), ("'s", "POS", "PART", 6, "case", "O", False),
            ("president", "NN", "NOUN", 9, "nsubj", "O", False), ("left", "VBD", "VERB", 9, "ROOT", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = mention_texts(rows)
    assert any(m.endswith("'s president") for m in found["Tom Reed"]), found


def test_a_state_bodys_governor_is_still_the_governor_named(mention_texts) -> None:
    # "Governor Ann Lee spoke . The governor of the central bank resigned .": the central bank is
    # a state's body (roles.tsv, GOV), read by its longest noun, not as "the bank" (a firm)
    rows = [("Governor", "NNP", "PROPN", 2, "compound", "O", True), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False),
            ("The", "DT", "DET", 6, "det", "O", True), ("governor", "NN", "NOUN", 11, "nsubj", "O", False),
            ("of", "IN", "ADP", 6, "prep", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
            ("central", "JJ", "ADJ", 10, "amod", "O", False), ("bank", "NN", "NOUN", 7, "pobj", "O", False),
            ("resigned", "VBD", "VERB", 11, "ROOT", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = mention_texts(rows)
    assert any(m.startswith("The governor") for m in found["Ann Lee"]), found
