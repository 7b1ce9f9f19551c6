"""Word lists the actor, quote and event rules read live in data files, one fact in one place:
the rules follow what the tables say (data/actor_words.tsv, speech_cues.tsv, event_cues.tsv)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import newsevents
from newsevents.actors import ActorDictionary, actor_dictionary
from newsevents.components.quotes import _inverted_subject, read_cue_rows
from newsevents.eventcoding.lexicon import Cues, load_cues

_WORDS_HEADER = "# a comment line\nkind\tword\tvalue\n"


def test_actor_words_are_read_by_kind_with_honorific_genders(tmp_path):
    (tmp_path / "actor_words.tsv").write_text(
        _WORDS_HEADER + "honorific\tmrs\tf\nhonorific\tdr\t\nhonorific\tlady\tf\nnaming_title\tlady\t\n"
        "naming_title\tqueen\t\nname_suffix\tjr\t\nplace_word\tfjord\t\n", encoding="utf-8")
    words = ActorDictionary(tmp_path).words
    assert words.honorific == {"mrs": "f", "dr": None, "lady": "f"}
    # an honorific that is also a naming title is part of the name; nobody lists that twice
    assert words.titled_name == {"lady"}
    assert words.name_suffix == {"jr"} and words.place_word == {"fjord"}
    assert words.motion == frozenset()


def test_an_unknown_actor_word_kind_fails_at_load_naming_the_file(tmp_path):
    (tmp_path / "actor_words.tsv").write_text(_WORDS_HEADER + "honourific\tmr\tm\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actor_words\.tsv.*'honourific'"):
        ActorDictionary(tmp_path)


def test_a_missing_actor_word_table_gives_no_words_and_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="newsevents.actors"):
        words = ActorDictionary(tmp_path).words
    assert words.honorific == {} and words.naming_title == frozenset()
    assert any("actor_words.tsv" in r.getMessage() for r in caplog.records)


def test_the_packaged_actor_words_hold_every_kind():
    words = actor_dictionary().words
    assert words.honorific["mrs"] == "f" and words.honorific["dr"] is None
    assert {"lord", "baroness"} <= words.titled_name and "mr" not in words.titled_name
    for kind in ("naming_title", "abbreviated_title", "rank", "name_suffix", "actor_modifier", "place_word",
                 "motion", "naming_verb", "home_word", "media_title", "company_word"):
        assert getattr(words, kind), kind


def test_an_addressee_row_is_no_cue_but_names_the_verbs_object_as_addressed():
    header = "lemma\tpos\tkind\tspeech\tinfinitive"
    lexicon = read_cue_rows([header, "tell\tVERB\tspeech\tyes\tyes", "tell\tVERB\taddressee\tno\tno",
                             "thank\tVERB\taddressee\tno\tno"])
    assert lexicon.addressees == {"tell", "thank"}
    assert set(lexicon.verbs) == {"tell"} and lexicon.verbs["tell"].speech


def test_the_object_of_an_addressee_verb_is_no_inverted_speaker(build_doc):
    # '" Go , " told reporters': reporters are told, they do not speak
    doc = build_doc('" Go , " told reporters', heads=[4, 4, 4, 4, 4, 4],
                    deps=["punct", "ccomp", "punct", "punct", "ROOT", "dobj"],
                    pos=["PUNCT", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN"],
                    lemmas=['"', "go", ",", '"', "tell", "reporter"])
    assert _inverted_subject(doc[4], frozenset({"tell"})) is None
    # with no such row, the object after a cue is read as an inverted speaker ("tweeted one user")
    assert _inverted_subject(doc[4], frozenset()) == doc[5]


def test_the_event_filters_read_their_words_from_the_cue_table(build_doc):
    from newsevents.components.events import _not_an_act

    # "any voter refuses": a rule for anyone, not an act, because the table says "any" is generic
    doc = build_doc("any voter refuses", heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "VERB"], tags=["DT", "NN", "VBZ"])
    cues = load_cues()
    assert "any" in cues.generic_determiner
    assert _not_an_act(doc[2], "REJECT", [doc[1]], [], cues)
    assert not _not_an_act(doc[2], "REJECT", [doc[1]], [], Cues())
    assert {"to", "for"} <= cues.outcome_prep and "with" in cues.party_prep
    assert cues.view_verb == {"agree", "concur"} and cues.question_adverb == {"why", "how"}


def test_a_verb_of_winning_below_a_verb_of_force_is_read_from_the_cue_table(build_doc):
    from newsevents.components.events import _contest

    # "Rovers beat Celtic to clinch": a game, because the table lists "clinch" as a verb of winning
    doc = build_doc("Rovers beat Celtic to clinch", heads=[1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "aux", "advcl"],
                    pos=["PROPN", "VERB", "PROPN", "PART", "VERB"], tags=["NNP", "VBD", "NNP", "TO", "VB"])
    cues = load_cues()
    assert _contest(doc[1], doc[0:5], cues)
    assert not _contest(doc[1], doc[0:5], Cues())
    assert {"with", "in", "by"} <= cues.instrument_prep


# --- session 7: the last word lists and actor codes moved out of Python (sentences written for these tests) ---

def test_the_entity_rules_function_words_and_actor_codes_are_read_by_kind(tmp_path):
    (tmp_path / "actor_words.tsv").write_text(
        _WORDS_HEADER + "pronoun\tshe\tf\npronoun\thim\tm\nactor_preposition\twith\t\nnot_state\tuno\t\n"
        "state_sector\tGOV\t\n", encoding="utf-8")
    words = ActorDictionary(tmp_path).words
    assert words.pronoun == {"she": "f", "him": "m"}
    assert words.actor_preposition == {"with"} and words.generic_determiner == frozenset()
    # actor codes are read in capitals, however written
    assert words.not_state == {"UNO"} and words.state_sector == {"GOV"}


def test_the_packaged_actor_words_hold_the_function_words_and_codes():
    words = actor_dictionary().words
    assert words.pronoun["herself"] == "f" and words.pronoun["his"] == "m"
    assert {"a", "an"} == words.indefinite_article and words.indefinite_article < words.generic_determiner
    assert {"UNO", "NGO"} <= words.not_state and "USA" not in words.not_state
    assert words.local_sector < words.state_sector and "MIL" not in words.unnamed_state_sector


def test_companions_of_the_actor_are_read_from_the_cue_table(build_doc):
    from newsevents.eventcoding.arguments import companions

    # "Vexland, along with the UN, mediated": the UN joins the actor because the table says so
    doc = build_doc("Vexland , along with the UN , mediated", heads=[7, 0, 7, 2, 5, 3, 0, 7],
                    deps=["nsubj", "punct", "prep", "prep", "det", "pobj", "punct", "ROOT"],
                    pos=["PROPN", "PUNCT", "ADP", "ADP", "DET", "PROPN", "PUNCT", "VERB"])
    assert [t.text for t in companions(doc[7], load_cues())] == ["UN"]
    assert companions(doc[7], Cues()) == []


def test_an_obligation_on_the_speakers_own_side_is_read_from_the_cue_table(build_doc):
    from newsevents.components.events import _no_one_obliged

    # "we must pay": a resolve, no demand, because the table lists "we" as the first person
    doc = build_doc("we must pay", heads=[2, 2, 2], deps=["nsubj", "aux", "ROOT"],
                    pos=["PRON", "AUX", "VERB"], tags=["PRP", "MD", "VB"])
    assert _no_one_obliged(doc[1], [doc[0]], load_cues())
    assert not _no_one_obliged(doc[1], [doc[0]], Cues())


def test_the_speaker_rules_words_are_no_cues():
    header = "lemma\tpos\tkind\tspeech\tinfinitive"
    lexicon = read_cue_rows([header, "say\tVERB\tspeech\tyes\tno", "i\tPRON\tspeaker_pronoun\tno\tno",
                             "it\tPRON\tbody_pronoun\tno\tno", "from\tADP\towner_prep\tno\tno"])
    assert lexicon.speaker_pronoun == {"i"} and lexicon.body_pronoun == {"it"} and lexicon.owner_prep == {"from"}
    assert set(lexicon.verbs) == {"say"} and not lexicon.nouns and lexicon.person_pronoun == frozenset()


@pytest.mark.parametrize("table", ["roles.tsv", "person_nouns.tsv", "kind_nouns.tsv", "organisations.tsv"])
def test_each_word_of_a_table_has_one_row(table):
    # One home for each fact: the loaders keep the first row of a word, so a second row of it
    # (appended by a later rule) would be dead data that reads as if it counted.
    path = Path(newsevents.__file__).parent / "data" / table
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        word = line.split("\t")[0].strip().lower()
        if word and not word.startswith("#"):
            assert word not in seen, f"{table}: {word!r} on lines {seen[word]} and {number}"
            seen[word] = number
