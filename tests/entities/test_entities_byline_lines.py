"""A byline alone on its line (``BYLINE: <Name>.``, ``By <Name>``, a closing ``- <Name>.``) names the
writer, a person, though the model tags none of its words; after a bare dash only a name opening with a
known given name (a dash may open any short line). Hand-built Docs of lines written for these tests."""

from __future__ import annotations

# BYLINE: Helen Velkov.
# <blank>
# The council met .
# <blank>
# - Helen Velkov.
ROWS = [("BYLINE", "NN", "NOUN", 0, "ROOT", "O", True), (":", ":", "PUNCT", 0, "punct", "O", False),
        ("Helen", "NNP", "PROPN", 3, "compound", "O", True), ("Velkov", "NNP", "PROPN", 3, "ROOT", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False), ("\n\n", "_SP", "SPACE", 4, "dep", "O", False),
        ("The", "DT", "DET", 7, "det", "O", True), ("council", "NN", "NOUN", 8, "nsubj", "O", False),
        ("met", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
        ("\n\n", "_SP", "SPACE", 9, "dep", "O", False),
        ("-", "HYPH", "PUNCT", 13, "punct", "O", True), ("Helen", "NNP", "PROPN", 13, "compound", "O", False),
        ("Velkov", "NNP", "PROPN", 13, "ROOT", "O", False), (".", ".", "PUNCT", 13, "punct", "O", False)]
SPACES = [False, True, True, False, False, False, True, True, False, False, False, True, True, False, False]


def _rows(first: str, dash_name: tuple[str, str]) -> list[tuple]:
    rows = list(ROWS)
    rows[0] = (first, *rows[0][1:])
    rows[12] = (dash_name[0], *rows[12][1:])
    rows[13] = (dash_name[1], *rows[13][1:])
    return rows


def test_a_byline_line_and_a_closing_dash_line_name_the_writer(stage_entities):
    found = stage_entities(ROWS, spaces=SPACES)
    assert "Helen Velkov" in found and found["Helen Velkov"].type == "PERSON", found
    assert [m.text for m in found["Helen Velkov"].mentions] == ["Helen Velkov", "Helen Velkov"], found


def test_another_label_or_a_dash_before_no_given_name_names_nobody(stage_entities):
    found = stage_entities(_rows("SECTION", ("Harbor", "Weekly")), spaces=SPACES)
    assert not any("Velkov" in name or "Harbor" in name for name in found), found
