"""Rules of branch dev13q (issue 15, news-dev13's misses): two-apostrophe quotation marks, quotations
run on over a misplaced closing mark, days of a month in the year the text set, weekdays under an
infinitive of a past act, counts whose noun stands elsewhere. Sentences of our own."""

from __future__ import annotations

from newsevents.components.quotes import find_quote_spans
from quotes_heldout import quotes_of

PUBLISHED = "2026-03-22"  # a Sunday


def _inner(text: str) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text)]


def test_two_curly_apostrophes_close_a_double_quotation() -> None:
    text = "\u201cThe ferry is late again,\u2019\u2019 Jo Park said. \u201cIt always is.\u201d"
    assert _inner(text) == ["The ferry is late again,", "It always is."]
    assert len(text) == len("\u201cThe ferry is late again,\u2019\u2019 Jo Park said. \u201cIt always is.\u201d")


def test_two_curly_singles_open_a_double_quotation() -> None:
    text = "\u2018\u2018We sold out by noon,\u2019\u2019 the baker said. Then it rained."
    assert _inner(text) == ["We sold out by noon,"]


def test_inch_marks_are_no_quotation() -> None:
    assert _inner("The frame holds 10'' prints and 6'' cards.") == []


def _quotes(extract, text: str):
    """(content, speaker entity name) of each quote."""
    return [(content, name) for content, _, name in quotes_of(extract, text, PUBLISHED)]


def test_a_run_on_quotation_is_broken_at_the_narrators_saying(extract) -> None:
    text = ("\"The pool stays shut,\" manager Ines Duarte said. \"The pump failed on Friday. \"Divers checked the tank "
            "on Saturday. Swimmer Otto Brandt said the club should refund the fees. \"We paid for a full year,\" he said.")
    found = _quotes(extract, text)
    assert any("The pump failed on Friday" in c and "Divers" not in c and who == "Ines Duarte" for c, who in found), found
    assert any("should refund the fees" in c and who == "Otto Brandt" for c, who in found), found
    assert any(c.startswith("We paid for a full year") and who == "Otto Brandt" for c, who in found), found


def test_a_run_on_quotation_holding_the_speakers_own_account_is_kept(extract) -> None:
    text = ("\"We left at dawn,\" said Maria Holt, a guide. \"The trail was icy. \"Then Ivo Sands said we should turn back, "
            "and we did,\" she said.")
    found = _quotes(extract, text)
    assert any("Then Ivo Sands said we should turn back" in c and who == "Maria Holt" for c, who in found), found


def _times(extract, text: str, published: str = PUBLISHED):
    return {t.text: t.value for t in extract(text, published=published).times}


def test_a_day_of_a_month_takes_the_year_the_text_set(extract) -> None:
    times = _times(extract, "The dam cracked in July 2025. Engineers inspected it on July 9.")
    assert times["July 9"] == "2025-07-09"


def test_no_carry_into_a_future_clause_or_another_month(extract) -> None:
    times = _times(extract, "Rents rose in July 2025. The board will meet on July 9 and again on August 2.")
    assert times["July 9"] == "2026-07-09" and times["August 2"] == "2026-08-02"


def test_no_carry_after_another_year(extract) -> None:
    times = _times(extract, "The lake froze in January 2024. In 2026 the ice was thin, and it broke on January 30.",
                   published="2026-02-10")
    assert times["January 30"] == "2026-01-30"


def test_a_weekday_under_an_infinitive_of_a_past_act_is_the_last_one(extract) -> None:
    assert _times(extract, "The landlord was ordered to repay the deposit on Friday.")["Friday"] == "2026-03-20"


def test_a_weekday_of_a_planned_act_stays_ahead(extract) -> None:
    assert _times(extract, "The landlord is expected to repay the deposit on Friday.")["Friday"] == "2026-03-27"
    assert _times(extract, "The court will order the landlord to repay the deposit on Friday.")["Friday"] == "2026-03-27"


