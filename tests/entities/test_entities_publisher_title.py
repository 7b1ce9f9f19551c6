"""The publisher's own title, spelt by its host name (``for The Bray-Lantern`` on ``braylantern.ie``, tagged a
work of art), is a body: the medium (MED). Invented outlet names; hand-built parses with an article's source."""

from __future__ import annotations

# "It is a project for The Bray-Lantern ."
ROWS = [("It", "PRP", "PRON", 1, "nsubj", "O", True), ("is", "VBZ", "AUX", 1, "ROOT", "O", False),
        ("a", "DT", "DET", 3, "det", "O", False), ("project", "NN", "NOUN", 1, "attr", "O", False),
        ("for", "IN", "ADP", 3, "prep", "O", False), ("The", "DT", "DET", 8, "det", "B-WORK_OF_ART", False),
        ("Bray", "NNP", "PROPN", 8, "compound", "I-WORK_OF_ART", False), ("-", "HYPH", "PUNCT", 8, "punct", "I-WORK_OF_ART", False),
        ("Lantern", "NNP", "PROPN", 4, "pobj", "I-WORK_OF_ART", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
# no space around the hyphen nor before the stop
SPACES = [not (w == "-" or (k + 1 < len(ROWS) and ROWS[k + 1][0] in {"-", "."})) for k, (w, *_) in enumerate(ROWS)]


def test_the_publisher_s_title_tagged_a_work_is_the_medium(stage_entities) -> None:
    found = stage_entities(ROWS, SPACES, article={"published": "2026-01-02", "source": "www.braylantern.ie"})
    outlet = next(e for e in found.values() if "Lantern" in e.name)
    assert outlet.type == "ORG" and outlet.sector == ["MED"]


def test_a_title_another_site_reports_stays_a_work(stage_entities) -> None:
    found = stage_entities(ROWS, SPACES, article={"published": "2026-01-02", "source": "www.lakeshorenews.com"})
    assert not any("Lantern" in e.name for e in found.values())
