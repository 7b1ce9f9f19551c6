"""Cues of retort and correction (``shot back``, ``clarified that``) and a ``that`` the parser read as
a pronoun object before a clause set off by commas (``went on to say that, because ..., CLAUSE``).

Every sentence is written for these tests; the rule tests use hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import QuotesStage
from newsevents.docquery import doc_text


def quotes_of(doc) -> list[tuple[str, str, str | None]]:
    text = doc_text(doc)
    return [(q.kind, text[q.content.start:q.content.end], q.speaker.text if q.speaker else None)
            for q in QuotesStage(None, "quotes").extract(doc)]


def test_a_that_read_as_an_object_before_a_clause_in_commas_opens_what_was_said(build_doc) -> None:
    doc = build_doc(
        "She went on to say that , because the vote failed , the plan is over .",
        heads=[1, 1, 1, 4, 1, 4, 1, 10, 9, 10, 14, 14, 13, 14, 1, 14, 14],
        deps=["nsubj", "ROOT", "prt", "aux", "xcomp", "dobj", "punct", "mark", "det", "nsubj", "advcl", "punct",
              "det", "nsubj", "conj", "advmod", "punct"],
        pos=["PRON", "VERB", "ADP", "PART", "VERB", "PRON", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "PUNCT",
             "DET", "NOUN", "AUX", "ADV", "PUNCT"],
        tags=["PRP", "VBD", "RP", "TO", "VB", "DT", ",", "IN", "DT", "NN", "VBD", ",", "DT", "NN", "VBZ", "RB", "."],
    )
    found = quotes_of(doc)
    assert ("indirect", "because the vote failed , the plan is over", "She") in found


def test_a_pronoun_that_before_a_coordinated_clause_is_no_opening(build_doc) -> None:
    doc = build_doc(
        "He said that , but nobody listened .",
        heads=[1, 1, 1, 1, 1, 6, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "punct"],
        pos=["PRON", "VERB", "PRON", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "DT", ",", "CC", "NN", "VBD", "."],
    )
    assert not any("nobody" in content for _, content, _ in quotes_of(doc))


def test_shot_back_before_a_quotation_is_its_attribution(build_doc) -> None:
    import spacy
    from spacy.tokens import Doc

    words = ["Lee", "shot", "back", ",", "“", "I", "could", "have", "stayed", "home", ".", "”"]
    doc = Doc(
        spacy.blank("en").vocab, words=words,
        spaces=[True, True, False, True, False, True, True, True, True, False, False, False],
        heads=[1, 8, 1, 8, 8, 8, 8, 8, 8, 8, 8, 8],
        deps=["nsubj", "ccomp", "advmod", "punct", "punct", "nsubj", "aux", "aux", "ROOT", "advmod", "punct", "punct"],
        pos=["PROPN", "VERB", "ADV", "PUNCT", "PUNCT", "PRON", "AUX", "AUX", "VERB", "ADV", "PUNCT", "PUNCT"],
        tags=["NNP", "VBD", "RB", ",", "``", "PRP", "MD", "VB", "VBN", "RB", ".", "''"],
        lemmas=["Lee", "shoot", "back", ",", "“", "i", "could", "have", "stay", "home", ".", "”"],
    )
    found = quotes_of(doc)
    assert [(kind, speaker) for kind, content, speaker in found if "stayed home" in content] == [("direct", "Lee")]


def test_clarified_that_reports_a_statement(build_doc) -> None:
    doc = build_doc(
        "An aide clarified that the mayor misspoke .",
        heads=[1, 2, 2, 6, 5, 6, 2, 2],
        deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"],
        pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "."],
        lemmas=["an", "aide", "clarify", "that", "the", "mayor", "misspeak", "."],
    )
    assert ("indirect", "the mayor misspoke", "An aide") in quotes_of(doc)


def test_an_opening_mark_typed_after_a_question_mark_closes_the_quotation() -> None:
    from newsevents.components.quotes import find_quote_spans

    text = "“Do you want to be linked with a crook?“ he asked.\n\n“No,” she said."
    spans = find_quote_spans(text)
    assert [text[s.inner[0]:s.inner[1]] for s in spans] == ["Do you want to be linked with a crook?", "No,"]
