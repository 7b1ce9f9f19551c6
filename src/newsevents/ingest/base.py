"""What every reader yields, and the checks every text passes before it is analysed."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsevents.record import Article

# The longest text analysed as one article. spaCy's own default (1,000,000) lets one text take
# gigabytes and minutes: 40,000 words (about 240,000 characters) took 46-117 s and 950 MB here
# under load, growing linearly. The longest long-form news features run to about 60,000.
MAX_CHARS = 200_000
# The largest input read whole (a text, a page, a feed, one JSON Lines line).
MAX_BYTES = 8_000_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The Latin script as the check counts it: ASCII letters and the Latin-1 and Latin Extended-A/B
# letters. Only characters outside ASCII and those blocks can be letters of another script (an
# ASCII character is a letter only if it is A-Z or a-z), so those few are what the check finds.
_NOT_LATIN = re.compile(r"[^\x00-\x7f\u00C0-\u024F]")
# C0 control characters but tab, line feed, form feed and carriage return
_C0_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# The commonest English function words: real English prose is 25-50% these.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an of to in and or but is are was were be been has have had it its this that these those "
    "for on at by with from as not no he she they we you i his her their our will would can could "
    "said says which who what when where there than then also after before about over into".split()
)


@dataclass
class Item:
    """One unit a reader produced: an article, or the reason there is none."""

    origin: str
    article: Article | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None and self.problem is None


class InputError(Exception):
    """A whole input is unusable (unreadable path, unknown format): one line to print."""


def problem_with(text: str) -> str | None:
    """Why this text cannot be analysed as an English news article, or None if it can."""
    if not text or not text.strip():
        return "empty text"
    if "\x00" in text:
        return "binary data (NUL bytes), not text"
    if len(text) > MAX_CHARS:
        return f"too long: {len(text):,} characters (limit {MAX_CHARS:,}, far beyond any news article); split it into articles"
    head = text[:20000]
    # counted by the regex engine and map(), not a Python loop per character: every article passes here
    controls = len(_C0_CONTROL.findall(head))
    if controls > 0.01 * min(len(text), 20000):
        return "binary data (control characters), not text"
    if "\ufffd" in head and head.count("\ufffd") > 3:
        return "text contains undecodable characters: wrong encoding?"
    letters = sum(map(str.isalpha, head))
    # Latin letters are the letters less those of other scripts: an English text has next to none
    # of those, where listing its Latin letters made one string per letter.
    if letters and letters - sum(map(str.isalpha, _NOT_LATIN.findall(head))) < 0.7 * letters:
        return "not English (mostly non-Latin script)"
    words = _WORD.findall(head)
    if len(words) >= 12:
        share = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words))) / len(words)
        if share < 0.08:
            return f"not English (only {share:.0%} English function words)"
    return None


# Byte-order marks, longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` announces, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def is_wide_encoding(encoding: str | None) -> bool:
    """UTF-16 and UTF-32 text cannot be split into lines byte by byte."""
    if not encoding:
        return False
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf-16", "utf-32"))


def decode(data: bytes, origin: str, encoding: str | None = None) -> str:
    """Bytes to text: the encoding given, else the one a byte-order mark announces (UTF-8, UTF-16
    or UTF-32), else UTF-8; a clear error if that fails."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{origin}: cannot decode as {encoding}: {exc.reason if hasattr(exc, 'reason') else exc}") from None
    announced = bom_encoding(data[:4])
    if announced:
        try:
            return data.decode(announced)
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin}: starts with a {announced.upper()} byte-order mark but is not "
                             f"{announced.upper()} (at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file, not text (for UTF-16 or UTF-32 without a byte-order mark, "
                         "pass --encoding)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode it or pass --encoding (e.g. --encoding cp1252)"
        ) from None
