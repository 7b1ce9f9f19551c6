"""A definite description speaker the article names nobody by (``the candidate said``, ``the
Christian leader related``) is the person last named as the subject of a clause before it, when
one sentence names one such person (the READ half's news-dev65 and news-dev77 misses); names inside
the words of a quote are who is spoken of, never the speaker. Sentences written for these tests;
the model's pipeline."""

from __future__ import annotations

from entity_lookup import entity_of
from newsevents.actors import load_actor_dictionary
from newsevents.components.quotes import _subject_before_unnamed_description
from newsevents.record import Speaker, make_article


def run(pipeline, text: str):
    doc = next(pipeline.docs([make_article(text, published="2016-11-06")]))
    return doc._.quotes, doc._.entities


def rule_choice(pipeline, text: str, fragment: str) -> str | None:
    """What the rule alone gives the quote's speaker, as if the entity stage had linked it to nobody."""
    doc = next(pipeline.docs([make_article(text, published="2016-11-06")]))
    quote = only_quote(doc._.quotes, fragment)
    unlinked = Speaker(entity=None, start=quote.speaker.start, end=quote.speaker.end, text=quote.speaker.text)
    return _subject_before_unnamed_description(doc, unlinked, doc._.quotes, load_actor_dictionary())


def only_quote(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def test_a_nameless_description_is_the_subject_named_before(pipeline):
    quotes, entities = run(
        pipeline,
        "Ann Marsh toured the steel plant in Dover on Monday, meeting workers and union officials.\n\n"
        "“The job is far from done,” the candidate said.",
    )
    assert only_quote(quotes, "far from done").speaker.entity == entity_of(entities, "Ann Marsh").id


def test_the_rule_finds_the_subject_named_before(pipeline):
    text = ("Ann Marsh toured the steel plant in Dover on Monday, meeting workers and union officials.\n\n"
            "“The job is far from done,” the candidate said.")
    assert rule_choice(pipeline, text, "far from done") is not None


def test_two_subjects_named_before_are_never_guessed_between(pipeline):
    text = ("Ann Marsh and Tom Reed toured the steel plant in Dover on Monday.\n\n"
            "“The job is far from done,” the candidate said.")
    assert rule_choice(pipeline, text, "far from done") is None


def test_a_name_inside_the_words_quoted_is_no_speaker(pipeline):
    text = "The plant in Dover closed on Monday.\n\n“Ann Marsh let the workers down,” the candidate said."
    assert rule_choice(pipeline, text, "let the workers down") is None


def test_the_subject_of_the_cues_own_clause_is_someone_else(pipeline):
    text = ("Tom Reed was sent to prison on Tuesday.\n\n"
            "Reed was called “a danger to the public” by the sentencing judge.")
    assert rule_choice(pipeline, text, "danger to the public") != entity_of(run(pipeline, text)[1], "Tom Reed").id


def test_a_possessive_owner_in_a_speaker_phrase_is_no_subject(pipeline):
    text = ("Ann Marsh's office said on Monday that the plant would close.\n\n"
            "“It is a sad day,” the manager said.")
    assert rule_choice(pipeline, text, "sad day") is None
