"""Bodies recalled by the last words of their name or by the plain description the text already gave
them (branch ents35, issue 15; sentences of our own): ``the <noun> <noun>`` after ``the <Adj> <Noun>
<Noun> <Noun>`` is that body, also when its head noun is no body's noun of the tables (``office``); a
second ``the party`` after two parties are named is the one the text already called ``the party``.
"""

from __future__ import annotations

from mentions_heldout import entity_at


def test_the_last_words_of_an_office_name_are_that_office(extract) -> None:
    text = ("The independent Regional Water Quality Office warned on Monday that the river was unsafe. "
            "The water quality office said samples would be taken every week. Fishermen were angry at the "
            "findings of the water quality office.")
    record = extract(text, published="2025-09-10")
    for phrase in ("The water quality office", "the water quality office"):
        holder = entity_at(record, phrase)
        assert holder is not None and holder.name == "Regional Water Quality Office", phrase


def test_a_possessive_tail_phrase_is_the_body(extract) -> None:
    text = ("The Northern Grain Marketing Office published its forecast on Monday. Farmers read the "
            "marketing office's figures closely.")
    holder = entity_at(extract(text, published="2025-09-10"), "marketing office")
    assert holder is not None and holder.name == "Northern Grain Marketing Office"


def test_a_tail_of_two_bodies_is_neither(extract) -> None:
    # negative: two names end in the same words
    text = ("The Northern Grain Marketing Office and the Southern Grain Marketing Office met on Monday. "
            "The marketing office said prices would rise.")
    holder = entity_at(extract(text, published="2025-09-10"), "The marketing office")
    assert holder is None or holder.name not in {"Northern Grain Marketing Office", "Southern Grain Marketing Office"}


def test_a_tail_before_the_name_is_not_the_body(extract) -> None:
    # negative: the phrase must come after the name
    text = ("The marketing office was closed for a week. Later the Northern Grain Marketing Office "
            "published its forecast.")
    holder = entity_at(extract(text, published="2025-09-10"), "The marketing office")
    assert holder is None or holder.name != "Northern Grain Marketing Office"


def test_the_party_the_text_called_so_stays_that_party(extract) -> None:
    text = ("Support for the Green Party in Harlow has fallen, a survey found. Voters said the party had lost "
            "its way. Some voters prefer the Liberal Party on taxes.\n\n"
            "The mayor opened a new library on Tuesday. Reporters asked him about schools.\n\n"
            "The party itself was not mentioned by most voters.")
    record = extract(text, published="2025-09-10")
    holder = entity_at(record, "The party")
    assert holder is not None and holder.name == "Green Party"


def test_the_party_next_to_another_party_is_left_alone(extract) -> None:
    # negative: the other party is named in the sentence before
    text = ("Support for the Green Party in Harlow has fallen, a survey found. Voters said the party had lost "
            "its way.\n\n"
            "The Liberal Party gained two seats on Tuesday.\n\n"
            "The party itself was not mentioned by most voters.")
    record = extract(text, published="2025-09-10")
    holder = entity_at(record, "The party")
    assert holder is None or holder.name != "Green Party"


# --- "Filmmaker and best-selling author <Name>": two titles of one person ---------------------------

def test_a_noun_joined_to_the_title_is_a_second_title(extract) -> None:
    text = ("Filmmaker and award-winning author Margaret Ellison spoke to students in Leeds on Monday. "
            "Critic Tom Hale praised her work. The documentarian said her next film would follow a river.")
    record = extract(text, published="2025-09-10")
    names = {e.name for e in record.entities if e.type == "PERSON"}
    assert "Filmmaker" not in names
    holder = entity_at(record, "Filmmaker")
    assert holder is not None and holder.name == "Margaret Ellison"


def test_a_kind_of_the_second_title_describes_its_person(extract) -> None:
    # two people named: only the one called a filmmaker is "the documentarian" (kind_nouns.tsv)
    text = ("Filmmaker and award-winning author Margaret Ellison met Joan Pryce in Leeds on Monday. "
            "The documentarian said her next film would follow a river.")
    holder = entity_at(extract(text, published="2025-09-10"), "The documentarian")
    assert holder is not None and holder.name == "Margaret Ellison"


