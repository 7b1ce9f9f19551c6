"""Spans the model tags as names that name no one: lower-case verbs, degrees, share indices, pronouns run in.

Rules of brief s24-ents26 (issue 15): fewer wrong entities.

A mixin of ``EntityResolver`` (components/entities.py), run once on the model's spans before any other
rule reads them (``_stray_spans``), so that no later rule builds a person or a body on them. Each rule
fires on a narrow cue: a word of ``actor_words.tsv`` looked up in the resolver's index of lower-case
forms (``market_index_noun``), the model's spans' own words (``degree_abbreviation``, a personal
pronoun inside a span, a one-word span in lower case); no rule walks the whole Doc. Tests on sentences of our own in
tests/test_entities_stray_spans.py.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.actors import normalise_name

# the model's labels a person's or a body's name carries
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# personal pronouns of a clause's subject: never a word of a name ("Burton He's been great": a stray word
# of a caption or a headline run into the sentence's subject)
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _squeezed(text: str) -> str:
    """A short form compared without its dots and spaces (``M.Sc`` and ``MSc`` alike)."""
    return text.replace(".", "").replace(" ", "").lower()


class StrayNameRules:
    """The rules; each says which pattern it reads and why."""

    def _stray_spans(self, ents: list[Span]) -> list[Span]:
        return self._without_index_names(self._without_degrees(self._without_run_in_pronouns(self._without_lower_case_words(ents))))

    def _without_lower_case_words(self, ents: list[Span]) -> list[Span]:
        """A person's or a body's span of one word written all in lower case (``the fish are fed twice a
        day``, ``kept well fed``, though a body's short name is spelt so: ``Fed``) is no name: names are
        capitalised, a lower-case verb or adjective names nobody."""
        return [e for e in ents if not (len(e) == 1 and e.label_ in {"PERSON", "ORG"} and e[0].is_lower and e[0].is_alpha)]

    def _without_run_in_pronouns(self, ents: list[Span]) -> list[Span]:
        """A name span holding a subject pronoun after its first word (``Burton He's been great``, tagged
        one person) ends before the pronoun: no name holds ``he``, ``she``, ``we`` or ``they``."""
        out = []
        for e in ents:
            if len(e) > 1 and e.label_ in NAME_LABELS:
                cut = next((t.i for t in e[1:] if t.lower_ in SUBJECT_PRONOUNS and t.tag_ == "PRP"), None)
                if cut is not None:
                    out.append(Span(self.doc, e.start, cut, label=e.label_))
                    continue
            out.append(e)
        return out

    def _without_degrees(self, ents: list[Span]) -> list[Span]:
        """A span that is an academic degree written short (``an M.Sc in physics``, ``her MPH``;
        ``degree_abbreviation``) names no body and no person: dropped, its words claimed."""
        degrees = self.ad.words.degree_abbreviation
        if not degrees:
            return ents
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and len(e) <= 3 and _squeezed(e.text) in degrees:
                self.claimed.update(range(e.start, e.end))
                continue
            out.append(e)
        return out

    def _without_index_names(self, ents: list[Span]) -> list[Span]:
        """A name written right before a lower-case index noun (``the Hexa 40 index fell``;
        ``market_index_noun``) is a share index, a measure of prices: no body, and neither are the
        name's other spans in the text (``the Hexa 40 rose``)."""
        cues = self._with_lower(self.ad.words.market_index_noun)
        if not cues:
            return ents
        after = {t.i for t in cues if t.is_lower}
        names = {normalise_name(e.text) for e in ents if e.label_ in NAME_LABELS and e.end in after}
        if not names:
            return ents
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and normalise_name(e.text) in names:
                self.claimed.update(range(e.start, e.end))
                continue
            out.append(e)
        return out
