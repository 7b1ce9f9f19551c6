"""Descriptive mentions linked only when one candidate fits (issue 15, part 1, brief s15-descs):
``the GOP front-runner`` is the one candidate the text says leads (never the only Republican named,
nor one said to trail), ``the spy chief`` the one head of a spy body, a trade's description
(``the developer``) no one the text calls by another trade, ``Representative X of Georgia`` and
``Sen. X, R-Texas`` US legislators, and ``Dora Pell, a retired teacher,`` a person's name the model
left untagged. Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head
within the sentence, dep, entity tag, and optionally whether a space follows)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def resolve(stage_entities):
    def run(sentences: list[list[tuple]]) -> dict:
        rows, spaces = [], []
        for sentence in sentences:
            base = len(rows)
            for k, (word, tag, pos, head, dep, ent, *space) in enumerate(sentence):
                rows.append((word, tag, pos, base + head, dep, ent, k == 0))
                spaces.append(space[0] if space else True)
        return stage_entities(rows, spaces)

    return run


def texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def _party_named(party: str, given: str, family: str, verb: list[tuple]) -> list[tuple]:
    """"PARTY GIVEN FAMILY <verb rows>" with the verb at index 3 ("Republican Tom Hale will trail .")"""
    return [(party, "NNP", "PROPN", 2, "compound", "B-NORP"), (given, "NNP", "PROPN", 2, "compound", "B-PERSON"),
            (family, "NNP", "PROPN", 3, "nsubj", "I-PERSON"), *verb]


SPOKE = [("spoke", "VBD", "VERB", 3, "ROOT", "O"), (".", ".", "PUNCT", 3, "punct", "O")]
# "... is the favorite ." (the verb at 3)
FAVORITE = [("is", "VBZ", "AUX", 3, "ROOT", "O"), ("the", "DT", "DET", 5, "det", "O"),
            ("favorite", "NN", "NOUN", 3, "attr", "O"), (".", ".", "PUNCT", 3, "punct", "O")]
# "... holds a lead ."
LEAD = [("holds", "VBZ", "VERB", 3, "ROOT", "O"), ("a", "DT", "DET", 5, "det", "O"),
        ("lead", "NN", "NOUN", 3, "dobj", "O"), (".", ".", "PUNCT", 3, "punct", "O")]
# "... will trail ."
TRAIL = [("will", "MD", "AUX", 4, "aux", "O"), ("trail", "VB", "VERB", 4, "ROOT", "O"),
         (".", ".", "PUNCT", 4, "punct", "O")]


def _front_runner(mark: str) -> list[tuple]:
    """"The MARK frontrunner left ." """
    return [("The", "DT", "DET", 2, "det", "O"), (mark, "NNP", "PROPN", 2, "compound", "B-ORG"),
            ("frontrunner", "NN", "NOUN", 3, "nsubj", "O"), ("left", "VBD", "VERB", 3, "ROOT", "O"),
            (".", ".", "PUNCT", 3, "punct", "O")]


def _holder(found: dict, mention: str) -> list[str]:
    return [name for name, e in found.items() if mention in texts(e) and not name.lower().endswith("frontrunner")]


def test_a_front_runner_is_the_one_said_to_lead_not_the_party_member_named_last(resolve) -> None:
    found = resolve([_party_named("Republican", "Tom", "Hale", FAVORITE), _party_named("Republican", "Ann", "Lee", SPOKE),
                     _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == ["Tom Hale"]


def test_a_front_runner_is_never_the_only_party_member_named_when_no_one_is_said_to_lead(resolve) -> None:
    found = resolve([_party_named("Republican", "Ann", "Lee", SPOKE), _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == []


def test_a_front_runner_is_never_one_said_to_trail(resolve) -> None:
    found = resolve([_party_named("Republican", "Ann", "Lee", TRAIL), _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == []


def test_a_leader_of_another_party_is_no_front_runner_of_this_one(resolve) -> None:
    found = resolve([_party_named("Democrat", "Ann", "Lee", FAVORITE), _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == []


def test_a_hyphened_front_runner_the_parser_hung_on_the_verb_is_read_on_the_surface(resolve) -> None:
    # "Republican Tom Hale holds a lead . The GOP front-runner told supporters ." ("runner" parsed
    # as a modifier of "told", itself a modifier of "supporters")
    last = [("The", "DT", "DET", 6, "det", "O"), ("GOP", "NNP", "PROPN", 6, "nmod", "B-ORG"),
            ("front", "JJ", "ADJ", 4, "compound", "O", False), ("-", "HYPH", "PUNCT", 4, "punct", "O", False),
            ("runner", "NN", "NOUN", 5, "npadvmod", "O"), ("told", "VBN", "VERB", 6, "amod", "O"),
            ("supporters", "NNS", "NOUN", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O")]
    found = resolve([_party_named("Republican", "Tom", "Hale", LEAD), last])
    assert "The GOP front-runner" in texts(found["Tom Hale"])


def _apposed(given: str, family: str, noun: str, modifier: str | None = None) -> list[tuple]:
    """"GIVEN FAMILY , a [MODIFIER] NOUN , spoke ." with the model's person tag."""
    mod = [(modifier, "JJ", "ADJ", 5, "amod", "O")] if modifier else []
    k = len(mod)
    return [(given, "NNP", "PROPN", 1, "compound", "B-PERSON"), (family, "NNP", "PROPN", 6 + k, "nsubj", "I-PERSON", False),
            (",", ",", "PUNCT", 1, "punct", "O"), ("a", "DT", "DET", 4 + k, "det", "O"), *mod,
            (noun, "NN", "NOUN", 1, "appos", "O", False), (",", ",", "PUNCT", 1, "punct", "O"),
            ("spoke", "VBD", "VERB", 6 + k, "ROOT", "O", False), (".", ".", "PUNCT", 6 + k, "punct", "O")]