def test_two_described_people_stay_two(extract) -> None:
    # negative: a determiner before the second noun makes it another person
    text = ("The surgeon and the novelist Margaret Ellison spoke to students in Leeds on Monday. "
            "Both praised the new library.")
    holder = entity_at(extract(text, published="2025-09-10"), "The surgeon")
    assert holder is None or holder.name != "Margaret Ellison"


# --- "U.S. Reps. <A> and <B>": a plural title before names joined by "and" ---------------------------

def _entity(record, name):
    return next(e for e in record.entities if e.name == name)


def test_a_plural_title_codes_both_names(extract) -> None:
    text = ("Two lawmakers, including U.S. Reps. Maria Delgado and Carl Whitfield, have criticised the plan. "
            "Whitfield said it would hurt farmers.")
    record = extract(text, published="2025-09-10")
    for name in ("Maria Delgado", "Carl Whitfield"):
        assert _entity(record, name).country == "USA" and "LEG" in _entity(record, name).sector, name


def test_a_singular_title_codes_the_first_name_only(extract) -> None:
    # negative: "Rep." is one person's title
    text = ("Two lawmakers, including U.S. Rep. Maria Delgado and Carl Whitfield, have criticised the plan. "
            "Whitfield said it would hurt farmers.")
    record = extract(text, published="2025-09-10")
    assert "LEG" in _entity(record, "Maria Delgado").sector
    assert "LEG" not in (_entity(record, "Carl Whitfield").sector or [])


# --- "the Congressional Budget Office": a state office's name --------------------------------------

def test_a_federal_office_name_is_a_state_office_of_the_story_country(extract) -> None:
    text = ("The Federal Housing Statistics Office said on Tuesday that rents in Ohio and Texas rose again. "
            "Governor Ann Lee of Ohio said the Federal Housing Statistics Office was right.")
    body = _entity(extract(text, published="2025-09-10"), "Federal Housing Statistics Office")
    assert body.country == "USA" and body.sector == ["GOV"]


def test_a_national_association_is_no_state_office(extract) -> None:
    # negative: "National" opens bodies of every kind; only an office's last word makes a state office
    text = ("The National Marble Collectors Association said on Tuesday that prices in Ohio and Texas rose again. "
            "Governor Ann Lee of Ohio said the National Marble Collectors Association was right.")
    body = _entity(extract(text, published="2025-09-10"), "National Marble Collectors Association")
    assert "GOV" not in (body.sector or [])


# --- "Navy SEALs": a service's name and a plural unit word -----------------------------------------

def test_a_service_and_a_plural_unit_word_is_one_unit(extract) -> None:
    text = ("Officials in Washington said the pirate leader was caught by Navy SEALs on Friday. "
            "Senator Ann Lee of Ohio praised the sailors.")
    record = extract(text, published="2025-09-10")
    unit = _entity(record, "Navy SEALs")
    assert unit.country == "USA" and unit.sector == ["MIL"]
    assert "Navy" not in {e.name for e in record.entities}


def test_a_service_before_a_capitalised_name_is_left_alone(extract) -> None:
    # negative: a capitalised word after the plural one makes a longer name the rule does not guess
    text = "Officials in Washington said Navy Seals Foundation members met on Friday in Ohio."
    names = {e.name for e in extract(text, published="2025-09-10").entities}
    assert "Navy Seals" not in names


# --- a name cut at a mis-encoded letter ----------------------------------------------------------------

def test_a_name_runs_on_through_a_mis_encoded_letter(extract) -> None:
    text = ("The case was closed in 2019. As investigating judge Pierre B\u00c3\u00a9rard put it, the file was thin. "
            "B\u00c3\u00a9rard retired in Lyon.")
    judge = entity_at(extract(text, published="2025-09-10"), "Pierre")
    assert judge is not None and judge.name == "Pierre B\u00c3\u00a9rard"
    assert [m.text for m in judge.mentions if m.text.startswith("B")] == ["B\u00c3\u00a9rard"]


