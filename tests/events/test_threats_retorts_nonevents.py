"""Events session 15's branches left wrong (issue 14, brief s15-spur15; held-out set 17): a vow to bomb
and a warning to hit back are threats; a position or power abused, claims confirmed and an agreement
one refused to reject are no events; force not ruled out is a threat; a retort made with tariffs is a
sanction; "fired back at X" with the "at" hung on "back" is a retort. Each rule with a negative.
Sentences written for these tests (none from a data set, an audit or phrasings_heldout17.tsv)."""

from __future__ import annotations

from newsevents.actors import load_actor_dictionary
from newsevents.eventcoding import retorts
from newsevents.eventcoding.lexicon import load_lexicon, match_entry

PUBLISHED = "2017-06-15"


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


def _event(doc, i: int) -> str | None:
    found = match_entry(doc[i], load_lexicon(), load_actor_dictionary())
    return None if found is None else found[0].event


# --- hand-built parses: the rows and the rule themselves ---

def test_a_vow_to_bomb_is_a_threat_and_a_vow_to_send_aid_stays_a_promise(build_doc) -> None:
    def vow(verb: str):
        return build_doc(f"Chile vowed to {verb} the camps",
                         heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                         pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "TO", "VB", "DT", "NNS"],
                         lemmas=["Chile", "vow", "to", verb, "the", "camp"])
    assert _event(vow("bomb"), 1) == "THREATEN"
    assert _event(vow("rebuild"), 1) == "AGREE"


def test_a_position_abused_is_no_attack_and_people_abused_stay(build_doc) -> None:
    def abused(obj: str):
        return build_doc(f"The firm abused its {obj}",
                         heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "poss", "dobj"],
                         pos=["DET", "NOUN", "VERB", "PRON", "NOUN"], tags=["DT", "NN", "VBD", "PRP$", "NN"],
                         lemmas=["the", "firm", "abuse", "its", obj])
    assert _event(abused("dominance"), 2) in (None, "-")
    assert _event(abused("workers"), 2) == "ASSAULT"


def test_claims_confirmed_are_no_demand_and_conditions_confirmed_keep_the_backbone(build_doc) -> None:
    def confirmed(obj: str):
        return build_doc(f"Peru confirmed the {obj}",
                         heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                         pos=["PROPN", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "DT", "NNS"],
                         lemmas=["Peru", "confirm", "the", obj])
    assert _event(confirmed("allegation"), 1) in (None, "-")
    assert _event(confirmed("condition"), 1) == "REQUEST"  # the backbone's CONFIRM * CONDITIONS, untouched


def test_an_agreement_under_a_rejection_is_no_agreement_and_one_signed_stays(build_doc) -> None:
    def under(verb: str):
        return build_doc(f"Oslo refused to {verb} the agreement",
                         heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                         pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"], tags=["NNP", "VBD", "TO", "VB", "DT", "NN"],
                         lemmas=["Oslo", "refuse", "to", verb, "the", "agreement"])
    assert _event(under("reject"), 5) in (None, "-")
    assert _event(under("sign"), 5) == "AGREE"  # the noun alone, where no verb consumes it


def test_a_particle_adverb_lends_its_preposition_to_the_verb(build_doc) -> None:
    doc = build_doc("Oslo fired back at Rome on radio",
                    heads=[1, 1, 1, 2, 3, 1, 5], deps=["nsubj", "ROOT", "advmod", "prep", "pobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "ADV", "ADP", "PROPN", "ADP", "NOUN"],
                    tags=["NNP", "VBD", "RB", "IN", "NNP", "IN", "NN"], lemmas=["Oslo", "fire", "back", "at", "Rome", "on", "radio"])
    assert _event(doc, 1) == "ACCUSE"  # not ASSAULT on the radio
    doc = build_doc("Troops fired on Rome", heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "PROPN"], tags=["NNS", "VBD", "IN", "NNP"],
                    lemmas=["troop", "fire", "on", "Rome"])
    assert _event(doc, 1) == "ASSAULT"


def _retort(build_doc, means: str):
    return build_doc(f"Oslo hit back at Rome with {means}",
                     heads=[1, 1, 1, 1, 3, 1, 5], deps=["nsubj", "ROOT", "advmod", "prep", "pobj", "prep", "pobj"],
                     pos=["PROPN", "VERB", "ADV", "ADP", "PROPN", "ADP", "NOUN"],
                     tags=["NNP", "VBD", "RB", "IN", "NNP", "IN", "NNS"],
                     lemmas=["Oslo", "hit", "back", "at", "Rome", "with", means.rstrip("s")])


def test_a_retort_made_with_tariffs_is_a_sanction_and_one_made_with_words_stays(build_doc, cues) -> None:
    assert retorts.retort_by_measures(_retort(build_doc, "tariffs")[1], "ACCUSE", cues)
    assert not retorts.retort_by_measures(_retort(build_doc, "insults")[1], "ACCUSE", cues)
    assert not retorts.retort_by_measures(_retort(build_doc, "tariffs")[1], "ASSAULT", cues)


def _warned(build_doc, subject: str, pos: str):
    return build_doc(f"Oslo warned {subject} would hit back at Rome",
                     heads=[1, 1, 4, 4, 1, 4, 4, 6], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "advmod", "prep", "pobj"],
                     pos=["PROPN", "VERB", pos, "AUX", "VERB", "ADV", "ADP", "PROPN"],
                     tags=["NNP", "VBD", "PRP" if pos == "PRON" else "NNP", "MD", "VB", "RB", "IN", "NNP"],
                     lemmas=["Oslo", "warn", subject, "would", "hit", "back", "at", "Rome"])


def test_a_retort_announced_in_a_warning_is_a_threat_and_anothers_stays_words(build_doc, cues) -> None:
    assert retorts.warned_retort(_warned(build_doc, "it", "PRON")[4], "ACCUSE", cues)
    assert not retorts.warned_retort(_warned(build_doc, "Bern", "PROPN")[4], "ACCUSE", cues)  # another's retort


# --- whole sentences of our own ---

def test_sentences_of_threats(extract) -> None:
    assert "THREATEN" in _types(extract, "Turkey's prime minister vowed to bomb the militants' bases in northern Iraq.")
    assert "THREATEN" in _types(extract, "Moscow warned it would hit back at Kiev if the blockade went on.")
    assert "THREATEN" in _types(extract, "The Indian defence minister did not rule out military action against Pakistan.")
    assert "THREATEN" in _types(extract, "The Kremlin refused to rule out force against Georgia.")
    # negatives: force ruled out stays a rejection; a vow of help stays a promise
    assert "THREATEN" not in _types(extract, "Falling prices could hit Chilean copper exports, the ministry warned.")
    assert "THREATEN" not in _types(extract, "The Indian defence minister ruled out military action against Pakistan.")
    assert _types(extract, "Italy vowed to send doctors to Albania.") == {"AGREE"}


def test_sentences_of_no_events(extract) -> None:
    assert "ASSAULT" not in _types(extract, "Brussels fined the Swiss firm 90 million euros for abusing its market power.")
    assert "ASSAULT" in _types(extract, "Guards abused Kenyan migrants at the border camp.")
    assert "REQUEST" not in _types(extract, "The Kenyan police confirmed the allegations on Sunday.")
    assert "AGREE" not in _types(extract, "The Swiss parliament refused to reject the trade agreement with Chile.")
    assert "SANCTION" in _types(extract, "India hit back at Pakistan with a ban on imports of its cotton.")
