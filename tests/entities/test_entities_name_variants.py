"""Name variants of one referent (issue 15; hand-built Docs, so that the rules are tested and not
the model): a nickname in quotes inside a person's name and the nickname alone later
(``Earvin "Magic" Johnson ... Magic said``); a person's surname that names a country too, read
as the person where only a person stands (``Paul Chad ... Chad said``, ``Jordan's lawyer``) and
as the place elsewhere (``Jordan's capital``, ``in Chad``); a body's first word alone after its
full name (``Kelbro Motors ... Kelbro said``, ``the Bank of England ... the Bank``) only when one
body so named came before."""

from __future__ import annotations

import pytest

from entity_lookup import bare_entities

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]
LEMMAS = {"said": "say", "told": "tell", "praised": "praise", "won": "win", "were": "be", "was": "be",
          "players": "player", "reporters": "reporter", "visited": "visit", "opened": "open", "met": "meet",
          "spoke": "speak", "recalled": "recall", "cars": "car", "signed": "sign", "raised": "raise",
          "rates": "rate", "'s": "'s"}
SPEECH_VERBS = frozenset({"say", "tell"})


@pytest.fixture(scope="module")
def resolve(pipeline, actors):
    """resolve(rows) -> the entities (a list: two may share a name)."""
    return lambda rows: bare_entities(pipeline.nlp.vocab, actors, rows, lemma_of=LEMMAS, speech_verbs=SPEECH_VERBS)


def _with(entities, text: str):
    """The entities with a mention written ``text``."""
    return [e for e in entities if text in [m.text for m in e.mentions]]


def _said(first: int, subject: list[tuple[str, str, str]], ent: str) -> list[Row]:
    """"<subject> said the players were tired ." from token ``first``; the subject's last word
    is its head, ``subject`` gives (word, tag, pos) and ``ent`` the model's label of its words."""
    n = len(subject)
    said = first + n
    rows: list[Row] = [(w, tag, p, said if k == n - 1 else first + n - 1, "nsubj" if k == n - 1 else "det",
                        "O" if ent == "O" else ("B-" if k == 0 else "I-") + ent, k == 0)
                       for k, (w, tag, p) in enumerate(subject)]
    return rows + [("said", "VBD", "VERB", said, "ROOT", "O", False),
                   ("the", "DT", "DET", said + 2, "det", "O", False),
                   ("players", "NNS", "NOUN", said + 3, "nsubj", "O", False),
                   ("were", "VBD", "AUX", said, "ccomp", "O", False),
                   ("tired", "JJ", "ADJ", said + 3, "acomp", "O", False),
                   (".", ".", "PUNCT", said, "punct", "O", False)]


def _met(first: int, given: str, family: str) -> list[Row]:
    """"<given> <family> met the coach ." from token ``first``."""
    return [(given, "NNP", "PROPN", first + 1, "compound", "B-PERSON", True),
            (family, "NNP", "PROPN", first + 2, "nsubj", "I-PERSON", False),
            ("met", "VBD", "VERB", first + 2, "ROOT", "O", False),
            ("the", "DT", "DET", first + 4, "det", "O", False),
            ("coach", "NN", "NOUN", first + 2, "dobj", "O", False),
            (".", ".", "PUNCT", first + 2, "punct", "O", False)]


def _owned(first: int, owner: str, noun: str, tag: str) -> list[Row]:
    """"<owner> 's <noun> was quiet ." from token ``first`` (the model tags the owner a place)."""
    return [(owner, "NNP", "PROPN", first + 2, "poss", "B-GPE", True),
            ("'s", "POS", "PART", first, "case", "O", False),
            (noun, tag, "NOUN", first + 3, "nsubj", "O", False),
            ("was", "VBD", "AUX", first + 3, "ROOT", "O", False),
            ("quiet", "JJ", "ADJ", first + 3, "acomp", "O", False),
            (".", ".", "PUNCT", first + 3, "punct", "O", False)]


# --- a surname that names a country too ------------------------------------------------------

