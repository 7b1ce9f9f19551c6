"""Spans the model tags as names that name nothing (brief s24-ents26), on hand-built Docs of sentences of our
own: an academic degree written short, a share index's name before ``index``, a subject pronoun run into a
name span; and a company's ``Chief <function> Officer`` is an executive, not a soldier."""

from __future__ import annotations

import pytest


def _resolve(pipeline, rows) -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """name -> (type, country, sectors) of the entities resolved on a one-sentence Doc built from ``rows``
    (word, tag, pos, head, dep, iob entity tag)."""
    from entity_lookup import bare_entities
    from newsevents.actors import load_actor_dictionary

    return {e.name: (e.type, e.country, tuple(e.sector))
            for e in bare_entities(pipeline.nlp.vocab, load_actor_dictionary(), rows)}


def _holds_a(degree: list[str]) -> list[tuple]:
    # "Ann Lee holds a <degree> in physics ."
    n = len(degree)
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
            ("holds", "VBZ", "VERB", 2, "ROOT", "O"), ("a", "DT", "DET", 3 + n - 1, "det", "O")]
    rows += [(w, "NNP", "PROPN", 3 + n - 1 if k < n - 1 else 2, "compound" if k < n - 1 else "dobj",
              ("B-ORG" if k == 0 else "I-ORG")) for k, w in enumerate(degree)]
    rows += [("in", "IN", "ADP", 3 + n - 1, "prep", "O"), ("physics", "NN", "NOUN", 4 + n - 1, "pobj", "O"),
             (".", ".", "PUNCT", 2, "punct", "O")]
    return rows


@pytest.mark.parametrize("degree", [["M.Sc"], ["MPH"], ["M.Eng"], ["PhD"]])
def test_a_degree_written_short_is_no_body(pipeline, degree) -> None:
    found = _resolve(pipeline, _holds_a(degree))
    assert "Ann Lee" in found
    assert not any(name.replace(".", "") == "".join(degree).replace(".", "") for name in found)


def test_a_body_written_in_capitals_that_is_no_degree_stays(pipeline) -> None:
    assert _resolve(pipeline, _holds_a(["KVR"])).get("KVR", ("",))[0] == "ORG"


def _index_rows(noun: str) -> list[tuple]:
    # "The Hexa 40 <noun> fell on Monday ."
    return [("The", "DT", "DET", 3, "det", "O"), ("Hexa", "NNP", "PROPN", 2, "compound", "B-ORG"),
            ("40", "CD", "NUM", 3, "nummod", "I-ORG"), (noun, "NN", "NOUN", 4, "nsubj", "O"),
            ("fell", "VBD", "VERB", 4, "ROOT", "O"), ("on", "IN", "ADP", 4, "prep", "O"),
            ("Monday", "NNP", "PROPN", 5, "pobj", "B-DATE"), (".", ".", "PUNCT", 4, "punct", "O")]


def test_a_name_before_index_is_a_share_index_no_body(pipeline) -> None:
    assert "Hexa 40" not in _resolve(pipeline, _index_rows("index"))


def test_a_name_before_another_noun_stays_a_body(pipeline) -> None:
    assert _resolve(pipeline, _index_rows("group")).get("Hexa 40", ("",))[0] == "ORG"


def test_a_subject_pronoun_run_into_a_name_span_is_cut_off(pipeline) -> None:
    # "Tom Reed He 's been great , said the coach ." tagged "Tom Reed He's" one person
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 4, "npadvmod", "I-PERSON"),
            ("He", "PRP", "PRON", 4, "nsubj", "I-PERSON"), ("'s", "VBZ", "AUX", 4, "aux", "I-PERSON"),
            ("been", "VBN", "AUX", 6, "ccomp", "O"), ("great", "JJ", "ADJ", 4, "acomp", "O"),
            ("said", "VBD", "VERB", 6, "ROOT", "O"), ("the", "DT", "DET", 8, "det", "O"),
            ("coach", "NN", "NOUN", 6, "nsubj", "O"), (".", ".", "PUNCT", 6, "punct", "O")]
    found = _resolve(pipeline, rows)
    assert "Tom Reed" in found
    assert not any("He" in name.split() or name.endswith("He's") for name in found)


def _title_rows(title: list[str]) -> list[tuple]:
    # "<Title words> Jane Cole said ."
    n = len(title)
    rows = [(w, "NNP", "PROPN", n + 1, "compound", "O") for w in title]
    return rows + [("Jane", "NNP", "PROPN", n + 1, "compound", "B-PERSON"),
                   ("Cole", "NNP", "PROPN", n + 2, "nsubj", "I-PERSON"),
                   ("said", "VBD", "VERB", n + 2, "ROOT", "O"), (".", ".", "PUNCT", n + 2, "punct", "O")]


@pytest.mark.parametrize("title", [["Chief", "Investment", "Officer"], ["Chief", "People", "Officer"]])
def test_a_companys_chief_officer_is_an_executive_not_a_soldier(pipeline, title) -> None:
    kind, _, sectors = _resolve(pipeline, _title_rows(title))["Jane Cole"]
    assert kind == "PERSON" and "MIL" not in sectors and "BUS" in sectors


def test_an_army_officer_stays_military(pipeline) -> None:
    _, _, sectors = _resolve(pipeline, _title_rows(["Army", "Officer"]))["Jane Cole"]
    assert "MIL" in sectors


def _fed_rows(word: str, tag: str) -> list[tuple]:
    # "The dogs are well <word> ." with <word> tagged a body
    return [("The", "DT", "DET", 1, "det", "O"), ("dogs", "NNS", "NOUN", 2, "nsubj", "O"),
            ("are", "VBP", "AUX", 2, "ROOT", "O"), ("well", "RB", "ADV", 4, "advmod", "O"),
            (word, tag, "VERB" if tag.startswith("VB") else "PROPN", 2, "acomp", "B-ORG"),
            (".", ".", "PUNCT", 2, "punct", "O")]


@pytest.mark.parametrize("tag", ["VBN", "NNP"])
def test_a_lower_case_verb_tagged_a_body_is_no_name(pipeline, tag) -> None:
    assert _resolve(pipeline, _fed_rows("fed", tag)) == {}


def test_the_bodys_short_name_capitalised_stays(pipeline) -> None:
    rows = [("The", "DT", "DET", 1, "det", "O"), ("Fed", "NNP", "PROPN", 2, "nsubj", "B-ORG"),
            ("raised", "VBD", "VERB", 2, "ROOT", "O"), ("rates", "NNS", "NOUN", 2, "dobj", "O"),
            (".", ".", "PUNCT", 2, "punct", "O")]
    assert _resolve(pipeline, rows).get("Federal Reserve", ("",))[0] == "ORG"
