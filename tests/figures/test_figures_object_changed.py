"""A bare number after ``to`` or ``from`` of a verb of change that has an object (``grow the membership to
300``, ``cut the staff to 30``) counts that object, not the one who makes the change (branch
figcodes41; sentences of our own)."""

from __future__ import annotations


def _figures(pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.kind, f.value, f.about) for f in pipeline.extract(text).figures]


def test_a_target_of_growth_counts_the_object(pipeline) -> None:
    figures = _figures(pipeline, "Marta Quill, who runs the choir, hopes to grow the membership, now about 40, to 90.")
    assert ("count", 90, "membership") in figures


def test_a_cut_made_to_an_object_counts_the_object(pipeline) -> None:
    figures = _figures(pipeline, "The new owner plans to cut the staff to 30.")
    assert ("count", 30, "staff") in figures


def test_a_rate_changed_to_a_number_is_no_count(pipeline) -> None:
    # negative: "cut the rate to 2": a rate is a measure, no count of things
    assert not _figures(pipeline, "The bank cut the rate to 2 on Tuesday.")
