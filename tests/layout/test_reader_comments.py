"""Readers' comments under a story are opinion, not news (issue 14): a paragraph followed or
ended by a signature ("Tom Reed, Leeds, UK") gives no event. Texts written for these tests."""

from __future__ import annotations

from newsevents.components.paragraphs import signed_comments

PUBLISHED = "2005-03-01"

_LEVELS = {"UK": "country", "USA": "country", "Leeds": "city", "Ohio": "admin1", "Dublin": "city",
           "London": "city", "Venezuela": "country"}


def _comments(text: str) -> list[str]:
    return [text[a:b] for a, b in signed_comments(text, lambda a, b: _LEVELS.get(text[a:b]))]


def test_a_signed_paragraph_is_a_comment_in_each_layout():
    # the signature on a line of its own under the comment, as a paragraph of its own, and after
    # the comment's last sentence
    text = ("Story sentence.\n\nI was charged twice. It is a scandal.\nTom Reed, Leeds, UK\n\n"
            "The firm sued me!\n\nAnn Smith, Ohio, USA\n\nNobody helped me. Ann, USA")
    assert _comments(text) == ["I was charged twice. It is a scandal.\nTom Reed, Leeds, UK",
                               "The firm sued me!\n\nAnn Smith, Ohio, USA",
                               "Nobody helped me. Ann, USA"]


def test_datelines_bylines_venues_and_headlines_are_no_signatures():
    assert _comments("Firm sued over prices\n\nLONDON, UK\n\nThe firm was sued on Monday.") == []
    assert _comments("Firm sued.\n\nLONDON, UK - The firm was sued on Monday.") == []
    assert _comments("Firm sued over prices.\n\nBy Tom Reed, BBC News, London\n\nThe firm was sued.") == []
    # a venue under a fixture: two items need a country last
    assert _comments("Ireland v England.\n\nLansdowne Road, Dublin\n\nKick-off 1300 GMT.") == []
    # a headline has lowercase words; a signature follows a finished sentence, not a headline
    assert _comments("Story.\n\nArgentina, Venezuela in oil deal\n\nText.") == []
    assert _comments("Prices rise again\n\nTom Reed, Leeds, UK") == []
    # a list of names with no place
    assert _comments("The team.\n\nHyypia, Traore, Hamann, Carragher\n\nText.") == []


def test_no_event_is_coded_from_signed_readers_comments(extract):
    story = ("Council bans parking on high street\n\n"
             "The city council banned parking on the high street on Monday, a spokesman said.\n\n"
             "Here are some of your comments:\n\n"
             "The police attacked the shop owners, I saw it myself. It was a disgrace.\n{first}\n\n"
             "I think the mayor threatened the traders. Nobody stood up to him.\n\n{second}\n")
    signed = extract(story.format(first="Tom Reed, Leeds, UK", second="Ann Smith, Ohio, USA"), published=PUBLISHED)
    unsigned = extract(story.format(first="Tom Reed said so.", second="Ann Smith agreed."), published=PUBLISHED)
    assert [e.trigger.text for e in signed.events] == ["banned"]
    # the same paragraphs without signatures are coded: the signature is what marks them
    assert {"attacked", "threatened"} <= {e.trigger.text for e in unsigned.events}
    # the comment's words stay in the record: only events are withheld
    assert any(p.name == "United Kingdom" for p in signed.places)
