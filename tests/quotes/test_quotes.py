"""The quotes stage: quotation marks, cues, content spans, kinds and speakers.

All passages except the seed check are written for these tests (not from the seed article).
"""

from __future__ import annotations

import json

import pytest

from newsevents.components.quotes import QuoteSpan, cue_lexicon, find_quote_spans, read_cue_rows
from newsevents.record import Quote, Record

# ----------------------------------------------------------------------------- helpers


def quotes_of(record: Record) -> list[Quote]:
    for quote in record.quotes:
        # The offsets contract: every span is a slice of the article text.
        assert record.article.text[quote.content.start : quote.content.end] == quote.content.text
        if quote.speaker is not None:
            assert record.article.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue is not None:
            assert record.article.text[quote.cue.start : quote.cue.end] == quote.cue.text
    return record.quotes


def quote_with(record: Record, fragment: str) -> Quote:
    found = [q for q in quotes_of(record) if fragment in q.content.text]
    assert found, f"no quote contains {fragment!r}: {[q.content.text for q in record.quotes]}"
    return found[0]


def assert_quote(
    quote: Quote, *, kind: str | None = None, content: str | None = None, speaker: str | None = None,
    cue: str | None = None,
) -> None:
    """Each field given is asserted exactly; a speaker or cue given must be there."""
    if kind is not None:
        assert quote.kind == kind
    if content is not None:
        assert quote.content.text == content
    if speaker is not None:
        assert quote.speaker is not None and quote.speaker.text == speaker
    if cue is not None:
        assert quote.cue is not None and quote.cue.text == cue


def inner_texts(text: str) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text)]


# ----------------------------------------------------------------------------- quotation marks


def test_apostrophes_never_open_a_quotation() -> None:
    text = "Russia's army and the soldiers' families are in Kyiv's suburbs, the mayor's office said."
    assert find_quote_spans(text) == []


def test_single_quotes_pair_but_possessives_do_not() -> None:
    text = "The rebels' leader called the deal 'a betrayal of the revolution', aides said."
    assert inner_texts(text) == ["a betrayal of the revolution"]


def test_curly_and_straight_double_quotes() -> None:
    text = 'He said "we are ready" and then “we will go”.'
    assert inner_texts(text) == ["we are ready", "we will go"]


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "“She told me ‘we are not leaving’, and I believed her,” the farmer said."
    assert inner_texts(text) == ["She told me ‘we are not leaving’, and I believed her,"]


def test_quotation_continues_into_the_next_paragraph() -> None:
    text = "“The harvest failed twice.\n\n“Now the banks want their money back,” the farmer said."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[slice(*spans[0].inner)].endswith("money back,")


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“The harvest failed twice\nThe next paragraph is narrative."
    assert find_quote_spans(text) == [QuoteSpan(0, len("“The harvest failed twice"), 1, 0)]


def test_a_straight_mark_after_a_colon_opens_even_before_a_space() -> None:
    text = 'Ann Lee said: " The new shape ruins it. Why change it?" Tom Reed posted: "It is dead."'
    assert inner_texts(text) == [" The new shape ruins it. Why change it?", "It is dead."]


def test_a_run_on_mark_after_a_sentence_end_continues_the_quotation() -> None:
    # Paragraph breaks lost: the second paragraph's opening mark follows the first one's last
    # sentence inside the same line; straight double and single marks alike.
    text = '"The harvest failed twice. "Now the banks want their money back," the farmer said.'
    assert inner_texts(text) == ['The harvest failed twice. "Now the banks want their money back,']
    text = "Ann wrote: 'We lost the farm! 'The banks took it all.' The bank said 'no comment'."
    assert inner_texts(text) == ["We lost the farm! 'The banks took it all.", "no comment"]


def test_a_straight_mark_after_a_word_still_closes_the_quotation() -> None:
    text = '"We are ready" he said, and "we will go" she said.'
    assert inner_texts(text) == ["We are ready", "we will go"]


def test_an_unclosed_single_mark_does_not_swallow_the_quotations_after_it() -> None:
    text = "He said 'no and left the room. Later his lawyer called the claim 'utter nonsense'."
    assert inner_texts(text) == ["utter nonsense"]


def test_cue_lexicon_reads_rows_and_phrasal_verbs() -> None:
    lexicon = read_cue_rows(
        ["# comment", "lemma\tpos\tkind\tspeech\tinfinitive", "say\tVERB\tspeech\tyes\tno", "call on\tVERB\tspeech\tyes\tyes"]
    )
    assert lexicon.verbs["say"].speech
    assert lexicon.phrasal[("call", "on")].infinitive
    shipped = cue_lexicon()
    assert {"say", "tell", "warn", "insist", "deny", "claim", "accuse", "announce", "add", "urge"} <= set(shipped.verbs)
    assert ("call", "on") in shipped.phrasal and "statement" in shipped.nouns


