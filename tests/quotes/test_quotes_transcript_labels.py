"""Quote layouts of session 15 (branch quotes4): transcript speaker labels, interviews' ``Q:`` and
``A:``, labels that name nobody (``UPDATE:``, datelines) and ``dismissed X as "..."``. Every
sentence here is our own; none is taken from a data set."""

from __future__ import annotations

from quotes_heldout import by_content, quotes_of

PUBLISHED = "2026-12-05"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    return quotes_of(extract, text, PUBLISHED)


# ------------------------------------------------------------------ transcript labels


def test_a_surname_label_in_capitals_is_the_person_of_the_article(extract) -> None:
    found = _quotes(extract, "Coach Marta Velasquez spoke to the press after the game.\n\n"
                             "REPORTER: What went wrong in the second half?\n\n"
                             "VELASQUEZ: We stopped running and they punished us for it.")
    assert by_content(found, "We stopped running") == (
        "We stopped running and they punished us for it", "VELASQUEZ", "Marta Velasquez")
    # the reporter's question is a quote too, by nobody named
    assert by_content(found, "What went wrong")[1:] == ("REPORTER", None)


def test_a_label_with_an_abbreviated_honorific_names_the_person(extract) -> None:
    found = _quotes(extract, "The inquiry heard from the ferry's owner, Clara Abernathy.\n\n"
                             "MRS. ABERNATHY: Nobody told me the ramp had failed its inspection.")
    assert by_content(found, "Nobody told me")[1:] == ("MRS. ABERNATHY", "Clara Abernathy")


def test_a_label_in_title_case_the_tagger_read_as_a_noun_is_a_named_person(extract) -> None:
    found = _quotes(extract, "Our reporter met the bishop of Carrow, Anselm Thorne, at his home.\n\n"
                             "Thorne: The parish has shrunk by half since I arrived here.")
    assert by_content(found, "The parish has shrunk")[1:] == ("Thorne", "Anselm Thorne")


def test_a_label_that_is_a_country_and_a_person_of_the_article_is_the_person(extract) -> None:
    found = _quotes(extract, "Defence lawyer Tom Jordan questioned the driver on Monday.\n\n"
                             "JORDAN: You were on your phone when the lights changed, were you not?")
    assert by_content(found, "You were on your phone")[1:] == ("JORDAN", "Tom Jordan")


def test_an_interview_answer_is_the_person_named_before_the_first_question(extract) -> None:
    found = _quotes(extract, "Potter Ingrid Solberg opens her first exhibition in Bergen next week.\n\n"
                             "Q: When did you start?\n\nA: At nine, on my grandmother's wheel in the barn.")
    assert by_content(found, "When did you start")[1:] == ("Q", None)
    assert by_content(found, "At nine")[1:] == ("A", "Ingrid Solberg")


def test_an_interview_answer_has_no_entity_when_two_people_were_named_first(extract) -> None:
    found = _quotes(extract, "Potter Ingrid Solberg and her brother Nils Solberg share a studio in Bergen.\n\n"
                             "Q: Who has the better wheel?\n\nA: Neither of us will ever admit the other one does.")
    assert by_content(found, "Neither of us")[1:] == ("A", None)


def test_labels_that_name_nobody_give_no_quote(extract) -> None:
    for text in ("CORRECTION: An earlier version of this story gave the wrong date for the hearing.",
                 "LISTEN: The full interview with the harbour master is on our podcast page.",
                 "PARIS: France's parliament approved the pension bill late on Tuesday after a long night.",
                 "Pictured: The lifeboat crew on the slipway at dawn before the rescue began."):
        assert _quotes(extract, text) == [], text


# ------------------------------------------------------------------ short quoted phrases


def test_dismissed_and_hailed_with_an_as_complement_report_words(extract) -> None:
    found = _quotes(extract, 'The health minister dismissed the leaked memo as "scaremongering".')
    assert by_content(found, "scaremongering")[1] == "The health minister"
    found = _quotes(extract, 'Farmers\' leader Owen Price hailed the new subsidy as "a lifeline".')
    assert by_content(found, "a lifeline")[2] == "Owen Price"


def test_dismissed_and_hailed_without_a_complement_report_nothing(extract) -> None:
    assert _quotes(extract, "The club dismissed its manager on Sunday after a run of seven defeats.") == []
    assert _quotes(extract, "She hailed a taxi outside the station and went straight to the hospital.") == []


def test_a_short_quotation_framed_by_how_or_by_whose_words_is_a_quote(extract) -> None:
    found = _quotes(extract, '"Brutal" was how coach Imogen Teller described the defeat.')
    assert [(q[0], q[2]) for q in found] == [("Brutal", "Imogen Teller")]
    found = _quotes(extract, '"Unworkable" is how the union describes the plan.')
    assert [q[:2] for q in found] == [("Unworkable", "the union")]
    found = _quotes(extract, 'The pitch was, in the words of groundsman Alf Mercer, "a swamp".')
    assert found == [("a swamp", "groundsman Alf Mercer", "Alf Mercer")]


def test_a_short_quotation_without_an_owner_of_the_words_stays_a_scare_quote(extract) -> None:
    assert _quotes(extract, 'In other words, the "reform" changed nothing for the tenants.') == []
    assert _quotes(extract, 'The "temporary" bridge is how most drivers cross the river now.') == []


def test_interview_turns_marked_with_a_full_stop(extract) -> None:
    found = _quotes(extract, "Novelist Sigrid Aas spoke to us in Oslo.\n\nQ. Why did you move back?\n\n"
                             "A. My mother was ill, and I wanted to be near her.")
    assert by_content(found, "Why did you move back")[1:] == ("Q", None)
    assert by_content(found, "My mother was ill")[1:] == ("A", "Sigrid Aas")


def test_an_initial_opening_a_paragraph_is_no_answer_label(extract) -> None:
    found = _quotes(extract, "A. Lee said the bridge would close in May for repairs.")
    assert [q[1] for q in found] == ["A. Lee"]


def test_an_interview_answer_is_the_named_person_not_a_description(extract) -> None:
    # written after the second probe's first run (its two Q/A misses), on sentences of our own
    found = _quotes(extract, "Our reporter sat down with sculptor Bram Hollis in his Antwerp studio.\n\n"
                             "Q: Do you still work every day?\n\nA: Every day, including Christmas.")
    assert by_content(found, "Every day, including Christmas")[1:] == ("A", "Bram Hollis")
    # a name the parser hung on the label ("A: Bach, and ...") is no speaker
    found = _quotes(extract, "Violinist Tove Lund returns to the festival this summer.\n\n"
                             "Q: What will you play?\n\nA: Bach, and something new that nobody has heard.")
    assert by_content(found, "Bach, and something new")[1:] == ("A", "Tove Lund")


def test_a_place_label_in_title_case_is_a_headline_speaker(extract) -> None:
    found = _quotes(extract, "Norway: We will not reopen the fishing talks this year\n\n"
                             "Oslo has rejected a British request for new quota talks.")
    assert [q[:2] for q in found] == [("We will not reopen the fishing talks this year", "Norway")]
