"""The word tables the time and figure stages read (``newsevents/data``): time words, written
numbers, casualty words and currencies.

A stage reads them from its own folder (:func:`load_words`, once per process for the same
tables) and hands them to the functions that need them; :func:`packaged_words` serves callers
outside a pipeline (an evaluation normalising gold times, tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsevents.tables import shared_load, table_dir

WORD_FILES = ("time_words.tsv", "number_words.tsv", "figure_lexicon.tsv", "currencies.tsv")


def _rows(directory: Path, filename: str) -> list[list[str]]:
    text = (directory / filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Words:
    """time: kind -> {word: value}, e.g. time["month"]["sept"] == "9" (``words["month"]`` is
    the same); numbers: written numbers and multipliers, "twenty" -> 20, "dozen" -> 12,
    "bn" -> 1e9; figures: casualty words and lemmas -> figure kind, "wounded" -> "injured";
    currencies: symbols and words -> ISO 4217 code, "£" -> "GBP"; fractions: the words of a
    currency's hundredth -> how many make one unit, "cents" -> 100."""

    time: dict[str, dict[str, str]]
    numbers: dict[str, float]
    figures: dict[str, str]
    currencies: dict[str, str]
    # a currency's hundredth written after the amount -> how many make one unit ("cents" -> 100)
    fractions: dict[str, float] = field(default_factory=dict)

    def __getitem__(self, kind: str) -> dict[str, str]:
        return self.time[kind]


def read_words(directory: Path) -> Words:
    time: dict[str, dict[str, str]] = {}
    for kind, word, value in _rows(directory, "time_words.tsv"):
        time.setdefault(kind, {})[word] = value
    return Words(
        time=time,
        numbers={word: float(value) for word, value in _rows(directory, "number_words.tsv")},
        figures={word: kind for word, kind in _rows(directory, "figure_lexicon.tsv")},
        currencies={word: code for word, code, *_ in _rows(directory, "currencies.tsv")},
        fractions={word: float(rest[0]) for word, _, *rest in _rows(directory, "currencies.tsv") if rest},
    )


def load_words(directory: str | Path | None = None) -> Words:
    """The word tables in ``directory`` (None: the packaged ones), read once per process."""
    return shared_load(read_words, table_dir(directory), WORD_FILES)


def packaged_words() -> Words:
    """The packaged tables, for code outside a pipeline; a stage holds those of its config."""
    return load_words()
