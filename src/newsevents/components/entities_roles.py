"""Role descriptions and groups: noun phrases of a role, a body or a group, and the appositions that tie them to names.

Phase B of ``EntityResolver``: the methods read and change the resolver's state
(``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly as its own do; ``resolve`` in
components/entities.py runs them in order."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections import Counter
from pathlib import Path

from spacy.tokens import Span, Token

from newsevents.actors import normalise_name
from newsevents.components.entities_base import (
    DESCRIPTION_WINDOW,
    NAME_BREAKS,
    NON_DESCRIPTIVE_DEPS,
    PARTY_COMMA,
    SUBJECT_DEPS,
    Cluster,
    Mention,
    _apposition_host,
    _gazetteer_city_country,
    _gazetteer_country,
    _gazetteer_is_place,
    _gazetteer_prominent,
    _gazetteer_region,
    clear_focus,
    feature_name_openers,
)
from newsevents.components.entities_descriptions import _head_moved
from newsevents.docquery import FINITE_OR_MODAL_TAGS, doc_text
from newsevents.geo.gazetteer import names_major_place_in_part


@functools.cache
def _place_name_heads() -> frozenset[str]:
    """The packaged place_words.tsv nouns that end the name of a place, not of a body (``facility_head``:
    street, road; ``water_head``, ``land_head``, ``feature_head``, ``area_noun``; a polity's or settlement's kind,
    ``polity_head``, ``settlement_kind_noun``, ``county_word``: ``City of Harlow ... the city``, descs46): ``Dawes
    Street ... the street`` names no body the model may have tagged one (ents44)."""
    path = Path(__file__).resolve().parent.parent / "data" / "place_words.tsv"
    kinds = {"facility_head", "water_head", "land_head", "feature_head", "area_noun", "polity_head", "settlement_kind_noun",
             "county_word"}
    with contextlib.suppress(OSError):
        return frozenset(parts[1].strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
                         if len(parts := line.split("\t")) > 1 and parts[0] in kinds and " " not in parts[1].strip())
    return frozenset()


# lower-case words between a body's name and the body's noun it modifies ("<Name> fourth-grade team")
_NAME_NOUN_MODIFIER_TAGS = frozenset({"JJ", "NN", "HYPH", "VBN", "VBG"})
# Prepositions that open the complement of a body's head noun in its name: the head is the word before the first
# (``Federal Bureau of Investigation``, ``Select Committee on <Place>``, ``Department for <Field>``: English names
# a body by its kind noun and then what it is for)
_HEAD_COMPLEMENT_PREPOSITIONS = frozenset({"of", "on", "for"})


def _affirmed_copula(predicate: Token) -> Token | None:
    """The affirmed ``is``/``was`` whose predicate noun is ``predicate`` (``Acme is the largest carmaker``,
    ``The first mayor to endorse him was Ann Lee``; not ``... is not ...``), or None."""
    verb = predicate.head
    if predicate.dep_ != "attr" or verb.lower_ not in {"is", "was"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb

class RoleRules:
    """The rules of this concern; each says which pattern it reads and why."""

    def _roles(self) -> None:
        for chunk in self._chunks_and_possessors():
            root = chunk.root
            if root.ent_type_ == "PERSON" and root.is_lower and root.i > chunk.start and self._lower_case_name_at(root):
                # "The Chinese finance minister jabbed back": the verb the model read as a name
                # is no part of the noun phrase before it
                chunk = self.doc[chunk.start: root.i]
                root = chunk.root
            if root.i in self.claimed or root.pos_ == "PRON":
                continue
            if self.words[root.i][:1].isupper() and self._headline_verbs_object(chunk):
                continue  # "Lee Stuns Farming Community With ...": the verb's object, no body
            if self.words[root.i].lower() in self.ad.words.clock_word and root.ent_type_ == "TIME":
                continue  # "at 5pm GMT": a clock's label, no prime minister (ents22)
            # the role first: most chunks end in no role's word, and the tests are only questions
            # (the order changes no answer)
            found = self._role_ending_at(root.i, chunk.start)
            if not found:
                continue
            if self._vocative(chunk):
                continue  # '"Amen, brother!"': the one spoken to, no one the story names
            chunk_words = self.tokens[chunk.start:chunk.end]  # the Doc's Token objects made once (speed20)
            if any(self.words[t.i] in NAME_BREAKS and t.i > chunk.start and t.i < root.i and t.i - 1 in self.claimed
                   and self.tokens[t.i - 1].whitespace_ for t in chunk_words):
                continue  # "JANE ROE - Chief Executive": a name's speaker line, the role no person of its own
            role_start, role_name = found
            end = root.i + 1
            # "the former secretary of state": the parser ends the noun phrase at the office's
            # noun; an office named with "of" after it (roles.tsv) is the whole phrase
            # (only after a determiner: "as secretary of state" says what someone was, and names
            # no holder)
            if chunk_words[0].tag_ == "DT" and root.i + 2 < len(self.tokens) and self.tokens[root.i + 1].lower_ == "of":
                # "the secretary of the Treasury": "of the" and a body's name, one office too
                for stop in (root.i + 3, root.i + 4):
                    if stop > len(self.tokens) or self.tokens[stop - 1].head.i != root.i + 1:
                        continue
                    if stop == root.i + 3 and stop - 1 in self.claimed:
                        continue  # "of state" only when "state" is no mention of its own
                    if stop == root.i + 4 and self.tokens[root.i + 2].lower_ != "the":
                        continue
                    longer = normalise_name(" ".join(self.words[role_start: stop]))
                    if self.ad.role(longer) is not None and self.ad.role(longer).kind == "person":
                        role_name, end = longer, stop
                        break
            role = self.ad.role(role_name)
            if role is None or len(chunk_words) == 1 and role_name in self.ad.words.common_noun_acronym:
                continue  # "on TV", "a super PAC": a medium, a kind of body, no one body (bodies31)
            if role.role in self.ad.words.named_body_only_noun and not self._body_standing(root):
                continue  # "Voters lost the trust they had": the common word, where no body stands (bodies32)
            if chunk_words[0].tag_ == "WP$" and any(t.i in self.claimed for t in chunk_words[1:] if t.i < role_start):
                continue  # "whose Zentor subsidiary": the name inside is the mention (ents22)
            # Part of a name's title ("President Joe Biden"): handled with the name.
            nxt = self.tokens[end] if end < len(self.tokens) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and not self._lower_case_name_at(nxt):
                continue
            # (a run of spaces the tokenizer keeps as a word, "the  party", is no word of the description)
            tokens = [t for t in chunk_words if t.i <= root.i and t.tag_ not in {"DT", "PRP$", "POS", "CD"}
                      and not t.is_punct and not t.is_space and t.dep_ not in NON_DESCRIPTIVE_DEPS]
            # A person who owns the role ("the boy's" in "the boy's father") is a mention of their own.
            owners = [t for t in chunk_words if t.dep_ == "poss" and t.head.i == root.i and (
                self._person_possessor(t) or self._named_person_possessor(t, root))]
            for owner in owners:
                tokens = [t for t in tokens if not owner.left_edge.i <= t.i <= owner.i + 1]
            # "Tom Jordan ... Jordan's lawyer": a person's name (a country's too) is no home of the role
            tokens = [t for t in tokens if not (t.dep_ == "poss" and t.i < role_start and self.ad.country_of(t.text)
                                                and (self._full_named_person_at(t) or t.lower_ in self._demonyms_as_names()))]
            # The role words must be free; a possessor ("Lebanon's") may already be a mention.
            if not tokens or any(t.i in self.claimed for t in tokens if t.i >= role_start):
                continue
            kind = "group" if role.kind == "person" and root.tag_ in {"NNS", "NNPS"} else role.kind
            if kind == "org" and root.tag_ == "NN" and chunk_words[0].i < role_start and chunk_words[0].i in self.claimed \
                    and not any(t.tag_ in {"DT", "PRP$", "POS", "WP$"} for t in chunk_words) \
                    and (named := self._cluster_at(chunk_words[0].i)) is not None and named.type == "ORG" \
                    and (named.sectors and role.sector and role.sector not in named.sectors
                         or self._headed_by_body_noun(named, role_name)):
                # "for State Department business": a body's name modifying a bare noun of another sector
                # than the body's is no body ("Home Life magazine" names the magazine; bodies31); nor is a
                # name already headed by a body's noun before another body's noun ("the Harlow Foundation
                # business", with no sector known: the foundation's affairs; bodies32)
                continue
            if kind == "org" and root.ent_type_ in {"GPE", "LOC"} and root.text[:1].isupper() and _gazetteer_region(
                    self.gaz, self.doc[tokens[0].i: root.i + 1].text):
                continue  # "the West Bank": a region whose name ends in a body's word
            # "Dutch shipper, Zentor, said": a description with no article before the name it is in
            # apposition to names the body as "the" would (a mention of it, not a predicate)
            bare = kind == "org" and root.tag_ in {"NN", "NNP"} and chunk_words[0].tag_ != "DT" and root.dep_ != "attr" \
                and any(c.dep_ == "appos" and c.i > root.i for c in root.children)
            if kind in {"org", "group"} and (named_body := self._body_named_after_indefinite(chunk)) is not None:
                # "turned them over to a small consumer group, Harbor Watch,": an indefinite body
                # noun with the body's name in apposition right after it says what that body is and is a
                # mention of it (as one after the name is: "Friends of the Dunes, a conservation charity,")
                if kind == "org":
                    self._predicate_of_body(root, role_name, chunk)  # its country and sector, as before
                named_body.evidence.append(f"{chunk.text!r}: an apposition to {named_body.name}, named right after it")
                self._add(named_body, chunk.start, end, "role", root)
                continue
            if kind == "org" and chunk_words[0].lower_ != "the" and not bare and self._predicate_of_body(root, role_name, chunk):
                continue  # "Acme is a Japanese car firm", "Acme, a Dutch retailer,": said of Acme
            # "Acme, the only major Japanese car firm without a partner,": one body, however described
            # "Acme is the world's largest carmaker": one body too (a definite predicate)
            apposed = kind == "org" and (chunk_words[0].lower_ == "the" or bare) and (
                self._apposed_body(root) is not None or chunk_words[0].lower_ == "the" and self._copula_body(root) is not None)
            if kind == "person" and chunk_words[0].lower_ in self.ad.words.indefinite_article and root.tag_ in {"NN", "NNP"}:
                named = self._apposed_person(root)
                if named is not None:
                    # "Tom Reed, a former official in Ann Lee's government,": an indefinite
                    # apposition says what the named person is; it is a mention of them, and
                    # gives no codes (what it says may be past or loose: "a former adviser").
                    named.evidence.append(f"{chunk.text!r}: an apposition to {named.name}")
                    self._add(named, chunk.start, end, "role", root)
                    continue
            if kind == "org" and not apposed and (traited := self._trait_described_body(chunk, role_name)) is not None:
                self._add(traited, tokens[0].i, end, "group", root)  # "the charitable foundation"
                continue
            if kind == "org" and not apposed and (continued := self._described_company_continuing(role_name, chunk)) is not None:
                self._add(continued, tokens[0].i, end, "group", root)  # "Acme rose. The online retail giant said"
                continue
            if not apposed and self._generic(chunk, [t for t in tokens if t.i < role_start]):
                continue
            owner = [t for t in chunk_words if t.tag_ == "PRP$"]
            if kind == "org" and owner and tokens == [root] and (own := self._owned_chamber_body(role_name, chunk)):
                self._add(own, root.i, end, "group", root)  # "lobbyists influence his committee"
                continue
            if kind != "person" and owner and not any(t.dep_ == "amod" for t in tokens):
                continue  # "his opposition": an abstract noun, not a body
            # the possessive marker stays: a possessor's country is its people's only when it is a
            # country or a known body ("Russia's envoy"; not "Force India's driver")
            kept = {t.i for t in tokens}
            country, sectors = self.ad.code_tokens([t for t in chunk_words if t.i in kept or (
                t.tag_ == "POS" and tokens[0].i < t.i < root.i)])
            if country is None:
                # "Lebanon's health ministry", "Seattle police", "the Kano state assembly"
                country = self._possessor_country(root) or self._place_country([t for t in tokens if t.i < role_start], role_name)
            if country is None and kind == "person":
                country = role.country  # "the secretary of the Treasury": one country's office (roles.tsv)
            # Keep "the" in a person's description, but let a possessive pronoun stay free for the
            # pronoun resolver ("his national security council"), and leave numbers to figures.
            start = chunk.start if kind == "person" and chunk_words[0].tag_ == "DT" else tokens[0].i
            if owners:
                start = max(start, max(o.i for o in owners) + 1)
                while start < root.i and self.tokens[start].tag_ == "POS":
                    start += 1
            named = self._apposed_person(root)
            subject = self._subject_of_copula(root, chunk) if named is None and kind == "person" else None
            if subject is not None:
                cluster = subject  # "Tom Hale was the man who ended the drought"
                cluster.evidence.append(f"{chunk.text!r}: the text says {cluster.name} is")
                held = [x for x in sectors if x in self.ad.words.state_sector]
                if held and root.head.tag_ in {"VBZ", "VBP"} and not any(
                        t.lower_ in self.ad.words.former_word for t in chunk):
                    # "Dale Brenner is the Republican governor of Florida": a state office said in the
                    # present tense is held now (a column's author line), as an apposition's is; "was
                    # the governor" is a past office, which gives no sector (persons31)
                    cluster.sectors += [x for x in held if x not in cluster.sectors]
                    cluster.country = cluster.country or country
            elif named is not None:
                cluster = named  # "the US Secretary of State, Antony Blinken,"
                cluster.country = cluster.country or country
                cluster.sectors += [x for x in sectors if x not in cluster.sectors]
                if cluster.title is None:
                    cluster.title, cluster.role = self.doc[role_start: end].text, role_name
                # a state's office or a first lady (as the title path reads them)
                cluster.needs_country = cluster.country is None and bool(
                    ({*self.ad.words.state_sector, "ELI"}) & set(cluster.sectors))
                noun = self.ad.person_noun(role_name)
                if cluster.gender is None and noun is not None:
                    cluster.gender = noun.gender  # "the girl's uncle, Tom Pryce," is a man
            elif kind == "person" and not owners and end == root.i + 1 \
                    and (body := self._owning_body(root)) is not None:
                # "the company's president", "Apple's chairman", "the governor of the bank": an
                # officer of that body, never a state's office holder of the same title
                cluster = self._body_officer(role_name, country, sectors, chunk, *body)
            elif kind == "person" and (named := self._named_before_as(root)) is not None:
                # "satisfied with Ann Lee as the party's nominee": what the named one is (or would be),
                # no holder of the office to look up
                named.evidence.append(f"{chunk.text!r}: said of {named.name} by the 'as' right after the name")
                cluster = named
            elif kind == "person":
                capacity = root.dep_ == "pobj" and root.head.lower_ == "as" and chunk_words[0].i == role_start \
                    and root.tag_ in {"NN", "NNP"}
                known = set(map(id, self.clusters)) if capacity else set()
                cluster = self._resolve_role(role_name, country, sectors, chunk)
                if capacity and (id(cluster) not in known or not any(m.kind == "name" for m in cluster.mentions)):
                    # "served as secretary of State": a bare office after "as" says what someone was; it
                    # is a mention of a named holder it resolves to, never an unnamed official (ents29; a
                    # cluster left with no mention is no entity)
                    continue
            elif kind == "org" and (described := self._described_body(root, role_name, country, chunk)) is not None:
                cluster = described  # "Acme Foods, the company which ...", then "the company"
            elif kind == "group" and (armed := self._armed_body_just_named(root, country, sectors, chunk)) is not None:
                cluster = armed  # "ZENTRA FRONT REGROUPS ... Ruritania's rebels": the body just named (ents33)
            elif kind == "group" and country is None and (earlier := self._earlier_group(root, tokens, chunk)):
                cluster = earlier  # "West African mediators ... The mediators": the group told of
            elif kind == "org" and role.role in self.ad.words.named_body_only_noun:
                continue  # "the trust of voters", "the relief fund": a body only as a named one's noun (bodies32)
            else:
                label = self.doc[tokens[0].i: root.i + 1].text
                type_ = "NORP" if kind == "group" else "ORG"
                cluster = self._cluster(f"{kind}:{country}:{normalise_name(label)}", type_, label)
                cluster.country = cluster.country or country
                cluster.sectors = cluster.sectors or sectors
            self._add(cluster, start, end, "role" if kind == "person" else "group", root)
            if kind == "org" and cluster.key.startswith("org:") and chunk_words[0].lower_ == "the" \
                    and (described := self._described_apposition(root)) is not None:
                # "The newspaper, long a critic of the mayor, writes": the apposition says what the
                # named body the description stands for is, a mention of it too (ents38)
                first = next(t for t in described.subtree if t.dep_ != "advmod" and not t.is_punct)
                cluster.evidence.append(f"{self.doc[first.i: described.i + 1].text!r}: an apposition to {chunk.text!r}")
                self._add(cluster, first.i, described.i + 1, "group", described)

    def _club_anaphors(self) -> None:
        """``the club``, ``the side`` (``club_noun``), plain and standing where a body stands: the
        one sports club named before it (a body whose name ends in a ``club_word``, ``Acme
        United``, or one the text called a club), when the article named before it no other body
        that may be a club (one of no known sector that names no contest): ``Acme United beat
        Zenco ... the club`` names two, so no one."""
        words = self.ad.words
        for tok in self._with_lower(words.club_noun):
            if tok.lower_ not in words.club_noun or tok.tag_ != "NN" or tok.i == 0 or tok.i in self.claimed:
                continue
            det = self.tokens[tok.i - 1]
            if det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                    or any(c.dep_ not in {"det", "punct", "relcl", "acl", "cc", "conj"} for c in tok.children):
                continue  # "the other side", "the side of the road", "the home team"
            if not (tok.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or (tok.dep_ == "pobj" and tok.head.lower_ in words.actor_preposition)):
                continue
            clubs, others = [], []
            for cluster in self.clusters:
                if cluster.type != "ORG" or not any(m.end <= det.idx for m in cluster.mentions):
                    continue
                last = normalise_name(cluster.name).split()[-1:]
                if (last and last[0] in words.club_word) or cluster.nouns & words.club_noun \
                        or self._place_team_name(cluster):
                    clubs.append(cluster)
                elif not cluster.sectors and not (last and last[0] in words.contest_word):
                    others.append(cluster)
            # a club the model tagged otherwise (``Exeter City`` as a place) or a name it tagged a
            # product (``Kelbro 3-0``) may be the other side: no guess then
            names = {normalise_name(c.name) for c in clubs}
            others += [e for e in self.doc.ents if e.end <= det.i and (e.label_ == "PRODUCT" or (
                normalise_name(e.text).split()[-1:] and normalise_name(e.text).split()[-1] in words.club_word
                and normalise_name(e.text) not in names))]
            if len(clubs) != 1 or others or self._untagged_team_before(det.i, clubs[0]):
                continue
            clubs[0].evidence.append(f"'{det.text} {tok.text}': the only club named before")
            self._add(clubs[0], det.i, tok.i + 1, "group", tok)

    def _place_team_name(self, cluster: Cluster) -> bool:
        """``Denver Nuggets``, ``the Harlow Hawks``: a body named by a place and a capitalised
        plural noun is a sports club (as ``Acme United`` is); a newspaper's word (``Times``) or a
        company's (``Industries``) is no team's."""
        words = self.ad.words
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            tokens = [t for t in span if t.lower_ != "the"] if span is not None else []
            if len(tokens) < 2 or tokens[-1].tag_ != "NNPS" or not tokens[-1].text[:1].isupper() \
                    or tokens[-1].lower_ in words.media_title | words.company_word | words.description_firm_word:
                continue
            place = " ".join(t.text for t in tokens[:-1])
            if _gazetteer_is_place(self.gaz, place) or self.ad.country_of(place):
                return True
        return False

    def _untagged_team_before(self, limit: int, club: Cluster) -> bool:
        """``the Chicago Bears`` the model tagged as nothing, before ``limit``: a place's word and a
        capitalised plural noun (``Bears``) outside ``club``'s mentions, which may be the other side."""
        words = self.ad.words
        for tok in self._capitalised():  # only capitalised words are tested below
            if not 1 <= tok.i < limit:
                continue
            before = self.tokens[tok.i - 1]
            if tok.ent_type_ or not tok.text[:1].isupper() or not tok.text.endswith("s") \
                    or tok.tag_ not in {"NNP", "NNPS"} or tok.lower_ in words.media_title | words.company_word | words.description_firm_word \
                    or any(m.start <= tok.idx < m.end for m in club.mentions):
                continue
            if before.text[:1].isupper() and (_gazetteer_is_place(self.gaz, before.text) or self.ad.country_of(before.text)):
                return True
        return False

    def _generic_body_anaphors(self) -> None:
        """``Harbour Watch staged a protest ... The group said``: ``the`` and a noun that any kind of
        body may be called by (``description_body_noun``: group, organization), plain and standing where
        a body stands, is the one named body before it that is not a state's nor an outlet's (a
        ministry, the police or a newspaper is not called so), unless ``a group`` was introduced
        before: two such bodies, or a body named only in the same sentence, and
        no one is (the noun stays what the other phases make of it). An outlet's noun (``outlet_noun``:
        ``He told the newspaper``) is likewise the one named outlet before it (a body coded MED or whose
        name ends in a newspaper's word, ``the Daily Herald``), unless the text names an outlet with the noun
        itself (``Home Life magazine``: the rule of names ending in the noun reads it). The noun may own what follows (``The
        group's release``) and have plain adjectives (``the secretive organization's``), which say how the
        text sees the body, not which one (ents29); ``the other group``, ``the new group`` do not. With
        several named before, the one named in the sentence before (or earlier in the noun's own) is meant
        when only one is, as for people described nearby; for an outlet's noun, the one named last, in its
        sentence or the two before (``_outlets_named_last``; recur34)."""
        words = self.ad.words
        not_this = words.other_determiner | words.generic_modifier | words.tenure_word
        found = self._with_lower(words.description_body_noun | words.outlet_noun)
        # the lead's group is read only when a body's noun is written at all (most stories have none)
        lead = self._lead_introduced_body() if found else None
        for tok in found:
            if tok.tag_ != "NN" or tok.i == 0 or tok.i in self.claimed:
                continue
            outlet = tok.lower_ in words.outlet_noun
            if outlet and any(t.i < tok.i and t.i > 0 and self.words[t.i - 1][:1].isupper() and not self.tokens[t.i - 1].is_sent_start
                              and (lead is None or t.i != lead[0]) for t in self._with_lower({tok.lower_})):
                continue  # "Family Circle magazine ... The magazine": the rule of names ending in the noun
            det = self.tokens[tok.i - 1 - sum(1 for c in tok.lefts if c.dep_ == "amod")]
            described = self._described_apposition(tok)
            if det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                    or any(c.dep_ not in {"det", "punct", "relcl", "cc", "conj", "case"}
                           and not self._plain_adjective(c, not_this) and c is not described for c in tok.children):
                continue  # "the group of protesters", "the militant group": more said than the noun
            if not (tok.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or (tok.dep_ == "pobj" and tok.head.lower_ in words.actor_preposition)):
                continue
            introduced = [t for t in self.tokens[:tok.i] if t.lower_ == tok.lower_ and (
                any(c.lower_ in words.indefinite_article for c in t.children)
                or t.i > 0 and self.tokens[t.i - 1].lower_ in words.indefinite_article)]
            if introduced and lead is not None and [t.i for t in introduced] == [lead[0]] \
                    and self.sent_of[tok.i] > self.sent_of[lead[0]] + 1:
                # "A leading conservative group is spending ... The Harlow Network, a nonprofit, ...
                # The group said": the group the lead introduced is the body the next sentence names
                lead[1].evidence.append(f"'{det.text} {tok.text}': the group the lead introduced, named next")
                self._add(lead[1], det.i, tok.i + 1, "group", tok)
                continue
            if len(introduced) == 1 and (named_body := self._body_named_after_indefinite(
                    self.doc[introduced[0].left_edge.i: introduced[0].i + 1])) is not None:
                # "to a small consumer group, Harbor Watch, ... a lawsuit that the group brought": the
                # group introduced is the body named in apposition to it (bodies32)
                named_body.evidence.append(f"'{det.text} {tok.text}': the group introduced as {named_body.name}")
                self._add(named_body, det.i, tok.i + 1, "group", tok)
                continue
            if len(introduced) == 1 and introduced[0].dep_ == "appos" and (apposed := self._apposed_body(introduced[0])) is not None:
                # "Harbor Watch, a consumer research group, ... the group's researchers": the group introduced
                # in apposition after the body's name is that body, as one before it is (ents35)
                apposed.evidence.append(f"'{det.text} {tok.text}': the group introduced in apposition to {apposed.name}")
                self._add(apposed, det.i, tok.i + 1, "group", tok)
                continue
            if introduced:
                continue  # "a group of activists ... the group": the noun's own referent, introduced before
            here = self.sent_of[tok.i]
            bodies = []
            for cluster, coded in self._bodies_named_before(det.idx):
                if outlet:
                    last = normalise_name(cluster.name).split()[-1:]
                    if "MED" in coded or (last and last[0] in words.media_title):
                        bodies.append(cluster)  # "told the newspaper": an outlet, and only an outlet
                    continue
                if coded & (words.state_sector | {"MED"}):
                    continue  # a state's body, or an outlet that reports ("told Reuters"), is not called so
                bodies.append(cluster)
            kind = "the only outlet named before" if outlet else "the only body not a state's named before"
            if outlet:
                bodies = self._papers_meant(tok, bodies)  # "the newspaper": a paper, no news agency (bodies39)
            if len(bodies) > 1:
                several = bodies
                # several named before: the one named in the sentence before or earlier in its own, when only
                # one is, as for a person described nearby (ents29)
                bodies = [c for c in bodies if any(here - 1 <= m.sent <= here and m.end <= det.idx for m in c.mentions)] \
                    if not outlet else self._outlets_named_last(bodies, here, det.idx)
                kind = kind.replace("the only", "the only nearby")
                if len(bodies) != 1 and not outlet:
                    bodies = self._body_called_so_before(several, det.idx)  # "The group ... the organization" (bodies39)
                    kind = "the one body the text called by such a noun before"
            if len(bodies) != 1 or not any(m.sent < here for m in bodies[0].mentions):
                continue
            bodies[0].evidence.append(f"'{det.text} {tok.text}': {kind}")
            self._add(bodies[0], det.i, tok.i + 1, "group", tok)
            if described is not None:
                # "The newspaper, long a critic of the mayor, writes": the apposition says what the
                # body is, a mention of it as one after its name is (ents38)
                first = next(t for t in described.subtree if t.dep_ != "advmod" and not t.is_punct)
                self._add(bodies[0], first.i, described.i + 1, "group", described)
        self._broadcaster_anaphors()
        self._lower_case_topic_bodies()

    def _named_body_parts(self) -> None:
        """``the Harbor Journal editorial board ... the editorial board writes``: ``the`` and lower-case
        words ending in a body's generic head (``generic_body_head``: board, committee ...) that the text
        wrote before right after a named body's name (``the <Name> <words>``), standing where a body
        stands, is that body's part named again, coded as the body (one body speaking, as ``the
        <Name> board`` is the body's mention by its name). Written after two bodies' names: no one (ents38)."""
        words = self.ad.words
        for head in self._with_lower(words.generic_body_head):
            if head.tag_ != "NN" or head.i in self.claimed or not (
                    head.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or head.dep_ == "pobj" and head.head.lower_ in words.actor_preposition):
                continue
            k = head.i
            while k > 0 and self.tokens[k - 1].dep_ in {"amod", "compound"} and self.tokens[k - 1].head.i == head.i \
                    and self.tokens[k - 1].text.islower() and k - 1 not in self.claimed:
                k -= 1
            if k == 0 or self.tokens[k - 1].lower_ != "the" or k - 1 in self.claimed:
                continue
            phrase = [t.lower_ for t in self.tokens[k: head.i + 1]]
            bodies = []
            for j in range(1, k - 1):
                if [t.lower_ for t in self.tokens[j: j + len(phrase)]] != phrase or j - 1 not in self.claimed:
                    continue
                body = self._cluster_at(j - 1)
                if body is not None and body.type == "ORG" and any(m.end == self.tokens[j - 1].idx + len(self.tokens[j - 1])
                                                                   for m in body.mentions):
                    bodies.append(body)
            if len({id(b) for b in bodies}) != 1:
                continue
            bodies[0].evidence.append(f"{self.doc[k - 1: head.i + 1].text!r}: written before after the name of {bodies[0].name}")
            self._add(bodies[0], k - 1, head.i + 1, "group", head)

    def _name_noun_anaphors(self) -> None:
        """``Ann Lee of the Harlow Garden Association ... when the association formed``, ``They played on a
        Harlow Comets junior team. The team will ...``: a plain definite ``the <noun>`` (``the``, plain
        adjectives, no complement of its own) stands for the one body the article itself called by that
        noun before it: the head word of the body's name (its last word, or the word before its first
        ``of``), written there with a capital after another word of the name, or a body's noun its name
        modifies (``a <Name> junior team``). What the article names, not a table of kinds: a noun no
        role names (the role rules read those) and no person's. Two bodies called so, a noun the text
        introduced with ``a``/``an`` elsewhere, an outlet (the outlet rules read those), or the noun
        standing where no body stands: no link."""
        words = self.ad.words
        not_this = words.other_determiner | words.generic_modifier | words.tenure_word | words.another_body_word \
            | words.former_word
        called = self._nouns_bodies_called()
        if not called:
            return
        for noun, bodies in called.items():
            for tok in self._with_lower({noun}):
                if tok.lower_ != noun or tok.tag_ != "NN" or not tok.text.islower() or tok.i in self.claimed:
                    continue
                k = tok.i
                while k > 0 and self._plain_adjective(self.tokens[k - 1], not_this) and self.tokens[k - 1].head.i == tok.i:
                    k -= 1
                det = self.tokens[k - 1] if k > 0 else None
                if det is None or det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                        or any(c.dep_ not in {"det", "amod", "punct", "relcl", "cc", "conj", "case"} for c in tok.children):
                    continue  # "the association of growers", "the same team": more said than the noun
                if tok.dep_ not in SUBJECT_DEPS | {"poss", "dobj", "pobj"}:
                    continue
                before = [(c, at) for c, at in bodies if at <= det.idx]
                if len({id(c) for c, _ in before}) != 1:
                    continue
                body = before[0][0]
                if self._noun_used_commonly(noun, body, tok.i):
                    continue
                body.evidence.append(f"{self.doc[det.i: tok.i + 1].text!r}: the one body the text called a {noun} before")
                self._add(body, det.i, tok.i + 1, "group", tok)

    def _one_police_force(self) -> None:
        """``Harlow police ... the police``, ``Police said``: the police of a story are the one police force it
        names (a capitalised name before a police noun of the kind table, ``kind_nouns.tsv``: ``Harlow police``,
        ``Harlow Police Department``, ``Harlow Constabulary``), before or after the bare noun: a local story
        names its force once and then writes ``police``. Two forces named, or police the text sets apart by
        other words (``state police``, ``riot police``, ``police in Ruritania``: a force that has no name
        here, a rival the bare noun may mean), or a country of the bare noun's own that is not the force's:
        no link."""
        kinds = {"police", *self.ad.kinds_named("police")}
        named: list[Cluster] = []
        bare: list[Cluster] = []
        apart = False
        for cluster in self.clusters:
            if cluster.type not in {"ORG", "NORP"} or not cluster.mentions:
                continue
            texts = [" ".join(self.text[m.start:m.end].split()) for m in cluster.mentions if m.kind != "pronoun"]
            if any(m.head.i + 1 < len(self.tokens) and self.tokens[m.head.i].lower_ == "police"
                   and self.tokens[m.head.i + 1].lower_ in self.ad.words.owner_preposition for m in cluster.mentions):
                apart = True  # "police in Ruritania"
            if texts and all(t.lower() in {"police", "the police"} for t in texts):
                bare.append(cluster)
                continue
            for m in cluster.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                words = [t for t in span if t.lower_ != "the"] if span is not None and m.kind != "pronoun" else []
                if not any(len(words) > len(k.split()) and " ".join(t.lower_ for t in words[-len(k.split()):]) == k
                           for k in kinds):
                    continue
                if words[0].pos_ == "PROPN" or words[0].ent_type_ in {"GPE", "NORP", "ORG", "LOC"}:
                    # "Harlow police", "the Harlow Police Department" (not "Riot police" opening a sentence)
                    named.append(cluster)
                else:
                    apart = True  # "state police", "riot police"
                break
        if apart or len(bare) != 1 or len(named) != 1:
            return
        force, police = named[0], bare[0]
        if None not in (police.country, force.country) and police.country != force.country:
            return
        force.evidence.append(f"'police': the one police force the story names, {force.name}")
        self._fold(police, into=force)

    def _noun_used_commonly(self, noun: str, body: Cluster, before: int) -> bool:
        """Whether the article, before token ``before``, wrote ``noun`` as a common noun of other things: in the
        plural, after ``a``/``an``, as a bare modifier of another noun, or as a plain ``the <noun>`` before the
        body was first named (``in the state ... the Badger State ... the state``; ``a May election ... the General
        Election ... the election``): such a noun has referents of its own, and ``the <noun>`` may be any of them.
        The body's own noun (``a <Name> junior team``) is no such use."""
        own = self._called_noun_tokens.get((id(body), noun), set())
        named = min((m.start for m in body.mentions if m.kind == "name"), default=0)
        articles = self.ad.words.indefinite_article
        for t in self._with_lemma({noun}):
            if t.i >= before or t.i in own or not t.text.islower():
                continue
            if t.tag_ in {"NNS", "NNPS"} or t.dep_ == "compound" or t.i > 0 and self.tokens[t.i - 1].lower_ in articles \
                    or any(c.lower_ in articles for c in t.children):
                return True
            if t.idx < named and t.i > 0 and self.tokens[t.i - 1].lower_ == "the":
                return True
        return False

    def _nouns_bodies_called(self) -> dict[str, list[tuple[Cluster, int]]]:
        """For each noun, the named bodies the article called by it and where (the end of the name): the head
        of the body's name, or the body's noun the name modifies (``_name_noun_anaphors``)."""
        words = self.ad.words
        body_nouns = words.club_noun | words.description_body_noun
        self._called_noun_tokens: dict[tuple[int, str], set[int]] = {}
        called: dict[str, list[tuple[Cluster, int]]] = {}
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or "MED" in cluster.sectors:
                continue
            for m in cluster.mentions:
                if m.kind != "name":
                    continue
                parts = self.text[m.start:m.end].split()
                cut = next((k for k in range(1, len(parts)) if parts[k] in _HEAD_COMPLEMENT_PREPOSITIONS), len(parts))
                # the head may open the name when a capitalised complement follows (``Port of Harlow``, descs46)
                head = parts[cut - 1] if cut >= 2 or cut == 1 and any(w[:1].isupper() for w in parts[2:]) else ""
                noun = head.lower()
                if head[:1].isupper() and head[1:].islower() and noun.isalpha() and parts[0][:1].isupper() \
                        and not self.ad.country_of(parts[0]) and self._free_body_noun(noun):
                    called.setdefault(noun, []).append((cluster, m.end))
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                # "a <Name> fourth-grade team": the name modifies a body's noun after lower-case words
                j = span.end
                while j < len(self.tokens) and j < span.end + 4 and (self.tokens[j].text.islower() or self.tokens[j].tag_ == "HYPH") \
                        and self.tokens[j].lower_ not in body_nouns and self.tokens[j].tag_ in _NAME_NOUN_MODIFIER_TAGS:
                    j += 1
                if j >= len(self.tokens):
                    continue
                head_tok = self.tokens[j]
                if head_tok.lower_ in body_nouns and head_tok.tag_ == "NN" and head_tok.text.islower() \
                        and span.root.head.i == head_tok.i and span.root.dep_ in {"compound", "nmod", "amod"} \
                        and self.ad.role(head_tok.lower_) is None:
                    called.setdefault(head_tok.lower_, []).append((cluster, m.end))
                    self._called_noun_tokens.setdefault((id(cluster), head_tok.lower_), set()).add(head_tok.i)
        return called

    def _free_body_noun(self, noun: str) -> bool:
        """A body's head word no other rule reads: no role (the role rules read ``the company``), no person's
        noun, no outlet's or generic body's noun (their own rules read them), and no noun of a place's name (a
        street's, a lake's: ``_place_name_heads``)."""
        words = self.ad.words
        return self.ad.role(noun) is None and self.ad.person_noun(noun) is None and noun not in _place_name_heads() \
            and noun not in words.outlet_noun | words.description_body_noun | words.club_noun | words.media_title

    def _kind_acronym_appositions(self) -> None:
        """``The super PAC, Rivers First Action, has ...``, ``<Name>'s PAC, Harbor Crossroads.``: capitals
        of a kind of body (``common_noun_acronym``: PAC), definite or owned, in apposition to a named
        body (``_apposed_body``) are a mention of that body, not a body named by the capitals; the
        possessor stays its own mention (ents38)."""
        kinds = self.ad.words.common_noun_acronym
        for tok in self._with_lower(kinds):
            if tok.lower_ not in kinds or tok.tag_ not in {"NN", "NNP"}:
                continue
            body = self._apposed_body(tok)
            if body is None or body.name.lower() in kinds:
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                start = owner.i + 1
                while start < tok.i and self.tokens[start].tag_ == "POS":
                    start += 1
            elif det is not None and det.lower_ == "the":
                start = det.i
            else:
                continue  # "a super PAC, <Name>,": the indefinite's rule of bodies named after it
            if any(i in self.claimed and (c := self._cluster_at(i)) is not None and c.name.lower() not in kinds
                   for i in range(start, tok.i + 1)):
                continue
            for c in self.clusters:
                if c.name.lower() in kinds:
                    c.mentions = [m for m in c.mentions if not (m.start < tok.idx + len(tok.text) and self.tokens[start].idx < m.end)]
            body.evidence.append(f"{self.doc[start: tok.i + 1].text!r}: a kind of body in apposition to {body.name}")
            self._add(body, start, tok.i + 1, "group", tok)

    def _described_apposition(self, noun: Token) -> Token | None:
        """The head of a common-noun apposition between commas right after ``noun`` (``The newspaper,
        long a critic of the mayor, writes``): it says what the body is, not which (a name in
        apposition says which, and is read by the rules of names), or None."""
        appos = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
        if appos is None or appos.tag_ != "NN" or appos.ent_type_ or noun.i + 1 >= len(self.tokens) \
                or self.tokens[noun.i + 1].text != ",":
            return None
        after = appos.right_edge.i + 1
        if after >= len(self.tokens) or self.tokens[after].text != "," \
                or any(t.i in self.claimed or t.ent_type_ in {"PERSON", "ORG"} for t in appos.subtree):
            return None
        first = next((t for t in appos.subtree if t.dep_ != "advmod" and not t.is_punct), None)
        return appos if first is not None and first.lower_ in self.ad.words.indefinite_article else None

    def _lower_case_topic_bodies(self) -> None:
        """``the school board group's gathering`` after ``the National School Boards Association``: a body's
        span of lower-case words the model tagged, ending in a noun any body is called by
        (``description_body_noun``) after ``the``, is the one body named before whose name holds its other
        words capitalised (``_topic_body``), not a body of its own (ents37)."""
        words = self.ad.words
        for cluster in [c for c in self.clusters if c.type == "ORG" and c.mentions]:
            parts = cluster.name.split()
            if len(parts) < 2 or not cluster.name.islower() or parts[-1] not in words.description_body_noun:
                continue
            for m in list(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if m.kind != "name" or span is None or span.start == 0 or self.tokens[span.start - 1].lower_ != "the":
                    continue
                chunk = self.doc[span.start - 1: span.end]
                if chunk.root.i != span.end - 1:
                    continue
                body = self._topic_body(chunk, parts[-1])
                if body is None or body is cluster or not any(x.end <= m.start for x in body.mentions):
                    continue
                cluster.mentions.remove(m)
                body.mentions.append(Mention(self.tokens[span.start - 1].idx, m.end, "group", m.head, m.sent))
                self.claimed.add(span.start - 1)
                body.evidence.append(f"{chunk.text!r}: its topic words are in the name of {body.name}")

    def _broadcaster_anaphors(self) -> None:
        """``Tom Reed, an analyst on XTV, was fired from the network``, ``had worked for the network``,
        ``the network's games``: ``the`` and a broadcaster's noun (``broadcaster_noun``), plain, standing where a
        body stands (a subject, possessor or object, or after a preposition of an actor or ``for``), is the one
        body named before it that may be a broadcaster: coded MED or BUS or not at all, not a newspaper (its name
        ending in a ``media_title`` word), named earlier in the noun's own sentence too (a broadcaster is named
        and then called so at once); with several, the one named in the sentence before or earlier in its own,
        when only one is. A body whose name the noun heads (``the Harlow Network``) is left to the rule of names'
        heads; ``a network`` written before (another one introduced): no link (ents37)."""
        words = self.ad.words
        not_this = words.other_determiner | words.generic_modifier | words.tenure_word
        for tok in self._with_lower(words.broadcaster_noun):
            if tok.tag_ != "NN" or tok.i == 0 or tok.i in self.claimed:
                continue
            det = self.tokens[tok.i - 1]
            if det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                    or any(c.dep_ not in {"det", "punct", "case"} and not self._plain_adjective(c, not_this)
                           for c in tok.children):
                continue  # "the network of activists": more said than the noun
            if not (tok.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or (tok.dep_ == "pobj" and tok.head.lower_ in words.actor_preposition | {"for"})):
                continue
            if any(t.lower_ == tok.lower_ and t.i < tok.i and (
                    any(c.lower_ in words.indefinite_article for c in t.children)
                    or self.tokens[t.i - 1].lower_ in words.indefinite_article) for t in self._with_lower({tok.lower_})):
                continue
            here = self.sent_of[tok.i]
            bodies = []
            for cluster, coded in self._bodies_named_before(det.idx):
                last = normalise_name(cluster.name).split()[-1:]
                if not coded <= {"MED", "BUS"} or (last and last[0] in words.media_title):
                    continue
                bodies.append(cluster)
            if any(self._name_ends_in(c, tok.lower_) for c in bodies):
                continue
            if len(bodies) > 1:
                bodies = [c for c in bodies if any(here - 1 <= m.sent <= here and m.end <= det.idx for m in c.mentions)]
            if len(bodies) != 1:
                continue
            bodies[0].evidence.append(f"'{det.text} {tok.text}': the only broadcaster named before")
            self._add(bodies[0], det.i, tok.i + 1, "group", tok)

    @staticmethod
    def _outlets_named_last(outlets: list[Cluster], here: int, before: int) -> list[Cluster]:
        """Of several outlets named before ``the newspaper``, those named last, in its sentence or the two
        before it (a person description's window): an outlet is often cited, then quoted for a sentence or
        two before "he told the newspaper" (recur34). Named further back: none."""
        last = {id(c): max((m.sent for m in c.mentions if m.end <= before), default=-1) for c in outlets}
        nearest = max(last.values(), default=-1)
        if nearest < here - DESCRIPTION_WINDOW:
            return []
        return [c for c in outlets if last[id(c)] == nearest]

    @staticmethod
    def _plain_adjective(tok: Token, not_this: frozenset[str]) -> bool:
        """A lower-case adjective of no words of its own before a body's noun (``secretive``), not one
        that says it is another or a new one (``other``, ``new``) nor a superlative (``the largest group``
        is picked out by its rank, not named before)."""
        return tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.text.islower() and tok.lower_ not in not_this \
            and not any(True for _ in tok.children)

    def _full_named_person_at(self, tok: Token) -> bool:
        """A word already a mention of a person the article names in full (``Jordan`` of Tom
        Jordan), not of a one-word "person" (a country the model tagged a person)."""
        if tok.i not in self.claimed:
            return False
        owner = self._cluster_at(tok.i)
        return owner is not None and owner.type == "PERSON" and " " in owner.name

    def _earlier_group(self, root: Token, tokens: list[Token], chunk: Span) -> Cluster | None:
        """A bare definite plural (``the mediators``) is the one group the article named before
        with that noun and more words (``West African mediators``), with its code; two such
        groups, or none, and it stays a group of its own."""
        if tokens != [root] or chunk[0].lower_ != "the" or root.tag_ not in {"NNS", "NNPS"}:
            return None
        lemma = root.lemma_.lower()
        found = [c for c in self.clusters if c.key.startswith("group:") and c.country and any(
            m.head.lemma_.lower() == lemma and m.end - m.start > len(m.head.text) and m.head.i < root.i
            for m in c.mentions)]
        return found[0] if len(found) == 1 else None

    def _plain_appositions(self) -> None:
        """``Ann Pike, a philanthropist, said``, ``Tom Rade, the hard-right Ohioan who ...``,
        ``Tom Rade, one of the signatories,``, ``the Harbor Guild, the civic organization she
        founded``: a noun phrase with an article (or ``one of ...``) set off by a comma right after
        a person's name, or with ``the`` after a body's, in apposition to it, says what that one
        is; it is a mention of the name whether or not its noun is a known role (known roles were
        read before, with their codes; this gives none). An indefinite one after a body's name
        (``Friends of the Dunes, a conservation charity,``) is a mention too (what it says of the
        body still gives no code: ``_predicate_of_body`` reads that); the parser hangs it on the
        name's last word (``Dunes``) as often as on its head."""
        for cluster in [c for c in self.clusters if c.key.startswith(("person:", "org:"))]:
            # a body named by a nationality and a plural noun (``Sikh Advocates``) was read as a group
            kinds = {"name"} if cluster.type == "PERSON" else {"name", "group"}
            for m in [m for m in cluster.mentions if m.kind in kinds]:
                name = m.head
                heads = [name]
                if cluster.type != "PERSON":
                    last = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if last is not None and last[-1].i != name.i:
                        heads.append(last[-1])
                hung = [c for h in heads for c in h.children if c.dep_ == "appos" and c.i > name.i]
                after = self._apposition_after_set_off(m) if cluster.type == "PERSON" else None
                if after is not None:
                    hung.append(after)
                for appos in hung:
                    span = self._plain_apposition(appos)
                    if span is None and appos is after:
                        span = self._open_apposition(appos)  # "..., of Medina, Ohio, Sissy's handler"
                    # "helped by flops X and Y, a sharp contrast to ...": an indefinite after a body says
                    # what the body is only with a noun of a kind of body
                    if span is not None and cluster.type != "PERSON" and span[0].lower_ != "the" \
                            and not self._body_kind_noun(appos):
                        continue
                    if span is not None:
                        self._add_apposition(cluster, span, appos)

    def _apposition_after_set_off(self, m: Mention) -> Token | None:
        """``Rep. Tom Reed, D-Milford, a vocal critic of the plan,``, ``Ann Pike, of Lakeside, a retired
        nurse,``: a person's name, a short element set off by commas that says where the person is from (a
        party's letter and a state or town, or ``of`` and capitalised words), then a noun phrase with an
        article: the noun phrase is an apposition of the name, as it is right after the name; the parser
        hangs it on the set-off element (ents45). The head noun of the phrase, or None."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        tokens = self.tokens
        if span is None or span.end + 2 >= len(tokens) or tokens[span.end].text != ",":
            return None
        k = span.end
        found = PARTY_COMMA.match(self.text, tokens[k].idx)
        if found is not None:
            j = k + 1
            while j < len(tokens) and tokens[j].idx < found.end():
                j += 1
        elif tokens[k + 1].lower_ == "of":
            j = k + 2
            while j < len(tokens) and j < k + 6 and tokens[j].is_title and tokens[j].ent_type_ != "PERSON":
                j += 1
            if j == k + 2:
                return None
            # "of Lakeside, Ohio,": the town's state set off after it, one element with it (roles46)
            state = j + 1
            while state < len(tokens) and state < j + 4 and tokens[state].is_title and tokens[state].ent_type_ == "GPE":
                state += 1
            if tokens[j].text == "," and state > j + 1 and state < len(tokens) and tokens[state].text == ",":
                j = state
        else:
            return None
        if j + 2 >= len(tokens) or tokens[j].text != "," or self.sent_of[j] != self.sent_of[k]:
            return None
        det = tokens[j + 1]
        if det.dep_ == "poss" and det.tag_ == "NNP" and tokens[j + 2].tag_ == "POS" and det.head.i > det.i + 1:
            return det.head  # "of Medina, Ohio, Sissy's handler": a named possessor's noun (roles46)
        if det.lower_ not in self.ad.words.indefinite_article | {"the"} or det.dep_ != "det" or det.head.i <= det.i:
            return None
        if det.head.dep_ == "poss" and det.head.head.i > det.head.i:
            return det.head.head  # "the dog's handler": the possessor's noun is no head of the apposition (roles46)
        return det.head

    def _named_before_as(self, root: Token) -> Cluster | None:
        """``satisfied with Ann Lee as the party's nominee``, ``praised Tom Hale as the best coach``:
        the person whose name stands right before the ``as`` whose object ``root`` is, when that
        name is an object (not ``by Ann Lee as ...``, whose ``as`` says what someone else was made)."""
        if root.dep_ != "pobj" or root.head.lower_ != "as" or root.tag_ not in {"NN", "NNP"}:
            return None
        before = root.head.i - 1
        if before < 0 or before not in self.claimed:
            return None
        name = self.tokens[before]
        if name.dep_ not in {"pobj", "dobj"} or name.dep_ == "pobj" and name.head.lower_ == "by":
            return None
        person = self._cluster_at(before)
        if person is None or person.type != "PERSON" or not person.key.startswith("person:") \
                or not any(m.kind == "name" and m.head.i == before for m in person.mentions):
            return None
        return person

    def _vocative(self, chunk: Span) -> bool:
        """``"Amen, brother!"``, ``"Thanks, doctor."``: inside a quotation, a lone lower-case noun in
        the singular, with no article, set off by a comma (or the opening mark) before it and by a
        comma, ``!``, ``?``, a full stop or the closing mark after it, and no subject, object or
        predicate of its clause: a word of address to whoever the speaker talks to, no mention of
        someone the article names (an apposition with no article, ``Tom Reed, chairman, said``,
        stands outside quotations)."""
        root = chunk.root
        if len(chunk) != 1 or root.tag_ != "NN" or not root.is_lower or root.dep_ in SUBJECT_DEPS | {
                "dobj", "pobj", "attr", "dative", "conj", "compound", "poss"}:
            return False
        before = self.tokens[root.i - 1] if root.i > 0 else None
        after = self.tokens[root.i + 1] if root.i + 1 < len(self.tokens) else None
        if before is None or after is None or not (before.text == "," or before.is_quote and before.is_left_punct):
            return False
        if not (after.text in {",", "!", "?", "."} or after.is_quote and after.is_right_punct):
            return False
        return self._quotation_at(root.idx) is not None

    def _headline_verbs_object(self, chunk: Span) -> bool:
        """``Lee Stuns Farming Community With ...``: capitalised words on a title-case line right after a
        headline's verb in the third person that follows a name read before (ents30)."""
        k = chunk.start
        while k < chunk.end - 1 and k in self.claimed:
            k += 1  # the parser may take the whole run, name and verb, as one noun phrase
        if k > 0 and self.tokens[k].text[:1].isupper() and self._headline_verb(self.tokens[k]):
            k += 1  # the parser may take the verb into the noun phrase
        verb = k - 1
        return verb >= 1 and verb - 1 in self.claimed and self._headline_verb(self.tokens[verb]) \
            and self.tokens[verb].text[:1].isupper() and self._title_case_line(chunk)

    def _body_kind_noun(self, noun: Token) -> bool:
        """A noun of a kind of body: a body's role (roles.tsv kind org: ``company``, ``charity``), a
        noun any body is called by (``organization``, ``group``, ``band``) or a news outlet's or a
        broadcaster's noun (``newspaper``, ``network``: bodies40)."""
        lemma = noun.lemma_.lower()
        role = self.ad.role(lemma)
        words = self.ad.words
        return role is not None and role.kind == "org" or lemma in words.description_body_noun \
            or lemma in words.class_body_noun or lemma in words.outlet_noun or lemma in words.broadcaster_noun

    def _plain_apposition(self, appos: Token) -> Span | None:
        """The words of an apposition that describe (article or ``one of`` to the head noun), or
        None when it is a name, a pronoun, a number or words already read."""
        first = appos.left_edge
        if first.i < 1 or self.tokens[first.i - 1].text != ",":
            return None
        if appos.lower_ == "one":  # "one of the signatories"
            pobj = next((g for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
            if pobj is None:
                return None
            end = pobj.i + 1
        elif appos.tag_ == "NN" or appos.tag_ == "NNP" and appos.ent_type_ == "NORP":
            if first.lower_ not in self.ad.words.indefinite_article and first.lower_ != "the" \
                    and first.lower_ not in self.ad.words.apposition_determiner \
                    and not self._possessive_determiner(first, appos):
                return None
            end = appos.i + 1
        elif self._possessive_determiner(first, appos) and appos.tag_ in {"JJ", "JJR"}:
            end = appos.i + 1  # "Omar Vance, his closer,": a possessive makes a noun of "closer"
        elif appos.tag_ == "JJ" and appos.is_lower and first.dep_ == "det" and first.head.i == appos.i \
                and first.lower_ in self.ad.words.indefinite_article | {"the"} and first.i == appos.i - 1 \
                and appos.lower_ not in self.ad.words.other_determiner:
            # "Lucy Marsh, a senior at Lakeside College,", "Tom Reed, an independent,": an adjective with an
            # article of its own heading an apposition is used as a noun (what the person is)
            end = appos.i + 1
        else:
            return None
        if any(i in self.claimed for i in range(first.i, end)) or first.i != appos.left_edge.i:
            return None
        if any(t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in self.doc[first.i: end]):
            return None
        if not self._closed_apposition(appos) or self._listed_apposition(appos):
            return None
        return self.doc[first.i: end]

    def _closed_apposition(self, appos: Token) -> bool:
        """An apposition is set off on both sides: after its last word comes a comma, a dash, a
        bracket, a quotation mark or the sentence's end (``Ann Pike, a nurse, said``). A noun
        phrase the parser hung on a fronted name that runs straight on into a verb is the
        sentence's subject, no apposition (``Like Tom Hale, a growing number of farmers are
        selling``; ``For Ann Pike, a nurse's salary no longer covers ...``)."""
        after = appos.right_edge.i + 1
        # "executive director of One Wisconsin Now,": the parser may cut a name short
        while after < len(self.tokens) and (self.tokens[after].ent_iob_ == "I" or self.tokens[after].is_title
                                            and self.tokens[after - 1].tag_ in {"NNP", "NNPS"}):
            after += 1
        if after >= len(self.tokens) or self.tokens[after].is_sent_start:
            return True
        nxt = self.tokens[after]
        return nxt.is_punct or nxt.text in {"--", "—", "–"}

    @staticmethod
    def _listed_apposition(appos: Token) -> bool:
        """``She thanked Ann Pike, the mayor's office and the fire department``: a noun phrase after
        a name's comma joined by ``and`` to another with its own determiner is a member of a list
        of three, no description of the name."""
        articles = {"a", "an"}
        if appos.left_edge.lower_ in articles and all(c.left_edge.lower_ in articles for c in appos.children
                                                        if c.dep_ == "conj" and c.i > appos.i):
            # "Ann Pike, a longtime fixture in town politics and a frequent host of fundraisers, died": what
            # the name is, said twice with "a"; a list names its members definitely or by name (ents45)
            return False
        return any(c.dep_ == "conj" and c.left_edge.tag_ in {"DT", "PRP$"} and c.left_edge.i > appos.i
                   for c in appos.children) and any(c.dep_ == "cc" for c in appos.children)

    def _add_apposition(self, cluster: Cluster, span: Span, appos: Token) -> None:
        """The apposition ``span`` is a mention of the one it follows: of ``cluster``, or, after a
        person's name, of a body named right before its comma ("Ann Lee, a lobbyist for Acme Air, the
        leading trade group ...": the apposition says what the body is)."""
        if cluster.type == "PERSON" and (body := self._body_named_before_comma(appos)) is not None:
            body.evidence.append(f"{span.text!r}: an apposition to {body.name}, named right before it")
            self._add(body, span.start, span.end, "role", appos)
        else:
            cluster.evidence.append(f"{span.text!r}: an apposition to {cluster.name}")
            self._add(cluster, span.start, span.end, "role", appos)

    def _open_appositions(self) -> None:
        """``Peter Lane, Governor Ann Moss's chief of staff,``, ``Ann Pike, executive director of the
        Harbor Fund,``, ``Tom Rade, also once a candidate for governor,``, ``Ann Pike, 27, a Hinge
        user,``: an apposition after a person's name that opens with a possessor, with no article
        (a role noun with its preposition), with an adverb, or with a name among its modifiers
        says what that one is, as one with a bare article does (``_plain_appositions``). The
        mention is the words after any name inside (``chief of staff``'s ``chief``, ``user``), so
        it never takes the possessor's or the company's name; it gives no code."""
        for cluster in [c for c in self.clusters if c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                for appos in (c for c in m.head.children if c.dep_ == "appos" and c.i > m.head.i):
                    span = self._open_apposition(appos)
                    if span is not None:
                        self._add_apposition(cluster, span, appos)

    def _coordinated_appositions(self) -> None:
        """``Tom Kaplin, a screenwriter and former studio executive,``, ``Ann Lee, the feminist leader and
        author,``, ``Rob Hale, his longtime friend and adviser,``: nouns coordinated under the one determiner
        of an apposition to a person's name are all said of that person (one determiner, one referent); each
        conjunct is a mention of the name, as the first one is. A conjunct with a determiner of its own is
        another referent (``the mayor and the council``), except two indefinites (``a nurse and a mother of
        three``: what the name is, said twice; ``_listed_apposition``). A conjunct an unnamed role's entity
        took gives it up (``former studio executive`` read alone as someone unnamed); one a name or a body's
        description took stays where it is. Reads the parse: the conjunct is the apposition head's ``conj``
        inside the apposition's closing comma."""
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind != "name" and m.head.dep_ == "appos"]:
                appos = m.head
                if self._cluster_at(appos.head.i) is not cluster or appos.head.i > appos.i \
                        or not self._closed_apposition(appos):
                    continue
                own = next((c for c in appos.children if c.dep_ in {"det", "poss"}), None)
                indefinite = own is not None and own.lower_ in self.ad.words.indefinite_article
                for conj in self._apposition_conjuncts(appos):
                    if conj.tag_ != "NN" or not conj.is_lower or conj.ent_type_:
                        continue
                    det = next((c for c in conj.children if c.dep_ in {"det", "poss"}), None)
                    if det is not None and not (indefinite and det.lower_ in self.ad.words.indefinite_article):
                        continue  # "the mayor and the council": two referents
                    first = det.i if det is not None else conj.left_edge.i
                    named = [t.i for t in self.doc[first: conj.i] if t.ent_type_ or self._cluster_at(t.i) is not None
                             and not self._cluster_at(t.i).key.startswith("role:")]
                    if named:
                        first = max(named) + 1  # "former Treasury official" -> "official" (the body stays its own)
                        while first < conj.i and self.tokens[first].tag_ == "POS":
                            first += 1
                    words = self.doc[first: conj.i + 1]
                    if any(t.ent_type_ or t.is_punct or t.dep_ == "cc" for t in words):
                        continue
                    held = {id(h): h for t in words if (h := self._cluster_at(t.i)) is not None}
                    if any(h is cluster or not h.key.startswith("role:") for h in held.values()):
                        continue
                    for h in held.values():
                        h.mentions = [x for x in h.mentions if not (x.start < words.end_char and words.start_char < x.end)]
                    cluster.evidence.append(f"{words.text!r}: coordinated with {m.head.text!r} in an apposition to {cluster.name}")
                    self._add(cluster, first, conj.i + 1, "role", conj)

    @staticmethod
    def _apposition_conjuncts(head: Token) -> list[Token]:
        """The conjuncts after ``head`` in its coordination (``a banker, lawyer and author``: a chain of ``conj``)."""
        found, todo = [], [head]
        while todo:
            for c in todo.pop().children:
                if c.dep_ == "conj" and c.i > head.i:
                    found.append(c)
                    todo.append(c)
        return sorted(found, key=lambda t: t.i)

    def _incumbent_of_contest(self) -> None:
        """``the 2012 race between Ann Lee and Tom Reed, which the incumbent won``: ``the`` and a noun
        of the office holder (``incumbent_noun``) in a sentence that names two or more people joined
        by a conjunction before it stand for the one of them the office holders' table gives an office
        held in the contest's year (a year the sentence writes, else the publication day); none or
        two holders: no link, never a guess (ents36)."""
        for tok in self._with_lower(self.ad.words.incumbent_noun):
            if tok.tag_ != "NN" or tok.i in self.claimed or tok.i == 0 or self.tokens[tok.i - 1].lower_ != "the":
                continue
            here = self.sent_of[tok.i]
            joined = [c for c in self.clusters if c.type == "PERSON" and any(
                m.sent == here and m.kind == "name" and m.end <= tok.idx
                and (m.head.dep_ == "conj" or any(k.dep_ == "conj" for k in m.head.children)) for m in c.mentions)]
            if len(joined) < 2:
                continue
            years = [int(t.text) for t in tok.sent if t.like_num and len(t.text) == 4 and t.text.isdigit()
                     and 1900 <= int(t.text) <= 2100 and t.i < tok.i]
            day = dt.date(years[-1], 7, 1) if years else self.published
            holders = [c for c in joined if any(h.holds_on(day) for h in self.ad.holders_by_name.get(normalise_name(c.name), []))]
            if len(holders) != 1:
                continue
            holders[0].evidence.append(f"'the {tok.text}': the one office holder of a contest between {len(joined)} people")
            self._add(holders[0], tok.i - 1, tok.i + 1, "role", tok)

    def _marked_appositions(self) -> None:
        """Two appositions the parser often breaks, read from the words: an epithet after a marker of
        another name (``alias_marker``) after a person's name and its comma (``Tom Reed, a.k.a. the
        quiet giant,``), and a definite description right before a person's name set off by dashes
        on both sides (``the third-place finisher - Reed - won``): each is a mention of the one
        named. The description is an article and one to five lower-case words ending in a noun,
        none claimed, up to a comma, a dash or the sentence's end (ents36)."""
        tokens = self.tokens
        dashes = {"-", "\u2013", "\u2014", "--"}
        for cluster in [c for c in self.clusters if c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                span = self.doc.char_span(m.start, m.end)
                if span is None:
                    continue
                first, last = span.start, span.end
                # "<Name> , a.k.a. [.] the <words> ,"
                k = last
                if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower_ in self.ad.words.alias_marker:
                    k += 2
                    if k < len(tokens) and tokens[k].text == ".":
                        k += 1
                    found = self._epithet_after(k, {",", ".", ";", *dashes})
                    if found is not None:
                        cluster.evidence.append(f"{self.doc[found[0]:found[1]].text!r}: an epithet after a.k.a.")
                        self._add(cluster, found[0], found[1], "role", tokens[found[1] - 1])
                # "the <words> - <Name> -"
                if first >= 3 and last < len(tokens) and tokens[first - 1].text in dashes and tokens[last].text in dashes:
                    found = self._description_before(first - 1)
                    if found is not None:
                        cluster.evidence.append(f"{self.doc[found[0]:found[1]].text!r}: a description set off by dashes")
                        self._add(cluster, found[0], found[1], "role", tokens[found[1] - 1])

    def _epithet_after(self, k: int, stops: set[str]) -> tuple[int, int] | None:
        """The token range of ``the <lower-case words> <noun>`` opening at ``k`` and ending right
        before one of ``stops`` (``_marked_appositions``), or None."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].lower_ not in {"the", "a", "an"}:
            return None
        end = k + 1
        while end < len(tokens) and tokens[end].text not in stops and end - k <= 6:
            end += 1
        if end >= len(tokens) or tokens[end].text not in stops or not self._plain_words(k + 1, end):
            return None
        return k, end

    def _description_before(self, dash: int) -> tuple[int, int] | None:
        """The token range of ``the <lower-case words> <noun>`` ending right before ``dash``
        (``_marked_appositions``), or None."""
        tokens = self.tokens
        start = dash - 1
        while start > 0 and dash - start <= 6 and tokens[start].lower_ != "the":
            start -= 1
        if tokens[start].lower_ != "the" or not self._plain_words(start + 1, dash):
            return None
        return start, dash

    def _plain_words(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are one to five lower-case words (hyphens and ordinals inside) ending
        in a noun, none claimed by a mention."""
        words = self.tokens[start:end]
        if not 1 <= len([t for t in words if t.is_alpha]) <= 5 or any(t.i in self.claimed for t in words):
            return False
        if any(not (t.text.islower() or t.text == "-" or t.like_num or t.ent_type_ == "ORDINAL") for t in words):
            return False
        return words[-1].is_alpha and (words[-1].tag_ in {"NN", "NNS", "NNP"} or words[-1].lower_ in self.nouns)

    def _named_after_comma(self) -> None:
        """``Staff alerted Clinton's chief of staff, Cheryl Mills, to ...``: a singular description
        of one person (a role's cluster) written right before ``, NAME,`` (a person's name closed by
        a comma or the sentence's end) is that person, with the description's other mentions,
        however the parser hung the name (issue 15, s17-dev12e)."""
        starts = {}
        for cluster in self.clusters:
            if cluster.type == "PERSON" and cluster.key.startswith("person:"):
                for m in cluster.mentions:
                    if m.kind == "name":
                        starts[m.start] = (cluster, m)
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]:
            for m in list(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.root.tag_ != "NN":
                    continue
                k = span.end
                if k + 1 < len(self.tokens) and self.tokens[k].lower_ == "of" and self.tokens[k + 1].pos_ == "NOUN":
                    k += 2  # "chief of staff" cut at "chief"
                if k + 1 >= len(self.tokens) or self.tokens[k].text != "," or self.tokens[k + 1].idx not in starts:
                    continue
                person, name = starts[self.tokens[k + 1].idx]
                after = self.doc.char_span(name.start, name.end, alignment_mode="expand")
                if after is None or self.sent_of[after.start] != self.sent_of[span.start]:
                    continue
                closed = after.end >= len(self.tokens) or self.tokens[after.end].text in {",", ".", ";"} \
                    or self.sent_of[after.end] != self.sent_of[after.start]
                if not closed or (person.gender and cluster.gender and person.gender != cluster.gender):
                    continue
                person.evidence.append(f"{span.text!r}: written right before {person.name} in apposition")
                person.mentions += [Mention(x.start, x.end, "description", x.head, x.sent) for x in cluster.mentions]
                cluster.mentions.clear()
                break

    # "the first woman to ...", "the only senator who ...": an ordinal or "only" makes a definite
    # description pick out one person, whatever its noun
    UNIQUE_WORDS = frozenset({"first", "second", "third", "last", "only", "sole", "lone"})

    def _described_before_name(self) -> None:
        """``by appointing the first deaf person to the bench, Ann Lee.``, ``She chose her running
        mate, Texas Rep. Tom Reed, on Monday``, ``The first mayor to endorse him was Ann Lee``: a
        definite description of one person written right before ``, NAME`` (the name closed by a
        comma or the sentence's end, no subject of a verb, no member of a list) or as the subject
        of ``was NAME`` is that named person's mention. Its noun is a person's (a role or a person
        noun of the tables) or it is made one by an ordinal with an infinitive (``the first member
        of the board to resign``); the words were left unread (an ordinal makes the role rules
        take it as anyone of that kind). Only the people's names are looked at."""
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                name = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if name is None:
                    continue
                partitive = self._partitive_of_apposed_name(name)
                if partitive is not None:
                    cluster.evidence.append(f"{self.doc[partitive[0]: partitive[1]].text!r}: one of a group, named right after it")
                    self._add(cluster, partitive[0], partitive[1], "description", self.tokens[partitive[0]])
                    continue
                noun = self._description_of_apposed_name(name) or self._description_of_copula_name(name) \
                    or self._fronted_description_of_subject(name)
                if noun is None:
                    continue
                gender = self.ad.person_noun(noun.lemma_)
                if gender is not None and gender.gender and cluster.gender and gender.gender != cluster.gender:
                    continue
                first = noun.left_edge.i
                if self.tokens[first].tag_ == "PRP$":
                    first += 1  # "her running mate": "her" stays the pronoun of the one she is
                cluster.evidence.append(f"{self.doc[first: noun.i + 1].text!r}: describes {cluster.name} before the name")
                held = self._cluster_at(noun.i)
                if held is not None and held is not cluster and held.key.startswith("role:"):
                    span = self.doc[first: noun.i + 1]
                    held.mentions = [x for x in held.mentions if not (x.start < span.end_char and span.start_char < x.end)]
                self._add(cluster, first, noun.i + 1, "description", noun)

    def _partitive_of_apposed_name(self, name: Span) -> tuple[int, int] | None:
        """``One of the two speakers, Ivan Sorokin, said``, ``One of the owners, Ann Pike, has said``: ``one of``
        and a definite plural, closed by a comma right before a person's name that the parser hangs on ``one`` as
        its apposition, picks that person out of the group: the token range of ``One of the two speakers``, or
        None. Read from the parse (the name is ``one``'s apposition), so ``one of the owners, and Ann Pike`` (a
        list) and ``One of the owners, Ann said, is ...`` (no apposition) read nothing."""
        k = name.start - 1
        if k < 4 or self.tokens[k].text != "," or name.root.dep_ != "appos":
            return None
        one = name.root.head
        if one.lower_ != "one" or one.i >= k or self.sent_of[one.i] != self.sent_of[name.start]:
            return None
        prep = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == one.i + 1), None)
        group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if group is None or group.tag_ not in {"NNS", "NNPS"} or group.right_edge.i != k - 1:
            return None
        det = next((c for c in group.children if c.dep_ in {"det", "poss"}), None)
        if det is None or det.lower_ not in {"the", "his", "her", "their", "its"}:
            return None  # "one of many owners": no group the text told of
        if any(self.tokens[i].ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for i in range(one.i, k)):
            return None
        # the group's noun may have been read as an unnamed group or person ("speakers"): it gives way; a name stays
        held = [h for i in range(one.i, k) if i in self.claimed and (h := self._cluster_at(i)) is not None]
        if any(not h.key.startswith(("group:", "role:")) for h in held):
            return None
        start, end = self.tokens[one.i].idx, self.tokens[k - 1].idx + len(self.tokens[k - 1])
        for h in held:
            h.mentions = [x for x in h.mentions if not (x.start < end and start < x.end)]
        return one.i, k

    def _description_of_apposed_name(self, name: Span) -> Token | None:
        """The head noun of ``the first deaf person to the bench`` in ``..., the first deaf person
        to the bench, Ann Lee.``, or None."""
        k = name.start - 1
        while k > name.start - 4 and k >= 0 and k in self.claimed and self.tokens[k].text != ",":
            k -= 1  # the name's own title: "Texas Rep."
        if k < 1 or self.tokens[k].text != "," or self.sent_of[k] != self.sent_of[name.start]:
            return None
        after = name.end
        if after < len(self.tokens) and self.sent_of[after] == self.sent_of[name.start]:
            if self.tokens[after].text not in {",", ".", ";"}:
                return None
            if after + 1 < len(self.tokens) and self.tokens[after + 1].lower_ in {"and", "or"}:
                return None  # "the team, Ann Lee, and Tom Reed": a list
        if name.root.dep_ in SUBJECT_DEPS or any(c.dep_ == "conj" for c in name.root.children):
            return None
        for j in range(k - 1, max(k - 14, -1), -1):
            tok = self.tokens[j]
            if tok.is_punct or tok.tag_ in FINITE_OR_MODAL_TAGS or self.sent_of[j] != self.sent_of[k]:
                return None
            # "its incendiary front-runner, Ann Lee": a lower-case word the tagger took for a proper
            # noun (a hyphenated compound's last part) is a common noun (roles39)
            if (tok.tag_ == "NN" or tok.tag_ == "NNP" and (tok.ent_type_ == "NORP" or tok.is_lower)) \
                    and self._one_person_described(tok, k, self._runs_on_after(name)):
                return tok
        return None

    def _fronted_description_of_subject(self, name: Span) -> Token | None:
        """The head noun of ``A potential running mate pick`` in ``A potential running mate pick, Ann
        Lee is ...``: an indefinite noun phrase opening the sentence and closed by a comma right
        before the name that is its clause's subject is a fronted apposition of that subject (news
        writing's way of introducing what someone is before the clause about them). Its words name
        a person's kind (a person noun or a role of the tables, in the head or a word before it:
        ``pick`` after ``running mate``), so ``A day later, Ann Lee said`` reads nothing (ents38)."""
        root = name.root
        k = name.start - 1
        if root.dep_ not in {"nsubj", "nsubjpass"} or k < 2 or self.tokens[k].text != "," \
                or self.sent_of[k] != self.sent_of[name.start]:
            return None
        noun = self.tokens[k - 1]
        definite = False
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in self.ad.words.office_preposition \
                and noun.head.head.i < noun.head.i and noun.head.head.tag_ in {"NN", "NNP"} and noun.head.head.is_lower:
            # "Now the chancellor of Acme University, Ann Lee has ...": a definite office of a body, fronted the
            # same way, possibly after a time adverb opening the sentence; its phrase ends at the comma (descs41)
            noun, definite = noun.head.head, True
        first = noun.left_edge
        opening = self.sents[self.sent_of[name.start]].start
        if definite:
            if first.lower_ != "the" or noun.right_edge.i not in {k - 1, k} or not (
                    first.i == opening or first.i == opening + 1 and self.tokens[opening].pos_ in {"ADV", "INTJ"}
                    and self.tokens[opening].dep_ == "advmod"):
                return None
        elif noun.tag_ != "NN" or first.lower_ not in self.ad.words.indefinite_article \
                or first.i != opening or noun.right_edge.i != noun.i:
            return None
        if noun.head.i not in {root.i, root.head.i}:
            return None
        # (the definite office may have been read already as an unnamed holder's: that reading gives way)
        unnamed = definite and (held := self._cluster_at(noun.i)) is not None and held.key.startswith("role:")
        if any(t.i in self.claimed and not unnamed or t.ent_type_ in {"PERSON", "ORG"} for t in self.doc[first.i: noun.i + 1]):
            return None
        for j in range(first.i + 1, noun.i + 1):
            tok = self.tokens[j]
            compound = f"{self.tokens[j - 1].lower_} {tok.lemma_.lower()}"
            if self.ad.person_noun(tok.lemma_) is not None or self.ad.person_noun(compound) is not None:
                return noun
            found = self._role_ending_at(j, first.i + 1)
            role = self.ad.role(found[1]) if found else None
            if role is not None and role.kind == "person":
                return noun
        return None

    def _description_of_copula_name(self, name: Span) -> Token | None:
        """The head noun of ``The first mayor to endorse him`` in ``The first mayor to endorse him
        was Ann Lee``, or None."""
        verb = _affirmed_copula(name.root)
        if verb is None:
            return None
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NN"), None)
        if noun is None or not self._one_person_described(noun, verb.i):
            return None
        return noun

    def _runs_on_after(self, name: Span) -> bool:
        """Whether a finite verb follows the comma after ``name`` (an age set off between: ``, 44, said``): the
        name opens its clause as the subject, and the comma before it closes a fronted phrase (``As part of his
        plea, Tom Reed, 44, said``), no apposition (ents45)."""
        k = name.end
        if k + 1 < len(self.tokens) and self.tokens[k].text == "," and self.tokens[k + 1].like_num \
                and k + 2 < len(self.tokens) and self.tokens[k + 2].text == ",":
            k += 2
        return k + 1 < len(self.tokens) and self.tokens[k].text == "," and self.tokens[k + 1].tag_ in FINITE_OR_MODAL_TAGS

    def _one_person_described(self, noun: Token, bound: int, runs_on: bool = True) -> bool:
        """``noun`` heads a definite description of one person, unread, ending before ``bound``; ``runs_on``: a
        finite verb follows the name (``_runs_on_after``), so only a person's noun makes it one."""
        first = noun.left_edge
        # "its co-host, Ann Lee": a body's person is named so as often as a person's relative
        if first.lower_ != "the" and not (first.tag_ == "PRP$" and first.lower_ in {"his", "her", "their", "its"}):
            return False
        if any(i in self.claimed for i in range(first.i, noun.i + 1)) or noun.i >= bound:
            return False
        if any(t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in self.doc[first.i: noun.i + 1]):
            return False
        before = self.tokens[noun.i - 1]
        compound = f"{before.lower_} {noun.lemma_.lower()}"  # "running mate" (the parser: compound or amod)
        if self.ad.person_noun(noun.lemma_) is not None or self.ad.person_noun(compound) is not None:
            return True
        if not runs_on and first.lower_ in {"his", "her"} and noun.tag_ == "NN" and noun.is_lower and noun.i == bound - 1 \
                and all(t.text.islower() and t.dep_ in {"amod", "compound"} for t in self.doc[first.i + 1: noun.i]):
            # "with her friend, Ann Pike, of Lakeside": a person's own noun of one thing, set off right before a
            # person's name, is that person whatever the noun (ents45); "its", "the" need a person's noun
            return True
        if before.text == "-" and noun.i - 2 >= first.i and any(
                self.ad.person_noun(f"{self.tokens[noun.i - 2].lower_}{joint}{noun.lower_}") is not None for joint in ("-", "")):
            return True  # "front-runner", three tokens, a "frontrunner" (roles39)
        if noun.tag_ == "NNP":
            return True  # a nationality noun: "the first Maori American to ..."
        found = self._role_ending_at(noun.i, first.i)
        role = self.ad.role(found[1]) if found else None
        if role is not None and role.kind == "person":
            return True
        unique = any(c.dep_ == "amod" and c.lower_ in self.UNIQUE_WORDS for c in noun.children)
        return unique and any(c.dep_ in {"relcl", "acl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                              for c in noun.children)

    def _open_apposition(self, appos: Token) -> Span | None:
        """The describing words of an apposition ``_plain_apposition`` leaves (see
        ``_open_appositions``), or None."""
        if appos.tag_ != "NN" or appos.i in self.claimed or appos.ent_type_:
            return None
        first = appos.left_edge
        if first.i < 1 or self.tokens[first.i - 1].text != ",":
            return None
        if not self._closed_apposition(appos) or self._listed_apposition(appos):
            return None
        words = list(self.doc[first.i: appos.i + 1])
        # "now a lobbyist", "also once a hopeful": adverbs before the article
        adverbs = 0
        while adverbs < len(words) - 1 and words[adverbs].tag_ == "RB" and words[adverbs].dep_ == "advmod":
            adverbs += 1
        words = words[adverbs:]
        article = words[0].lower_ in self.ad.words.indefinite_article or words[0].lower_ == "the"
        possessor = [j for j, t in enumerate(words) if t.tag_ == "POS" and t.head.dep_ == "poss"
                     and t.head.head.i == appos.i]
        named = [j for j, t in enumerate(words[:-1]) if t.ent_type_ in {"PERSON", "ORG", "GPE"} or t.i in self.claimed]
        if possessor:
            words = words[possessor[-1] + 1:]  # "Microsoft's former head" -> "former head"
        elif named and (article or adverbs):
            words = words[named[-1] + 1:]  # "a Hinge user" -> "user"
        elif adverbs and article:
            pass
        elif not article and not adverbs:
            # a bare role: "executive director of the Harbor Fund", "senior fellow at the institute",
            # "assistant to the governor" (one serving another)
            nxt = self.tokens[appos.i + 1] if appos.i + 1 < len(self.tokens) else None
            if nxt is None:
                return None
            # "Tom Lamb, technical director, said", "Ann Pike, county archivist, who ...": a bare noun set off by
            # commas is what the person is when the noun is a person's (a role or a person noun of the tables);
            # any other noun needs its complement to read as a role ("senior fellow at the institute") (roles46)
            found = self._role_ending_at(appos.i, first.i)
            persons = (found is not None and (r := self.ad.role(found[1])) is not None and r.kind == "person") \
                or self.ad.person_noun(appos.lemma_) is not None
            if not (nxt.text == "," and persons) and (
                    nxt.dep_ != "prep" or nxt.head.i != appos.i or nxt.lower_ not in {"of", "at", "for", "to"}):
                return None
            if any(t.tag_ not in {"JJ", "JJS", "NN", "VBN", "HYPH"} for t in words):
                return None
        else:
            return None
        if not words or any(t.i in self.claimed or t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in words):
            return None
        return self.doc[words[0].i: appos.i + 1]

    @staticmethod
    def _possessive_determiner(first: Token, appos: Token) -> bool:
        """``Sam Field, his personal catcher,``: an apposition opened by a possessive determiner
        of a person (``his``, ``her``, ``their``) that belongs to its head noun says what the
        named one is to someone (a mention of the name, as ``the ...`` is)."""
        return first.tag_ == "PRP$" and first.lower_ in {"his", "her", "their"} and first.dep_ == "poss" \
            and first.head.i == appos.i

    def _merge_introduced(self) -> None:
        """A definite ``the boy`` written before ``a Chinese boy`` (a caption above the story)
        is the boy the article introduces, when it introduces exactly one with that noun."""
        unnamed = [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]
        for role in {c.role for c in unnamed if c.introduced}:
            same = [c for c in unnamed if c.role == role]
            introduced = [c for c in same if c.introduced]
            if len(introduced) != 1:
                continue
            target = introduced[0]
            for other in same:
                if other is target or (other.country and target.country and other.country != target.country):
                    continue
                if not other.marks <= target.marks:
                    continue  # "the club's spokesperson" is not "a Delta spokesperson"
                target.mentions += other.mentions
                target.country = target.country or other.country
                other.mentions = []

    def _merge_named_subjects(self) -> None:
        """``A young blogger goes by the online name Zantor``, ``One volunteer calls himself
        Zantor``: the person the subject describes is the one so named (``_name_gone_by``)."""
        for words, first in self.names_gone_by.items():
            person = self._cluster_at(first)
            noun = self._named_as(self.doc[first:first + len(words)].root)
            if person is None or noun is None:
                continue
            subject = self._cluster_at(noun.i)
            if subject is not None and subject is not person and subject.type == "PERSON" \
                    and subject.key.startswith("role:"):
                self._fold(subject, into=person)

    def _noun_chunks(self) -> list[Span]:
        """The Doc's noun chunks, worked out once: spaCy computes them anew on every access (a
        walk over the whole parse), and two phases read them. Nothing here retokenizes the Doc."""
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks)
        return self._chunks

    def _chunks_and_possessors(self) -> list[Span]:
        """Noun chunks, and the owner of a statement inside them ("the senator's" in "the
        senator's tweet", "the company's" in "the company's statement"), which spaCy leaves
        inside the possessed noun's chunk: a speaker the quotes stage will look for; and a body
        described as the owner of anything ("the automaker's losses"), for the descriptions."""
        statements = self.statements
        spans: list[Span] = []
        for chunk in self._noun_chunks():
            statement = chunk.root.lemma_.lower() in statements
            for token in self.tokens[chunk.start:chunk.end]:  # made once: no new Token per word
                if token.dep_ == "poss" and token.i < chunk.root.i and (token.pos_ == "NOUN" and (
                        statement or self._person_possessor(token) or self._body_possessor(token))
                        or self._titled_possessor(token) or self._party_member_possessor(token)):
                    spans.append(self.doc[token.left_edge.i: token.i + 1])
            spans.append(chunk)
        return spans

    def _party_member_possessor(self, token: Token) -> bool:
        """``the Democrat's`` in ``the Democrat's campaign team``: ``the`` and a singular noun of a
        party's member (a person's role that is a ``party_word``), owning the phrase, is a description
        of someone in the story, as ``the Democrat`` is as a subject; the descriptions phase links it to
        the one person it fits (ents38). The tagger writes the capitalised noun as a proper noun."""
        if token.tag_ not in {"NN", "NNP"} or token.left_edge.i != token.i - 1 or self.tokens[token.i - 1].lower_ != "the":
            return False
        role = self.ad.role(token.text)
        return role is not None and role.kind == "person" and normalise_name(token.text) in self.ad.words.party_word

    def _titled_possessor(self, token: Token) -> bool:
        """``the president's`` in ``the president's refusal``, after ``President Ann Lee``: a
        definite singular person's role owning the phrase, when a person named before holds that
        title (in the text, or in the office holders' table on the publication day), is a description of someone in the story (the one it resolves to). A lower-case role the
        tagger took for a proper noun (``the bishop's claims``, NNP) is the same common noun (ents29)."""
        former = self.ad.words.former_word
        if not (token.tag_ == "NN" or token.tag_ == "NNP" and token.text.islower()) or self.tokens[token.left_edge.i].lower_ != "the":
            return False
        # "the prime minister's", "the German chancellor's" (ents43): the words of a role of several words, and
        # a nationality adjective before it, restrict the description as they do a subject ("the German
        # chancellor said"); the person meant must then be of that country
        between = [t for t in self.tokens[token.left_edge.i + 1: token.i] if t.lower_ in former]
        # the role's words start after a word of the past ("the former president": the role is "president")
        phrase = self._role_ending_at(token.i, max([t.i + 1 for t in between], default=token.left_edge.i + 1))
        opening = phrase[0] if phrase is not None else token.i
        modifiers = [t for t in self.tokens[token.left_edge.i + 1: opening] if t.lower_ not in former]
        country = self.ad.country_of(modifiers[0].text) if len(modifiers) == 1 and modifiers[0].text[:1].isupper() \
            and not self.ad.country_name_of(modifiers[0].text) else None
        if modifiers and country is None:
            return False
        role = self.ad.role(phrase[1]) if phrase is not None else self.ad.role(token.lemma_) or self.ad.role(token.text)
        if role is None or role.kind != "person":
            return False
        key = normalise_name(phrase[1]) if phrase is not None else normalise_name(token.lemma_)
        if country is not None:
            return not between and any(
                c.type == "PERSON" and c.key.startswith("person:") and c.country == country
                and (c.role == key or self._holds_office_of(c, key) or key == "leader" and self._leads_country(c, country))
                and any(m.start < token.idx for m in c.mentions) for c in self.clusters)
        if between:
            # "the former president's remarks": one named before whom the office holders' table gives that
            # office, left before the publication day, may be meant (_past_holder_named decides; descs41)
            return self.published is not None and any(
                c.type == "PERSON" and c.key.startswith("person:") and any(m.start < token.idx for m in c.mentions)
                and any(h.office == key and h.end is not None and h.end <= self.published
                        for h in self.ad.holders_by_name.get(normalise_name(c.name), [])) for c in self.clusters)
        # a person named before whom the text titles so, or whom the office holders' table gives that office
        # on the publication day ("Obama's views ... the president's beliefs"): the possessor is read as the
        # same description standing as a subject would be ("the president said"; ents42)
        return any(c.type == "PERSON" and c.key.startswith("person:") and (c.role == key or self._holds_office_of(c, key))
                   and any(m.start < token.idx for m in c.mentions) for c in self.clusters)

    def _leads_country(self, cluster: Cluster, country: str) -> bool:
        """Whether the office holders' table gives the person, on the publication day, an office of that
        country's leader (``leader`` column: a head of state or government): ``the German leader`` (ents43)."""
        return any(h.leader and h.country == country and h.holds_on(self.published)
                   for h in self.ad.holders_by_name.get(normalise_name(cluster.name), []))

    def _body_possessor(self, token: Token) -> bool:
        """``the automaker's`` in ``the automaker's losses``: a definite singular body's noun
        (a role of kind org) owning the phrase is a description of a body of its own."""
        found = self._role_ending_at(token.i, token.left_edge.i)
        role = self.ad.role(found[1]) if found else None
        return role is not None and role.kind == "org" and token.tag_ == "NN" \
            and self.tokens[token.left_edge.i].lower_ == "the"

    def _named_person_possessor(self, token: Token, root: Token) -> bool:
        """``Reed's parents``, ``Ann Lee's teammates``: a person's name owning a group of people (a plural
        person noun) is a mention of that person, not a word of the group (ents27): a proper noun already
        read as a word of a person's name. ``Ben's niece`` (one relative) is left as it was read."""
        if root.tag_ not in {"NNS", "NNPS"} or token.pos_ != "PROPN" or token.i not in self.claimed:
            return False
        role = self.ad.role(root.lemma_) or self.ad.role(root.text)
        if role is None or role.kind != "person":
            return False
        return any(c.type == "PERSON" and token.text in c.name.split() for c in self.clusters)

    def _person_possessor(self, token: Token) -> bool:
        """``the boy's`` in ``the boy's father``: a person named through their relative (or
        their spokesperson); ``the activist's arrest`` is left to the event stage."""
        role = self.ad.role(token.lemma_) or self.ad.role(token.text)
        owned = self.ad.role(token.head.lemma_) or self.ad.role(token.head.text)
        if role is not None and role.kind == "person" and token.tag_ == "NN" and owned is None:
            # "the singer's last album": a definite occupation owning anything is one person,
            # described (person_nouns.tsv kind identity)
            noun = self.ad.person_noun(token.lemma_) or self.ad.person_noun(token.text)
            return noun is not None and noun.kind == "identity" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        return (role is not None and role.kind == "person" and token.tag_ == "NN"
                and owned is not None and owned.kind == "person")

    def _placed_kind_noun(self, chunk: Span, root: Token) -> bool:
        """``the Harlow, Vermont, school``: ``the``, place names (a town and its state, set off by commas) and the
        noun of a body's kind say no more than ``the school`` does: where the body is, which the text told with
        its name (bodies40, news-dev72). Only a town and its state set off by commas: ``the US company`` or
        ``the US government`` (one country's name) is read as a description with a country, as before."""
        words = [t for t in chunk[1:] if t.i < root.i]
        places = [t for t in words if t.text != ","]
        return chunk[0].lower_ == "the" and root.tag_ == "NN" and len(places) >= 2 and len(places) < len(words) \
            and all(t.ent_type_ in {"GPE", "LOC"} and t.pos_ == "PROPN" for t in places)

    def _described_body(self, root: Token, noun: str, country: str | None, chunk: Span) -> Cluster | None:
        """A named organisation a noun phrase stands in apposition to (``Acme Foods, the company
        which makes it,``), which the text thereby calls ``noun``; and a later plain definite
        (``the company``) when exactly one named body has been called so. Never a guess: with no
        such apposition, or two bodies called so, the phrase stays an entity of its own."""
        # the description's own country words, not a body it names ("the Microsoft rival")
        country = self._description_country([t for t in chunk if t.i < root.i and t.pos_ in {"ADJ", "PROPN", "NOUN"}], noun)
        apposed = self._apposed_body(root)
        if apposed is not None:
            apposed.evidence.append(f"{chunk.text!r}: the article calls {apposed.name} so")
            if root.tag_ in {"NN", "NNP"}:  # ("Acme, one of three rating agencies,": no code of one)
                self._describe_body(apposed, noun, country)
            else:
                apposed.nouns.add(noun)
            return apposed
        if chunk[0].lower_ == "the" and root.tag_ in {"NN", "NNP"} and (subject := self._copula_body(root)) is not None:
            # "Acme is the world's largest carmaker": a definite predicate of an affirmed "be" is
            # the named body it is said of (as "Tom Hale was the man who ..." is Tom Hale)
            subject.evidence.append(f"{chunk.text!r}: the text says {subject.name} is")
            self._describe_body(subject, noun, country)
            return subject
        if (owned := self._country_owned_body(chunk, noun)) is not None:
            return owned  # "the Bank of Ruritania ... Ruritania's central bank"
        if (tail := self._name_tail_body(chunk)) is not None:
            return tail  # "the Welsh Assembly Government ... the assembly government"
        if (topic := self._topic_body(chunk, noun)) is not None:
            return topic  # "chairman of the transportation committee ... the House Transportation Committee"
        # "this party" after "<Name> Party": a demonstrative points back as "the" does (ents33)
        if not (chunk[0].lower_ == "the" or chunk[0].lower_ in self.ad.words.lookback_determiner) \
                or root.tag_ not in {"NN", "NNP"}:
            return None
        # "the company", and "the high court" (a role of two words, roles.tsv) as plain
        plain = len([t for t in chunk if not t.is_punct]) == 2 or (
            " " in noun and [t.lower_ for t in chunk[1:] if not t.is_punct] == noun.split())
        role = self.ad.role(noun)
        # "the auto company", "the car maker": a company's noun led by plain nouns of its trade
        # only, the whole a noun of the kind table (kind_nouns.tsv), says no more than "the
        # company" does ("the aviation industry", "the state gas firm" are not read so)
        words = [t for t in chunk[1:] if t.i <= root.i]
        trade = role is not None and role.sector == "BUS" and country is None and len(words) > 1 and all(
            t.tag_ == "NN" and t.text.islower() and t.dep_ == "compound" for t in words[:-1]) \
            and bool(self.ad.kinds_named(" ".join(t.text for t in words)))
        plain = plain or trade or self._placed_kind_noun(chunk, root)
        # Only a description that gives a country ("The Dutch retailer") stands for a body named
        # before: "the regional giant" may be a country too; "the US government" is a state's own
        # body, never a named one guessed.
        if not plain and (country is None or role is None or role.sector is None
                          or role.sector in self.ad.words.state_sector or not self._definite_description(chunk, country)):
            return None
        # "The Dutch retailer said": a body of the noun's kind and of no other country
        # ... or whose name ends in the noun ("Home Life magazine ... The magazine said"), or called by
        # the noun with words before it ("Irish national airline Acme ... The airline"), for a noun of
        # a kind of the kind table ("the little-known firm" is no "state gas firm")
        kinded = bool(self.ad.kinds_named(noun))
        party: Cluster | None = None
        called = [c for c in self.clusters
                  if (any(n == noun or kinded and n.endswith(" " + noun) for n in c.nouns)
                      or self._name_ends_in(c, noun))
                  and c.country in (None, country or c.country) and any(m.end <= chunk.start_char for m in c.mentions)]
        called = self._one_body_of_names(called)  # "the court" after "U.S. Supreme Court ... Supreme Court" (bodies39)
        if not called and plain:
            called = self._title_bodies(noun, chunk)  # "Supreme Court Justice Ann Lee ... the court"
        if not called:
            called = self._only_company_before(noun, chunk) if plain else self._bodies_of_kind_before(noun, chunk, country)
            if plain:
                # a company is no other argument of its own clause ("Acme gave control of the
                # company to Zenco": the company is not Acme; an owner may be: "Acme released a
                # version of the company's software", as "its" would)
                verb = next((a for a in chunk.root.ancestors if a.pos_ in {"VERB", "AUX"}), None) \
                    if chunk.root.dep_ != "poss" else None
                called = [c for c in called if verb is None or not any(
                    m.head.dep_ in SUBJECT_DEPS and m.head.head.i == verb.i for m in c.mentions)]
            if plain and len(called) > 1:
                called = self._company_meant(noun, chunk, called)
                # right after a sentence whose one party of the kind is a company: read as "it" is
                party = self._sole_party(noun, chunk, called) if len(called) > 1 else None
                called = [party] if party is not None else called
        if plain and party is None and role is not None and role.sector == "BUS" and noun not in self.ad.words.agency_noun:
            # "... a drop in the oil giant Acme. The company reported": the firm the sentence before ends on
            ending = self._company_ending_sentence_before(noun, chunk, self._only_company_before(noun, chunk))
            if ending is not None:
                called, party = [ending], ending
        if len(called) != 1 or (party is None and self._other_body_nearer(called[0], noun, chunk, country)):
            return None
        if plain and self._name_ends_in(called[0], noun):
            called[0].evidence.append(f"{chunk.text!r}: the only body named before whose name it heads")
        if not plain:
            called[0].evidence.append(f"{chunk.text!r}: the only body of that kind named before")
            self._describe_body(called[0], noun, country)
        return called[0]

    def _body_named_after_indefinite(self, chunk: Span) -> Cluster | None:
        """The named body of ``a small consumer group, Harbor Watch,``: an indefinite singular noun of a
        kind of body (``_body_kind_noun``) whose apposition is a body's name right after its comma, the name
        closed by a comma, a full stop or the sentence's end (bodies32); None otherwise."""
        root = chunk.root
        k = root.i + 2
        if chunk[0].lower_ not in self.ad.words.indefinite_article or root.tag_ != "NN" or chunk.end != root.i + 1 \
                or k >= len(self.tokens) or self.tokens[root.i + 1].text != "," or not self._body_kind_noun(root):
            return None
        if not any(c.dep_ == "appos" and c.i >= k for c in root.children):
            return None
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:"):
                continue
            for m in cluster.mentions:
                if m.kind != "name" or m.start != self.tokens[k].idx:
                    continue
                name = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if name is None or name.root.dep_ != "appos" or name.root.head.i != root.i:
                    continue
                after = name.end
                if after >= len(self.tokens) or self.tokens[after].text in {",", ".", ";"} \
                        or self.sent_of[after] != self.sent_of[name.start]:
                    return cluster
        return None

    @staticmethod
    def _body_standing(root: Token) -> bool:
        """A noun that is also a common word (``trust``, ``fund``) read as a body only where a body acts or
        owns: the subject of a verb or a possessor, with nothing after it that makes it the common word (``the
        trust of voters``, ``the trust they had``: no complement, clause or apposition of its own)."""
        return root.dep_ in SUBJECT_DEPS | {"poss"} and not any(
            c.dep_ in {"prep", "relcl", "acl", "appos", "compound"} and c.i > root.i for c in root.children)

    def _headed_by_body_noun(self, cluster: Cluster, noun: str) -> bool:
        """A body whose name ends in a noun of a kind of body other than ``noun`` (``Harlow Foundation``
        before ``business``): a role of kind org or a noun any body is called by (bodies32)."""
        last = normalise_name(cluster.name).split()[-1:]
        if not last or last[0] == noun:
            return False
        role = self.ad.role(last[0])
        return role is not None and role.kind == "org" or last[0] in self.ad.words.description_body_noun

    def _trait_described_body(self, chunk: Span, noun: str) -> Cluster | None:
        """``the Harlow Water Foundation ... the charitable foundation``: ``the``, one or more plain lower-case
        adjectives (``_plain_adjective``: no words of their own, no superlative, not ``other`` or ``new``) and
        a body's kind noun say how the text sees a body, not which one: the one body named before whose name
        the noun heads (``_name_ends_in``, as for a plain ``the foundation``), when exactly one is and no
        adjective sets the body apart (``another_body_word``: ``the rival foundation``) or names a country
        (bodies32)."""
        root = chunk.root
        words = self.ad.words
        before = [t for t in chunk[1:] if t.i < root.i]
        if chunk[0].lower_ != "the" or root.tag_ != "NN" or not before or chunk.end != root.i + 1:
            return None
        not_this = words.other_determiner | words.generic_modifier | words.tenure_word | words.another_body_word \
            | words.former_word
        if not all(self._plain_adjective(t, not_this) and t.head.i == root.i and not self.ad.country_of(t.text)
                   for t in before):
            return None
        called = [c for c in self.clusters if self._name_ends_in(c, noun)
                  and any(m.kind == "name" and m.end <= chunk.start_char for m in c.mentions)]
        if len(called) != 1:
            return None
        called[0].evidence.append(f"{chunk.text!r}: the only body named before whose name its noun heads")
        return called[0]

    def _name_tail_body(self, chunk: Span) -> Cluster | None:
        """``the Welsh Assembly Government ... the assembly government``: ``the`` and two or more
        lower-case words that are the last words of the name of the one body named before (a
        longer name, opening with a capitalised word left out here) are that body."""
        words = [t.lower_ for t in chunk[1:] if not t.is_punct]
        if chunk[0].lower_ != "the" or len(words) < 2 or not all(t.text.islower() for t in chunk[1:] if not t.is_punct):
            return None
        found = [c for c in self.clusters if c.type == "ORG" and any(m.end <= chunk.start_char for m in c.mentions)
                 and len(name := normalise_name(c.name).split()) > len(words) and name[-len(words):] == words
                 and c.name.split()[-len(words) - 1][:1].isupper()]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the last words of the name of the one body so named before")
        return found[0]

    def _bodies_named_before(self, offset: int) -> list[tuple[Cluster, set[str]]]:
        """The bodies (ORG clusters with a key of their own) named by name before ``offset``, each with its sectors
        (the cluster's, else the actor dictionary's): the candidates of ``the group`` and ``the network``."""
        found = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= offset and m.kind == "name" for m in cluster.mentions):
                continue
            found.append((cluster, set(cluster.sectors or getattr(self.ad.dictionary_actor(cluster.name, self.published),
                                                                  "sectors", ()))))
        return found

    def _name_ends_in(self, cluster: Cluster, noun: str) -> bool:
        """A body whose name ends in ``noun`` after a word of a name (``Home Life magazine`` for
        ``the magazine``): a capitalised word before the noun that is no country's. A body the
        text only described (an earlier ``the company``, ``the American company``, left an entity
        of its own) has no such name: its noun is no evidence that a later ``the company`` is it,
        and taking it so joined descriptions of different firms into one entity and kept the
        named firm meant from being found (MEANTIME test half, issue 15, session 12).
        The name's head word counts as its end (issue 15, bodies31): the word before ``of`` (``the
        bureau`` is the ``Federal Bureau of Investigation``), also of the full name the tables give a
        short one (``FBI``); a noun of two words ends the name with them or with a kind of it the
        kind table names (``the high court`` is the ``Supreme Court``), or for a body's noun one word of its
        kind (``the school``: ``Harlow University``)."""
        if cluster.type != "ORG":
            return False
        # a body's noun also ends a name in one word of its kind (``the school`` heads ``Harlow University``,
        # ``the airline`` ``Acme Airways``: kind_nouns.tsv; descs41)
        body = getattr(self.ad.role(noun), "kind", None) == "org"
        wanted = [noun.split(), *(k.split() for k in self.ad.kinds_named(noun) if " " in k or body)]
        return any(self._name_headed_by(name, words) for name in self._body_full_names(cluster) for words in wanted)

    def _body_full_names(self, cluster: Cluster) -> list[str]:
        """The body's name and the full name the organisations table gives it (``FBI``: ``Federal
        Bureau of Investigation``)."""
        org = self.ad.organisation(cluster.name)
        return [cluster.name, org.name] if org is not None and org.name != cluster.name else [cluster.name]

    def _name_headed_by(self, name: str, noun: list[str]) -> bool:
        """``name`` (``Federal Bureau of Investigation``, ``Home Life magazine``) has ``noun``'s words
        as its head (its last words, or the words before its first ``of``, or before the ``on`` of a remit:
        ``the committee`` is the ``Select Committee on <Place>``, names38) after a capitalised word that is no
        country's."""
        words = name.split()
        cut = next((k for k in range(1, len(words)) if words[k] in _HEAD_COMPLEMENT_PREPOSITIONS), None)
        named_after = cut is not None and any(w[:1].isupper() for w in words[cut + 1:])
        if cut is not None:
            words = words[:cut]
        n = len(noun)
        # a noun of two words names a body on its own (``Supreme Court``); one word needs a name before it, or a
        # capitalised complement after it (``Department for Harbour Affairs``, ``Port of Harlow``: the head opens
        # the name, descs46)
        return len(words) >= n and [normalise_name(w) for w in words[-n:]] == noun and (n > 1 or named_after or any(
            w[:1].isupper() and not self.ad.country_of(w) for w in words[:-n]))

    def _bodies_of_kind_before(self, noun: str, chunk: Span, country: str | None) -> list[Cluster]:
        """The named bodies before a described one (``the Italian car maker``) that may be it:
        of the noun's sector or of none known (a body coded otherwise is another kind: a
        party is no car maker), and of the description's country or none. More than one: no
        link."""
        role = self.ad.role(noun)
        found = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char for m in cluster.mentions):
                continue
            if country is not None and cluster.country not in (None, country):
                continue
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if not sectors or (role is not None and role.sector in sectors) \
                    or normalise_name(cluster.name).split()[-1] in self.ad.words.company_word:
                found.append(cluster)
        return found

    def _apposed_body(self, root: Token) -> Cluster | None:
        """The named body a noun phrase stands in apposition to (``Acme Foods, the company which
        makes it,``, ``Acme, a Dutch retailer,``)."""
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
        if not any(c.dep_ == "cc" for c in root.children):
            # "<Name>'s PAC, American Crossroads.": a name after a comma with no "and" or "or", closing
            # the sentence or between commas, is the apposition the parser read as a conjunct (ents38)
            partners += [c for c in root.children if c.dep_ == "conj" and c.left_edge.i == root.i + 2
                         and self.tokens[root.i + 1].text == "," and c.right_edge.i + 1 < len(self.tokens)
                         and self.tokens[c.right_edge.i + 1].text in {".", ","}]
        for token in partners:
            for cluster in self.clusters:
                if cluster.type == "ORG" and not cluster.key.startswith("org:None:") and any(
                        m.head.i == token.i for m in cluster.mentions):
                    return cluster
        return None

    def _describe_body(self, cluster: Cluster, noun: str, country: str | None) -> None:
        """What a description says of a named body: the noun it is called by, its country (a
        country the body has from its name or the tables wins) and the noun's sector."""
        cluster.nouns.add(noun)
        cluster.country = cluster.country or country
        role = self.ad.role(noun)
        if not cluster.sectors and role is not None and role.sector:
            cluster.sectors = [role.sector]

    def _definite_description(self, chunk: Span, country: str | None) -> bool:
        """``the Italian car maker``, ``the only major Japanese car firm``: a definite singular
        body noun with words before it, none of them capitalised but a country's adjective (a
        capitalised word names a body of its own: ``the Fiat car maker``), nor a number."""
        before = [t for t in chunk if t.i < chunk.root.i and t.i > chunk.start]
        if any(t.like_num or t.tag_ in {"POS", "PRP$"} for t in before):
            return False
        return country is not None and all(self.ad.country_of(t.text) for t in before if t.text[:1].isupper())

    def _copula_body(self, root: Token) -> Cluster | None:
        """The named body (not a place or a state's body) whose affirmed ``be`` has ``root`` as
        its predicate (``Acme is the largest carmaker``; not ``Acme is not ...``)."""
        verb = _affirmed_copula(root)
        if verb is None:
            return None
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            body = next((c for c in self.clusters if c.type == "ORG" and not c.key.startswith("org:None:")
                         and not self.ad.words.state_sector & set(c.sectors)
                         and any(m.head.i == subject.i and m.kind == "name" for m in c.mentions)), None)
            if body is not None:
                return body
        return None

    def _predicate_of_body(self, root: Token, noun: str, chunk: Span) -> bool:
        """``Acme is a Japanese car firm``, ``Acme, a Dutch retailer, said``: an indefinite body
        noun said of a named body (the predicate of an affirmed ``be`` or an apposition) gives
        the body its country and sector and the noun it is called by; no mention of its own."""
        body = None
        verb = root.head
        if root.dep_ == "attr" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                body = next((c for c in self.clusters if c.type == "ORG" and not c.key.startswith("org:None:")
                             and any(m.head.i == subject.i for m in c.mentions)), None)
                if body is not None:
                    break
        elif root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
            body = self._apposed_body(root)
        if body is None or root.tag_ not in {"NN", "NNP"}:
            return False
        country = self._description_country([t for t in chunk if t.i < root.i and t.pos_ in {"ADJ", "PROPN", "NOUN"}], noun)
        body.evidence.append(f"{chunk.text!r}: the article says {body.name} is one")
        self._describe_body(body, noun, country)
        return True

    def _only_company_before(self, noun: str, chunk: Span) -> list[Cluster]:
        """``the company`` that no apposition names: the one business the article has named
        before it (a body the tables code BUS, or uncoded with a company's word ending its
        name: ``Acme Holdings``, ``Titan Inc``); ``the newspaper``, ``the broadcaster``: the one
        medium (MED) named before it. Two such bodies: both, so no link."""
        if noun in self.ad.words.agency_noun:
            return self._only_agency_before(noun, chunk)
        role = self.ad.role(noun)
        if role is None or role.sector not in {"BUS", "MED"}:
            return []
        found = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char for m in cluster.mentions):
                continue
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            last = normalise_name(cluster.name).split()[-1:]
            if role.sector == "MED" and last and last[0] in self.ad.words.media_title \
                    and not self.ad.words.state_sector & set(sectors):
                found.append(cluster)  # "the Harbor Journal ... the newspaper": a paper's title (ents38)
                continue
            if role.sector in sectors or (role.sector == "BUS" and not sectors
                                          and cluster.country not in self.ad.words.international_code
                                          and normalise_name(cluster.name).split()[-1]
                                          in self.ad.words.company_word | self.ad.words.description_firm_word):
                found.append(cluster)
        if not found and role.sector == "BUS":
            found = self._sole_uncoded_body(chunk)
        if len(found) > 1:
            # "the Harbor Journal ... the Journal": a body named by the last words of another's name
            # is that body (the two join later), not a second one (ents38)
            names = [normalise_name(c.name).split() for c in found]
            found = [c for c, words in zip(found, names, strict=True)
                     if not any(len(other) > len(words) and other[-len(words):] == words for other in names)]
        if len(found) == 1 and role.sector == "BUS":
            found += self._partner_bodies(found[0], chunk)
        if len(found) == 1:
            found[0].evidence.append(f"{chunk.text!r}: the only {'company' if role.sector == 'BUS' else 'medium'} named before")
        return found

    def _partner_bodies(self, company: Cluster, chunk: Span) -> list[Cluster]:
        """``Harlow Motors and Pexton Steel announced a venture``, ``Acme Foods agreed to buy
        Bellmont Dairies``: a body no table codes and whose name ends in no company's word, named
        before the description joined by ``and`` to the company or as the object of the company's
        verb (or of a verb under it: ``agreed to buy``), is a partner or a target of the deal and
        may be a company as well; it fits ``the company`` alike, so no link (issue 15, s19-guess19)."""
        heads = [m.head for m in company.mentions if m.end <= chunk.start_char and m.kind == "name"]
        joined = {c.i for h in heads for c in h.conjuncts}
        objects: set[int] = set()
        for h in heads:
            if h.dep_ not in SUBJECT_DEPS:
                continue
            verbs = [h.head, *(c for c in h.head.children if c.dep_ in {"xcomp", "conj"})]
            for verb in verbs:
                for c in verb.children:
                    if c.dep_ == "dobj":
                        objects.add(c.i)
                    elif c.dep_ == "prep":
                        objects |= {g.i for g in c.children if g.dep_ == "pobj"}
        found = []
        for other in self.clusters:
            if other is company or other.type != "ORG" or not other.key.startswith("org:") \
                    or other.key.startswith("org:None:") or other.sectors \
                    or other.country in self.ad.words.international_code \
                    or self.ad.dictionary_actor(other.name, self.published) is not None:
                continue
            if any(m.end <= chunk.start_char and m.kind == "name" and (m.head.i in joined or m.head.i in objects)
                   for m in other.mentions):
                found.append(other)
        return found

    def _only_agency_before(self, noun: str, chunk: Span) -> list[Cluster]:
        """``the FBI's review of the case ... the agency concluded``: ``the agency``, ``the bureau``
        (``agency_noun`` in actor_words.tsv) that no apposition names is the one named body of an
        agency's sectors (a state's executive, police or intelligence body: no legislature, party,
        firm or medium) the article named before it. Two such bodies, or one and a department of
        justice or an army (a state's body that may be called so too): no link."""
        sectors = self.ad.words.agency_noun[noun]
        found, rivals = [], []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char and m.kind == "name" for m in cluster.mentions):
                continue
            coded = set(cluster.sectors or getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if coded and coded <= sectors:
                found.append(cluster)
            elif coded & (self.ad.words.state_sector - {"LEG", "PTY", "OPP"}):
                rivals.append(cluster)
        found += rivals if found else []
        if len(found) == 1:
            found[0].evidence.append(f"{chunk.text!r}: the only {noun} named before")
        return found

    def _sole_uncoded_body(self, chunk: Span) -> list[Cluster]:
        """``Zentrova said its profits fell. The firm blamed ...``: a body no table codes, the only
        body the article has named before the description, the subject of its sentence or the one
        before: the description says what it is (none when any other body was named before, or
        when the body was only an object: ``X agreed to buy Novacore. The firm`` is X)."""
        before = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                  and any(m.end <= chunk.start_char for m in c.mentions)]
        if len(before) != 1:
            return []
        body = before[0]
        here = self.sent_of[chunk.root.i]
        if body.key.startswith("org:None:") or body.sectors or body.country in self.ad.words.international_code \
                or self.ad.dictionary_actor(body.name, self.published) is not None \
                or not any(here - 1 <= m.sent <= here and self._body_subject(m.head)
                           for m in body.mentions if m.end <= chunk.start_char):
            return []
        return [body]

    def _company_meant(self, noun: str, chunk: Span, companies: list[Cluster]) -> list[Cluster]:
        """Of several companies named before ``the company``, ``the airline``, ``the automaker``:
        those of the noun's kind when any is (the text called them by the noun or a noun of its
        kind, ``kind_nouns.tsv``: ``the automaker`` after ``carmaker Acme``; or the noun ends
        their name, as the table says: ``Zenco Airlines`` for ``the airline``); then of those, the one that is
        the subject of a clause holding the description in its own sentence (``Acme said the company
        will grow``, as for ``its``). Else all: the one named last is no evidence (issue 15,
        s19-guess19: the subject of the latest sentence is no longer taken); the caller then asks
        :meth:`_sole_party` whether the sentence just before is about one of them (``Acme
        cut jobs. Zenco hired. The company said`` is Zenco, as ``it`` would be; ``Acme sued Zenco.
        The company said``: no link)."""
        fitting = [c for c in companies if self._of_kind(noun, c)] or companies
        if len(fitting) < 2:
            return fitting
        here = self.sent_of[chunk.root.i]
        governing = {a.i for a in chunk.root.ancestors}
        subjects = [c for c in fitting if any(
            m.sent == here and m.end <= chunk.start_char and self._body_subject(m.head)
            and self._subject_verb(m.head) in governing for m in c.mentions)]
        if len(subjects) == 1:
            subjects[0].evidence.append(f"{chunk.text!r}: the company of its kind that is the subject of the clause "
                                        f"holding it")
            return subjects
        return fitting

    def _sole_party(self, noun: str, chunk: Span, fitting: list[Cluster]) -> Cluster | None:
        """``Tarsen Holdings and Velko Industries bid. Velko Industries won the contract. The company
        said``: a plain company noun (``the company``, ``the firm``, ``the carmaker``) that opens no
        clause of a company's own is read as ``it`` would be right after a sentence about one company:
        the one body of those that fit (``fitting``) that is a party of the sentence just before (its
        subject, one of its objects, the agent of its passive, or the possessor of its subject), when
        no other body that may be a company is named there but as a modifier of a noun (``bought
        forty Kestrel Motors trucks``) or in a title of a work, and none is named in the
        description's own sentence before it. Two such parties (``Velko Industries sued Tarsen
        Holdings. The company said``), or none: no link (issue 15, brief s19-company19). A body named
        only in an earlier sentence does not compete: the sentence before is about the one."""
        here = self.sent_of[chunk.root.i]
        role = self.ad.role(noun)
        if here == 0 or noun in self.ad.words.agency_noun or role is None or role.sector != "BUS":
            return None  # a company's noun only ("the agency", "the newspaper" stay as they were)
        kinded = bool(self.ad.kinds_named(noun))
        rivals = list(fitting)
        if not kinded:
            # an uncoded body no table knows (``Regulators fined Brannock and Ostrey``) may be a company
            rivals += [c for c in self.clusters if c not in rivals and c.type == "ORG" and c.key.startswith("org:")
                       and not c.key.startswith("org:None:") and not c.sectors
                       and c.country not in self.ad.words.international_code
                       and self.ad.dictionary_actor(c.name, self.published) is None]
        named_before: list[Cluster] = []
        parties: list[Cluster] = []
        for cluster in rivals:
            seen = [m for m in cluster.mentions if m.end <= chunk.start_char and m.sent in (here - 1, here)
                    and not self._body_name_as_modifier(m)]
            if any(m.sent == here for m in seen):
                return None  # "After Corbel Foods cut its prices, the firm said": either
            if seen:
                named_before.append(cluster)
                if any(self._party_of_clause(m.head) for m in seen):
                    parties.append(cluster)
        if len(parties) == 1 and len(named_before) > 1:
            # "Zenco, the parent company of Acme, rose. The company said": a body named only inside
            # the one party's own phrase (its apposition, its modifier) is no party of the sentence
            inside = {t.i for m in parties[0].mentions if m.sent == here - 1 for t in m.head.subtree}
            named_before = [c for c in named_before if c is parties[0] or any(
                m.sent == here - 1 and m.head.i not in inside for m in c.mentions if m.end <= chunk.start_char)]
        if len(named_before) != 1 or parties != named_before or parties[0] not in fitting:
            return None
        parties[0].evidence.append(f"{chunk.text!r}: the only company of its kind that is a party of the sentence before")
        return parties[0]

    def _country_owned_body(self, chunk: Span, noun: str) -> Cluster | None:
        """``the Bank of Ruritania ... Ruritania's central bank``, ``the Ruritanian Defence Ministry ...
        Ruritania's defence ministry``: a country's possessive before a body's noun (the whole phrase
        after it a body's noun of the roles table, no other word: ``Ruritania's largest bank`` is none)
        is the one body of that country named before whose name holds the noun's head word."""
        marks = [t for t in chunk if t.tag_ == "POS"]
        if len(marks) != 1 or marks[0].i == chunk.start:
            return None
        mark = marks[0]
        place = self.doc[chunk.start: mark.i]
        if place[0].lower_ == "the":
            place = place[1:]
        after = [t.lower_ for t in self.doc[mark.i + 1: chunk.root.i + 1]]
        if not len(place) or " ".join(after) != noun or any(not t.is_lower for t in self.doc[mark.i + 1: chunk.root.i + 1]):
            return None
        country = self.ad.country_name_of(place.text)
        if country is None:
            return None
        head = chunk.root.lower_
        found = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:") and c.country == country
                 and head in normalise_name(c.name).split()
                 and any(m.kind == "name" and m.end <= chunk.start_char for m in c.mentions)]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the one body of that country named before with a {head} in its name")
        return found[0]

    def _described_company_continuing(self, noun: str, chunk: Span) -> Cluster | None:
        """``Acme rose 2 percent. The online retail giant reported ...``: ``the``, plain lower-case
        words of its trade or kind (no number, possessor, capitalised word, nor a word that makes it
        another, a new or a ranked one: ``the other firm``, ``the largest retailer``) and a company's
        noun, opening its sentence as its subject, say what the one company the sentence just before
        is about is (its sole party, as for ``the company``, :meth:`_sole_party`)."""
        role = self.ad.role(noun)
        if role is None or role.kind != "org" or role.sector != "BUS" or chunk[0].lower_ != "the" \
                or chunk.root.tag_ != "NN" or chunk.root.dep_ not in SUBJECT_DEPS:
            return None
        words = self.ad.words
        not_this = words.other_determiner | words.generic_modifier | words.tenure_word
        before = [t for t in chunk[1:] if t.i < chunk.root.i]
        if not before or any(not t.text.islower() or t.tag_ not in {"JJ", "NN"} or t.dep_ not in {"amod", "compound"}
                             or t.lower_ in not_this or t.head.i > chunk.root.i or t.head.i < chunk.start for t in before):
            return None
        here = self.sent_of[chunk.root.i]
        first = next((t for t in self.sents[here] if not (t.is_punct or t.is_space)), None)
        if first is None or first.i != chunk.start:
            return None
        companies = self._only_company_before(noun, chunk)
        party = self._sole_party(noun, chunk, companies) if companies else None
        if party is not None:
            party.nouns.add(noun)
        return party

    def _company_ending_sentence_before(self, noun: str, chunk: Span, fitting: list[Cluster]) -> Cluster | None:
        """``The index fell on a drop in the oil firm Acme. The company reported ...``: a plain company
        noun opening its sentence (its subject) right after a sentence that ends in a company's name
        (the last words before its full stop), given there with a noun of a body's kind before it
        (``the oil firm Acme``, ``the retailer Acme``: the sentence introduces the firm it ends on), is
        that company, when no other company that fits is a party of that sentence (``Zenco sued the
        rival firm Acme. The company said``: either, no link)."""
        here = self.sent_of[chunk.root.i]
        if here == 0 or chunk.root.dep_ not in SUBJECT_DEPS:
            return None
        sent = self.sents[here]
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if first is None or first.i != chunk.start:
            return None
        before = self.sents[here - 1]
        words = [t for t in before if not (t.is_punct or t.is_space)]
        if not words:
            return None
        last = words[-1]
        ending = [c for c in fitting if any(m.kind == "name" and m.start <= last.idx < m.end for m in c.mentions)]
        if len(ending) != 1:
            return None
        body = ending[0]
        name = next(m for m in body.mentions if m.kind == "name" and m.start <= last.idx < m.end)
        span = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        kind = self._role_ending_at(span.start - 1, before.start) if span is not None and span.start > before.start else None
        role = self.ad.role(kind[1]) if kind else None
        if role is None or role.kind != "org" or role.sector != "BUS":
            return None  # "Zenco sued Acme. The company said": no noun introduces the firm it ends on
        if any(c is not body and any(m.sent == here - 1 and self._party_of_clause(m.head) for m in c.mentions)
               for c in fitting):
            return None
        body.evidence.append(f"{chunk.text!r}: opens the sentence after the one that ends in its name")
        return body

    def _body_name_as_modifier(self, mention: Mention) -> bool:
        """A body's name that only modifies a noun (``Kestrel Motors trucks``, not ``carmaker Acme``
        nor ``the Acme company``) or stands in a title of a work: no party of its sentence."""
        head = mention.head
        if head.ent_type_ == "WORK_OF_ART":
            return True
        if head.dep_ not in {"compound", "amod", "nmod"}:
            return False
        noun = head.head
        found = self._role_ending_at(noun.i, noun.left_edge.i)
        role = self.ad.role(found[1]) if found else None
        return role is None or role.kind != "org"

    def _party_of_clause(self, head: Token) -> bool:
        """A body's name (its head word) that is a party of its clause: a subject (or one of subjects
        joined by "and", or a name within the subject), a direct or indirect object (or one of
        several), the agent of a passive (``bought by Acme``), or the possessor of a subject (``Acme's profits
        doubled``)."""
        if self._subject_verb(head) is not None:
            return True
        for _ in range(2):
            if head.dep_ in ("compound", "appos") and head.head.tag_ not in {"NNS", "NNPS"}:
                head = head.head
        if head.dep_ == "conj":
            head = head.head
        if head.dep_ in {"dobj", "dative", "nsubj", "nsubjpass"}:
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return True
        owned = head.head.head if head.head.dep_ == "conj" else head.head
        return head.dep_ == "poss" and owned.dep_ in SUBJECT_DEPS

    def _of_kind(self, noun: str, cluster: Cluster) -> bool:
        """The text called the body by ``noun`` or a noun of its kind (``kind_nouns.tsv``), or its
        name ends in a word the table names for the noun (``Airlines``, ``Airways`` for
        ``airline``; ``Acme Company`` is of no more kind than any company)."""
        others = set(self.ad.kinds_named(noun))
        kinds = {normalise_name(noun)} | others
        last = normalise_name(cluster.name).split()[-1:] or [""]
        called = {n.split()[-1] for n in cluster.nouns if n} | cluster.nouns
        return bool(called & (kinds | {k + "s" for k in kinds})) or last[0] in others

    def _other_body_nearer(self, called: Cluster, noun: str, chunk: Span, country: str | None = None) -> bool:
        """``Tesco and Unilever clashed after the company said``: another body of the noun's
        kind (a company for ``the company``) named in the same or the previous sentence, after
        the last mention of the body called so, may be the one meant: no guess. A body of
        another country than the description gives is not (``Acme's orders with the US maker``
        after a Dutch Acme), nor one of another kind when the body called so is of the noun's
        kind and the noun has kinds in ``kind_nouns.tsv`` (:meth:`_of_kind`: ``Zenco Airlines
        bought Acme jets. The airline said``; any company may be ``the company``)."""
        role = self.ad.role(noun)
        if role is None or role.sector is None:
            return False
        here = self.sent_of[chunk.root.i]
        start = chunk.start_char
        last = max((m.start for m in called.mentions if m.start < start), default=-1)
        # a body whose name is headed by the noun (``the bureau``: the Federal Bureau of Investigation)
        # is of the kind; another body of the sector is not (a firm's noun is any firm's: ``Acme
        # Company`` is of no more kind than ``Zenco Ltd``)
        headed = role.sector not in {"BUS", "MED"} and self._name_ends_in(called, noun)
        # "Acme, the parent company of Zenco, rose. The company said": a body named inside the called
        # body's own phrase (its apposition) is part of what is said of it, no rival nearer
        inside = {t.i for m in called.mentions if m.kind == "name" and here - m.sent <= 1 for t in m.head.subtree}
        full = normalise_name(called.name).split()
        for other in self.clusters:
            tail = normalise_name(other.name).split()
            if tail and len(tail) < len(full) and full[-len(tail):] == tail:
                continue  # "the Harbor Journal ... the Journal": the same body by its name's last words (ents38)
            if _head_moved(full, tail):
                continue  # "the Labor Department ... the Department of Labor": one body, its head moved (descs46)
            if other is called or other.type != "ORG" or not other.key.startswith("org:") \
                    or country is not None and other.country not in (None, country) \
                    or self.ad.kinds_named(noun) and self._of_kind(noun, called) and not self._of_kind(noun, other) \
                    or headed and not self._name_ends_in(other, noun):
                continue
            sectors = other.sectors or list(getattr(self.ad.dictionary_actor(other.name, self.published), "sectors", ()))
            if role.sector in sectors and any(last < m.start < start and here - m.sent <= 1 and m.head.i not in inside
                                              for m in other.mentions):
                return True
        return False

    def _apposed_person(self, root: Token) -> Cluster | None:
        """The named person a role description stands in apposition to, if any (none for a
        plural: ``Two former FBI directors, X and Y,`` are two people)."""
        if root.tag_ in {"NNS", "NNPS"}:
            return None
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
            # "Sebastian Vettel, the four-time world champion whom ...": the parser may hang the
            # apposition on a word further back; the name right before its comma is its partner
            first = root.left_edge.i
            if first >= 2 and self.tokens[first - 1].text == ",":
                before = self.tokens[first - 2]
                if self._apposition_of_conjunct(root):
                    partners.insert(0, before)  # "Tom Reed and Ann Moss, Mark Moss's wife,": Moss's
                else:
                    partners.append(before)
            # "Senator Ann Lee of Ohio, a Democrat,": hung on the place that names where she is from
            host = root.head
            if host.dep_ == "pobj" and host.head.lower_ in {"of", "from"} and host.head.head.ent_type_ == "PERSON":
                partners.append(host.head.head)
        partners += self._second_subject_partner(root)
        # "from the Democratic front-runner, Ann Lee, to ...": the name hung on a word further back
        after = root.i + 2
        if after < len(self.tokens) and self.tokens[root.i + 1].text == ",":
            name = self.tokens[after]
            while name.dep_ == "compound" and name.head.i > name.i:
                name = name.head
            if name.dep_ == "appos" and name.ent_type_ == "PERSON" and _apposition_host(name).i == root.i:
                partners.append(name)
        # "The mayor of Springfield, Ann Lee,": the parser hangs the name on the place.
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON"):
                partners += [c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        surface = self._name_between_commas(root)
        for token in partners:
            for cluster in self.clusters:
                if cluster.type == "PERSON" and any(m.head.i == token.i for m in cluster.mentions):
                    return cluster
        if surface is not None:
            for cluster in self.clusters:
                if cluster.key.startswith("person:") and any(
                        m.start <= surface.start_char and surface.end_char <= m.end for m in cluster.mentions):
                    return cluster
        return None

    def _lower_case_name_at(self, tok: Token) -> bool:
        """A span the model tagged a person whose words are all lower case ("The finance minister
        jabbed back": a verb), which ``_named`` reads as no name."""
        k = tok.i + 1
        while k < len(self.tokens) and self.tokens[k].ent_iob_ == "I":
            k += 1
        return all(t.is_lower for t in self.tokens[tok.i:k] if t.is_alpha)

    def _name_between_commas(self, root: Token) -> Span | None:
        """"complaints by the secretary of the Treasury, Jacob J. Lew, that ...": a definite role
        description (with its of- or for-phrase), a comma and a person's name closed by a comma or
        the sentence's end are an apposition, however the parser hung the name (a conjunct, an
        adverbial)."""
        if root.dep_ == "conj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return None
        end = root.i
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > root.i):
            end = max(end, prep.right_edge.i)
        n = len(self.tokens)
        if end + 2 >= n or self.tokens[end + 1].text != "," or any(t.text in {",", ";"} or t.pos_ in {"VERB", "AUX"}
                                                                       for t in self.tokens[root.i + 1: end + 1]):
            return None
        first = self.tokens[end + 2]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
            return None
        k = first.i + 1
        while k < n and self.tokens[k].ent_iob_ == "I":
            k += 1
        if k < n and not (self.tokens[k].text in {",", ".", ";"} or self.tokens[k].is_sent_start):
            return None
        return self.doc[first.i:k]

    def _subject_of_copula(self, root: Token, chunk: Span) -> Cluster | None:
        """``Tom Hale was the man who ended the drought``: a definite description that is the
        predicate of an affirmed ``be`` is the named person who is its subject."""
        verb = root.head
        if chunk[0].lower_ != "the" or root.dep_ != "attr" or verb.lemma_ != "be" \
                or any(c.dep_ == "neg" for c in verb.children):
            return None
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            for cluster in self.clusters:
                if cluster.type == "PERSON" and cluster.key.startswith("person:") and any(
                        m.head.i == subject.i for m in cluster.mentions):
                    return cluster
        return None

    def _generic(self, chunk: Span, tokens: list[Token]) -> bool:
        """"a party", "what people", "strong opposition": descriptions, not actors in the story."""
        if self._infinitive_subject(chunk):
            return True
        if self._introduces_person(chunk):
            return False
        if any(t.dep_ in {"det", "predet"} and t.lower_ in self.ad.words.generic_determiner for t in chunk):
            return True
        if self._described_individual(chunk):
            return False
        # "the new health minister": a definite singular office holder is one person, whenever
        # they took the office (tenure_word)
        tenure = chunk[0].lower_ == "the" and chunk.root.tag_ == "NN"
        for t in tokens:
            if t.dep_ == "amod" and t.i < chunk.root.i and not self.ad.country_of(t.text) \
                    and t.lower_ not in self.ad.words.actor_modifier and not t.text[:1].isupper() \
                    and not (tenure and t.lower_ in self.ad.words.tenure_word):
                return True
        return False

    @staticmethod
    def _seat_phrase(root: Token) -> bool:
        """Whether a noun has a seat's place right after it: ``from`` or ``of`` and a place's name (``the senator
        from Vermont``, ``the mayor of Fairview``)."""
        return any(c.dep_ == "prep" and c.i == root.i + 1 and c.lower_ in {"from", "of"}
                   and any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"} for g in c.children) for c in root.children)

    @staticmethod
    def _infinitive_subject(chunk: Span) -> bool:
        """``It is rare for a candidate to visit Ohio``: an indefinite subject of a ``for ... to``
        clause is anyone of that kind, nobody in the story."""
        root = chunk.root
        verb = root.head
        return chunk[0].lower_ in {"a", "an"} and root.dep_ == "nsubj" and verb.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)

    def _described_individual(self, chunk: Span) -> bool:
        """``the Grammy-winning singer``, ``the retired teacher``: a definite singular noun of
        who someone is, whose modifiers say more about that one person (an age is read with the
        age descriptions)."""
        root = chunk.root
        noun = self.ad.person_noun(root.lemma_)
        role = self.ad.role(root.lemma_)
        past = role is not None and role.kind == "person" and any(t.lower_ in self.ad.words.former_word for t in chunk)
        if chunk[0].lower_ == "the" and root.tag_ == "NN" and noun is not None and noun.kind == "plain" and noun.gender \
                and any(c.i > root.i and (c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"})
                        for c in root.children):
            # "The homeless woman accused of ...", "the elderly man who was hurt": a clause after the noun
            # says which one person is meant (a restrictive identification), whatever adjectives it has
            # (issue 15, descs40)
            return True
        if chunk[0].lower_ == "the" and root.tag_ == "NN" and role is not None and role.kind == "person" \
                and root.dep_ != "attr" and self._seat_phrase(root):
            # "the independent senator from Vermont", "the longtime mayor of Fairview": an office with its
            # seat's place says which one holder is meant, whatever adjectives it has (issue 15, descs40); a
            # predicate ("is not the first mayor of Fairview") is read by the rules of predicates
            return True
        return (chunk[0].lower_ == "the" and root.tag_ == "NN" and (past or (noun is not None and noun.kind == "identity"))
                and not any(t.like_num for t in chunk))

    def _introduces_person(self, chunk: Span) -> bool:
        """``A Chinese boy fell into a well``, ``according to a rescue official``: a singular
        indefinite person who is an argument of a verb brings someone new into the story (the
        predicate of ``He is a boy`` and an apposition only describe someone already there)."""
        root = chunk.root
        if chunk[0].lower_ not in self.ad.words.indefinite_article or root.tag_ not in {"NN", "NNP"}:
            return False
        if root.dep_ not in SUBJECT_DEPS | {"dobj", "pobj"}:
            return False
        found = self._role_ending_at(root.i, chunk.start)
        role = self.ad.role(found[1]) if found else None
        return role is not None and role.kind == "person"

    def _possessor_country(self, root: Token, seat_owns: bool = True) -> str | None:
        """"Lebanon's health ministry", "police in Kenya", "the government of Sudan". With
        ``seat_owns`` false (a body of many states: ``the European Commission in Brussels``,
        ``the UN office in Geneva``) a place after ``in`` is where the body sits, not whose it is:
        only a possessor or an ``of`` phrase makes it a country's own (``Russia's Security
        Council``; issue 15, ents23)."""
        for child in root.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                # "Air France's pilots": a country word in a body's name is no home of its people
                # "Tom Jordan ... Jordan's lawyer": a person's name (claimed as one) neither
                if self.ad.glued_country(child) or self._full_named_person_at(child) \
                        or child.lower_ in self._demonyms_as_names():  # "German's brother": a name
                    return None
                found = self.ad.country_of(child.text)
                if found is None and self._same_name(child, root):
                    continue  # "<Saint>'s Hospital in Milan", "Children's Hospital": a word of the name, no owner
                return found
            if child.dep_ == "prep" and child.lower_ in self.ad.words.owner_preposition \
                    and (seat_owns or child.lower_ not in self.ad.words.place_preposition):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        name = self.doc[obj.left_edge.i: obj.i + 1].text
                        # "the governor of New Mexico": a country's name that ends a longer proper
                        # name (a US state's) is no country there; the whole name goes to the gazetteer
                        longer = any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in obj.children)
                        found = self.ad.country_name_of(name) or (None if longer else self.ad.country_name_of(obj.text))
                        if found and (town := self.ad.town_of_region(obj, found, name)) is not None:
                            return town  # "a woman in Peru, Indiana": a town of that state (fix13)
                        if not found and obj.ent_type_ in {"GPE", "LOC"}:
                            # "police in Seattle"; "the mayor of Frankfurt": a city's common
                            # short name is no primary name of GeoNames, yet names the city
                            found = self._namesake_in_story(obj, name) or _gazetteer_country(self.gaz, name) \
                                or _gazetteer_city_country(self.gaz, name)
                        if found:
                            return found
        return None

    def _same_name(self, word: Token, root: Token) -> bool:
        """The two tokens lie inside one name the model tagged (``St. Anne's Hospital``)."""
        return any(ent.start <= word.i < ent.end and ent.start <= root.i < ent.end for ent in self.ents)

    def _namesake_in_story(self, obj: Token, name: str) -> str | None:
        """``a clinic in Lebanon`` in a story of Ohio towns, ``police in Durham`` beside Raleigh: a town
        whose name places of weight bear in several countries is the one of the country the story's other
        places are in, when exactly one of those countries is among them and it holds half of the story's
        place mentions at least (the most populous namesake, a county in England, is read otherwise; issue 15,
        s18-dev13e; codes43). When several are, the country that
        holds two in three of the story's other place mentions (two at least) is the one meant: a US
        story that names one English town once still reads ``Suffolk`` as its own country's namesake
        (codes43); a country's or a world city's name keeps its own reading then (``the mayor of Paris``
        in a US story that names France once)."""
        if self.gaz is None:
            return None
        countries = {c.country for c in self.gaz.candidates(name) if c.country and (
            c.level in {"admin1", "country"} or c.population >= 15_000)}
        if len(countries) < 2:
            return None
        elsewhere = self._story_place_countries(obj, name)
        shared = countries & set(elsewhere)
        if len(shared) == 1:
            # a country that holds under half of the story's other places does not decide it (a British story
            # naming two US places once: "in Rome" is still the capital, not a town of Georgia)
            only = shared.pop()
            return only if 2 * elsewhere[only] >= sum(elsewhere.values()) else None
        if not shared or _gazetteer_prominent(self.gaz, name):
            return None
        top, count = elsewhere.most_common(1)[0]
        return top if top in shared and count >= 2 and 3 * count >= 2 * sum(elsewhere.values()) else None

    def _party_named(self, tokens: list[Token], first: Token) -> bool:
        """``the Green Party``: a party's name after its first word; a party is named after a creed or a colour,
        never a town, and its country is the tables' or the story's (``_common_party_homes``), not a place-word's."""
        return any(t.i > first.i and (role := self.ad.role(t.text)) is not None and role.sector == "PTY" for t in tokens)

    def _one_place_country(self, obj: Token, name: str) -> str | None:
        """codes44: the one country all of the story's other place mentions lie in (two places at least), each read
        alone; None when they lie in two or are fewer. A body whose one-word place-word names no place of renown (a
        capital, a city of millions) and has a namesake in that country is named after it (``_place_country``)."""
        elsewhere = self._story_place_countries(obj, name)
        if len(elsewhere) != 1:
            return None
        # two places at least, not one name said twice ("Obama" read alone as a Japanese town in a US story)
        names = {normalise_name(e.text) for e in self.ents if e.label_ in {"GPE", "LOC"} and e.text != name
                 and not e.start <= obj.i < e.end}
        country, count = next(iter(elsewhere.items()))
        return country if count >= 2 and len(names) >= 2 else None

    def _story_place_countries(self, obj: Token, name: str) -> Counter[str]:
        """The countries of the places the story names apart from ``name`` at ``obj``, one count a
        mention, each read alone (its country's name, else its most populous namesake)."""
        elsewhere: Counter[str] = Counter()
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and not ent.start <= obj.i < ent.end and ent.text != name:
                found = self.ad.country_of(ent.text) or _gazetteer_country(self.gaz, ent.text)
                if not found:  # "Neb.", "Wash.": a state's short name (an alias of the gazetteer's)
                    states = {c.country for c in self.gaz.candidates(ent.text) if c.level == "admin1" and c.country}
                    found = states.pop() if len(states) == 1 else None
                if found:
                    elsewhere[found] += 1
        return elsewhere

    def _place_country(self, tokens: list[Token], head: str | None = None) -> str | None:
        """A body named after a place takes that place's country: the longest run of capitalised
        proper nouns at the start of its name that the gazetteer knows ("Seattle Police
        Department", "Kano State House of Assembly"), when the rest of the name (or ``head``, the
        body noun it modifies) says the place is the body's home (see ``_home_by_name``)."""
        run = []
        for t in tokens:
            if t.lower_ == "the" and not run:
                continue
            # (a place the model tagged so counts however it read the word: "Lagos police", Lagos an ADJ)
            if not (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC"}) or not t.text[:1].isupper() \
                    or t.ent_type_ not in {"GPE", "LOC", "ORG", "FAC", "WORK_OF_ART", ""}:
                break
            if t.i in self.claimed and (owner := self._cluster_at(t.i)) is not None and owner.type == "PERSON":
                break  # "Bo's wife": a person's name, though a town bears it
            run.append(t)
        whole = [t for t in tokens if t.lower_ != "the"]
        if run and head is None and len(run) == len(whole) and (
                known := self.ad.dictionary_actor(" ".join(t.text for t in run), self.published)) is not None \
                and "BUS" in known.sectors:
            return None  # "Honda is coming": a firm the field's dictionary knows, not a town's body
        for n in range(len(run), 0, -1):
            name = " ".join(t.text for t in run[:n])
            if self.ad.organisation(name) or self.ad.role(name):
                return None
            if n == 1 and head is not None and (role := self.ad.role(head)) is not None and role.kind == "person" \
                    and normalise_name(name) in self._business_firsts():
                return None  # "a Delta spokesperson" beside "Delta Airlines": the firm's, not the region's
            if n == 1 and len(run) > 1 and run[0].lower_ in self.ad.words.crime_compass_word:
                return None  # "West Yorkshire Police": the compass word is part of a longer name (crime17)
            if n == 1 and len(run) > 1 and run[0].lower_ in feature_name_openers():
                return None  # "Lake Erie Development District": the lake's body, not a place called "Lake"
            # "the Federal Election Commission": "Federal" is Brazil's Federal District only in part
            found = None if names_major_place_in_part(self.gaz, name) else _gazetteer_country(self.gaz, name)
            if found and len(whole) == 1 and head is None and run[0].is_upper and len(run[0].text) <= 6 \
                    and not _gazetteer_prominent(self.gaz, name):
                return None  # "the DOLE", "DA officials": a body's initials, not a small town so spelt (ents27)
            if found and n < len(run) and run[n].lower_ in self.ad.region_heads:
                return None  # "the Congo Basin Development Authority": the basin's body, not Congo's (ents26)
            if found and n == 1 and self._common_noun_title(run[0]):
                return None  # "Prospect magazine": a title that is a common word, not a town of that name (ents33)
            if found and n == 1 and (focus := self._one_place_country(run[0], name)) is not None and found != focus \
                    and not _gazetteer_prominent(self.gaz, name) and not self.ad.capital_of(name) \
                    and not self._party_named(tokens, run[0]) \
                    and any(c.country == focus and c.level in {"city", "admin1", "admin2"} for c in self.gaz.candidates(name)):
                # "the Eastwood Sheriff's Office" in a story of US towns: the US Eastwood, however small (a place of
                # renown keeps its own reading: "the London Stock Exchange")
                found = focus
            if found:
                rest = [t.text for t in tokens if t.i > run[n - 1].i] + ([head] if head else [])
                if rest and not any(w.lower() in self.ad.words.company_word or (role := self.ad.role(w)) is not None
                                    and role.sector is not None and role.sector not in self.ad.words.state_sector
                                    for w in rest):
                    # "Suffolk City chief", "<Town> County sheriff" in a story of US places: a local public body
                    # serves the namesake of the story's country when its name's namesakes of weight lie in
                    # several countries (figcodes41); a university, a paper or a firm keeps the most populous
                    found = self._namesake_in_story(run[0], name) or found
                elif rest and not any(w.lower() in self.ad.words.company_word or (role := self.ad.role(w)) is not None
                                      and role.sector == "BUS" for w in rest):
                    # "Suffolk University" in a story of US places: a university, a paper, a church is
                    # read with the story's places too, by the same rule (a firm keeps the most populous)
                    found = self._namesake_in_story(run[0], name) or found
                home = self._home_by_name(rest)
                if home is None and len(rest) == 1 and not self._after_article(tokens[0]):
                    return None  # "Milan Baros": a given name and a surname, a person's name
                if home is None and self._after_article(tokens[0]):
                    home = "body"  # "the Sindh Rangers": an article marks a body named after its home
                return found if home == "body" or not rest or (
                    _gazetteer_prominent(self.gaz, name) or self.ad.capital_of(name)) else None
        return None

    def _after_article(self, first: Token) -> bool:
        before = self.doc[first.i - 1] if first.i > 0 else None
        return first.lower_ == "the" or before is not None and before.lower_ == "the"

    def _home_by_name(self, words: list[str]) -> str | None:
        """What the words after a place in a body's name make of the place. "body": a public
        body's, a club's, a paper's or an office's noun ("Police", "Assembly", "Times", "mayor"),
        whose place is its home. "trade": a firm's trade word ("Airlines", "Bank", "Holdings"),
        named after anything (a river, a region's common word): only a prominent place is its
        home. None: no body word, a firm's name too when longer ("Tokyo Electric Power", only a
        prominent place), a person's when one word ("Milan Baros", though Milan is a city)."""
        trade = False
        for word in words:
            role = self.ad.role(word)
            if word.lower() in self.ad.words.company_word or role is not None and role.sector == "BUS":
                trade = True
            elif role is not None or word.lower() in self.ad.words.media_title:
                return "body"
        return "trade" if trade else None

    def _resolve_role(self, role: str, country: str | None, sectors: list[str], chunk: Span) -> Cluster:
        """``the Russian president`` -> the person the article or the dictionary says holds it."""
        if self._introduces_person(chunk) or self._owned_relation(role, chunk):
            # "a woman leader", "a spokesman": someone new, never an office holder named before;
            # "her husband": whose husband, only the pronouns (resolved later) can say
            return self._unnamed_role(role, country, sectors, chunk)
        if self._someone_else(role, chunk):
            # "One senator said", "the mayor of a small town", "the senator who chairs the
            # committee": someone new or no one in particular, never a holder named before
            return self._unnamed_role(role, country, sectors, chunk, new=True)
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        holders = [c for c in people if c.role == role and (c.country == country or country is None)
                   and not self._held_before_only(c, chunk)]
        if self._seat_phrase(chunk.root):
            # "the senator from Vermont ... Sens. Tom Carper and Ann Lee": an office said with its seat looks
            # back to a holder named before, never forward to one titled later (issue 15, descs40)
            holders = [c for c in holders if any(m.end <= chunk.start_char for m in c.mentions)]
        party = self._parties_named({t.lower_ for t in chunk if chunk.start < t.i < chunk.root.i and t.text[:1].isupper()})
        if party:
            # "Sen. Ann Lee ... the Republican senator": only a holder the text gives that party
            holders = [c for c in holders if self._parties_of(c, self._person_facts(c)[0]) == party]
        division = self._description_divisions(chunk.start, chunk.end) if holders else set()
        if division:
            # "Ohio Sen. Ann Lee ... The Oregon senator": never a holder the text gives another state (descs41)
            holders = [c for c in holders if not (home := self._home_divisions(c)) or home & division]
        if len(holders) > 1:
            # Two people with this role: only the words of the description may choose
            # ("the Democratic candidate"); never a guess between them.
            marks = {t.lower_ for t in chunk if t.i > chunk.start and t.text[:1].isupper() and t.i < chunk.root.i}
            holders = [c for c in holders if marks and marks <= {w.lower() for w in (c.title or "").split()}]
            if len(holders) != 1:
                return self._unnamed_role(role, country, sectors, chunk)
        if len(holders) == 1 and self._other_titled(role, holders[0]):
            # "Mayor Ann Lee of Fairview and Mayor Ines Carver of Lakeport met. The mayor said":
            # a second person titled so, however the tagger typed the name: no guess
            return self._unnamed_role(role, country, sectors, chunk, new=True)
        if holders:
            holders[0].evidence.append(f"{chunk.text!r}: the article gives {holders[0].name} that title")
            return holders[0]
        if any(t.lower_ in self.ad.words.former_word for t in chunk if t.i < chunk.root.i):
            # "the former secretary of state": whoever held it before, never the holder now
            return self._past_holder_named(role, country, chunk, people) or self._unnamed_role(role, country, sectors, chunk)
        presumed = country is None
        if country is None:
            country = self._host_of_title(chunk)  # "met ... Foreign Minister, X, in Riga" (actors18)
            presumed = presumed and country is None
        if country is None:
            # "the prime minister" with no country: the office of the country the story is about.
            country = self._dominant_country()
            if country is None or self.ad.office_holder(country, role, self.published) is None:
                country = None
        if country:
            holder = self.ad.office_holder(country, role, self.published)
            if holder:
                key = f"person:{normalise_name(holder.name)}"
                for cluster in people:
                    if self._same_person(cluster.name, holder):
                        key = cluster.key
                        break
                cluster = self.by_key.get(key) or self._cluster(key, "PERSON", holder.name)
                if presumed and cluster.country is None:
                    self.presumed.add(id(cluster))
                cluster.country = cluster.country or holder.country
                cluster.sectors = cluster.sectors or list(holder.sectors)
                return cluster
        return self._unnamed_role(role, country, sectors, chunk)

    def _held_before_only(self, cluster: Cluster, chunk: Span) -> bool:
        """``former driver Jan Barker`` is no longer ``the driver``: a person whose title says the
        role was held in the past holds no present description of it (``the former driver`` may
        still be them)."""
        former = self.ad.words.former_word
        past = any(w.lower() in former for w in (cluster.title or "").split())
        return past and not any(t.lower_ in former for t in chunk)

    def _owning_body(self, root: Token) -> tuple[str, Cluster | None] | None:
        """The body a person's role belongs to, when it is no state: its possessor (``the
        company's president``, ``Apple's chairman``) or the object of an ``office_preposition``
        (``the governor of the bank``, ``the spokesman for the club``) that is a named organisation of no state sector or a body's noun of no state
        sector (``company``, ``club``, ``bank``, ``party``: roles.tsv kind ``org``). A country, a
        place, a state's body (``the government's spokesman``, ``the Federal Reserve's chairman``
        when the tables code it GOV), a person or a pronoun is no such body. Returns the body's
        key and its entity when it has one already (a name, or a description linked before)."""
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None:
            prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in self.ad.words.office_preposition), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        state = self.ad.words.state_sector
        if owner is None:
            # "an Acme spokesman", "a Hamas spokeswoman": a body's name written before the role
            # (a compound the model tags ORG) owns it as a possessor would
            owner = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1
                          and c.ent_type_ == "ORG" and c.tag_ == "NNP"), None)
            if owner is not None and self._cluster_at(owner.i) is None:
                name = self.doc[owner.left_edge.i: owner.i + 1]
                if self.ad.country_of(name.text) or any(t.ent_type_ != "ORG" for t in name):
                    return None
                known = self.ad.dictionary_actor(name.text, self.published)
                if known is not None and state & set(known.sectors):
                    return None
                return f"org:{normalise_name(name.text)}", None
        if owner is None or owner.pos_ == "PRON" or owner.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"} \
                or self.ad.country_of(owner.text):
            return None
        cluster = self._cluster_at(owner.i)
        if cluster is not None:
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if cluster.type != "ORG" or state & set(sectors):
                return None
            return cluster.key, cluster
        # the longest body noun there ("the central bank" is a state's, "the bank" a firm)
        found = self._role_ending_at(owner.i, owner.left_edge.i)
        body = self.ad.role(found[1]) if found else None
        if owner.ent_type_ == "ORG" or body is None or body.kind != "org" or body.sector in state \
                or owner.tag_ not in {"NN", "NNP"}:
            return None
        return f"org:{found[1]}", None

    def _body_officer(self, role: str, country: str | None, sectors: list[str], chunk: Span,
                      key: str, body: Cluster | None) -> Cluster:
        """The officer of a body that is no state (:meth:`_owning_body`): the one person the text
        titled with that role and the body's name (``Acme president Tom Reed`` for ``Acme's
        president``), else an unnamed officer of that body, one per body (``Apple's chairman`` and
        ``the club's chairman`` are two), with the body's country and no state sector."""
        state = self.ad.words.state_sector
        sectors = [s for s in sectors if s not in state] or [s for s in (body.sectors if body else []) if s not in state]
        if body is not None:
            country = body.country or (country if country and country not in self.ad.words.not_state else None)
            named = set(normalise_name(body.name).split())
            # "Ann Lee, the mayor of Fairview, ... The mayor of Fairview" (desc17): the words the text names her in
            titled = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and c.role == role
                      and (named <= self._person_facts(c)[0] or named <= self._said_words(c))]
            if len(titled) == 1:
                titled[0].evidence.append(f"{chunk.text!r}: the article titles {titled[0].name} so for {body.name}")
                return titled[0]
        return self._unnamed_role(role, country, sectors, chunk, owner=key)

    def _someone_else(self, role: str, chunk: Span) -> bool:
        """A description of a person that says it is someone new, or no one in particular, rather
        than a person the text named before (issue 15, brief s17-desc17):

        - a determiner or number of another (``other_determiner``: ``One senator said``,
          ``Another official``, ``Every senator``) or a generic modifier (``generic_modifier``:
          ``the average voter``) on the noun;
        - a restrictive relative clause (no comma before it) in the present (``the senator who
          chairs the committee``: which holder now) whose verb the text never said of a named person
          (a past deed, ``the candidate who launched his campaign by ...``, tells of someone known);
        - a restrictive complement (``complement_preposition``) whose object is indefinite
          (``the mayor of a small town``) or a proper name that nothing said of any named person of
          that role contains (``the senator from Kansas`` beside ``Senator Ann Lee of Ohio``) when every such holder's
          seat is said (``_seat_said``)."""
        words = self.ad.words
        root = chunk.root
        before = [t for t in chunk if t.i < root.i]
        if any(t.lower_ in words.other_determiner for t in before[:1]) or any(
                t.lower_ in words.generic_modifier for t in before):
            return True
        if not before or before[0].lower_ != "the" or root.tag_ not in {"NN", "NNP"}:
            return False
        for child in root.children:
            if child.dep_ == "relcl" and child.i > root.i and self.tokens[child.left_edge.i - 1].text != "," \
                    and child.tag_ in {"VBZ", "VBP"} and not self._said_of_named(child):
                return True
            if child.dep_ != "prep" or child.lower_ not in words.complement_preposition or child.i != root.i + 1:
                continue
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            det = next((c for c in obj.children if c.dep_ in {"det", "nummod"}), None)
            if det is not None and (det.lower_ in words.indefinite_article or det.lower_ in words.other_determiner):
                return True  # "the mayor of a small town", "the senator from another state"
            if obj.tag_ != "NNP" or self.ad.country_of(obj.text):
                continue  # "the president of France": the country's office (the tables look it up)
            name = {t.lower_ for t in obj.subtree if t.tag_ == "NNP"}
            holders = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                       and (c.role == role or role in self._person_facts(c)[0])]
            seat = child.lower_ == "from" or obj.ent_type_ in {"GPE", "LOC"}  # a seat's place, not "Player of the Year"
            if holders and not any(name <= self._said_words(c) for c in holders) \
                    and (not seat or all(self._seat_said(c) for c in holders)):
                # (a holder whose seat the text never says may hold this one: "Sen. Tom Reed ... The
                # senator from Vermont" is Reed, when he is the only senator named; ents35)
                return True
        return False

    def _seat_said(self, cluster: Cluster) -> bool:
        """Whether the text names a place with a person's name (``Senator Ann Lee of Ohio``, ``Ohio Sen. Ann
        Lee``): a place's word before the name or in its title, or a proper noun
        after ``of``/``from`` right after the name (``Mayor Ann Lee of Fairview``, the town untagged)."""
        for m in cluster.mentions:
            if m.kind not in {"name", "title"}:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            near = list(span) if span is not None else []
            seat = []
            if m.kind == "name":
                for child in m.head.children:  # "of Ohio", "from Ohio"
                    if child.dep_ == "prep" and child.lower_ in {"of", "from"} and child.i > m.head.i:
                        seat += [g for g in child.children if g.dep_ == "pobj" and g.tag_ == "NNP"]
                    elif child.dep_ in {"compound", "nmod"} and child.i < m.head.i:
                        near.append(child)  # "Ohio Sen. Ann Lee"
            if seat or any(t.ent_type_ in {"GPE", "LOC"} for t in near):
                return True
        return False

    def _other_titled(self, role: str, holder: Cluster) -> bool:
        """Whether the text gives the title ``role`` to a name that is no mention of ``holder``:
        the capitalised role noun right before a proper noun (``Mayor Ines Carver``), wherever
        the tagger put the name (a body's, or none)."""
        for t in self._with_lower({role}):
            if t.i + 1 >= len(self.tokens) or not t.text[:1].isupper() or self.tokens[t.i + 1].pos_ != "PROPN":
                continue
            if any(m.start <= t.idx < m.end for m in holder.mentions):
                continue
            # a named person's own title ("Republican Senator Greg Moss") was weighed among the holders
            other = self._cluster_at(t.i + 1)
            if other is None or not (other.type == "PERSON" and other.key.startswith("person:")):
                return True
        return False

    def _said_words(self, cluster: Cluster) -> set[str]:
        """The words of the noun phrases the text names a person in (``Senator Ann Lee of Ohio``,
        ``Ann Lee, the mayor of Fairview,``), lower-cased."""
        found: set[str] = set()
        for m in cluster.mentions:
            if m.kind == "name":
                found |= {t.lower_ for t in m.head.subtree if not (t.dep_ == "relcl" and t.head.i == m.head.i)}
        return found

    def _said_of_named(self, clause: Token) -> bool:
        """Whether the verb of a relative clause (``the senator who chairs ...``) is one the text
        said before of a named person (its subject or object: ``Ann Lee chairs the committee``)."""
        for verb in self.tokens[: clause.i]:
            if verb.lemma_ != clause.lemma_ or verb.i == clause.i:
                continue
            args = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj"}]
            if verb.dep_ in {"relcl", "acl"}:
                args.append(verb.head)
            for arg in args:
                cluster = self._cluster_at(arg.i)
                if cluster is not None and cluster.type == "PERSON" and cluster.key.startswith("person:"):
                    return True
        return False

    def _owned_relation(self, role: str, chunk: Span) -> bool:
        """``her husband``, ``Ann's son``: a relation noun with its possessor, one person per owner."""
        noun = self.ad.person_noun(role)
        return noun is not None and noun.kind == "relation" and any(c.dep_ == "poss" for c in chunk.root.children)

    def _unnamed_role(self, role: str, country: str | None, sectors: list[str], chunk: Span,
                      owner: str | None = None, new: bool = False) -> Cluster:
        """An entity for an official or a person the article describes but does not name.

        An indefinite (``a Chinese boy``) is someone new; a later definite with the same noun
        (``the boy``) is that person when the article has introduced exactly one so. ``new``: the
        description says it is someone new whatever its article (:meth:`_someone_else`)."""
        introduced = self._introduces_person(chunk) or new
        # "The Democratic candidate" and "The Republican candidate" are two people: the
        # capitalised words before the noun are part of who is meant.
        marks = frozenset(t.lower_ for t in chunk if chunk.start < t.i < chunk.root.i and t.text[:1].isupper()
                          and t.pos_ in {"PROPN", "ADJ", "NOUN"} and not self.ad.country_of(t.text))
        # "the GOP nominee" and "the Republican nominee" are one person: a party's words as its party (ents38)
        party_word = self.ad.words.party_word
        marks = frozenset(party_word.get(m, m) if len(m) > 1 else m for m in marks)
        if owner is not None:
            marks |= {f"of {owner}"}  # the officer of one body ("the club's chairman") is no other's
        key = f"role:{country}:{role}" + "".join(f":{m}" for m in sorted(marks))
        if introduced or self._owned_relation(role, chunk):
            key += f":{chunk.start}"
        else:
            same = [c for c in self.clusters if c.key.startswith("role:") and c.role == role and c.mentions
                    and (country is None or c.country in (None, country)) and marks <= c.marks]
            if key not in self.by_key and len(same) == 1:
                same[0].country = same[0].country or country
                return same[0]
        owned = [t.i for t in chunk if t.dep_ == "poss" and self._person_possessor(t)]
        words = [t for t in chunk if not owned or t.i > max(owned)]
        adjective = " ".join(t.text for t in words if t.tag_ not in {"DT", "PRP$", "POS"} and not t.is_punct)
        cluster = self._cluster(key, "PERSON", adjective or role)
        cluster.country = cluster.country or country
        cluster.sectors = cluster.sectors or sectors
        cluster.role = role
        cluster.marks = marks
        cluster.introduced = cluster.introduced or introduced
        noun = self.ad.person_noun(role)
        if cluster.gender is None and noun is not None:
            cluster.gender = noun.gender  # "the boy" is "he", "his mother" is "she"
        return cluster

    def _dominant_country(self) -> str | None:
        """The country most mentioned so far through names, people and bodies (ISO3 only)."""
        return self._focus_with_people({}, set())

    def _focus_with_people(self, counts: dict[str, int], anchored: set[str]) -> str | None:
        """The clear focus of ``counts`` (places already counted, or none) with every mention of a
        coded person or body added. "Greek sprinters X and Y" in a British column: a nation named
        only through private people (the country itself, its places, bodies, groups and officials
        never) is where they come from, not where the story is set, so the focus must be in
        ``anchored`` or be anchored by a cluster that is no private person."""
        anchored = set(anchored)
        for cluster in self.clusters:
            if cluster.country and len(cluster.country) == 3 and cluster.country not in self.ad.words.not_state \
                    and id(cluster) not in self.presumed:
                mentions = [m for m in cluster.mentions if not self._sponsor_mention(m)]
                if not mentions:
                    continue  # "US-backed fighters": a sponsor or a cause, not where the story is (actors17)
                counts[cluster.country] = counts.get(cluster.country, 0) + len(mentions)
                if not self._private_person(cluster):
                    anchored.add(cluster.country)
        focus = clear_focus(counts, len(self.sents))
        return focus if focus in anchored else None

    def _sponsor_mention(self, mention: Mention) -> bool:
        """A country word that names a sponsor or a cause, not a home: "US-backed", "pro-Russian"
        (``backer_word``, ``stance_prefix``)."""
        # the story's country is counted again for every description and role it may give a country
        # (~35 asks per mention): the answer depends on the mention's characters alone, kept per range
        key = (mention.start, mention.end)
        found = self._sponsor_ranges.get(key)
        if found is None:
            found = self._sponsor_ranges[key] = self._sponsor_range(*key)
        return found

    def _sponsor_range(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first, last = span[0], span[-1]
        return bool(self.ad.backer(last) or self.ad.stance_prefixed(first) or (
            first.lower_ in self.ad.words.stance_prefix and first.i + 1 < len(self.doc)
            and self.doc[first.i + 1].text == "-"))

    def _private_person(self, cluster: Cluster) -> bool:
        """A person with no sector (an athlete, an entertainer, a private person): their nation says
        where they come from (as the story's country gives them none: rule 7 of docs/entities.md)."""
        return cluster.type == "PERSON" and not cluster.sectors

    def _same_person(self, name: str, holder) -> bool:
        names = {normalise_name(n) for n in (holder.name, *holder.aliases)}
        key = normalise_name(name)
        return key in names or key.split()[-1] == normalise_name(holder.name).split()[-1]

    def _body_named_before_comma(self, appos: Token) -> Cluster | None:
        """``Ann Lee, a lobbyist for Acme Air, the leading trade group for airlines,``: an apposition
        the parser hung on a person's name whose noun is a body's kind (``_body_kind_noun``: group,
        company, association; no person's noun) and which follows a body's name and its comma
        describes that body, the name right before it, not the person (bodies31)."""
        first = appos.left_edge.i
        if first < 2 or self.tokens[first - 1].text != "," or not self._body_kind_noun(appos):
            return None
        lemma = appos.lemma_.lower()
        role = self.ad.role(lemma)
        if self.ad.person_noun(lemma) is not None or role is not None and role.kind == "person":
            return None
        before = self.tokens[first - 2]
        end = before.idx + len(before.text)
        return next((c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                     and not c.key.startswith("org:None:")
                     and any(m.kind == "name" and m.end == end for m in c.mentions)), None)

    def _bodies_described_before_name(self) -> None:
        """``Acme or its super PAC affiliate, the Zenco Fund, has spent``, ``his firm, Acme Corp,``: a
        singular noun phrase opened by a possessive determiner, of no person's noun (``his friend, X``
        says X is a person), with a named body in apposition right after its comma, is a mention of that body (as ``its co-host, <Name>`` is the person's); the
        determiner stays the pronoun of its own owner. Only the bodies' names set in apposition are
        looked at (bodies31)."""
        for cluster in [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                        and not c.key.startswith("org:None:")]:
            for m in [m for m in cluster.mentions if m.kind == "name" and m.head.dep_ == "appos"]:
                noun = m.head.head
                owner = noun.left_edge
                name = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                lemma = noun.lemma_.lower()
                if name is None or name.start - (self.tokens[name.start - 1].lower_ == "the") != noun.i + 2 \
                        or self.ad.person_noun(lemma) is not None or getattr(self.ad.role(lemma), "kind", None) == "person":
                    continue  # the name right after the comma ("its affiliate, the Zenco Fund"); no person's noun
                if noun.i >= m.head.i or noun.tag_ != "NN" or owner.tag_ != "PRP$" or owner.head.i != noun.i \
                        or noun.i + 1 >= len(self.tokens) or self.tokens[noun.i + 1].text != "," \
                        or any(i in self.claimed and self.words[i].lower() not in self.ad.words.common_noun_acronym
                               for i in range(owner.i + 1, noun.i + 1)) \
                        or any(t.ent_type_ in {"PERSON", "GPE"} for t in self.doc[owner.i + 1: noun.i + 1]):
                    continue
                cluster.evidence.append(f"{self.doc[owner.i: noun.i + 1].text!r}: describes {cluster.name} before the name")
                self._add(cluster, owner.i + 1, noun.i + 1, "description", noun)

    def _topic_body(self, chunk: Span, noun: str) -> Cluster | None:
        """``As chairman of the transportation committee`` before or after ``the House Transportation and
        Infrastructure Committee``: ``the``, lower-case words and a body's noun are the one body named in
        the article (before or after) whose name the noun heads and holds each of those words
        capitalised (its topic); two such bodies, or none: no link (bodies31)."""
        words = [t for t in chunk if not t.is_punct]
        topic = [t.lower_ for t in words[1:-1]]
        if words[0].lower_ != "the" or not topic or words[-1].i != chunk.root.i \
                or not all(t.is_alpha and t.text.islower() for t in words[1:]):
            return None
        found = []
        # "the school board group" for the "National School Boards Association": a noun any body is called
        # by (description_body_noun) heads no name; its topic alone says which, a plural in the name
        # written singular before the noun (ents37)
        generic = noun in self.ad.words.description_body_noun
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.kind == "name" for m in cluster.mentions) or not (generic or self._name_ends_in(cluster, noun)):
                continue
            capitals = {w.lower() for name in self._body_full_names(cluster) for w in name.split() if w[:1].isupper()}
            if generic:
                capitals |= {w[:-1] for w in capitals if w.endswith("s")}
            if all(w in capitals for w in topic):
                found.append(cluster)
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the one body so named whose name holds its topic")
        return found[0]

    def _owned_chamber_body(self, noun: str, chunk: Span) -> Cluster | None:
        """``lobbyists influence his committee``: a possessive determiner and a legislature's body noun
        alone (``committee``; roles.tsv sector LEG) is the one body named before whose name the noun
        heads (the committee a member chairs or sits on); two such, or none: no link (bodies31)."""
        role = self.ad.role(noun)
        if role is None or role.sector != "LEG":
            return None
        found = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:") and not c.key.startswith("org:None:")
                 and any(m.kind == "name" and m.end <= chunk.start_char for m in c.mentions) and self._name_ends_in(c, noun)]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the only body named before whose name its noun heads")
        return found[0]

    def _lead_introduced_body(self) -> tuple[int, Cluster] | None:
        """``A leading conservative group is spending ... on ads. The Harlow Network, a nonprofit tied to
        ..., runs them.``: an indefinite body noun (``description_body_noun``: group, organization) in the
        story's first sentence, naming no body there but as a modifier, when the next sentence opens
        with a body's name set off by a comma (the usual way news names the body its lead opened on, as
        for a person named with an age; quotes24), is that body: the index of the noun and the body. A
        headline's bare subject of that noun (``Outside GOP group goes in big for ...``) is the body's
        mention too (bodies31). None when the lead has two such nouns or names another body."""
        words = self.ad.words
        lead = self._lead_sentence()
        if lead == 0 and len(self.sents) > 2 and (self._headline_line_with_stop() or self._headlinese_first_line()):
            lead = 1  # "Paper Says Mayor Must Act." set apart by a blank line: a headline all the same
        if lead + 1 >= len(self.sents):
            return None
        first, after = self.sents[lead], self.sents[lead + 1]
        nouns = [t for t in first if t.lower_ in words.description_body_noun | words.outlet_noun and t.tag_ == "NN"
                 and any(c.dep_ == "det" and c.lower_ in words.indefinite_article for c in t.children)]
        if len(nouns) != 1:
            return None
        start = after.start + (self.tokens[after.start].lower_ == "the")
        named = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:") and not c.key.startswith("org:None:")
                 and any(m.kind == "name" and m.start == self.tokens[start].idx for m in c.mentions)]
        if not named and nouns[0].lower_ in words.outlet_noun and (title := self._untagged_title_opening(after)) is not None:
            named = [title]
        if len(named) != 1:
            return None
        body = named[0]
        name = next(m for m in body.mentions if m.kind == "name" and m.start == self.tokens[start].idx)
        end = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        if end is None or end.end >= after.end \
                or not (self.tokens[end.end].text == "," or self._outlet_named_next(nouns[0], body, end)
                        or self._group_speaks_next(nouns[0], body, end)) \
                or any(m.sent == lead and m.kind == "name" and m.head.dep_ not in {"compound", "amod", "nmod"}
                       for c in self.clusters if c.type == "ORG" for m in c.mentions):
            return None
        noun = nouns[0]
        if noun.lower_ in words.outlet_noun and noun.i not in self.claimed:
            # "a Baton-like city newspaper called on ... The Clarion had chided ...": the lead's indefinite
            # outlet is the paper named next, a mention of it (ents37)
            opening = min((c.i for c in noun.lefts if c.dep_ == "det"), default=noun.i)
            body.evidence.append(f"{self.doc[opening: noun.i + 1].text!r}: the outlet the lead introduced, named next")
            self._add(body, opening, noun.i + 1, "group", noun)
        if lead == 1:
            for t in self.sents[0]:
                if t.lower_ == noun.lower_ and t.tag_ in {"NN", "NNP"} and t.dep_ in SUBJECT_DEPS and t.i not in self.claimed \
                        and not any(c.dep_ == "det" for c in t.children):
                    body.evidence.append(f"{t.text!r}: the headline's subject, the group the lead introduced, named next")
                    self._add(body, t.i, t.i + 1, "group", t)
        return noun.i, body

    def _untagged_title_opening(self, sent: Span) -> Cluster | None:
        """``The Clarion had chided the mayor ...``: a sentence opened by ``The`` and one to three
        capitalised words the model tagged as nothing, the last the subject of the sentence's verb,
        written so again later in the text (``the editors of The Clarion``): a title, the body's name,
        made a body with its mentions. Read only for the sentence after a lead that introduced an
        outlet by its noun (``_lead_introduced_body``; ents37)."""
        if sent[0].lower_ != "the" or sent[0].text != "The":
            return None
        k = sent.start + 1
        while k < sent.end and k - sent.start <= 3 and self.tokens[k].tag_ == "NNP" and self.tokens[k].is_alpha \
                and self.tokens[k].text[:1].isupper() and not self.tokens[k].ent_type_ and k not in self.claimed:
            k += 1
        if k == sent.start + 1 or k >= sent.end or not self.tokens[k].text[:1].islower() \
                or self.tokens[k - 1].dep_ not in {"nsubj", "nsubjpass"} or self.tokens[k - 1].head.dep_ != "ROOT":
            return None
        name = self.doc[sent.start + 1: k]
        again = [t.i for t in self.tokens[k:] if t.text == name[0].text
                 and [x.text for x in self.tokens[t.i: t.i + len(name)]] == [x.text for x in name]
                 and not self.tokens[t.i].is_sent_start and all(i not in self.claimed for i in range(t.i, t.i + len(name)))]
        if not again:
            return None
        label = name.text
        cluster = self._cluster(f"org:{normalise_name(label)}", "ORG", label)
        for i in [name.start, *again]:
            self._add(cluster, i, i + len(name), "name", self.tokens[i + len(name) - 1])
        cluster.evidence.append(f"{label!r}: an untagged title opening the sentence after the lead, written again")
        return cluster

    def _headline_line_with_stop(self) -> bool:
        """The first sentence is a headline line ending in a full stop (``Paper Says Mayor Must Act.``):
        a line of its own set apart by a blank line, of at most 20 words, its words of three letters or
        more capitalised (title case), which no sentence of running text is (ents37)."""
        first = self.sents[0]
        text = self.text[first.start_char: first.end_char]
        long_words = [t for t in first if t.is_alpha and len(t.text) > 3]
        return "\n\n" in text[len(text.rstrip()):] and len(first) <= 20 and len(long_words) > 2 \
            and all(t.text[:1].isupper() for t in long_words)

    def _outlet_named_next(self, noun: Token, body: Cluster, name: Span) -> bool:
        """``A city newspaper called on the mayor to act. The Clarion had chided him ...``: news names
        the outlet its lead introduced by a noun (``outlet_noun``) as the next sentence's subject,
        with no comma after the name, when that sentence opens with the name (as the rule for a
        group's name set off by a comma reads, ``_lead_introduced_body``). Only a body named there
        for the first time, that the tables do not know (a known body, ``The Justice Department``,
        is no paper's name) and none of whose words is a noun any body is called by or a word the text
        also writes in lower case (``The Commission ... the commission said``: a body named by its
        kind, not a title) (ents37)."""
        words = self.ad.words
        if noun.lower_ not in words.outlet_noun or name.root.dep_ not in {"nsubj", "nsubjpass"} \
                or name.root.head.dep_ != "ROOT" or min(m.start for m in body.mentions) != name.start_char:
            return False
        if self.ad.organisation(body.name) is not None or self.ad.dictionary_actor(body.name, self.published) is not None:
            return False
        lower = {t.text for t in self.tokens if t.text.islower()}
        return not any(w in words.description_body_noun or w in lower for w in normalise_name(body.name).split())

    def _title_bodies(self, noun: str, chunk: Span) -> list[Cluster]:
        """``Supreme Court Justice Ann Lee ... the court``, ``the high court's``: a body named only inside a
        person's title before the description, whose name there the noun heads (``_name_headed_by``: the
        capitalised words of the title up to the noun's word), is the body meant when it is the only one
        so named (a body of its own, named so, holding the description; the title stays the person's).
        Not for a firm's or an outlet's noun (``Acme CEO Tom Reed ... the company`` is read elsewhere);
        bodies31."""
        role = self.ad.role(noun)
        if role is None or role.sector in {"BUS", "MED"}:
            return []
        wanted = [noun.split(), *(k.split() for k in self.ad.kinds_named(noun) if " " in k)]
        last = {w[-1] for w in wanted}
        names = set()
        for cluster in self.clusters:
            if cluster.type != "PERSON":
                continue
            for m in cluster.mentions:
                if m.kind != "title" or m.end > chunk.start_char:
                    continue
                title = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                words = [t.text for t in title] if title is not None else []
                for e, word in enumerate(words):
                    if normalise_name(word) in last and word[:1].isupper():
                        name = " ".join(words[:e + 1])
                        if any(self._name_headed_by(name, w) for w in wanted):
                            names.add(name)
        if len(names) != 1:
            return []
        name = names.pop()
        body = self._cluster(f"org:{normalise_name(name)}", "ORG", name)
        self._describe_body(body, noun, None)  # the noun's sector ("court": JUD)
        body.evidence.append(f"{chunk.text!r}: the one body named in a title before it ({name})")
        return [body]

    def _common_noun_title(self, word: Token) -> bool:
        """``wrote Prospect magazine``: one capitalised word that is an English common noun (the
        model's noun index), right before a lower-case outlet's noun (``outlet_noun``: magazine,
        newspaper), is the publication's title, not the town abroad the gazetteer knows by that
        word; the title gives the body no country (ents33)."""
        after = self.tokens[word.i + 1] if word.i + 1 < len(self.tokens) else None
        before = self.tokens[word.i - 1] if word.i > 0 else None
        return after is not None and self.words[after.i] in self.ad.words.outlet_noun \
            and not (before is not None and before.text[:1].isupper() and before.is_alpha) \
            and self.words[word.i].lower() in self.nouns

    def _past_holder_named(self, role: str, country: str | None, chunk: Span, people: list[Cluster]) -> Cluster | None:
        """``Ann Lee accuses Tom Reed ... while Reed says the former governor is ...``: a definite
        description of a former office (``the former <office>``) is the one person named before it
        whom the office holders' table lists as having held that office (of that country, when the
        description says one) and left it before the publication day; two such people, or none: no
        link (ents33)."""
        if self.published is None or chunk.root.lower_ in self.ad.words.former_word:
            return None
        words = normalise_name(role).split()
        while words and words[0] in self.ad.words.former_word:
            words.pop(0)  # "former prime minister" is a role of its own in roles.tsv
        office = " ".join(words)
        found = [c for c in people if c.mentions and min(m.start for m in c.mentions) < chunk.start_char and any(
            h.office == office and (country is None or h.country == country) and h.end is not None and h.end <= self.published
            for h in self.ad.holders_by_name.get(normalise_name(c.name), []))]
        if len(found) > 1:
            # "... the former president's legacy ... Ann Lee compared him to two predecessors ... accused the former
            # president": of several past holders named before, the one the text already called by these very
            # words (a story keeps calling its person so; descs41)
            said = chunk.text.lower()
            found = [c for c in found if any(m.end <= chunk.start_char and self.text[m.start:m.end].lower() == said
                                             for m in c.mentions)]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the one person named before who held that office")
        return found[0]

    def _armed_body_just_named(self, root: Token, country: str | None, sectors: list[str], chunk: Span) -> Cluster | None:
        """``The Zentra Front regroups. The move lets Ruritania's rebels ...``: a plural noun of armed
        rebels (a role coded REB: rebels, insurgents, militants) with a country stands for the one
        named rebel body of that country the sentence before (or its own, before it) names; two such
        bodies, or none: the group stays its own (ents33)."""
        if country is None or "REB" not in sectors or root.tag_ != "NNS":
            return None
        here = self.sent_of[root.i]
        found = [c for c in self.clusters if c.type == "ORG" and c.country == country and "REB" in c.sectors
                 and any(here - 1 <= m.sent <= here and m.end <= chunk.start_char and m.kind == "name" for m in c.mentions)]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the one rebel body of that country just named")
        return found[0]


    def _divisions_named(self, text: str) -> set[int]:
        """The first-order divisions (states, provinces) ``text`` names, as gazetteer ids (``Florida``,
        ``South Carolina``, the short form ``Fla.``); empty for any other name."""
        if self.gaz is None or not text:
            return set()
        return {c.geonameid for name in {text, text.rstrip(".")} for c in self.gaz.candidates(name)
                if c.level == "admin1" and c.country}

    def _division_run(self, tokens: list[Token]) -> set[int]:
        """The divisions a run of capitalised words names: the whole run (``South Carolina``), else
        each word (``Florida`` of ``Republican Florida``)."""
        whole = self._divisions_named(" ".join(t.text for t in tokens))
        return whole or {g for t in tokens for g in self._divisions_named(t.text)}

    def _home_divisions(self, cluster: Cluster) -> set[int]:
        """The states or provinces the text gives a named person as their own (roles39): the
        capitalised words right before their title or name (``Florida Sen. Ann Lee``), an ``of``
        phrase right after the name (``Sen. Ann Lee of Florida``), a legislator's party tag (``Ann Lee
        (R-Fla.)``), or a home-state phrase possessed in a clause whose subject is the name (``if Ann
        Lee wins her home state of Florida``; home_division_noun). Evidence of which person ``the
        Florida senator`` is when the text names two senators."""
        found: set[int] = set()
        text = doc_text(self.doc)
        for m in cluster.mentions:
            if m.kind not in {"name", "title"}:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            run: list[Token] = []
            k = span.start - 1
            while k >= 0 and len(run) < 3 and self.sent_of[k] == self.sent_of[span.start] \
                    and self.tokens[k].pos_ == "PROPN" and self.tokens[k].text[:1].isupper():
                run.insert(0, self.tokens[k])
                k -= 1
            found |= self._division_run(run)
            if m.kind == "title" and len(span) > 1:
                # "New Hampshire Sen." taken whole as the title mention: the state is inside the mention,
                # before the office's word, as it stands before a bare title ("Ohio Sen. Ann Lee")
                found |= self._description_divisions(span.start, span.end)
            if m.kind != "name":
                continue
            if span.end + 1 < len(self.tokens) and self.tokens[span.end].lower_ == "of":
                after: list[Token] = []
                k = span.end + 1
                while k < len(self.tokens) and len(after) < 3 and self.tokens[k].text[:1].isupper() \
                        and self.tokens[k].pos_ == "PROPN":
                    after.append(self.tokens[k])
                    k += 1
                found |= self._division_run(after)
            tag = self._party_tag(text, m.end)
            if tag is not None:
                found |= self._divisions_named(tag.group(2).strip())
            head = m.head
            for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
                # "Ann Lee, the independent Ohio senator who ...": an office's apposition names her state
                # as the words before her title would (issue 15, descs41)
                if self.ad.role(appos.lemma_) is not None:
                    found |= self._division_run([c for c in appos.children if c.dep_ == "compound"
                                                 and c.pos_ == "PROPN" and c.i < appos.i])
            if head.dep_ in SUBJECT_DEPS:
                found |= self._home_phrase_divisions(head.head)
        return found

    def _home_phrase_divisions(self, verb: Token) -> set[int]:
        """``wins his home state of Florida``, ``back in her native province, Ontario``: the division a
        home-state phrase with a possessive determiner names in the clause of ``verb`` itself (not in
        a clause joined to it: ``X wins his home state and Y wins his``)."""
        found: set[int] = set()
        for noun in verb.subtree:
            if noun.pos_ != "NOUN" or not any(c.tag_ == "PRP$" for c in noun.children):
                continue
            if not any(f"{c.lower_} {noun.lower_}" in self.ad.words.home_division_noun
                       for c in noun.children if c.dep_ in {"compound", "amod"}):
                continue
            up = noun.head
            while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i:
                up = up.head
            if up.i != verb.i:
                continue
            for c in noun.children:
                named = [c] if c.dep_ == "appos" else [g for g in c.children if g.dep_ == "pobj"] \
                    if c.dep_ == "prep" and c.lower_ == "of" else []
                for n in named:
                    found |= self._division_run([t for t in n.subtree if t.pos_ == "PROPN"])
        return found

    def _description_divisions(self, start: int, end: int) -> set[int]:
        """The state or province a description names before its noun (``the Florida senator``,
        ``the former South Carolina governor``); empty when it names none."""
        run = [t for t in self.tokens[start: end - 1] if t.text[:1].isupper() and t.pos_ == "PROPN"]
        return self._division_run(run) if run else set()

    def _second_subject_partner(self, root: Token) -> list[Token]:
        """``Sen. Ann Lee of Ohio, a candidate eliminated from the race, ...``: the parser may make both
        the name and the noun phrase after its comma subjects of one verb; a clause has one subject,
        so the noun phrase right after the name's comma (and its ``of``/``from`` place) is an
        apposition to the name (roles39). The name's head, or nothing."""
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            return []
        first = root.left_edge.i
        if first < 2 or self.tokens[first - 1].text != ",":
            return []
        for other in root.head.children:
            if other.i < first and other.dep_ == root.dep_ and other.ent_type_ == "PERSON" \
                    and other.right_edge.i in {first - 2, first - 1}:  # the comma the name's or the verb's
                return [other]
        return []