def test_a_surname_that_names_a_country_is_the_person_as_the_subject_of_a_verb_of_saying(resolve):
    entities = resolve(_met(0, "Paul", "Chad") + _said(6, [("Chad", "NNP", "PROPN")], "GPE"))
    chad = _with(entities, "Chad")
    assert [e.name for e in chad] == ["Paul Chad"] and chad[0].type == "PERSON"
    assert not [e for e in entities if e.type == "GPE"]  # no country Chad in this story


def test_a_surname_that_names_a_country_owning_a_person_noun_is_the_person(resolve):
    entities = resolve(_met(0, "Tom", "Jordan") + _owned(6, "Jordan", "lawyer", "NN"))
    jordan = _with(entities, "Jordan")
    assert [e.name for e in jordan] == ["Tom Jordan"] and jordan[0].type == "PERSON"
    lawyer = _with(entities, "lawyer")
    assert len(lawyer) == 1 and lawyer[0].country is None  # the person's lawyer, not Jordan's state's


def test_a_surname_that_names_a_country_owning_a_place_noun_stays_the_country(resolve):
    entities = resolve(_met(0, "Tom", "Jordan") + _owned(6, "Jordan", "capital", "NN"))
    jordan = _with(entities, "Jordan")
    assert len(jordan) == 1 and jordan[0].type == "GPE" and jordan[0].country == "JOR"


def test_a_country_after_a_preposition_stays_the_country_beside_a_person_of_that_name(resolve):
    # "Paul Chad met the coach . Officials in Chad said the players were tired ."
    rows = _met(0, "Paul", "Chad") + [
        ("Officials", "NNS", "NOUN", 9, "nsubj", "O", True), ("in", "IN", "ADP", 6, "prep", "O", False),
        ("Chad", "NNP", "PROPN", 7, "pobj", "B-GPE", False)]
    rows += _said(9, [], "O")  # "said the players were tired ." after the subject
    entities = resolve(rows)
    chad = _with(entities, "Chad")
    assert len(chad) == 1 and chad[0].type == "GPE" and chad[0].country == "TCD"


def test_a_surname_two_people_bear_names_neither_though_a_verb_of_saying_follows(resolve):
    entities = resolve(_met(0, "Paul", "Chad") + _met(6, "Anna", "Chad") + _said(12, [("Chad", "NNP", "PROPN")], "GPE"))
    assert not [e for e in _with(entities, "Chad") if e.type == "PERSON"]


# --- nicknames ---------------------------------------------------------------------------------

def _nicknamed(given: str, quote: str, nick: list[str], family: str, label: str) -> list[Row]:
    """"<given> <quote><nick><quote> <family> visited the club ." from token 0, as the model may
    tag it (one span of ``label`` over all of it)."""
    n = len(nick)
    head = n + 3  # the family name
    rows: list[Row] = [(given, "NNP", "PROPN", head, "compound", "B-" + label, True),
                       (quote, "``", "PUNCT", head, "punct", "I-" + label, False)]
    rows += [(w, "DT" if w == "The" else "NNP", "DET" if w == "The" else "PROPN", head, "det" if w == "The" else "compound",
              "I-" + label, False) for w in nick]
    rows += [(quote, "''", "PUNCT", head, "punct", "I-" + label, False),
             (family, "NNP", "PROPN", head + 1, "nsubj", "I-" + label, False),
             ("visited", "VBD", "VERB", head + 1, "ROOT", "O", False),
             ("the", "DT", "DET", head + 3, "det", "O", False),
             ("club", "NN", "NOUN", head + 1, "dobj", "O", False),
             (".", ".", "PUNCT", head + 1, "punct", "O", False)]
    return rows


def test_a_quoted_nickname_inside_a_name_is_one_person_and_the_nickname_alone_is_them(resolve):
    rows = _nicknamed("Earvin", '"', ["Magic"], "Johnson", "PRODUCT")  # the model's span: a product
    entities = resolve(rows + _said(len(rows), [("Magic", "NNP", "PROPN")], "ORG"))
    people = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Earvin Johnson"]
    assert "Magic" in [m.text for m in people[0].mentions]
    assert not [e for e in entities if e.name == "Magic"]