# ----------------------------------------------------------------------------- the stage


def test_direct_quote_with_inverted_order(extract) -> None:
    record = extract("“We will rebuild every school in the district,” said Mayor Anna Kowalski.")
    quote = quote_with(record, "rebuild every school")
    assert_quote(quote, kind="direct", content="We will rebuild every school in the district")
    assert quote.speaker is not None and "Anna Kowalski" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "said"


def test_direct_quote_with_cue_before_and_colon(extract) -> None:
    record = extract("The finance minister said: “Prices will fall by the spring. Wages will follow.”")
    quote = quote_with(record, "Prices will fall")
    assert_quote(quote, kind="direct", speaker="The finance minister",
                 content="Prices will fall by the spring. Wages will follow")


def test_attribution_inside_the_quotation_is_part_of_the_content(extract) -> None:
    record = extract("“Our army, I can assure you, will defend every village,” the defence minister said.")
    quote = quote_with(record, "I can assure you")
    assert_quote(quote, kind="direct", speaker="the defence minister",
                 content="Our army, I can assure you, will defend every village")
    assert len(record.quotes) == 1


def test_multi_paragraph_quotation_is_one_quote(extract) -> None:
    text = (
        "“The harvest failed twice and the well ran dry in August,” said Maria Lopez, a farmer.\n"
        "“Now the banks want their money back and nobody will lend us a cent.\n"
        "“We cannot go on like this for another year.”\n"
        "The regional government has promised help."
    )
    record = extract(text)
    quote = quote_with(record, "nobody will lend us a cent")
    assert "We cannot go on like this" in quote.content.text
    assert quote.kind == "direct"


def test_nested_quotes_give_one_quote(extract) -> None:
    record = extract("“She told me ‘we are not leaving’, and I believed her,” the farmer said.")
    quotes = quotes_of(record)
    assert len(quotes) == 1
    assert quotes[0].content.text == "She told me ‘we are not leaving’, and I believed her"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "the farmer"


def test_quote_without_speaker(extract) -> None:
    text = "Protesters gathered outside parliament on Monday.\n“Nobody listens to the people who grow the food.”"
    quote = quote_with(extract(text), "Nobody listens")
    assert quote.kind == "direct"
    assert quote.speaker is None and quote.cue is None


def test_continuation_takes_the_previous_speaker(extract) -> None:
    # Session 15 (quotes4): a quotation split by its attribution sentence in one paragraph is one
    # quote (as PolNeAR joins it); in the next paragraph it is a quote of its own, cue None.
    text = "“We will hold the line,” the general said. “Not one more village will fall to the enemy.”"
    record = extract(text)
    first = quote_with(record, "hold the line")
    assert first is quote_with(record, "Not one more village")
    assert first.speaker is not None and first.speaker.text == "the general"
    record = extract(text.replace(" “Not", "\n\n“Not"))
    second = quote_with(record, "Not one more village")
    assert second.speaker is not None and second.speaker.text == "the general"
    assert second.cue is None


def test_scare_quotes_are_not_quotes(extract) -> None:
    record = extract("The so-called “referendum” was widely condemned as a sham by observers.")
    assert quotes_of(record) == []


def test_two_speakers_in_one_sentence(extract) -> None:
    text = "The mayor said the bridge would reopen on Monday, while police said the road would stay closed."
    record = extract(text)
    bridge = quote_with(record, "the bridge would reopen")
    road = quote_with(record, "the road would stay closed")
    assert bridge.speaker is not None and bridge.speaker.text == "The mayor"
    assert road.speaker is not None and road.speaker.text == "police"
    assert "police" not in bridge.content.text


def test_according_to_records_the_source(extract) -> None:
    record = extract("Ten people were arrested overnight in the port city, according to a police spokesperson.")
    quote = quote_with(record, "Ten people were arrested")
    assert_quote(quote, kind="indirect", speaker="a police spokesperson", cue="according to",
                 content="Ten people were arrested overnight in the port city")


def test_told_reporters_that(extract) -> None:
    record = extract("The coach told reporters on Sunday that the team would appeal the ban.")
    quote = quote_with(record, "the team would appeal the ban")
    assert_quote(quote, kind="indirect", content="the team would appeal the ban", speaker="The coach")


def test_has_warned_that(extract) -> None:
    record = extract("The health ministry has warned that hospitals in the north are running out of fuel.")
    quote = quote_with(record, "hospitals in the north")
    assert_quote(quote, kind="indirect", cue="warned", speaker="The health ministry")


def test_has_said_after_the_content(extract) -> None:
    record = extract("The central bank will raise interest rates again next month, its governor has said.")
    quote = quote_with(record, "raise interest rates")
    assert_quote(quote, kind="indirect", speaker="its governor",
                 content="The central bank will raise interest rates again next month")


