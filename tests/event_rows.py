"""Helpers of the event rule tests on hand-built Docs (imported by test modules, not collected)."""

from __future__ import annotations


def rows_doc(build_doc, rows):
    """A Doc from rows (word, lemma, pos, tag, dep, head), heads absolute."""
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows, strict=True))
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def event_of(match, token):
    """The event type the lexicon gives ``token``, None for no row or a stop row."""
    found = match(token)
    return None if found is None or found[0].event == "-" else found[0].event


def lexicon_event(token):
    """The type of the row the packaged lexicon gives ``token`` ('-' for a stop row), or None (no row)."""
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    found = match_entry(token, load_lexicon(), actor_dictionary())
    return None if found is None else found[0].event
