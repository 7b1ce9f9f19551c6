"""Broadcasters named where a programme is shown (brief s24-ents26), on hand-built Docs of sentences of our own:
the name after the ``on`` of ``airs``/``broadcast`` past a time is a body; a station's name ending in ``Radio``
(and a number) after a programme's name is a body of its own and the programme none; a day after ``on`` is
no body."""

from __future__ import annotations

from test_entities_stray_spans import _resolve


def test_the_name_after_airs_at_a_time_on_is_a_broadcaster(pipeline) -> None:
    # "The final airs at 9pm on Vexa Sport ." with "Vexa Sport" tagged a person
    rows = [("The", "DT", "DET", 1, "det", "O"), ("final", "NN", "NOUN", 2, "nsubj", "O"),
            ("airs", "VBZ", "VERB", 2, "ROOT", "O"), ("at", "IN", "ADP", 2, "prep", "O"),
            ("9pm", "CD", "NUM", 3, "pobj", "B-TIME"), ("on", "IN", "ADP", 2, "prep", "O"),
            ("Vexa", "NNP", "PROPN", 7, "compound", "B-PERSON"), ("Sport", "NNP", "PROPN", 5, "pobj", "I-PERSON"),
            (".", ".", "PUNCT", 2, "punct", "O")]
    assert _resolve(pipeline, rows).get("Vexa Sport", ("",))[0] == "ORG"


def test_a_day_after_airs_on_is_no_broadcaster(pipeline) -> None:
    rows = [("The", "DT", "DET", 1, "det", "O"), ("final", "NN", "NOUN", 2, "nsubj", "O"),
            ("airs", "VBZ", "VERB", 2, "ROOT", "O"), ("on", "IN", "ADP", 2, "prep", "O"),
            ("Sunday", "NNP", "PROPN", 3, "pobj", "B-DATE"), (".", ".", "PUNCT", 2, "punct", "O")]
    assert _resolve(pipeline, rows) == {}


def test_a_station_after_a_programmes_name_is_a_body_of_its_own(pipeline) -> None:
    # "She sang on the Breakfast Show Kestrel Radio 1 ." tagged one place from "the"
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O"), ("sang", "VBD", "VERB", 1, "ROOT", "O"),
            ("on", "IN", "ADP", 1, "prep", "O"), ("the", "DT", "DET", 7, "det", "B-FAC"),
            ("Breakfast", "NNP", "PROPN", 5, "compound", "I-FAC"), ("Show", "NNP", "PROPN", 7, "compound", "I-FAC"),
            ("Kestrel", "NNP", "PROPN", 7, "compound", "I-FAC"), ("Radio", "NNP", "PROPN", 2, "pobj", "I-FAC"),
            ("1", "CD", "NUM", 7, "nummod", "I-FAC"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = _resolve(pipeline, rows)
    assert found.get("Kestrel Radio 1", ("",))[0] == "ORG"
    assert not any("Breakfast" in name for name in found)


def test_a_station_named_alone_is_left_as_tagged(pipeline) -> None:
    rows = [("Kestrel", "NNP", "PROPN", 1, "compound", "B-ORG"), ("Radio", "NNP", "PROPN", 2, "nsubj", "I-ORG"),
            ("said", "VBD", "VERB", 2, "ROOT", "O"), ("so", "RB", "ADV", 2, "advmod", "O"),
            (".", ".", "PUNCT", 2, "punct", "O")]
    assert _resolve(pipeline, rows).get("Kestrel Radio", ("",))[0] == "ORG"
