"""A number followed by a percent word is a share even right after a capitalised name (``led Ann
Lee 52 percent to 33 percent``: the name is the object of ``led``, not a title numbered 52), so
both shares of a poll lead are figures (quotes29). Sentences written for these tests."""

from __future__ import annotations


def _figures(pipeline, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in pipeline.extract(text).figures]


def test_both_shares_of_a_lead_over_a_name(pipeline) -> None:
    figures = _figures(pipeline, "In the new survey Mayor Dana Crewe led Omar Field 47 percent to 38 percent.")
    assert ("percent", "47 percent") in figures
    assert ("percent", "38 percent") in figures


def test_a_share_after_a_name_written_per_cent(pipeline) -> None:
    assert ("percent", "41 per cent") in _figures(pipeline, "The challenger trailed Ann Roe 41 per cent to 50 per cent.")


def test_a_numbered_name_is_still_no_figure(pipeline) -> None:
    assert not any("95" in text for _, text in _figures(pipeline, "The office still runs Windows 95 on every desk."))


def test_both_shares_of_a_score_written_with_signs(pipeline) -> None:
    # "58%-31%": a score of two shares joined by a hyphen (the tokenizer splits it, figcodes41)
    figures = _figures(pipeline, "Her 58%-31% edge over Tom Vale among older voters has held for a month.")
    assert ("percent", "58%") in figures
    assert ("percent", "31%") in figures
