"""Quote layouts of session 16 (branch dev11q, issue 15): inverted attributions (``Said Farrow:``,
``Wrote Roe in a note:``, alone in a paragraph before the quotation), transcript labels with a
party mark (``SEN. HOLT (R):``) and turns running over paragraphs, a head's kicker before a
colon attribution (``EXCLUSIVE – Ann Lee: ...``), topic heads (``Brexit: what next``) that name
no speaker, ``As X put it`` with a body the model left untagged, ``As the chart shows`` (no
speaker), and a participle of saying the parser read as the subject of what it reports. Every
sentence here is our own; none is taken from a data set."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components import speaker_labels
from quotes_heldout import by_content, quotes_of

PUBLISHED = "2026-12-05"
INVERTED = frozenset({"said", "added", "wrote", "stated"})


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    return quotes_of(extract, text, PUBLISHED)


def _label(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)


# ------------------------------------------------------------------ label_core on hand-built labels


def test_a_party_mark_is_no_part_of_a_label() -> None:
    doc = _label(["SEN.", "OKONJO", "(", "D", "-", "Ohio", ")"], ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    assert speaker_labels.label_core(doc[:], INVERTED).text == "SEN. OKONJO"
    # the bracket's end read with the colon as one token ("):")
    doc = _label(["REP.", "TALLIS", "(", "R"], ["PROPN", "PROPN", "PUNCT", "PROPN"])
    assert speaker_labels.label_core(doc[:], INVERTED, closed=True).text == "REP. TALLIS"


def test_an_inverted_verb_is_no_part_of_a_label_and_a_phrase_after_the_name_neither() -> None:
    doc = _label(["Wrote", "Halloran", "in", "a", "letter"], ["PROPN", "PROPN", "ADP", "DET", "NOUN"])
    assert speaker_labels.label_core(doc[:], INVERTED).text == "Halloran"
    doc = _label(["Added", "the", "minister"], ["VERB", "DET", "NOUN"])
    assert speaker_labels.label_core(doc[:], INVERTED).text == "the minister"


def test_a_kicker_before_a_dash_is_no_part_of_a_label() -> None:
    doc = _label(["EXCLUSIVE", "\u2013", "Mona", "Krall"], ["ADJ", "PUNCT", "PROPN", "PROPN"])
    assert speaker_labels.label_core(doc[:], INVERTED).text == "Mona Krall"


def test_plain_labels_and_a_given_name_that_is_no_verb_are_left_alone() -> None:
    assert speaker_labels.label_core(_label(["WALLACE"], ["PROPN"])[:], INVERTED) is None
    assert speaker_labels.label_core(_label(["Sadie", "Brook"], ["PROPN", "PROPN"])[:], INVERTED) is None
    # a bracket that is no party mark (lower-case words) stays
    doc = _label(["Tom", "Reed", "(", "in", "Leeds", ")"], ["PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"])
    assert speaker_labels.label_core(doc[:], INVERTED) is None


# ------------------------------------------------------------------ inverted attributions


def test_an_inverted_attribution_is_the_person_named_before(extract) -> None:
    found = _quotes(extract, "Fisheries officer Agnes Thorvald inspected the boats on Sunday.\n\n"
                             "Said Thorvald: \"Half of these nets are illegal, and the owners know it.\"")
    assert by_content(found, "Half of these nets")[1:] == ("Thorvald", "Agnes Thorvald")


def test_an_inverted_attribution_alone_in_its_paragraph_is_the_next_paragraphs_speaker(extract) -> None:
    found = _quotes(extract, "Headteacher Colm Brannigan wrote to parents on Friday.\n\n"
                             "Stated Brannigan:\n\n"
                             "\"The heating has failed three times this winter. We cannot keep the children in cold rooms.\"\n\n"
                             "The school will close early on Monday.")
    assert by_content(found, "The heating has failed")[1:] == ("Brannigan", "Colm Brannigan")


def test_an_inverted_attribution_with_a_phrase_before_the_colon(extract) -> None:
    found = _quotes(extract, "Analyst Ravi Chandrasekar expects the merger to fail.\n\n"
                             "Wrote Chandrasekar in a report on Monday: \"The regulator has never approved a deal this large.\"")
    assert by_content(found, "The regulator has never")[2] == "Ravi Chandrasekar"


def test_a_given_name_that_is_a_verb_form_stays_when_nobody_else_has_the_family_name(extract) -> None:
    record = extract("Said Okafor: \"The port will reopen on Friday.\"\n\nThe strike ended after three weeks.",
                     published=PUBLISHED)
    assert "Said Okafor" in {e.name for e in record.entities}


# ------------------------------------------------------------------ transcripts


def test_a_transcript_label_with_a_party_mark(extract) -> None:
    found = _quotes(extract, "Senator Idris Kalloway questioned the bank's chief at the hearing.\n\n"
                             "SEN. KALLOWAY (R-Utah): How much did your bank lose on the bond trades last year?\n\n"
                             "MS. FENWICK: Roughly two billion dollars, senator.")
    assert by_content(found, "How much did your bank lose")[1:] == ("SEN. KALLOWAY", "Idris Kalloway")


def test_a_turn_goes_on_in_a_paragraph_that_speaks_as_the_speaker(extract) -> None:
    found = _quotes(extract, "Radio host Dara Quigley spoke to the housing minister, Stellan Berg, on Monday.\n\n"
                             "QUIGLEY: Why are rents still rising?\n\n"
                             "BERG: Because too few homes were built for a decade.\n\n"
                             "We will build forty thousand this year, more than any government before us.")
    assert by_content(found, "We will build forty thousand")[1:] == ("BERG", "Stellan Berg")


def test_prose_after_a_turn_is_no_part_of_it(extract) -> None:
    found = _quotes(extract, "Radio host Dara Quigley spoke to the housing minister, Stellan Berg, on Monday.\n\n"
                             "QUIGLEY: Why are rents still rising?\n\n"
                             "BERG: Because too few homes were built for a decade.\n\n"
                             "The interview was broadcast on the station's morning programme.")
    assert not [q for q in found if "broadcast" in q[0]], found


# ------------------------------------------------------------------ heads


def test_a_kicker_before_a_colon_attribution_in_a_head(extract) -> None:
    found = _quotes(extract, "EXCLUSIVE \u2013 Martha Quinlan: The Budget Will Break the Councils\n\n"
                             "Martha Quinlan, who leads the county councils' association, spoke to this paper on Tuesday.")
    assert by_content(found, "The Budget Will Break the Councils")[2] == "Martha Quinlan"


def test_a_topic_head_before_a_question_names_no_speaker(extract) -> None:
    assert _quotes(extract, "Pensions: what the new rules mean for savers\n\n"
                            "The changes come into force in April.") == []
    assert _quotes(extract, "Tariffs: how the deal will change prices\n\n"
                            "Shops expect to raise prices before the summer.") == []


def test_a_persons_head_opening_with_a_question_word_stays_a_quote(extract) -> None:
    found = _quotes(extract, "Ingrid Vasquez: Why I left the party after twenty years\n\n"
                             "The former minister explains her decision in her own words.")
    assert by_content(found, "Why I left the party")[2] == "Ingrid Vasquez"


# ------------------------------------------------------------------ "as" clauses


def test_as_an_untagged_body_put_it(extract) -> None:
    found = _quotes(extract, "~ As Pitchwire put it, \u201cGoodbye, old friend.\u201d The band has split after twenty years.")
    assert by_content(found, "Goodbye, old friend")[1:] == ("Pitchwire", "Pitchwire")


def test_as_the_chart_shows_has_no_speaker(extract) -> None:
    assert _quotes(extract, "As the graph shows, ticket sales have fallen every year since 2015.") == []
    # a report still shows what it found
    found = _quotes(extract, "As the inspectors' report shows, the prison has been short of staff for years.")
    assert by_content(found, "the prison has been short of staff")


# ------------------------------------------------------------------ participles


def test_a_participle_read_as_the_subject_of_what_it_reports(extract) -> None:
    found = _quotes(extract, "Mayor Tilda Brannock also answered the critics on Friday, stating county and city "
                             "officials \u2013 and not the state \u2013 are responsible for the roads.")
    assert by_content(found, "are responsible for the roads")[2] == "Tilda Brannock"


def test_a_participle_of_no_saying_before_a_coordinated_verb_is_no_quote(extract) -> None:
    found = _quotes(extract, "The mayor visited the flooded streets on Monday, thanking the volunteers, and left after an hour.")
    assert not [q for q in found if "left after an hour" in q[0]], found


def test_an_inverted_attribution_with_a_description(extract) -> None:
    found = _quotes(extract, "Transport minister Ola Brandvik visited the new depot.\n\n"
                             "Added the minister: \"Every bus in this city will be electric by 2030.\"")
    assert by_content(found, "Every bus in this city")[1:] == ("the minister", "Ola Brandvik")


def test_a_head_word_after_an_inverted_verb_form_that_names_nobody_is_no_speaker(extract) -> None:
    found = _quotes(extract, "The dairy published its plan on Monday.\n\n"
                             "Added Value: the scheme pays farmers a higher price for their milk.")
    assert not [q for q in found if q[1] == "Value"], found


def test_prose_after_a_heads_label_is_no_turn(extract) -> None:
    found = _quotes(extract, "Harbour master Ewan Tolland: 'The quay is safe again'\n\n"
                             "Our reporter walked the length of the rebuilt quay with him on Tuesday.")
    assert not [q for q in found if "Our reporter" in q[0]], found


def test_an_inverted_label_names_the_person_even_without_a_mention_there(extract) -> None:
    found = _quotes(extract, "Magistrate Yolanda Brigstock fined the landlord 20,000 pounds.\n\n"
                             "Said Brigstock: \"You left families living with damp and rats for two winters.\"")
    assert by_content(found, "You left families living")[2] == "Yolanda Brigstock"


def test_a_party_mark_with_an_abbreviated_state(extract) -> None:
    found = _quotes(extract, "Senator Piet Vanterpool questioned the agency's director on Tuesday.\n\n"
                             "SEN. VANTERPOOL (R-Ind.): How many inspectors does your agency employ today?\n\n"
                             "DIRECTOR MOSS: About four hundred.")
    assert by_content(found, "How many inspectors")[1:] == ("SEN. VANTERPOOL", "Piet Vanterpool")


def test_a_title_case_word_after_a_verb_form_the_model_made_a_person_is_no_speaker(extract) -> None:
    found = _quotes(extract, "Added Bonus: every ticket now includes a free drink.\n\nThe theatre reopened in June.")
    assert found == [], found
