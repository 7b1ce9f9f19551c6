"""A name written with a middle initial is the office holder of that name without it, unless the holder's own
names give another initial (branch short39, issue 15). Names are taken from the shipped table itself."""

from __future__ import annotations

import datetime as dt

from newsevents.actors import actor_dictionary, normalise_name


def _two_word_holder(ad):
    return next(h for h in ad.holders if len(h.name.split()) == 2 and h.name.replace(" ", "").isalpha()
                and len(ad.holders_by_name[normalise_name(h.name)]) == 1)


def test_a_middle_initial_finds_the_holder_named_without_it():
    ad = actor_dictionary()
    holder = _two_word_holder(ad)
    given, family = holder.name.split()
    day = holder.start or dt.date(2000, 1, 1)
    assert ad.holder_named(f"{given} Q. {family}", day) == ad.holder_named(holder.name, day)
    assert ad.holder_named(f"{given} Q {family}", day) is not None


def test_another_initial_than_the_holders_own_finds_nobody():
    # negative: a holder whose name has a middle initial (and an alias without it) is not found by another
    # initial: two of a family told apart by that letter
    ad = actor_dictionary()
    holder = next(h for h in ad.holders if len(h.name.split()) == 3 and len(h.name.split()[1].rstrip(".")) == 1
                  and h.name.split()[1][:1] != "Q")
    given, _, family = holder.name.split()
    assert ad.holder_named(f"{given} Q. {family}", holder.start) is None or \
        ad.holder_named(f"{given} Q. {family}", holder.start).name != holder.name


def test_a_name_of_two_words_is_looked_up_as_written():
    ad = actor_dictionary()
    assert ad.holder_named("Zyxw Qvut") is None
