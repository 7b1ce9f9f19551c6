"""Rule of branch gold23 (hand-built Docs on sentences of our own): before a cue verb the parser
gave no subject, ``NAME from BODY told ...`` is the named person speaking, not the body that
closes the phrase; a body with no person named before its preposition stays the speaker."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.quotes import find_subject

# "Prices rose for Anna Berg from Acme Foods told reporters ." (two captions run together: the
# parser hangs the name on "for" and gives "told" no subject)
WORDS = ["Prices", "rose", "for", "Anna", "Berg", "from", "Acme", "Foods", "told", "reporters", "."]
HEADS = [1, 1, 1, 4, 2, 4, 7, 5, 1, 8, 1]
DEPS = ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "compound", "pobj", "ccomp", "dobj", "punct"]
TAGS = ["NNS", "VBD", "IN", "NNP", "NNP", "IN", "NNP", "NNP", "VBD", "NNS", "."]
POS = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]


def _doc(ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS, ents=ents)


def test_the_person_named_before_from_body_speaks() -> None:
    doc = _doc(["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    speaker = find_subject(doc[8], frozenset({"tell"}))
    assert speaker is not None and speaker.text == "Berg"


def test_with_no_person_named_before_the_body_stays_the_speaker() -> None:
    doc = _doc(["O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    speaker = find_subject(doc[8], frozenset({"tell"}))
    assert speaker is not None and speaker.text == "Foods"


def test_a_quotation_said_on_the_radio_is_direct(extract) -> None:
    record = extract("Right after the spin a member of the pit crew calmly said 'good job Tom, good job' on the "
                     "team radio before the rider himself joked 'my heart raced there.'", published="2026-05-04")
    texts = {q.content.text: q.kind for q in record.quotes}
    assert texts.get("good job Tom, good job") == "direct"
    assert any("my heart raced there" in t for t in texts)


def test_a_quotation_a_verb_goes_on_from_stays_mixed(extract) -> None:
    record = extract("The minister said 'the plan' was dead.", published="2026-05-04")
    assert [q.kind for q in record.quotes] == ["mixed"]
