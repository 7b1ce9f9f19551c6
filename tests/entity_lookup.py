"""Finding entities in test output: by a mention's text, in a record or in a list of entities."""

from __future__ import annotations


def entity_with_mention(record, text: str, occurrence: int = 1):
    """The entity with a mention overlapping the ``occurrence``-th ``text`` of the article."""
    start = -1
    for _ in range(occurrence):
        start = record.article.text.index(text, start + 1)
    for entity in record.entities:
        for m in entity.mentions:
            if m.start < start + len(text) and start < m.end:
                return entity
    return None


def entity_of(entities, mention: str):
    """The entity one of whose mentions is exactly ``mention``."""
    return next((e for e in entities if mention in [m.text for m in e.mentions]), None)


def mentions_by_name(record) -> dict[str, list[str]]:
    """Every entity of the record by name, with the texts of its mentions."""
    return {e.name: [m.text for m in e.mentions] for e in record.entities}


def mention_texts(record, mention: str) -> list[str]:
    """The mention texts of the record's entity one of whose mentions is exactly ``mention`` ([] if none)."""
    entity = entity_of(record.entities, mention)
    return [m.text for m in entity.mentions] if entity else []


def resolve_rows(vocab, actors, rows, starts: frozenset[int]) -> dict:
    """Entities by name, resolved by the entity stage alone from a hand-built Doc: ``rows`` of
    (word, tag, pos, head, dep, ent, lemma), a sentence starting at each index in ``starts``."""
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
              sent_starts=[k in starts for k in range(len(words))], lemmas=lemmas)
    return {e.name: e for e in EntityResolver(doc, actors, None, {}, set()).resolve()}


def bare_entities(vocab, actors, rows, spaces=None, *, lemma_of: dict[str, str] | None = None,
                  nouns=frozenset(), speech_verbs=frozenset()) -> list:
    """The entities resolved by the entity stage's resolver with the actor dictionary alone (no gazetteer,
    no statement nouns) from a hand-built Doc: ``rows`` of (word, tag, pos, head, dep, ent[, sentence start]),
    heads absolute (without the start column the rows are one sentence). The lemmas are ``lemma_of[word]``
    where given (the model's lemma of a verb: ``said``: ``say``), else the words, lower-cased except proper
    nouns; ``nouns`` and ``speech_verbs``: the resolver's tables of those names."""
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    columns = [list(x) for x in zip(*rows, strict=True)]
    words, tags, pos, heads, deps, ents = columns[:6]
    starts = columns[6] if len(columns) > 6 else [k == 0 for k in range(len(words))]
    lemma_of = lemma_of or {}
    lemmas = [lemma_of.get(w) or (w if t.startswith("NNP") else w.lower()) for w, t in zip(words, tags, strict=True)]
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
              sent_starts=starts, lemmas=lemmas)
    return EntityResolver(doc, actors, None, {}, nouns, speech_verbs).resolve()


def word_resolver(words: list[str], *, pos: list[str] | None = None, lemmas: list[str] | None = None,
                  vocab=None, gazetteer=None):
    """An entity resolver, not yet run, over a one-sentence Doc of ``words`` with no parse (the tests of its
    word scans and indexes): the packaged actor dictionary, ``gazetteer`` (None: none), the lemmas the
    lower-cased words unless given, ``vocab`` a blank English one unless given (the pipeline's)."""
    import spacy
    from spacy.tokens import Doc

    import newsevents.components  # noqa: F401 - registers the Doc extensions
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities import EntityResolver

    doc = Doc(vocab if vocab is not None else spacy.blank("en").vocab, words=words, pos=pos,
              sent_starts=[k == 0 for k in range(len(words))], lemmas=lemmas or [w.lower() for w in words])
    return EntityResolver(doc, load_actor_dictionary(), gazetteer, frozenset())


def name_row(word: str, head: int, dep: str, ent: str = "O") -> tuple:
    """A row (word, tag, pos, head, dep, ent, lemma) of a proper noun: its lemma the word itself."""
    return (word, "NNP", "PROPN", head, dep, ent, word)


def stop_row(head: int) -> tuple:
    """A row (word, tag, pos, head, dep, ent, lemma) of a full stop hung on ``head``."""
    return (".", ".", "PUNCT", head, "punct", "O", ".")


def holder_at(doc, entities, token: int):
    """The entity with a mention starting at the ``token``-th word of ``doc``, or None."""
    start = doc[token].idx
    return next((e for e in entities if any(m.start == start for m in e.mentions)), None)


def sentence_rows(*sentences: list[tuple]) -> list[tuple]:
    """Rows of a hand-built text from its sentences, each a list of (word, tag, pos, head counted from
    the sentence's first word, dep, entity IOB): heads made absolute, each sentence's first word
    marked as a sentence start."""
    rows: list[tuple] = []
    for words in sentences:
        first = len(rows)
        rows += [(w, t, p, first + h, d, e, k == 0) for k, (w, t, p, h, d, e) in enumerate(words)]
    return rows


def word_offsets(words: list[str], spaces: list[bool]) -> list[int]:
    """The character offset of each word in the text a Doc of ``words`` and ``spaces`` prints."""
    offsets, at = [], 0
    for word, space in zip(words, spaces, strict=True):
        offsets.append(at)
        at += len(word) + space
    return offsets


def aide_speaker_rows(given: str, other: str, pronoun: str) -> list[tuple]:
    """Rows (word, tag, pos, head, dep, ent, sentence start, lemma) of ``<given> Lowe, <other> Reed's aide,
    told reporters that <pronoun> would run.``: a speaker, another person owning the apposition, a pronoun."""
    return [
        (given, "NNP", "PROPN", 1, "compound", "B-PERSON", True, given),
        ("Lowe", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False, "Lowe"),
        (",", ",", "PUNCT", 1, "punct", "O", False, ","),
        (other, "NNP", "PROPN", 4, "compound", "B-PERSON", False, other),
        ("Reed", "NNP", "PROPN", 6, "poss", "I-PERSON", False, "Reed"),
        ("'s", "POS", "PART", 4, "case", "O", False, "'s"),
        ("aide", "NN", "NOUN", 1, "appos", "O", False, "aide"),
        (",", ",", "PUNCT", 1, "punct", "O", False, ","),
        ("told", "VBD", "VERB", 8, "ROOT", "O", False, "tell"),
        ("reporters", "NNS", "NOUN", 8, "dobj", "O", False, "reporter"),
        ("that", "IN", "SCONJ", 13, "mark", "O", False, "that"),
        (pronoun, "PRP", "PRON", 13, "nsubj", "O", False, pronoun),
        ("would", "MD", "AUX", 13, "aux", "O", False, "would"),
        ("run", "VB", "VERB", 8, "ccomp", "O", False, "run"),
        (".", ".", "PUNCT", 8, "punct", "O", False, "."),
    ]
