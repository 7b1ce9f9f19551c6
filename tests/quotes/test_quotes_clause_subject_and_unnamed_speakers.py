"""Quote rules of branch qtp34 (issue 15): the subject of a reported clause that the parser made
the object of a verb of saying, with the clause's verb hung elsewhere; an unnamed speaker whose noun
phrase ends with a relative clause right before the verb of saying; a show's title after a
possessive and one quoted word inside another's report, no quotes.

Every sentence is written for these tests; the rule tests use hand-built parses (the last two run
the pipeline).
"""

from __future__ import annotations

from newsevents.components.quotes import (
    _subject_read_as_object,
    _subjectless_clause_after,
    _word_after_object,
    find_subject,
)


def _announcing_doc(build_doc, clause_dep: str = "conj", subject: bool = False):
    # "would sell" hung on "closed" as a second verb of the main clause; "it" the object of "announcing"
    words = "The club closed its season by announcing it would sell the ground ."
    heads = [1, 2, 2, 4, 2, 2, 5, 6, 9, 2, 11, 9, 2]
    deps = ["det", "nsubj", "ROOT", "poss", "dobj", "prep", "pcomp", "dobj", "aux", clause_dep, "det", "dobj", "punct"]
    if subject:
        # "... announcing it ; they would sell the ground": the clause has a subject of its own
        words = "The club closed its season by announcing it they would sell the ground ."
        heads = [1, 2, 2, 4, 2, 2, 5, 6, 10, 10, 2, 12, 10, 2]
        deps = ["det", "nsubj", "ROOT", "poss", "dobj", "prep", "pcomp", "dobj", "nsubj", "aux", clause_dep, "det",
                "dobj", "punct"]
    pos = {"The": "DET", "club": "NOUN", "closed": "VERB", "its": "PRON", "season": "NOUN", "by": "ADP",
           "announcing": "VERB", "it": "PRON", "they": "PRON", "would": "AUX", "sell": "VERB", "the": "DET",
           "ground": "NOUN", ".": "PUNCT"}
    tags = {"The": "DT", "club": "NN", "closed": "VBD", "its": "PRP$", "season": "NN", "by": "IN",
            "announcing": "VBG", "it": "PRP", "they": "PRP", "would": "MD", "sell": "VB", "the": "DT",
            "ground": "NN", ".": "."}
    split = words.split()
    return build_doc(words, heads=heads, deps=deps, pos=[pos[w] for w in split], tags=[tags[w] for w in split])


def test_an_object_before_a_modal_whose_verb_has_no_subject_is_the_clause_subject(build_doc) -> None:
    doc = _announcing_doc(build_doc)
    obj = _subject_read_as_object(doc[6])
    assert obj is not None and obj.text == "it"
    clause = _subjectless_clause_after(obj, _word_after_object(obj))
    assert clause is not None and clause.text == "sell"
    # what was said runs from the subject to the end of the clause's verb phrase
    assert doc[obj.left_edge.i:clause.right_edge.i + 1].text == "it would sell the ground"


def test_a_modal_whose_verb_has_its_own_subject_leaves_the_object_alone(build_doc) -> None:
    doc = _announcing_doc(build_doc, subject=True)
    assert _subject_read_as_object(doc[6]) is None


# ----------------------------------------------------------------------------- an unnamed speaker with a relative clause


def _official_doc(build_doc, verb_tag: str = "VBD"):
    # the parser hung "official" on "team" as an apposition across the comma; "said" got no subject
    words = "Although the team won , a club official who spoke anonymously said Friday that talks stalled ."
    return build_doc(
        words,
        heads=[3, 2, 3, 11, 3, 7, 7, 2, 9, 7, 9, 11, 11, 15, 15, 11, 11],
        deps=["mark", "det", "nsubj", "advcl", "punct", "det", "compound", "appos", "nsubj", "relcl", "advmod",
              "ROOT", "npadvmod", "mark", "nsubj", "ccomp", "punct"],
        pos=["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "PRON", "VERB", "ADV", "VERB",
             "PROPN", "SCONJ", "NOUN", "VERB", "PUNCT"],
        tags=["IN", "DT", "NN", "VBD", ",", "DT", "NN", "NN", "WP", "VBD", "RB", verb_tag, "NNP", "IN", "NNS",
              "VBD", "."],
    )


