"""Speaker labels of transcripts and interviews (issue 15, part 3; branch quotes4).

A paragraph that opens with a label and a colon is a turn of speech by whoever the label names:
``WHITLOCK: We had to ...``, ``MR. HALVORSEN: You told police ...``, ``Q: Why ...?`` /
``A: Because ...``. The quotes stage finds such paragraphs (``QuotesStage._speaker_labels``);
this module says which labels name a speaker and who that speaker is:

- a label is one to four words, each a proper noun or written in capitals; an abbreviation's
  full stop (``MR.``, ``SEN.``) belongs to it; a word in title case the tagger read as a common
  noun (``Quill:``) is a label when it is the name of a person of the article;
- a label of the ``label_no_speaker`` rows of ``data/speech_cues.tsv`` (``UPDATE:``, ``WATCH:``,
  ``EDITOR'S NOTE:``) and a dateline (``ROME:``: a place in capitals, not the name of a person
  of the article) name nobody: no quote;
- the speaker's entity is the person of the article the label names, written in capitals or
  not, whole (``JANET OKAFOR``) or by family name alone after any honorific (``MR. HALVORSEN``,
  ``CASTELLANO``), when exactly one person has that name;
- a label of role words alone (``REPORTER``, ``THE WITNESS``) is the person the entity stage
  linked it to only when another mention or the title of that person holds the role (``THE
  JUDGE`` after ``Judge Ann Lee``): a transcript's role label is often another participant;
- an interview's answer label (``label_answer`` rows: ``A:``) is the one person the article
  names before its first question (``label_question`` rows: ``Q:``); the question is the
  interviewer's, nobody named.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from spacy.tokens import Doc, Span, Token

from newsevents.record import Entity

PLACE_LABELS = frozenset({"GPE", "LOC"})
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def label_key(words: str) -> str:
    """The label as the data rows write it: lower case, straight apostrophes, single spaces."""
    return " ".join(words.replace("\u2019", "'").lower().split())


def _abbreviation_stop(label: Span, k: int) -> bool:
    """A full stop right after a word of the label in capitals (``MR.``, ``SEN.``)."""
    token = label[k]
    if token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:-1].isupper():
        return True  # "MR." as one token
    return token.text == "." and k > 0 and label[k - 1].is_alpha and label[k - 1].is_upper


def is_label(label: Span, people: Iterable[Entity]) -> bool:
    """Whether the words before a paragraph's colon are a speaker label (see the module)."""
    if not 1 <= len(label) <= 5:
        return False
    if all(t.pos_ == "PROPN" or (t.is_alpha and t.is_upper) or _abbreviation_stop(label, k)
           for k, t in enumerate(label)):
        return True
    # "Quill:" read as a common noun: the name of a person of the article, in title case
    return all(t.is_alpha and t.is_title for t in label) and person_named(label.text, people) is not None


def _name_words(words: list[str]) -> list[str]:
    """The label's words without an abbreviated honorific (``MR. HALVORSEN`` -> ``HALVORSEN``)."""
    kept = []
    for k, word in enumerate(words):
        if word == "." or (k + 1 < len(words) and words[k + 1] == "."):
            continue
        kept.append(word.rstrip("."))
    return kept


def person_named(label: str, people: Iterable[Entity]) -> str | None:
    """The one person of the article the label names: the whole name, else the family name alone
    (letter case aside); None when nobody or more than one person has it."""
    words = _name_words(label.replace(".", " . ").split())
    if not words:
        return None
    wanted = label_key(" ".join(words))
    persons = [e for e in people if e.type == "PERSON"]
    whole = {e.id for e in persons if label_key(e.name) == wanted}
    if len(whole) == 1:
        return whole.pop()
    if len(words) > 1 and not whole:
        return None
    family = {e.id for e in persons if label_key(e.name).split()[-1:] == [wanted] and len(e.name.split()) > 1}
    return family.pop() if len(family) == 1 else None


def names_nobody(doc: Doc, label: Span, no_speaker: Container[str], people: Iterable[Entity]) -> bool:
    """A label naming no speaker: a word of the ``label_no_speaker`` rows, or a dateline (a place in
    capitals the model tagged or the places stage found, which is not the name of a person of the
    article; ``Russia: ...`` in title case is a headline's speaker)."""
    if label_key(label.text) in no_speaker:
        return True
    if person_named(label.text, people) is not None:
        return False
    if not all(t.is_upper for t in label if t.is_alpha):
        return False  # "Russia: The West is ...": a headline's speaker; a dateline is in capitals
    if all(t.ent_type_ in PLACE_LABELS for t in label if t.is_alpha):
        return True
    for place in getattr(doc._, "places", None) or []:
        for mention in place.mentions:
            if mention.start <= label.start_char and label.end_char <= mention.end:
                return True
    return False


