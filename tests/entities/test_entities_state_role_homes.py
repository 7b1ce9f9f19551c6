"""codes37 (issue 15, item 2): the country of people and bodies whose country the text gives only through a
place that possesses them or a state body they serve; no country where there is no such evidence. Hand-built
Docs of sentences written for these tests."""

from __future__ import annotations


def division_rows(last: str, rest: list[tuple]):
    # Ohio 's Mary Tolland <rest>
    return [
        ('Ohio', 'NNP', 'PROPN', 3, 'poss', 'B-GPE', True),
        ("'s", 'POS', 'PART', 0, 'case', 'O', False),
        ('Mary', 'NNP', 'PROPN', 3, 'compound', 'B-PERSON', False),
        (last, 'NNP', 'PROPN', 5, 'nsubj', 'I-PERSON', False),
        *rest,
    ]


def test_a_division_possessing_a_name_in_a_sentence_of_elected_office_gives_its_country(stage_entities):
    # Ohio 's Mary Tolland could lose her seat .
    ents = stage_entities(division_rows("Tolland", [
        ('could', 'MD', 'AUX', 5, 'aux', 'O', False),
        ('lose', 'VB', 'VERB', 5, 'ROOT', 'O', False),
        ('her', 'PRP$', 'PRON', 7, 'poss', 'O', False),
        ('seat', 'NN', 'NOUN', 5, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 5, 'punct', 'O', False),
    ]))
    person = ents["Mary Tolland"]
    assert person.country == "USA"
    assert person.sector == []  # which office it is the text does not say


def test_a_division_possessing_a_name_elsewhere_gives_no_country(stage_entities):
    # Ohio 's Mary Tolland won the marathon .
    ents = stage_entities(division_rows("Tolland", [
        ('could', 'MD', 'AUX', 5, 'aux', 'O', False),
        ('win', 'VB', 'VERB', 5, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 7, 'det', 'O', False),
        ('marathon', 'NN', 'NOUN', 5, 'dobj', 'O', False),
        ('.', '.', 'PUNCT', 5, 'punct', 'O', False),
    ]))
    assert ents["Mary Tolland"].country is None


def apposition_rows(noun: str):
    # Spain 's new <noun> , Tom Hart , spoke .
    return [
        ('Spain', 'NNP', 'PROPN', 3, 'poss', 'B-GPE', True),
        ("'s", 'POS', 'PART', 0, 'case', 'O', False),
        ('new', 'JJ', 'ADJ', 3, 'amod', 'O', False),
        (noun, 'NN', 'NOUN', 8, 'nsubj', 'O', False),
        (',', ',', 'PUNCT', 3, 'punct', 'O', False),
        ('Tom', 'NNP', 'PROPN', 6, 'compound', 'B-PERSON', False),
        ('Hart', 'NNP', 'PROPN', 3, 'appos', 'I-PERSON', False),
        (',', ',', 'PUNCT', 3, 'punct', 'O', False),
        ('spoke', 'VBD', 'VERB', 8, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 8, 'punct', 'O', False),
    ]


def test_a_name_apposed_to_a_country_possessed_noun_is_of_that_country(stage_entities):
    assert stage_entities(apposition_rows("coach"))["Tom Hart"].country == "ESP"


def test_a_country_possessing_a_critic_is_no_home(stage_entities):
    assert stage_entities(apposition_rows("critic"))["Tom Hart"].country is None


