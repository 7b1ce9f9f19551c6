"""A body's span the model ran over a comma (``The Ministry of Defence, Ministry of Public Security``) is
a list of bodies when every part is an institution's name of its own (an institution noun followed by
``of``, or last); ``the City Planning, Development and Zoning Office`` is one office (ents27).
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity,
sentence start)."""

from __future__ import annotations


def _rows(words: list[str], verb: str = "met") -> list[tuple]:
    """``WORDS met .`` with the model's one ORG span over every word; the last word heads them."""
    n = len(words)
    rows = [(w, "DT" if w == "The" else ("," if w == "," else ("IN" if w in {"of", "and"} else "NNP")),
             "DET" if w == "The" else ("PUNCT" if w == "," else ("ADP" if w in {"of", "and"} else "PROPN")),
             n - 1 if k < n - 1 else n, "compound" if k < n - 1 else "nsubj", "B-ORG" if k == 0 else "I-ORG", k == 0)
            for k, w in enumerate(words)]
    return rows + [(verb, "VBD", "VERB", n, "ROOT", "O", False), (".", ".", "PUNCT", n, "punct", "O", False)]


def _spaces(words: list[str]) -> list[bool]:
    """No space before a comma."""
    return [nxt not in {",", "."} for nxt in [*words[1:], "met", "."]] + [False]


def test_two_ministries_run_together_are_two_bodies(stage_entities) -> None:
    found = stage_entities(_rows("The Ministry of Defence , Ministry of Public Security".split()))
    assert "Ministry of Defence" in found and "Ministry of Public Security" in found, found


def test_a_ministry_and_an_assembly_are_two_bodies(stage_entities) -> None:
    found = stage_entities(_rows("The Ministry of Fisheries , National Assembly".split()))
    assert "Ministry of Fisheries" in found and "National Assembly" in found, found


def test_an_office_named_with_a_comma_stays_one(stage_entities) -> None:
    words = "The City Planning , Development and Zoning Office".split()
    found = stage_entities(_rows(words), spaces=_spaces(words))
    assert any(name.endswith("City Planning, Development and Zoning Office") for name in found), found
