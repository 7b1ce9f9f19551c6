"""Rules from the misses of the third held-out quote set (tests/quotes/test_quotes_heldout3.py; issue 15,
session 14), each tested here on sentences of our own -- none of them is a sentence of that set:

- a past form of a cue right after a quotation closed by a comma is the cue in inverted order
  even when the parser made it an adjective of the speaker phrase after it (``"...," posted
  singer Ann Lee from her tour bus``); the cue is no part of the speaker phrase;
- ``verdict``, ``response`` and ``reply`` are nouns of saying (data/speech_cues.tsv): their owner
  introduces the quotation after a colon (``The response from the union's leader, X, was blunt:``);
- a quotation followed by a dash and a clause pointing back at it with ``that`` or ``this``:
  ``"..." — that is how X describes ...`` / ``that is what X promised`` (the subject of the cue
  verb in the ``how`` / ``what`` clause), ``that was the message from X`` (the owner of the
  statement noun) is said by that speaker;
- a capitalised title before a name the model left untagged (``Sheriff Wade Pettigrew``, ``Chief
  Superintendent Ilse Varga``) makes the name a person (entities.py ``_capitalised_title_before``),
  not when the capitalised words after it name a kind of people or a place;
- a past form of a cue the parser hung as a modifier on the noun phrase right after a quotation
  closed by a comma (``"...," the Albion coach, X, posted on Instagram``) has that phrase as subject;
- a short second part of a quotation interrupted by its attribution (``"...," the captain said
  — "finished, done."``) is no scare quote: the two parts are one quote; nor is a short quoted
  sentence right after a sentence of a quotation and its attribution (``"...," X wrote on Facebook.
  "I am staying."``): it is joined to the quote before it, as a second part is;
- an opening participle phrase the parser made the subject (``Writing on Facebook, X, 52, said``)
  gives way to the name it hung on it as an apposition; a short quotation a dash pointer names a
  speaker for is a quote.
"""

from __future__ import annotations

from quotes_heldout import quotes_of

