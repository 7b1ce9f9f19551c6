""""Whether or not" offers both answers of an alternative question, no negation (events44, session 40;
eventcoding/modality.py ``is_negated``): "whether or not the club wants to sign the player" denies nothing. A "not"
with no "whether" before its "or", and a plain "not", still negate. Sentences written for these tests, parsed by
hand as the model parses them ("or" a cc and "not" a neg of the clause's verb, "whether" its mark)."""

from __future__ import annotations

from newsevents.eventcoding.modality import is_negated

PUBLISHED = "2021-03-09"


def _doc(build_doc, whether: bool = True):
    # "it depends on [whether] or not the club wants to sign the player"
    first = ["it", "depends", "on"] + (["whether"] if whether else [])
    k = len(first)
    words = first + ["or", "not", "the", "club", "wants", "to", "sign", "the", "player"]
    wants = k + 4
    heads = [1, 1, 1] + ([wants] if whether else []) + [wants, wants, k + 3, wants, 2, k + 6, wants, k + 8, k + 6]
    deps = ["nsubj", "ROOT", "prep"] + (["mark"] if whether else []) + [
        "cc", "neg", "det", "nsubj", "pcomp", "aux", "xcomp", "det", "dobj"]
    pos = ["PRON", "VERB", "ADP"] + (["SCONJ"] if whether else []) + [
        "CCONJ", "PART", "DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"]
    tags = ["PRP", "VBZ", "IN"] + (["IN"] if whether else []) + ["CC", "RB", "DT", "NN", "VBZ", "TO", "VB", "DT", "NN"]
    lemmas = ["it", "depend", "on"] + (["whether"] if whether else []) + [
        "or", "not", "the", "club", "want", "to", "sign", "the", "player"]
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), k + 6


def test_whether_or_not_denies_nothing(build_doc, cues) -> None:
    doc, sign = _doc(build_doc)
    assert doc[sign].lower_ == "sign"
    assert not is_negated(doc[sign], cues)  # the "not" on the governing "wants"
    assert not is_negated(doc[sign - 2], cues)  # and on the verb itself


def test_or_not_with_no_whether_still_negates(build_doc, cues) -> None:
    doc, sign = _doc(build_doc, whether=False)
    assert is_negated(doc[sign - 2], cues)


def test_pipeline_a_deal_in_an_alternative_question_is_not_negated(events_of) -> None:
    text = "A lot will depend on whether or not Japan wants to make the deal with China, the minister said."
    assert all(e.modality != "negated" for e in events_of(text))
