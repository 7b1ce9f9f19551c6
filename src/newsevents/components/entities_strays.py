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

import re

from spacy.tokens import Span

from newsevents.actors import normalise_name
from newsevents.components.entities_base import _gazetteer_is_place
from newsevents.docquery import doc_text

# the model's labels a person's or a body's name carries
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# personal pronouns of a clause's subject: never a word of a name ("Burton He's been great": a stray word
# of a caption or a headline run into the sentence's subject)
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
# a picture's credit: "<Name>/<Agency>" ("Sam Wells/Getty Images"), or a name after a credit's label
# ("Photo: Sam Wells", "Picture by Sam Wells")
CREDITED_NAME = re.compile(
    r"(?:\b(?:Photo|Picture|Image|Credit)s?(?: by\s+|\s*:\s*)(?P<labelled>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}))"
    r"|(?P<slashed>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\s*/\s*[A-Z]")


# one word of two words each capitalised ("RedState", "HotAir"): a website's or an outlet's way of
# writing its name; a surname's prefix ("McCain", "DeSantis", "LaHood") is shorter than three letters
CAMEL_CASE_WORD = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
# the words before an outlet: "writing for X", "wrote for X" (before "for"), "told X" (the verb of its object)
OUTLET_WRITING_VERBS = frozenset({"write", "writes", "wrote", "writing", "blog", "blogs", "blogged", "blogging"})
OUTLET_TELLING_VERBS = frozenset({"tell", "tells", "told", "telling"})


def _squeezed(text: str) -> str:
    """A short form compared without its dots and spaces (``M.Sc`` and ``MSc`` alike)."""
    return text.replace(".", "").replace(" ", "").lower()


