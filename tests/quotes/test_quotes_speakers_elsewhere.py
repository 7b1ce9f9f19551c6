"""quotes24 (issue 15): who said it when the speech verb or the name is elsewhere.

Every text here is our own; the tests run the pipeline on short invented articles (the layouts
depend on the parse and on the entity stage's links together).
"""

from __future__ import annotations


def _quote_with(record, words: str):
    return next(q for q in record.quotes if words in q.content.text)


def _entity(record, name: str) -> str:
    return next(e.id for e in record.entities if e.name == name)


def test_began_after_a_quotation_closed_by_a_comma_is_its_cue_and_the_bare_paragraphs_go_on(pipeline):
    text = ('Harriet Vance opened the new library in Dunmore on Monday.\n\n'
            '"We have waited for this building for thirty years," she began.\n\n'
            '"The old reading room had no heating and no lift."\n\n'
            '"Now every child in the valley has a place to study."')
    record = pipeline.extract(text)
    vance = _entity(record, "Harriet Vance")
    first = _quote_with(record, "thirty years")
    assert (first.cue.text, first.speaker.entity) == ("began", vance)
    for words in ("no heating", "every child"):
        assert _quote_with(record, words).speaker.entity == vance


def test_began_with_no_quotation_reports_nothing(pipeline):
    record = pipeline.extract("The talks began on Monday in Leeds. Prices began to fall in March.")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == "began"]


def test_a_bare_quotation_goes_on_from_the_paragraph_where_a_quotation_run_over_paragraphs_ends(pipeline):
    opening = ('Ann Lee runs the harbour trust. She said: "We asked the council for help every year.\n\n'
               '"The answer was always the same, and we stopped asking."')
    for gap in ("\n\n", " "):
        record = pipeline.extract(opening + gap + '"Nobody on the board believes the council any more."')
        quote = _quote_with(record, "Nobody on the board")
        assert quote.speaker is not None and quote.speaker.entity == _entity(record, "Ann Lee")


def test_a_person_named_between_stops_the_run(pipeline):
    text = ('Ann Lee runs the harbour trust. She said: "We asked the council for help every year.\n\n'
            '"The answer was always the same, and we stopped asking." The letter reached Tom Reed in May '
            'and the reply came in June. "Nobody on the board believes the council any more."')
    record = pipeline.extract(text)
    quote = _quote_with(record, "Nobody on the board")
    assert quote.speaker is None or quote.speaker.entity != _entity(record, "Ann Lee")


def test_a_description_by_age_speaking_refers_back_whatever_its_noun(pipeline):
    # "electrician" is in no table of person nouns: the verb of saying says it is a person
    record = pipeline.extract("Police in Carlow arrested Tomas Brennan after the fire at the depot on Friday.\n\n"
                              "The 52-year-old electrician said he had been at home all evening.")
    assert _quote_with(record, "at home").speaker.entity == _entity(record, "Tomas Brennan")


def test_a_description_by_age_is_never_the_person_the_crime_was_done_by_nor_a_body(pipeline):
    record = pipeline.extract("Tom Reed stabbed a neighbour on Friday.\n\n"
                              "The 40-year-old victim said he had been at home all evening.")
    assert _quote_with(record, "at home").speaker.entity != _entity(record, "Tom Reed")
    record = pipeline.extract("Tom Reed runs a bakery in Leeds.\n\nThe 150-year-old company said profits fell.")
    assert _quote_with(record, "profits fell").speaker.entity != _entity(record, "Tom Reed")


def test_a_quotation_after_the_cue_phrase_and_a_comma_is_what_was_said(pipeline):
    for cue in ("added hours later", "added on Sunday", "added"):
        record = pipeline.extract("The storm closed the harbour at Kilbride for two days.\n\n"
                                  f'The harbour master {cue}, "Nobody should take a boat out until Thursday."')
        quote = _quote_with(record, "Nobody should")
        assert (quote.kind, quote.cue.text, quote.speaker.text) == ("direct", "added", "The harbour master")


def test_a_participle_before_a_comma_and_a_quotation_reports_it(pipeline):
    record = pipeline.extract('The paper praised the team, adding, "What a work-rate, what a midfield player!"')
    quote = _quote_with(record, "What a work-rate")
    assert (quote.cue.text, quote.speaker.text) == ("adding", "The paper")


