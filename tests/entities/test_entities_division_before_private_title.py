"""A person's title of no state role that a state's or a province's name modifies places the person there,
as a nationality word does: ``Vermont farmer Dale Prewitt``, ``prominent Ohio anti-tax delegate Dale
Prewitt`` (the hyphened modifier ends the title's words, not the noun's modifiers). A town's name does not,
nor a name the gazetteer knows as a division of two countries (branch figcodes41, issue 15; hand-built Docs,
sentences of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    def run(rows: list[Row]):
        words = [r[0] for r in rows]
        # no space before a comma, a stop or a hyphen, nor after a hyphen (``anti-tax``)
        spaces = [not (k + 1 < len(words) and words[k + 1] in {",", ".", "-"}) and words[k] != "-"
                  for k in range(len(words))]
        return resolve_doc_rows(rows, spaces=spaces)[1]

    return run


def _titled(modifiers: list[Row], noun: str) -> list[Row]:
    """"<modifiers> <noun> Dale Prewitt spoke ." with the modifiers at 0.. (each hanging on the noun)."""
    n = len(modifiers)
    return [*modifiers, (noun, "NN", "NOUN", n + 2, "compound", "O", noun),
            name_row("Dale", n + 2, "compound", "B-PERSON"), name_row("Prewitt", n + 3, "nsubj", "I-PERSON"),
            ("spoke", "VBD", "VERB", n + 3, "ROOT", "O", "speak"), (".", ".", "PUNCT", n + 3, "punct", "O", ".")]


def _person(entities):
    return next(e for e in entities if e.name == "Dale Prewitt")


def test_a_state_before_a_private_title_places_the_person(resolve) -> None:
    # "Vermont farmer Dale Prewitt spoke."
    assert _person(resolve(_titled([name_row("Vermont", 1, "compound", "B-GPE")], "farmer"))).country == "USA"


def test_a_province_before_a_private_title_places_the_person(resolve) -> None:
    # "Manitoba farmer Dale Prewitt spoke."
    assert _person(resolve(_titled([name_row("Manitoba", 1, "compound", "B-GPE")], "farmer"))).country == "CAN"


def test_a_state_before_a_hyphened_modifier_still_places_the_person(resolve) -> None:
    # "prominent Ohio anti-tax delegate Dale Prewitt spoke."
    modifiers = [("prominent", "JJ", "ADJ", 5, "amod", "O", "prominent"), name_row("Ohio", 5, "nmod", "B-GPE"),
                 ("anti", "JJ", "ADJ", 5, "amod", "O", "anti"), ("-", "HYPH", "PUNCT", 5, "amod", "O", "-"),
                 ("tax", "JJ", "ADJ", 5, "amod", "O", "tax")]
    assert _person(resolve(_titled(modifiers, "delegate"))).country == "USA"


def test_a_nationality_before_a_hyphened_modifier_places_the_person(resolve) -> None:
    # "prominent Italian anti-tax delegate Dale Prewitt spoke."
    modifiers = [("prominent", "JJ", "ADJ", 5, "amod", "O", "prominent"),
                 ("Italian", "JJ", "ADJ", 5, "amod", "B-NORP", "italian"),
                 ("anti", "JJ", "ADJ", 5, "amod", "O", "anti"), ("-", "HYPH", "PUNCT", 5, "amod", "O", "-"),
                 ("tax", "JJ", "ADJ", 5, "amod", "O", "tax")]
    assert _person(resolve(_titled(modifiers, "delegate"))).country == "ITA"


def test_no_place_before_the_title_gives_no_country(resolve) -> None:
    # negative: "prominent farmer Dale Prewitt spoke."
    assert _person(resolve(_titled([("prominent", "JJ", "ADJ", 1, "amod", "O", "prominent")], "farmer"))).country is None


def test_a_town_before_a_private_title_gives_no_country(resolve) -> None:
    # negative: "Springfield farmer Dale Prewitt spoke." -- a town is left (a name of many towns, persons, firms)
    assert _person(resolve(_titled([name_row("Springfield", 1, "compound", "B-GPE")], "farmer"))).country is None


def test_a_plural_peoples_noun_before_a_title_gives_no_country(resolve) -> None:
    # negative: "Canadians manager Dale Prewitt spoke.": a plural people's noun before a title names a club
    rows = _titled([("Canadians", "NNPS", "PROPN", 1, "compound", "B-NORP", "Canadians")], "manager")
    assert _person(resolve(rows)).country is None


def test_a_place_before_a_players_title_names_a_club(resolve) -> None:
    # negative: "Madrid midfielder Dale Prewitt spoke." -- a place in a player's title is the club's
    assert _person(resolve(_titled([name_row("Madrid", 1, "compound", "B-GPE")], "midfielder"))).country is None