def test_mixed_quote_with_fragments(extract) -> None:
    record = extract("The senator said the bill was “dead on arrival” and “an insult to farmers”.")
    quote = quote_with(record, "dead on arrival")
    assert_quote(quote, kind="mixed", speaker="The senator",
                 content="the bill was “dead on arrival” and “an insult to farmers”")


def test_single_quoted_fragment_with_apostrophes_around(extract) -> None:
    record = extract("Moscow's envoy said the sanctions were 'economic warfare' against Russia's people.")
    quote = quote_with(record, "economic warfare")
    assert_quote(quote, kind="mixed", speaker="Moscow's envoy",
                 content="the sanctions were 'economic warfare' against Russia's people")


def test_urged_to_reports_the_request(extract) -> None:
    record = extract("The prime minister urged both sides to return to the negotiating table.")
    quote = quote_with(record, "return to the negotiating table")
    assert_quote(quote, content="both sides to return to the negotiating table", speaker="The prime minister")


def test_participle_cue_inherits_the_speaker(extract) -> None:
    text = "“We are not afraid,” the mayor said, adding: “The city will stay open for business.”"
    quote = quote_with(extract(text), "stay open for business")
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_pronoun_speaker_resolves_past_an_intervening_mention(extract) -> None:
    text = (
        "Prime Minister Helena Varga met the French ambassador, Pierre Dubois, on Tuesday. "
        "She said the talks had been constructive."
    )
    record = extract(text)
    quote = quote_with(record, "the talks had been constructive")
    assert quote.speaker is not None and quote.speaker.text == "She"
    names = {entity.id: entity.name for entity in record.entities}
    assert "Varga" in names.get(quote.speaker.entity or "", "")


@pytest.mark.parametrize("text", ["", "   \n\n", "“", "” ’ ‘ “ “ '' \"", "said said said", "\x00\x01 “a"])
def test_bad_input_gives_no_traceback(extract, text: str) -> None:
    record = extract(text)
    assert isinstance(record.quotes, list)
    quotes_of(record)


# ----------------------------------------------------------------------------- the seed article


def test_seed_quotes_and_speakers(extract, shared_dir) -> None:
    spec = shared_dir / "spec"
    text = (spec / "seed-article.txt").read_text(encoding="utf-8")
    gold = json.loads((spec / "seed-gold.json").read_text(encoding="utf-8"))["quotes"]
    record = extract(text, published="2022-09-30", source="BBC")
    names = {entity.id: entity.name for entity in record.entities}
    for item in gold:
        candidates = [
            q
            for q in quotes_of(record)
            if item["content_contains"] in q.content.text and q.kind in item["kind_any_of"] and q.speaker is not None
        ]
        assert candidates, f"no quote for {item}"
        if "speaker_text_contains" in item:
            assert any(item["speaker_text_contains"] in q.speaker.text for q in candidates), item
        elif names:  # the entity stage links speakers to entities
            assert any(names.get(q.speaker.entity or "") == item["speaker_entity"] for q in candidates), item


def test_quoted_object_of_a_cue_is_a_mixed_quote(extract) -> None:
    record = extract("Officials described the shelling as a “grave violation” of the truce.")
    quote = quote_with(record, "grave violation")
    assert_quote(quote, kind="mixed", speaker="Officials",
                 content="the shelling as a “grave violation” of the truce")


def test_a_cue_verb_without_content_gives_no_quote(extract) -> None:
    assert quotes_of(extract("The union called a strike for Monday in the capital.")) == []


def test_transcript_and_headline_speaker_labels(extract) -> None:
    text = (
        "Mayor Lopez: “We will rebuild the bridge”\n"
        "HOLT: Let us turn to the question of trade with China.\n"
        "Source: Reuters\n"
        "Update: the vote is now expected next week."
    )
    record = extract(text)
    headline = quote_with(record, "We will rebuild the bridge")
    assert headline.kind == "direct" and headline.speaker is not None and headline.speaker.text == "Mayor Lopez"
    transcript = quote_with(record, "Let us turn to the question")
    assert transcript.speaker is not None and transcript.speaker.text == "HOLT"
    assert not any("Reuters" in q.content.text or "vote is now" in q.content.text for q in record.quotes)


def test_typewriter_double_apostrophes_are_double_quotes() -> None:
    text = "''It doesn't add up,'' the senator said of the plan's ``hidden costs''."
    assert inner_texts(text) == ["It doesn't add up,", "hidden costs"]
    spans = find_quote_spans(text)
    assert text[spans[0].open : spans[0].end] == "''It doesn't add up,''"