PUBLISHED = "2026-03-10"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, speaker entity name) of each quote."""
    return quotes_of(extract, text, PUBLISHED)


# ------------------------------------------------------------------------- an inverted cue read as an adjective

def test_an_inverted_post_cue_before_a_role_and_name(extract) -> None:
    found = _quotes(extract, '"Three shows down, forty to go. Thank you Glasgow," posted singer Nadia Korsakova '
                             'from her tour bus.')
    assert len(found) == 1
    content, speaker, entity = found[0]
    assert content.startswith("Three shows down") and entity == "Nadia Korsakova"
    assert not speaker.startswith("posted")


def test_a_participle_before_a_noun_is_still_adjectival(extract) -> None:
    found = _quotes(extract, 'The stated aim of the new levy is to cut traffic in the old town by a third.')
    assert not any(speaker and "aim" in speaker for _, speaker, _ in found)


# ------------------------------------------------------------------------- response / verdict before a colon

def test_the_owner_of_a_response_before_a_colon_speaks(extract) -> None:
    found = _quotes(extract, "The response from the union's leader, Mara Quist, was blunt:\n\n"
                             "\"We will strike on Monday and we will stay out until they listen.\"")
    assert [(c[:20], e) for c, _, e in found] == [("We will strike on Mo", "Mara Quist")]


def test_an_unowned_verdict_names_nobody(extract) -> None:
    found = _quotes(extract, 'The verdict was read out shortly after noon. "Nobody in this family will ever '
                             'forgive him," one of the victims\' cousins said outside.')
    assert len(found) == 1 and "cousins" in found[0][1]


# ------------------------------------------------------------------------- a dash and "that is how X ..."

def test_that_is_how_after_a_dash_names_the_speaker(extract) -> None:
    found = _quotes(extract, '"A shambles from start to finish" \u2013 this was how union boss Gary Moffat '
                             'put it on Friday.')
    assert [(c, e) for c, _, e in found] == [("A shambles from start to finish", "Gary Moffat")]


def test_that_was_the_message_from_after_a_dash(extract) -> None:
    found = _quotes(extract, '"We are not going back to work for crumbs" \u2014 that was the message from the '
                             'nurses on the picket line.')
    assert len(found) == 1 and found[0][1] is not None and "nurses" in found[0][1]


def test_a_dash_and_a_pointer_without_a_speaker_gives_none(extract) -> None:
    found = _quotes(extract, '"The Winds of Late September" \u2014 that is the record that made her famous.')
    assert all(speaker is None for _, speaker, _ in found)


# ------------------------------------------------------------------------- a capitalised title before an untagged name

def test_a_capitalised_title_before_an_untagged_name_gives_the_person(extract) -> None:
    found = _quotes(extract, "Sheriff Wade Pettigrew told deputies on Friday that the road would stay shut.")
    assert [e for _, _, e in found] == ["Wade Pettigrew"]


def test_a_two_word_title_before_an_untagged_name(extract) -> None:
    found = _quotes(extract, "Chief Superintendent Ilse Varga appealed for calm.\n\n"
                             "\"Nobody should take the law into their own hands,\" she said.")
    assert [e for _, _, e in found] == ["Ilse Varga"]


def test_a_title_before_words_naming_a_kind_of_people_is_no_name(extract) -> None:
    record = extract("Student Mentor Scheme volunteers said the sessions were full.", published=PUBLISHED)
    assert not any(e.type == "PERSON" and e.name == "Mentor Scheme" for e in record.entities)


# ------------------------------------------------------------------------- a cue hung on the speaker phrase

def test_a_cue_the_parser_hung_on_the_speaker_phrase_after_a_quotation(extract) -> None:
    found = _quotes(extract, '"We go again on Saturday and we go to win," the Albion coach, Dario Fenn, '
                             'posted on Instagram.')
    assert [(c[:12], e) for c, _, e in found] == [("We go again ", "Dario Fenn")]


def test_a_participle_of_a_noun_phrase_is_no_cue_of_it(extract) -> None:
    found = _quotes(extract, 'The report published by the council on Monday runs to forty pages.')
    assert not any(speaker and "report" in speaker for _, speaker, _ in found)


# ------------------------------------------------------------------------- a short second part after a dash

def test_a_short_second_part_after_the_attribution_and_a_dash(extract) -> None:
    found = _quotes(extract, '"The season is over," the captain said \u2014 "finished, done."')
    assert len(found) == 1 and found[0][0].endswith("finished, done") and found[0][1] == "the captain"


def test_a_short_quotation_after_a_scare_quote_inside_a_sentence_stays_out(extract) -> None:
    found = _quotes(extract, 'Locals called it "the Big Dig," he said, "for years."')
    assert not any(content == "for years" for content, _, _ in found)


# ------------------------------------------------------------------------- a short sentence after "...," X said.

def test_a_short_quoted_sentence_after_a_quotation_and_its_attribution(extract) -> None:
    found = _quotes(extract, '"They can sack me if they want," the keeper wrote on Facebook. "I am staying."')
    assert len(found) == 1 and found[0][1] == "the keeper"
    assert found[0][0].startswith("They can sack me") and found[0][0].endswith("I am staying")


def test_a_short_scare_quote_opening_a_sentence_after_an_attribution_stays_out(extract) -> None:
    found = _quotes(extract, '"We drew," the keeper said. "Progress" was the word he used later.')
    assert not any(content == "Progress" for content, _, _ in found)


# ------------------------------------------------------------------------- an opening participle taken for the subject

def test_an_opening_participle_made_subject_gives_way_to_the_name_after_it(extract) -> None:
    found = _quotes(extract, 'Writing on Facebook, Gail Brennock, 52, said: "The dog came home on her own '
                             'at six this morning."')
    assert [e for _, _, e in found] == ["Gail Brennock"]


def test_a_gerund_subject_without_a_name_after_it_is_left_alone(extract) -> None:
    found = _quotes(extract, 'Cutting the tax, economists say, would help the poorest families.')
    assert all(speaker == "economists" for _, speaker, _ in found)


# ------------------------------------------------------------------------- a short quotation a dash pointer claims

def test_a_short_quotation_with_a_dash_pointer_is_a_quote(extract) -> None:
    found = _quotes(extract, '"Utterly shameful" \u2014 that is how the council leader, Joan Pell, described '
                             'the vandalism.')
    assert [(c, e) for c, _, e in found] == [("Utterly shameful", "Joan Pell")]


def test_a_short_quotation_with_a_dash_and_no_speaker_stays_out(extract) -> None:
    assert _quotes(extract, '"Crumbs" \u2014 that was all we could find in the tin.') == []


def test_a_tabloid_title_with_of_and_a_number_before_an_untagged_name(extract) -> None:
    found = _quotes(extract, "Grandmother-of-five Edna Quarrie, 79, said: 'I have lived on this street "
                             "since 1968 and never seen anything like it.'")
    assert [e for _, _, e in found] == ["Edna Quarrie"]
