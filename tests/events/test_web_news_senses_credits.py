"""Rules of brief s19-web19 (the fifteenth audit's classes, web news), each on sentences of our own with negatives:
other senses of common verbs decided by their object (event_lexicon.tsv rows under ``# web19:``), Centre regions read
only where their country is named (place_words.tsv ``common_word_region``), and picture credits before a
paragraph's first sentence split off (components/paragraphs.py ``split_web_credits``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.components.paragraphs import split_web_credits

PUBLISHED = "2026-05-06"


def types(events_of, text: str) -> set[str]:
    return {e.event for e in events_of(text)}


@pytest.mark.parametrize("text", [
    "Two detectives moved into the apartment next to the journalist's parents last month.",
    "The general moved into his new office at the ministry on Friday.",
    "The envoys flew home to Paris after the talks collapsed.",
    "The ministers left the hotel early on Sunday to fly to Brussels.",
    "The think tank mobilized evidence from ten countries to make its case.",
    "The governor's aide shot down a rumour that the budget would be delayed.",
    "Journalists called the police headquarters for a comment but got none.",
])
def test_other_senses_code_no_event(events_of, text: str) -> None:
    assert types(events_of, text) == set(), text


@pytest.mark.parametrize("text,kind", [
    ("Rebel fighters moved into the town of Kidal and attacked the army base.", "ASSAULT"),
    ("A Turkish jet shot down a Syrian helicopter near the border on Monday.", "ASSAULT"),
    ("Pakistan's army mobilized thousands of troops along the frontier.", "MOBILIZE"),
    ("Japan's prime minister phoned the South Korean president on Thursday.", "CONSULT"),
    ("Egypt's president called on the militants to lay down their weapons.", "REQUEST"),
])
def test_near_misses_keep_their_event(events_of, text: str, kind: str) -> None:
    assert kind in types(events_of, text), text


def test_an_amnesty_extended_is_a_concession(events_of) -> None:
    found = types(events_of, "The Ugandan government extended the amnesty for former rebels by six months.")
    assert "CONCEDE" in found and "SUPPORT" not in found


def test_a_verbal_attack_is_an_accusation_not_an_assault(events_of) -> None:
    found = types(events_of, "Mexico's president attacked the electoral court in a column on Tuesday.")
    assert "ACCUSE" in found and "ASSAULT" not in found


def test_centre_is_no_burkinabe_region_in_an_indian_story(extract) -> None:
    record = extract("Kerala's finance minister criticised the Centre over the delayed grants.", published=PUBLISHED)
    assert all(p.country != "BFA" for p in record.places)
    assert all(q.country != "BFA" for e in record.events for q in (*e.actor, *e.recipient))


def test_centre_stays_a_region_where_its_country_is_named(extract) -> None:
    record = extract("Gunmen attacked a market in the Centre region of Burkina Faso on Sunday, killing five people.",
                     published=PUBLISHED)
    assert any(p.name == "Centre" and p.country == "BFA" for p in record.places)


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_a_photo_credit_and_its_dateline_are_split_from_the_sentence() -> None:
    words = ["(", "Photo", ":", "Ana", "Ruiz", "/", "AFP", ")", "HARARE", "-", "Police", "detained", "two", "men", "."]
    spaces = [False, False, True, True, False, False, False, True, True, True, True, True, True, False, False]
    doc = split_web_credits(_doc(words, spaces))
    assert doc[8].is_sent_start and doc[10].is_sent_start  # "HARARE" after the credit, "Police" after the dateline


def test_an_image_copyright_line_is_split_from_the_sentence() -> None:
    words = ["Image", "copyright", "Getty", "Images", "Troops", "entered", "the", "city", "."]
    doc = split_web_credits(_doc(words, [True] * 7 + [False, False]))
    assert doc[4].is_sent_start


def test_a_credit_inside_a_paragraph_or_lower_case_words_are_left() -> None:
    words = ["He", "said", "(", "Photo", ":", "Ana", "Ruiz", ")", "then", "left", "."]
    doc = split_web_credits(_doc(words, [True, True, False, False, True, True, False, True, True, False, False]))
    assert not any(t.is_sent_start for t in doc[1:])  # mid-paragraph: no split; "then" is lower case anyway


def test_a_link_title_run_into_the_next_sentence_is_split_and_kept_apart() -> None:
    from newsevents.components.paragraphs import WEB_LINK_TITLES, split_web_link_titles
    words = ["Read", "more", ":", "Five", "states", "recall", "envoys", "over", "dispute", "The", "ministry", "said",
             "no", "more", "."]
    doc = split_web_link_titles(_doc(words, [True, False, True] + [True] * 10 + [False, False]))
    assert doc[9].is_sent_start  # "The" after the title's lower-case "dispute"
    assert doc.user_data[WEB_LINK_TITLES] == [(0, doc[9].idx)]


def test_a_title_case_link_run_on_keeps_only_its_label() -> None:
    from newsevents.components.paragraphs import WEB_LINK_TITLES, split_web_link_titles
    words = ["Related", ":", "Five", "States", "Recall", "Envoys", "The", "ministry", "said", "so", "."]
    doc = split_web_link_titles(_doc(words, [False] + [True] * 8 + [False, False]))
    assert not any(t.is_sent_start for t in doc[1:])
    assert doc.user_data[WEB_LINK_TITLES] == [(0, len("Related:"))]


def test_no_event_comes_from_a_link_title(events_of) -> None:
    found = events_of("READ MORE: Three countries expel Iranian diplomats over plot The Dutch foreign minister "
                      "criticised Iran on Thursday.")
    assert {e.event for e in found} == {"ACCUSE"}
    assert all("expel" not in e.trigger.text for e in found)


def test_a_sentence_that_mentions_reading_more_is_no_link(events_of) -> None:
    found = events_of("Officials said: Read more about the plan later. Police arrested two men in Lagos on Monday.")
    assert "COERCE" in {e.event for e in found}


def test_the_centre_of_an_indian_story_is_the_union_government(extract) -> None:
    record = extract("The Centre rejected Punjab's request for more wheat procurement, officials in New Delhi said.",
                     published=PUBLISHED)
    parties = [p for e in record.events for p in e.actor if p.text.endswith("Centre")]
    assert parties and all(p.country == "IND" and "GOV" in p.sector for p in parties)


def test_the_centre_is_no_government_outside_india(extract) -> None:
    record = extract("The Centre rejected the union's request for more pay, officials in Paris said.",
                     published=PUBLISHED)
    assert all(p.country != "IND" for e in record.events for p in (*e.actor, *e.recipient))


@pytest.mark.parametrize("text", [
    "When the news agency called the detention centre on Wednesday, a guard hung up.",
    "A Reuters correspondent phoned the governor's office on Tuesday evening.",
])
def test_a_press_call_is_no_event(events_of, text: str) -> None:
    assert types(events_of, text) == set(), text


def test_an_editorial_call_on_a_government_stays_a_request(events_of) -> None:
    found = types(events_of, "The newspaper called on the Kenyan government to release the detained reporters.")
    assert "REQUEST" in found


def test_a_call_up_on_a_day_stays_a_mobilisation(events_of) -> None:
    assert "MOBILIZE" in types(events_of, "Armenia called up its reservists on Saturday after the clashes.")