class StrayNameRules:
    """The rules; each says which pattern it reads and why."""

    def _stray_spans(self, ents: list[Span]) -> list[Span]:
        ents = self._without_index_names(self._without_degrees(self._without_run_in_pronouns(self._without_lower_case_words(ents))))
        ents = self._broadcasters_after_on(self._stations_after_programmes(self._camel_case_outlets(ents)))
        ents = self._without_party_primaries(ents)
        ents = self._fellow_names(self._bodies_after_class_noun(self._bodies_tagged_people(ents)))
        ents = [e for e in ents if not (e.label_ == "ORG" and len(e) <= 2 and self._opens_office_title(e))]
        return [e for e in ents if not (e.label_ == "PERSON" and (self._verb_after_headline_title(e) or self._plural_noun_opening(e)))]

    def _bodies_tagged_people(self, ents: list[Span]) -> list[Span]:
        """A person span of two words or more that opens with no known given name is a body when it ends in
        a trade's word (``Zorat Network``, ``Harbury Media``; ``trade_word``): no person's name does. (A legal
        form after a name is the rules of ``_names_with_legal_form``.)"""
        people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[0].text[:1].isupper()
                  and e[0].lower_ not in self.ad.given_names
                  and not any(t.tag_ == "POS" or t.lower_ in {"'s", "’s"} for t in e)]  # "Reed's Game": an owner's thing
        if not people:
            return ents
        out = []
        for e in ents:
            if e in people and e[-1].lower_ in self.ad.words.trade_word:
                e = Span(self.doc, e.start, e.end, label="ORG")
                self.firms_named_like_people.add((e.start, e.end))
            out.append(e)
        # "Halden's Zorat beat ...": the short name the model took for a nationality is the body's, when it is
        # none the tables know and a body's name opens with it
        firsts = {e[0].text for e in out if e.label_ == "ORG" and len(e) > 1}
        return [Span(self.doc, e.start, e.end, label="ORG")
                if e.label_ == "NORP" and len(e) == 1 and self._span_text(e) in firsts and self.ad.country_of(self._span_text(e)) is None
                and normalise_name(self._span_text(e)) not in self.ad.demonyms else e for e in out]

    @staticmethod
    def _replace(ents: list[Span], new: Span) -> list[Span] | None:
        """``ents`` with ``new`` in place of the spans inside its range; None when one runs past it."""
        inside = [e for e in ents if e.start < new.end and new.start < e.end]
        if any(e.start < new.start or e.end > new.end for e in inside):
            return None
        return sorted([e for e in ents if e not in inside] + [new], key=lambda e: e.start)

    def _broadcasters_after_on(self, ents: list[Span]) -> list[Span]:
        """``The final airs at 9pm on Vexa Sport``: the capitalised name after the ``on`` of a verb of
        showing a programme (``broadcast_verb``), past a time between them (``at 9pm``, ``Sundays at
        10``), is the broadcaster, a body, however the model tagged it (a person, nothing). A day or a
        time after ``on`` (``airs on Sunday``) is none."""
        words = self.ad.words
        cues = self._with_lower(words.broadcast_verb)
        if not cues:
            return ents
        tokens = self.tokens
        for cue in cues:
            k, end = cue.i + 1, min(cue.i + 8, cue.sent.end)
            while k < end and tokens[k].lower_ != "on" and (
                    tokens[k].lower_ in {"at", "from", "every", "each"} or tokens[k].like_num
                    or tokens[k].lower_ in words.clock_word or tokens[k].ent_type_ in {"TIME", "DATE"}):
                k += 1
            if k >= end or tokens[k].lower_ != "on":
                continue
            start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "the")
            stop = start
            while stop < min(start + 4, cue.sent.end) and tokens[stop].text[:1].isupper() and tokens[stop].is_alpha:
                stop += 1
            if stop < cue.sent.end and stop > start and tokens[stop].like_num and len(tokens[stop].text) <= 2:
                stop += 1  # "Channel 4"
            if stop == start or any(tokens[j].ent_type_ in {"DATE", "TIME"} for j in range(start, stop)) \
                    or stop == start + 1 and tokens[start].lower_ in words.common_noun_acronym:
                continue  # "appear on TV": a medium, no broadcaster's name
            replaced = self._replace(ents, Span(self.doc, start, stop, label="ORG"))
            if replaced is not None:
                ents = replaced
                self.firms_named_like_people.add((start, stop))  # a body, whatever its words look like
        return ents

    def _bodies_after_class_noun(self, ents: list[Span]) -> list[Span]:
        """``a protest by the group Rainbow Rising``, ``a song by the band Lanterns``: one to four capitalised
        words right after ``the`` and a lower-case noun of a kind of body named so (``class_body_noun``: group,
        band, charity ...) are that body's name, however the model tagged them (a people, a work, a place, a
        person, nothing) (ents29). Not a time (``met the group Sunday``), a country, a name opening with a known
        given name or an honorific (``told the group Tom Reed had lied``), nor the subject of a clause on the
        noun (``the band Critics loved``)."""
        tokens = self.tokens
        for noun in self._with_lower(self.ad.words.class_body_noun):
            i = noun.i
            if i == 0 or noun.tag_ != "NN" or not noun.text.islower() or tokens[i - 1].lower_ != "the":
                continue
            start = stop = i + 1
            end = min(start + 4, noun.sent.end)
            while stop < end and tokens[stop].text[:1].isupper() and tokens[stop].is_alpha \
                    and tokens[stop].ent_type_ not in {"DATE", "TIME"}:
                stop += 1
            if stop == start or tokens[start].lower_ in self.ad.given_names \
                    or tokens[start].lower_ in self.ad.words.honorific \
                    or self.ad.country_of(self.text[tokens[start].idx:tokens[stop - 1].idx + len(tokens[stop - 1])]):
                continue
            last = tokens[stop - 1]
            if last.head.i == i or last.head.dep_ not in {"relcl", "acl"} or last.head.head.i != i:
                inside = [e for e in ents if e.start < stop and e.end > i]
                if any(e.start < i or e.end > stop for e in inside):
                    continue  # a span the model ran past the name
                body = Span(self.doc, start, stop, label="ORG")
                ents = sorted([e for e in ents if e not in inside] + [body], key=lambda e: e.start)
                self.firms_named_like_people.add((start, stop))  # a body, whatever its words look like
                self.claimed.add(i)  # the noun says what the body is: no group of its own
        return ents

    def _opens_office_title(self, e: Span) -> bool:
        """``the former House Speaker``: a body's span that, with the one or two capitalised words right after it,
        spells a person's office of roles.tsv (``house speaker``) is the office's first word, no body named: the
        office is read whole as a description or a title (ents29). A body the organisations table knows stays."""
        tokens = self.tokens
        if e.end >= len(tokens) or not tokens[e.end].text[:1].isupper() or self.ad.organisation(self._span_text(e)):
            return False
        for stop in (e.end + 1, e.end + 2):
            if stop > len(tokens) or not tokens[stop - 1].text[:1].isupper():
                break
            role = self.ad.role(" ".join(self.words[e.start:stop]))
            if role is not None and role.kind == "person":
                return True
        return False

    def _plural_noun_opening(self, e: Span) -> bool:
        """``Cheers erupted when he ...``: a one-word person span that opens its sentence as the subject and is
        the plural of a common noun the model's lemmatizer knows (``cheer``), no given name and no word of a
        person's name written elsewhere (``Tom Varga ... Varga thanked voters`` stays his) nor a name the
        actor tables know, is no person, so no pronoun after it is linked to it (ents29)."""
        tok = self.tokens[e.start]
        word = tok.lower_
        if len(e) != 1 or not tok.is_sent_start or tok.dep_ not in {"nsubj", "nsubjpass"} or not word.endswith("s") \
                or tok.tag_ not in {"NNS", "NNPS", "NNP"} or word in self.ad.given_names or word in self.ad.family_names:
            return False
        if not (word[:-1] in self.nouns or word.endswith("es") and word[:-2] in self.nouns) \
                or self.ad.holder_named(tok.text) is not None or self.ad.dictionary_actor(tok.text, self.published) is not None:
            return False  # a name the tables know (an office holder's, one of the field's dictionary) stays
        key = normalise_name(tok.text)  # the model's person spans read here, before any rule mends them
        return not any(key in span.split() for x in self.ents if x.label_ == "PERSON"
                       and (span := normalise_name(self._span_text(x))) != key)

    def _verb_after_headline_title(self, e: Span) -> bool:
        """``Pastor Needs Chess Players To Quit``: in a title-case line opened by a person's title alone
        (the headline's subject), a person span that starts right after the title with a verb in the third
        person (tagged VBZ, or a word ending in ``s`` whose stem the model's lemmatizer knows as a verb and
        that is no given name) is the headline's verb and its object, no name (ents29)."""
        if e.start == 0:
            return False
        first, title = self.tokens[e.start], self.tokens[e.start - 1]
        word = first.lower_
        if not word.endswith("s") or word in self.ad.given_names or not title.text[:1].isupper() \
                or (e.start > 1 and "\n" not in self.words[e.start - 2]):
            return False  # the title opens the text or a line
        role = self.ad.role(title.text)
        if role is None or role.kind != "person":
            return False
        verbs = self.verbs
        if not (first.tag_ == "VBZ" or word[:-1] in verbs or word.endswith("es") and word[:-2] in verbs):
            return False
        return self._title_case_line(e)

    def _fellow_names(self, ents: list[Span]) -> list[Span]:
        """``fellow Ohioan Robert Hale``: the word after ``fellow`` says what the person shares with someone
        (a state's or a country's people, a party, a trade), so it is no part of the name that follows,
        when that name opens with a known given name: a person span run over it starts after it, and two or
        three capitalised words the model left untagged after it are the person's name (ents29)."""
        tokens, given = self.tokens, self.ad.given_names
        for fellow in self._with_lower({"fellow"}):
            k = fellow.i + 1
            if not fellow.text.islower() or k + 2 >= fellow.sent.end or not tokens[k].text[:1].isupper() \
                    or tokens[k].lower_ in given or tokens[k + 1].lower_ not in given:
                continue
            stop = k + 1
            while stop < min(k + 4, fellow.sent.end) and tokens[stop].text[:1].isupper() and tokens[stop].is_alpha:
                stop += 1
            if stop - k < 3:
                continue  # a given name and at least one more word
            inside = [e for e in ents if e.start < stop and e.end > k]
            if any(e.start < k or e.end > stop or e.label_ not in {"PERSON", "NORP", "GPE", "ORG"} for e in inside):
                continue  # a span the model ran past the name, or a time, a number
            person = Span(self.doc, k + 1, stop, label="PERSON")
            ents = sorted([e for e in ents if e not in inside] + [person], key=lambda e: e.start)
        return ents

    def _stations_after_programmes(self, ents: list[Span]) -> list[Span]:
        """``on the Breakfast Show Kestrel Radio 1``: capitalised words ending in a station's word
        (``station_word``: ``Radio``, ``FM``, ``TV``, a number after it or not) right after a
        programme's noun (``Show``; ``work_noun``) are the station, a body of its own; the
        programme's name before them is no body (its words are claimed)."""
        words, tokens = self.ad.words, self.tokens
        for cue in self._with_lower(words.station_word):
            if not cue.text[:1].isupper() or cue.i == 0:
                continue
            k = cue.i - 1
            while k > cue.sent.start and tokens[k].text[:1].isupper() and tokens[k].lower_ not in words.work_noun:
                k -= 1
            if tokens[k].lower_ not in words.work_noun or not tokens[k].text[:1].isupper() or k + 1 == cue.i + 1:
                continue
            end = cue.i + 1 + (cue.i + 1 < cue.sent.end and tokens[cue.i + 1].like_num)
            first = k
            while first > cue.sent.start and tokens[first - 1].text[:1].isupper():
                first -= 1
            if first > cue.sent.start and tokens[first - 1].lower_ == "the":
                first -= 1  # the model's span may hold the article
            kept = [e for e in ents if not (e.start < end and first < e.end)]
            if any(e.start < first or e.end > end for e in ents if e.start < end and first < e.end):
                continue  # a span runs past the programme and the station: not this rule's to mend
            ents = sorted([*kept, Span(self.doc, k + 1, end, label="ORG")], key=lambda e: e.start)
            self.claimed.update(range(first, k + 1))
        return ents

    def _without_lower_case_words(self, ents: list[Span]) -> list[Span]:
        """A person's or a body's span of one word written all in lower case and read as a verb's form
        (``the fish are fed twice a day``, ``kept well fed``, though a body's short name is spelt so:
        ``Fed``) is no name: names are capitalised, a lower-case verb or adjective names nobody. Another
        lower-case word is left to the rules that read it as a body's word (``secretary of state``)."""
        return [e for e in ents if not (len(e) == 1 and e.label_ in {"PERSON", "ORG"} and e[0].is_lower and e[0].is_alpha
                                        and self._read_as_verb(e[0]))]

    def _read_as_verb(self, tok) -> bool:
        """A lower-case word the parse reads as a verb's form or an adjective, or one written right after an
        adverb or an auxiliary (``well fed``, ``are fed``, however tagged); ``secretary of state`` is none."""
        if tok.tag_.startswith(("VB", "JJ")):
            return True
        before = self.tokens[tok.i - 1] if tok.i > 0 else None
        return before is not None and (before.tag_.startswith("RB") or before.pos_ == "AUX")

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
        ``degree_abbreviation``) names no body and no person: dropped, its words claimed. So is a
        public benefit programme named like a body (``cuts to Social Security``; ``programme_name``:
        the body that runs it has a longer name, ``the Social Security Administration``), and a one-word
        abbreviation of a common noun (``common_noun_acronym``) modifying a noun or with no determiner
        (``its super PAC affiliate``, ``on TV``): a kind of body or a medium, no body's name (bodies31)."""
        degrees = self.ad.words.degree_abbreviation
        programmes = self.ad.words.programme_name
        acronyms = self.ad.words.common_noun_acronym
        if not degrees and not programmes and not acronyms:
            return ents
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and len(e) == 1 and e[0].lower_ in acronyms and (
                    e[0].dep_ in {"compound", "amod", "nmod"} or not any(c.dep_ == "det" for c in e[0].children)):
                # "its super PAC affiliate", "on TV": no body; "a super PAC is running ads" keeps the model's
                # span, the one body there is to act (as "a group" would)
                self.claimed.update(range(e.start, e.end))
                continue
            if e.label_ in NAME_LABELS and len(e) <= 3 and (_squeezed(self._span_text(e)) in degrees
                                                           or self._span_text(e).lower() in programmes):
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

    def _merge_short_heads(self) -> None:
        """A body named by the first word of its name (``Zorat`` ... ``Zorat Network``: a headline's or
        a possessive's short name, written before or after the full one) is that body when exactly one
        body's proper name opens with it and goes on with words of a trade only (``Network``, ``Media``;
        ``trade_word``: ``AOL Europe``, ``Dundee United`` are other bodies than ``AOL``, ``Dundee``), the
        short name is written after the full one at least once (a story that names ``Kestrava`` and only
        later ``Kestrava Energy, a separate company`` tells two) and their codes do not differ; a short
        name the tables know as a body or a country is left alone."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.mentions and c.key.startswith("org:")]
        trades = self.ad.words.trade_word
        longer = [c for c in bodies if len(words := c.name.split()) > 1 and all(w[:1].isupper() for w in words)
                  and all(w.lower() in trades for w in words[1:])]
        if not longer:
            return
        for short in bodies:
            if len(short.name.split()) != 1 or not short.name[:1].isupper() \
                    or self.ad.organisation(short.name) or self.ad.country_of(short.name):
                continue
            owners = [c for c in longer if c is not short and self._listed(c) and c.name.split()[0] == short.name
                      and any(m.start > c.first() for m in short.mentions)]
            if len(owners) != 1 or None not in (short.country, owners[0].country) and short.country != owners[0].country:
                continue
            self._fold(short, into=owners[0])

    def _credited_names(self) -> set[tuple[int, int]]:
        """The character ranges of the names a picture's credit gives (``Sam Wells/Getty Images``, ``Photo:
        Sam Wells``), found once by one regular expression over the text; a name so written is the
        photographer's, never what a pronoun of the story stands for."""
        if getattr(self, "credited_names", None) is None:
            text = doc_text(self.doc)
            self.credited_names = {(m.start(g), m.end(g) - len(m.group(g)) + len(m.group(g).rstrip(".")))
                                   for m in CREDITED_NAME.finditer(text) for g in ("labelled", "slashed") if m.group(g)}
        return self.credited_names

    def _camel_case_outlets(self, ents: list[Span]) -> list[Span]:
        """``According to Ann Lee, writing for RedState:``, ``he told HotAir``: one word joining two
        capitalised words, the second an English noun (``CAMEL_CASE_WORD``; the model's noun index), the
        first no surname's prefix (``surname_prefix``: ``MacArthur``) and neither a given name, right after ``for`` of a verb of writing or as the object of ``tell``, is an outlet's
        name (a body), whether the model tagged it nothing or a person (bodies31). A regular expression
        over the text finds the few such words; no loop over the Doc."""
        text = doc_text(self.doc)
        found = [m for m in CAMEL_CASE_WORD.finditer(text) if m.group(2).lower() in self.nouns
                 and m.group(1).lower() not in self.ad.words.surname_prefix
                 and not {m.group(0).lower(), m.group(1).lower()} & self.ad.given_names.keys()]
        for m in found:
            span = self.doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1 or span.start < 2 or span.start in self.claimed:
                continue
            tok, before = span[0], self.tokens[span.start - 1]
            cue = before.lower_ == "for" and self.tokens[span.start - 2].lower_ in OUTLET_WRITING_VERBS \
                or tok.head.lower_ in OUTLET_TELLING_VERBS and tok.dep_ in {"dobj", "dative"}
            if not cue or any(e.label_ == "ORG" and e.start <= tok.i < e.end for e in ents) \
                    or any(e.start <= tok.i < e.end and (e.start != tok.i or e.end != tok.i + 1) for e in ents):
                continue  # tagged a body already, or inside a longer span: not this rule's
            kept = [e for e in ents if not e.start <= tok.i < e.end]
            ents = sorted([*kept, Span(self.doc, tok.i, tok.i + 1, label="ORG")], key=lambda e: e.start)
        return ents

    def _without_party_primaries(self, ents: list[Span]) -> list[Span]:
        """``Lee Wins Kansas Republican Primary`` (a title-case headline): a name span ending in a party's
        vote (``party_vote_word``: primary, caucuses, runoff) right after a party's word (``party_word``) is
        an election, no body: dropped, its words claimed (``Hillside Primary`` without a party's word may be
        a school; bodies31)."""
        votes, parties = self.ad.words.party_vote_word, self.ad.words.party_word
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and len(e) >= 2 and e[-1].lower_ in votes and e[-2].lower_ in parties:
                self.claimed.update(range(e.start, e.end))
                continue
            out.append(e)
        return out

    def _lone_surname_people(self, ents: list[Span]) -> list[Span]:
        """``Ferrow, 52, who grew up in ...``, ``Ferrow says he ...``, ``Ferrow jokes that his ...``: a person the
        article names by one capitalised word only (a surname alone, never a full name) is a person wherever the
        word stands alone, however the model read it (untagged, a common noun where it opens a sentence, a
        body). English gives the word away twice at least: an age in commas after it, a courtesy title before
        it, or its being the subject of a verb of saying whose sentence goes on with a gendered personal pronoun
        (``he``, ``his``, ``her``: a body is ``it``). The word is written nowhere in lower case (no common word), nowhere
        after an article (no body's or thing's name), never beside another capitalised name word (no part of a
        longer name: ``Ferrow Corp``), and no table knows it as a body, country, capital, place or role."""
        tokens, words, n = self.tokens, self.words, len(self.tokens)
        pronouns = self.ad.words.pronoun
        gendered = {w for w, g in pronouns.items() if g in {"m", "f"}}
        in_long = {i for e in ents for i in range(e.start, e.end) if len(e) > 1 and not (len(e) == 2 and e[-1].tag_ == "POS")}
        evidence: dict[str, int] = {}
        for tok in self._capitalised():
            word = words[tok.i]
            if not (len(word) >= 3 and word.isalpha() and word[1:].islower()) or tok.i in in_long:
                continue
            after = words[tok.i + 1: tok.i + 4]
            aged = len(after) == 3 and after[0] == "," and after[1].isdigit() and 1 <= int(after[1]) <= 110 and after[2] == ","
            titled = tok.i > 0 and words[tok.i - 1].lower() in self.ad.words.honorific
            sent = self.sents[self.sent_of[tok.i]]
            spoke = tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.head.lemma_.lower() in self.speech_verbs \
                and any(words[k].lower() in gendered for k in range(tok.head.i + 1, sent.end))
            if aged or titled or spoke:
                evidence[word] = evidence.get(word, 0) + 1
        found: list[Span] = []
        positions = self._word_positions()
        for word, count in evidence.items():
            if count < 2 or self._lone_surname_barred(word, in_long):
                continue
            for i in positions[word]:
                if i in in_long or i + 1 < n and tokens[i + 1].pos_ == "PROPN" and words[i + 1][:1].isupper() \
                        or self._used_as_place(tokens[i]):
                    continue
                found.append(Span(self.doc, i, i + 1, label="PERSON"))
        if not found:
            return ents
        at = {s.start for s in found}
        kept = [e for e in ents if not (len(e) <= 2 and e.start in at)]
        self.doc.set_ents(found, default="unmodified")
        return sorted(kept + found, key=lambda e: e.start)

    def _lone_surname_barred(self, word: str, in_long: set[int]) -> bool:
        """The article's signs that a capitalised word is no lone surname (``_lone_surname_people``): written in
        lower case, after an article, beside another capitalised name word, inside a longer name's span, or
        known to the tables as a body, country, capital, place or role."""
        if self._with_lower({word.lower()}) and any(self.words[t.i] != word for t in self._with_lower({word.lower()})):
            return True
        if self.ad.organisation(word) or self.ad.country_of(word) or self.ad.capital_of(word) or self.ad.role(word.lower()) \
                or _gazetteer_is_place(self.gaz, word):
            return True
        for i in self._word_positions()[word]:
            before = self.words[i - 1] if i > 0 else ""
            if i in in_long or before.lower() in {"the", "a", "an"} \
                    or before[:1].isupper() and self.tokens[i - 1].pos_ == "PROPN" and self.sent_of[i - 1] == self.sent_of[i] \
                    and before.lower() not in self.ad.words.honorific:
                return True
        return False