def test_a_possessive_after_a_name_is_no_mis_encoded_letter(extract) -> None:
    # negative: a name glued to punctuation, not a symbol, keeps its end
    text = "Judge Pierre Bayard's ruling was closed in 2019. Bayard retired in Lyon."
    names = {e.name for e in extract(text, published="2025-09-10").entities}
    assert "Pierre Bayard" in names


# --- "The senator from <State>" for the one senator named, whose seat the text never said -------------

def test_the_senator_from_a_state_is_the_senator_named_without_a_seat(extract) -> None:
    text = ("Sen. Tom Reed campaigned in Ohio on Monday. Reed spoke at a cafe.\n\n"
            "The senator from Vermont then walked through the block.")
    holder = entity_at(extract(text, published="2025-09-10"), "The senator")
    assert holder is not None and holder.name == "Tom Reed"


def test_the_senator_from_another_state_is_not_the_senator_of_a_said_seat(extract) -> None:
    # negative: the text gives the senator named another state
    text = ("Senator Tom Reed of Ohio campaigned in Ohio on Monday. Reed spoke at a cafe.\n\n"
            "The senator from Vermont then walked through the block.")
    holder = entity_at(extract(text, published="2025-09-10"), "The senator")
    assert holder is None or holder.name != "Tom Reed"


# --- "his wife, <Given>, and ...": a relation noun in apposition to a name ----------------------------


def _flanked(noun: str, close: str) -> list:
    """"Tom Reed was flanked by his <noun> , Ruth <close> and aides ." with the noun hung on "aides" (the
    parser's misreading of the coordination)."""
    return [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 3, "nsubjpass", "I-PERSON", False),
        ("was", "VBD", "AUX", 3, "auxpass", "O", False), ("flanked", "VBN", "VERB", 3, "ROOT", "O", False),
        ("by", "IN", "ADP", 3, "agent", "O", False), ("his", "PRP$", "PRON", 6, "poss", "O", False),
        (noun, "NN", "NOUN", 11, "nmod", "O", False), (",", ",", "PUNCT", 6, "punct", "O", False),
        ("Ruth", "NNP", "PROPN", 6, "appos", "B-PERSON", False), (close, close, "PUNCT", 8, "punct", "O", False),
        ("and", "CC", "CCONJ", 8, "cc", "O", False), ("aides", "NNS", "NOUN", 4, "pobj", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False)]


def test_a_relation_noun_before_a_name_in_apposition_is_a_mention(resolve_row_entities) -> None:
    ruth = resolve_row_entities(_flanked("wife", ","))["Ruth"]
    assert [m.text for m in ruth.mentions] == ["wife", "Ruth"]


def test_a_noun_of_no_relation_before_a_name_is_no_mention(resolve_row_entities) -> None:
    # negative: "his bus, Ruth," names no relative
    ruth = resolve_row_entities(_flanked("bus", ","))["Ruth"]
    assert [m.text for m in ruth.mentions] == ["Ruth"]


# --- "<Org>’s<NBSP><Name>": a possessive the model ran a body's name over -----------------------------