def test_typewriter_quotes_give_a_direct_quote(extract) -> None:
    record = extract("''We have never lost a vote on this floor,'' the speaker told reporters.")
    quote = quote_with(record, "never lost a vote")
    assert_quote(quote, kind="direct", speaker="the speaker", content="We have never lost a vote on this floor")


def test_subject_hung_elsewhere_by_the_parser_is_still_found(extract) -> None:
    text = "In a 2015 meeting with the editorial board of the Daily Courier Smith said that taxes would fall."
    quote = quote_with(extract(text), "taxes would fall")
    # The parser glues the newspaper's name onto the subject; the speaker span still ends on him.
    assert quote.speaker is not None and quote.speaker.text.endswith("Smith")


def test_lets_say_is_not_an_attribution(extract) -> None:
    record = extract("Let's say you think a degree from a state university will cost $160,000 in 18 years.")
    assert quotes_of(record) == []


def test_first_person_inside_a_direct_quote_is_the_speaker(extract):
    record = extract(
        "“I will not resign, and my party stands with me,” Prime Minister Kaja Kallas told reporters.",
        published="2023-03-06",
    )
    kallas = next(e for e in record.entities if e.name == "Kaja Kallas")
    texts = [m.text for m in kallas.mentions]
    assert "I" in texts and "my" in texts and "me" in texts


# ----------------------------------------------------------------------------- modern layouts


def speaker_name(record: Record, quote: Quote) -> str | None:
    """The name of the entity the quote's speaker was resolved to."""
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    return next(e.name for e in record.entities if e.id == quote.speaker.entity)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Singer Jane Roe wrote on Instagram: “I am heartbroken and I will never forget you.”",
         "I am heartbroken", "Jane Roe"),
        ("“We are thrilled with the result,” Mark Ellis tweeted on Sunday.", "thrilled with the result", "Mark Ellis"),
        ("Fire chief Tom Banks posted on Twitter that two firefighters had been injured.",
         "two firefighters had been injured", "Tom Banks"),
        ("The mayor, Lena Park, said in a statement on Facebook that the library would reopen.",
         "the library would reopen", "Lena Park"),
    ],
)
def test_social_media_cues(extract, text: str, content: str, speaker: str) -> None:
    record = extract(text)
    quote = quote_with(record, content)
    assert speaker_name(record, quote) == speaker


def test_a_quotation_continued_over_paragraphs_keeps_its_speaker(extract) -> None:
    text = (
        "Harbour master Peter Quill said the ferry had been overloaded.\n"
        "“We warned them twice about the number of passengers,” he said.\n"
        "“Nobody listened to us. The owners cared only about the money.”\n"
        "“Next time it could be worse.”\n"
    )
    record = extract(text)
    for fragment in ("warned them twice", "Nobody listened", "Next time"):
        assert speaker_name(record, quote_with(record, fragment)) == "Peter Quill"


def test_a_run_on_quotation_does_not_cross_an_unquoted_paragraph(extract) -> None:
    text = (
        "“We warned them twice about the number of passengers,” Peter Quill said.\n"
        "The ferry sank an hour after leaving the port.\n"
        "“Nobody listened to us and now we are counting the dead.”\n"
    )
    record = extract(text)
    assert quote_with(record, "Nobody listened").speaker is None


def test_a_speaker_introduced_before_a_colon(extract) -> None:
    text = (
        "The statement from the ministry was brief:\n"
        "“The investigation will be completed within three weeks and the findings made public.”\n"
    )
    record = extract(text)
    quote = quote_with(record, "investigation will be completed")
    assert_quote(quote, speaker="the ministry", cue=":")


def test_words_before_the_complementiser_are_not_what_was_said(extract) -> None:
    text = "Tom Reed said on BBC Radio's “Morning Show” that the council would do much better with a new leader."
    quote = quote_with(extract(text), "council would do")
    assert (quote.kind, quote.content.text) == ("indirect", "the council would do much better with a new leader")


def test_a_colon_ending_the_cue_phrase_introduces_the_quotation(extract) -> None:
    record = extract("Tom Reed hit out at the council: “They have done nothing for this town in ten years.”")
    quote = quote_with(record, "done nothing")
    assert quote.kind == "direct" and speaker_name(record, quote) == "Tom Reed"


def test_a_speaker_before_a_colon_is_never_the_subject_of_the_quotation(extract) -> None:
    # The parser may put both in one sentence, with the quotation's verb as its root.
    record = extract("Ann Marsh turned to the crowd: “They have done nothing for this town in ten years.”")
    assert speaker_name(record, quote_with(record, "done nothing")) == "Ann Marsh"


