"""Two entity rules, on hand-built Docs of sentences of our own:

- binding principle C for descriptions too: the subject pronoun of a verb of saying after a
  quotation is no one the quotation names or describes ('"... Tom Harkin should be mayor," she
  said' is neither Harkin nor the "mayor");
- a one-word name the model tags a body at least twice, and never anything else, is that body's
  name where it left the word untagged as a noun phrase of its own ("Zingo suspended her
  account", "Zingo's ban"), never as a modifier ("a Zingo user")."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]

SPEECH = frozenset({"say"})


@pytest.fixture(scope="module")
def resolve(resolve_rows):
    def run(rows: list[Row]) -> dict[str, list[str]]:
        tags = [r[1] for r in rows]
        # no space after an opening quotation mark, nor before punctuation or a closing one
        spaces = [not (tag == "``" or (i + 1 < len(tags) and tags[i + 1] in {",", ".", "''"}))
                  for i, tag in enumerate(tags)]
        return resolve_rows(rows, spaces, lemma_of={"said": "say"}, speech_verbs=SPEECH)

    return run


def _quoted_mayor(said_by: str) -> list[Row]:
    """'Mary Dunlow sells hats . Voters were rude . Buyers were calm . " Tom Harkin should be
    mayor , " she said .': Mary Dunlow three sentences back, the "mayor" in the quotation next to
    the pronoun."""
    return [("Mary", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Dunlow", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("sells", "VBZ", "VERB", 2, "ROOT", "O", False),
            ("hats", "NNS", "NOUN", 2, "dobj", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False),
            ("Voters", "NNS", "NOUN", 6, "nsubj", "O", True),
            ("were", "VBD", "AUX", 6, "ROOT", "O", False),
            ("rude", "JJ", "ADJ", 6, "acomp", "O", False),
            (".", ".", "PUNCT", 6, "punct", "O", False),
            ("Buyers", "NNS", "NOUN", 10, "nsubj", "O", True),
            ("were", "VBD", "AUX", 10, "ROOT", "O", False),
            ("calm", "JJ", "ADJ", 10, "acomp", "O", False),
            (".", ".", "PUNCT", 10, "punct", "O", False),
            ('"', "``", "PUNCT", 23, "punct", "O", True),
            ("Tom", "NNP", "PROPN", 15, "compound", "B-PERSON", False),
            ("Harkin", "NNP", "PROPN", 17, "nsubj", "I-PERSON", False),
            ("should", "MD", "AUX", 17, "aux", "O", False),
            ("be", "VB", "AUX", 23, "ccomp", "O", False),
            ("mayor", "NN", "NOUN", 17, "attr", "O", False),
            (",", ",", "PUNCT", 23, "punct", "O", False),
            ('"', "''", "PUNCT", 23, "punct", "O", False),
            (said_by, "PRP", "PRON", 23, "nsubj", "O", False),
            ("said", "VBD", "VERB", 23, "ROOT", "O", False),
            (".", ".", "PUNCT", 23, "punct", "O", False)]


def test_she_after_a_quotation_is_not_the_role_it_names(resolve):
    found = resolve(_quoted_mayor("she"))
    assert "she" in found.get("Mary Dunlow", [])
    assert "she" not in found.get("Tom Harkin", [])
    assert not any("she" in mentions for name, mentions in found.items() if name != "Mary Dunlow")


def _zingo(first_tag: str = "B-ORG") -> list[Row]:
    """'Zingo sells shoes . Buyers like Zingo . Zingo suspended her account . A Zingo user left .'"""
    return [("Zingo", "NNP", "PROPN", 1, "nsubj", first_tag, True),
            ("sells", "VBZ", "VERB", 1, "ROOT", "O", False),
            ("shoes", "NNS", "NOUN", 1, "dobj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False),
            ("Buyers", "NNS", "NOUN", 5, "nsubj", "O", True),
            ("like", "VBP", "VERB", 5, "ROOT", "O", False),
            ("Zingo", "NNP", "PROPN", 5, "dobj", "B-ORG", False),
            (".", ".", "PUNCT", 5, "punct", "O", False),
            ("Zingo", "NN", "NOUN", 9, "nsubj", "O", True),
            ("suspended", "VBD", "VERB", 9, "ROOT", "O", False),
            ("her", "PRP$", "PRON", 11, "poss", "O", False),
            ("account", "NN", "NOUN", 9, "dobj", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False),
            ("A", "DT", "DET", 15, "det", "O", True),
            ("Zingo", "NNP", "PROPN", 15, "compound", "O", False),
            ("user", "NN", "NOUN", 16, "nsubj", "O", False),
            ("left", "VBD", "VERB", 16, "ROOT", "O", False),
            (".", ".", "PUNCT", 16, "punct", "O", False)]


def test_an_untagged_repeat_of_a_body_name_is_the_body(resolve):
    found = resolve(_zingo())
    assert found.get("Zingo") == ["Zingo", "Zingo", "Zingo"]  # not the modifier of "A Zingo user"


def test_a_name_tagged_a_body_once_gives_no_untagged_repeat(resolve):
    found = resolve(_zingo(first_tag="O"))
    assert len(found.get("Zingo", [])) <= 1


def test_the_candidate_is_the_one_the_text_calls_a_nominee(extract):
    # kind_nouns.tsv: a nominee is a candidate ("the candidate" for "presidential nominee X")
    rec = extract("Republican presidential nominee Tom Harkin spoke on Monday. A radio host, Ann Lee, asked "
                  "Harkin about taxes, but the candidate cut her off.", published="2016-05-10")
    harkin = next(e for e in rec.entities if e.name == "Tom Harkin")
    assert "the candidate" in [m.text for m in harkin.mentions]


def _newspaper_of(extract, first: str) -> list[str]:
    rec = extract(f"{first} printed an editorial on Monday. Volunteers will hand out copies and let the "
                  "newspaper make the case.", published="2016-05-10")
    return [e.name for e in rec.entities if any(m.text.endswith("newspaper") for m in e.mentions)]


def test_the_newspaper_is_the_one_medium_named_before(extract):
    assert _newspaper_of(extract, "The Daily Courier") == ["Daily Courier"]


def test_the_newspaper_after_two_media_is_neither(extract):
    # two papers (bodies39: a broadcaster is no newspaper, so the second medium is a paper here)
    assert _newspaper_of(extract, "The Daily Courier and the Evening Post") not in (["Daily Courier"], ["Evening Post"])


def test_the_newspaper_after_a_paper_and_a_broadcaster_is_the_paper(extract):
    # bodies39: "the newspaper" is no broadcaster (paper_noun, media_title)
    assert _newspaper_of(extract, "The Daily Courier and the BBC") == ["Daily Courier"]
