"""A quotation split by its attribution (session 15, branch quotes4): ``"Q1," Mr. Lee said. "Q2."``
in one paragraph is one quote, as an interrupted sentence is; abbreviations, typewriter marks and
long appositions in the attribution do not stop it. Every sentence here is our own."""

from __future__ import annotations

from newsevents.components.quotes import _split_by_attribution
from quotes_heldout import quotes_of

PUBLISHED = "2026-12-05"


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, speaker entity name) of each quote."""
    return quotes_of(extract, text, PUBLISHED)


def test_a_quotation_split_by_its_attribution_sentence_is_one_quote(extract) -> None:
    found = _quotes(extract, '"The pier has stood for a century," Mr. Dunmore said. "It can stand for another."')
    assert len(found) == 1
    content, speaker, _ = found[0]
    assert content.startswith("The pier has stood") and content.endswith("It can stand for another")
    assert speaker == "Mr. Dunmore"


def test_a_long_attribution_with_a_party_tag_still_splits_one_quote(extract) -> None:
    found = _quotes(extract, '"We are not going to fund this," said Sen. Hal Brewer (R-Okla.), who chairs the '
                             'panel\'s budget group. "Not this year, not next year."')
    assert len(found) == 1 and found[0][0].endswith("not next year")


def test_a_quotation_in_the_next_paragraph_or_after_another_sentence_is_a_quote_of_its_own(extract) -> None:
    found = _quotes(extract, '"The pier has stood for a century," Mr. Dunmore said.\n\n"It can stand for another."')
    assert [q[0] for q in found] == ["The pier has stood for a century", "It can stand for another"]
    found = _quotes(extract, '"The pier has stood for a century," said Eli Dunmore. The council disagreed. '
                             '"It can stand for another ten years at most."')
    assert "The council disagreed" not in " ".join(q[0] for q in found)


def test_what_splits_a_quotation_and_what_does_not() -> None:
    abbreviations = {"mr", "dr", "sen", "rep"}
    assert _split_by_attribution('," Dr. Amis said, "', abbreviations) == "comma"
    assert _split_by_attribution('," she said. "', abbreviations) == "sentence"
    assert _split_by_attribution(",'' he added. ``", abbreviations) == "sentence"
    assert _split_by_attribution('," said Ann Lee, the party\'s leader in the state. "', abbreviations) == "sentence"
    assert _split_by_attribution('," said Tom Reed. He paused. "', abbreviations) is None  # two sentences
    assert _split_by_attribution('," she said.\n\n"', abbreviations) is None  # the next paragraph
    assert _split_by_attribution('" she said. "', abbreviations) is None  # the first part ended finished
