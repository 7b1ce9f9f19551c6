"""Rules from the misses of the second held-out quote set (tests/quotes/test_quotes_heldout2.py) and of
the PolNeAR train dev half (issue 15, session 13), each tested here on sentences of our own --
none of them is a sentence of that set or of PolNeAR:

- a one-word quotation the parser made the subject of the cue (``"Nobody," said the inspector,
  "..."``) is what was said, not the speaker: the speaker is the noun phrase after the cue;
- a spokesperson named in apposition (``The league's spokesman Carl Boyd put it this way:``,
  ``the firm's spokeswoman, Ida Lang,``) speaks in his or her own name, not the body's (an
  unnamed one still speaks for the body);
- ``according to X`` set off by commas inside a sentence (``The coach, according to three players,
  had lost ...``) reports the whole sentence around it, as an interposed ``X said`` does;
- ``it`` or an unowned statement noun as a speaker (``It read:``, ``The statement said``) right after
  a sentence in which a named person or body gave a statement (``X shared a statement on Facebook.``)
  is that giver;
- ``the words of X were simple: "..."``: ``word`` is a noun of saying (data/speech_cues.tsv), whose
  owner introduces the quotation after the colon as the owner of a ``message`` does;
- what a poll, a survey, a study or data show or find is the noun phrase put forward (``the
  survey showed a steep fall in trust``), with the phrases that describe it, not a time after it;
  another subject (``the film shows``, ``police found``) reports nothing.
"""

from __future__ import annotations

from quotes_heldout import quotes_of

PUBLISHED = "2025-11-20"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, speaker entity name) of each quote."""
    return quotes_of(extract, text, PUBLISHED)


# ------------------------------------------------------------------------- a quoted word as subject

def test_a_one_word_quotation_before_the_cue_is_not_the_speaker(extract) -> None:
    found = _quotes(extract, '"Never," said the harbour master, Olaf Brekke, "have I seen the sea this high."')
    assert found and all(speaker is not None and "harbour master" in speaker for _, speaker, _ in found)
    assert any("have I seen the sea this high" in content for content, _, _ in found)


def test_a_subject_before_the_cue_outside_quotation_marks_is_still_the_speaker(extract) -> None:
    found = _quotes(extract, 'Nobody said the ferry would sail on time.')
    assert [(c, s) for c, s, _ in found] == [("the ferry would sail on time", "Nobody")]


# ------------------------------------------------------------------------- a named spokesperson

def test_a_spokesperson_named_before_a_colon_speaks_in_his_own_name(extract) -> None:
    found = _quotes(extract, "The league's spokesman Carl Boyd put it this way:\n\n"
                             "\"Every club was told about the new rules in March.\"")
    assert [e for _, _, e in found] == ["Carl Boyd"]


def test_a_spokesperson_named_in_apposition_is_the_named_person(extract) -> None:
    found = _quotes(extract, 'The firm\'s spokeswoman, Ida Lang, was brief: "We have nothing to add."')
    assert [e for _, _, e in found] == ["Ida Lang"]


def test_an_unnamed_spokesperson_still_speaks_for_the_body(extract) -> None:
    found = _quotes(extract, 'The Harwick Rail Company\'s spokeswoman was brief: "We have nothing to add."')
    assert [e for _, _, e in found] == ["Harwick Rail Company"]


# ------------------------------------------------------------------------- what a poll shows

def test_what_a_survey_shows_is_the_noun_phrase_it_puts_forward(extract) -> None:
    found = _quotes(extract, "The survey showed a steep fall in trust among younger voters.")
    assert [(c, s) for c, s, _ in found] == [("a steep fall in trust among younger voters", "The survey")]


def test_what_a_poll_shows_keeps_its_description_but_not_a_time(extract) -> None:
    found = _quotes(extract, "A poll by the Marrow Institute shows the governor with a narrow lead over his rival.")
    assert [c for c, _, _ in found] == ["the governor with a narrow lead over his rival"]
    found = _quotes(extract, "The study found no rise in traffic on Sunday.")
    assert [c for c, _, _ in found] == ["no rise in traffic"]


def test_what_a_film_shows_or_police_find_is_no_quote(extract) -> None:
    assert _quotes(extract, "The documentary shows an old fisherman mending his nets.") == []
    assert _quotes(extract, "Officers found a loaded rifle in the boot of the car.") == []


# ------------------------------------------------------------------------- "according to" set off

def test_according_to_set_off_by_commas_inside_the_sentence_reports_the_whole_sentence(extract) -> None:
    found = _quotes(extract, "The coach, according to three players, had lost the dressing room by March.")
    assert [(c, s) for c, s, _ in found] == [
        ("The coach, according to three players, had lost the dressing room by March", "three players")]


def test_according_to_at_either_end_reports_the_rest_of_the_sentence(extract) -> None:
    assert [c for c, _, _ in _quotes(extract, "The pool will stay shut until May, according to the trust.")] == [
        "The pool will stay shut until May"]
    assert [c for c, _, _ in _quotes(extract, "According to the trust, the pool will stay shut until May.")] == [
        "the pool will stay shut until May"]


# ------------------------------------------------------------------------- "It read:" after a statement

def test_it_after_a_statement_given_in_the_sentence_before_is_the_giver(extract) -> None:
    found = _quotes(extract, 'Rabbi Noam Feld shared a statement on Facebook. It read: "We stand with our neighbours."')
    assert [(s, e) for _, s, e in found] == [("It", "Noam Feld")]
    found = _quotes(extract, "The Calder Ferry Company issued a statement on Friday. "
                             'The statement said every crossing had been "cancelled as a precaution."')
    assert [e for _, _, e in found] == ["Calder Ferry Company"]


def test_it_without_a_statement_before_is_not_linked_to_a_giver(extract) -> None:
    found = _quotes(extract, 'Rabbi Noam Feld visited the school on Friday. It read: "Welcome, visitors."')
    assert all(e != "Noam Feld" for _, _, e in found)


# ------------------------------------------------------------------------- "the words of X were:"

def test_the_owner_of_words_before_a_colon_speaks_the_quotation(extract) -> None:
    found = _quotes(extract, 'The words of harbour master Iain Rennie were simple: "Stay off the rocks."')
    assert [(c, e) for c, _, e in found] == [("Stay off the rocks", "Iain Rennie")]


def test_words_without_a_quotation_report_nothing(extract) -> None:
    assert _quotes(extract, "He could not find the words to describe the valley at dawn.") == []
    assert _quotes(extract, "In other words, the ferry will not sail this winter.") == []
