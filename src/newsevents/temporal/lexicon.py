"""The word lists the time and figure stages share, read once from ``newsevents/data``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("newsevents.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """kind -> {word: value}, e.g. time_words()["month"]["sept"] == "9"."""
    table: dict[str, dict[str, str]] = {}
    for kind, word, value in _rows("time_words.tsv"):
        table.setdefault(kind, {})[word] = value
    return table


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Written numbers and multipliers: "twenty" -> 20, "dozen" -> 12, "bn" -> 1e9."""
    return {word: float(value) for word, value in _rows("number_words.tsv")}


@lru_cache(maxsize=1)
def figure_words() -> dict[str, str]:
    """Casualty words and lemmas -> figure kind: "wounded" -> "injured", "fled" -> "displaced"."""
    return {word: kind for word, kind in _rows("figure_lexicon.tsv")}


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Currency symbols and words -> ISO 4217 code: "£" -> "GBP", "euros" -> "EUR"."""
    return {word: code for word, code in _rows("currencies.tsv")}
