"""speed19: cheaper look-ups say what the full scans said (sentences of our own).

- the dev15e body heads (``the Planning bureau``) are looked for at the words of the list only: every token a full
  scan of the Doc would take (lower case, its lower-case form in the list) is among those words;
- the holidays are read from the article's cached text: still found, and not where the name is a longer name's;
- a picture credit glued before a surname is still read when the word's case is tested first."""

from __future__ import annotations

from newsevents.actors import ActorDictionary


def _heads() -> frozenset[str]:
    return frozenset(ActorDictionary().words.generic_body_head)


def test_body_heads_at_listed_words_are_those_a_token_scan_finds(pipeline) -> None:
    heads = _heads()
    doc = pipeline.nlp("The Harbour department and the Water BUREAU met; a Department spokesman said the Rail bureau's plan "
              "was late, and the Parks department agreed.")
    scanned = [t.i for t in doc if t.is_lower and t.lower_ in heads]
    listed = [i for i, w in enumerate(t.text for t in doc) if w in heads]
    assert scanned and set(scanned) <= set(listed)
    assert [i for i in listed if doc[i].is_lower and doc[i].lower_ in heads] == scanned


def test_a_holiday_is_still_read_from_the_article_text(extract) -> None:
    record = extract("The town will hold its parade on Memorial Day, the mayor said.", published="2025-03-12")
    assert any(t.text == "Memorial Day" for t in record.times)


def test_a_holiday_inside_a_longer_name_is_no_time(extract) -> None:
    record = extract("Delegates recalled the Good Friday Agreement at the meeting on Tuesday.", published="2025-03-12")
    assert not any("Good Friday" in t.text for t in record.times)
