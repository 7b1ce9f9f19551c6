"""speed23: the entity rules that start from a few trigger words find them in an index of the
article's forms (and lemmas) made once; the tokens found are those a walk over the Doc finds, in
text order. Own sentences."""

from __future__ import annotations

from entity_lookup import word_resolver


def _resolver(words: list[str], lemmas: list[str] | None = None):
    return word_resolver(words, lemmas=lemmas)


def test_the_tokens_with_a_lower_case_form_are_found_in_text_order() -> None:
    words = "Its board said its plan and ITS budget stand , its chair said".split()
    resolver = _resolver(words)
    found = resolver._with_lower({"its", "chair"})
    assert [t.i for t in found] == [0, 3, 6, 10, 11]
    assert [t.i for t in found] == [t.i for t in resolver.tokens if t.lower_ in {"its", "chair"}]
    assert resolver._with_lower({"nothing"}) == []


def test_a_mapping_of_words_serves_as_the_word_set() -> None:
    resolver = _resolver("He said she left and he stayed".split())
    found = resolver._with_lower({"he": "male", "she": "female"})
    assert [t.text for t in found] == ["He", "she", "he"]


def test_the_tokens_with_a_lemma_are_found_by_its_lower_case_form() -> None:
    words = "Ann Marries Tom ; they married in June and marry again".split()
    lemmas = ["Ann", "Marry", "Tom", ";", "they", "marry", "in", "June", "and", "marry", "again"]
    resolver = _resolver(words, lemmas)
    assert [t.i for t in resolver._with_lemma({"marry"})] == [1, 5, 9]
    assert [t.i for t in resolver._with_lower({"marry"})] == [9]


def test_the_words_after_the_are_found_in_text_order() -> None:
    resolver = _resolver("The mayor met the the press and THE".split())
    assert [t.i for t in resolver._after_the()] == [1, 4, 5]


def test_a_leaders_noun_is_found_in_one_token_or_three_and_no_other_noun_is() -> None:
    resolver = _resolver("The front - runner beat the frontrunner and the runner".split())
    assert resolver._lead_noun_start(resolver.tokens[3]) == 1  # "front - runner"
    assert resolver._lead_noun_start(resolver.tokens[6]) == 6  # "frontrunner"
    assert resolver._lead_noun_start(resolver.tokens[4]) is None  # "beat": ends no leader's noun
    assert resolver._lead_noun_start(resolver.tokens[9]) is None  # "the runner": no leader's noun either


def test_the_capitalised_words_are_found_once_in_text_order() -> None:
    resolver = _resolver("Vexcorp said on Monday that ÉCOLE staff and eBay users 's 'Quoted' met".split())
    assert [t.text for t in resolver._capitalised()] == ["Vexcorp", "Monday", "ÉCOLE"]
    assert resolver._capitalised() is resolver._capitalised()


def test_an_age_description_is_read_after_a_the_and_at_the_end_of_the_text() -> None:
    resolver = _resolver("Police said the 45 - year - old".split())
    [found] = resolver._age_descriptions()
    assert (found.start, found.end, found.kind, found.age) == (2, 8, "age", 45)
    assert _resolver("Police said 45 - year - old men left".split())._age_descriptions() == []
    assert _resolver("Police said the 45 - year - olds".split())._age_descriptions() == []


def test_a_role_noun_before_a_proper_noun_is_found_from_the_forms_index() -> None:
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_base import Cluster

    words = "Mayor Ines Carver met the mayor".split()
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN"],
              sent_starts=[True] + [False] * 5, lemmas=[w.lower() for w in words])
    resolver = EntityResolver(doc, load_actor_dictionary(), None, frozenset())
    nobody = Cluster("PERSON", "Tom Reed", "person:tom reed")
    assert resolver._other_titled("mayor", nobody)
    assert not resolver._other_titled("governor", nobody)


def test_a_span_made_directly_is_the_slice_of_the_doc_for_every_range() -> None:
    import spacy

    from newsevents.docquery import doc_span

    nlp = spacy.blank("en")
    for doc in (nlp("Ann Lee met Tom Reed in Oslo ."), nlp("")):
        n = len(doc)
        for start in range(-2, n + 3):
            for end in range(-2, n + 3):
                sliced, made = doc[start:end], doc_span(doc, start, end)
                assert (made.start, made.end, made.start_char, made.end_char, made.text) == \
                    (sliced.start, sliced.end, sliced.start_char, sliced.end_char, sliced.text)
