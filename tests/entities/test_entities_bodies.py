"""Bodies by their names (hand-built Docs): a body named in a person's title is a mention of that
body, and the person serves it (``Acme Water Commission boss Ann Hale``, ``Acme International's US
editor Ann Hale``); a body named again by the last words of its name (``the Times``) or by capitals in brackets after
it (``(TBG)``) is that body; an office's name goes on over ``and`` (``the Department for Education
and Skills``); a title opening a firm's name (``General Motors``) and a country's abbreviation not
in capitals (``Car``) code nothing."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]
NOUNS = {"skill", "grant"}  # the common nouns the model's lemmatizer would know


@pytest.fixture(scope="module")
def resolve(resolve_row_entities):
    return lambda rows: resolve_row_entities(rows, nouns=NOUNS)


POLICE_SAID: list[Row] = [  # "Kenyan police said ." : a story about one country
    ("Kenyan", "JJ", "ADJ", 1, "amod", "O", True), ("police", "NNS", "NOUN", 2, "nsubj", "O", False),
    ("said", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]


def _boss_said(first: int, body: list[str]) -> list[Row]:
    """"<body> boss Ann Hale said the <body> will meet ." from token ``first`` on."""
    n = len(body)
    boss, hale, said = first + n, first + n + 2, first + n + 3
    rows: list[Row] = [(w, "NNP", "PROPN", boss if k == n - 1 else first + k + 1, "compound",
                        ("B-" if k == 0 else "I-") + "ORG", k == 0) for k, w in enumerate(body)]
    rows += [("boss", "NN", "NOUN", hale, "compound", "O", False),
             ("Ann", "NNP", "PROPN", hale, "compound", "B-PERSON", False),
             ("Hale", "NNP", "PROPN", said, "nsubj", "I-PERSON", False),
             ("said", "VBD", "VERB", said, "ROOT", "O", False),
             ("the", "DT", "DET", said + 1 + n, "det", "O", False)]
    rows += [(w, "NNP", "PROPN", said + 1 + n if k < n - 1 else said + 3 + n, "compound" if k < n - 1 else "nsubj",
              ("B-" if k == 0 else "I-") + "ORG", False) for k, w in enumerate(body)]
    rows += [("will", "MD", "AUX", said + 3 + n, "aux", "O", False),
             ("meet", "VB", "VERB", said, "ccomp", "O", False),
             (".", ".", "PUNCT", said, "punct", "O", False)]
    return rows


def test_a_body_named_before_a_title_is_a_mention_of_the_body(resolve):
    found = resolve(POLICE_SAID + _boss_said(4, ["Acme", "Water", "Commission"]))
    body = found["Acme Water Commission"]
    assert body.type == "ORG"
    assert [m.text for m in body.mentions] == ["Acme Water Commission", "Acme Water Commission"]
    hale = found["Ann Hale"]
    assert hale.title == "Acme Water Commission boss"
    # the person serves the body: its country (here the story's, the body naming none) and sector
    assert body.country == "KEN"
    assert hale.country == "KEN"
    assert "GOV" in hale.sector


def test_a_lone_body_word_in_a_title_stays_the_title(resolve):
    found = resolve(POLICE_SAID + _boss_said(4, ["Commission"]))
    assert found["Ann Hale"].title == "Commission boss"
    # the body's one word is no name of its own: the title keeps it, the person no country
    assert found["Ann Hale"].country is None
    title_at = len("Kenyan police said . ")
    assert not any(e.type == "ORG" and any(m.start == title_at for m in e.mentions) for e in found.values())


def test_the_possessor_of_a_title_is_a_body_not_part_of_the_title(resolve):
    rows: list[Row] = [
        ("Acme", "NNP", "PROPN", 1, "compound", "B-ORG", True),
        ("International", "NNP", "PROPN", 4, "poss", "I-ORG", False),
        ("'s", "POS", "PART", 1, "case", "I-ORG", False),
        ("US", "NNP", "PROPN", 4, "compound", "B-GPE", False),
        ("editor", "NN", "NOUN", 6, "compound", "O", False),
        ("Ann", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
        ("Hale", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
        ("said", "VBD", "VERB", 7, "ROOT", "O", False),
        (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = resolve(rows)
    assert found["Ann Hale"].title == "editor"
    assert found["Ann Hale"].country == "USA"
    assert [m.text for m in found["Acme International"].mentions] == ["Acme International"]


def _org(words: list[str], head: int, dep: str, first: int, sent_start: bool) -> list[Row]:
    """A body's name of capitalised words after "the", its last word the head (``dep`` to ``head``)."""
    last = first + len(words)
    rows: list[Row] = [("The" if sent_start else "the", "DT", "DET", last, "det", "O", sent_start)]
    rows += [(w, "NNP", "PROPN", last if k < len(words) - 1 else head, "compound" if k < len(words) - 1 else dep,
              ("B-" if k == 0 else "I-") + "ORG", False) for k, w in enumerate(words)]
    return rows