def test_a_cue_with_a_clause_of_its_own_keeps_it_and_an_interrupted_quotation_stays_one(pipeline):
    record = pipeline.extract('Ann Lee said the harbour was closed, "and nobody should take a boat out until Thursday."')
    assert _quote_with(record, "harbour was closed").content.text == "the harbour was closed"
    record = pipeline.extract('"We will sail again," the captain said on Monday, "but not this week."')
    quote = _quote_with(record, "sail again")
    assert "not this week" in quote.content.text and quote.speaker.text == "the captain"


def test_a_reported_statement_holding_the_title_of_a_work_is_indirect(pipeline):
    record = pipeline.extract('Asked about the series, the actor revealed that he called the show '
                              '"The Long Grey Road," a name his daughter chose.')
    quote = _quote_with(record, "he called the show")
    assert (quote.kind, quote.cue.text) == ("indirect", "revealed")


def test_words_of_the_speaker_quoted_inside_a_report_keep_it_mixed(pipeline):
    record = pipeline.extract('The minister said the plan was "a dangerous gamble" and would fail.')
    assert _quote_with(record, "dangerous gamble").kind == "mixed"


def test_a_lead_on_an_unnamed_person_is_the_person_named_with_an_age_in_the_next_sentence(pipeline):
    text = ("A nurse says she has not slept properly for a month.\n\n"
            'Maria Delgado, 45, works night shifts at the hospital in Fenwick. "We are at breaking point," she said.')
    record = pipeline.extract(text)
    assert _quote_with(record, "not slept").speaker.entity == _entity(record, "Maria Delgado")


def test_a_lead_description_after_a_name_or_before_a_name_without_an_age_is_left_alone(pipeline):
    for text in ("Tom Reed runs the ward. A nurse says she has not slept properly for a month.\n\n"
                 "Maria Delgado, 45, works night shifts at the hospital in Fenwick.",
                 "A nurse says she has not slept properly for a month.\n\n"
                 "Maria Delgado works night shifts at the hospital in Fenwick."):
        record = pipeline.extract(text)
        quote = _quote_with(record, "not slept")
        assert quote.speaker.entity != _entity(record, "Maria Delgado")


_BAKERY = ("Ruth Hale has run the bakery in Marston for twenty years. "
           "Tom Reed, the council leader, wants the street closed to cars.\n\n")


def test_her_quoted_sentences_keep_her_the_subject_pronouns_antecedent(pipeline):
    for text in (_BAKERY + 'She said: "We open at six every morning. The vans bring flour twice a week. '
                 'Without them we cannot bake. Nobody at the council asked us. We found out from a leaflet."\n\n'
                 "She added that the shop would stay open until the end of the year.",
                 _BAKERY + '"We open at six every morning. The vans bring flour twice a week. Without them we '
                 'cannot bake," she said. "Nobody at the council asked us. We found out from a leaflet. '
                 'It was a shock."\n\n"We will fight this in every way we can," she concluded.'):
        record = pipeline.extract(text)
        last = record.quotes[-1]
        assert last.speaker.entity == _entity(record, "Ruth Hale")


def test_sentences_of_the_narrative_still_end_the_pronouns_reach(pipeline):
    text = (_BAKERY + "The street was built in 1870. Carts used it for a century. Buses came in 1950. "
            "The market moved away in 1990. She added that the shop would stay open until the end of the year.")
    record = pipeline.extract(text)
    quote = _quote_with(record, "stay open")
    assert quote.speaker.entity != _entity(record, "Ruth Hale")


def test_quoted_sentences_of_someone_else_do_not_bring_back_a_person_named_earlier(pipeline):
    text = ("Ruth Hale opened the bakery in Marston in 1990.\n\n"
            'The trust said: "We open at six every morning. The vans bring flour twice a week. '
            'Without them we cannot bake. Nobody at the council asked us. We found out from a leaflet."\n\n'
            "She added that the shop would stay open until the end of the year.")
    record = pipeline.extract(text)
    quote = _quote_with(record, "stay open")
    assert quote.speaker.entity != _entity(record, "Ruth Hale")