def test_a_nickname_with_the_article_is_a_mention_with_it(resolve):
    rows = _nicknamed("Dwayne", "'", ["The", "Rock"], "Johnson", "PERSON")
    entities = resolve(rows + _said(len(rows), [("The", "DT", "DET"), ("Rock", "NNP", "PROPN")], "O"))
    johnson = _with(entities, "The Rock")
    assert [e.name for e in johnson] == ["Dwayne Johnson"]


def test_a_nickname_two_people_were_given_names_neither(resolve):
    first = _nicknamed("Tom", '"', ["Ace"], "Reed", "PERSON")
    second = [(w, tag, p, h + len(first), d, e, s) for w, tag, p, h, d, e, s in _nicknamed("Bill", '"', ["Ace"], "Dunn", "PERSON")]
    rows = first + second
    entities = resolve(rows + _said(len(rows), [("Ace", "NNP", "PROPN")], "PERSON"))
    assert not [e for e in _with(entities, "Ace") if e.name in {"Tom Reed", "Bill Dunn"}]
    assert {"Tom Reed", "Bill Dunn"} <= {e.name for e in entities}


def test_a_quoted_nickname_is_no_quotation_and_its_person_speaks_later(extract):
    record = extract('Boxer Tom "The Hammer" Banks won the fight in London on Friday. '
                     'The Hammer said he would fight again in May.', published="2016-05-01")
    banks = [e for e in record.entities if e.name == "Tom Banks"]
    assert len(banks) == 1 and "The Hammer" in [m.text for m in banks[0].mentions]
    assert not [q for q in record.quotes if "Hammer" in q.content.text]
    assert [q.speaker.entity for q in record.quotes if q.speaker is not None] == [banks[0].id]


# --- a body's first word alone ----------------------------------------------------------------

def _body_did(first: int, body: list[str], verb: str, obj: str) -> list[Row]:
    """"<body> <verb> <obj> ." from token ``first`` (the body tagged ORG; ``the`` kept untagged)."""
    n = len(body)
    head = first + n - 1 if "of" not in body else first + body.index("of") - 1
    rows: list[Row] = []
    for k, w in enumerate(body):
        i = first + k
        if w == "the":
            rows.append((w, "DT", "DET", head, "det", "O", k == 0))
        elif i == head:
            rows.append((w, "NNP", "PROPN", first + n, "nsubj", ("B-" if rows == [] or rows[-1][5] == "O" else "I-") + "ORG", k == 0))
        elif w == "of":
            rows.append((w, "IN", "ADP", head, "prep", "I-ORG", False))
        else:
            after_of = "of" in body and k > body.index("of")
            rows.append((w, "NNP", "PROPN", i - 1 if after_of else head, "pobj" if after_of else "compound",
                         ("B-" if not rows or rows[-1][5] == "O" else "I-") + "ORG", k == 0))
    return rows + [(verb, "VBD", "VERB", first + n, "ROOT", "O", False),
                   (obj, "NNS", "NOUN", first + n, "dobj", "O", False),
                   (".", ".", "PUNCT", first + n, "punct", "O", False)]


def test_a_bodys_first_word_alone_after_its_name_is_that_body(resolve):
    rows = _body_did(0, ["Kelbro", "Motors"], "recalled", "cars")
    entities = resolve(rows + _said(len(rows), [("Kelbro", "NNP", "PROPN")], "ORG"))
    kelbro = _with(entities, "Kelbro")
    assert [e.name for e in kelbro] == ["Kelbro Motors"]


def test_a_bodys_head_word_before_of_alone_after_its_name_is_that_body(resolve):
    rows = _body_did(0, ["the", "Bank", "of", "England"], "raised", "rates")
    entities = resolve(rows + _said(len(rows), [("the", "DT", "DET"), ("Bank", "NNP", "PROPN")], "ORG"))
    assert [e.name for e in _with(entities, "Bank")] == ["Bank of England"]


def test_a_first_word_two_bodies_share_names_neither(resolve):
    rows = _body_did(0, ["Kelbro", "Motors"], "recalled", "cars")
    rows += _body_did(len(rows), ["Kelbro", "Corp"], "signed", "deals")
    entities = resolve(rows + _said(len(rows), [("Kelbro", "NNP", "PROPN")], "ORG"))
    kelbro = _with(entities, "Kelbro")
    assert len(kelbro) == 1 and kelbro[0].name == "Kelbro" and kelbro[0].type == "ORG"


