"""The scans for runs of capitalised words (slogan groups, dictionary bodies left untagged, acronyms,
initials) start from the index of capitalised words, not from every word: where runs begin and end,
side by side, at the Doc's end or cut at five words, they find what a walk over every word found.
Hand-built Docs of invented sentences."""

from __future__ import annotations

from entity_lookup import word_resolver
from newsevents.geo.gazetteer import load_gazetteer


def _resolver(words: list[str], pos: list[str]):
    assert len(words) == len(pos)
    return word_resolver(words, pos=pos, gazetteer=load_gazetteer())


def _found(spans) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in spans]


def test_slogan_runs_side_by_side_and_at_the_end_are_each_read() -> None:
    # two runs parted by one lower-case word, the second ending the Doc; a run of five is none
    words = "Marchers of Never Again Utah met Always Ohio First".split()
    pos = ["NOUN", "ADP", "ADV", "ADV", "PROPN", "VERB", "ADV", "PROPN", "ADV"]
    assert _found(_resolver(words, pos)._slogan_bodies([])) == [(2, 5, "ORG"), (6, 9, "ORG")]
    five = "Rallies by Always Ohio First Now Today".split()
    assert _resolver(five, ["NOUN", "ADP", "ADV", "PROPN", "ADV", "ADV", "ADV"])._slogan_bodies([]) == []


def test_a_capitalised_word_with_a_digit_breaks_a_slogan_run() -> None:
    # "Ohio2" is capitalised but no word of letters: the run before it is two words, the one after one
    words = "Fans of Always Ohio2 First".split()
    assert _resolver(words, ["NOUN", "ADP", "ADV", "PROPN", "ADV"])._slogan_bodies([]) == []


def test_dictionary_bodies_are_found_run_after_run() -> None:
    # a one-word run before ("Aides"), then the name twice: each run is tried from its own first word
    words = "Aides at the Blue House met the Blue House staff".split()
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "NOUN"]
    assert _found(_resolver(words, pos)._untagged_dictionary_bodies([])) == [(3, 5, "ORG"), (7, 9, "ORG")]


def test_a_run_cut_at_five_words_leaves_its_rest_a_run_of_its_own() -> None:
    # seven capitalised proper nouns: the first five are a run (a proper noun after it: no name of its
    # own), the last two another (a proper noun before it): neither is the body, though the tables know it
    words = "Quiet Lake Green Hill Park Blue House met".split()
    pos = ["PROPN"] * 7 + ["VERB"]
    assert _resolver(words, pos)._untagged_dictionary_bodies([]) == []
    # the same name after a lower-case word is the body
    words = "Quiet Lake Green Hill Park and Blue House met".split()
    pos = ["PROPN"] * 5 + ["CCONJ", "PROPN", "PROPN", "VERB"]
    assert _found(_resolver(words, pos)._untagged_dictionary_bodies([])) == [(6, 8, "ORG")]


def test_untagged_acronyms_are_words_of_two_to_eight_capitals() -> None:
    # "ECOWAS" (known) is found; "N" (one letter) and "Nato" (not all capitals) are not asked
    words = "Envoys of ECOWAS and N and Nato met".split()
    pos = ["NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "CCONJ", "NOUN", "VERB"]
    assert _found(_resolver(words, pos)._untagged_acronyms([])) == [(2, 3, "ORG")]
