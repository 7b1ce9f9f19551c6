"""Figures under a verb of holding (session 35, brief events39: news-dev65's figure class): ``held`` is custody only
of people; gatherings held and things possessed are counts. Sentences written for these tests, parses built by
hand."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in find_figures(doc, packaged_words())]


def _held(build_doc, noun: str, lemma: str):
    # "the clubs have held three <noun> , to the league 's two ."
    return build_doc(
        f"the clubs have held three {noun} , to the league 's two .",
        heads=[1, 3, 3, 3, 5, 3, 3, 3, 9, 11, 9, 7, 3],
        deps=["det", "nsubj", "aux", "ROOT", "nummod", "dobj", "punct", "prep", "det", "poss", "case", "pobj",
              "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "PART", "NUM", "PUNCT"],
        tags=["DT", "NNS", "VBP", "VBN", "CD", "NNS", ",", "IN", "DT", "NN", "POS", "CD", "."],
        lemmas=["the", "club", "have", "hold", "three", lemma, ",", "to", "the", "league", "'s", "two", "."],
    )


def test_gatherings_held_are_counts_with_the_bare_number_beside_them(build_doc) -> None:
    assert _figures(_held(build_doc, "meetings", "meeting")) == [("count", 3, "three meetings"), ("count", 2, "two")]
    # people held are in custody
    assert _figures(_held(build_doc, "prisoners", "prisoner")) == [
        ("arrested", 3, "three prisoners"), ("arrested", 2, "two")]


def _of_which(build_doc, relative: str):
    # "they staged 26 rallies , 12 of <which|whom> were held in the capital ."
    return build_doc(
        f"they staged 26 rallies , 12 of {relative} were held in the capital .",
        heads=[1, 1, 3, 1, 3, 9, 5, 6, 9, 3, 9, 12, 10, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubjpass", "prep", "pobj", "auxpass", "relcl", "prep",
              "det", "pobj", "punct"],
        pos=["PRON", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "ADP", "PRON", "AUX", "VERB", "ADP", "DET", "NOUN",
             "PUNCT"],
        tags=["PRP", "VBD", "CD", "NNS", ",", "CD", "IN", "WDT", "VBD", "VBN", "IN", "DT", "NN", "."],
        lemmas=["they", "stage", "26", "rally", ",", "12", "of", relative, "be", "hold", "in", "the", "capital", "."],
    )


def test_a_part_of_which_under_held_counts_things(build_doc) -> None:
    assert _figures(_of_which(build_doc, "which")) == [("count", 26, "26 rallies"), ("count", 12, "12")]
    # "of whom": people, held in custody
    assert ("arrested", 12, "12") in _figures(_of_which(build_doc, "whom"))


def test_seats_held_are_a_count(build_doc) -> None:
    doc = build_doc("the party held 54 seats .", heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "nummod", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "CD", "NNS", "."],
                    lemmas=["the", "party", "hold", "54", "seat", "."])
    assert _figures(doc) == [("count", 54, "54 seats")]


def _tally(build_doc, noun: str):
    # "the current vote <noun> is Ann Bell 384 , Sen. Tom Reed 300 and Lee 151 ."
    words = f"the current vote {noun} is Ann Bell 384 , Sen. Tom Reed 300 and Lee 151 ."
    return build_doc(
        words,
        heads=[3, 3, 3, 4, 4, 6, 4, 6, 6, 11, 11, 6, 11, 11, 11, 14, 4],
        deps=["det", "amod", "compound", "nsubj", "ROOT", "compound", "attr", "nummod", "punct", "compound",
              "compound", "appos", "nummod", "cc", "conj", "nummod", "punct"],
        pos=["DET", "ADJ", "NOUN", "NOUN", "AUX", "PROPN", "PROPN", "NUM", "PUNCT", "PROPN", "PROPN", "PROPN", "NUM",
             "CCONJ", "PROPN", "NUM", "PUNCT"],
        tags=["DT", "JJ", "NN", "NN", "VBZ", "NNP", "NNP", "CD", ",", "NNP", "NNP", "NNP", "CD", "CC", "NNP", "CD", "."],
        lemmas=["the", "current", "vote", noun, "be", "Ann", "Bell", "384", ",", "Sen.", "Tom", "Reed", "300", "and",
                "Lee", "151", "."],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
              "B-PERSON", "I-PERSON", "O"],
    )


def test_name_number_pairs_after_a_tally_noun_are_counts(build_doc) -> None:
    assert _figures(_tally(build_doc, "count")) == [("count", 384, "384"), ("count", 300, "300"), ("count", 151, "151")]
    assert [f.about for f in find_figures(_tally(build_doc, "count"), packaged_words())] == ["vote"] * 3
    # "the current vote leader is Ann Bell 384 ...": no tally noun, the numbers are part of names
    assert _figures(_tally(build_doc, "leader")) == []


def _owned(build_doc, owner_pos: str):
    # "she now has 739 to Reed 's 465 and Lee 's 143 ."
    return build_doc(
        "she now has 739 to Reed 's 465 and Lee 's 143 .",
        heads=[2, 2, 2, 2, 2, 7, 5, 4, 7, 11, 9, 7, 2],
        deps=["nsubj", "advmod", "ROOT", "dobj", "prep", "poss", "case", "pobj", "cc", "poss", "case", "conj", "punct"],
        pos=["PRON", "ADV", "VERB", "NUM", "ADP", owner_pos, "PART", "NUM", "CCONJ", owner_pos, "PART", "NUM", "PUNCT"],
        tags=["PRP", "RB", "VBZ", "CD", "IN", "NNP", "POS", "CD", "CC", "NNP", "POS", "CD", "."],
    )


def test_bare_numbers_compared_by_owner_are_counts(build_doc) -> None:
    assert _figures(_owned(build_doc, "PROPN")) == [("count", 739, "739"), ("count", 465, "465"), ("count", 143, "143")]
    # the parser making the second owner a conjunct and its number an apposition: the possessive marker tells
    doc = build_doc(
        "she now has 739 to Reed 's 465 and Lee 's 143 .",
        heads=[2, 2, 2, 2, 2, 7, 5, 4, 7, 7, 9, 7, 2],
        deps=["nsubj", "advmod", "ROOT", "dobj", "prep", "poss", "case", "pobj", "cc", "conj", "case", "appos", "punct"],
        pos=["PRON", "ADV", "VERB", "NUM", "ADP", "PROPN", "PART", "NUM", "CCONJ", "PROPN", "PART", "NUM", "PUNCT"],
        tags=["PRP", "RB", "VBZ", "CD", "IN", "NNP", "POS", "CD", "CC", "NNP", "POS", "CD", "."],
    )
    assert ("count", 143, "143") in _figures(doc)
    # "the station's top 10": a word between owner and number, a rank
    doc = build_doc("she is in the station 's top 10 .", heads=[1, 1, 1, 4, 7, 4, 7, 2, 1],
                    deps=["nsubj", "ROOT", "prep", "det", "poss", "case", "amod", "pobj", "punct"],
                    pos=["PRON", "AUX", "ADP", "DET", "NOUN", "PART", "ADJ", "NUM", "PUNCT"],
                    tags=["PRP", "VBZ", "IN", "DT", "NN", "POS", "JJ", "CD", "."])
    assert _figures(doc) == []
    # "she now has 739 to 465": no owner, no tally compared (a score, a route, anything)
    doc = build_doc("she now has 739 to 465 .", heads=[2, 2, 2, 2, 2, 4, 2],
                    deps=["nsubj", "advmod", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["PRON", "ADV", "VERB", "NUM", "ADP", "NUM", "PUNCT"],
                    tags=["PRP", "RB", "VBZ", "CD", "IN", "CD", "."])
    assert _figures(doc) == []


def _compared(build_doc, noun: str, tag: str, pos: str):
    # "as many as 24 million <noun> watched , compared with fewer than 8 million for the other ."
    words = f"as many as 24 million {noun} watched , compared with fewer than 8 million for the other ."
    return build_doc(
        words,
        heads=[4, 4, 4, 4, 5, 6, 6, 6, 6, 8, 13, 13, 13, 9, 13, 16, 14, 6],
        deps=["advmod", "amod", "quantmod", "compound", "nummod", "nsubj", "ROOT", "punct", "prep", "prep", "amod",
              "quantmod", "compound", "pobj", "prep", "det", "pobj", "punct"],
        pos=["ADV", "ADJ", "ADP", "NUM", "NUM", pos, "VERB", "PUNCT", "VERB", "ADP", "ADJ", "ADP", "NUM", "NUM", "ADP",
             "DET", "NOUN", "PUNCT"],
        tags=["RB", "JJ", "IN", "CD", "CD", tag, "VBD", ",", "VBN", "IN", "JJR", "IN", "CD", "CD", "IN", "DT", "NN",
              "."],
        lemmas=["as", "many", "as", "24", "million", noun[:-1], "watch", ",", "compare", "with", "few", "than", "8",
                "million", "for", "the", "other", "."],
    )


def test_a_scaled_bare_number_counts_what_the_scaled_count_before_it_counts(build_doc) -> None:
    figures = find_figures(_compared(build_doc, "viewers", "NNS", "NOUN"), packaged_words())
    assert [(f.kind, f.value, f.about) for f in figures] == [("count", 24000000, "viewer"), ("count", 8000000, "viewer")]
    # the scaled number before measures ("24 million tonnes"): no count to take, no figure for the bare one
    figures = find_figures(_compared(build_doc, "tonnes", "NNS", "NOUN"), packaged_words())
    assert [f.value for f in figures] == []