def test_verbs_of_saying_in_a_manner(extract) -> None:
    text = (
        "Ann Marsh won the prize. “I am so proud of every single one of them,” she gushed. "
        "Tom Reed lost his seat. “They have treated me like dirt for years,” he fumed."
    )
    record = extract(text)
    gushed, fumed = quote_with(record, "so proud"), quote_with(record, "like dirt")
    assert (gushed.cue.text, speaker_name(record, gushed)) == ("gushed", "Ann Marsh")
    assert (fumed.cue.text, speaker_name(record, fumed)) == ("fumed", "Tom Reed")


def test_a_statement_noun_before_a_colon_gives_its_owner(extract) -> None:
    record = extract("The senator's tweet read: “We will not back down on this issue, ever.”")
    quote = quote_with(record, "not back down")
    assert quote.speaker is not None and quote.speaker.text == "The senator"
    senator = next(e for e in record.entities if e.id == quote.speaker.entity)
    assert "LEG" in senator.sector  # the possessor is an entity of its own


def test_an_eyewitness_named_in_one_sentence_speaks_in_the_next(extract) -> None:
    text = "Tom Hardy, a fisherman, watched from his boat. “There was nothing anyone could do for them.”"
    record = extract(text)
    assert speaker_name(record, quote_with(record, "nothing anyone could do")) == "Tom Hardy"


def test_a_speaker_named_right_after_an_embedded_post_is_not_the_post(extract) -> None:
    text = (
        "Fans were angry. Knock a triangle off, not increase the gap! #chocolate @AcmeBars -- Neil Roe "
        "(@neilroe) November 8, 2016 Lee Yarker, who bought one of the new bars, said: "
        "\"Fair enough reducing the weight of the bar, but why the big gap?\""
    )
    record = extract(text)
    assert quote_with(record, "Fair enough").speaker.text == "Lee Yarker"
    assert speaker_name(record, quote_with(record, "Knock a triangle")) == "Neil Roe"


def test_a_role_the_parser_split_from_the_name_after_it(extract) -> None:
    record = extract("Chicago Cubs president of baseball operations Theo Epstein said the team had earned the title.")
    quote = quote_with(record, "earned the title")
    assert quote.speaker.text == "Theo Epstein" and speaker_name(record, quote) == "Theo Epstein"


def test_a_description_the_parser_hung_on_the_cue_word_by_word(extract) -> None:
    record = extract(
        "Joe Maddon managed the Cubs to the title. "
        "“The rain delay helped my players more than anything,” the 62-year-old said."
    )
    quote = quote_with(record, "rain delay")
    assert quote.speaker is not None and quote.speaker.text == "the 62-year-old"


def test_an_entity_in_a_modifier_of_the_speaker_is_not_the_speaker(extract) -> None:
    record = extract("“We carry these costs for as long as possible,” said the US-based company, which owns a bakery.")
    quote = quote_with(record, "carry these costs")
    assert quote.speaker.text == "the US-based company" and quote.speaker.entity is None


def test_a_person_in_the_cue_phrase_is_no_other_candidate(extract) -> None:
    said = "“He thought it was fine to lie to all of his supporters,” Tom Reed said"
    record = extract(f"{said} at a rally for Ann Lee in Leeds. “He was not even trying to hide it.”")
    assert speaker_name(record, quote_with(record, "trying to hide")) == "Tom Reed"
    # a clause of its own names another possible speaker
    record = extract(f"{said} after Ann Lee left the stage. “He was not even trying to hide it.”")
    assert quote_with(record, "trying to hide").speaker is None


def test_a_person_in_the_speakers_own_phrase_or_a_participle_of_the_cue_is_no_other_candidate(extract) -> None:
    # The apposition or relative clause says who the speaker is; the participle clause says what
    # the speaker spoke about: neither names a new speaker of the next quotation.
    for text in (
        "“We should close the gate,” said Ann Lowell of Ohio, the only mayor to back Mark Dunmore. "
        "“The river is rising every hour.”",
        "“We knew the risk,” said Ann Lowell, who campaigned with Mark Dunmore last year. "
        "“The river is rising every hour.”",
        "“I have seen this before,” Ann Lowell said, referring to Mark Dunmore. "
        "“The river is rising every hour.”",
    ):
        record = extract(text)
        assert speaker_name(record, quote_with(record, "rising every hour")) == "Ann Lowell", text
    # a person named in a sentence of their own between the two quotations still could be the speaker
    record = extract("“We knew the risk,” said Ann Lowell. Mark Dunmore arrived with his son. "
                     "“The river is rising every hour.”")
    assert speaker_name(record, quote_with(record, "rising every hour")) != "Ann Lowell"


