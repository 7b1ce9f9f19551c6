"""Figures under a verb of gaining (session 36, brief figev40: news-dev70's figure class): ``captured`` is custody
only of people; delegates, seats, votes and states captured are counts won in a vote, and so is a bare number
compared with them. Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from newsevents.components.figures import _tally_pair, find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in find_figures(doc, packaged_words())]


def _captured(build_doc, noun: str, lemma: str):
    # "the governor had captured 412 <noun> , a number that includes electors , compared to Lee ' 198 ."
    return build_doc(
        f"the governor had captured 412 {noun} , a number that includes electors , compared to Lee ' 198 .",
        heads=[1, 3, 3, 3, 5, 3, 5, 8, 5, 10, 8, 10, 8, 8, 13, 14, 8, 8, 3],
        deps=["det", "nsubj", "aux", "ROOT", "nummod", "dobj", "punct", "det", "appos", "nsubj", "relcl", "dobj",
              "punct", "prep", "prep", "pobj", "punct", "appos", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "NOUN", "PUNCT",
             "VERB", "ADP", "PROPN", "PUNCT", "NUM", "PUNCT"],
        tags=["DT", "NN", "VBD", "VBN", "CD", "NNS", ",", "DT", "NN", "WDT", "VBZ", "NNS", ",", "VBN", "IN", "NNP",
              "''", "CD", "."],
        lemmas=["the", "governor", "have", "capture", "412", lemma, ",", "a", "number", "that", "include", "elector",
                ",", "compare", "to", "Lee", "'", "198", "."],
        ents=["O", "O", "O", "O", "B-CARDINAL", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O",
              "B-CARDINAL", "O"],
    )


def test_delegates_captured_are_counts_and_so_is_the_number_compared(build_doc) -> None:
    assert _figures(_captured(build_doc, "delegates", "delegate")) == [
        ("count", 412, "412 delegates"), ("count", 198, "198")]


def test_people_captured_stay_in_custody(build_doc) -> None:
    assert _figures(_captured(build_doc, "soldiers", "soldier")) == [
        ("arrested", 412, "412 soldiers"), ("arrested", 198, "198")]


def _party_captured(build_doc, noun: str, lemma: str):
    # "the party captured 30 <noun> in the election ."
    return build_doc(f"the party captured 30 {noun} in the election .", heads=[1, 2, 2, 4, 2, 2, 7, 5, 2],
                     deps=["det", "nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "CD", "NNS", "IN", "DT", "NN", "."],
                     lemmas=["the", "party", "capture", "30", lemma, "in", "the", "election", "."])


def test_seats_and_states_captured_are_counts(build_doc) -> None:
    assert _figures(_party_captured(build_doc, "seats", "seat")) == [("count", 30, "30 seats")]
    assert _figures(_party_captured(build_doc, "states", "state")) == [("count", 30, "30 states")]
    assert _figures(_party_captured(build_doc, "prisoners", "prisoner")) == [("arrested", 30, "30 prisoners")]


def _leads(build_doc, verb: str, lemma: str, upper: str = "198", after: list[tuple[str, str, str, str]] = ()):
    # "<Name> <verb> <Name> , 412 to <upper> <after> ."
    words = ["Ames", verb, "Lee", ",", "412", "to", upper] + [w[0] for w in after] + ["."]
    n = len(words)
    return build_doc(
        " ".join(words),
        heads=[1, 1, 1, 2, 2, 4, 5] + [6] * len(after) + [1],
        deps=["nsubj", "ROOT", "dobj", "punct", "appos", "prep", "pobj"] + [w[3] for w in after] + ["punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "NUM", "ADP", "NUM"] + [w[2] for w in after] + ["PUNCT"],
        tags=["NNP", "VBZ", "NNP", ",", "CD", "IN", "CD"] + [w[1] for w in after] + ["."],
        lemmas=["Ames", lemma, "Lee", ",", "412", "to", upper] + [w[0] for w in after] + ["."],
        ents=["B-PERSON", "O", "B-PERSON", "O", "B-CARDINAL", "O", "B-CARDINAL"] + ["O"] * len(after) + ["O"],
    )[:n]


def test_a_pair_after_a_verb_of_standing_in_a_contest_is_two_tallies(build_doc) -> None:
    assert _figures(_leads(build_doc, "leads", "lead").doc) == [("count", 412, "412"), ("count", 198, "198")]
    assert _figures(_leads(build_doc, "trails", "trail", upper="650").doc) == [
        ("count", 412, "412"), ("count", 650, "650")]


def test_a_pair_after_another_verb_is_no_tally(build_doc) -> None:
    # "Ames sent Lee , 412 to 198": no verb of a contest, the pair is read as before (a range counting nothing)
    assert _figures(_leads(build_doc, "sent", "send").doc) == []
    # a noun after the pair: a range of the things counted ("led 20 to 30 soldiers"), no tally
    doc = _leads(build_doc, "leads", "lead", upper="650", after=[("soldiers", "NNS", "NOUN", "dobj")]).doc
    assert not _tally_pair(doc[4:5], doc[6:7], packaged_words())
    doc = _leads(build_doc, "leads", "lead", upper="650").doc
    assert _tally_pair(doc[4:5], doc[6:7], packaged_words())


def _aged(build_doc, before: str, tag: str, ent: str, number: str = "41"):
    # "<before> , <number> , was killed ." with the number in apposition to the word before it
    return build_doc(f"{before} , {number} , was killed .", heads=[5, 0, 0, 0, 5, 5, 5],
                     deps=["nsubjpass", "punct", "appos", "punct", "auxpass", "ROOT", "punct"],
                     pos=["PROPN" if tag == "NNP" else "NOUN", "PUNCT", "NUM", "PUNCT", "AUX", "VERB", "PUNCT"],
                     tags=[tag, ",", "CD", ",", "VBD", "VBN", "."],
                     lemmas=[before.lower(), ",", number, ",", "be", "kill", "."],
                     ents=[ent, "O", "B-DATE", "O", "O", "O", "O"])


def test_a_number_set_off_after_a_name_is_an_age(build_doc) -> None:
    assert _figures(_aged(build_doc, "Reed", "NNP", "B-PERSON")) == []
    # a number no one's age is read as before
    assert _figures(_aged(build_doc, "Reed", "NNP", "B-PERSON", number="400")) == [("killed", 400, "400")]


def _missing(build_doc, noun: str, dep: str):
    # "the driver was missing five <noun>" (object) / built the same with the noun as subject
    if dep == "dobj":
        return build_doc(f"the driver was missing five {noun} .", heads=[1, 3, 3, 3, 5, 3, 3],
                         deps=["det", "nsubj", "aux", "ROOT", "nummod", "dobj", "punct"],
                         pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"],
                         tags=["DT", "NN", "VBD", "VBG", "CD", "NNS", "."],
                         lemmas=["the", "driver", "be", "miss", "five", noun.rstrip("s"), "."])
    return build_doc(f"five {noun} are missing .", heads=[1, 3, 3, 3, 3],
                     deps=["nummod", "nsubj", "aux", "ROOT", "punct"], pos=["NUM", "NOUN", "AUX", "VERB", "PUNCT"],
                     tags=["CD", "NNS", "VBP", "VBG", "."], lemmas=["five", noun.rstrip("s"), "be", "miss", "."])


def test_things_missed_are_a_count_people_missing_are_not(build_doc) -> None:
    assert _figures(_missing(build_doc, "races", "dobj")) == [("count", 5, "five races")]
    assert _figures(_missing(build_doc, "climbers", "nsubj")) == [("missing", 5, "five climbers")]


def test_sales_of_a_bare_number_count_the_things_sold(build_doc) -> None:
    # "the band has sales of 200 million ." (figures_group: a size after "of")
    doc = build_doc("the band has sales of 200 million .", heads=[1, 2, 2, 2, 3, 6, 4, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NUM", "NUM", "PUNCT"],
                    tags=["DT", "NN", "VBZ", "NNS", "IN", "CD", "CD", "."],
                    lemmas=["the", "band", "have", "sale", "of", "200", "million", "."])
    assert _figures(doc) == [("count", 200_000_000, "200 million")]


def _compared(build_doc, noun: str, lemma: str):
    # "there were 130 <noun> in the city , compared with 292 across the river ."
    return build_doc(
        f"there were 130 {noun} in the city , compared with 292 across the river .",
        heads=[1, 1, 3, 1, 3, 6, 4, 1, 1, 8, 9, 10, 13, 11, 1],
        deps=["expl", "ROOT", "nummod", "attr", "prep", "det", "pobj", "punct", "prep", "prep", "pobj", "prep", "det",
              "pobj", "punct"],
        pos=["PRON", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN",
             "PUNCT"],
        tags=["EX", "VBD", "CD", "NNS", "IN", "DT", "NN", ",", "VBN", "IN", "CD", "IN", "DT", "NN", "."],
        lemmas=["there", "be", "130", lemma, "in", "the", "city", ",", "compare", "with", "292", "across", "the",
                "river", "."])


def test_a_bare_number_compared_with_a_figure_is_the_same_measure(build_doc) -> None:
    assert _figures(_compared(build_doc, "murders", "murder")) == [
        ("count", 130, "130 murders"), ("count", 292, "292")]
    assert _figures(_compared(build_doc, "deaths", "death")) == [
        ("killed", 130, "130 deaths"), ("killed", 292, "292")]
