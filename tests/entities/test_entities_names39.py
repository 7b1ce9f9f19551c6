"""Bodies' names with an inner function word that the model splits or leaves untagged (issue 15,
session 35, branch names39; hand-built Docs and sentences of our own): ``<Noun> for <Country>`` inside
a sentence, an article after ``for`` (``Committee for a Balanced Budget``)."""

from __future__ import annotations

from tests.entity_lookup import entity_of

PUBLISHED = "2016-05-01"

# (word, tag, pos, head, dep, ent, sentence start)


def _treasurer(noun: str, noun_tag: str = "NNP") -> list[tuple]:
    """"Ann Lee , <noun> for Chile 's treasurer , spoke ." (the model tagged the country alone)"""
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Lee", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
            (",", ",", "PUNCT", 1, "punct", "O", False),
            (noun, noun_tag, "PROPN", 8, "poss", "O", False),
            ("for", "IN", "ADP", 3, "prep", "O", False),
            ("Chile", "NNP", "PROPN", 4, "pobj", "B-GPE", False),
            ("'s", "POS", "PART", 5, "case", "O", False),
            ("chief", "JJ", "ADJ", 8, "amod", "O", False),
            ("treasurer", "NN", "NOUN", 1, "appos", "O", False),
            (",", ",", "PUNCT", 1, "punct", "O", False),
            ("spoke", "VBD", "VERB", 10, "ROOT", "O", False),
            (".", ".", "PUNCT", 10, "punct", "O", False)]


def test_a_capitalised_noun_for_a_country_inside_a_sentence_is_a_body(stage_entities) -> None:
    found = stage_entities(_treasurer("Liberty"))
    assert found["Liberty for Chile"].type == "ORG"
    assert not any(name == "Chile" for name in found)


def test_a_title_for_a_country_is_no_body(stage_entities) -> None:
    # "Ann Lee , Minister for Chile 's ..." : a title's "for", no name of a body
    found = stage_entities(_treasurer("Minister"))
    assert "Minister for Chile" not in found


def test_a_noun_for_a_country_opening_a_sentence_needs_the_name_inside_one_elsewhere(stage_entities) -> None:
    # "Liberty for Chile met . " alone: the first word of a sentence is capitalised whatever it is
    rows = [("Liberty", "NNP", "PROPN", 3, "nsubj", "O", True), ("for", "IN", "ADP", 0, "prep", "O", False),
            ("Chile", "NNP", "PROPN", 1, "pobj", "B-GPE", False), ("met", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)]
    assert "Liberty for Chile" not in stage_entities(rows)
    # ... and with the name written inside a sentence after it, both are the body's
    shift = len(rows)
    later = [(w, t, p, h + shift, d, e, s) for (w, t, p, h, d, e, s) in _treasurer("Liberty")]
    found = stage_entities(rows + later)
    assert len([m for m in found["Liberty for Chile"].mentions if m.text == "Liberty for Chile"]) == 2


