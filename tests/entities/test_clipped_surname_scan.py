"""speed22: the clipped-surname rule passes by words whose first four letters begin no family name
before its look-ups; what it finds is what it found. Own sentences."""

from __future__ import annotations

from entity_lookup import entity_with_mention, word_resolver
from newsevents.geo.gazetteer import load_gazetteer

PUBLISHED = "2016-09-20"


def test_a_clipped_family_name_among_two_people_is_the_one_it_begins(extract) -> None:
    record = extract('Singer Marla Vettori and pianist Tom Ashdown sold out three nights in Chicago. '
                     'Fans of "Vetts" waited for hours.', published=PUBLISHED)
    singer = entity_with_mention(record, "Marla Vettori")
    assert singer is not None and "Vetts" in [m.text for m in singer.mentions]
    pianist = entity_with_mention(record, "Tom Ashdown")
    assert pianist is not None and [m.text for m in pianist.mentions] == ["Tom Ashdown"]


def test_a_word_sharing_three_letters_is_no_nickname(extract) -> None:
    record = extract('Singer Marla Vettori sold out three nights in Chicago. Fans of "Vetra" waited for hours.',
                     published=PUBLISHED)
    singer = entity_with_mention(record, "Marla Vettori")
    assert singer is not None and "Vetra" not in [m.text for m in singer.mentions]



def test_a_sponsor_mention_is_the_same_asked_again() -> None:
    # "US-backed": a sponsor, not a home; "US troops": a home. Kept per character range, each asked twice.
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_base import Mention

    words = "US - backed fighters met US troops".split()
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, False, True, True, True, True, False],
              sent_starts=[True] + [False] * 6, lemmas=[w.lower() for w in words])
    resolver = EntityResolver(doc, load_actor_dictionary(), None, frozenset())
    backed = Mention(doc[0].idx, doc[0].idx + 2, "name", doc[0], 0)
    home = Mention(doc[5].idx, doc[5].idx + 2, "name", doc[5], 0)
    for _ in range(2):
        assert resolver._sponsor_mention(backed) is True
        assert resolver._sponsor_mention(home) is False
    assert resolver._sponsor_range(backed.start, backed.end) and not resolver._sponsor_range(home.start, home.end)


def _resolver(words: list[str], pos: list[str]):
    return word_resolver(words, pos=pos, gazetteer=load_gazetteer())


def test_scans_that_read_words_first_find_what_they_found() -> None:
    # an untagged acronym the tables know; a slogan group; a regnal name after a title (the numeral
    # at the Doc's end too); capitals the tables do not know and a lone "I" are nothing
    words = "Leaders of ECOWAS and ZQXW met Always Ohio First and Pope Clement XV , said I".split()
    pos = ["NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "VERB", "ADV", "PROPN", "ADV", "CCONJ", "PROPN", "PROPN",
           "PROPN", "PUNCT", "VERB", "PRON"]
    resolver = _resolver(words, pos)
    assert [(e.start, e.end, e.label_) for e in resolver._untagged_acronyms([])] == [(2, 3, "ORG")]
    assert [(e.start, e.end, e.label_) for e in resolver._slogan_bodies([])] == [(6, 9, "ORG")]
    assert [(e.start, e.end, e.label_) for e in resolver._regnal_names([])] == [(11, 13, "PERSON")]
    end = _resolver("They met King Olaf V".split(), ["PRON", "VERB", "PROPN", "PROPN", "PROPN"])
    assert [(e.start, e.end) for e in end._regnal_names([])] == [(3, 5)]


def test_an_untagged_dictionary_body_is_found_unless_shouted() -> None:
    # "Blue House" (the tables' name) untagged in a plain line is a body; in a line of capitals it is not
    plain = _resolver("Aides at the Blue House met".split(), ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB"])
    assert [(e.start, e.end, e.label_) for e in plain._untagged_dictionary_bodies([])] == [(3, 5, "ORG")]
    shouted = _resolver("AIDES AT THE Blue House MET".split(), ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB"])
    assert shouted._untagged_dictionary_bodies([]) == []


def test_initials_fit_a_body_named_before_and_nothing_without_one(extract) -> None:
    # the shape filter leaves the rule's answer: "LBU" is the union's; with no body named, nobody's
    record = extract("The Lakeside Bakers Union met on Monday. With the LBU, she found work.", published=PUBLISHED)
    union = entity_with_mention(record, "Lakeside Bakers Union")
    assert union is not None and "LBU" in [m.text for m in union.mentions]
    alone = extract("She met friends on Monday. With the LBU, she found work.", published=PUBLISHED)
    assert all(m.text != "LBU" or e.type != "ORG" or len(e.mentions) == 1 for e in alone.entities for m in e.mentions)
