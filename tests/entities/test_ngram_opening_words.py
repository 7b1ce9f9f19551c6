"""speed25: the n-gram loops over roles, bodies and countries test each opening word against the
words the table keys open with before making and normalising its phrases; what they find is what
looking every phrase up finds. The entity rules' index of forms is looked up by a small word set.
Own phrases."""

from __future__ import annotations

import pytest

from newsevents.actors import key_opening, load_actor_dictionary, normalise_name


@pytest.mark.parametrize("words", [
    ["finance", "minister"], ["Finance", "Minister", "said"], ["defense", "secretary"], ["Defense-minded", "staff"],
    ["minister", "'s"], ["chief", "executive", "'s", "office"], ["U.S.", "envoy"], ["the", "finance", "minister"],
    ["The", "Foreign", "Office"], ["theatre", "critic"], ["vice", "-", "president"], ["\n", "minister"],
    ["École", "director"], ["Üter", "group", "'s"], ["İstanbul", "mayor"], ["minister", "\n"], ["Mr.", "Speaker"],
])
def test_the_opening_told_is_the_first_word_of_every_longer_phrase_key(words: list[str]) -> None:
    opening = key_opening(words[0])
    if opening is not None:
        for n in range(2, len(words) + 1):
            assert normalise_name(" ".join(words[:n])).split()[0] == opening


def test_a_word_that_cannot_tell_is_left_to_the_full_key() -> None:
    assert key_opening("the") is None and key_opening("The") is None  # "the" is dropped from keys
    assert key_opening("vice-president") is None  # a hyphen splits the word
    assert key_opening("U.S.") is None  # dots go
    assert key_opening("Defense") == "defence"  # one spelling in keys
    assert key_opening("Minister") == "minister"


def test_the_opening_words_hold_the_first_word_of_every_key() -> None:
    actors = load_actor_dictionary()
    assert {"prime", "finance", "secretary"} <= actors.role_first_words
    assert all(key.split()[0] in actors.role_first_words for key in actors.roles if key.strip())
    assert all(key.split()[0] in actors.org_first_words for key in actors.orgs if key.strip())
    assert all(key.split()[0] in actors.country_first_words
               for table in (actors.countries, actors.adjectives, actors.demonyms) for key in table if key.strip())


def _doc(text: str, tags: list[str] | None = None):
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions

    words = text.split()
    return Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1),
               lemmas=[w.lower() for w in words], tags=tags, pos=["NOUN"] * len(words))


@pytest.mark.parametrize("text", [
    "the Zorblat finance minister", "Zorblat Defense Secretary", "the prime minister of Zorblat",
    "the United Nations envoy", "Zorblat United Nations troops", "South Korean army officers",
    "Quillon police chief", "the New Zealand foreign minister",
])
def test_a_run_is_coded_as_every_n_gram_looked_up_codes_it(text: str) -> None:
    """``code_tokens`` with the openings test gives what looking every n-gram up gives."""
    actors = load_actor_dictionary()
    tokens = list(_doc(text))
    with_test = actors.code_tokens(tokens)
    saved = actors.role_first_words, actors.org_first_words, actors.country_first_words
    everything = frozenset(w.lower() for w in text.split()) | {"defence"}
    try:  # every opening allowed: each n-gram is looked up, as before the test
        actors.role_first_words = actors.org_first_words = actors.country_first_words = everything
        assert actors.code_tokens(tokens) == with_test
    finally:
        actors.role_first_words, actors.org_first_words, actors.country_first_words = saved


def test_the_longest_role_ending_at_a_word_is_found_past_words_no_role_opens_with() -> None:
    from newsevents.components.entities import EntityResolver

    doc = _doc("Zorblat said the deputy prime minister left")
    resolver = EntityResolver(doc, load_actor_dictionary(), None, frozenset())
    # "the" opens no key ("the" is dropped from keys): the longest phrase is looked up in full
    assert resolver._longest_role_ending_at(5, 0) == (2, "deputy prime minister")
    assert resolver._longest_role_ending_at(5, 3) == (3, "deputy prime minister")
    assert resolver._longest_role_ending_at(1, 0) is None  # "said": no role ends there


def test_the_index_lookup_and_the_walk_over_forms_find_the_same_tokens() -> None:
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.components.entities import EntityResolver

    words = "The board met ; the chair and THE staff said the board would meet the board again".split()
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1),
              lemmas=[w.lower() for w in words])
    resolver = EntityResolver(doc, load_actor_dictionary(), None, frozenset())
    walk = [t.i for t in resolver.tokens if t.lower_ in {"the", "board"}]
    assert [t.i for t in resolver._with_lower({"the", "board"})] == walk  # a small set: looked up
    assert [t.i for t in resolver._with_lower(frozenset({"the", "board"}))] == walk
    assert [t.i for t in resolver._with_lower({"the": 1, "board": 2})] == walk  # a mapping's keys: looked up
    many = {w.lower() for w in words} | {"zorblat", "quillon"}  # more words than forms: walked
    assert [t.i for t in resolver._with_lower(many)] == list(range(len(words)))
