"""A text with control characters is analysed as if they were spaces, and every span of its record
indexes the text as given (the contract: plain-text offsets line up with the input)."""

from __future__ import annotations

from pydantic import BaseModel

from newsevents.controls import strip_controls


def _spans(model):
    if isinstance(model, list):
        for item in model:
            yield from _spans(item)
    elif isinstance(model, BaseModel):
        fields = type(model).model_fields
        if {"start", "end", "text"} <= fields.keys():
            yield model
        for name in fields:
            if name != "article":
                yield from _spans(getattr(model, name))


def test_spans_index_the_text_with_its_control_characters(extract) -> None:
    text = ("Police in Leeds \x1b[1marrested\x1b[0m two men on Monday.\x07 The\x83 court said they would "
            "appear on Friday. Mr Owen\x9d Hartley, a lawyer, said: \"We will appeal.\"")
    record = extract(text, published="2024-03-06")
    assert record.article.text == text
    spans = list(_spans(record))
    assert len(spans) >= 5
    for span in spans:
        assert text[span.start:span.end] == span.text
    # the same article without the control characters reads the same: the model saw spaces
    plain = extract(strip_controls(text).replace("Owen Hartley", "Owen  Hartley"), published="2024-03-06")
    assert [t.value for t in record.times] == [t.value for t in plain.times]
    assert [(q.kind, q.speaker and q.speaker.entity is not None) for q in record.quotes] == \
        [(q.kind, q.speaker and q.speaker.entity is not None) for q in plain.quotes]
    assert {p.geonameid for p in record.places} == {p.geonameid for p in plain.places}