def _said(first: int) -> list[Row]:
    """"The Times said ." from token ``first`` on."""
    return _org(["Times"], first + 2, "nsubj", first, True) + [
        ("said", "VBD", "VERB", first + 2, "ROOT", "O", False), (".", ".", "PUNCT", first + 2, "punct", "O", False)]


def test_a_body_named_again_by_the_end_of_its_name_is_that_body(resolve):
    rows = _org(["Tilbury", "Evening", "Times"], 4, "nsubj", 0, True) + [
        ("printed", "VBD", "VERB", 4, "ROOT", "O", False), ("it", "PRP", "PRON", 4, "dobj", "O", False),
        (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = resolve(rows + _said(len(rows)))
    assert [m.text for m in found["Tilbury Evening Times"].mentions] == ["Tilbury Evening Times", "Times"]
    assert "Times" not in found


def test_a_short_name_two_bodies_end_in_is_neither(resolve):
    rows = _org(["Tilbury", "Times"], 7, "nsubj", 0, True) + [("and", "CC", "CCONJ", 2, "cc", "O", False)]
    rows += _org(["Kirkby", "Times"], 2, "conj", len(rows), False)
    rows += [("printed", "VBD", "VERB", 7, "ROOT", "O", False), ("it", "PRP", "PRON", 7, "dobj", "O", False),
             (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = resolve(rows + _said(len(rows)))
    assert [m.text for m in found["Times"].mentions] == ["Times"]
    assert [m.text for m in found["Tilbury Times"].mentions] == ["Tilbury Times"]


@pytest.mark.parametrize(("word", "tag", "joined"), [("Skills", "NNPS", True), ("Microsoft", "NNP", False)])
def test_an_office_name_goes_on_over_and_before_a_common_noun(resolve, word, tag, joined):
    rows: list[Row] = [
        ("Grants", "NNS", "NOUN", 2, "nsubjpass", "O", True), ("are", "VBP", "AUX", 2, "auxpass", "O", False),
        ("paid", "VBN", "VERB", 2, "ROOT", "O", False), ("by", "IN", "ADP", 2, "agent", "O", False),
        ("the", "DT", "DET", 5, "det", "B-ORG", False), ("Department", "NNP", "PROPN", 3, "pobj", "I-ORG", False),
        ("for", "IN", "ADP", 5, "prep", "I-ORG", False), ("Education", "NNP", "PROPN", 6, "pobj", "I-ORG", False),
        ("and", "CC", "CCONJ", 7, "cc", "O", False), (word, tag, "PROPN", 7, "conj", "B-ORG", False),
        (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = resolve(rows)
    if joined:
        assert [m.text for m in found[f"Department for Education and {word}"].mentions] == [f"Department for Education and {word}"]
        assert word not in found
    else:
        assert [m.text for m in found["Department for Education"].mentions] == ["Department for Education"]
        assert [m.text for m in found[word].mentions] == [word]


def _acronym_rows(short: str) -> list[Row]:
    """"The Tilbury Bakers Guild ( <short> ) said . <short> grew ." """
    return [("The", "DT", "DET", 3, "det", "O", True), ("Tilbury", "NNP", "PROPN", 3, "compound", "B-ORG", False),
            ("Bakers", "NNPS", "PROPN", 3, "compound", "I-ORG", False), ("Guild", "NNP", "PROPN", 7, "nsubj", "I-ORG", False),
            ("(", "-LRB-", "PUNCT", 3, "punct", "O", False), (short, "NNP", "PROPN", 3, "appos", "B-ORG", False),
            (")", "-RRB-", "PUNCT", 3, "punct", "O", False), ("said", "VBD", "VERB", 7, "ROOT", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False),
            (short, "NNP", "PROPN", 10, "nsubj", "B-ORG", True), ("grew", "VBD", "VERB", 10, "ROOT", "O", False),
            (".", ".", "PUNCT", 10, "punct", "O", False)]


def test_capitals_in_brackets_after_a_body_are_its_short_name(resolve):
    found = resolve(_acronym_rows("TBG"))
    assert [m.text for m in found["Tilbury Bakers Guild"].mentions] == ["Tilbury Bakers Guild", "TBG", "TBG"]
    assert "TBG" not in found


def test_capitals_in_brackets_of_another_initial_are_another_body(resolve):
    found = resolve(_acronym_rows("XYZ"))
    assert [m.text for m in found["Tilbury Bakers Guild"].mentions] == ["Tilbury Bakers Guild"]
    assert [m.text for m in found["XYZ"].mentions] == ["XYZ", "XYZ"]


def test_a_title_opening_a_firms_name_is_no_sector_of_the_firm(resolve):
    rows: list[Row] = [("General", "NNP", "PROPN", 1, "compound", "B-ORG", True),
                       ("Motors", "NNPS", "PROPN", 2, "nsubj", "I-ORG", False),
                       ("grew", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert "MIL" not in resolve(rows)["General Motors"].sector


def test_a_country_abbreviation_is_one_only_in_capitals():
    from newsevents.actors import actor_dictionary

    ad = actor_dictionary()
    assert ad.country_of("CAR") == "CAF" and ad.country_of("US") == "USA" and ad.country_of("U.S.") == "USA"
    assert ad.country_of("Car") is None and ad.country_of("Us") is None and ad.country_name_of("Car") is None
    assert ad.country_of("Britain") == "GBR"  # names and their case are as before


def _descriptor_rows(before: list[Row], verb_head: int | None = None) -> list[Row]:
    """"<before> watchdog the Acme Commission grew ." : ``grew`` the root, or a complement of the
    token ``verb_head``."""
    n = len(before)
    grew = n + 4
    head, dep = (grew, "ROOT") if verb_head is None else (verb_head, "ccomp")
    return [*before,
            ("watchdog", "NN", "NOUN", n + 3, "compound", "O", False), ("the", "DT", "DET", n + 3, "det", "O", False),
            ("Acme", "NNP", "PROPN", n + 3, "compound", "B-ORG", False),
            ("Commission", "NNP", "PROPN", grew, "nsubj", "I-ORG", False),
            ("grew", "VBD", "VERB", head, dep, "O", False),
            (".", ".", "PUNCT", head if verb_head is not None else grew, "punct", "O", False)]


def test_a_bare_noun_phrase_of_a_bodys_noun_before_its_name_is_a_mention(resolve):
    # "Research for voting watchdog the Acme Commission grew ."
    before: list[Row] = [("Research", "NN", "NOUN", 7, "nsubj", "O", True), ("for", "IN", "ADP", 0, "prep", "O", False),
                         ("voting", "VBG", "VERB", 1, "pcomp", "O", False)]
    found = resolve(_descriptor_rows(before))
    assert [m.text for m in found["Acme Commission"].mentions] == ["voting watchdog", "Acme Commission"]


def test_a_noun_phrase_with_an_article_before_a_body_is_no_mention_of_it(resolve):
    # "Ann told the watchdog the Acme Commission grew .": two arguments, not one body
    before: list[Row] = [("Ann", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("told", "VBD", "VERB", 1, "ROOT", "O", False),
                         ("the", "DT", "DET", 3, "det", "O", False)]
    rows = _descriptor_rows(before, verb_head=1)
    rows[3] = ("watchdog", "NN", "NOUN", 1, "dobj", "O", False)
    found = resolve(rows)
    assert [m.text for m in found["Acme Commission"].mentions] == ["Acme Commission"]
