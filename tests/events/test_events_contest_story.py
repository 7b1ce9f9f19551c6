"""A defeat verb in a story that tells no harm is a contest (eventcoding/contest_story.py, session 41). Sentences
written for these tests; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.contest_story import harmless_defeat


def _story(build_doc, tail_words: list[str], tail_pos: list[str]):
    # '" He got beat , but she is fine , " said the owner of the spaniel .' + a second sentence
    words = ['"', "He", "got", "beat", ",", "but", "it", "is", "fine", ",", '"', "said", "the", "owner", "."]
    heads = [11, 3, 3, 11, 3, 3, 7, 3, 7, 11, 11, 11, 13, 11, 11]
    deps = ["punct", "nsubjpass", "auxpass", "ccomp", "punct", "cc", "nsubj", "conj", "acomp", "punct", "punct",
            "ROOT", "det", "nsubj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "CCONJ", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "DET",
           "NOUN", "PUNCT"]
    n = len(words)
    words = words + tail_words
    heads = heads + [n + 1] * len(tail_words)
    heads[n + 1] = n + 1
    deps = deps + ["dep"] * len(tail_words)
    deps[n + 1] = "ROOT"
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[3] = "get", "beat"
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos + tail_pos, lemmas=lemmas)


def test_a_defeat_verb_in_a_story_of_no_harm_is_a_contest(build_doc, cues) -> None:
    doc = _story(build_doc, ["The", "judges", "chose", "a", "poodle", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert harmless_defeat(doc[3], doc, False, cues)
    assert not harmless_defeat(doc[3], doc, True, cues)  # an armed doer beats to harm


def test_a_defeat_verb_in_a_story_that_tells_harm_stays(build_doc, cues) -> None:
    # "... The police took him to hospital ."
    doc = _story(build_doc, ["The", "police", "took", "him", "to", "hospital", "."],
                 ["DET", "NOUN", "VERB", "PRON", "ADP", "NOUN", "PUNCT"])
    assert not harmless_defeat(doc[3], doc, False, cues)
    # "... A neighbour saw the injury ." (a harm word)
    doc = _story(build_doc, ["A", "neighbour", "saw", "the", "injury", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not harmless_defeat(doc[3], doc, False, cues)


def test_beat_up_says_the_blow(build_doc, cues) -> None:
    # "they beat him up"
    doc = build_doc("they beat him up", heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "prt"],
                    pos=["PRON", "VERB", "PRON", "ADP"])
    assert not harmless_defeat(doc[1], doc, False, cues)
    doc = build_doc("they beat him", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["PRON", "VERB", "PRON"])
    assert harmless_defeat(doc[1], doc, False, cues)
