"""Events the lexicon knows as a plain "X verb Y" clause, said in another shape of sentence (issue 14,
brief s17-syn17). Each function reads one pattern of English syntax; the words stay in the data files
(the ``shape_*`` cue kinds of event_cues.tsv). See docs/events.md, "Events said in other sentence shapes".

- Nouns: a possessor acts when the noun has an of-patient (``possessor_acts``); an of-phrase is the doer of
  a noun with no patient (``of_subject``), and a to-phrase hung on that doer or on an amount is the noun's
  (``amount_owner_preps``); a threat noun's infinitive object is its target (``infinitive_targets``); a
  movement noun that arrives names people, not an act (``names_the_arrivals``); a place or day that saw an
  event noun is its scene (``scene_of``); the people a crowd word counts (``partitive_members``).
- Light verbs: prepositions after the object noun are the noun's (``light_verb_preps``); a warning about a
  topic to no one is no threat (``topic_warning``).
- Clauses: a perfect participle on a noun (``perfect_participle_subject``), a contact relative clause's
  object (``gapped_relative_object``), a travel verb's purpose (``travel_purpose``), a fronted participle
  clause (``participle_clause``).
- Headlines: a verb tagged as a noun (``retag_headline_verbs``), a counted crowd (``counted_crowd``), two
  names joined by a comma (``headline_partners``).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

from newsevents.docquery import verbless_sentences

_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why", "whereby"})


def of_patient(noun: Token) -> Token | None:
    """The object of the noun's own of-phrase ("the expulsion of ten diplomats"), else None."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def possessor_acts(noun: Token) -> bool:
    """"Russia's expulsion of ten diplomats", "the army's release of 40 prisoners": a noun whose patient
    is its of-object leaves the possessor the doer ("his expulsion" alone: he is expelled)."""
    return of_patient(noun) is not None


def perfect_participle_subject(verb: Token) -> list[Token]:
    """"The Kenyan president, having met Ethiopia's prime minister, flew on": a perfect participle
    ("having" + past participle) with no subject of its own, hung on a noun, is done by that noun."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [verb.head, *verb.head.conjuncts]


def gapped_relative_object(verb: Token, periods: Container[str]) -> list[Token]:
    """"the smugglers they detained", "the town the rebels seized": a relative clause with no relative
    word, a subject of its own and no object has the noun it describes for object -- not a time
    ("the day they met": a ``period`` noun or a date) nor a manner or place said by a relative word."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    head = verb.head
    if head.lemma_.lower() in periods or head.ent_type_ in ("DATE", "TIME"):
        return []
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in _RELATIVE_WORDS for s in subjects):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd") for c in children):
        return []
    if any(t.lower_ in _RELATIVE_WORDS for t in verb.subtree if t.i < verb.i and t.i > head.i):
        return []
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or subjects[0].i < head.i:
        return []
    return [head]


def travel_purpose(token: Token, outer: Token, travel_verbs: Container[str]) -> bool:
    """"The emir flew to Tehran to meet Iran's president": the infinitive of purpose of a verb of travel
    (``shape_travel``) is an act of its own, not what the travel asks for."""
    if token.dep_ != "advcl" or token.head.i != outer.i or outer.lemma_.lower() not in travel_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def counted_crowd(noun: Token, crowd: Container[str]) -> bool:
    """Headline "Thousands march in Belgrade against government": with no verb in the line the parser
    makes the verb a noun that the count (a ``crowd`` word) modifies; the crowd does it."""
    if noun.pos_ != "NOUN" or noun.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return False
    return any(c.dep_ in ("nummod", "compound", "amod", "nmod") and c.i < noun.i and c.lemma_.lower() in crowd
               for c in noun.children)


def counted_victims(verb: Token) -> bool:
    """"the assaults that killed 130 in Paris", "the blast wounded 32": a bare number as the direct
    object of a verb of violence counts the people harmed (news leaves "people" out); the act is told
    though no victim is named (qtp35). A number with a noun of its own ("killed 40 cattle"), a year,
    a sum or a share is none."""
    if verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NUM" and child.like_num \
                and child.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") \
                and not any(c.dep_ in ("prep", "compound", "amod") and c.pos_ == "NOUN" for c in child.children):
            return True
    return False


def of_subject(noun: Token, subject_nouns: Container[str]) -> list[Token]:
    """"The visit of the Chinese president to Serbia": a noun of an act with no patient (a visit, a
    tour, an arrival: ``shape_of_subject``) takes its doer in its of-phrase."""
    if noun.lemma_.lower() not in subject_nouns:
        return []
    doer = of_patient(noun)
    return [doer, *doer.conjuncts] if doer is not None else []


def amount_owner_preps(noun: Token, preps: Container[str], subject_nouns: Container[str] = ()) -> list[Token]:
    """"Germany's donation of 50 million euros to Jordan", "the visit of the Chinese president to Serbia":
    the parser hangs the noun's to-phrase on its of-object; an amount (a number or money) gives no party,
    and a doer's of-phrase (``of_subject``) is not the place the noun goes to, so the phrase is the noun's."""
    inner = of_patient(noun)
    if inner is None:
        return []
    amount = inner.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(c.dep_ == "nummod" for c in inner.children)
    if not amount and noun.lemma_.lower() not in subject_nouns:
        return []
    return [g for c in inner.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]

def topic_warning(event_type: str, consumed: Token | None, recipients: list[Token], warning_nouns: Container[str],
                  topic_preps: Container[str]) -> bool:
    """"The central bank issued a warning about rising food prices": a warning given by a light verb, about
    a topic and to no one, warns of a risk as "warned about prices" does -- no threat ("issued a warning to
    Cambodia over troop movements" threatens Cambodia)."""
    if event_type != "THREATEN" or consumed is None or recipients:
        return False
    if consumed.lemma_.lower() not in warning_nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ in topic_preps for c in consumed.children)


