"""Kin told by an ``of`` phrase (issue 15, descs40; hand-built Docs of sentences written for these tests):

- ``The daughter of Mayor Tom Vale has ...``: the named person of the ``of`` phrase owns the relation as a
  possessive does, so the description joins the one other person named with the owner's family name;
- ``Ann Lee, the daughter of Tom Reed, ... the death of her father``: a relation noun joins the one person
  whose relative by the converse noun (a father's daughter) the text says its owner is, the possessive
  pronoun read as the person of its gender in its sentence whose kin the text names."""

from __future__ import annotations


def _name(given: str, family: str, head: int, dep: str, start: bool = False) -> list[tuple]:
    """A given and a family name, heads absolute: ``head`` is (the given name's, the family name's)."""
    return [(given, "NNP", "PROPN", head[0], "compound", "B-PERSON", start),
            (family, "NNP", "PROPN", head[1], dep, "I-PERSON", False)]


def _daughter_of_rows(first: list[tuple[str, str]]) -> list[tuple]:
    """"<A> spoke . [<B> spoke .] The daughter of Mayor Tom Vale has a son ." """
    rows: list[tuple] = []
    for given, family in first:
        n = len(rows)
        rows += _name(given, family, (n + 1, n + 2), "nsubj", True)
        rows += [("spoke", "VBD", "VERB", n + 2, "ROOT", "O", False), (".", ".", "PUNCT", n + 2, "punct", "O", False)]
    n = len(rows)
    rows += [("The", "DT", "DET", n + 1, "det", "O", True), ("daughter", "NN", "NOUN", n + 7, "nsubj", "O", False),
             ("of", "IN", "ADP", n + 1, "prep", "O", False), ("Mayor", "NNP", "PROPN", n + 5, "compound", "O", False),
             ("Tom", "NNP", "PROPN", n + 5, "compound", "B-PERSON", False),
             ("Vale", "NNP", "PROPN", n + 2, "pobj", "I-PERSON", False),
             ("already", "RB", "ADV", n + 7, "advmod", "O", False), ("has", "VBZ", "VERB", n + 7, "ROOT", "O", False),
             ("a", "DT", "DET", n + 9, "det", "O", False), ("son", "NN", "NOUN", n + 7, "dobj", "O", False),
             (".", ".", "PUNCT", n + 7, "punct", "O", False)]
    return rows


def test_the_daughter_of_a_named_person_is_the_one_other_person_of_that_family_name(mention_texts) -> None:
    found = mention_texts(_daughter_of_rows([("Ann", "Vale")]))
    assert "The daughter" in found["Ann Vale"], found
    assert "The daughter" not in found["Tom Vale"]


def test_two_others_of_that_family_name_leave_the_daughter_unlinked(mention_texts) -> None:
    found = mention_texts(_daughter_of_rows([("Ann", "Vale"), ("Kim", "Vale")]))
    assert "The daughter" not in found["Ann Vale"] and "The daughter" not in found["Kim Vale"]
    assert "The daughter" not in found["Tom Vale"]


def _praised_rows(apposition: bool) -> list[tuple]:
    """"Ann Lee , the daughter of Tom Reed , spoke ." (or "Ann Lee met Tom Reed .") then
    "Kim Hale praised Ann Lee after the death of her father ." """
    if apposition:
        rows = _name("Ann", "Lee", (1, 9), "nsubj", True)
        rows += [(",", ",", "PUNCT", 1, "punct", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
                 ("daughter", "NN", "NOUN", 1, "appos", "O", False), ("of", "IN", "ADP", 4, "prep", "O", False)]
        rows += _name("Tom", "Reed", (7, 5), "pobj")
        rows += [(",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 9, "ROOT", "O", False),
                 (".", ".", "PUNCT", 9, "punct", "O", False)]
    else:
        rows = _name("Ann", "Lee", (1, 2), "nsubj", True)
        rows += [("met", "VBD", "VERB", 2, "ROOT", "O", False)]
        rows += _name("Tom", "Reed", (4, 2), "dobj")
        rows += [(".", ".", "PUNCT", 2, "punct", "O", False)]
    n = len(rows)
    rows += _name("Kim", "Hale", (n + 1, n + 2), "nsubj", True)
    rows += [("praised", "VBD", "VERB", n + 2, "ROOT", "O", False)]
    rows += _name("Ann", "Lee", (n + 4, n + 2), "dobj")
    rows += [("after", "IN", "ADP", n + 2, "prep", "O", False), ("the", "DT", "DET", n + 7, "det", "O", False),
             ("death", "NN", "NOUN", n + 5, "pobj", "O", False), ("of", "IN", "ADP", n + 7, "prep", "O", False),
             ("her", "PRP$", "PRON", n + 10, "poss", "O", False), ("father", "NN", "NOUN", n + 8, "pobj", "O", False),
             (".", ".", "PUNCT", n + 2, "punct", "O", False)]
    return rows


def test_her_father_is_the_one_whose_daughter_the_text_says_she_is(mention_texts) -> None:
    found = mention_texts(_praised_rows(apposition=True))
    assert "father" in found["Tom Reed"], found


def test_her_father_is_no_man_merely_named_before(mention_texts) -> None:
    found = mention_texts(_praised_rows(apposition=False))
    assert "father" not in found["Tom Reed"], found


def _headline_rows(noun: str) -> tuple[list[tuple], list[bool]]:
    """"Ann Lee Gives Award To Daughter Of Tom Reed // Kim Hale , the <noun> of Tom Reed , spoke ." """
    rows = _name("Ann", "Lee", (1, 2), "nsubj", True)
    rows += [("Gives", "VBZ", "VERB", 2, "ROOT", "O", False), ("Award", "NNP", "PROPN", 2, "dobj", "O", False),
             ("To", "IN", "ADP", 2, "dative", "O", False), ("Daughter", "NN", "NOUN", 4, "pobj", "O", False),
             ("Of", "IN", "ADP", 5, "prep", "O", False)]
    rows += _name("Tom", "Reed", (8, 6), "pobj")
    rows += [("\n\n", "_SP", "SPACE", 8, "dep", "O", False)]
    rows += _name("Kim", "Hale", (11, 19), "nsubj", True)
    rows += [(",", ",", "PUNCT", 11, "punct", "O", False), ("the", "DT", "DET", 14, "det", "O", False),
             (noun, "NN", "NOUN", 11, "appos", "O", False), ("of", "IN", "ADP", 14, "prep", "O", False)]
    rows += _name("Tom", "Reed", (17, 15), "pobj")
    rows += [(",", ",", "PUNCT", 11, "punct", "O", False), ("spoke", "VBD", "VERB", 19, "ROOT", "O", False),
             (".", ".", "PUNCT", 19, "punct", "O", False)]
    words = [r[0] for r in rows]
    spaces = [not (w == "\n\n" or k + 1 == len(words) or words[k + 1] in {".", ",", "\n\n"}) for k, w in enumerate(words)]
    return rows, spaces


def test_a_headlines_daughter_of_a_named_person_is_the_one_the_story_calls_so(mention_texts) -> None:
    found = mention_texts(*_headline_rows("daughter"))
    assert "Daughter" in found["Kim Hale"], found


def test_a_headlines_daughter_is_no_one_the_story_calls_otherwise(mention_texts) -> None:
    found = mention_texts(*_headline_rows("friend"))
    assert "Daughter" not in found["Kim Hale"], found