def test_an_article_after_for_opens_the_rest_of_a_bodys_name(stage_entities) -> None:
    # "Tom Reed advises the Committee for a Balanced State Budget ." with "Committee for" tagged alone
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("advises", "VBZ", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
            ("Committee", "NNP", "PROPN", 2, "dobj", "B-ORG", False), ("for", "IN", "ADP", 4, "prep", "I-ORG", False),
            ("a", "DT", "DET", 9, "det", "O", False), ("Balanced", "NNP", "PROPN", 9, "compound", "O", False),
            ("State", "NNP", "PROPN", 9, "compound", "O", False), ("Budget", "NNP", "PROPN", 5, "pobj", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Committee for a Balanced State Budget"].type == "ORG"
    assert "Committee for" not in found


def test_the_after_for_of_a_plural_noun_of_people_opens_no_name(stage_entities) -> None:
    # "Tom Reed faces Democrats for the White House ." : a race, no body called so
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("faces", "VBZ", "VERB", 2, "ROOT", "O", False), ("Democrats", "NNPS", "PROPN", 2, "dobj", "B-NORP", False),
            ("for", "IN", "ADP", 2, "prep", "O", False), ("the", "DT", "DET", 7, "det", "B-ORG", False),
            ("White", "NNP", "PROPN", 7, "compound", "I-ORG", False), ("House", "NNP", "PROPN", 4, "pobj", "I-ORG", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert not any(name.startswith("Democrats for") for name in stage_entities(rows))


def test_a_country_in_a_bodys_cause_is_no_place(extract) -> None:
    record = extract("The mailer was paid for by Ann Lee, Liberty for Chile's treasurer, who said the group "
                     "would grow.", published=PUBLISHED)
    assert entity_of(record.entities, "Liberty for Chile") is not None
    assert not any(p.name == "Chile" for p in record.places)


def _courier(prefix: str) -> list[tuple]:
    """"The <prefix> - Lee Harbor Courier endorsed Ann Lee ." with "<prefix> - Lee Harbor" tagged as one body"""
    return [("The", "DT", "DET", 5, "det", "O", True), (prefix, "JJ", "ADJ", 5, "amod", "B-ORG", False),
            ("-", "HYPH", "PUNCT", 5, "punct", "I-ORG", False), ("Lee", "NNP", "PROPN", 5, "compound", "I-ORG", False),
            ("Harbor", "NNP", "PROPN", 5, "compound", "I-ORG", False), ("Courier", "NNP", "PROPN", 6, "nsubj", "O", False),
            ("endorsed", "VBD", "VERB", 6, "ROOT", "O", False), ("Ann", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 6, "dobj", "I-PERSON", False), (".", ".", "PUNCT", 6, "punct", "O", False)]


def test_a_pro_modifier_is_no_word_of_a_bodys_name_that_goes_on_to_its_noun(stage_entities) -> None:
    found = stage_entities(_courier("pro"), spaces=[True, False, False, True, True, True, True, True, False, False])
    assert found["Harbor Courier"].type == "ORG"
    assert not any(name.startswith(("pro", "Lee Harbor")) for name in found)


def test_a_capitalised_prefix_is_a_word_of_the_name(stage_entities) -> None:
    rows = [(w if k != 1 else "Anti", *rest) for k, (w, *rest) in enumerate(_courier("Anti"))]
    found = stage_entities(rows, spaces=[True, False, False, True, True, True, True, True, False, False])
    assert "Harbor Courier" not in found


def _game(with_other: bool) -> list[tuple]:
    """"Fans watched the Denver Hawks beat the Omaha Gulls ." (the model: "the Denver Hawks" a body, or
    "Denver Hawks" a place and nothing; "Omaha" a place, "Gulls" a product)"""
    first = ("B-ORG", "I-ORG", "I-ORG") if with_other else ("O", "B-GPE", "O")
    return [("Fans", "NNS", "NOUN", 1, "nsubj", "O", True), ("watched", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 4, "det", first[0], False), ("Denver", "NNP", "PROPN", 4, "compound", first[1], False),
            ("Hawks", "NNPS", "PROPN", 5, "nsubj", first[2], False), ("beat", "VB", "VERB", 1, "ccomp", "O", False),
            ("the", "DT", "DET", 8, "det", "O", False), ("Omaha", "NNP", "PROPN", 8, "compound", "B-GPE", False),
            ("Gulls", "NNPS", "PROPN", 5, "dobj", "B-PRODUCT", False), (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_a_town_and_a_plural_beside_a_club_of_that_shape_is_a_club(stage_entities) -> None:
    found = stage_entities(_game(with_other=True))
    assert found["Denver Hawks"].type == "ORG"
    assert found["Omaha Gulls"].type == "ORG"


def test_a_town_and_a_plural_alone_is_no_club(stage_entities) -> None:
    assert "Omaha Gulls" not in stage_entities(_game(with_other=False))


def _pacs(first_alone: bool) -> list[tuple]:
    """"Lee gave to Harbor Action . Harbor Action and Correct the Count spent more ." with "Harbor Action
    and Correct the" tagged as one body (and "Harbor Action" alone in the first sentence, or not tagged)"""
    alone = ("B-ORG", "I-ORG") if first_alone else ("O", "O")
    return [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("gave", "VBD", "VERB", 1, "ROOT", "O", False),
            ("to", "IN", "ADP", 1, "prep", "O", False), ("Harbor", "NNP", "PROPN", 4, "compound", alone[0], False),
            ("Action", "NNP", "PROPN", 2, "pobj", alone[1], False), (".", ".", "PUNCT", 1, "punct", "O", False),
            ("Harbor", "NNP", "PROPN", 7, "compound", "B-ORG", True), ("Action", "NNP", "PROPN", 13, "nsubj", "I-ORG", False),
            ("and", "CC", "CCONJ", 7, "cc", "I-ORG", False), ("Correct", "NNP", "PROPN", 7, "conj", "I-ORG", False),
            ("the", "DT", "DET", 11, "det", "I-ORG", False), ("Count", "NNP", "PROPN", 9, "dobj", "O", False),
            ("spent", "VBD", "VERB", 13, "ROOT", "O", False), ("more", "JJR", "ADJ", 13, "dobj", "O", False),
            (".", ".", "PUNCT", 13, "punct", "O", False)]


def test_a_bodys_span_ending_in_the_goes_on_and_splits_at_a_name_given_alone(stage_entities) -> None:
    found = stage_entities(_pacs(first_alone=True))
    assert found["Correct the Count"].type == "ORG"
    assert len(found["Harbor Action"].mentions) == 2


def test_a_bodys_span_ending_in_the_goes_on_as_one_name_when_no_part_stands_alone(stage_entities) -> None:
    found = stage_entities(_pacs(first_alone=False))
    assert "Harbor Action and Correct the Count" in found


def _office(short: str) -> list[tuple]:
    """"Lee runs the Parks , Tourism and Sports Office ( <short> ) ." with "Parks" and "Tourism and
    Sports Office" tagged as two bodies"""
    return [("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("runs", "VBZ", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 3, "det", "O", False), ("Parks", "NNP", "PROPN", 1, "dobj", "B-ORG", False),
            (",", ",", "PUNCT", 3, "punct", "O", False), ("Tourism", "NNP", "PROPN", 3, "conj", "B-ORG", False),
            ("and", "CC", "CCONJ", 5, "cc", "I-ORG", False), ("Sports", "NNP", "PROPN", 8, "compound", "I-ORG", False),
            ("Office", "NNP", "PROPN", 5, "conj", "I-ORG", False), ("(", "-LRB-", "PUNCT", 8, "punct", "O", False),
            (short, "NNP", "PROPN", 8, "appos", "B-ORG", False), (")", "-RRB-", "PUNCT", 8, "punct", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]


_OFFICE_SPACES = [True, True, True, False, True, True, True, True, True, False, False, False, False]


def test_a_bodys_name_begins_where_its_bracketed_acronym_does(stage_entities) -> None:
    found = stage_entities(_office("PTSO"), spaces=_OFFICE_SPACES)
    assert found["Parks, Tourism and Sports Office"].type == "ORG"
    assert "Parks" not in found


def test_an_acronym_the_words_before_do_not_spell_moves_no_start(stage_entities) -> None:
    found = stage_entities(_office("TSO"), spaces=_OFFICE_SPACES)
    assert "Parks, Tourism and Sports Office" not in found


def _work(noun: str) -> list[tuple]:
    """"Ann Lee started Hope After Loss , a small <noun> ." with "Hope After Loss" tagged a work"""
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("started", "VBD", "VERB", 2, "ROOT", "O", False), ("Hope", "NNP", "PROPN", 2, "dobj", "B-WORK_OF_ART", False),
            ("After", "IN", "ADP", 3, "prep", "I-WORK_OF_ART", False), ("Loss", "NNP", "PROPN", 4, "pobj", "I-WORK_OF_ART", False),
            (",", ",", "PUNCT", 5, "punct", "O", False), ("a", "DT", "DET", 9, "det", "O", False),
            ("small", "JJ", "ADJ", 9, "amod", "O", False), (noun, "NN", "NOUN", 5, "appos", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]


def test_a_work_given_a_bodys_noun_in_apposition_is_a_body(stage_entities) -> None:
    found = stage_entities(_work("charity"))
    assert found["Hope After Loss"].type == "ORG"
    assert "Hope" not in found


def test_a_work_given_another_noun_stays_no_body(stage_entities) -> None:
    assert "Hope After Loss" not in stage_entities(_work("song"))


def test_a_work_after_of_a_founder_is_a_body(stage_entities) -> None:
    # "Ann Lee is a founder of Hope After Loss ."
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("is", "VBZ", "AUX", 2, "ROOT", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
            ("founder", "NN", "NOUN", 2, "attr", "O", False), ("of", "IN", "ADP", 4, "prep", "O", False),
            ("Hope", "NNP", "PROPN", 5, "pobj", "B-WORK_OF_ART", False), ("After", "IN", "ADP", 6, "prep", "I-WORK_OF_ART", False),
            ("Loss", "NNP", "PROPN", 7, "pobj", "I-WORK_OF_ART", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Hope After Loss"].type == "ORG"


def test_a_bodys_name_with_of_before_a_persons_title_stays_a_mention_of_the_body(stage_entities) -> None:
    # "Ministry of Health spokesman Tom Reed spoke ."
    rows = [("Ministry", "NNP", "PROPN", 4, "compound", "B-ORG", True), ("of", "IN", "ADP", 0, "prep", "I-ORG", False),
            ("Health", "NNP", "PROPN", 1, "pobj", "I-ORG", False), ("spokesman", "NN", "NOUN", 4, "compound", "O", False),
            ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False)]
    found = stage_entities(rows)
    assert [m.text for m in found["Ministry of Health"].mentions] == ["Ministry of Health"]
    assert "Tom Reed" in found


def _poll(town: str) -> list[tuple]:
    """"Monday 's <town> poll has Lee ahead . The <initial> poll also finds it ." with the town tagged a place"""
    initial = town[0]
    return [("Monday", "NNP", "PROPN", 3, "poss", "B-DATE", True), ("'s", "POS", "PART", 0, "case", "O", False),
            (town, "NNP", "PROPN", 3, "compound", "B-GPE", False), ("poll", "NN", "NOUN", 4, "nsubj", "O", False),
            ("has", "VBZ", "VERB", 4, "ROOT", "O", False), ("Lee", "NNP", "PROPN", 6, "nsubj", "B-PERSON", False),
            ("ahead", "RB", "ADV", 4, "ccomp", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
            ("The", "DT", "DET", 11, "det", "O", True), (initial, "NNP", "PROPN", 11, "compound", "B-ORG", False),
            ("poll", "NN", "NOUN", 13, "nsubj", "O", False), ("also", "RB", "ADV", 13, "advmod", "O", False),
            ("finds", "VBZ", "VERB", 13, "ROOT", "O", False), ("it", "PRP", "PRON", 13, "dobj", "O", False),
            (".", ".", "PUNCT", 13, "punct", "O", False)]


_POLL_SPACES = [False, True, True, True, True, True, False, True, True, True, True, True, True, False, False]


def test_a_small_towns_name_before_poll_is_the_pollster_and_its_initial_its_short_name(stage_entities) -> None:
    # Winthrop: towns of under 100,000 people only
    found = stage_entities(_poll("Winthrop"), spaces=_POLL_SPACES)
    assert [m.text for m in found["Winthrop"].mentions] == ["Winthrop", "W"]
    assert found["Winthrop"].type == "ORG"


def test_a_large_citys_name_before_poll_is_the_place_polled(stage_entities) -> None:
    found = stage_entities(_poll("Denver"), spaces=_POLL_SPACES)
    assert "Denver" not in found


def test_the_models_longer_span_after_for_the_keeps_the_whole_name(stage_entities) -> None:
    # "Lee leads the Office for the Care of the Parks ." tagged whole: "of the" inside the name stays
    words = ["Lee", "leads", "the", "Office", "for", "the", "Care", "of", "the", "Parks", "."]
    tags = ["NNP", "VBZ", "DT", "NNP", "IN", "DT", "NNP", "IN", "DT", "NNPS", "."]
    pos = ["PROPN", "VERB", "DET", "PROPN", "ADP", "DET", "PROPN", "ADP", "DET", "PROPN", "PUNCT"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "punct"]
    ents = ["B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    rows = list(zip(words, tags, pos, heads, deps, ents, [k == 0 for k in range(len(words))], strict=True))
    found = stage_entities(rows)
    assert "Office for the Care of the Parks" in found
    assert "Office for the Care" not in found