def chair_rows(first: str, second: str):
    # <first> <second> Committee Chairman Tom Reed met the governor in Ohio .
    return [
        (first, 'NNP', 'PROPN', 2, 'compound', 'B-ORG', True),
        (second, 'NNP', 'PROPN', 2, 'compound', 'I-ORG', False),
        ('Committee', 'NNP', 'PROPN', 3, 'compound', 'I-ORG', False),
        ('Chairman', 'NNP', 'PROPN', 5, 'compound', 'O', False),
        ('Tom', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
        ('Reed', 'NNP', 'PROPN', 6, 'nsubj', 'I-PERSON', False),
        ('met', 'VBD', 'VERB', 6, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 8, 'det', 'O', False),
        ('governor', 'NN', 'NOUN', 6, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 6, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 9, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 6, 'punct', 'O', False),
    ]


def test_the_chair_of_a_chambers_committee_holds_a_state_office(stage_entities):
    person = stage_entities(chair_rows("Senate", "Finance"))["Tom Reed"]
    assert person.country == "USA"
    assert "BUS" not in person.sector and "LEG" in person.sector


def test_the_chair_of_a_committee_of_no_chamber_keeps_the_business_code(stage_entities):
    person = stage_entities(chair_rows("Acme", "Audit"))["Tom Reed"]
    assert person.country is None
    assert "BUS" in person.sector


def test_a_named_protective_service_of_no_country_is_the_storys(stage_entities):
    # Secret Service agents guarded the governor in Ohio .
    rows = [
        ('Secret', 'NNP', 'PROPN', 1, 'compound', 'B-ORG', True),
        ('Service', 'NNP', 'PROPN', 2, 'compound', 'I-ORG', False),
        ('agents', 'NNS', 'NOUN', 3, 'nsubj', 'O', False),
        ('guarded', 'VBD', 'VERB', 3, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 5, 'det', 'O', False),
        ('governor', 'NN', 'NOUN', 3, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 3, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 6, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 3, 'punct', 'O', False),
    ]
    body = stage_entities(rows)["Secret Service"]
    assert body.country == "USA" and body.sector == ["SPY"]


def ballot_rows(verb: str, prep: str):
    # She would <verb> <prep> Dana Kell in Ohio .
    return [
        ('She', 'PRP', 'PRON', 2, 'nsubj', 'O', True),
        ('would', 'MD', 'AUX', 2, 'aux', 'O', False),
        (verb, 'VB', 'VERB', 2, 'ROOT', 'O', False),
        (prep, 'IN', 'ADP', 2, 'prep', 'O', False),
        ('Dana', 'NNP', 'PROPN', 5, 'compound', 'B-PERSON', False),
        ('Kell', 'NNP', 'PROPN', 3, 'pobj', 'I-PERSON', False),
        ('in', 'IN', 'ADP', 2, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 6, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 2, 'punct', 'O', False),
    ]


def test_a_person_voted_for_stands_for_office_in_the_storys_country(stage_entities):
    assert stage_entities(ballot_rows("vote", "for"))["Dana Kell"].country == "USA"
    assert stage_entities(ballot_rows("write", "in"))["Dana Kell"].country == "USA"


def test_a_person_written_to_is_no_candidate(stage_entities):
    person = stage_entities(ballot_rows("write", "to"))["Dana Kell"]
    assert person.country is None and person.sector == []


def senate_rows(place: str):
    # The Senate passed the budget in <place> .
    return [
        ('The', 'DT', 'DET', 1, 'det', 'O', True),
        ('Senate', 'NNP', 'PROPN', 2, 'nsubj', 'B-ORG', False),
        ('passed', 'VBD', 'VERB', 2, 'ROOT', 'O', False),
        ('the', 'DT', 'DET', 4, 'det', 'O', False),
        ('budget', 'NN', 'NOUN', 2, 'dobj', 'O', False),
        ('in', 'IN', 'ADP', 2, 'prep', 'O', False),
        (place, 'NNP', 'PROPN', 5, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 2, 'punct', 'O', False),
    ]


def test_a_chambers_common_name_in_another_countrys_story_is_that_countrys(stage_entities):
    # the actor dictionary files "senate" under one country; a story set in Lagos names that country nowhere
    assert stage_entities(senate_rows("Lagos"))["Senate"].country == "NGA"


def test_a_chambers_common_name_in_a_story_of_the_dictionarys_country_keeps_its_code(stage_entities):
    assert stage_entities(senate_rows("Ohio"))["Senate"].country == "USA"


def apposed_office_rows(modifier: tuple[str, str, str, str], noun: str):
    # Dan Oberly , a <modifier> <noun> , spoke in Ohio .
    word, tag, pos, dep = modifier
    return [
        ('Dan', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
        ('Oberly', 'NNP', 'PROPN', 7, 'nsubj', 'I-PERSON', False),
        (',', ',', 'PUNCT', 1, 'punct', 'O', False),
        ('a', 'DT', 'DET', 5, 'det', 'O', False),
        (word, tag, pos, 5, dep, 'O', False),
        (noun, 'NN', 'NOUN', 1, 'appos', 'O', False),
        (',', ',', 'PUNCT', 1, 'punct', 'O', False),
        ('spoke', 'VBD', 'VERB', 7, 'ROOT', 'O', False),
        ('in', 'IN', 'ADP', 7, 'prep', 'O', False),
        ('Ohio', 'NNP', 'PROPN', 8, 'pobj', 'B-GPE', False),
        ('.', '.', 'PUNCT', 7, 'punct', 'O', False),
    ]


def test_an_indefinite_apposition_naming_a_state_office_gives_its_sector_and_the_storys_country(stage_entities):
    person = stage_entities(apposed_office_rows(('state', 'NN', 'NOUN', 'compound'), "senator"))["Dan Oberly"]
    assert person.country == "USA" and person.sector == ["LEG"]


def test_a_past_office_in_apposition_gives_no_codes(stage_entities):
    person = stage_entities(apposed_office_rows(('former', 'JJ', 'ADJ', 'amod'), "senator"))["Dan Oberly"]
    assert person.country is None and person.sector == []


def test_an_office_noun_another_common_noun_modifies_is_no_states(stage_entities):
    person = stage_entities(apposed_office_rows(('club', 'NN', 'NOUN', 'compound'), "judge"))["Dan Oberly"]
    assert person.country is None and person.sector == []


def test_a_loose_office_noun_in_apposition_gives_no_codes(stage_entities):
    person = stage_entities(apposed_office_rows(('new', 'JJ', 'ADJ', 'amod'), "spokesman"))["Dan Oberly"]
    assert person.country is None


def member_rows(former: bool, body: str = "Congress", body_ent: str = "B-ORG"):
    # Dan Oberly , a [former] member of <body> , spoke .
    k = 1 if former else 0
    rows = [
        ('Dan', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', True),
        ('Oberly', 'NNP', 'PROPN', 8 + k, 'nsubj', 'I-PERSON', False),
        (',', ',', 'PUNCT', 1, 'punct', 'O', False),
        ('a', 'DT', 'DET', 4 + k, 'det', 'O', False),
    ]
    if former:
        rows.append(('former', 'JJ', 'ADJ', 5, 'amod', 'O', False))
    rows += [
        ('member', 'NN', 'NOUN', 1, 'appos', 'O', False),
        ('of', 'IN', 'ADP', 4 + k, 'prep', 'O', False),
        (body, 'NNP', 'PROPN', 5 + k, 'pobj', body_ent, False),
        (',', ',', 'PUNCT', 1, 'punct', 'O', False),
        ('spoke', 'VBD', 'VERB', 8 + k, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', 8 + k, 'punct', 'O', False),
    ]
    return rows


def test_a_member_of_a_state_body_takes_its_country_and_sector(stage_entities):
    person = stage_entities(member_rows(False))["Dan Oberly"]
    assert person.country == "USA" and person.sector == ["LEG"]


def test_a_former_member_of_a_state_body_takes_its_country_only(stage_entities):
    person = stage_entities(member_rows(True))["Dan Oberly"]
    assert person.country == "USA" and person.sector == []


def test_a_member_of_a_body_of_no_code_takes_nothing(stage_entities):
    person = stage_entities(member_rows(False, "Zorvex"))["Dan Oberly"]
    assert person.country is None and person.sector == []