def _the(noun: str) -> list[tuple]:
    """"The NOUN left ." """
    return [("The", "DT", "DET", 1, "det", "O"), (noun, "NN", "NOUN", 2, "nsubj", "O"),
            ("left", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O")]


def test_a_trade_s_description_is_not_someone_the_text_calls_by_another_trade(resolve) -> None:
    found = resolve([_apposed("Mona", "Fell", "nurse"), _the("developer")])
    assert "The developer" not in texts(found["Mona Fell"])
    found = resolve([_apposed("Mona", "Fell", "developer"), _the("developer")])
    assert "The developer" in texts(found["Mona Fell"])


def test_a_retired_teacher_is_still_the_teacher(resolve) -> None:
    found = resolve([_apposed("Mona", "Fell", "teacher", "retired"), _the("teacher")])
    assert "The teacher" in texts(found["Mona Fell"])


def test_a_status_description_is_not_blocked_by_a_trade(resolve) -> None:
    # "the billionaire" says what someone has, not their trade: an investor may be one
    found = resolve([_apposed("Mona", "Fell", "investor"), _the("billionaire")])
    assert "The billionaire" in texts(found["Mona Fell"])


def _titled(body: str, titles: list[str], given: str, family: str) -> list[tuple]:
    """"BODY TITLE.. GIVEN FAMILY spoke ." ("CIA Director Tom Hale spoke .")"""
    n = len(titles)
    return [(body, "NNP", "PROPN", n + 2, "compound", "B-ORG"),
            *[(t, "NNP", "PROPN", n + 2, "compound", "O") for t in titles],
            (given, "NNP", "PROPN", n + 2, "compound", "B-PERSON"), (family, "NNP", "PROPN", n + 3, "nsubj", "I-PERSON"),
            ("spoke", "VBD", "VERB", n + 3, "ROOT", "O", False), (".", ".", "PUNCT", n + 3, "punct", "O")]


def _spy_chief() -> list[tuple]:
    return [("The", "DT", "DET", 2, "det", "O"), ("spy", "NN", "NOUN", 2, "compound", "O"),
            ("chief", "NN", "NOUN", 3, "nsubj", "O"), ("left", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O")]


def test_the_spy_chief_is_the_one_head_of_a_spy_body(resolve) -> None:
    found = resolve([_titled("CIA", ["Director"], "Tom", "Hale"), _spy_chief()])
    assert "The spy chief" in texts(found["Tom Hale"])


def test_a_deputy_is_no_spy_chief(resolve) -> None:
    found = resolve([_titled("CIA", ["Deputy", "Director"], "Tom", "Hale"), _spy_chief()])
    assert "The spy chief" not in texts(found["Tom Hale"])


def test_two_heads_of_spy_bodies_leave_the_spy_chief_unlinked(resolve) -> None:
    found = resolve([_titled("CIA", ["Director"], "Tom", "Hale"), _titled("NSA", ["Director"], "Ann", "Lee"), _spy_chief()])
    assert "The spy chief" not in texts(found["Tom Hale"]) and "The spy chief" not in texts(found["Ann Lee"])


def test_two_senators_leave_the_senator_unlinked(resolve) -> None:
    # "Sen. Tom Hale and Sen. Ann Lee spoke . The senator left ."
    first = [("Sen.", "NNP", "PROPN", 2, "compound", "O"), ("Tom", "NNP", "PROPN", 2, "compound", "B-PERSON"),
             ("Hale", "NNP", "PROPN", 7, "nsubj", "I-PERSON"), ("and", "CC", "CCONJ", 2, "cc", "O"),
             ("Sen.", "NNP", "PROPN", 6, "compound", "O"), ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON"),
             ("Lee", "NNP", "PROPN", 2, "conj", "I-PERSON"), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
             (".", ".", "PUNCT", 7, "punct", "O")]
    found = resolve([first, _the("senator")])
    assert "The senator" not in texts(found["Tom Hale"]) and "The senator" not in texts(found["Ann Lee"])


def _comma_party(letter: str, state: list[str]) -> list[tuple]:
    """"Sen. Ann Lee, L-STATE, spoke." """
    n = len(state)
    return [("Sen.", "NNP", "PROPN", 2, "compound", "O"), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON"),
            ("Lee", "NNP", "PROPN", 7 + n, "nsubj", "I-PERSON", False), (",", ",", "PUNCT", 2, "punct", "O"),
            (letter, "NNP", "PROPN", 2, "appos", "O", False), ("-", "HYPH", "PUNCT", 4, "punct", "O", False),
            *[(w, "NNP", "PROPN", 4, "npadvmod", "B-GPE" if k == 0 else "I-GPE", k < n - 1) for k, w in enumerate(state)],
            (",", ",", "PUNCT", 2, "punct", "O"), ("spoke", "VBD", "VERB", 7 + n, "ROOT", "O", False),
            (".", ".", "PUNCT", 7 + n, "punct", "O")]


def test_a_party_and_state_set_off_by_commas_make_a_us_legislator(resolve) -> None:
    found = resolve([_comma_party("R", ["Texas"])])
    assert found["Ann Lee"].country == "USA"
    assert "LEG" in found["Ann Lee"].sector


def test_a_hyphened_word_after_a_name_that_names_no_state_gives_no_country(resolve) -> None:
    # "Sen. Ann Lee, D-Day, spoke.": no first-order division called "Day"
    found = resolve([_comma_party("D", ["Day"])])
    assert found["Ann Lee"].country is None


def _representative(before: list[str], tag_before: str = "O") -> list[tuple]:
    """"[BEFORE] Representative Ann Lee of Georgia spoke ." """
    n = len(before)
    return [*[(w, "NNP", "PROPN", n + 2, "compound", tag_before) for w in before],
            ("Representative", "NNP", "PROPN", n + 2, "compound", "O"), ("Ann", "NNP", "PROPN", n + 2, "compound", "B-PERSON"),
            ("Lee", "NNP", "PROPN", n + 5, "nsubj", "I-PERSON"), ("of", "IN", "ADP", n + 2, "prep", "O"),
            ("Georgia", "NNP", "PROPN", n + 3, "pobj", "B-GPE"), ("spoke", "VBD", "VERB", n + 5, "ROOT", "O", False),
            (".", ".", "PUNCT", n + 5, "punct", "O")]


def test_representative_before_a_name_is_a_us_legislator_s_title(resolve) -> None:
    found = resolve([_representative([])])
    assert found["Ann Lee"].country == "USA" and "LEG" in found["Ann Lee"].sector


def test_a_trade_representative_is_no_legislator(resolve) -> None:
    found = resolve([_representative(["Trade"])])
    assert "LEG" not in found["Ann Lee"].sector


def test_an_untagged_name_before_an_apposition_of_a_person_is_a_name(resolve) -> None:
    # "Dora Pell, a retired teacher, spoke." with no entity tags
    rows = _apposed("Dora", "Pell", "teacher", "retired")
    rows = [(*r[:5], "O", *r[6:]) for r in rows]
    found = resolve([rows])
    assert found["Dora Pell"].type == "PERSON"


def test_a_company_before_an_apposition_is_no_person(resolve) -> None:
    # "Acme Homes, a developer, spoke.": a noun firms are called too; "Acme Holdings": a company word
    for name in ("Homes", "Holdings"):
        rows = _apposed("Acme", name, "developer" if name == "Homes" else "teacher")
        rows = [(*r[:5], "O", *r[6:]) for r in rows]
        found = resolve([rows])
        assert all(e.type != "PERSON" for e in found.values()), name


def _polls_show(adverbs: list[str]) -> list[tuple]:
    """"Polls show Republican Tom Hale ADVERBS ." (the adverbs on "show")"""
    n = len(adverbs)
    return [("Polls", "NNS", "NOUN", 1, "nsubj", "O"), ("show", "VBP", "VERB", 1, "ROOT", "O"),
            ("Republican", "NNP", "PROPN", 4, "compound", "B-NORP"), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON"),
            ("Hale", "NNP", "PROPN", 1, "dobj", "I-PERSON"),
            *[(w, "RB", "ADV", 4 + n if k < n - 1 else 1, "advmod", "O", k < n - 1) for k, w in enumerate(adverbs)],
            (".", ".", "PUNCT", 1, "punct", "O")]


def test_polls_showing_someone_ahead_say_who_leads(resolve) -> None:
    found = resolve([_polls_show(["well", "ahead"]), _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == ["Tom Hale"]
    found = resolve([_polls_show(["far", "behind"]), _front_runner("GOP")])
    assert _holder(found, "The GOP frontrunner") == []


def test_a_relative_s_name_after_a_comma_is_a_person_though_a_town_has_it(resolve) -> None:
    # "Ann Lee and her husband, Graham, left ." (Graham is also a town in the gazetteer)
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 8, "nsubj", "I-PERSON"),
            ("and", "CC", "CCONJ", 1, "cc", "O"), ("her", "PRP$", "PRON", 4, "poss", "O"),
            ("husband", "NN", "NOUN", 1, "conj", "O", False), (",", ",", "PUNCT", 4, "punct", "O"),
            ("Graham", "NNP", "PROPN", 4, "appos", "B-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O"),
            ("left", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O")]
    found = resolve([rows])
    assert found["Graham"].type == "PERSON"


def test_a_country_before_a_capitalised_title_leaves_the_untagged_name_a_person(resolve) -> None:
    # "U.S. Trade Representative Nina Carrow spoke ." (the model tagged only "U.S.")
    rows = [("U.S.", "NNP", "PROPN", 2, "compound", "B-GPE"), ("Trade", "NNP", "PROPN", 2, "compound", "O"),
            ("Representative", "NNP", "PROPN", 4, "compound", "O"), ("Nina", "NNP", "PROPN", 4, "compound", "O"),
            ("Carrow", "NNP", "PROPN", 5, "nsubj", "O"), ("spoke", "VBD", "VERB", 5, "ROOT", "O", False),
            (".", ".", "PUNCT", 5, "punct", "O")]
    found = resolve([rows])
    assert found["Nina Carrow"].type == "PERSON" and found["Nina Carrow"].country == "USA"
    assert "LEG" not in found["Nina Carrow"].sector