def _possessed(mark: str) -> list:
    """"After ZetaTV ’s <NBSP> Glenn Harlow asked him ." with the model's body span over the possessive."""
    return [
        ("After", "IN", "ADP", 6, "prep", "O", True), ("ZetaTV", "NNP", "PROPN", 0, "pobj", "B-ORG", False),
        (mark, "CD", "NUM", 0, "pobj", "I-ORG", False), ("\u00a0", "_SP", "SPACE", 2, "dep", "O", False),
        ("Glenn", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Harlow", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
        ("asked", "VBD", "VERB", 6, "ROOT", "O", False), ("him", "PRP", "PRON", 6, "dobj", "O", False),
        (".", ".", "PUNCT", 6, "punct", "O", False)]


def test_a_possessive_marker_ends_no_name(resolve_row_entities) -> None:
    names = resolve_row_entities(_possessed("\u2019s"))
    assert "ZetaTV" in names and not any(n.endswith("s") and n.startswith("ZetaTV") and n != "ZetaTV" for n in names)


def test_a_name_ending_in_a_word_is_kept_whole(resolve_row_entities) -> None:
    # negative: a word that is no possessive marker stays in the name
    assert "ZetaTV Plus" in resolve_row_entities(_possessed("Plus"))


# --- a body's span over the words around it ----------------------------------------------------------

def _flat(sentences: list[list[tuple[str, str, str]]]) -> list:
    """Rows of sentences of (word, tag, ent) with a flat parse: every word hangs on the sentence's verb
    (the rules read spans and words, not the parse)."""
    rows, base = [], 0
    for words in sentences:
        root = base + next(i for i, (_, tag, _) in enumerate(words) if tag.startswith("VB"))
        for i, (word, tag, ent) in enumerate(words):
            pos = "PROPN" if tag.startswith("NNP") else "VERB" if tag.startswith("VB") else "PUNCT" if tag in {".", ",", "''"} else "X"
            rows.append((word, tag, pos, root, "ROOT" if base + i == root else "dep", ent, i == 0))
        base += len(words)
    return rows


WORK_OF = [("Harbor", "NNP", "B-ORG"), ("Lab", "NNP", "I-ORG"), ("is", "VBZ", "O"), ("a", "DT", "O"), ("work", "NN", "O"),
           ("of", "IN", "O"), ("Marlowe", "NNP", "B-ORG"), ("and", "CC", "I-ORG"), ("Quintex", "NNP", "I-ORG"), (".", ".", "O")]
FOR_COUNTRY = [("Delta", "NNP", "B-ORG"), ("University", "NNP", "I-ORG"), ("works", "VBZ", "O"), ("with", "IN", "O"),
               ("Quintex", "NNP", "B-ORG"), ("for", "IN", "I-ORG"), ("Brazil", "NNP", "I-ORG"), ("\u2019s", "POS", "O"),
               ("first", "JJ", "O"), ("school", "NN", "O"), (".", ".", "O")]


def test_a_body_before_for_and_a_possessive_country_ends_before_for(resolve_row_entities) -> None:
    names = resolve_row_entities(_flat([FOR_COUNTRY]))
    assert "Quintex" in names and "Quintex for Brazil" not in names


def test_two_bodies_joined_by_and_when_one_is_named_alone(resolve_row_entities) -> None:
    names = resolve_row_entities(_flat([WORK_OF, FOR_COUNTRY]))
    assert {"Marlowe", "Quintex"} <= set(names) and "Marlowe and Quintex" not in names


def test_a_body_named_a_and_b_stays_one(resolve_row_entities) -> None:
    # negative: neither part is named alone elsewhere
    assert "Marlowe and Quintex" in resolve_row_entities(_flat([WORK_OF]))


def test_a_fronted_country_is_no_part_of_the_body_after_it(resolve_row_entities) -> None:
    names = resolve_row_entities(_flat([[("In", "IN", "O"), ("Brazil", "NNP", "B-ORG"), ("Paulista", "NNP", "I-ORG"),
                            ("University", "NNP", "I-ORG"), ("is", "VBZ", "O"), ("growing", "VBG", "O"), (".", ".", "O")]]))
    assert "Paulista University" in names and "Brazil Paulista University" not in names


def test_a_name_before_a_bare_apostrophe_is_the_body_named_so(resolve_row_entities) -> None:
    names = resolve_row_entities(_flat([[("Greyfields", "NNP", "O"), ("\u2019", "''", "O"), ("Young", "NNP", "O"), ("Forum", "NNP", "O"),
                            ("met", "VBD", "O"), (".", ".", "O")],
                           [("In", "IN", "O"), ("Greyfields", "NNP", "B-ORG"), ("\u2019", "''", "O"), ("words", "NNS", "O"),
                            (",", ",", "O"), ("it", "PRP", "O"), ("matters", "VBZ", "O"), (".", ".", "O")]]))
    assert len(names["Greyfields"].mentions) == 2


# --- "<Name>, a ... group, ... the group's <noun>" -------------------------------------------------------

def _group_rows(appositive: bool) -> list:
    """"Harbor Insights , a research group , found support fell . Two of the group 's researchers left ." (or
    with "and a research group" coordinated instead of in apposition)."""
    rows = [("Harbor", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Insights", "NNP", "PROPN", 7, "nsubj", "I-ORG", False),
            ("," if appositive else "and", "," if appositive else "CC", "PUNCT" if appositive else "CCONJ", 1,
             "punct" if appositive else "cc", "O", False),
            ("a", "DT", "DET", 5, "det", "O", False), ("research", "NN", "NOUN", 5, "compound", "O", False),
            ("group", "NN", "NOUN", 1, "appos" if appositive else "conj", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
            ("found", "VBD", "VERB", 7, "ROOT", "O", False), ("support", "NN", "NOUN", 9, "nsubj", "O", False),
            ("fell", "VBD", "VERB", 7, "ccomp", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False),
            ("Two", "CD", "NUM", 18, "nsubj", "O", True), ("of", "IN", "ADP", 11, "prep", "O", False),
            ("the", "DT", "DET", 14, "det", "O", False), ("group", "NN", "NOUN", 16, "poss", "O", False),
            ("'s", "POS", "PART", 14, "case", "O", False), ("researchers", "NNS", "NOUN", 12, "pobj", "O", False),
            ("quickly", "RB", "ADV", 18, "advmod", "O", False), ("left", "VBD", "VERB", 18, "ROOT", "O", False),
            (".", ".", "PUNCT", 18, "punct", "O", False)]
    return rows


def test_the_group_introduced_in_apposition_after_a_name_is_that_body(resolve_row_entities) -> None:
    body = resolve_row_entities(_group_rows(appositive=True))["Harbor Insights"]
    assert [m.text for m in body.mentions][-1] == "the group"


def test_a_group_coordinated_with_a_name_is_not_that_body(resolve_row_entities) -> None:
    # negative: "Harbor Insights and a research group" are two
    body = resolve_row_entities(_group_rows(appositive=False))["Harbor Insights"]
    assert "the group" not in [m.text for m in body.mentions]


# --- the reporters' closing line -------------------------------------------------------------------------

def test_the_second_reporter_of_the_closing_line_is_a_person(extract) -> None:
    text = ("The mayor opened a library in Denver on Monday. Voters cheered.\n\n"
            "Hollister reported from Denver, Colo.; Maribel, from Washington.")
    record = extract(text, published="2025-09-10")
    assert {"Hollister", "Maribel"} <= {e.name for e in record.entities if e.type == "PERSON"}


def test_a_place_after_a_semicolon_is_no_reporter(extract) -> None:
    # negative: no "reported from" before the semicolon
    text = ("The mayor opened a library in Denver on Monday; Boulder, from its side, waited.")
    assert "Boulder" not in {e.name for e in extract(text, published="2025-09-10").entities if e.type == "PERSON"}


def test_an_award_of_a_tournament_is_not_the_player_named(extract) -> None:
    # negative: "of the Tournament" is no seat of an office; the player named is not the award's holder
    text = ("Club player Jim Hale died last week. Tom Reed arrived when he was named the Six Nations Player of "
            "the Tournament.")
    holder = entity_at(extract(text, published="2025-09-10"), "Six Nations Player")
    assert holder is None or holder.name != "Jim Hale"


def test_a_body_before_for_and_a_tagged_possessive_inside_the_span_ends_before_for(resolve_row_entities) -> None:
    rows = [(w, t, "I-ORG" if w == "\u2019s" else e) for w, t, e in FOR_COUNTRY]
    names = resolve_row_entities(_flat([rows]))
    assert "Quintex" in names and not any(n.startswith("Quintex for") for n in names)
