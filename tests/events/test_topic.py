"""The article topic signal and the per-topic policy (eventcoding/topic.py), on texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import newsevents.components  # noqa: F401 - registers the Doc extensions
from newsevents.eventcoding import topic
from newsevents.pipeline import build_record
from newsevents.record import Entity, Event, Party, Record, Span, make_article

POLITICAL = {"gov", "mil", "cop", "reb"}
VOCAB = spacy.blank("en").vocab


def _doc(text: str, lemmas: dict[str, str] | None = None, entities: list[Entity] | None = None) -> Doc:
    """A Doc of ``text`` split on spaces; lemmas the lower-cased words unless ``lemmas`` says."""
    words = text.split()
    lemmas = lemmas or {}
    doc = Doc(VOCAB, words=words, lemmas=[lemmas.get(w, w.lower()) for w in words])
    doc._.entities = entities or []
    return doc


SPORT = ("The striker scored twice as Vexton Rovers beat their rivals in the league on Saturday . "
         "The manager said his squad deserved the victory before the cup final , and the goalkeeper "
         "was booked for a foul in the second half .")
CONFLICT = ("Gunmen attacked a police station in the north of Ruritania on Monday , killing three officers . "
            "The army sent troops to the town and the interior minister said the rebels would be "
            "arrested .")


def test_the_packaged_cue_lexicon_loads_with_every_topic():
    table = topic.load_topic_words()
    found = set(table.phrases.values())
    assert found == set(topic.TOPICS)
    assert len(table.phrases) > 400 and table.longest >= 2
    assert table.phrases[("box", "office")] == "entertainment"  # a two-word row is a phrase


def test_a_bad_row_names_the_file_and_line(tmp_path: Path):
    (tmp_path / "topic_words.tsv").write_text("# cues\nstriker\tsport\nalbum\tmusic\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"topic_words.tsv:3: unknown topic 'music'"):
        topic.read_topic_words(tmp_path)
    (tmp_path / "topic_words.tsv").write_text("striker\tsport\nstriker\tbusiness\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"topic_words.tsv:2: 'striker' is already a cue of sport"):
        topic.read_topic_words(tmp_path)


def test_a_sport_report_and_a_conflict_report_get_their_topics():
    sport = topic.article_topic(_doc(SPORT, {"scored": "score", "beat": "beat"}), POLITICAL)
    conflict = topic.article_topic(_doc(CONFLICT, {"attacked": "attack", "killing": "kill", "officers": "officer",
                                                   "troops": "troop", "arrested": "arrest"}), POLITICAL)
    assert topic.leading(sport) == "sport" and sport["sport"] > 0.8
    assert topic.leading(conflict) == "politics_conflict" and conflict["politics_conflict"] > 0.8
    assert abs(sum(sport[t] for t in topic.TOPICS) - 1.0) < 0.01
    assert sport["cues"] >= topic.POLICY_MIN_CUES and sport["cues_per_100"] > 5


def test_phrases_match_words_or_lemmas_and_are_counted_once():
    table = topic.TopicWords(phrases={("box", "office"): "entertainment", ("office",): "business",
                                      ("share",): "business", ("semi", "final"): "sport"}, longest=2)
    # "box office" is one entertainment cue, not also a business "office"; "shares" by its lemma;
    # "semi-final", split by spaCy, matches with its hyphen dropped
    doc = _doc("box office takings and shares rose before the semi - final", {"shares": "share"})
    tokens = [(t.lower_, t.lemma_) for t in doc if not t.is_punct]
    assert topic.cue_counts(tokens, table) == {"entertainment": 1, "business": 1, "sport": 1}


def test_a_phrase_a_lemma_begins_is_tried_at_its_full_length():
    # each word tries only the phrase lengths it can begin: by its lemma too ("won" begins no
    # phrase, "win" one of three words), so the longest phrase still wins over a shorter one
    table = topic.TopicWords(phrases={("win", "the", "title"): "sport", ("win",): "business",
                                      ("title",): "entertainment"}, longest=3)
    assert table.starts == {"win": 3, "title": 1}
    tokens = [("won", "win"), ("the", "the"), ("title", "title"), ("won", "win")]
    assert topic.cue_counts(tokens, table) == {"sport": 1, "business": 1}


def test_political_entities_count_for_politics_and_no_cue_gives_no_topic():
    ministry = Entity(id="e1", name="the Ruritanian ministry", type="ORG", country="RUR", sector=["GOV"],
                      mentions=[Span(start=0, end=3, text="the")])
    plain = topic.article_topic(_doc("The weather was mild on the coast ."), POLITICAL)
    assert topic.leading(plain) is None and plain["cues_per_100"] == 0.0
    with_body = topic.article_topic(_doc("The weather was mild on the coast .", entities=[ministry]), POLITICAL)
    assert topic.leading(with_body) == "politics_conflict"


def test_a_tie_goes_to_politics_and_the_policy_reads_stories_mostly_not_of_politics():
    assert topic.leading({"sport": 0.5, "politics_conflict": 0.5}) == "politics_conflict"
    assert not topic.policy_applies({"sport": 0.5, "politics_conflict": 0.5, "cues": 10})
    assert topic.policy_applies({"business": 0.3, "tech": 0.3, "politics_conflict": 0.4, "cues": 10})
    # too few cue words (a sentence, a snippet) tell no subject
    assert not topic.policy_applies({"business": 0.75, "politics_conflict": 0.25, "cues": 4})
    assert not topic.policy_applies({t: 0.0 for t in topic.TOPICS})  # no cue word: no evidence


PLAYER = Party(entity=None, text="the striker", country=None, sector=[])
DEFENCE = Party(entity=None, text="the defence", country=None, sector=[])
GUNMEN = Party(entity=None, text="Gunmen", country=None, sector=["REB"])
POLICE = Party(entity=None, text="a police station", country="RUR", sector=["COP"])


def _attack(number: int, actor: Party, recipient: Party, confidence: float) -> Event:
    return Event(id=f"v{number}", event="ASSAULT", quad_code=4, actor=[actor], recipient=[recipient],
                 trigger=Span(start=0, end=8, text="attacked"), sentence=Span(start=0, end=8, text="attacked"),
                 confidence=confidence)


def test_the_policy_drops_a_sport_attack_and_keeps_a_conflict_one():
    sport = topic.article_topic(_doc(SPORT), POLITICAL)
    conflict = topic.article_topic(_doc(CONFLICT, {"killing": "kill", "troops": "troop"}), POLITICAL)
    football = _attack(1, PLAYER, DEFENCE, 0.05)  # "the striker attacked the defence", unsure
    raid = _attack(2, GUNMEN, POLICE, 0.05)  # "gunmen attacked a police station", as unsure
    assert not topic.kept(football, sport)
    assert topic.kept(raid, conflict)
    # in a sport story, an event reaching the floor stays; an unrated one too
    assert topic.kept(_attack(3, PLAYER, DEFENCE, topic.POLICY_FLOOR), sport)
    assert topic.kept(football.model_copy(update={"confidence": None}), sport)
    # the same unsure event in a story with no cue word is not the policy's
    assert topic.kept(football, topic.article_topic(_doc("It happened on Monday ."), POLITICAL))


def test_the_record_drops_held_events_only_with_the_policy_and_round_trips():
    doc = _doc(SPORT)
    doc._.article = make_article(doc.text, published="2024-05-04")
    doc._.topic = topic.article_topic(doc, POLITICAL)
    doc._.events = [_attack(1, PLAYER, DEFENCE, 0.05), _attack(2, GUNMEN, POLICE, 0.6)]
    doc._.topic_held = [e.id for e in doc._.events if not topic.kept(e, doc._.topic)]
    kept = build_record(doc, {"schema": "newsevents/1"}, 0.0, topic_policy=True)
    assert [e.id for e in kept.events] == ["v2"] and kept.pipeline["topic_policy"] is True
    every = build_record(doc, {"schema": "newsevents/1"})
    assert [e.id for e in every.events] == ["v1", "v2"] and every.pipeline["topic_policy"] is False
    again = Record.model_validate_json(kept.to_json())
    assert again == kept and again.topic is not None and again.topic["sport"] == doc._.topic["sport"]
    old = kept.to_dict()
    del old["topic"]  # a record made before the topic reads as None
    assert Record.model_validate(old).topic is None
