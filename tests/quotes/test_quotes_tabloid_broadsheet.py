"""Branch g2rest (issue 15, the tabloid and broadsheet page): rules tested on hand-built Docs of our
own sentences, so that the rule is tested and not what the model makes of a sentence.

- a picture agency's credit in capitals glued before a lone surname (``... on the podium REUTERS
  Brandt had ...``) which the model tags with the credit as a body: the surname is the mention of
  the person named in full before; not when no person of that surname is named, nor when the
  credit stands before a full name;
- ``NAME of COUNTRY`` gives the person that country, so a later ``the Finn`` finds him; not ``of``
  a country's possessive (``of Finland's federation``) nor of a place that is no country;
- a post's signer spanned with its handle (``Dean Okafor (@deanokafor)``) or with the post's last
  word glued to one hyphen (``decision.- Ray Condon``) is named by the name alone;
- a post signed at the end of a paragraph of its own is the whole paragraph, verbs and all; a post
  after the article's own sentences in one paragraph of a text without line breaks is not.
"""

from __future__ import annotations

import pytest

from newsevents.components.quotes import _post_paragraph_start

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


# "Tomas Brandt won . Fans cheer REUTERS Brandt had started sixth ."
def _credit_rows(first: str, last: str, credit: str, later: str, later_ent: str) -> list[Row]:
    return [
        (first, "NNP", "PROPN", 1, "compound", "B-PERSON", True), (last, "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("won", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("Fans", "NNS", "NOUN", 5, "nsubj", "O", True), ("cheer", "VBP", "VERB", 5, "ROOT", "O", False),
        (credit, "NNP", "PROPN", 7, "compound", "B-ORG", False), (later, "NNP", "PROPN", 9, "nsubj", later_ent, False),
        ("had", "VBD", "AUX", 9, "aux", "O", False), ("started", "VBN", "VERB", 5, "ccomp", "O", False),
        ("sixth", "RB", "ADV", 9, "advmod", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False),
    ]


def test_a_credit_glued_before_a_surname_leaves_the_surname_to_the_person(stage_entities) -> None:
    found = stage_entities(_credit_rows("Tomas", "Brandt", "REUTERS", "Brandt", "I-ORG"))
    assert _texts(found["Tomas Brandt"]) == ["Tomas Brandt", "Brandt"]
    assert "REUTERS" not in " ".join(m.text for e in found.values() for m in e.mentions)
    assert all(e.type != "ORG" for e in found.values())


def test_a_credit_before_a_word_that_is_no_ones_surname_is_left_alone(stage_entities) -> None:
    found = stage_entities(_credit_rows("Tomas", "Brandt", "REUTERS", "Ferrari", "I-ORG"))
    assert _texts(found["Tomas Brandt"]) == ["Tomas Brandt"]
    assert "Ferrari" in found and found["Ferrari"].type == "ORG"


def test_a_capitalised_word_that_is_no_credit_keeps_its_body(stage_entities) -> None:
    # "NORTH Brandt": a word in capitals that is no picture agency's
    found = stage_entities(_credit_rows("Tomas", "Brandt", "NORTH", "Brandt", "I-ORG"))
    assert _texts(found["Tomas Brandt"]) == ["Tomas Brandt"]


# "Henrik Salo of Finland beat Rens Bakker . The Finn was fastest ."
def _of_country_rows(country: str, after: list[Row], demonym: str) -> list[Row]:
    n = 5 + len(after)
    rows: list[Row] = [
        ("Henrik", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Salo", "NNP", "PROPN", 4 + len(after), "nsubj", "I-PERSON", False),
        ("of", "IN", "ADP", 1, "prep", "O", False), (country, "NNP", "PROPN", 2, "pobj", "B-GPE", False),
    ]
    rows += after
    rows += [
        ("beat", "VBD", "VERB", n - 1, "ROOT", "O", False), ("Rens", "NNP", "PROPN", n + 1, "compound", "B-PERSON", False),
        ("Bakker", "NNP", "PROPN", n - 1, "dobj", "I-PERSON", False), (".", ".", "PUNCT", n - 1, "punct", "O", False),
        ("The", "DT", "DET", n + 4, "det", "O", True), (demonym, "NNP", "PROPN", n + 5, "nsubj", "B-NORP", False),
        ("was", "VBD", "AUX", n + 5, "ROOT", "O", False), ("fastest", "JJS", "ADJ", n + 5, "acomp", "O", False),
        (".", ".", "PUNCT", n + 5, "punct", "O", False),
    ]
    return rows


def test_name_of_country_gives_the_nationality_a_later_demonym_finds(stage_entities) -> None:
    found = stage_entities(_of_country_rows("Finland", [], "Finn"))
    salo = found["Henrik Salo"]
    assert salo.country == "FIN"
    assert "The Finn" in _texts(salo)
    assert "The Finn" not in _texts(found["Rens Bakker"])


def test_of_a_countrys_possessive_gives_no_nationality(stage_entities) -> None:
    # "Henrik Salo of Finland 's federation beat Rens Bakker": the federation's country, not his
    after: list[Row] = [("'s", "POS", "PART", 3, "case", "O", False)]
    rows = _of_country_rows("Finland", after, "Finn")
    rows[2] = ("of", "IN", "ADP", 1, "prep", "O", False)
    found = stage_entities(rows)
    assert found["Henrik Salo"].country is None
    assert "The Finn" not in _texts(found["Henrik Salo"])


def test_of_a_place_that_is_no_country_gives_no_demonym_link(stage_entities) -> None:
    found = stage_entities(_of_country_rows("Leeds", [], "Finn"))
    assert found["Henrik Salo"].country != "FIN"
    assert "The Finn" not in _texts(found["Henrik Salo"])


def test_a_signers_name_ends_before_the_handle_and_starts_after_the_glued_word(stage_entities) -> None:
    # "Shameful decision.- Ray Condon ( @raycondon )": the model's span runs over both sides
    rows: list[Row] = [
        ("Shameful", "JJ", "ADJ", 1, "amod", "O", True), ("decision.-", "NN", "NOUN", 1, "ROOT", "B-PERSON", False),
        ("Ray", "NNP", "PROPN", 3, "compound", "I-PERSON", False), ("Condon", "NNP", "PROPN", 1, "appos", "I-PERSON", False),
        ("(", "-LRB-", "PUNCT", 3, "punct", "I-PERSON", False), ("@raycondon", "NNP", "PROPN", 3, "appos", "I-PERSON", False),
        (")", "-RRB-", "PUNCT", 3, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert "Ray Condon" in found
    assert not any("@" in name or "decision" in name for name in found)


def test_a_name_with_a_bracket_that_is_no_handle_is_not_cut_there(stage_entities) -> None:
    # "Ray Condon ( Snr ) spoke": no handle after the bracket
    rows: list[Row] = [
        ("Ray", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Condon", "NNP", "PROPN", 5, "nsubj", "I-PERSON", False),
        ("(", "-LRB-", "PUNCT", 1, "punct", "O", False), ("Snr", "NNP", "PROPN", 1, "appos", "O", False),
        (")", "-RRB-", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 5, "ROOT", "O", False),
    ]
    assert "Ray Condon" in stage_entities(rows)


POST = "Fans cheered.\n\nWhat a finish. We waited years for it. -- Dean Okafor (@deanokafor) May 31, 2025\n\nMore later."


def test_a_post_in_a_paragraph_of_its_own_is_the_whole_paragraph() -> None:
    para = POST.index("What")
    end = POST.index(" --")
    last = POST.index("We waited")
    signature_end = POST.index("2025") + 4
    assert _post_paragraph_start(POST, last, end, para, 0, signature_end) == para


@pytest.mark.parametrize("text", [
    # no line breaks: the article's own sentences before the post stay the article's
    "Fans cheered. We waited years for it -- Dean Okafor (@deanokafor) May 31, 2025",
    # the paragraph goes on after the signature
    "Fans cheered.\n\nWhat a finish. We waited years for it -- Dean Okafor (@deanokafor) May 31, 2025 and more.",
])
def test_no_whole_paragraph_post_without_a_paragraph_of_its_own(text: str) -> None:
    para = text.rfind("\n") + 1 if "\n" in text else 0
    para = text.find("What") if "What" in text else para
    end = text.index(" --")
    last = text.index("We waited")
    signature_end = text.index("2025") + 4
    assert _post_paragraph_start(text, last, end, para, 0, signature_end) == last


def test_a_paragraph_longer_than_a_post_is_no_post() -> None:
    prose = "The parade went on for hours past the river and the market. " * 5
    text = "Fans cheered.\n\n" + prose + "Best day -- Nora Bright (@norabright) June 1, 2025"
    para = text.index("The parade")
    last = text.index("Best day")
    assert _post_paragraph_start(text, last, text.index(" --"), para, 0, len(text)) == last


def test_multi_sentence_posts_are_quoted_whole(extract) -> None:
    record = extract("Supporters reacted online.\n\nNobody believed in us. Look at us now. -- Gina Tull (@ginatull) "
                     "May 31, 2025\n\nThe parade is on Monday.", published="2025-06-01")
    quotes = [(q.content.text, q.kind) for q in record.quotes]
    assert ("Nobody believed in us. Look at us now", "direct") in quotes
    assert not any("parade" in c for c, _ in quotes)


# --- ", calling X 'Y'" after a that-clause of feeling (a caption's layout of the sports page) ---

FEELING = "Ann Lee was unhappy that the vote was delayed , calling the delay ' pointless ' ."
FEELING_PARSE = dict(
    heads=[1, 2, 2, 2, 8, 6, 8, 8, 3, 8, 8, 12, 10, 14, 12, 14, 2],
    deps=["compound", "nsubj", "ROOT", "acomp", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct", "advcl",
          "det", "dobj", "punct", "amod", "punct", "punct"],
    pos=["PROPN", "PROPN", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET", "NOUN",
         "PUNCT", "ADJ", "PUNCT", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "JJ", "IN", "DT", "NN", "VBD", "VBN", ",", "VBG", "DT", "NN", "``", "JJ", "''", "."],
)


def test_a_participle_on_a_that_clause_of_feeling_is_said_by_the_one_who_feels(build_doc) -> None:
    from newsevents.components.quotes import _governor_of_that_clause, _object_named_in_quotes

    doc = build_doc(FEELING, **FEELING_PARSE)
    calling = doc[10]
    assert _governor_of_that_clause(calling).i == 2  # "was", whose subject is Ann Lee
    assert _object_named_in_quotes(calling)  # "the delay 'pointless'": named, not addressed


def test_a_participle_on_the_main_clause_or_without_a_comma_is_left_to_the_other_rules(build_doc) -> None:
    from newsevents.components.quotes import _governor_of_that_clause

    # "Ann Lee left early , calling the delay pointless ."
    doc = build_doc("Ann Lee left early , calling the delay pointless .",
                    heads=[1, 2, 2, 2, 2, 2, 7, 5, 5, 2],
                    deps=["compound", "nsubj", "ROOT", "advmod", "punct", "advcl", "det", "dobj", "oprd", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "VERB", "DET", "NOUN", "ADJ", "PUNCT"],
                    tags=["NNP", "NNP", "VBD", "RB", ",", "VBG", "DT", "NN", "JJ", "."])
    assert _governor_of_that_clause(doc[5]) is None
    # the same that-clause with no comma before the participle
    words = FEELING.replace(" , ", " ").split()
    heads = [h - 1 if h > 9 else h for k, h in enumerate(FEELING_PARSE["heads"]) if k != 9]
    keep = [k for k in range(len(FEELING_PARSE["deps"])) if k != 9]
    doc = build_doc(" ".join(words), heads=heads, deps=[FEELING_PARSE["deps"][k] for k in keep],
                    pos=[FEELING_PARSE["pos"][k] for k in keep], tags=[FEELING_PARSE["tags"][k] for k in keep])
    assert _governor_of_that_clause(doc[9]) is None


def test_an_object_without_quoted_words_is_still_one_addressed(build_doc) -> None:
    from newsevents.components.quotes import _object_named_in_quotes

    doc = build_doc("Ann Lee called the police .", heads=[1, 2, 2, 4, 2, 2],
                    deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], tags=["NNP", "NNP", "VBD", "DT", "NN", "."])
    assert not _object_named_in_quotes(doc[2])


def test_the_caption_layout_gives_the_quoted_words_to_the_one_who_feels(extract) -> None:
    record = extract("Sarah Jennings won easily. She was unhappy that the race was stopped twice, calling the "
                     "conditions 'normal'.", published="2025-06-01")
    names = {e.id: e.name for e in record.entities}
    quotes = [(q.content.text, names.get(q.speaker.entity) if q.speaker else None) for q in record.quotes]
    assert any("'normal'" in c and who == "Sarah Jennings" for c, who in quotes), quotes
    assert not any(c.startswith("She was unhappy") for c, _ in quotes)  # no longer the clause before the comma


# "Ann Lee left , calling the plan ' absurd ' The vote went ahead ." (a caption run on without a
# full stop; the parser hangs the next sentence on the participle)
RUN_ON = "Ann Lee left , calling the plan ' absurd ' The vote went ahead ."
RUN_ON_PARSE = dict(
    heads=[1, 2, 2, 2, 2, 6, 4, 8, 6, 4, 11, 12, 4, 12, 2],
    deps=["compound", "nsubj", "ROOT", "punct", "advcl", "det", "dobj", "punct", "amod", "punct", "det", "nsubj",
          "ccomp", "advmod", "punct"],
    pos=["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "PUNCT", "DET", "NOUN", "VERB",
         "ADV", "PUNCT"],
    tags=["NNP", "NNP", "VBD", ",", "VBG", "DT", "NN", "``", "JJ", "''", "DT", "NN", "VBD", "RB", "."],
)


def test_a_clause_after_an_object_named_in_quotes_is_a_run_on(build_doc) -> None:
    from newsevents.components.quotes import _run_on_after_named_object

    doc = build_doc(RUN_ON, **RUN_ON_PARSE)
    assert _run_on_after_named_object(doc[4], doc[12])


def test_a_clause_after_an_object_without_quoted_words_is_not_cut(build_doc) -> None:
    from newsevents.components.quotes import _run_on_after_named_object

    # "Ann Lee told the board the vote went ahead ." : "told" with its addressee and what was said
    doc = build_doc("Ann Lee told the board the vote went ahead .",
                    heads=[1, 2, 2, 4, 2, 6, 7, 2, 7, 2],
                    deps=["compound", "nsubj", "ROOT", "det", "dobj", "det", "nsubj", "ccomp", "advmod", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
                    tags=["NNP", "NNP", "VBD", "DT", "NN", "DT", "NN", "VBD", "RB", "."])
    assert not _run_on_after_named_object(doc[2], doc[7])


# --- a venue named after its noun and "the" ("riverside pub the Golden Heron") ---

def _venue_rows(after: list[Row]) -> list[Row]:
    # "Fans met at riverside pub the Golden Heron ." + after
    rows: list[Row] = [
        ("Fans", "NNS", "NOUN", 1, "nsubj", "O", True), ("met", "VBD", "VERB", 1, "ROOT", "O", False),
        ("at", "IN", "ADP", 1, "prep", "O", False), ("riverside", "JJ", "ADJ", 4, "amod", "O", False),
        ("pub", "NN", "NOUN", 2, "pobj", "O", False), ("the", "DT", "DET", 7, "det", "O", False),
        ("Golden", "NNP", "PROPN", 7, "compound", "B-ORG", False), ("Heron", "NNP", "PROPN", 4, "appos", "O", False),
        (".", ".", "PUNCT", 1, "punct", "O", False),
    ]
    return rows + after


def test_a_venue_named_after_its_noun_and_the_is_a_body_with_its_repetitions(stage_entities) -> None:
    # "... . The Golden Heron closed ." : the model tagged "Golden" alone, and nothing later
    later: list[Row] = [
        ("The", "DT", "DET", 11, "det", "O", True), ("Golden", "NNP", "PROPN", 11, "compound", "O", False),
        ("Heron", "NNP", "PROPN", 12, "nsubj", "O", False), ("closed", "VBD", "VERB", 12, "ROOT", "O", False),
        (".", ".", "PUNCT", 12, "punct", "O", False),
    ]
    found = stage_entities(_venue_rows(later))
    assert "Golden Heron" in found and found["Golden Heron"].type == "ORG"
    assert _texts(found["Golden Heron"]) == ["Golden Heron", "Golden Heron"]
    assert "Golden" not in found


def test_no_venue_name_after_a_capital_the_or_before_lower_case_words(stage_entities) -> None:
    # "Fans waited at the bar The players arrived ." : a sentence run on, "The" capitalised
    rows: list[Row] = [
        ("Fans", "NNS", "NOUN", 1, "nsubj", "O", True), ("waited", "VBD", "VERB", 1, "ROOT", "O", False),
        ("at", "IN", "ADP", 1, "prep", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
        ("bar", "NN", "NOUN", 2, "pobj", "O", False), ("The", "DT", "DET", 6, "det", "O", True),
        ("Players", "NNPS", "PROPN", 7, "nsubj", "O", False), ("arrived", "VBD", "VERB", 7, "ROOT", "O", False),
        (".", ".", "PUNCT", 7, "punct", "O", False),
    ]
    assert all(e.type != "ORG" for e in stage_entities(rows).values())  # (a group noun is another rule's)
    # "He waited at the bar the moment Tom Reed came ." : lower-case words after "the"
    rows = [
        ("He", "PRP", "PRON", 1, "nsubj", "O", True), ("waited", "VBD", "VERB", 1, "ROOT", "O", False),
        ("at", "IN", "ADP", 1, "prep", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
        ("bar", "NN", "NOUN", 2, "pobj", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
        ("moment", "NN", "NOUN", 1, "npadvmod", "O", False), ("Tom", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
        ("Reed", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False), ("came", "VBD", "VERB", 6, "relcl", "O", False),
        (".", ".", "PUNCT", 1, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert set(found) <= {"Tom Reed"} and found["Tom Reed"].type == "PERSON"
