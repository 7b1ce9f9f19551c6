"""Events told with no named doer, headline verbs the tagger reads as nouns, and words the tokenizer splits
at a hyphen (issue 14, brief s17-passive17). Each function reads one pattern of English; the words stay in
the data files (the ``passive17_*`` cue kinds of event_cues.tsv, the lexicon's rows). See docs/events.md,
"Events with no named doer".

- ``agentless_act``: "sanctions were imposed on Iran", "two diplomats were expelled": a passive of a verb
  whose act is told whoever did it (``doerless_verb``) is an event with the actor empty, as the
  project already codes a passive arrest (``state_act``) or attack.
- ``telling_force``: "Kenyan police said two men were arrested": a police force or army that tells an act only
  the state does (``state_act``), told in the passive, did it -- unless the act falls on its own people.
- ``hyphen_forms``: "a walk-out", "air-strikes", "cease-fire": the joined forms of a word split at a hyphen,
  which the lexicon is matched on first.
- ``headline_verb``: "Chad expels German ambassador": in a line with no verb the tagger may make the verb a
  noun modifying the object; a plural-looking noun right after a name whose singular is a lexicon verb is
  made that verb, with the words before it for subject and the object after it.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Token

from newsevents.docquery import verbless_sentences

from .arguments import is_passive


def agentless_act(verb: Token, doerless_verbs: Container[str]) -> bool:
    """"New sanctions were imposed on Iran", "the proposal was rejected": a passive (with its auxiliary and
    its subject) with no by-agent, of a ``doerless_verb``: the act is told with its doer unnamed."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN" or not is_passive(verb):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.lemma_.lower() in doerless_verbs


def telling_force(verb: Token, telling_verbs: Container[str], sector_of: Callable[[str], str | None],
                  forces: Container[str]) -> list[Token]:
    """"Kenyan police said two men were arrested": the subject of a verb of telling (``telling_verb``)
    that is a force of the state (its sector one of ``forces``) is the doer of the passive act its clause tells,
    when no one else is named. Not when its own people undergo it ("the army said eleven of its soldiers were
    killed"): a possessive pronoun or "its" in the passive subject marks them."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in telling_verbs or not is_passive(verb):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if any(t.tag_ == "PRP$" for t in patients):
        return []
    return [s for s in verb.head.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            and (sector_of(s.lemma_.lower()) or "").lower() in forces]


def hyphen_forms(token: Token) -> list[str]:
    """"walk-out" -> ["walk-out", "walkout"]: the joined lemmas of the word a token ends, when the tokenizer
    split it at hyphens written without spaces ([] for a token that ends no such word)."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    if start == token.i:
        return []
    parts = [doc[i].lower_ for i in range(start, token.i, 2)] + [token.lemma_.lower()]
    return ["-".join(parts), "".join(parts)]


def headline_verb(doc: Doc, is_verb: Callable[[str], bool]) -> int:
    """"Chad expels German ambassador": in a sentence with no verb, a plural-looking noun (NNS) that follows
    a proper name and whose form without its -s is a verb of the lexicon (``is_verb``), with the line's head
    noun after it, is that verb in the present tense: it is retagged VBZ and made the head of the line, the
    name before it its subject and the head noun after it its object. Returns how many were changed."""
    changed = 0
    # read from the arrays: a Token only in a line with no verb (speed35); a line made a verb's
    # below is past when the next is read, and the others keep their words' parts of speech
    for sent in verbless_sentences(doc):
        root = sent.root
        for token in sent:
            if token.tag_ != "NNS" or token.i == sent.start or token.i >= root.i or not token.lower_.endswith("s"):
                continue
            before = doc[token.i - 1]
            if before.pos_ != "PROPN" or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT")
                                             for t in doc[sent.start: token.i]):
                continue
            form = token.lower_[:-2] if token.lower_.endswith("es") and not is_verb(token.lower_[:-1]) else token.lower_[:-1]
            if not is_verb(form):
                continue
            _make_verb(token, form, sent.start, root)
            changed += 1
            break
    return changed


def _make_verb(token: Token, lemma: str, start: int, root: Token) -> None:
    doc = token.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    subject = doc[token.i - 1]
    for i in range(start, token.i):  # the words before make the subject, headed by its last name
        if i != subject.i and (heads[i] >= token.i or heads[i] < start):
            heads[i], deps[i] = subject.i, "compound"
    heads[subject.i], deps[subject.i] = token.i, "nsubj"
    heads[root.i], deps[root.i] = token.i, "dobj"
    heads[token.i], deps[token.i] = token.i, "ROOT"
    for t in doc[token.i + 1: root.i]:  # the object's modifiers stay on it
        if heads[t.i] == token.i:
            heads[t.i] = root.i
    for i in range(start, root.sent.end):
        doc[i].head = doc[heads[i]]
        doc[i].dep_ = deps[i]
    token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", lemma


# what a country's people undergo is no movement of forces nor a gift of goods
_KIND_TYPES = frozenset({"AID", "RETREAT", "MOBILIZE"})


def people_of_a_country(consumed: Token | None, event_type: str, someone: Callable[[Token], bool]) -> bool:
    """"Chad expels German ambassador", "Fifty Palestinian prisoners were released": the object (or passive
    subject) a lexicon row names is the event's kind ("imposed sanctions"), but people (``someone``: a role) a
    nationality or a country marks are whom the act falls on -- not the forces or goods a movement or an aid
    moves ("sent Turkish troops")."""
    if consumed is None or event_type in _KIND_TYPES or consumed.dep_ not in ("dobj", "nsubjpass"):
        return False
    if consumed.pos_ != "NOUN" or not someone(consumed):
        return False
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in consumed.children)


def charge_told(act: Token, outer: Token, outer_type: str) -> bool:
    """"Russian forces are accused of torturing prisoners, a UN report said": an accusation in the passive with
    no accuser named tells the charged act as news does a hedged one: the act (the gerund under "of") is an
    event of the accused, not only the content of an accusation by no one. Not with a by-agent ("were accused
    by Kyiv of torturing": Kyiv's accusation)."""
    if outer_type != "ACCUSE" or act.dep_ != "pcomp" or act.tag_ != "VBG" or act.head.lower_ != "of":
        return False
    if act.head.head.i != outer.i or not is_passive(outer) or any(c.dep_ == "agent" for c in outer.children):
        return False
    return any(c.dep_ == "nsubjpass" for c in outer.children)
