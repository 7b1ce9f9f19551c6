"""Names the model leaves untagged or mis-splits, recovered from the shape of the name or from what the
article itself gives (issue 15; sentences of our own, hand-built Docs where the rule reads the parse):
two people of a joint byline joined by a slash; initials, a known given name and a capitalised word; a
full name's family name the model read as a common word (a headline's subject); a headline's acronym of
the body the story names in full after it; a person's full name the story writes again, which is no
firm glued to its product; a family name two people of the article share stays nobody's."""

from __future__ import annotations

from entity_lookup import entity_with_mention

# (word, tag, pos, head, dep, ent, sentence start), heads absolute
Row = tuple[str, str, str, int, str, str, bool]


def _p(word: str, head: int, dep: str, ent: str = "O", start: bool = False) -> Row:
    return (word, "NNP", "PROPN", head, dep, ent, start)


def _dot(head: int) -> Row:
    return (".", ".", "PUNCT", head, "punct", "O", False)


def _holder(found: dict, text: str):
    return [name for name, e in found.items() if any(m.text == text for m in e.mentions)]


# --- a joint byline: two names each side of a slash (_split_slashed_bodies) ---

def _byline(right: list[str]) -> list[Row]:
    """"By Ann Lee / <right> ." tagged one person span."""
    end = 3 + len(right)
    rows = [("By", "IN", "ADP", 0, "ROOT", "O", True), _p("Ann", 2, "compound", "B-PERSON"),
            _p("Lee", end, "nmod", "I-PERSON"), ("/", "SYM", "SYM", end, "punct", "I-PERSON", False)]
    rows += [_p(w, end if k < len(right) - 1 else 0, "compound" if k < len(right) - 1 else "pobj", "I-PERSON")
             for k, w in enumerate(right)]
    return rows + [_dot(0)]


def test_two_names_each_side_of_a_slash_are_two_people(stage_entities) -> None:
    found = stage_entities(_byline(["Tom", "Reed"]))
    assert found["Ann Lee"].type == "PERSON" and found["Tom Reed"].type == "PERSON"
    assert not any("/" in name for name in found)


def test_a_single_word_after_the_slash_leaves_the_span_alone(stage_entities) -> None:
    found = stage_entities(_byline(["Reed"]))
    assert "Ann Lee" not in found or "Reed" not in found


# --- initials, a known given name and a capitalised word (_initialled_given_names) ---

