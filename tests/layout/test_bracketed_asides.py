"""A question or an exclamation in brackets ends no sentence (news-dev10's misses: a second
reported clause cut from its verb by "(...?)"): ``join_bracketed_asides`` marks the lower-case
word after the bracket as no sentence start. Sentences of our own."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_bracketed_asides


def _doc(words: list[str]) -> Doc:
    return Doc(English().vocab, words=words)


def test_the_word_after_a_bracketed_question_is_no_sentence_start() -> None:
    doc = join_bracketed_asides(_doc(
        ["She", "said", "that", "she", "was", "tired", "(", "truly", "?", ")", "and", "that", "she", "would", "rest", "."]))
    assert doc[10].is_sent_start is False


def test_a_capital_after_the_bracket_is_left_to_the_parser() -> None:
    doc = join_bracketed_asides(_doc(["She", "left", "(", "why", "?", ")", "Nobody", "knows", "."]))
    assert doc[6].is_sent_start is None
    # a bracket closing a statement, not a question, is left alone too
    doc = join_bracketed_asides(_doc(["She", "left", "(", "early", ")", "and", "he", "stayed", "."]))
    assert doc[5].is_sent_start is None


def test_the_second_reported_clause_stays_with_its_verb(extract) -> None:
    record = extract("Tom Reed said that he had little time to rest (really?) and that he would open a bakery in Leeds.",
                     published="2016-05-10")
    assert any("open a bakery" in q.content.text and q.speaker is not None and q.speaker.text == "Tom Reed"
               for q in record.quotes)


def test_a_second_that_clause_joined_to_the_verb_is_said_too(extract) -> None:
    record = extract("Ann Dorr said that the bridge was unsafe and that the council would close it in May.",
                     published="2016-05-10")
    assert any("close it in May" in q.content.text and "bridge was unsafe" in q.content.text for q in record.quotes)


def test_a_second_verb_of_the_speaker_without_that_is_not_said(extract) -> None:
    record = extract("Ann Dorr said that the bridge was unsafe (truly?) and then she left the meeting.",
                     published="2016-05-10")
    said = [q for q in record.quotes if "bridge was unsafe" in q.content.text]
    assert said and not any("left the meeting" in q.content.text for q in said)
