"""A column of news briefs: each brief ends with its writer's byline after a dash at a paragraph's end, and
the next brief is a story of its own country (branch codes40, issue 15 item 2; hand-built Docs, sentences of
our own). The police of a brief set in a US city are not of the country the first brief is about; a writer
credited in a byline is no referent of a later pronoun."""

from __future__ import annotations

import pytest

Row = tuple[str, str, str, int, str, str, str, str]  # word, tag, pos, head, dep, ent, lemma, space after


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: resolve_doc_rows([r[:7] for r in rows], spaces=[r[7] == " " for r in rows])


def _byline(at: int, given: str, family: str, end: str = "") -> list[Row]:
    """``--<Given> <Family>.`` glued to the stop before it; ``at`` is the index of the dash."""
    return [("--", ":", "PUNCT", at + 2, "punct", "O", "--", ""),
            (given, "NNP", "PROPN", at + 2, "compound", "B-PERSON", given, " "),
            (family, "NNP", "PROPN", at + 2, "ROOT", "I-PERSON", family, ""),
            (".", ".", "PUNCT", at + 2, "punct", "O", ".", end)]


def _first_brief(byline: bool) -> list[Row]:
    """"Portugal held an election. Portugal's parliament met.[--Ann Lee.]" (indices 0-9, the byline 10-13)."""
    rows: list[Row] = [
        ("Portugal", "NNP", "PROPN", 1, "nsubj", "B-GPE", "Portugal", " "),
        ("held", "VBD", "VERB", 1, "ROOT", "O", "hold", " "),
        ("an", "DT", "DET", 3, "det", "O", "an", " "),
        ("election", "NN", "NOUN", 1, "dobj", "O", "election", ""),
        (".", ".", "PUNCT", 1, "punct", "O", ".", " "),
        ("Portugal", "NNP", "PROPN", 7, "poss", "B-GPE", "Portugal", ""),
        ("'s", "POS", "PART", 5, "case", "O", "'s", " "),
        ("parliament", "NN", "NOUN", 8, "nsubj", "O", "parliament", " "),
        ("met", "VBD", "VERB", 8, "ROOT", "O", "meet", ""),
        (".", ".", "PUNCT", 8, "punct", "O", ".", ""),
    ]
    if byline:
        return rows + _byline(10, "Ann", "Lee")
    return rows


def _second_brief(at: int) -> list[Row]:
    """"\\n\\nPolice arrested a man in Denver.--Tom Reed." from index ``at`` (the paragraph break)."""
    return [
        ("\n\n", "_SP", "SPACE", at - 1, "dep", "O", "\n\n", ""),
        ("Police", "NNS", "NOUN", at + 2, "nsubj", "O", "police", " "),
        ("arrested", "VBD", "VERB", at + 2, "ROOT", "O", "arrest", " "),
        ("a", "DT", "DET", at + 4, "det", "O", "a", " "),
        ("man", "NN", "NOUN", at + 2, "dobj", "O", "man", " "),
        ("in", "IN", "ADP", at + 2, "prep", "O", "in", " "),
        ("Denver", "NNP", "PROPN", at + 5, "pobj", "B-GPE", "Denver", ""),
        (".", ".", "PUNCT", at + 2, "punct", "O", ".", ""),
        *_byline(at + 8, "Tom", "Reed"),
    ]


def _entity(entities, name: str):
    return next(e for e in entities if e.name.lower() == name.lower())


def test_a_later_brief_takes_its_own_country_not_the_first_briefs(resolve) -> None:
    rows = _first_brief(byline=True)
    doc, entities = resolve(rows + _second_brief(len(rows)))
    assert "Ann Lee.\n\nPolice" in doc.text
    assert _entity(entities, "Portugal's parliament").country == "PRT"
    assert _entity(entities, "police").country == "USA"
    assert _entity(entities, "Ann Lee").country is None  # a writer: no country from any story


def test_an_ordinary_story_with_one_byline_at_its_end_keeps_one_country(resolve) -> None:
    # negative: no byline between the paragraphs, so the text is one story about Portugal
    rows = _first_brief(byline=False)
    second = _second_brief(len(rows))
    second[0] = ("\n\n", "_SP", "SPACE", len(rows) - 2, "dep", "O", "\n\n", "")
    doc, entities = resolve(rows + second)
    assert "met.\n\nPolice" in doc.text
    assert _entity(entities, "police").country == "PRT"


def test_a_writer_credited_in_a_byline_is_no_later_pronouns_referent(resolve) -> None:
    # "...--Ann Lee.\n\nShe was arrested." : "She" is not the writer of the brief before
    rows = _first_brief(byline=True)
    at = len(rows)
    rows += [("\n\n", "_SP", "SPACE", at - 1, "dep", "O", "\n\n", ""),
             ("She", "PRP", "PRON", at + 3, "nsubjpass", "O", "she", " "),
             ("was", "VBD", "AUX", at + 3, "auxpass", "O", "be", " "),
             ("arrested", "VBN", "VERB", at + 3, "ROOT", "O", "arrest", ""),
             (".", ".", "PUNCT", at + 3, "punct", "O", ".", ""),
             *_byline(at + 5, "Tom", "Reed")]
    doc, entities = resolve(rows)
    assert [m.text for m in _entity(entities, "Ann Lee").mentions] == ["Ann Lee"]
