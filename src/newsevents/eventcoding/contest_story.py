"""A defeat verb in a story that tells no harm (issue 14, session 41, brief events45).

"Beat", "crush", "thrash", "trounce" (``defeat``) tell a win as often as a blow. When the sentence names a game,
``components/events._contest`` reads the game; this rule reads the whole story instead: an attack leaves its
traces in the story that tells it (someone hurt, a weapon, the police, a hospital, a fight), so a defeat verb in a
story that names no harm, force or its means anywhere is a loss in a contest: "He got beat, but that's OK," said
of a dog in a show; "a fraud Clinton would beat"; "an attempt to beat touts". The harm words are the cue kinds
``harm_word``, ``weapon``, ``attack``, ``intent``, ``slaying_noun``, ``slaying_verb``, ``armed_force_noun`` and
``contest_harm`` (event_cues.tsv), read by lemma on nouns, verbs and adjectives of the whole document. "Beat up"
(the particle says the blow) and an armed doer stay attacks. Tested in tests/events/test_events_contest_story.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.eventcoding.lexicon import Cues

_CONTENT = frozenset({"NOUN", "VERB", "ADJ"})


def harm_words(cues: Cues) -> frozenset[str]:
    """The words whose presence anywhere in a story tells harm or force (built once per cue table: the union of
    eight cue kinds would otherwise be rebuilt for every defeat verb)."""
    cached = getattr(cues, "_harm_words", None)
    if cached is None:
        cached = frozenset(cues.harm_word | set(cues.weapon) | cues.attack | cues.intent | cues.slaying_noun
                           | cues.slaying_verb | cues.armed_force_noun | cues.contest_harm)
        cues._harm_words = cached
    return cached


def harmless_defeat(trigger: Token, doc: Doc, armed: bool, cues: Cues) -> bool:
    """True for a ``defeat`` verb, not "beat up", with no armed doer, in a story that names no harm word (the
    defeat verbs themselves aside: they are the question)."""
    if armed or trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in cues.defeat:
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return False  # "beat him up": the particle says the blow
    harm = harm_words(cues)
    return not any(t.pos_ in _CONTENT and t.i != trigger.i and t.lemma_.lower() not in cues.defeat
                   and (t.lemma_.lower() in harm or t.lower_ in harm) for t in doc)