def test_a_noun_whose_relative_clause_ends_right_before_a_subjectless_verb_is_its_subject(build_doc) -> None:
    doc = _official_doc(build_doc)
    assert find_subject(doc[11], frozenset()).text == "official"


def test_a_participle_after_a_relative_clause_takes_no_subject_from_it(build_doc) -> None:
    # "... a club official who spoke anonymously, said to be ...": no finite verb, no speaker from the noun
    doc = _official_doc(build_doc, verb_tag="VBN")
    assert find_subject(doc[11], frozenset()) is None


# ----------------------------------------------------------------------------- titles and one quoted word


def test_a_shows_title_after_a_possessive_is_no_quote_and_one_quoted_word_stays_in_its_report(extract) -> None:
    text = ("Sunday on the network’s “Morning Hour With Ann Lee,” when asked about the mayor, Governor Tom Reed "
            "said he expected that voters will say “no” to the plan.")
    quotes = extract(text, published="2016-09-04").quotes
    contents = [q.content.text for q in quotes]
    assert "Morning Hour With Ann Lee" not in contents  # the show's title, nobody's words
    assert "no" not in contents  # a word of the governor's report, not the voters' quote
    assert any(c.startswith("he expected that voters will say") for c in contents)


def test_a_title_like_quotation_after_a_verb_of_saying_is_still_said(extract) -> None:
    text = "The crowd chanted for an hour, and then Ann Lee said, “Keep The Peace Tonight.”"
    contents = [q.content.text for q in extract(text, published="2016-09-04").quotes]
    assert any("Keep The Peace Tonight" in c for c in contents)


def _voters_doc(build_doc, tag: str, modal: bool):
    words = "Lee said voters will say no to it ." if modal else "Lee said voters then said no to it ."
    return build_doc(
        words,
        heads=[1, 1, 4, 4, 1, 4, 4, 6, 1],
        deps=["nsubj", "ROOT", "nsubj", "aux" if modal else "advmod", "ccomp", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "AUX" if modal else "ADV", "VERB", "INTJ", "ADP", "PRON", "PUNCT"],
        tags=["NNP", "VBD", "NNS", "MD" if modal else "RB", tag, "UH", "IN", "PRP", "."],
    )


def test_one_word_of_an_imagined_saying_inside_a_report_is_no_quote(build_doc) -> None:
    from newsevents.components.quotes import Attribution, _imagined_word_in_report

    def chars(doc, first, last):
        return doc[first].idx, doc[last].idx + len(doc[last])

    doc = _voters_doc(build_doc, "VB", modal=True)
    outer = Attribution(content=chars(doc, 2, 7), cue=chars(doc, 1, 1), speaker=chars(doc, 0, 0), kind="mixed")
    word = Attribution(content=chars(doc, 5, 5), cue=chars(doc, 4, 4), speaker=chars(doc, 2, 2), kind="direct")
    assert _imagined_word_in_report(doc, word, [outer, word])
    assert not _imagined_word_in_report(doc, word, [word])  # inside no other report: left alone
    done = _voters_doc(build_doc, "VBD", modal=False)
    outer = Attribution(content=chars(done, 2, 7), cue=chars(done, 1, 1), speaker=chars(done, 0, 0), kind="mixed")
    word = Attribution(content=chars(done, 5, 5), cue=chars(done, 4, 4), speaker=chars(done, 2, 2), kind="direct")
    assert not _imagined_word_in_report(done, word, [outer, word])  # a saying told as done stays a quote
