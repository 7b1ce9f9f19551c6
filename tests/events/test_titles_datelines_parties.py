"""Rules of brief s18-fix13 (the thirteenth local-news audit's classes), on sentences of our own (none from a data
set, the audit, or tests/data/recipients_heldout5.tsv), each with a negative:

* an abbreviated title (``Cpl.``, ``Supt.``) ends no sentence: the tokenizer keeps it one token
  (pipeline.py ``keep_abbreviated_titles``) and the layout stage marks the name after it as no sentence start
  (components/paragraphs.py ``join_abbreviated_titles``);
* a dateline with no date (``MILLBROOK —``, ``SALEM, Ore. --``) at a paragraph's start is a sentence of its own
  (paragraphs.py ``split_datelines``), so no stage takes the town for a party;
* a noun phrase headed by a noun of a stretch of time is no party (eventcoding/arguments.py
  ``valid_party_token``, event_cues.tsv ``time_noun``);
* a country's name written as a town's with its region (``Lebanon, Indiana``) is no mention of the country
  (components/entities.py ``_town_of_region``).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_abbreviated_titles, split_datelines
from newsevents.eventcoding.arguments import valid_party_token

VOCAB = spacy.blank("en").vocab


def _unparsed(sentence: str, tags: list[str]) -> Doc:
    """A Doc with tags and no parse (the layout stage runs before the parser)."""
    words = sentence.split()
    return Doc(VOCAB, words=words, tags=tags, spaces=[w not in {"Cpl", "Sgt"} for w in words])


def _parties(events, role: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for e in events for p in getattr(e, role)]


# -- abbreviated titles --------------------------------------------------------------------------------------------


def test_the_name_after_an_abbreviated_title_starts_no_sentence() -> None:
    doc = _unparsed("A dog bit Cpl. Tom Reed today", ["DT", "NN", "VBD", "NNP", "NNP", "NNP", "NN"])
    join_abbreviated_titles(doc)
    assert doc[4].is_sent_start is False
    doc = _unparsed("A dog bit Cpl . Tom Reed today", ["DT", "NN", "VBD", "NNP", ".", "NNP", "NNP", "NN"])
    join_abbreviated_titles(doc)  # the title and its stop as two tokens
    assert doc[5].is_sent_start is False and doc[4].is_sent_start is False


def test_a_pronoun_or_a_capitals_word_after_a_stop_may_start_a_sentence() -> None:
    doc = _unparsed("He was made Sgt. He smiled", ["PRP", "VBD", "VBN", "NNP", "PRP", "VBD"])
    join_abbreviated_titles(doc)
    assert doc[4].is_sent_start is None
    doc = _unparsed("He bought a PC. Tom Reed smiled", ["PRP", "VBD", "DT", "NNP", "NNP", "NNP", "VBD"])
    join_abbreviated_titles(doc)
    assert doc[4].is_sent_start is None


def test_sentence_victim_after_a_title_is_the_target(extract) -> None:
    events = extract("A man punched Dep. Ann Crowley in the face outside the county jail in Yuma, Arizona, on Friday.",
                     published="2024-05-01").events
    assert all("Crowley" not in t for t, _ in _parties(events, "actor"))
    assert any("Crowley" in t for t, _ in _parties(events, "recipient"))


def test_sentence_titled_name_is_one_sentence(pipeline) -> None:
    doc = pipeline.nlp("Two men robbed Supt. Mark Ellis at a gas station on Friday. Police arrested both men.")
    assert [s.text for s in doc.sents] == ["Two men robbed Supt. Mark Ellis at a gas station on Friday.",
                                          "Police arrested both men."]


# -- datelines -----------------------------------------------------------------------------------------------------


def test_a_dateline_is_a_sentence_of_its_own() -> None:
    doc = _unparsed("SALEM , Ore. -- A man was hurt", ["NNP", ",", "NNP", ":", "DT", "NN", "VBD", "VBN"])
    split_datelines(doc)
    assert doc[4].is_sent_start is True
    doc = _unparsed("SPRINGFIELD — A man was hurt", ["NNP", ":", "DT", "NN", "VBD", "VBN"])
    split_datelines(doc)
    assert doc[2].is_sent_start is True


def test_a_heading_or_an_acronym_before_a_dash_is_no_dateline() -> None:
    for words in ("EXCLUSIVE — Tom Reed spoke", "NATO — The alliance spoke"):
        doc = _unparsed(words, ["NNP", ":", "NNP", "NNP", "VBD"])
        split_datelines(doc)
        assert doc[2].is_sent_start is None, words
    doc = _unparsed("Police said SPRINGFIELD — Tom", ["NNS", "VBD", "NNP", ":", "NNP"])
    split_datelines(doc)
    assert doc[4].is_sent_start is None  # not at a paragraph's start


def test_sentence_dateline_town_is_no_party(extract) -> None:
    record = extract("Old news.\n\nSPRINGFIELD — A nurse was arrested on Monday after a patient died.",
                     published="2024-05-01")
    assert all("SPRINGFIELD" not in t for e in record.events for t, _ in
               _parties([e], "actor") + _parties([e], "recipient"))
    assert any("nurse" in t for t, _ in _parties(record.events, "recipient"))


# -- time phrases --------------------------------------------------------------------------------------------------


def test_a_stretch_of_time_is_no_party(build_doc, cues) -> None:
    doc = build_doc("police held him a short time later",
                    heads=[1, 1, 1, 5, 5, 1, 1], deps=["nsubj", "ROOT", "dobj", "det", "amod", "npadvmod", "advmod"],
                    pos=["NOUN", "VERB", "PRON", "DET", "ADJ", "NOUN", "ADV"],
                    lemmas=["police", "hold", "he", "a", "short", "time", "later"])
    assert not valid_party_token(doc[5], {}, cues)
    assert valid_party_token(doc[0], {}, cues) and valid_party_token(doc[2], {}, cues)


def test_a_person_named_by_age_stays_a_party(build_doc, cues) -> None:
    doc = build_doc("police held the day workers",
                    heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "NOUN"])
    assert valid_party_token(doc[4], {}, cues)  # "day" only modifies: the workers are the party


def test_sentence_time_phrase_is_no_target(extract) -> None:
    events = extract("Deputies in Polk County, Florida, said the driver ran off and was caught a short time later.",
                     published="2024-05-01").events
    assert all("time" not in t for t, _ in _parties(events, "recipient"))


# -- a country's name as a town's ----------------------------------------------------------------------------------


def test_sentence_town_named_as_a_country_with_its_state(extract) -> None:
    record = extract("Prosecutor Dana Fisk offered a plea deal to a woman in Peru, Indiana, on Monday.",
                     published="2024-05-01")
    assert not any(e.country == "PER" for e in record.entities), record.entities
    assert {e.name: e.country for e in record.entities}.get("Dana Fisk") == "USA"


def test_sentence_judge_of_a_town_named_as_a_country(extract) -> None:
    record = extract("Judge Carl Odom of Jordan, Minnesota, denied bail on Friday. Odom said the man could flee.",
                     published="2024-05-01")
    assert {e.name: e.country for e in record.entities}.get("Carl Odom") == "USA"


def test_sentence_a_leader_of_the_country_keeps_its_code(extract) -> None:
    record = extract("President Omar Haddad of Lebanon met aid workers on Friday. Haddad thanked them.",
                     published="2024-05-01")
    assert {e.name: e.country for e in record.entities}.get("Omar Haddad") == "LBN"


def test_sentence_countries_in_a_list_keep_their_codes(extract) -> None:
    record = extract("Aid agencies sent food to Lebanon, Syria and Jordan on Monday.", published="2024-05-01")
    assert {"LBN", "SYR", "JOR"} <= {e.country for e in record.entities}


def test_a_time_phrase_hung_on_a_party_is_cut_from_its_span(build_doc) -> None:
    from newsevents.eventcoding.arguments import noun_phrase
    doc = build_doc("for the last six weeks city police watched them",
                    heads=[7, 4, 4, 4, 6, 6, 7, 7, 7],
                    deps=["prep", "det", "amod", "nummod", "compound", "compound", "nsubj", "ROOT", "dobj"],
                    pos=["ADP", "DET", "ADJ", "NUM", "NOUN", "NOUN", "NOUN", "VERB", "PRON"],
                    lemmas=["for", "the", "last", "six", "week", "city", "police", "watch", "they"])
    assert noun_phrase(doc[6]).text == "city police"


def test_a_time_word_naming_a_kind_of_party_stays_in_its_span(build_doc) -> None:
    from newsevents.eventcoding.arguments import noun_phrase
    doc = build_doc("the night shift guards left",
                    heads=[3, 2, 3, 4, 4], deps=["det", "compound", "compound", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "NOUN", "NOUN", "VERB"], lemmas=["the", "night", "shift", "guard", "leave"])
    assert noun_phrase(doc[3]).text == "the night shift guards"


def test_sentence_a_country_before_a_capitals_apposition_stays_a_country(extract) -> None:
    record = extract("Even Russia, Minsk's closest partner, said it opposed the new border fence.",
                     published="2024-05-01")
    assert any(e.type == "GPE" and e.country == "RUS" for e in record.entities), record.entities