def test_a_quotation_after_the_person_addressed_is_what_a_participle_of_telling_said(extract) -> None:
    # The parser hangs the quotation on the main clause; it is what the participle reports.
    for text in (
        "Tom Baxter didn’t seem impressed with the plan, telling reporters, “A lot of people said the mayor should go.”",
        "Tom Baxter took a risk by joking about the budget, telling the crowd, “A lot of people said the mayor should go.”",
    ):
        record = extract(text)
        quote = quote_with(record, "mayor should go")
        assert quote.kind == "direct" and quote.cue.text == "telling", text
        assert speaker_name(record, quote) == "Tom Baxter", text


def test_an_interrupted_quotation_around_a_speaker_with_an_apposition(extract) -> None:
    said = "“This used to be our back yard,” said Tom Baxter, {} “but it is slowly coming into their hands.”"
    for middle in ("director of studies at the Lincoln Institute in Boston,", "who met Ann Lowell in Boston,"):
        record = extract(said.format(middle))
        quote = quote_with(record, "coming into their hands")
        assert quote.content.text.startswith("This used to be") and speaker_name(record, quote) == "Tom Baxter"
    # a clause with its own subject names another possible speaker: the second part has none
    record = extract(said.format("on Monday after Ann Lowell left,"))
    assert quote_with(record, "coming into their hands").speaker is None


def test_an_interrupted_quotation_around_the_cues_own_phrases(extract) -> None:
    said = "“The rules went far beyond what the law asks,” he said {} “and yet the trust agreed to stricter ones.”"
    for middle in ("in a statement,", "on Sunday on the radio,"):
        quote = quote_with(extract(said.format(middle)), "stricter ones")
        assert quote.content.text.startswith("The rules went") and quote.speaker.text == "he", middle


def test_a_participle_clause_set_off_between_subject_and_cue(extract) -> None:
    # The parser hangs the subject on the participle clause between commas; it is the cue's too.
    record = extract('Sen. Tom Baxter (D-Ohio), noting the size of the crowd, said, "We will win this state easily in the autumn."')
    quote = quote_with(record, "win this state")
    assert quote.cue.text == "said" and speaker_name(record, quote) == "Tom Baxter"


def test_an_as_clause_set_off_inside_a_clause_frames_the_whole_clause(extract) -> None:
    for text in (
        "Just a few weeks ago, as the Daily Echo reported, the council was discussing a plan to close the mill.",
        "The mill, as the Daily Echo reported, was discussing a plan to close the mill.",
    ):
        quote = quote_with(extract(text), "discussing a plan")
        assert quote.cue.text == "reported" and quote.speaker.text == "the Daily Echo", text
        assert quote.content.text == text.rstrip("."), text
    # an "as" clause with an object of its own is a time, and one without a cue frames nothing
    assert not extract("On Monday, as the crowd cheered, the council discussed a plan to close the mill.").quotes


def test_a_sentence_naming_two_people_gives_a_quotation_after_it_no_speaker(extract) -> None:
    # Two candidates (coordinated subjects, or a subject and an object): never guess.
    for text in (
        "Tom Reed and Ann Marsh met the press on Monday. “We agreed on a plan for the new bridge.”",
        "Tom Reed met Ann Marsh on Monday. “It was a very good meeting for both of our towns.”",
        "Ann Marsh said the team had been unlucky, and Tom Reed agreed. “We will come back stronger next year.”",
    ):
        assert quote_with(extract(text), "ood meeting" if "meeting" in text else "We ").speaker is None, text


def test_a_possessive_or_a_name_in_the_subject_phrase_is_no_second_candidate(extract) -> None:
    text = "“We lost twice,” Ann Marsh said. Her coach Tom Reed watched from her seat. “She deserved to win that final.”"
    record = extract(text)
    assert speaker_name(record, quote_with(record, "deserved to win")) == "Tom Reed"


def test_a_passive_subject_before_a_quotation_is_not_its_speaker(extract) -> None:
    text = "Tom Hardy was arrested on Monday. “There was nothing anyone could do for them.”"
    assert quote_with(extract(text), "nothing anyone could do").speaker is None


def test_according_to_a_statement_names_the_body_behind_it(extract) -> None:
    record = extract("According to a statement from the Portland Fire Department, the blaze started in the kitchen.")
    quote = quote_with(record, "the blaze started")
    assert_quote(quote, speaker="the Portland Fire Department", cue="According to")


def test_a_spokesperson_for_a_body_speaks_for_it(extract) -> None:
    record = extract("A spokeswoman for Acme Foods said the recipe had not changed.")
    assert speaker_name(record, quote_with(record, "recipe had not changed")) == "Acme Foods"


def test_a_spokesperson_named_with_a_body_before_the_noun_speaks_for_it(extract) -> None:
    record = extract('Acme Foods raised its prices. "We had no choice," an Acme Foods spokesman said.')
    assert speaker_name(record, quote_with(record, "We had no choice")) == "Acme Foods"
    # a body that is no named entity ("a police spokesman") gives no such owner
    record = extract('"We had no choice," a police spokesman said.')
    assert speaker_name(record, quote_with(record, "We had no choice")) != "police"


