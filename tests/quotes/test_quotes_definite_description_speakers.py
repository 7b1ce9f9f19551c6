"""quotes23 (issue 15): speakers given only as a definite description (``said the American``,
``the party leader argued``) stand for the nearest person named before them who fits.

Every text here is our own; the Docs are built by hand (one head per sentence: its last token),
with the entity stage's entities set on ``doc._.entities`` as the stage would leave them.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import QuotesStage, _described_person_before
from newsevents.docquery import doc_text
from newsevents.record import Entity, Quote, Span, Speaker

_STAGE: list[QuotesStage] = []
_VOCAB = spacy.blank("en").vocab


def _actors():
    if not _STAGE:
        _STAGE.append(QuotesStage(None, "quotes"))
    return _STAGE[0].actors


def _doc(sentences: list[str]) -> Doc:
    """Words split on spaces; each sentence's last word (its stop) heads the others, except in a
    noun phrase written in brackets (``[the opposition leader]``), whose words hang on its last,
    and ``the``, which hangs on the word after it; capitalised words are proper nouns."""
    words, heads, deps, tags, pos, starts = [], [], [], [], [], []
    for sentence in sentences:
        tokens = sentence.split(" ")
        base = len(words)
        last = base + len(tokens) - 1
        phrase_end = None
        for k, word in enumerate(tokens):
            i = base + k
            if word.startswith("["):
                phrase_end = base + next(j for j in range(k, len(tokens)) if tokens[j].endswith("]"))
            word = word.strip("[]")
            words.append(word)
            starts.append(k == 0)
            if i == last:
                heads.append(i)
                deps.append("ROOT")
            elif phrase_end is not None and i < phrase_end:
                heads.append(phrase_end)
                deps.append("det" if word.lower() == "the" else "compound")
            elif word.lower() == "the":
                heads.append(i + 1)
                deps.append("det")
            else:
                heads.append(last)
                deps.append("dep")
            if phrase_end == i:
                phrase_end = None
            proper = word[:1].isupper() and word.lower() not in ("the", "i")
            tags.append("DT" if word.lower() == "the" else "NNP" if proper else "NN")
            pos.append("DET" if word.lower() == "the" else "PROPN" if proper else "NOUN")
    return Doc(_VOCAB, words=words, spaces=[True] * len(words), heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words], sent_starts=starts)


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _person(doc: Doc, eid: str, name: str, at: list[str], country: str | None = None,
            title: str | None = None) -> Entity:
    text = doc_text(doc)
    return Entity(id=eid, name=name, type="PERSON", country=country, title=title,
                  mentions=[Span.of(text, *_at(text, words)) for words in at])


def _speaker(doc: Doc, words: str, entity: str | None) -> Speaker:
    text = doc_text(doc)
    start, end = _at(text, words)
    return Speaker(entity=entity, start=start, end=end, text=words)


def test_a_nationality_noun_is_the_nearest_person_named_before_of_that_country_or_none_known():
    doc = _doc(["Kit Ford of Ohio won the first match .",
                "Dan Price lost the second match .",
                "I was tired said the American ."])
    # the entity stage linked "the American" to the one person it knows to be American
    doc._.entities = [_person(doc, "e1", "Kit Ford", ["Kit Ford", "the American"], country="USA"),
                      _person(doc, "e2", "Dan Price", ["Dan Price"])]
    speaker = _speaker(doc, "the American", "e1")
    assert _described_person_before(doc, speaker, [], _actors()) == "e2"


def test_a_person_of_another_country_does_not_fit_and_two_who_fit_are_never_guessed_between():
    doc = _doc(["Kit Ford of Ohio won the first match .",
                "Lena Moss beat Dan Price in the second .",
                "I was tired said the American ."])
    doc._.entities = [_person(doc, "e1", "Kit Ford", ["Kit Ford", "the American"], country="USA"),
                      _person(doc, "e2", "Dan Price", ["Dan Price"]),
                      _person(doc, "e3", "Lena Moss", ["Lena Moss"], country="NOR")]
    speaker = _speaker(doc, "the American", "e1")
    assert _described_person_before(doc, speaker, [], _actors()) == "e2"
    doc = _doc(["Kit Ford won the first match .",
                "Dan Price and Al Reid lost .",
                "I was tired said the American ."])
    doc._.entities = [_person(doc, "e1", "Kit Ford", ["Kit Ford", "the American"], country="USA"),
                      _person(doc, "e2", "Dan Price", ["Dan Price"]),
                      _person(doc, "e3", "Al Reid", ["Al Reid"])]
    assert _described_person_before(doc, _speaker(doc, "the American", "e1"), [], _actors()) is None


def test_names_inside_the_quotation_are_who_is_spoken_of():
    doc = _doc(["Dan Price lost the final .",
                "Al Reid was too strong said the American ."])
    doc._.entities = [_person(doc, "e2", "Dan Price", ["Dan Price"]),
                      _person(doc, "e3", "Al Reid", ["Al Reid"])]
    text = doc_text(doc)
    quote = Quote(id="q1", kind="direct", content=Span.of(text, *_at(text, "Al Reid was too strong")))
    assert _described_person_before(doc, _speaker(doc, "the American", None), [quote], _actors()) == "e2"


def test_a_role_description_linked_to_someone_first_named_after_it_refers_back():
    doc = _doc(["Ruth Cole opened the campaign .",
                "[The opposition leader] argued that voters felt let down by Sam Hale ."])
    # the entity stage gave the office to the holder the dictionary names, named only later
    doc._.entities = [_person(doc, "e1", "Ruth Cole", ["Ruth Cole"]),
                      _person(doc, "e2", "Sam Hale", ["The opposition leader", "Sam Hale"], title="Prime Minister")]
    assert _described_person_before(doc, _speaker(doc, "The opposition leader", "e2"), [], _actors()) == "e1"


def test_a_role_linked_to_someone_named_before_it_keeps_the_entity_stages_link():
    doc = _doc(["Sam Hale the party leader spoke first .",
                "Ruth Cole replied .",
                "We will win said the leader ."])
    doc._.entities = [_person(doc, "e1", "Sam Hale", ["Sam Hale", "the leader"], title="leader"),
                      _person(doc, "e2", "Ruth Cole", ["Ruth Cole"])]
    assert _described_person_before(doc, _speaker(doc, "the leader", "e1"), [], _actors()) is None


def test_a_name_is_no_description():
    doc = _doc(["Dan Price lost .", "I was tired said Al Reid ."])
    doc._.entities = [_person(doc, "e2", "Dan Price", ["Dan Price"]), _person(doc, "e3", "Al Reid", ["Al Reid"])]
    assert _described_person_before(doc, _speaker(doc, "Al Reid", "e3"), [], _actors()) is None


def test_a_role_the_entity_stage_left_unlinked_or_gave_an_unnamed_holder_stays_so():
    doc = _doc(["Ruth Cole runs the shop .", "We will appeal said [the police chief] ."])
    doc._.entities = [_person(doc, "e1", "Ruth Cole", ["Ruth Cole"])]
    assert _described_person_before(doc, _speaker(doc, "the police chief", None), [], _actors()) is None
    doc._.entities.append(_person(doc, "e2", "police chief", ["the police chief"]))
    assert _described_person_before(doc, _speaker(doc, "the police chief", "e2"), [], _actors()) is None


def test_a_term_quoted_inside_the_sentence_before_does_not_stop_its_subject_speaking_next(pipeline):
    for term in ("\u201cclub within a club\u201d", "\u201cgentlemen\u2019s club\u201d"):
        text = (f"Ann Lee spoke to the club on Sunday. She laughed off talk of a rift over the board and its {term}. "
                "\u201cWe have nothing to hide, and every meeting will be open to the public.\u201d")
        record = pipeline.extract(text)
        quote = next(q for q in record.quotes if "nothing to hide" in q.content.text)
        lee = next(e for e in record.entities if e.name == "Ann Lee")
        assert quote.speaker is not None and quote.speaker.entity == lee.id


def test_words_quoted_after_a_colon_are_speech_and_the_rule_leaves_them(pipeline):
    text = ("Ann Lee spoke to the club on Sunday. Tom Reed had one word for it: \u201cshameful\u201d. "
            "\u201cWe have nothing to hide, and every meeting will be open to the public.\u201d")
    record = pipeline.extract(text)
    quote = next(q for q in record.quotes if "nothing to hide" in q.content.text)
    lee = next(e for e in record.entities if e.name == "Ann Lee")
    assert quote.speaker is None or quote.speaker.entity != lee.id


def _quote_with(record, words: str):
    return next(q for q in record.quotes if words in q.content.text)


def test_an_inverted_attribution_opening_the_sentence_before_a_comma_names_the_person_named_before(pipeline):
    for verb in ("Said", "Explained"):
        record = pipeline.extract(f'Tom Hale coached the side for ten years. {verb} Hale, "The pitch was too wet to play on."')
        quote = _quote_with(record, "too wet")
        hale = next(e for e in record.entities if e.name == "Tom Hale")
        assert (quote.speaker.text, quote.speaker.entity, quote.cue.text) == ("Hale", hale.id, verb)


def test_an_inverted_attribution_naming_nobody_named_before_gives_no_speaker(pipeline):
    record = pipeline.extract('The side lost again. Explained Hale, "The pitch was too wet to play on."')
    quote = _quote_with(record, "too wet")
    assert quote.speaker is None or quote.speaker.entity is None


def test_continued_after_a_quotation_closed_by_a_comma_is_its_cue(pipeline):
    record = pipeline.extract('Ann Lee runs the bakery. "We sold out by noon," Lee recalled. '
                              '"It was the best day of the year," continued Tom Hale.')
    quote = _quote_with(record, "best day")
    assert "sold out" not in quote.content.text  # two speakers: two quotes
    assert (quote.cue.text, quote.speaker.text) == ("continued", "Tom Hale")
    assert _quote_with(record, "sold out").speaker.text == "Lee"


def test_continued_with_no_quotation_reports_nothing(pipeline):
    record = pipeline.extract("Prices continued to rise in March. The talks continued through the night in Leeds.")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == "continued"]


def test_continue_with_no_quotation_before_it_ends_no_reported_clause(pipeline):
    record = pipeline.extract('Ann Lee argues the council is too big and cannot continue "down the path of ever rising costs".')
    quote = _quote_with(record, "too big")
    assert quote.cue.text == "argues"
    assert quote.content.text.endswith('"down the path of ever rising costs"')


def test_a_name_in_straight_double_marks_inside_a_quotation_stays_inside_it():
    from newsevents.components.quotes import find_quote_spans
    text = 'Ann Lee runs the bakery. "We signed with "Acme Foods" last year and it has worked well," she said.'
    spans = find_quote_spans(text)
    assert [text[slice(*s.inner)] for s in spans] == ['We signed with "Acme Foods" last year and it has worked well,']
    # a quotation that lost its closing mark before the next one (web text run together) has no
    # second closing mark: the mark opens the next quotation, as before
    text = 'Fans wrote "Town news today "So proud of our team," said Ann Lee.'
    assert [text[slice(*s.inner)] for s in find_quote_spans(text)][-1] == "So proud of our team,"


def test_a_clause_of_continue_before_an_attribution_is_what_was_said(pipeline):
    record = pipeline.extract("Prices continued to rise in March, the bank said.")
    quote = _quote_with(record, "Prices")
    assert (quote.content.text, quote.cue.text, quote.speaker.text) == ("Prices continued to rise in March", "said", "the bank")
