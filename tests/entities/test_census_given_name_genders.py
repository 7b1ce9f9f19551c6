"""The gender of a given name the hand table lacks, from the 1990 US Census first-name lists
(``census_given_names.tsv``, built by scripts/build_census_given_names.py; docs/notes/pronoun-losses.md,
"Session 38: given names from the census lists"). Hand-built Docs, sentences of our own:

- a person whose given name is only in the census table is ``she``/``he`` to a following pronoun, so
  the pronoun of the other gender goes to another person;
- a name given to both (its census share of one gender below 0.99: ``Kim``, ``Taylor``) says none;
- the hand table (``given_names.tsv``) wins where both have the name; its short forms
  (``short_given_names.tsv``: ``Alex``) and family names written first (``family_names.tsv``:
  ``Moon``) say no gender from the census either.
"""

from __future__ import annotations

from types import SimpleNamespace

from entity_lookup import aide_speaker_rows

# (word, tag, pos, head, dep, ent, sentence start, lemma)
Row = tuple[str, str, str, int, str, str, bool, str]
MORPHS = {"she": "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs",
          "he": "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"}


def _pronoun_holder(stage, rows: list[Row]) -> str | None:
    """The name of the entity the rows' pronoun (token 11) is a mention of."""
    words = [r[0] for r in rows]
    spaces = [not (k + 1 < len(words) and words[k + 1] in {".", ",", "'s"}) for k in range(len(words))]
    found = stage(rows, spaces=spaces, morphs=[MORPHS.get(w.lower(), "") for w in words])
    start = sum(len(w) + sp for w, sp in zip(words[:11], spaces[:11], strict=True))
    return next((name for name, e in found.items() if any(m.start == start for m in e.mentions)), None)


def test_census_names_of_one_gender_only() -> None:
    from newsevents.actors import load_actor_dictionary
    from newsevents.components.entities_pronouns import given_name_gender

    ad = load_actor_dictionary()
    assert "greta" not in ad.given_names and "rupert" not in ad.given_names  # the census table's alone
    assert given_name_gender("Greta", ad) == "f"
    assert given_name_gender("Rupert", ad) == "m"
    assert given_name_gender("Kim", ad) is None  # given to both: a share below the threshold
    assert given_name_gender("Taylor", ad) is None
    assert given_name_gender("Alex", ad) is None  # a short form of Alexander and Alexandra
    assert given_name_gender("Moon", ad) is None  # a family name written first ("Moon Ha-eun")
    assert given_name_gender("Lowe", ad) is None


def test_the_hand_table_wins_over_the_census() -> None:
    from newsevents.components.entities_pronouns import given_name_gender

    ad = SimpleNamespace(given_names={"orla": "m"}, census_given_names={"orla": "f", "ines": "f"},
                         family_names=frozenset())
    assert given_name_gender("Orla", ad) == "m"
    assert given_name_gender("Ines", ad) == "f"


def test_a_he_a_census_womans_name_reports_is_the_other_man(stage_entities_verbs) -> None:
    assert _pronoun_holder(stage_entities_verbs, aide_speaker_rows("Greta", "Tom", "he")) == "Tom Reed"


def test_a_she_a_census_mans_name_reports_is_the_other_woman(stage_entities_verbs) -> None:
    assert _pronoun_holder(stage_entities_verbs, aide_speaker_rows("Rupert", "Ann", "she")) == "Ann Reed"
