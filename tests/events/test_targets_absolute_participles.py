"""A thing a passive participle falls on is its owner's: "with the club's appeal rejected by the league" is aimed
at the club, as "the league rejected the club's appeal" is (issue 14, session 24, brief targets25; the "Misses by
class" of news-dev36's README, a governing body's rejection in a `with` absolute phrase): eventcoding/
verdict_targets.py ``participle_patients``. A hand-built Doc of our own, then a whole sentence of our own."""

from __future__ import annotations

from newsevents.eventcoding import verdict_targets


def _party(token) -> bool:
    return token.lower_ in ("club", "league", "minister")


def _with_absolute(build_doc, owner: str):
    # "They lost , with the club 's appeal rejected by the league" / "... with its appeal rejected ..."
    words = f"They lost , with {owner} appeal rejected by the league"
    n = len(owner.split())
    owner_deps = ["det", "poss", "case"] if n == 3 else ["poss"]
    owner_heads = [5, 7, 5] if n == 3 else [4 + 1]
    offset = 4 + n  # the appeal's index
    heads = [1, 1, 1, 1] + [h if n == 3 else offset for h in owner_heads] + [3, offset, offset + 1, offset + 4,
                                                                              offset + 2]
    deps = ["nsubj", "ROOT", "punct", "prep"] + owner_deps + ["pobj", "acl", "agent", "det", "pobj"]
    pos = ["PRON", "VERB", "PUNCT", "ADP"] + (["DET", "NOUN", "PART"] if n == 3 else ["PRON"]) + [
        "NOUN", "VERB", "ADP", "DET", "NOUN"]
    tags = ["PRP", "VBD", ",", "IN"] + (["DT", "NN", "POS"] if n == 3 else ["PRP$"]) + [
        "NN", "VBN", "IN", "DT", "NN"]
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags), offset + 1


def test_the_owner_of_a_thing_rejected_in_a_with_phrase_is_the_target(build_doc) -> None:
    doc, verb = _with_absolute(build_doc, "the club 's")
    assert doc[verb].text == "rejected"
    assert [t.text for t in verdict_targets.participle_patients(doc[verb], _party)] == ["club"]


def test_a_pronoun_owner_is_left_to_the_pronoun_rules(build_doc) -> None:
    doc, verb = _with_absolute(build_doc, "its")
    assert verdict_targets.participle_patients(doc[verb], _party) == []


def test_a_with_phrase_rejection_by_a_federation_is_aimed_at_the_club(pipeline) -> None:
    events = pipeline.extract("Dunmore Athletic were relegated on Saturday, with the club's appeal rejected by "
                              "FIFA.", published="2019-05-01").events
    rejections = [e for e in events if e.event == "REJECT"]
    assert rejections and [p.text for p in rejections[0].recipient] == ["the club's"]
