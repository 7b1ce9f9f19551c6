"""Types and figurative force of the thirteenth audit (issue 14, brief s11-fix13b): a thing called
by a noun of blame is a criticism, ending a deal is no agreement, force on a society's ills is a
figure, and an act a verb of simulating governs is a sham. Every sentence was written for these
tests; the rules are checked on hand-built parses, and the whole pipeline on a few sentences, each
beside the act that must stay."""

from __future__ import annotations

from newsevents.components.events import _simulated
from newsevents.eventcoding.arguments import seen_participle
from newsevents.eventcoding.lexicon import Condition, condition_holds

PUBLISHED = "2024-06-01"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


# --- 'call' + object + a noun of blame --------------------------------------------------------------

def test_the_pred_condition_reads_the_noun_said_of_the_object(build_doc):
    actors = None  # the pred condition asks no actor dictionary
    doc = build_doc("the mayor called the plan a disgrace", heads=[1, 2, 2, 4, 2, 6, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "det", "oprd"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"])
    blame = Condition(kind="pred", words=frozenset({"disgrace"}), negated=False)
    praise = Condition(kind="pred", words=frozenset({"success"}), negated=False)
    assert condition_holds(doc[2], blame, actors)
    assert not condition_holds(doc[2], praise, actors)
    # the parser may make the quoted noun an apposition of the object
    doc = build_doc("the mayor called the sale the theft", heads=[1, 2, 2, 4, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "det", "appos"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"])
    assert condition_holds(doc[2], Condition(kind="pred", words=frozenset({"theft"}), negated=False), actors)


def test_calling_a_thing_a_disgrace_is_a_criticism_and_calling_for_stays_a_request(events_of):
    assert _types(events_of, "A senior minister called the plan a disgrace.") == ["ACCUSE"]
    assert _types(events_of, 'On 3 March, the opposition leader called the merger "the theft of the decade".') == ["ACCUSE"]
    assert _types(events_of, "The union called for a strike at the plant in Lyon.") == ["REQUEST"]


# --- ending a deal -----------------------------------------------------------------------------------

def test_a_firm_ending_a_licence_is_no_agreement(events_of):
    assert "AGREE" not in _types(events_of, "The Dutch firm was likely to end a licensing agreement with its British partner.")
    # a deal made stays an agreement
    assert "AGREE" in _types(events_of, "France and Germany signed a trade agreement on Monday.")


def test_a_state_scrapping_its_pact_reduces_relations(events_of):
    assert _types(events_of, "The French government scrapped its trade pact with Germany on Monday.") == ["SANCTION"]


# --- force on a society's ills -----------------------------------------------------------------------

def test_an_assault_on_poverty_or_obesity_is_a_figure(events_of, cues):
    assert {"poverty", "obesity", "smoking"} <= cues.abstract
    assert "ASSAULT" not in _types(events_of, "The finance minister said it was possible to launch a direct assault on poverty.")
    assert "ASSAULT" not in _types(events_of, "The health minister launched an attack on obesity in schools.")
    assert "ASSAULT" in _types(events_of, "The rebels launched an attack on the town on Monday.")


# --- simulated force ---------------------------------------------------------------------------------

def test_an_act_governed_by_a_verb_of_simulating_is_a_sham(build_doc, cues):
    doc = build_doc("charges simulate bullets striking the wall", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "acl", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["charge", "simulate", "bullet", "strike", "the", "wall"])
    assert _simulated(doc[3], cues)
    # the same act shown in a video is not simulated: 'show' and 'depict' may tell a real attack
    doc = build_doc("videos show bullets striking the wall", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "acl", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["video", "show", "bullet", "strike", "the", "wall"])
    assert not _simulated(doc[3], cues)


def test_film_effects_that_simulate_gunfire_are_no_attack(events_of):
    assert "ASSAULT" not in _types(
        events_of, 'The small charges were meant to "simulate the appearance of bullets striking the wall".')
    assert "ASSAULT" in _types(events_of, "Gunmen fired bullets at the wall of the police station in Lyon.")


# --- 'see' + object + participle -----------------------------------------------------------------------

def test_the_subject_of_a_participle_after_see_undergoes_it(build_doc, cues):
    # the parser's reading of "the week has seen twelve traders suspended" (a past tense with a subject)
    words = "the week has seen twelve traders suspended"
    heads, deps = [1, 3, 3, 3, 5, 6, 3], ["det", "nsubj", "aux", "ROOT", "nummod", "nsubj", "ccomp"]
    pos = ["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "VERB"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, tags=["DT", "NN", "VBZ", "VBN", "CD", "NNS", "VBD"],
                    lemmas=["the", "week", "have", "see", "twelve", "trader", "suspend"])
    assert seen_participle(doc[6], cues)
    # under a verb of saying the same clause is active: "the week has said twelve traders suspended"
    doc = build_doc(words.replace("seen", "said"), heads=heads, deps=deps, pos=pos,
                    tags=["DT", "NN", "VBZ", "VBN", "CD", "NNS", "VBD"],
                    lemmas=["the", "week", "have", "say", "twelve", "trader", "suspend"])
    assert not seen_participle(doc[6], cues)
    # with an object the clause is active: "saw troops attacked the town" (a bare past tense)
    doc = build_doc("villagers saw troops attacked the town", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN"], tags=["NNS", "VBD", "NNS", "VBD", "DT", "NN"],
                    lemmas=["villager", "see", "troop", "attack", "the", "town"])
    assert not seen_participle(doc[3], cues)


def test_firms_seen_suspended_are_not_the_suspenders(events_of):
    text = "The first week under the new code has seen at least twelve traders suspended."
    assert not any("traders" in " ".join(p.text for p in e.actor) for e in events_of(text))