def test_it_as_a_speaker_is_the_organisation_before(extract) -> None:
    record = extract(
        "Acme Foods raised prices on Monday. It said costs had risen sharply.\n"
        "“We carry these costs for as long as we can,” it said.\n"
    )
    assert speaker_name(record, quote_with(record, "costs had risen")) == "Acme Foods"
    assert speaker_name(record, quote_with(record, "We carry these costs")) == "Acme Foods"


def test_it_as_a_speaker_is_the_only_organisation_earlier_in_its_sentence(extract) -> None:
    record = extract("Ann Marsh accused the Acme Corporation of greed after it said that prices would rise again.")
    assert speaker_name(record, quote_with(record, "prices would rise")) == "Acme Corporation"
    record = extract(
        "Ann Marsh accused the Acme Corporation and the Bolt Group of greed after it said that prices would rise."
    )
    assert quote_with(record, "prices would rise").speaker.entity is None  # two bodies: no guess


def test_it_as_a_speaker_is_not_linked_to_a_person(extract) -> None:
    record = extract("Jane Roe raised prices on Monday. It said costs had risen sharply.")
    assert quote_with(record, "costs had risen").speaker.entity is None


def test_an_embedded_post_is_said_by_the_account_that_signs_it(extract) -> None:
    text = (
        "Fans were angry on Tuesday. The new bars are a disgrace to the brand. pic.twitter.com/xY12ab "
        "-- Mary Stone (@marystone) November 8, 2016 Dozens of people have posted memes."
    )
    record = extract(text)
    quote = quote_with(record, "a disgrace to the brand")
    assert speaker_name(record, quote) == "Mary Stone"
    assert quote.cue is not None and quote.cue.text == "(@marystone)"
    assert "pic.twitter" not in quote.content.text and "Fans were angry" not in quote.content.text


def test_posts_embedded_one_after_another_keep_their_own_text(extract) -> None:
    text = (
        "Fans reacted online. The new bars are a disgrace -- Mary Stone (@marystone) November 8, 2016 "
        "I will never buy one again -- Tom Dunn (@tomdunn) November 8, 2016 #chocolate -- Ann Lee (@annlee) "
        "November 8, 2016 The company declined to comment."
    )
    record = extract(text)
    second = quote_with(record, "never buy one again")
    assert speaker_name(record, second) == "Tom Dunn"
    assert "Mary Stone" not in second.content.text and "2016" not in second.content.text
    assert not [q for q in record.quotes if q.speaker is not None and q.speaker.text == "Ann Lee"]


def test_the_speaker_is_the_head_of_the_phrase_not_its_possessor(extract) -> None:
    record = extract("A girl fell into a river in Wales on Monday. The girl's uncle, Tom Pryce, said she was cold. "
                     "Her family said they were grateful.")
    uncle = quote_with(record, "she was cold")
    assert speaker_name(record, uncle) == "Tom Pryce"
    family = quote_with(record, "they were grateful")
    assert speaker_name(record, family) not in ("girl", "A girl")


def test_took_to_a_platform_to_say_is_said_by_the_one_who_took_to_it(extract) -> None:
    record = extract('Singer Kim Vale took to Instagram to say that she was "devastated" by the decision.')
    quote = quote_with(record, "devastated")
    assert quote.speaker is not None and "Kim Vale" in quote.speaker.text
    assert speaker_name(record, quote) == "Kim Vale"


def test_the_name_hung_on_the_place_of_a_title_is_the_title_holder(extract) -> None:
    record = extract('The mayor of Springfield, Ann Lee, wrote on Twitter: "This is a sad day for our city."')
    assert speaker_name(record, quote_with(record, "sad day")) == "Ann Lee"
    twitter = [e for e in record.entities if e.name == "Twitter"]
    assert twitter and twitter[0].type == "ORG"


def test_an_embedded_post_ending_in_tags_alone_is_the_sentence_before_them(extract) -> None:
    text = ("The council closed the old bridge on Monday. "
            "Who will pay for the repairs this time? #bridgegate pic.twitter.com/AbC123 "
            "-- Jane Roe (@janeroe) November 8, 2016")
    record = extract(text)
    post = quote_with(record, "Who will pay for the repairs")
    assert "council" not in post.content.text
    assert speaker_name(record, post) == "Jane Roe"


def test_a_quotation_ending_a_sentence_is_not_the_next_sentence_s(extract) -> None:
    text = ("Lena Park posted: 'We lost the match and the cup.' Tom Reed wrote on Facebook, saying: "
            "'The referee had a terrible night and everyone saw it.'")
    record = extract(text)
    lost = [q for q in quotes_of(record) if "lost the match" in q.content.text]
    assert lost and all(q.speaker is not None and q.speaker.text == "Lena Park" for q in lost)
    assert speaker_name(record, quote_with(record, "terrible night")) == "Tom Reed"


