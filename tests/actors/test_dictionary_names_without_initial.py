"""A name written without the middle initial the actor dictionary gives it (``Given Family`` for the row
``given x. family``) is that actor when the dictionary has one such; a name two actors share that way, or a
middle word that is no initial, finds nobody (branch figcodes41, issue 15). Only the entity stage's dictionary
codes ask so, for a person the text gives no title of its own. Names are taken from the shipped
table itself."""

from __future__ import annotations

import datetime as dt
import re

from newsevents.actors import actor_dictionary


def _initialled_keys(ad) -> list[str]:
    return [k for k in ad.dictionary_actors if re.fullmatch(r"[a-z]{3,} [a-z]\. [a-z]{3,}", k)]


def test_a_name_without_its_middle_initial_finds_the_actor() -> None:
    ad = actor_dictionary()
    day = dt.date(2016, 1, 1)
    key = next(k for k in _initialled_keys(ad)
               if f"{k.split()[0]} {k.split()[2]}" not in ad.dictionary_actors
               and len({r.name for r in ad._keys_without_initial[f"{k.split()[0]} {k.split()[2]}"]}) == 1
               and ad.dictionary_actor(k, day) is not None)
    given, _, family = key.split()
    found = ad.dictionary_actor_without_initial(f"{given.title()} {family.title()}", day)
    assert found is not None and found.name == ad.dictionary_actor(key, day).name
    assert ad.dictionary_actor(f"{given.title()} {family.title()}", day) is None  # the plain look-up is unchanged


def test_two_actors_behind_one_name_without_initials_find_nobody() -> None:
    # negative: "<given> <family>" when two rows differ only by their middle initials
    ad = actor_dictionary()
    shared = next((short for short, rows in ad._keys_without_initial.items()
                   if len({r.name for r in rows}) > 1 and short not in ad.dictionary_actors), None)
    if shared is not None:
        assert ad.dictionary_actor_without_initial(shared, dt.date(2016, 1, 1)) is None


def test_a_middle_word_that_is_no_initial_is_not_dropped() -> None:
    # negative: "sar e pol"-like keys (a word of one letter with no stop) stay whole
    ad = actor_dictionary()
    assert all(re.fullmatch(r"[a-z'-]{2,} [a-z'-]{2,}", short) for short in ad._keys_without_initial)