def infinitive_targets(noun: Token) -> list[Token]:
    """"North Korea's threat to strike Seoul": whom the act a threat noun announces is aimed at -- the
    object of its infinitive (with its conjuncts)."""
    found = []
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            found += [t for c in clause.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    return found


_NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def headline_partners(subject: Token, verb: Token) -> list[Token]:
    """Headline "Sudan, South Sudan agree oil deal": a comma stands for "and". The parser makes the second
    name an apposition of the first, or the first a loose modifier of the verb before the subject; a plural
    verb after one singular name says there are two doers (not a title: "Sudan's leader, Omar" takes a
    singular verb)."""
    if verb.tag_ != "VBP" or subject.tag_ != "NNP" or subject.ent_type_ not in _NAME_TYPES:
        return []
    doc = subject.doc
    first = doc[subject.left_edge.i: subject.i + 1].text
    found = [c for c in subject.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.ent_type_ in _NAME_TYPES
             and doc[c.left_edge.i: c.right_edge.i + 1].text != first]
    # or both names the verb's subjects ("Japan, South Korea agree")
    found += [c for c in verb.children if c.dep_ == "nsubj" and c.i != subject.i and c.tag_ == "NNP"
              and c.ent_type_ in _NAME_TYPES and all(c.i != f.i for f in found)]
    start = subject.left_edge.i
    if start >= 2 and doc[start - 1].text == ",":
        before = doc[start - 2]
        if before.tag_ == "NNP" and before.ent_type_ in _NAME_TYPES and before.head.i == verb.i \
                and before.dep_ in ("npadvmod", "dep", "nmod", "nsubj") and before.left_edge.i == subject.sent.start:
            found.append(before)
    return found

def names_the_arrivals(noun: Token, arrivals: Container[str]) -> bool:
    """"The first deployment of peacekeeping troops has arrived": a noun of movement that is the subject of
    an ``arrival_verb`` names the people moved, not the act of moving them."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in arrivals


def light_verb_preps(noun: Token, light_verbs: Container[str]) -> list[Token]:
    """"Tanzania made a request to Kenya for the extradition", "gave a warning to India": the parser hangs
    an object noun's own prepositions on the light verb (``shape_light_verb``) that governs it; those after
    the noun are the noun's too (not of other verbs: "headed an inquiry into X" keeps its own phrase)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.i == noun.i:
        return []
    if noun.head.lemma_.lower() not in light_verbs:
        return []
    return [c for c in noun.head.children if c.dep_ in ("prep", "dative") and c.i > noun.i]


def partitive_members(tokens: list[Token], counts: Container[str]) -> list[Token]:
    """"Thousands of reservists were called up": the people an amount or crowd word (``partitive``,
    ``crowd``) counts are those its of-phrase names."""
    return [t for head in tokens if head.lemma_.lower() in counts or head.lower_ in counts
            for g in [of_patient(head)] if g is not None for t in (g, *g.conjuncts)]


def retag_headline_verbs(doc: Doc) -> int:
    """Headline "Protesters storm parliament in Baghdad": in a line with no verb the tagger may make the
    present-tense verb a noun, and the parser still gives it a subject before and an object after. Such a
    word is a verb: it is retagged (VBP, or VBZ for an -s form) so the rules read it as one. Returns how many."""
    changed = 0
    for sent in verbless_sentences(doc):  # read from the arrays: a Token only in a line with no verb (speed35)
        for token in sent:
            if token.pos_ != "NOUN" or token.tag_ not in ("NN", "NNS"):
                continue
            subject = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
            obj = any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
            if subject and obj:
                token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
                token.pos_ = "VERB"
                changed += 1
    return changed


def participle_clause(verb: Token) -> bool:
    """"Retreating from the valley, the rebel columns blew up the bridge", "Endorsing the Saudi plan, Egypt called for
    a ceasefire": a participle clause put before its main clause, with no subject, no mark and no "to", says
    another act of the main clause's doer, not what that clause is about. A trailing one ("demonstrated ...,
    calling for independence", "rioted, setting fire to mattresses") mostly tells how the main act went, and a
    perfect one ("having met") is read where the parser hangs it on the doer (perfect_participle_subject)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN") or verb.i > verb.head.i:
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return False  # a bare past participle is passive ("Backed by Russia, the rebels ...")
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") and c.lower_ != "having"
                   for c in verb.children)


def scene_of(noun: Token, scene_verbs: Container[str], periods: Container[str], places: Container[str] = ()) -> bool:
    """"The Kenyan capital saw protests against the finance bill", "Sunday saw fresh clashes": a place (a
    ``shape_scene_place`` noun) or a time as the subject of a ``shape_scene_verb`` is where or when the event noun (its object) happened;
    the event is told, its doers left unnamed."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in scene_verbs:
        return False
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    # (a named country or city is left: "Ghana saw protests against the plans" is read as the article's
    # setting, which later sentences' protests take their target from -- tests/events/test_recipient_owners.py)
    return any(s.ent_type_ == "DATE" or (not s.ent_type_ and (s.lemma_.lower() in periods or s.lemma_.lower() in places))
               for s in subjects)


def interview_label(token: Token) -> bool:
    """"Q: Your mother was deported twice", "A: We met the minister": the speaker label of a printed interview, one
    or two capitals opening the sentence and followed by a colon, is page furniture, never a party (the
    twenty-eighth US-news audit's 'Q' taken as a recipient)."""
    doc = token.doc
    return (token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and token.is_upper and len(token.text) <= 2
            and token.is_alpha and (token.i == 0 or token.is_sent_start or "\n" in doc[token.i - 1].whitespace_
                                    or doc[token.i - 1].is_space))