def test_a_quotation_after_a_colon_is_the_content_not_the_caption_after_it(extract) -> None:
    text = "Tom Reed said: 'First the rain and now this' Fans took to the streets after the match was abandoned"
    quote = quote_with(extract(text), "First the rain")
    assert_quote(quote, kind="direct", content="First the rain and now this")


def test_an_interrupted_quotation_is_said_by_the_attribution_between_its_parts(extract) -> None:
    text = ("Ruth Cole had warned the council for years. \"While the dam should have been repaired long ago,\" "
            "Mark Lind said, \"the flood could not have been stopped by anyone.\"")
    record = extract(text)
    assert speaker_name(record, quote_with(record, "dam should have been repaired")) == "Mark Lind"
    assert speaker_name(record, quote_with(record, "flood could not have been stopped")) == "Mark Lind"


def test_an_unattributed_quotation_takes_the_last_speaker_when_nobody_else_is_named(extract) -> None:
    text = ("Ruth Cole said the dam had been neglected for a decade. The river rose two metres overnight. "
            "\"We asked for money to repair it every single year.\"")
    record = extract(text)
    assert speaker_name(record, quote_with(record, "asked for money")) == "Ruth Cole"


def test_an_unattributed_quotation_after_another_person_is_named_has_no_speaker(extract) -> None:
    # Two candidates (the last speaker and the engineer named since): no guess.
    text = ("\"The dam was neglected for a decade,\" Ruth Cole said. The engineer, Mark Lind, inspected it in May. "
            "The river rose two metres overnight. \"We asked for money to repair it every single year.\"")
    record = extract(text)
    assert quote_with(record, "asked for money").speaker is None


def test_a_quotation_inside_a_sentence_does_not_continue_the_last_speaker(extract) -> None:
    text = ("\"The dam was neglected for a decade,\" Ruth Cole said. The town has its own legend, the "
            "\"curse of the old mill wheel\", which every child learns at school.")
    record = extract(text)
    assert quote_with(record, "curse of the old mill wheel").speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The old bridge, Mayor Ann Lee said, will be closed to lorries from Monday.", "Ann Lee"),
        ("Rising rents, Tom Reed often says, are the biggest threat facing the town.", "Tom Reed"),
    ],
)
def test_an_interposed_attribution_reports_the_whole_sentence(extract, text: str, speaker: str) -> None:
    record = extract(text)
    quotes = quotes_of(record)
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect"
    assert quotes[0].content.text == text.rstrip(".")  # both sides of the attribution
    assert speaker_name(record, quotes[0]) == speaker


def test_an_inverted_speaker_the_parser_read_as_an_object(extract) -> None:
    record = extract("Fans were angry. \"This is the worst change they have ever made,\" tweeted one user.")
    quote = quote_with(record, "worst change")
    assert quote.speaker is not None and quote.speaker.text == "one user"
    # after a verb of telling, the object is the person addressed, not the speaker
    record = extract("\"This is the worst change they have ever made,\" told reporters on Monday.")
    assert quote_with(record, "worst change").speaker is None


def test_an_inverted_speaker_the_parser_gave_to_a_later_clause(extract) -> None:
    text = "\"The long wait is finally over,\" said Cubs fan Rodrigo Alves, 24, moments after the game ended."
    record = extract(text)
    assert speaker_name(record, quote_with(record, "long wait is finally over")) == "Rodrigo Alves"


def test_speech_after_a_colon_without_quotation_marks(extract) -> None:
    record = extract("The governor, Ann Lee, added: It is typical of the council. They never listen to anyone.")
    quote = quote_with(record, "typical of the council")
    assert_quote(quote, kind="indirect", content="It is typical of the council")
    assert speaker_name(record, quote) == "Ann Lee"


def test_the_second_part_of_an_interrupted_quotation_keeps_the_speaker(extract) -> None:
    text = "\"We knew the river would rise,\" Ruth Cole said, \"and we waited for help that never came.\""
    record = extract(text)
    assert speaker_name(record, quote_with(record, "waited for help")) == "Ruth Cole"



def test_i_as_a_speaker_inside_a_post_is_the_account_holder(extract) -> None:
    text = ("I told you that closing the library would hurt the children. pic.twitter.com/xyz789 "
            "-- Mara Quinn (@maraquinn) March 3, 2016")
    record = extract(text)
    told = next(q for q in quotes_of(record) if q.cue is not None and q.cue.text == "told")
    assert told.speaker is not None and told.speaker.text == "I"
    assert speaker_name(record, told) == "Mara Quinn"
