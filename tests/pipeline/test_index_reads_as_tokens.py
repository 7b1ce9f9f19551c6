"""speed21: rules that now read words by index or the article's cached text instead of making a
Token per word (or joining the whole Doc's text) behave as before, at the edges of the Doc too.
Own sentences."""

from __future__ import annotations

from entity_lookup import entity_with_mention
from newsevents.eventcoding import country_parties

PUBLISHED = "2024-05-14"


def test_common_party_runs_are_found_by_their_characters(build_doc) -> None:
    # the run's text is read from the characters: "Labour Party" with its space, not the tokens glued
    doc = build_doc("Norway 's Labour Party won", heads=[3, 0, 3, 4, 4], deps=["poss", "case", "compound", "nsubj", "ROOT"],
                    pos=["PROPN", "PART", "PROPN", "PROPN", "VERB"], tags=["NNP", "POS", "NNP", "NNP", "VBD"])
    assert {2, 3} <= country_parties.common_party_indices(doc[0:4])
    assert country_parties.common_party_indices(doc[0:2]) == set()
    for start, end in ((0, 4), (1, 5), (2, 3)):
        span = doc[start:end]
        by_text = set()
        for s in range(span.start, span.end):  # the old reading, by span.text, for comparison
            for e in range(s + 1, min(s + 4, span.end) + 1):
                if country_parties.normalise_name(doc[s:e].text) in country_parties._common_party_names():
                    by_text.update(range(s, e))
        assert country_parties.common_party_indices(span) == by_text


def test_an_acronym_glued_to_a_city_at_the_start_of_the_text(extract) -> None:
    # the first word of the Doc is before the first hyphen: the scan over hyphens reaches it
    record = extract("KTI-Lahore built the bridge model in March.", published=PUBLISHED)
    body = entity_with_mention(record, "KTI-Lahore")
    assert body is not None and body.country == "PAK"


def test_a_hyphen_at_the_end_of_the_text_is_no_acronym_join(extract) -> None:
    # a hyphen as the Doc's last or next-to-last word has no place after it: nothing found, nothing fails
    record = extract("The bridge model was built by engineers from KTI -", published=PUBLISHED)
    assert not any(e.name.startswith("KTI-") for e in record.entities)


def test_no_handle_mark_means_no_handle(extract) -> None:
    # no "@" in the text: the handle rule stops at one search; the names are the model's as before
    record = extract("Ines Calloway shared the clip on Friday. Calloway said it was filmed in spring.",
                     published=PUBLISHED)
    person = entity_with_mention(record, "Ines Calloway")
    assert person is not None and person is entity_with_mention(record, "Calloway", 2)


def test_a_role_ending_at_a_word_is_the_same_asked_again_with_another_bound() -> None:
    # the answer is kept per (word, bound): asked in any order, each bound gets its own longest role
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver

    words = "The deputy foreign minister said".split()
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 4, lemmas=[w.lower() for w in words])
    resolver = EntityResolver(doc, load_actor_dictionary(), None, frozenset())
    asked = [(3, 0), (3, 2), (3, 3), (3, 0), (3, 4), (2, 0), (3, 1), (3, 2)]
    # "The deputy foreign minister" from the first word: the table's key drops the article
    want = {(3, 0): (0, "deputy foreign minister"), (3, 1): (1, "deputy foreign minister"),
            (3, 2): (2, "foreign minister"), (3, 3): (3, "minister"), (3, 4): None, (2, 0): None}
    for j, bound in asked:
        assert resolver._role_ending_at(j, bound) == want[(j, bound)]
    assert resolver._longest_role_ending_at(3, 0) == want[(3, 0)]
