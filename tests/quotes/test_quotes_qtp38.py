"""Quotes of branch qtp38 (issue 15, from news-dev61..63's quote classes): a quotation credited by a
verb of wondering after it (``"...?" he wondered``); a quotation credited after it by a long subject
and a form of saying the tagger read as a noun (``"...," a voice-over in the ad states.``), with the
quotation after the credit; a one-word quotation opening the subject of the clause said (``testified
"dozens" of files had been shredded``: a mixed quote of the whole clause). Sentences written for
these tests."""

from __future__ import annotations

PUBLISHED = "2021-06-01"


def _quotes(pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    record = pipeline.extract(text, published=PUBLISHED)
    return [(q.kind, q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
            for q in record.quotes]


def test_a_verb_of_wondering_after_a_quotation_credits_it(pipeline) -> None:
    quotes = _quotes(pipeline, "“Who would trust a man like that with the town budget?” the treasurer wondered.")
    assert [(q[1], q[3]) for q in quotes] == [("Who would trust a man like that with the town budget?", "the treasurer")]
    # wondering with a clause of its own is a belief, no statement
    assert _quotes(pipeline, "The treasurer wondered whether the town budget would pass.") == []


def test_a_long_subject_and_a_form_of_saying_read_as_a_noun_credit_the_quotation(pipeline) -> None:
    text = ("“We know the mayor is the only one brave enough to fix the roads,” a voice-over in the ad states. "
            "“He will stand up to the developers. And he will protect the parks.”")
    quotes = _quotes(pipeline, text)
    assert any("brave enough to fix the roads" in q[1] and q[2] == "states" and q[3] == "a voice-over in the ad"
               for q in quotes)
    # the quotation after the credit goes on with the same speaker
    assert all(q[3] == "a voice-over in the ad" for q in quotes if "stand up to the developers" in q[1])
    assert any("stand up to the developers" in q[1] for q in quotes)


def test_a_quoted_word_opening_the_subject_of_the_clause_said_makes_a_mixed_quote(pipeline) -> None:
    quotes = _quotes(pipeline, "The clerk testified “dozens” of files had been shredded.")
    assert quotes == [("mixed", "“dozens” of files had been shredded", "testified", "The clerk")]
    # a phrase of where after the quotation is no part of what was said
    quotes = _quotes(pipeline, "The driver said “good job, good job” on the team radio before the finish.")
    assert [(q[0], q[1]) for q in quotes] == [("direct", "good job, good job")]


def _semicolon(build_doc, mark: str):
    # "The plan split the board <mark> one member called the plan " a folly " ." with "called" read
    # as a reduced relative on "member", the noun an apposition of "plan"
    return build_doc(
        f"The plan split the board {mark} one member called the plan \" a folly \" .",
        heads=[1, 2, 2, 4, 2, 2, 7, 1, 7, 10, 8, 13, 13, 8, 13, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct", "nummod", "appos", "acl", "det", "oprd", "punct", "det",
              "oprd", "punct", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET",
             "NOUN", "PUNCT", "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NN", ":" if mark == ";" else ",", "CD", "NN", "VBN", "DT", "NN", "``", "DT",
              "NN", "''", "."],
    )


def test_a_noun_and_a_past_form_after_a_semicolon_are_subject_and_verb(build_doc) -> None:
    from newsevents.components.quotes import _subject_after_semicolon

    doc = _semicolon(build_doc, ";")
    assert _subject_after_semicolon(doc[8]).text == "member"
    # after a comma the reduced relative may be one ("the board, one member called ..."): no rule
    assert _subject_after_semicolon(_semicolon(build_doc, ",")[8]) is None



def test_a_clause_fronted_before_a_document_that_reads_is_its_words(pipeline) -> None:
    quotes = _quotes(pipeline, "The mayor should resign, a blunt headline from the Daily Courier reads in an article "
                               "published Monday.")
    assert quotes == [("indirect", "The mayor should resign", "reads", "a blunt headline from the Daily Courier")]
    # "reads" with an object of its own reports nothing of the clause before
    assert _quotes(pipeline, "The mayor should resign, and the council reads the report every week.") == []


def test_an_opening_participle_of_saying_goes_on_with_the_speaker_before(pipeline) -> None:
    quotes = _quotes(pipeline, "Ann Lee spoke to reporters on Monday. Adding, “We will not stop until the roads "
                               "are fixed.”")
    assert [(q[1], q[2], q[3]) for q in quotes] == [("We will not stop until the roads are fixed", "Adding", "Ann Lee")]
    # after a quotation closing the sentence before (the parser hangs "Adding" on the next quotation's verb)
    quotes = _quotes(pipeline, "Later, Ann Lee stated of the plan that the report “was not good.” Adding, “Now, like "
                               "with all such plans, what they do is never that bad. It is how they handle it.”")
    assert [(q[2], q[3]) for q in quotes if q[1].startswith("Now, like")] == [("Adding", "Ann Lee")]


def test_a_quotation_after_a_passive_question_is_the_agent_s(pipeline) -> None:
    quotes = _quotes(pipeline, "The mayor was asked by host Ann Lee, who backs him, “Now, you said the race was "
                               "over. Is it over or not?”")
    assert [(q[2], q[3]) for q in quotes if "Is it over or not?" in q[1]] == [("asked", "host Ann Lee")]


def test_an_opening_participle_of_its_own_sentence_s_speaker_stays_with_it(pipeline) -> None:
    text = ("The mayor said on Tuesday that talks had failed. Explaining why it has asked the court to rule on the "
            "fees, the tenants' union said that it wants to settle the matter early.")
    quotes = _quotes(pipeline, text)
    assert [q[3] for q in quotes if q[2] == "Explaining"] == ["the tenants' union"]
