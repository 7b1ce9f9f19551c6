"""Posts embedded in web pages (``TEXT -- Name (@handle) DATE``): kind and signature layouts."""

from __future__ import annotations

from newsevents.record import Quote, Record


def _post(record: Record, fragment: str) -> Quote:
    found = [q for q in record.quotes if fragment in q.content.text]
    assert found, f"no quote with {fragment!r}: {[q.content.text for q in record.quotes]}"
    return found[0]


def _speaker(record: Record, quote: Quote) -> str | None:
    """The signer's name as the quote gives it (the model may or may not tag it as a person)."""
    return quote.speaker.text if quote.speaker is not None else None


def test_a_post_without_quotation_marks_is_its_signer_s_direct_words(extract) -> None:
    text = ("Readers answered at once. The harbour looks wonderful tonight. -- Nora Quill (@noraquill) "
            "May 4, 2018 Pretty proud of our little town today. -- Owen Pardoe (@owenpardoe) May 4, 2018")
    record = extract(text, published="2018-05-05")
    harbour = _post(record, "The harbour looks wonderful tonight")
    assert harbour.kind == "direct" and _speaker(record, harbour) == "Nora Quill"
    town = _post(record, "proud of our little town")
    assert town.kind == "direct" and _speaker(record, town) == "Owen Pardoe"


def test_a_post_that_quotes_a_song_is_still_direct(extract) -> None:
    text = ('The crowd sang "Rain on the Hill" all night long at the old stadium. '
            "-- Nora Quill (@noraquill) May 4, 2018")
    post = _post(extract(text, published="2018-05-05"), "all night long")
    assert post.kind == "direct"


def test_a_signature_with_one_hyphen_after_a_link_signs_the_post_before_it(extract) -> None:
    text = ("Fans waited all night for the parade. Best morning of my life. pic.twitter.com/Ab12Cd- "
            "Hal Brenner (@halbrenner) May 4, 2018 The streets will be cleaned on Friday, Tessa Lind "
            "said. Worth every minute in the cold. -- Ruth Amble (@ruthamble) May 4, 2018")
    record = extract(text, published="2018-05-05")
    first = _post(record, "Best morning of my life")
    assert _speaker(record, first) == "Hal Brenner" and "pic.twitter" not in first.content.text
    assert _speaker(record, _post(record, "Worth every minute")) == "Ruth Amble"
    # A hyphen inside a word is no signature.
    plain = extract("The well-known Ann Rudd (@annrudd) spoke on Monday.", published="2018-05-05")
    assert not [q for q in plain.quotes if q.cue is not None and q.cue.text == "(@annrudd)"]


def test_the_signer_of_a_post_is_an_entity_and_the_speaker(extract) -> None:
    text = ("Fans waited all night for the parade. Best morning of my life. -- TownCentral (@towncentral) "
            "May 4, 2018 Worth every minute in the cold. -- Ruth Amble (@ruthamble) May 4, 2018")
    record = extract(text, published="2018-05-05")
    kinds = {e.name: e.type for e in record.entities}
    assert kinds.get("TownCentral") == "ORG" and kinds.get("Ruth Amble") == "PERSON"
    by_id = {e.id: e.name for e in record.entities}
    first = _post(record, "Best morning of my life")
    assert first.speaker is not None and by_id.get(first.speaker.entity) == "TownCentral"
    second = _post(record, "Worth every minute")
    assert second.speaker is not None and by_id.get(second.speaker.entity) == "Ruth Amble"
