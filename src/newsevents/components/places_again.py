"""A place's name standing again where recognition left it out (brief s24-places25; rule source: the place
classes of the misses of ``eval/gold/news-dev37``; tests in ``tests/test_places_pairs_and_calendars.py``).

One sense per discourse, for recognition: a story that has placed a name (``in Clonmore``, ``Clonmore, Co
Kerry``) means the same place when the name stands alone again, though the model calls it nothing, an
organisation or a person there (``a budget for Clonmore to upgrade its halls``, inside a quote). The name
is taken again only as a name of its own: not inside a longer capitalised name (``Clonmore Road``,
``Lower Clonmore``), not as a word of a person's name the story gives (``Jane Clonmore``), not in capitals
(``CLONMORE``: headlines, acronyms), and only for a name the story resolved to a GeoNames place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsevents.components.places_mention import Mention
from newsevents.geo.gazetteer import normalise

if TYPE_CHECKING:
    from newsevents.components.places import PlaceFinder

# a capitalised word right before (with one space) or after a name: the name goes on
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ ]$")
_CAPITALISED_AFTER = re.compile(r"^[ ][A-Z]")
# a sentence's first word right before a name: after the text's start, a full stop, a quote mark or a line end
_FIRST_WORD_BEFORE = re.compile(r"(?:^|([.!?:\"“‘\n]\s*))[A-Z][\w'’.-]*[ ]$")
MIN_LENGTH = 4  # "Ely", "Rye": short names are more often words or parts of others
# a character right before a name (beside a word character) that makes it part of a longer word:
# "Mid-Clonmore", "www.clonmore", "O'Clonmore"; right after it: "Clonmore-based", "Clonmore/Ely"
_JOINED_BEFORE = frozenset(".'’&/-")
_JOINED_AFTER = frozenset("&/-")


def _joined(char: str, marks: frozenset[str]) -> bool:
    """Whether ``char`` (one character, "" at the text's edge) joins a name to its neighbour: a
    word character as the regular expression ``\\w`` reads it (a letter or digit of any script, or
    "_"), or one of ``marks``."""
    return bool(char) and (char.isalnum() or char == "_" or char in marks)


def standing_alone(text: str, name: str) -> list[tuple[int, int]]:
    """The (start, end) of each occurrence of ``name`` in ``text`` that is a name of its own, not
    part of a longer word, left to right without overlaps: what the pattern
    ``(?<![\\w.'’&/-])NAME(?![\\w&/-])`` finds. Searched as a plain string: a pattern made per name
    is compiled anew for nearly every name of every story (a fifth of the places stage's CPU)."""
    found = []
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if _joined(text[start - 1:start], _JOINED_BEFORE) or _joined(text[end:end + 1], _JOINED_AFTER):
            start = text.find(name, start + 1)
        else:
            found.append((start, end))
            start = text.find(name, end)
    return found


def _after_first_word(text: str, start: int) -> bool:
    """Whether the capitalised word right before ``start`` opens its sentence (``For Clonmore``)."""
    before = _FIRST_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (before.start() == 0 or bool(before.group(1)))


def _person_words(finder: PlaceFinder) -> set[str]:
    """The words of every person's name of several words, the model's and the entities stage's."""
    words = set(finder.surnames) | set(finder.given_names)
    for entity in finder.doc._.entities or []:
        if entity.type == "PERSON":
            for m in entity.mentions:
                # not a building the entities stage took for a person ("Courthouse Clonmore")
                if " " in m.text and m.text.split(" ", 1)[0].lower() not in finder.building_heads:
                    words.update(normalise(w) for w in m.text.split())
    return words


def names_again(finder: PlaceFinder, mentions: list[Mention]) -> list[Mention]:
    """The module's rule: new mentions, each with the referent of the name's resolved mention."""
    text = finder.text
    referents: dict[str, Mention] = {}
    for m in mentions:
        c = m.chosen
        if c is None or c.geonameid is None or m.infra or m.label in ("LAND", "NOMINAL") or \
                len(m.text) < MIN_LENGTH or m.text.isupper() or not m.text[:1].isupper() or "\n" in m.text:
            continue
        referents.setdefault(m.text, m)
    if not referents:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    people: set[str] | None = None
    found: list[Mention] = []
    for name, source in referents.items():
        for start, end in standing_alone(text, name):
            if any(s < end and start < e for s, e in taken):
                continue
            if _CAPITALISED_AFTER.match(text[end:end + 2]) or (
                    _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) and not _after_first_word(text, start)):
                continue  # part of a longer name ("Lower Clonmore", "Clonmore Road"); a sentence's first word may precede
            if people is None:
                people = _person_words(finder)
            if normalise(name) in people:
                break  # a person's name of the story: its lone mentions may be that person
            found.append(Mention(start, end, name, "AGAIN", cands=source.cands, chosen=source.chosen))
            taken.append((start, end))
    return found