def interviewee(people: Iterable[Entity], before: int, unnamed: Callable[[str], bool] = lambda name: False) -> str | None:
    """The one person the article names before offset ``before`` (its first question label); a
    person known only by a description (``unnamed``: ``our correspondent``, ``the climber``) is
    no candidate."""
    persons = [e for e in people if e.type == "PERSON" and not unnamed(e.name)
               and any(m.start < before for m in e.mentions)]
    starts = {m.start: e.id for e in persons for m in e.mentions}
    # a title the entity stage split from the name right after it ("Climber Anouk Visser") is
    # that person's, no second candidate
    named = {e.id for e in persons
             if not all(starts.get(m.end + 1, e.id) != e.id for m in e.mentions)}
    return named.pop() if len(named) == 1 else None


def role_words(label: Span, is_role: Callable[[str], bool]) -> list[str] | None:
    """The role words of a label made of them alone (``THE WITNESS`` -> ``["witness"]``), else None."""
    words = [t.lower_ for t in label if t.is_alpha and t.lower_ != "the"]
    return words if words and all(is_role(w) for w in words) else None


def holds_role(entity: Entity, words: list[str], label: Span) -> bool:
    """Whether the person's title or a mention other than the label itself holds the role words."""
    texts = [entity.title or ""] + [m.text for m in entity.mentions
                                    if m.end <= label.start_char or m.start >= label.end_char]
    return any(all(w in label_key(text).split() for w in words) for text in texts)


def interview_stop_label(token: Token, questions: Container[str], answers: Container[str]) -> int | None:
    """The offset of the full stop of an interview's turn label written ``Q.`` or ``A.`` (one
    token, a word of ``questions`` or ``answers`` and its stop) opening a paragraph, else None."""
    text = token.text
    if len(text) < 2 or not text.endswith(".") or not text[:-1].isalpha():
        return None
    key = label_key(text[:-1])
    if key in questions or key in answers:
        return token.idx + len(text) - 1
    return None


def label_core(label: Span, inverted: Container[str], closed: bool = False) -> Span | None:
    """The words of a longer label that name the speaker, else None (issue 15; branch dev11q):

    - a party mark in brackets after a transcript label is no part of it: ``SEN. HOLT (R)``,
      ``REP. LEE (D-Ohio)`` -> ``SEN. HOLT``, ``REP. LEE`` (a bracket of one to four words
      after at least one word, each word a capital or a place's name);
    - an inverted attribution, a form of saying (``inverted``: ``Said``, ``Added``, ``Wrote``) in
      title case and the speaker after it, up to a preposition or a comma: ``Said Farrow`` ->
      ``Farrow``, ``Wrote Roe in a note to clients`` -> ``Roe``, ``Added the minister`` -> ``the
      minister``.

    ``closed``: the bracket's end was read with the colon as one token (``):``).

    A head's kicker in capitals and a dash before the label is no part of it either:
    ``EXCLUSIVE – Ann Lee: ...`` -> ``Ann Lee`` (one or two words before the dash).
    """
    dash = next((t.i for t in label[:3] if t.text in DASHES), None)
    if dash is not None and dash > label.start and dash + 1 < label.end and all(
            t.is_alpha and t.is_upper for t in label.doc[label.start : dash]):
        rest = label.doc[dash + 1 : label.end]
        return label_core(rest, inverted, closed) or rest
    if len(label) >= 3 and (closed or label[-1].text == ")"):
        end = label.end if closed else label.end - 1
        opening = next((t.i for t in reversed(label.doc[label.start : end]) if t.text == "("), None)
        if opening is not None and opening > label.start:
            mark = label.doc[opening + 1 : end]
            if 1 <= len(mark) <= 4 and mark[0].text[:1].isupper() and all(
                    t.is_alpha or t.text in ("-", ".", ",") or t.text.endswith(".") and t.text[:-1].isalpha() for t in mark):
                return label.doc[label.start : opening]
    if len(label) >= 2 and label[0].lower_ in inverted and label[0].text[:1].isupper():
        end = label.start + 1
        while end < label.end and not (label.doc[end].pos_ == "ADP" or label.doc[end].is_punct
                                       and label.doc[end].text not in (".", "'", "\u2019")):
            end += 1
        if end > label.start + 1 and end - label.start - 1 <= 5:
            return label.doc[label.start + 1 : end]
    return None
