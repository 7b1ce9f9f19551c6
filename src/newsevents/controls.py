"""Terminal escape codes, control characters and bidirectional controls in article text.

An article's text is kept exactly as given (the contract: offsets index the input), but these
characters must reach neither the model nor a terminal: they break sentence splitting, and a
terminal obeys them (clears the screen, retitles the window, reorders what it shows). So the
model reads a copy with each of them blanked, one space per character (``blank_controls``: the
offsets stay the input's), and what is printed for a person has them removed (``strip_controls``).
"""

from __future__ import annotations

import re

# Terminal escape sequences (CSI such as colours and cursor moves, OSC such as window titles), then
# any other C0/C1 control character but tab, line feed, carriage return and form feed, and the
# Unicode bidirectional controls (they reorder what a terminal shows and break sentence splitting).
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def has_controls(text: str) -> bool:
    return _CONTROL.search(text) is not None


def strip_controls(text: str) -> str:
    """The text without terminal escape codes, control characters or bidi controls (for display)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def blank_controls(text: str) -> str:
    """The text with each character of an escape code, and each control character, a space: the
    same length, so every offset into it is an offset into ``text``."""
    if not _CONTROL.search(text):
        return text
    blanked = _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return _CONTROL.sub(" ", blanked)
