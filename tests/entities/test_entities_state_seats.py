"""A person tied to a state's seat by a relative clause, a predicate or an apposition is of that state's country
(branch codes40, issue 15 item 2; hand-built Docs, sentences of our own): ``<Name>, who represents Ohio,``,
``<Name>, who served as governor of Ohio,``, ``<Name>, a senator from Ohio,``, ``<Name> chairs the Bundestag``.
A private person's tie to a place (``who visited Ohio``, ``a farmer from Ohio``) gives none."""

from __future__ import annotations

import pytest

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    # One sentence through the shared resolver; the tests ask about the one person.
    def run(rows: list[Row]):
        _, entities = resolve_doc_rows(rows, frozenset({0}))
        return next(e for e in entities if e.name == "Dale Prewitt")

    return run


def _name(head: int, dep: str) -> list[Row]:
    return [("Dale", "NNP", "PROPN", 1, "compound", "B-PERSON", "Dale"),
            ("Prewitt", "NNP", "PROPN", head, dep, "I-PERSON", "Prewitt")]


def _relative(verb: str, lemma: str) -> list[Row]:
    """"Dale Prewitt, who <verb> Ohio, spoke." """
    return [*_name(7, "nsubj"), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("who", "WP", "PRON", 4, "nsubj", "O", "who"), (verb, "VBZ", "VERB", 1, "relcl", "O", lemma),
            ("Ohio", "NNP", "PROPN", 4, "dobj", "B-GPE", "Ohio"), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("spoke", "VBD", "VERB", 7, "ROOT", "O", "speak"), (".", ".", "PUNCT", 7, "punct", "O", ".")]


def _apposed(noun: str) -> list[Row]:
    """"Dale Prewitt, a <noun> from Ohio, spoke." """
    return [*_name(8, "nsubj"), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("a", "DT", "DET", 4, "det", "O", "a"), (noun, "NN", "NOUN", 1, "appos", "O", noun),
            ("from", "IN", "ADP", 4, "prep", "O", "from"), ("Ohio", "NNP", "PROPN", 5, "pobj", "B-GPE", "Ohio"),
            (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("spoke", "VBD", "VERB", 8, "ROOT", "O", "speak"), (".", ".", "PUNCT", 8, "punct", "O", ".")]


def test_one_who_represents_a_state_is_of_its_country(resolve) -> None:
    assert resolve(_relative("represents", "represent")).country == "USA"


def test_one_who_visited_a_state_gives_nothing(resolve) -> None:
    # negative: a visit is no seat
    assert resolve(_relative("visited", "visit")).country is None


def test_one_who_served_as_a_states_governor_is_of_its_country(resolve) -> None:
    # "Dale Prewitt, who served as governor of Ohio, spoke."
    rows = [*_name(10, "nsubj"), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("who", "WP", "PRON", 4, "nsubj", "O", "who"), ("served", "VBD", "VERB", 1, "relcl", "O", "serve"),
            ("as", "IN", "ADP", 4, "prep", "O", "as"), ("governor", "NN", "NOUN", 5, "pobj", "O", "governor"),
            ("of", "IN", "ADP", 6, "prep", "O", "of"), ("Ohio", "NNP", "PROPN", 7, "pobj", "B-GPE", "Ohio"),
            (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("spoke", "VBD", "VERB", 10, "ROOT", "O", "speak"), (".", ".", "PUNCT", 10, "punct", "O", ".")]
    assert resolve(rows).country == "USA"


def test_a_senator_from_a_state_is_of_its_country(resolve) -> None:
    assert resolve(_apposed("senator")).country == "USA"


def test_a_farmer_from_a_state_gives_nothing(resolve) -> None:
    # negative: a private person's noun
    assert resolve(_apposed("farmer")).country is None


@pytest.fixture(scope="module")
def holder(actors):
    from newsevents.actors import normalise_name

    return next(h for h in actors.holders if h.country == "USA" and len(h.name.split()) == 2
                and h.name.replace(" ", "").isalpha() and len(actors.holders_by_name[normalise_name(h.name)]) == 1)


def _staff(holder, noun: str, of: str) -> list[Row]:
    """"Dale Prewitt, who was <Holder>'s <noun> of <of>, spoke." """
    given, family = holder.name.split()
    return [*_name(13, "nsubj"), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("who", "WP", "PRON", 4, "nsubj", "O", "who"), ("was", "VBD", "AUX", 1, "relcl", "O", "be"),
            (given, "NNP", "PROPN", 6, "compound", "B-PERSON", given),
            (family, "NNP", "PROPN", 8, "poss", "I-PERSON", family), ("'s", "POS", "PART", 6, "case", "O", "'s"),
            (noun, "NN", "NOUN", 4, "attr", "O", noun), ("of", "IN", "ADP", 8, "prep", "O", "of"),
            (of, "NN", "NOUN", 9, "pobj", "O", of), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("then", "RB", "ADV", 13, "advmod", "O", "then"),
            ("spoke", "VBD", "VERB", 13, "ROOT", "O", "speak"), (".", ".", "PUNCT", 13, "punct", "O", ".")]


def test_an_office_holders_chief_of_staff_is_of_the_holders_country(resolve, holder) -> None:
    assert resolve(_staff(holder, "chief", "staff")).country == "USA"


def test_an_office_holders_fan_of_jazz_gives_nothing(resolve, holder) -> None:
    # negative: "<Holder>'s fan of jazz" -- no state office
    assert resolve(_staff(holder, "fan", "jazz")).country is None