def test_a_first_word_before_the_full_name_is_not_linked(resolve):
    rows = _said(0, [("Kelbro", "NNP", "PROPN")], "ORG")
    entities = resolve(rows + _body_did(len(rows), ["Kelbro", "Motors"], "recalled", "cars"))
    assert [e.name for e in _with(entities, "Kelbro")] == ["Kelbro"]


def test_a_first_word_the_tables_know_as_a_body_of_its_own_stays_that_body(resolve):
    # "BBC Sport" then "BBC": the parent, which the organisations table knows, not its unit
    rows = _body_did(0, ["BBC", "Sport"], "showed", "games")
    entities = resolve(rows + _said(len(rows), [("BBC", "NNP", "PROPN")], "ORG"))
    bbc = _with(entities, "BBC")
    assert [e.name for e in bbc] == ["BBC"] and bbc[0].country == "GBR"


# --- "the club" ------------------------------------------------------------------------------

def _beat(first: int, home: list[str], away: list[str] | None) -> list[Row]:
    """"<home> won ." or "<home> beat <away> ." from token ``first``, each name tagged ORG."""
    n = len(home)
    verb = first + n
    rows: list[Row] = [(w, "NNP", "PROPN", verb if k == n - 1 else first + n - 1, "nsubj" if k == n - 1 else "compound",
                        ("B-" if k == 0 else "I-") + "ORG", k == 0) for k, w in enumerate(home)]
    rows.append(("beat" if away else "won", "VBD", "VERB", verb, "ROOT", "O", False))
    for k, w in enumerate(away or []):
        last = verb + len(away)
        rows.append((w, "NNP", "PROPN", verb if k == len(away) - 1 else last, "dobj" if k == len(away) - 1 else "compound",
                     ("B-" if k == 0 else "I-") + "ORG", False))
    return rows + [(".", ".", "PUNCT", verb, "punct", "O", False)]


def test_the_club_after_one_club_named_is_that_club(resolve):
    rows = _beat(0, ["Kelbro", "Rovers"], None)
    entities = resolve(rows + _said(len(rows), [("The", "DT", "DET"), ("club", "NN", "NOUN")], "O"))
    assert [e.name for e in _with(entities, "The club")] == ["Kelbro Rovers"]


@pytest.mark.parametrize("away", [["Zenco", "Athletic"], ["Zenco"]])
def test_the_club_after_two_clubs_or_another_uncoded_body_is_no_one_named(resolve, away):
    rows = _beat(0, ["Kelbro", "Rovers"], away)
    entities = resolve(rows + _said(len(rows), [("The", "DT", "DET"), ("club", "NN", "NOUN")], "O"))
    assert not [e for e in entities if e.name.startswith(("Kelbro", "Zenco"))
                and {"The club", "club"} & {m.text for m in e.mentions}]


def test_quoted_words_between_names_of_no_person_make_no_person(resolve):
    # 'Labour " Must Win " Campaign opened the club .': no given name, no person tagged
    rows = _nicknamed("Labour", '"', ["Must", "Win"], "Campaign", "O")
    entities = resolve([(w, tag, p, h, d, "O", s) for w, tag, p, h, d, e, s in rows])
    assert not [e for e in entities if e.type == "PERSON"]


def test_an_untagged_nicknamed_name_is_a_person_when_the_text_calls_someone_by_its_family_name(resolve):
    # 'Marlo " Ace " Kint visited the club . Mr Kint said the players were tired .', nothing tagged
    rows = [(w, tag, p, h, d, "O", s) for w, tag, p, h, d, e, s in _nicknamed("Marlo", '"', ["Ace"], "Kint", "O")]
    entities = resolve(rows + _said(len(rows), [("Mr", "NNP", "PROPN"), ("Kint", "NNP", "PROPN")], "O"))
    kint = [e for e in entities if e.name == "Marlo Kint"]
    assert len(kint) == 1 and {'Marlo " Ace " Kint', "Mr Kint"} <= {m.text for m in kint[0].mentions}
