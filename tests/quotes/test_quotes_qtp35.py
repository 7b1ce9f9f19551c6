"""Quotes of branch qtp35 (issue 15, from news-dev53/54's quote classes): a closing credit the
parser hung on the statement as an adverbial clause; a reported clause without ``that`` whose
subject opens with a quantity the parser hung on the verb of saying; a saying in a relative clause
whose pronoun is the raised subject of the clause said; ``as <Name> put it, "..."``; ``in <Name>'
words`` with a bare apostrophe. Sentences written for these tests; the rules on hand-built parses.
"""

from __future__ import annotations

from newsevents.components.quotes import (
    _bare_apostrophe_owner,
    _clause_after_raised_relative,
    _closing_credit_read_as_adverbial,
    _quantity_subject_read_as_adjunct,
)


def _credit(build_doc, mark: bool = False):
    # "Rents will rise this year , the agency reported Monday ." with "reported" an advcl of "rise"
    words = "Rents will rise this year , " + ("when " if mark else "") + "the agency reported Monday ."
    m = 1 if mark else 0
    heads = [2, 2, 2, 4, 2, 2 + 0] + ([8 + m] if mark else []) + [7 + m, 8 + m, 2, 8 + m, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "npadvmod", "punct"] + (["mark"] if mark else []) + [
        "det", "nsubj", "advcl", "npadvmod", "punct"]
    pos = ["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"] + (["SCONJ"] if mark else []) + [
        "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    tags = ["NNS", "MD", "VB", "DT", "NN", ","] + (["WRB"] if mark else []) + ["DT", "NN", "VBD", "NNP", "."]
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_closing_credit_hung_on_the_statement_credits_it(build_doc) -> None:
    doc = _credit(build_doc)
    assert _closing_credit_read_as_adverbial(doc[8], doc[7]) == 5  # the statement ends at the comma
    doc = _credit(build_doc, mark=True)  # "..., when the agency reported Monday": a time, no credit
    assert _closing_credit_read_as_adverbial(doc[9], doc[8]) is None


def _quantity(build_doc, opener: str, ent: str):
    words = f"The agency said {opener} half of the rise reflected lower fees ."
    return build_doc(
        words,
        heads=[1, 2, 2, 2, 3, 4, 7, 5, 2, 11, 8, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "ccomp", "amod", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "NN", "IN", "DT", "NN", "VBD", "JJR", "NNS", "."],
        ents=["O", "O", "O", f"B-{ent}" if ent else "O", f"I-{ent}" if ent else "O"] + ["O"] * 7,
    )


def test_a_quantity_before_a_subjectless_reported_clause_is_its_subject(build_doc) -> None:
    doc = _quantity(build_doc, "about", "CARDINAL")
    assert _quantity_subject_read_as_adjunct(doc[2], doc[8], 8) == 3  # from "about"
    # a phrase that holds no quantity ("said before the rise reflected ...") is left alone
    doc = _quantity(build_doc, "before", "")
    assert _quantity_subject_read_as_adjunct(doc[2], doc[8], 8) == 8


def _relative(build_doc, pronoun_dep: str = "dobj"):
    words = "He likes the rules , which he argues make it easy to win ."
    return build_doc(
        words,
        heads=[1, 1, 3, 1, 3, 7, 7, 3, 1, 10, 8, 12, 10, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", pronoun_dep, "nsubj", "relcl", "conj", "nsubj", "ccomp", "aux",
              "xcomp", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "VERB", "PRON", "ADJ", "PART", "VERB",
             "PUNCT"],
        tags=["PRP", "VBZ", "DT", "NNS", ",", "WDT", "PRP", "VBZ", "VBP", "PRP", "JJ", "TO", "VB", "."],
    )


def test_a_saying_in_a_relative_clause_reports_the_clause_its_pronoun_is_raised_from(build_doc) -> None:
    doc = _relative(build_doc)
    assert _clause_after_raised_relative(doc[7]) == (8, 13)  # "make it easy to win"
    # "which he argues" with "which" read as the cue's subject: no raised pronoun to report
    doc = _relative(build_doc, pronoun_dep="nsubj")
    assert _clause_after_raised_relative(doc[7]) is None


def test_a_bare_apostrophe_after_a_name_in_s_makes_it_the_owner(build_doc) -> None:
    doc = build_doc(
        "in Reuters ’ words",
        heads=[0, 0, 1, 0], deps=["ROOT", "pobj", "case", "pobj"], pos=["ADP", "PROPN", "PART", "NOUN"],
        tags=["IN", "NNP", "''", "NNS"],
    )
    assert _bare_apostrophe_owner(doc[3]) == doc[1]
    doc = build_doc(  # the apostrophe hung on the noun as punctuation
        "in Reuters ’ words",
        heads=[0, 0, 3, 0], deps=["ROOT", "pobj", "punct", "pobj"], pos=["ADP", "PROPN", "PUNCT", "NOUN"],
        tags=["IN", "NNP", "''", "NNS"],
    )
    assert _bare_apostrophe_owner(doc[3]) == doc[1]
    doc = build_doc(
        "in Lee ’ words",
        heads=[0, 0, 1, 0], deps=["ROOT", "pobj", "case", "pobj"], pos=["ADP", "PROPN", "PART", "NOUN"],
        tags=["IN", "NNP", "''", "NNS"],
    )
    assert _bare_apostrophe_owner(doc[3]) is None  # a name not ending in "s" takes "’s"


def test_as_a_name_put_it_frames_the_quotation_after_the_comma(pipeline) -> None:
    text = 'Back then, as senior inspector Anna Pell put it, "there was little to go on."'
    quotes = pipeline.extract(text, published="2024-05-06").quotes
    framed = [q for q in quotes if q.speaker is not None and "Pell" in q.speaker.text]
    assert framed and framed[0].content.text == "there was little to go on"
    assert framed[0].kind == "direct"