def _figures(extract, text: str):
    return [(f.text, f.kind, f.value) for f in extract(text, published=PUBLISHED).figures]


def test_the_size_of_a_group_after_of_is_a_count(extract) -> None:
    found = _figures(extract, "The orchestra has a staff of 64 and the choir a membership of 120.")
    assert ("64", "count", 64) in found and ("120", "count", 120) in found, found


def test_out_of_work_and_more_than_are_counts(extract) -> None:
    found = _figures(extract, "In June 830 people had jobs, against 95 out of work, about 20 more than in May.")
    assert any(v == 95 and k == "count" for _, k, v in found) and any(v == 20 and k == "count" for _, k, v in found), found


def test_a_number_after_of_a_thing_no_group_is_no_count(extract) -> None:
    found = _figures(extract, "The bus took a route of 12 stops past the house at number 4.")
    assert not any(v == 4 for _, _, v in found), found


def test_a_last_she_said_is_the_speaker_before_not_a_subject_deep_in_her_report(extract) -> None:
    text = ("Lena Moss was charged with fraud in May. Carla Ruiz said Tom Hale was expecting Moss to spend a week "
            "in jail. \u201cI think he\u2019d be upset,\u201d she said.")
    assert ("I think he\u2019d be upset", "Carla Ruiz") in _quotes(extract, text)


def test_a_she_said_after_a_man_reporting_is_still_the_woman(extract) -> None:
    text = ("Lena Moss was charged with fraud in May. Her lawyer, Tom Reyes, said the bank was expecting Moss to repay "
            "the money. \u201cI did nothing wrong,\u201d she said.")
    assert ("I did nothing wrong", "Lena Moss") in _quotes(extract, text)


def test_a_mixed_quote_in_a_free_relative_is_the_clause_after_the_cue(extract) -> None:
    text = "The mill closed its gates on Monday, in what the workers' spokesman said was a \"cruel surprise\" for the town."
    quotes = extract(text, published=PUBLISHED).quotes
    assert any("cruel surprise" in q.content.text and q.content.text != "what" and q.speaker is not None
               and "spokesman" in q.speaker.text for q in quotes), [(q.content.text, q.speaker) for q in quotes]
    assert not any(q.content.text == "what" for q in quotes)



def test_curly_mark_pairs_read_as_typewriter_pairs(pipeline) -> None:
    vocab = pipeline.nlp.vocab
    for curly, typed in (("\u2019\u2019", "''"), ("\u2018\u2018", "``")):
        assert (vocab[curly].shape_, vocab[curly].prefix_) == (vocab[typed].shape_, vocab[typed].prefix_)
    text = "\u201cThe trains will run late all week,\u2019\u2019 engineer Rosa Vint said."
    doc = pipeline.nlp(text)
    assert doc.text == text
    said = next(t for t in doc if t.text == "said")
    assert any(c.dep_ == "ccomp" and c.lemma_ == "run" for c in said.children)


def test_a_reported_subject_read_as_the_cues_object_starts_what_was_said(extract) -> None:
    text = ("Defense attorney Ann Kroll said Thursday Lee\u2019s early repayment of the loan, which her client made "
            "before the hearing, was a factor at sentencing.")
    quotes = extract(text, published=PUBLISHED).quotes
    assert any("early repayment of the loan" in q.content.text and "was a factor" in q.content.text for q in quotes), \
        [q.content.text for q in quotes]


def test_the_object_of_a_cue_with_a_clause_of_its_own_subject_stays_out(extract) -> None:
    text = "The minister told reporters the new bridge would open in May."
    quotes = extract(text, published=PUBLISHED).quotes
    assert [q.content.text for q in quotes] == ["the new bridge would open in May"]


def test_a_day_on_or_before_the_article_keeps_the_nearest_year(extract) -> None:
    times = _times(extract, "Schools closed in March 2020. The governor spoke on March 15 about new tests.")
    assert times["March 15"] == "2026-03-15"