def _initialled(given: str) -> list[Row]:
    """"K. <given> Fields, whose group led the effort, predicted a win." (nothing tagged; Fields a plural noun)"""
    return [_p("K.", 2, "compound", start=True), _p(given, 2, "compound"),
            ("Fields", "NNS", "NOUN", 10, "nsubj", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
            ("whose", "WP$", "PRON", 5, "poss", "O", False), ("group", "NN", "NOUN", 6, "nsubj", "O", False),
            ("led", "VBD", "VERB", 2, "relcl", "O", False), ("the", "DT", "DET", 8, "det", "O", False),
            ("effort", "NN", "NOUN", 6, "dobj", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
            ("predicted", "VBD", "VERB", 10, "ROOT", "O", False), ("a", "DT", "DET", 12, "det", "O", False),
            ("win", "NN", "NOUN", 10, "dobj", "O", False), _dot(10)]


def test_an_initial_a_given_name_and_a_capitalised_word_are_a_person(stage_entities) -> None:
    found = stage_entities(_initialled("Ruth"))
    assert found["K. Ruth Fields"].type == "PERSON"


def test_an_initial_before_a_word_that_is_no_given_name_is_left(stage_entities) -> None:
    found = stage_entities(_initialled("Stone"))
    assert not _holder(found, "K. Stone Fields") and not _holder(found, "Stone Fields")


# --- a full name's family name read as a common word (_untagged_surname_repeats) ---

def _headline_surname(more: list[Row]) -> list[Row]:
    """"Fields faces a test . Senator Ruth Fields spoke on Monday ." (+ more)"""
    return [("Fields", "NNS", "NOUN", 1, "nsubj", "O", True), ("faces", "VBZ", "VERB", 1, "ROOT", "O", False),
            ("a", "DT", "DET", 3, "det", "O", False), ("test", "NN", "NOUN", 1, "dobj", "O", False), _dot(1),
            _p("Senator", 7, "compound", start=True), _p("Ruth", 7, "compound", "B-PERSON"),
            _p("Fields", 8, "nsubj", "I-PERSON"), ("spoke", "VBD", "VERB", 8, "ROOT", "O", False),
            ("on", "IN", "ADP", 8, "prep", "O", False), _p("Monday", 9, "pobj", "B-DATE"), _dot(8)] + more


def test_a_full_name_s_family_name_read_as_a_plural_noun_is_the_person(stage_entities) -> None:
    found = stage_entities(_headline_surname([]))
    assert any(m.start == 0 and m.text == "Fields" for m in found["Ruth Fields"].mentions)


def test_the_word_written_in_lower_case_elsewhere_stays_a_common_noun(stage_entities) -> None:
    lower = [("The", "DT", "DET", 13, "det", "O", True), ("fields", "NNS", "NOUN", 14, "nsubj", "O", False),
             ("closed", "VBD", "VERB", 14, "ROOT", "O", False), _dot(14)]
    found = stage_entities(_headline_surname(lower))
    assert all(m.start > 0 for m in found["Ruth Fields"].mentions)


# --- a headline's acronym of a body the story names in full after it (_untagged_initials) ---

def _acronym_headline(bodies: list[list[Row]]) -> list[Row]:
    """"Members Fault HMG Over Fees ." then "The Harbor Merchants Guild raised fees ." (and any other body)"""
    rows: list[Row] = [("Members", "NNPS", "PROPN", 1, "nsubj", "O", True), ("Fault", "VBP", "VERB", 1, "ROOT", "O", False),
                       ("HMG", "NNP", "PROPN", 1, "dobj", "O", False), ("Over", "IN", "ADP", 1, "prep", "O", False),
                       ("Fees", "NNS", "NOUN", 3, "pobj", "O", False), _dot(1)]
    for words in bodies:
        base = len(rows)
        n = len(words)
        rows += [("The", "DT", "DET", base + n, "det", "B-ORG", True)]
        rows += [_p(w, base + n, "compound", "I-ORG") for w in words[:-1]]
        rows += [_p(words[-1], base + n + 1, "nsubj", "I-ORG"),
                 ("raised", "VBD", "VERB", base + n + 1, "ROOT", "O", False),
                 ("fees", "NNS", "NOUN", base + n + 1, "dobj", "O", False), _dot(base + n + 1)]
    return rows


def test_a_headline_acronym_is_the_body_named_in_full_after_it(stage_entities) -> None:
    found = stage_entities(_acronym_headline([["Harbor", "Merchants", "Guild"]]))
    guild = next(e for name, e in found.items() if "Harbor Merchants Guild" in name)
    assert "HMG" in [m.text for m in guild.mentions]


def test_a_headline_acronym_two_bodies_fit_is_left(stage_entities) -> None:
    found = stage_entities(_acronym_headline([["Harbor", "Merchants", "Guild"], ["Hill", "Mining", "Group"]]))
    assert not _holder(found, "HMG")


def test_an_acronym_after_the_body_is_that_body_too(stage_entities) -> None:
    """The Harbor Merchants Guild raised fees . Members fault the HMG ."""
    rows = [("The", "DT", "DET", 3, "det", "B-ORG", True), _p("Harbor", 3, "compound", "I-ORG"),
            _p("Merchants", 3, "compound", "I-ORG"), _p("Guild", 4, "nsubj", "I-ORG"),
            ("raised", "VBD", "VERB", 4, "ROOT", "O", False), ("fees", "NNS", "NOUN", 4, "dobj", "O", False), _dot(4),
            ("Members", "NNPS", "PROPN", 8, "nsubj", "O", True), ("fault", "VBP", "VERB", 8, "ROOT", "O", False),
            ("the", "DT", "DET", 10, "det", "O", False), ("HMG", "NNP", "PROPN", 8, "dobj", "O", False), _dot(8)]
    found = stage_entities(rows)
    guild = next(e for name, e in found.items() if "Harbor Merchants Guild" in name)
    assert "HMG" in [m.text for m in guild.mentions]


# --- a person's full name the story writes again is no firm glued to its product (_firm_product_names) ---

def test_a_full_name_written_again_is_no_firm_and_product(extract) -> None:
    record = extract("Vane backs a rumour Actress Marisol Vane stirred fans on Sunday\n\nActress Marisol Vane stirred "
                     "fans on Sunday when she shared a rumour online. Vane, who stars in the comedy \"Marisol,\" later "
                     "said she was sorry. Marisol Vane has two million followers. Vane did not reply to a request "
                     "for comment.", published="2024-05-14")
    person = entity_with_mention(record, "Marisol Vane")
    assert person is not None and person.type == "PERSON" and person.name == "Marisol Vane"
    assert entity_with_mention(record, "Vane", 3).id == person.id


# --- a family name two people of the article share (no link) ---

def test_a_family_name_two_people_share_stays_nobody_s(stage_entities) -> None:
    """"Ruth Fields spoke . Tom Fields spoke . Fields left ." (a woman and a man, each named once)"""
    rows = [_p("Ruth", 1, "compound", "B-PERSON", True), _p("Fields", 2, "nsubj", "I-PERSON"),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), _dot(2),
            _p("Tom", 5, "compound", "B-PERSON", True), _p("Fields", 6, "nsubj", "I-PERSON"),
            ("spoke", "VBD", "VERB", 6, "ROOT", "O", False), _dot(6),
            _p("Fields", 9, "nsubj", "B-PERSON", True), ("left", "VBD", "VERB", 9, "ROOT", "O", False), _dot(9)]
    found = stage_entities(rows)
    for name in ("Ruth Fields", "Tom Fields"):
        assert [m.text for m in found[name].mentions] == [name]
