"""Codes: each entity's country and sectors, from the text first (homes, bodies' heads), then the actor dictionary.

Phase D of ``EntityResolver``: the methods read and change the resolver's state
(``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly as its own do; ``resolve`` in
components/entities.py runs them in order."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.actors import Role, normalise_name
from newsevents.components.entities_base import (
    STORY_COUNTRY,
    Cluster,
    Mention,
    _gazetteer_city_country,
    _gazetteer_country,
    _gazetteer_is_place,
    _gazetteer_prominent,
    clear_focus,
)
from newsevents.docquery import doc_text
from newsevents.eventcoding.home_codes import PARTY_HOMES, argument_side

# entity types of a compound word before a body's noun that say it is no place ("a Boeing supply firm")
_NOT_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# marks that open a quotation: a paragraph opening with one and ending in a dash and a name is an epigraph
QUOTE_OPENINGS = frozenset({'"', "\u201c", "'", "\u2018"})


# Codes a nearby party gives no governmental title (_nearby_country): the UN's, international and non-governmental
# bodies', an armed group's and a multinational firm's; an office is no such party's.
_NO_OFFICE_HOMES = frozenset({"UNO", "IGO", "NGO", "IMG", "MNC"})


class CodeRules:
    """The rules of this concern; each says which pattern it reads and why."""

    def _finish_codes(self) -> None:
        self._given_names_of_family()
        self._stated_homes()
        self._bracket_homes()
        self._party_apposition_homes()
        self._possessor_homes()  # codes37
        self._apposed_division_homes()  # short39: "<Name>, the <State> land commissioner,"
        for cluster in self.clusters:
            if cluster.type == "PERSON" and cluster.key.startswith("person:"):
                holder = self.ad.holder_named(cluster.name, self.published)
                if holder and self.published is not None and not holder.holds_on(self.published):
                    # a past or future office (a candidate in 2016 who is president later): the
                    # person's country, not the office's sector or title on this date
                    cluster.country = cluster.country or holder.country
                    cluster.needs_country = cluster.needs_country and cluster.country is None
                    continue
                if holder and (cluster.country in (None, holder.country)):
                    cluster.country = holder.country
                    for sector in holder.sectors:
                        if sector not in cluster.sectors:
                            cluster.sectors.append(sector)
                    if not cluster.title:
                        cluster.title = holder.office.title()
                    cluster.needs_country = False
        self._nationality_modified_bodies()  # codes40: "the Italian Senate's ..."
        self._dictionary_codes()
        self._sites_written_on()  # names38: "<Name> wrote on <Site>"
        self._possessed_body_homes()  # names38: "<Capital>'s House of Representatives"
        self._common_party_homes()  # actors18
        self._party_titled_homes()  # names38: "Republican strategist Tom Reed"
        self._homes_after_of()
        self._staff_of_bodies()
        self._party_rank_homes()  # codes40: "<Name>, the No. 2 in the <Party> leadership"
        self._police_story_roles()  # police17
        # One pass: the story's country is counted before any code is presumed from it, and the
        # event stage reads the count of its people and bodies rather than counting the codes
        # given here again (a story's places alone make no home for the event stage's parties:
        # "the two presidents met in Geneva" are no Swiss presidents).
        self.doc.user_data[STORY_COUNTRY] = self._dominant_country()
        dominant = self._story_country()
        self._public_surnames(dominant)  # short39: a public figure named by the family name alone throughout
        self._rivals_of_office_holders()  # short39: "<Name> lost his bid against <Office holder>"
        self._predicate_state_offices()  # short39: "<Name> is the governor of <State>"
        self._apposed_division_homes()  # codes40: again, now the office holders are coded ("a <Holder> adviser")
        self._coordinated_people(dominant)
        self._one_of_office_holders()
        self._apposed_office_holders()  # codes37
        for cluster in self.clusters:
            if cluster.country is None and not cluster.needs_country and self._candidate(cluster):
                # a candidate for office stands in a state's contest: a state role (issue 15)
                cluster.needs_country = True
                cluster.evidence.append(f"{cluster.name}: a candidate for office")
        for cluster in self.clusters:
            if cluster.country is None and self._foreign(cluster):
                continue  # "foreign firms", "overseas investors": of any country but the story's
            story = self._story_of(cluster, dominant)  # codes40: a brief's own country in a column of briefs
            if cluster.needs_country and cluster.country is None:
                cluster.country = self._nearby_country(cluster) or story or self._local_office_country(cluster)
                if cluster.country is not None:
                    self.presumed.add(id(cluster))
            elif cluster.country is None and story and (
                    cluster.key.startswith("org:None:") and set(cluster.sectors) != {"CVL"}  # no aid group or NGO
                    or (cluster.key.startswith("group:None:") and (self.ad.words.local_sector & set(cluster.sectors)
                                                                   or cluster.key[len("group:None:"):] in self.ad.words.local_group))
                    or (cluster.key.startswith("role:None:") and cluster.type == "PERSON"
                        and set(cluster.sectors) & self.ad.words.unnamed_state_sector)):
                # "the government", "parliament", "police", "a rescue official": in a story about
                # one country, that country's (a story set in Seattle is about the United States).
                cluster.country = story
                self.presumed.add(id(cluster))
        self._named_state_bodies(dominant)
        self._municipal_officers(dominant)
        for cluster in self.clusters:
            employer = self.employer.get(id(cluster))
            if cluster.country is None and employer is not None and employer.country is not None:
                own = self.ad.sector_of(cluster.role) if cluster.role else None
                if own == "BUS" and set(employer.sectors) & self.ad.words.named_state_sector and "BUS" not in employer.sectors \
                        and (set(employer.sectors) != {"LEG"} or self._legislature_named(employer)):
                    # "Finance Committee Chairman Tom Reed": the chair of a state's body (a chamber's committee,
                    # a council) holds that state's office, no business's (codes37)
                    cluster.sectors = [x for x in cluster.sectors if x != "BUS"]
                    cluster.evidence.append(f"{cluster.name}: the chair of a state's body, {employer.name}")
                elif id(employer) in self.presumed and own is not None and own not in self.ad.words.state_sector:
                    continue  # a professor at a body of the story's country may come from anywhere
                # "Electoral Commission boss X": the person serves that body, of its country
                cluster.country = employer.country
                if id(employer) in self.presumed:
                    self.presumed.add(id(cluster))
        self._relatives_homes()  # ents42: "her husband, <Given>," of a person the text gives a country

    def _relatives_homes(self) -> None:
        """``Ann Lee won ..., and her husband, Tom, cheered``: a person the text names as the relative of
        one person (a relation noun of person_nouns.tsv in the name's title or apposition, possessed by
        that person) and gives no country of their own shares the relative's country: a family shares a
        home unless the text says otherwise (a stated home, an office or a body coded earlier wins). A
        possessive pronoun counts only when its sentence names the relative before it (``His parents,
        Tom and Kate, ...`` opening a sentence may be anyone's)."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            owners = {id(o): o for o in self._relatives_named(cluster)}
            if len(owners) != 1:
                continue
            owner = next(iter(owners.values()))
            if owner is cluster or owner.type != "PERSON" or owner.country is None:
                continue
            cluster.country = owner.country
            if id(owner) in self.presumed:
                self.presumed.add(id(cluster))
            cluster.evidence.append(f"{cluster.name}: the relative of {owner.name}, of {owner.country}")

    def _relatives_named(self, cluster: Cluster) -> list[Cluster]:
        """The people whose relative the text says ``cluster`` is, by a relation noun before the name or in
        apposition to it (``her husband, Tom``, ``Ann Lee's son Tom``), each possessor read only where it is
        sure: a name, or a pronoun whose sentence names its person before it."""
        found: list[Cluster] = []
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            nouns = [c for c in m.head.children if c.dep_ in {"appos", "compound"} and c.i < m.head.i]
            if m.head.dep_ == "appos":
                nouns.append(m.head.head)
            for noun in nouns:
                person = self.ad.person_noun(noun.lemma_)
                if person is None or person.kind != "relation":
                    continue
                for poss in self._relation_possessors(noun):
                    owner = self._cluster_at(poss.i)
                    if owner is None:
                        continue
                    if poss.tag_ == "PRP$" and not any(
                            x.kind == "name" and x.sent == self.sent_of[poss.i] and x.end <= poss.idx for x in owner.mentions):
                        continue
                    found.append(owner)
        return found

    def _legislature_named(self, committee: Cluster) -> bool:
        """Whether a committee (LEG by its noun alone) is a chamber's, not a firm's board's: its name holds
        another state body's noun (``Senate Finance Committee``), or the text names a legislature of a
        country the text gives (not presumed)."""
        words = normalise_name(committee.name).split()[:-1]
        if any((role := self.ad.role(w)) is not None and role.kind == "org" and role.sector in self.ad.words.state_sector
               for w in words):
            return True
        return any(c is not committee and c.type == "ORG" and "LEG" in c.sectors and c.country
                   and id(c) not in self.presumed for c in self.clusters)

    def _possessor_homes(self) -> None:
        """codes37 (issue 15): a place that possesses a person of no country says where they serve or come from.

        - ``Spain's new finance minister, Tom Hart,`` and ``Tom Hart, Spain's new finance minister,``: a
          name in apposition to a noun possessed by a country's name is of that country (the name possessed
          directly, ``Spain's Tom Hart``, the names stage reads already); not a noun of whom the person
          stands against (``Spain's fiercest critic``: ``possessor_not_home``).
        - ``Ohio's Mary Tolland and Iowa's Dan Merrow could each lose their seats``: a name (or such an
          apposed noun) possessed by a first-order division of one country, in a sentence about elected
          office (``politics_word``), names that division's office holder: the division's country. No
          sector: which office it is the text does not say.
        A possessor that names both a country and another country's division (``Georgia``) gives nothing."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                found = self._possessor_home(m.head)
                if found is not None:
                    cluster.country = found[0]
                    cluster.evidence.append(f"{cluster.name}: {found[1]}")
                    break

    def _possessor_home(self, head: Token) -> tuple[str, str] | None:
        words = self.ad.words
        nouns = [head.head] if head.dep_ == "appos" and head.head.pos_ == "NOUN" else []
        nouns += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        politics: bool | None = None
        for owned in [*nouns, head]:
            if owned is not head and (owned.lemma_.lower() in words.possessor_not_home or owned.lower_ in words.possessor_not_home):
                continue
            for poss in (c for c in owned.children if c.dep_ == "poss" and c.ent_type_ in {"GPE", "LOC"}):
                span = next((e for e in self.doc.ents if e.start <= poss.i < e.end), None)
                text = span.text if span is not None else poss.text
                divisions = {c.country for c in (self.gaz.candidates(text) if self.gaz is not None else ())
                             if c.level == "admin1" and c.country}
                country = self.ad.country_name_of(text)
                if country is not None:
                    if owned is not head and not divisions - {country}:
                        return country, f"{text}'s {owned.text}, in apposition"
                    continue
                if len(divisions) != 1:
                    continue
                if politics is None:
                    sent = head.sent
                    politics = any(t.lemma_.lower() in words.politics_word or t.lower_ in words.politics_word for t in sent)
                if politics:
                    return divisions.pop(), f"{text}'s, a division's office holder in a sentence of elected office"
        return None

    def _coordinated_chambers(self) -> None:
        """``majorities in the House and Senate``: a body named by one capitalised word that is a
        chamber's short name (``chamber_short_name``) with no sector of its own, coordinated with a
        body coded LEG, is that legislature's other chamber: LEG, and the partner's country when it
        has none. Both orders; the conjunction is the parser's ``conj`` either way (ents36)."""
        legislative = {}
        for cluster in self.clusters:
            if "LEG" in cluster.sectors:
                for m in cluster.mentions:
                    legislative[m.head.i] = cluster
        if not legislative:
            return
        for cluster in self.clusters:
            if cluster.type != "ORG" or cluster.sectors or normalise_name(cluster.name) not in self.ad.words.chamber_short_name:
                continue
            for m in cluster.mentions:
                head = m.head
                if not head.text[:1].isupper():
                    continue
                near = [head.head] if head.dep_ == "conj" else []
                near += [c for c in head.children if c.dep_ == "conj"]
                partner = next((legislative[t.i] for t in near if t.i in legislative and legislative[t.i] is not cluster), None)
                if partner is None:
                    continue
                cluster.sectors.append("LEG")
                cluster.country = cluster.country or partner.country
                cluster.evidence.append(f"{head.text!r}: a chamber coordinated with {partner.name}")
                break

    def _one_of_office_holders(self) -> None:
        """``One of the court's most conservative justices, Harold Vance, died``: a name in apposition
        to a plural state office after ``one of`` (a number's partitive) holds that office, so it takes
        a country as a titled office holder does (the story's, or one nearby); ``one of the former
        senators`` is no office now (persons31)."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or cluster.needs_country \
                    or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                noun = m.head.head
                if m.head.dep_ != "appos" or noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
                        or not (noun.head.head.like_num or noun.head.head.lower_ == "one"):
                    continue
                role = self.ad.role(noun.lemma_) or self.ad.role(noun.text)
                if role is None or role.sector not in words.state_sector \
                        or any(t.lower_ in words.former_word for t in noun.subtree if t.i < noun.i):
                    continue
                cluster.needs_country = True
                cluster.evidence.append(f"{cluster.name}: one of the {noun.text}, a state's office")
                break

    def _apposed_office_holders(self) -> None:
        """codes37 (issue 15): ``Dan Oberly, a Republican lawmaker, said``, ``Ann Lee, a county judge,``,
        ``Tom Hart, a Democrat,``: a name with an indefinite apposition whose noun is a state's office of home
        (``unnamed_state_sector``: government, legislature, courts, police) or a party's member holds that
        office now: its sector, and a country as a titled office holder takes one (the story's, or one
        nearby). Not a past office (``a former senator``, ``former_word``), not a noun that serves firms as
        often (``loose_office_noun``: ``a spokesman``), not one a complement ties to a body (``a judge at
        the show``) or a common noun that is no state's modifies (``a campaign aide``, ``a moot-court judge``:
        only ``apposed_office_modifier``)."""
        words = self.ad.words
        sectors = words.unnamed_state_sector | {"PTY"}
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or cluster.needs_country \
                    or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                role = next((r for noun in m.head.children if noun.dep_ == "appos"
                             and (r := self._apposed_office(noun)) is not None and r.sector in sectors), None)
                if role is None:
                    continue
                cluster.needs_country = True
                if role.sector not in cluster.sectors:
                    cluster.sectors.append(role.sector)
                cluster.evidence.append(f"{cluster.name}: an apposition names a state's office ({role.role})")
                break

    def _apposed_division_homes(self) -> None:
        """short39 (issue 15): ``Ann Marlow, the Ontario land commissioner,``, ``said Tom Reed, his hawkish
        Vermont colleague``, ``the Ohio treasurer, Ann Lee,``: a person's name in apposition with a state's
        office noun (a role of a person in a state's sector) or a peer's noun (``peer_noun``: the colleague of
        a politician) that a state's, a province's or a country's name modifies is of that country: the
        writer places the office there. The place is read whole (``South Carolina``) and must be a country or
        the first-level division of one country only (``_division_country``). Not a private person's noun
        (``a Texas rancher`` is of no state: private people take no country by a place)."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                nouns = [c for c in m.head.children if c.dep_ == "appos" and c.i > m.head.i]
                if m.head.dep_ == "appos" and m.head.head.i < m.head.i:
                    nouns.append(m.head.head)
                country = next((code for noun in nouns if self._state_or_peer_noun(noun)
                                for place in noun.lefts if place.dep_ in {"compound", "nmod"} and place.pos_ == "PROPN"
                                and (code := self._division_country(place)) is not None), None)
                # codes40: "<Name>, a senator from Iowa,", "<Name>, the governor of Ohio,": the place after the noun
                country = country or next((code for noun in nouns if self._state_or_peer_noun(noun)
                                           and noun.lemma_.lower() not in self.ad.words.peer_noun
                                           and (code := self._office_place(noun)) is not None), None)
                if country is None:
                    continue
                self._give_country(cluster, country, f"an apposition places the person in {country}")
                break

    def _public_surnames(self, dominant: str | None) -> None:
        """short39 (issue 15): ``I like Dr. Wexley and Marsh``: a person the article names by the family
        name alone throughout (never a given name) is one the writer expects readers to know, a public
        figure; when the office holders' table has one person of that family name and of the story's
        country, the person is of that country (the country only: which office, and when, is not said).
        A private person is named in full at first mention, so such a surname stays uncoded."""
        if dominant is None:
            return
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:") \
                    or " " in cluster.name.strip() or not cluster.name[:1].isupper():
                continue
            holders = self.ad.holders_of_family_name(cluster.name)
            names = {normalise_name(h.name) for h in holders}
            if len(names) != 1 or holders[0].country != dominant:
                continue
            self._give_country(cluster, dominant, f"named by the family name alone, as {holders[0].name} of the table")

    def _rivals_of_office_holders(self) -> None:
        """short39 (issue 15): ``Tom Reed undermined his bid against Ann Lee in 1990``, ``Tom Reed ran against
        Ann Lee``: two people in one contest (a contest noun whose possessor is one, or whose pronoun possessor
        is the subject of its clause; a contest verb's subject) with ``against`` the other; when one of them is
        an office holder of the table (a state's contest: an election) coded with a country, the other, with
        none, takes that country. Never between people the table does not know (two players of a match may be
        of two countries)."""
        words = self.ad.words
        for against in self._with_lower({"against"}):
            head = against.head
            rival = next((c for c in against.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if rival is None or against.dep_ != "prep":
                continue
            subject = None
            if head.pos_ == "NOUN" and head.lemma_.lower() in words.contest_noun:
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                if owner is not None and owner.pos_ == "PROPN":
                    subject = owner
                elif owner is not None and owner.pos_ == "PRON" and head.dep_ == "dobj":
                    subject = next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            elif head.pos_ == "VERB" and head.lemma_.lower() in words.contest_verb:
                subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            if subject is None:
                continue
            one, other = self._cluster_at(subject.i), self._cluster_at(rival.i)
            if one is None or other is None or one is other or one.type != "PERSON" or other.type != "PERSON":
                continue
            for coded, bare in ((one, other), (other, one)):
                if coded.country is not None and bare.country is None and bare.key.startswith("person:") \
                        and self.ad.holder_named(coded.name) is not None:
                    bare.country = coded.country
                    bare.needs_country = False
                    bare.evidence.append(f"{bare.name}: in a contest against {coded.name}, an office holder")

    def _predicate_state_offices(self) -> None:
        """short39 (issue 15): ``Ann Lee is the first governor of Ohio``, ``Ann Lee is a lawyer and the Ohio
        treasurer``, ``he went on to serve as governor of Ohio``: a person (a name or a pronoun of the
        person) the subject of ``be`` whose predicate (or a predicate's conjunct) is a state office's noun, or
        of ``serve as`` such a noun, that a state's, a province's or a country's name places (before it, or
        after its ``of``), is of that country. Not a negated clause."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in cluster.mentions:
                # codes40: the relative clause on a name says of the person what a predicate says
                # ("<Name>, who served as governor of Ohio,", "<Name>, who chairs the Senate <Committee>,")
                relative = [c for c in m.head.children if c.dep_ == "relcl" and any(
                    d.dep_ == "nsubj" and d.lower_ in self.ad.words.relative_person_pronoun for d in c.children)]
                if m.head.dep_ != "nsubj" and not relative:
                    continue
                seeds = ([m.head.head] if m.head.dep_ == "nsubj" else []) + relative
                nouns: list[Token] = []
                # the verb, verbs joined to it that share its subject ("was ..., then went on to serve"), and
                # their open complements ("went on to serve")
                verbs = [v for verb in seeds for v in (verb, *(
                    c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                    and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)))]
                verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
                seats: list[tuple[Token, Token]] = []
                for v in verbs:
                    if any(c.dep_ == "neg" for c in v.children):
                        continue
                    if v.lemma_ == "be":
                        nouns += [c for c in v.children if c.dep_ == "attr"]
                    elif v.lemma_ == "serve":
                        nouns += [o for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                                  for o in c.children if o.dep_ == "pobj"]
                    elif v.lemma_.lower() in self.ad.words.state_seat_verb:
                        seats += [(v, c) for c in v.children if c.dep_ == "dobj"]
                nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]
                country = next((code for noun in nouns if self._state_or_peer_noun(noun)
                                and noun.lemma_.lower() not in self.ad.words.peer_noun
                                and (code := self._office_place(noun)) is not None), None)
                country = country or next((code for v, obj in seats if (code := self._seat_country(cluster, v, obj))), None)
                if country is None:
                    continue
                self._give_country(cluster, country, f"a predicate names a state's office in {country}")
                break

    def _seat_country(self, person: Cluster, verb: Token, obj: Token) -> str | None:
        """codes40: the country of a state's seat a verb of ``state_seat_verb`` gives its subject: a body the
        text names as a state's or a party's (``chairs the Senate <Committee>``, ``leads the <Party>``), or
        for ``represent``, a country or one country's first-level division (``represents Ohio``). A state's
        body of no country yet is the person's employer: the person takes its country when the story gives
        it one (the employer loop of ``_finish_codes``)."""
        body = next((c for c in self.clusters if c.type in {"ORG", "NORP"} and c is not person
                     and set(c.sectors) & self.ad.words.state_sector
                     and any(x.start <= obj.idx < x.end for x in c.mentions)), None)
        if body is not None:
            if body.country is None:
                self.employer.setdefault(id(person), body)
            elif id(body) not in self.presumed and len(body.country) == 3 and body.country not in self.ad.words.not_state:
                return body.country
        if verb.lemma_.lower() == "represent" and obj.pos_ == "PROPN":
            return self._division_country(obj)
        return None

    def _office_place(self, noun: Token) -> str | None:
        """The country of the place that names an office noun's state: a name before it (``the Ohio
        treasurer``) or after its ``of`` or ``from`` (``governor of Ohio``, ``a senator from Iowa``, codes40), a
        country or one country's division."""
        for place in noun.lefts:
            if place.dep_ in {"compound", "nmod"} and place.pos_ == "PROPN":
                code = self._division_country(place)
                if code is not None:
                    return code
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):  # "a senator from Iowa"
            for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                code = self._division_country(place)
                if code is not None:
                    return code
        return self._office_holder_owner(noun)

    def _office_holder_owner(self, noun: Token) -> str | None:
        """codes40: ``Obama's chief of staff``, ``a Clinton adviser``: a state office's noun whose possessor or
        compound is a person the text or the tables code as a state's (a state sector, or an office holder of
        the table at any date; the country read, not presumed) serves that person's state: that person's
        country."""
        for owner in noun.lefts:
            if owner.dep_ not in {"poss", "compound"} or owner.pos_ != "PROPN":
                continue
            person = next((c for c in self.clusters if c.type == "PERSON" and c.country and len(c.country) == 3
                           and c.country not in self.ad.words.not_state and id(c) not in self.presumed
                           and (set(c.sectors) & self.ad.words.state_sector or self.ad.holder_named(c.name) is not None)
                           and any(m.start <= owner.idx < m.end for m in c.mentions if m.kind == "name")), None)
            if person is not None:
                return person.country
        return None

    def _state_or_peer_noun(self, noun: Token) -> bool:
        """A common noun of a state's office (a role of a person whose sector is a state's) or of a peer."""
        if noun.pos_ != "NOUN":
            return False
        if noun.lemma_.lower() in self.ad.words.peer_noun:
            return True
        role = self.ad.role(noun.lemma_) or self.ad.role(noun.text)
        if role is None or role.sector not in self.ad.words.state_sector:
            # "chief of staff": the noun and its "of" phrase are one office's name (codes40)
            role = next((found for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for obj in prep.children if obj.dep_ == "pobj"
                         and (found := self.ad.role(f"{noun.lemma_.lower()} of {obj.lower_}"))), role)
        return role is not None and role.kind == "person" and role.sector in self.ad.words.state_sector

    def _apposed_office(self, noun: Token) -> Role | None:
        """The role of an indefinite apposition's noun (``a Republican lawmaker``), or None (see
        ``_apposed_office_holders``)."""
        words = self.ad.words
        if noun.tag_ not in {"NN", "NNP"} or noun.lower_ in words.loose_office_noun:
            return None
        lefts = list(noun.lefts)
        if not lefts or lefts[0].lower_ not in words.indefinite_article:
            return None
        if any(c.dep_ == "prep" or c.dep_ == "poss" for c in noun.children):
            return None
        for c in lefts[1:]:
            if c.lower_ in words.former_word or c.lemma_.lower() in words.former_word:
                return None
            if c.pos_ == "NOUN" and c.lower_ not in words.apposed_office_modifier:
                return None
        return self.ad.role(noun.lemma_) or self.ad.role(noun.text)

    def _police_story_roles(self) -> None:
        """Officers, deputies, troopers, agents and detectives of no other service named beside them serve the
        police in a police story (police17): ``Deputies with the county sheriff's office arrested a man``,
        ``Officers arrested two teenagers``, ``shot at officers who came to serve a warrant`` take the police
        sector, not the role table's (``officer`` MIL, ``deputy`` LEG, ``agent`` SPY). A police story: a
        sentence of the noun holds a word of police work (actor_words.tsv ``police_story_word``: an arrest, a
        warrant, a sheriff, a chase) or the text names a police body. A word of another service beside the noun
        or in its sentences keeps the table's sector (``army officers arrested the president``, ``deputies in
        the assembly``, ``police_other_service``)."""
        words = self.ad.words
        if not words.police_role_noun:
            return
        police_body = any(c.key.startswith("org:") and "COP" in c.sectors for c in self.clusters)
        for cluster in self.clusters:
            if cluster.type not in ("NORP", "PERSON") or cluster.key.startswith(("person:", "org:", "country:")):
                continue
            if "COP" in cluster.sectors or set(cluster.sectors) - {"MIL", "LEG", "SPY", "GOV"}:
                continue
            heads = {m.head.lemma_.lower() for m in cluster.mentions} | {m.head.lower_ for m in cluster.mentions}
            if not cluster.mentions or not heads & words.police_role_noun:
                continue
            story = police_body
            other = False
            for m in cluster.mentions:
                span = self.doc[m.start:m.end]
                if any(t.lower_ in words.police_other_service or t.lemma_.lower() in words.police_other_service
                       for t in span if t.i != m.head.i):
                    other = True
                    break
                sent = m.head.sent
                lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
                if lemmas & words.police_other_service:
                    other = True
                    break
                story = story or bool(lemmas & words.police_story_word)
            if other or not story:
                continue
            cluster.sectors = ["COP"]
            cluster.evidence.append(f"{cluster.name}: police in a police story")

    def _candidate(self, cluster: Cluster) -> bool:
        """A named person standing for an office: ``Senate hopeful X`` (title), ``X, a candidate for
        mayor``, ``X, a surgeon running for the nomination``, ``X, who is running for the Senate``
        (actor_words.tsv ``candidacy_*``). A candidate of no country named takes the story's, as an
        official does; a private person does not (docs/entities.md, rule 7)."""
        if cluster.type != "PERSON" or not cluster.key.startswith("person:"):
            return False
        words = self.ad.words
        if cluster.title and any(w in words.candidacy_noun for w in cluster.title.lower().split()):
            return True
        for m in cluster.mentions:
            if m.kind != "name":
                if m.head.lower_ in words.candidacy_noun and m.head.pos_ == "NOUN":
                    return True
                continue
            described = [m.head, *(c for c in m.head.children if c.dep_ == "appos")]
            if any(c.lower_ in words.candidacy_noun for c in described[1:]):
                return True
            if self._voted_for(m.head):
                return True
            for noun in described:
                for verb in noun.children:
                    if verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in words.candidacy_verb \
                            and any(self._office_object(o) for o in self._verb_objects(verb)):
                        return True
        return False

    def _voted_for(self, name: Token) -> bool:
        """codes37: ``she would vote for Dana Kell or Tom Brill``, ``I wrote in "Alan Birk" on my ballot``,
        ``voters elected Sam Hurd``: a name given a vote (``ballot_verb``, with its preposition or particle,
        or as its object; a conjunct of such a name too) stands for an office."""
        ballot = self.ad.words.ballot_verb
        while name.dep_ == "conj" and name.head.pos_ == "PROPN":
            name = name.head
        if name.dep_ == "pobj":
            prep, verb = name.head, name.head.head
            return prep.dep_ == "prep" and ballot.get(verb.lemma_.lower()) == prep.lower_ and verb.pos_ == "VERB"
        if name.dep_ == "dobj" and name.head.pos_ == "VERB" and (taken := ballot.get(name.head.lemma_.lower())) is not None:
            particles = {c.lower_ for c in name.head.children if c.dep_ == "prt"}
            return taken in particles if taken else not particles
        return False

    @staticmethod
    def _verb_objects(verb: Token) -> list[Token]:
        """A verb's direct objects and the objects of its "for" ("seeking the nomination", "running for governor")."""
        found = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
        return found

    def _office_object(self, tok: Token) -> bool:
        """An office one stands for: a candidacy word (``nomination``, ``seat``), a role (``governor``)
        or a named body (``the Senate``)."""
        return tok.lower_ in self.ad.words.candidacy_object or self.ad.sector_of(tok.lower_) is not None \
            or tok.ent_type_ == "ORG"

    def _coordinated_people(self, dominant: str | None) -> None:
        """``Ann Lee and Tom Rade are both progressives``, ``a race between Lee and Rade``: a named
        person with no country, coordinated by name with people of the story's own country (read
        in the text or the tables, not presumed) and with nobody of another, is of that country
        too, when something else in the story is of it as well. The count of the story's country was taken before; this presumes nothing else."""
        if dominant is None:
            return
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for cluster in people:
            if cluster.country is not None:
                continue
            partners: set[int] = set()
            for m in (m for m in cluster.mentions if m.kind == "name"):
                head = m.head
                tokens = [c for c in head.children if c.dep_ == "conj"]
                if head.dep_ == "conj":
                    tokens += [head.head, *(c for c in head.head.children if c.dep_ == "conj" and c.i != head.i)]
                for tok in tokens:
                    partners.update(id(c) for c in people if c is not cluster and any(
                        x.kind == "name" and x.head.i == tok.i for x in c.mentions))
            countries = {c.country for c in people if id(c) in partners and id(c) not in self.presumed}
            # the story is of that country by more than the partners' own words ("Irishman Sean
            # Dolan and John Carrick": a nationality said of one man is his alone)
            elsewhere = any(c.country == dominant and id(c) not in partners and c is not cluster
                            and id(c) not in self.presumed for c in self.clusters)
            if countries == {dominant} and elsewhere:
                cluster.country = dominant
                cluster.evidence.append(f"{cluster.name}: named together with people of {dominant}")

    def _foreign(self, cluster: Cluster) -> bool:
        """A body or group every mention of which is called foreign ("foreign firms", "overseas
        investors"): the words say it is not of the country the story is about."""
        return bool(cluster.mentions) and all(
            any(c.dep_ == "amod" and c.lower_ in self.ad.words.foreign_word for c in m.head.children)
            for m in cluster.mentions)

    def _home_of_place(self, place: Token) -> str | None:
        """The country of a place named as a body's home: a country, or a gazetteer place of
        weight (never a village: ``_gazetteer_country``). A name of several words is read whole
        (``New York-based``: New York, not York)."""
        words = [c for c in place.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if place.dep_ == "pobj":
            name = self.doc[place.left_edge.i: place.i + 1].text
        else:
            name = self.doc[words[0].i: place.i + 1].text if words else place.text
        if words and place.dep_ != "pobj":  # "New Mexico-based": no word of the name alone is the place
            return self.ad.country_name_of(name) or _gazetteer_country(self.gaz, name)
        return self.ad.country_name_of(name) or self.ad.country_of(place.text) or _gazetteer_country(self.gaz, name)

    def _stated_home(self, name: Token) -> str | None:
        """The country the text says a named body is at home in: ``Titan, a California-based
        company``, ``Acme, a Texas firm``, ``Acme Corp, based in Nairobi``, ``Acme, which is
        headquartered in Lagos``."""
        partners = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos":
            partners.append(name.head)
        for mod in name.children:  # "US-based Acme International"
            if mod.dep_ == "amod" and mod.lemma_.lower() in self.ad.words.home_word and mod.i < name.i:
                for place in mod.children:
                    if place.dep_ in {"npadvmod", "compound", "nmod"} and place.pos_ == "PROPN":
                        found = self._home_of_place(place)
                        if found:
                            return found
        for noun in partners:
            role = self.ad.role(noun.lemma_)
            if role is None or role.kind != "org":
                continue
            for mod in noun.children:
                if mod.dep_ == "amod" and mod.lemma_.lower() in self.ad.words.home_word:  # "California-based"
                    for place in mod.children:
                        if place.dep_ in {"npadvmod", "compound", "nmod"} and place.pos_ == "PROPN":
                            found = self._home_of_place(place)
                            if found:
                                return found
                elif mod.dep_ in {"compound", "nmod", "amod"} and mod.pos_ == "PROPN" and mod.i < noun.i \
                        and mod.ent_type_ in {"GPE", "LOC"}:  # "a Texas company"
                    found = self._home_of_place(mod)
                    if found:
                        return found
                elif mod.dep_ == "compound" and mod.pos_ == "PROPN" and mod.i < noun.i \
                        and mod.ent_type_ not in _NOT_PLACE_ENTITIES:
                    # actors28: "a Leeds law firm": a town before the body's noun, which the model may tag
                    # otherwise (a product), is the body's home when it is a place of weight; a name of a
                    # person, a body or a people there ("a Boeing supply firm") is no home
                    found = self._home_of_place(mod)
                    if found:
                        return found
        for holder in [name, *partners]:
            for clause in holder.children:  # "based in Nairobi", "which is headquartered in Lagos"
                if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in self.ad.words.home_word:
                    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                        for place in (c for c in prep.children if c.dep_ == "pobj"):
                            found = self._home_of_place(place)
                            if found:
                                return found
        return None

    def _stated_homes(self) -> None:
        """A named body the text says is at home somewhere takes that country, over a match of
        its name with a place (``Titan`` is also a hamlet of GeoNames); every mention of the
        name is then the body, also those the tagger took for a place."""
        homes: dict[str, tuple[str, Token]] = {}
        for tok in self._capitalised():
            if tok.pos_ != "PROPN" or not self.words[tok.i][:1].isupper() or tok.dep_ == "compound":
                continue
            found = self._stated_home(tok)
            if found:
                words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
                homes.setdefault(normalise_name(" ".join(t.text for t in words)), (found, tok))
        for cluster in list(self.clusters):
            # "the Titan corporation": the bare name elsewhere is that body too, unless it is a
            # place of weight ("the Texas company" does not make Texas a company)
            words = cluster.name.split()
            role = self.ad.role(words[-1]) if cluster.type == "ORG" and len(words) > 1 else None
            if role is None or role.sector != "BUS" or not all(w[:1].isupper() for w in words[:-1]):
                continue  # a company's name, not an assembly's ("the Fenwick Assembly" is Fenwick's)
            if words[-2].endswith(("'s", "\u2019s", "s'", "s\u2019")):
                continue  # "Okoro's company": the possessor owns the company, it is no name of it (names46)
            bare = " ".join(words[:-1])
            if self.ad.country_of(bare) or _gazetteer_country(self.gaz, bare) or self.ad.organisation(bare):
                continue
            first = min(cluster.mentions, key=lambda m: m.start).head if cluster.mentions else None
            if first is not None:
                homes.setdefault(normalise_name(bare), (cluster.country, first))
        if not homes:
            return
        for name, (country, tok) in homes.items():
            owners = [c for c in self.clusters if c.type == "ORG" and c.key.startswith(("org:", "group:")) and (
                normalise_name(c.name) == name or normalise_name(c.name).split()[:-1] == name.split()
                and self.ad.role(c.name.split()[-1]) is not None)]
            known = self.ad.organisation(name)
            if known is not None and known.country:
                continue  # the project's table knows the body
            size = len(name.split())
            longer = [c for c in self.clusters if c.type == "ORG" and len(normalise_name(c.name).split()) > size
                      and normalise_name(c.name).split()[:size] == name.split()]
            if len(longer) > 1 and not any(normalise_name(c.name) == name for c in owners):
                continue  # "Zentra" after both Zentra Motors and Zentra Bank: either one's, so neither's
            cluster = owners[0] if owners else self._cluster(f"org:{name}", "ORG", self.doc[tok.left_edge.i: tok.i + 1].text)
            cluster.country = country or cluster.country
            self._every_mention_of(cluster, name)

    def _every_mention_of(self, cluster: Cluster, name: str) -> None:
        """Every free capitalised occurrence of a body's name (normalised) is a mention of it,
        also where the model tagged nothing or a place."""
        size = len(name.split())
        last = name.split()[-1] if size else ""
        for t in self._capitalised():
            start = t.i - size + 1
            if start < 0 or t.i in self.claimed or not self.words[t.i][:1].isupper():
                continue
            # (a cheap test first: the name's last word must be this token's)
            if normalise_name(t.text).split()[-1:] != [last] or normalise_name(self.doc[start: t.i + 1].text) != name:
                continue
            if any(i in self.claimed for i in range(start, t.i + 1)) or not t.text[:1].isupper():
                continue
            self._add(cluster, start, t.i + 1, "name", t)

    def _named_state_bodies(self, dominant: str | None) -> None:
        """A named body whose name says it is a state's (``the Croydon County Court``, ``the
        Riverside Police Department``) and names no country is the story's country's."""
        if dominant is None and self._brief_ranges() is None:
            return
        for cluster in self.clusters:
            if cluster.country is None and cluster.key.startswith("org:") and set(cluster.sectors) & self.ad.words.named_state_sector \
                    and not set(normalise_name(cluster.name).split()) & self.ad.words.international_word:
                # ("the World Anti-Doping Agency" serves many states: never the story's country's)
                story = self._story_of(cluster, dominant)  # codes40: a brief's own in a column of briefs
                if story is None:
                    continue
                cluster.country = story
                self.presumed.add(id(cluster))

    @staticmethod
    def _give_country(cluster: Cluster, country: str | None, why: str | None = None) -> None:
        """Settle a cluster's country from the text's evidence: later passes that fill in a country from the
        story (``needs_country``) must not overrule it, and the reason is kept beside the record's codes."""
        cluster.country = country
        cluster.needs_country = False
        if why:
            cluster.evidence.append(f"{cluster.name}: {why}")

    def _nationality_modified_bodies(self) -> None:
        """codes40: ``the Italian Senate's ...``, ``a French parliament vote``: a body the model named without the
        nationality adjective or country name that modifies it (the word right before the name, hanging on
        the name's head) is of that country; the dictionary's own reading of a common name (``Senate``: the US
        Congress's) and the story's country come after it."""
        for cluster in self.clusters:
            if cluster.type != "ORG" or cluster.country is not None or not cluster.key.startswith("org:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.start == 0:
                    continue
                before = self.tokens[span.start - 1]
                if before.dep_ not in {"amod", "compound", "nmod"} or before.head.i not in range(span.start, span.end) \
                        or before.ent_type_ not in {"NORP", "GPE"}:
                    continue
                country = self.ad.country_of(before.text)
                if country is not None and len(country) == 3 and country not in self.ad.words.not_state:
                    self._give_country(cluster, country, f"named with the nationality of {country} before it")
                    break

    def _dictionary_codes(self) -> None:
        """People and bodies the project's tables do not know: the field's actor dictionary, with
        the code valid on the article's date."""
        for cluster in self.clusters:
            if cluster.country is not None or not cluster.key.startswith(("person:", "org:")):
                continue
            found = self.ad.dictionary_actor(cluster.name, self.published)
            if found is None and cluster.key.startswith("person:") and not cluster.title:
                # "Franklin Roosevelt": the dictionary's name without its middle initial; a person the text gives
                # a title of its own ("chief executive <Name>") is a namesake, not the dictionary's (figcodes41)
                found = self.ad.dictionary_actor_without_initial(cluster.name, self.published)
            if found is None or found.country is None:
                continue
            if self._generic_body_elsewhere(cluster, found.country):
                continue
            cluster.country = found.country
            if not cluster.sectors:
                cluster.sectors = list(found.sectors)
            cluster.needs_country = False

    def _sites_written_on(self) -> None:
        """``<Name> wrote on <Site>.``: a body every named mention of which is the object of ``on`` after a verb
        of writing for a publication (actor_words.tsv ``publication_verb``) is a site or publication: an outlet
        (MED), not a party or a state's body a table files a body of that name under, so the table's country
        goes too (a site's name says nothing of where it is)."""
        verbs = self.ad.words.publication_verb
        for cluster in self.clusters:
            named = [m for m in cluster.mentions if m.kind == "name"]
            if cluster.type != "ORG" or not named or "MED" in cluster.sectors:
                continue
            if not all(m.head.dep_ == "pobj" and m.head.head.lower_ == "on" and m.head.head.head.pos_ == "VERB"
                       and m.head.head.head.lemma_.lower() in verbs for m in named):
                continue
            cluster.evidence.append(f"{cluster.name}: written on, a site (codes of the tables dropped)")
            cluster.country, cluster.sectors, cluster.needs_country = None, ["MED"], False

    def _possessed_body_homes(self) -> None:
        """``a bill filed in <Capital>'s House of Representatives``, ``<Country>'s Supreme Court``: a body's
        name possessed by a country's name or its capital is that country's body, whatever the tables file a
        body of that name under (many states' chambers and courts share their names). Not a body whose own
        name holds a country's word (``<Capital>'s Chinese embassy`` stays China's), nor an international
        body (``not_state`` codes)."""
        for cluster in self.clusters:
            if cluster.type != "ORG" or cluster.country in self.ad.words.not_state:
                continue
            if any(self.ad.country_of(w) for w in cluster.name.split()):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                poss = next((c for c in m.head.children if c.dep_ == "poss" and c.i < m.head.i
                             and c.idx + len(c.text) <= m.start), None)
                if poss is None or not poss.text[:1].isupper():
                    continue
                span = next((e for e in self.doc.ents if e.start <= poss.i < e.end), None)
                text = span.text if span is not None and span.end == poss.i + 1 else poss.text
                country = self.ad.country_name_of(text) or self.ad.capital_of(text)
                if country is None or country == cluster.country:
                    break
                cluster.evidence.append(f"{cluster.name}: possessed by {text}, of {country}")
                self._give_country(cluster, country)
                break

    def _generic_body_elsewhere(self, cluster: Cluster, country: str) -> bool:
        """codes37: ``the Senate`` in a story of a country other than the one the dictionary files that
        word under: a body named only by a noun every state's body of that kind may bear (a role of kind
        ``org`` in roles.tsv: senate, parliament, cabinet) is the story's own when the story has a clear
        country and the text names the dictionary's country nowhere (no place, people or body of it); the
        rules of the story's country code it then. In a story of that country, or one naming it, the
        dictionary stands."""
        role = self.ad.role(normalise_name(cluster.name))
        if cluster.type != "ORG" or role is None or role.kind != "org":
            return False
        story = self._story_country()
        if story is None or story == country:
            return False
        for ent in self.ents:
            if ent.label_ in {"GPE", "NORP", "LOC"} and (self.ad.country_of(ent.text) == country
                                                          or _gazetteer_country(self.gaz, ent.text) == country):
                return False
        if any(c is not cluster and c.country == country and c.mentions for c in self.clusters):
            return False
        cluster.evidence.append(f"{cluster.name}: a body's common name, in a story of {story} that names {country} nowhere")
        return True

    def _party_titled_homes(self) -> None:
        """``Republican strategist Tom Reed``: a person of no country whose title before the name holds a party
        word (actor_words.tsv ``party_word``) is of the country of that party as the article codes it (a party
        body of the article whose name holds the party's word, with one country); a party word the article
        gives no coded party says nothing (many countries have Republicans)."""
        party_word = self.ad.words.party_word
        homes: dict[str, set[str]] = {}
        for c in self.clusters:
            if c.type == "ORG" and c.country and "PTY" in c.sectors and c.mentions:
                for w in normalise_name(c.name).split():
                    if w in party_word and len(w) > 1:
                        homes.setdefault(party_word[w], set()).add(c.country)
        if not homes:
            return
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                sent_start = self.sents[m.sent].start
                k, party = span.start - 1, None
                while k >= sent_start and span.start - k <= 3 and self.tokens[k].is_alpha and self.tokens[k].tag_ != "DT":
                    word = self.tokens[k].lower_
                    if len(word) > 1 and word in party_word:
                        party = party_word[word]
                        break
                    k -= 1
                countries = homes.get(party, set()) if party else set()
                if len(countries) == 1:
                    home = next(iter(countries))
                    self._give_country(cluster, home, f"a {party} title, the article's {party} party of {home}")
                    break

    def _common_party_homes(self) -> None:
        """actors18: a party's name that many countries' parties bear (``common_party``: "the
        Conservative Party", "Labour", "the Republican Party") says nothing of its country; the tables' code
        (Britain's, the US's) holds only where the story names nothing of another country. Where the places
        and the other coded bodies of the story have a clear focus on one other country, and none is of the
        tables' country, the party is that country's ("Levan Gelashvili of the Conservative Party ... in
        Tbilisi"); the event stage reads the change (``PARTY_HOMES``) for the parties it codes itself."""
        common = self.ad.words.common_party
        parties = [c for c in self.clusters if c.type == "ORG" and c.country and normalise_name(c.name) in common]
        if not parties:
            return
        counts: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.start not in self.claimed \
                    and not self.ad.in_contest_name(ent[0], ent[-1]):
                found = self.ad.country_of(ent.text) or _gazetteer_country(self.gaz, ent.text)
                if found:
                    counts[found] = counts.get(found, 0) + 1
        for cluster in self.clusters:
            if cluster.type != "PERSON" and cluster.country and len(cluster.country) == 3 \
                    and cluster.country not in self.ad.words.not_state and all(cluster is not p for p in parties):
                counts[cluster.country] = counts.get(cluster.country, 0) + len(cluster.mentions)
        focus = clear_focus(counts, len(self.sents))
        if focus is None:
            return
        homes: dict[str, tuple[str, str]] = self.doc.user_data.setdefault(PARTY_HOMES, {})
        for cluster in parties:
            if cluster.country != focus and cluster.country not in counts:
                homes[normalise_name(cluster.name)] = (cluster.country, focus)
                cluster.evidence.append(f"{cluster.name}: a party name many countries have, in a story of {focus}")
                cluster.country = focus

    # --- a column of news briefs: each brief is a story of its own (codes40) --------------------
    def _brief_ranges(self) -> list[tuple[int, int]] | None:
        """codes40: a column of news briefs (``IN BRIEF``: a brief on one country's election, then one on a
        crash in another's city) ends each brief with its writer's byline after a dash at the end of a
        paragraph (``... wounded.--Ann Lee.``, ``... said. -- Ann Lee``). Text after such a byline is
        another story, about its own country. The character ranges of the briefs, in order, when the text
        has two or more such bylines, one with a story after it; None for an ordinary article (one byline,
        at the end, or none). A dash and a name after a paragraph that opens with a quotation mark credit
        the quotation (an epigraph), not a brief's writer."""
        found = getattr(self, "_briefs", self)
        if found is not self:
            return found
        ends: list[int] = []
        bylines = 0
        text = self.text
        people = [m for c in self.clusters if c.type == "PERSON" for m in c.mentions if m.kind == "name"]
        for tok in self.tokens:
            if tok.text not in self.ad.words.byline_dash or tok.i == 0 or tok.i + 1 >= len(self.tokens):
                continue
            before = self.tokens[tok.i - 1]
            if before.text not in {".", "!", "?", '"', "\u201d"} and "\n" not in before.text:
                continue  # "a long day--and night": a dash inside a sentence
            after = self.tokens[tok.i + 1].idx
            name = next((m for m in people if m.start == after), None)
            if name is None:
                continue
            rest = text[name.end:]
            line_end = rest.find("\n")
            tail = rest if line_end < 0 else rest[:line_end]
            if tail.strip() not in {"", "."}:
                continue  # the name runs on into a sentence: no byline
            opening = text.rfind("\n", 0, tok.idx) + 1
            if text[opening:tok.idx].lstrip()[:1] in QUOTE_OPENINGS:
                continue  # '"To be or not ..."--Ann Lee': an epigraph's credit
            bylines += 1
            end = name.end + len(tail)
            if text[end:].strip():
                ends.append(end)
        ranges = None
        if ends and bylines >= 2:
            starts = [0, *ends]
            ranges = list(zip(starts, [*ends, len(text)], strict=True))
        self._briefs = ranges
        return ranges

    def _byline_writer(self, cluster: Cluster) -> bool:
        """codes40: a person named by name only in bylines, a dash before the name after a sentence's end and nothing
        after it on its line but a stop (``... wounded.--Ann Lee.``): the writer of the story, never a
        description's or a pronoun's referent in the text after it."""
        text = self.text
        names = [m for m in cluster.mentions if m.kind == "name"]
        for m in names:
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            before = text[line_start:m.start].rstrip()
            after = text[m.end: len(text) if line_end < 0 else line_end].strip()
            if after not in {"", "."} or not any(before.endswith(d) for d in self.ad.words.byline_dash):
                return False
            ahead = before[: -2 if before.endswith("--") else -1].rstrip()
            if ahead and ahead[-1] not in '.!?"\u201d':
                return False  # "a long day -- Ann Lee": a dash inside a sentence
        return bool(names)

    def _brief_of(self, start: int) -> tuple[int, int] | None:
        return next(((lo, hi) for lo, hi in self._brief_ranges() or () if lo <= start < hi), None)

    def _brief_country(self, lo: int, hi: int) -> str | None:
        """codes40: the country one brief of a column is clearly about, counted as ``_story_country``
        counts a whole story (its coded people and bodies, read in the text or the tables, then its
        places, then both) over the brief's characters only."""
        cache = self.__dict__.setdefault("_brief_countries", {})
        if (lo, hi) in cache:
            return cache[(lo, hi)]
        sentences = sum(1 for sent in self.sents if lo <= sent.start_char < hi)
        people: dict[str, int] = {}
        anchored: set[str] = set()
        for cluster in self.clusters:
            if cluster.country and len(cluster.country) == 3 and cluster.country not in self.ad.words.not_state \
                    and id(cluster) not in self.presumed:
                inside = [m for m in cluster.mentions if lo <= m.start < hi and not self._sponsor_mention(m)]
                if inside:
                    people[cluster.country] = people.get(cluster.country, 0) + len(inside)
                    if not self._private_person(cluster):
                        anchored.add(cluster.country)
        places: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and lo <= ent.start_char < hi and ent.start not in self.claimed \
                    and not self.ad.in_contest_name(ent[0], ent[-1]):
                found = _gazetteer_country(self.gaz, ent.text) or _gazetteer_city_country(self.gaz, ent.text)
                if found and not self._town_of_region(ent, found):
                    places[found] = places.get(found, 0) + 1
        focus = clear_focus(people, sentences)
        if focus not in anchored:
            focus = clear_focus(places, sentences)
        if focus is None:
            both = dict(places)
            for country, n in people.items():
                both[country] = both.get(country, 0) + n
            focus = clear_focus(both, sentences)
            focus = focus if focus in anchored | set(places) else None
        cache[(lo, hi)] = focus
        return focus

    def _story_of(self, cluster: Cluster, dominant: str | None) -> str | None:
        """The story country a cluster's presumed code comes from: in a column of briefs, the country of
        the brief it is first named in (none when that brief has no clear one); else the whole story's."""
        if self._brief_ranges() is None or not cluster.mentions:
            return dominant
        brief = self._brief_of(cluster.first())
        return self._brief_country(*brief) if brief else None

    def _story_country(self) -> str | None:
        """The country the story is clearly about: from its people and bodies, or when they
        name none, from the places it names (a story set in Seattle is about the US)."""
        dominant = self._dominant_country()
        if dominant is not None:
            return dominant
        counts: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.start not in self.claimed \
                    and not self.ad.in_contest_name(ent[0], ent[-1]):  # "the US Open" is held there, no more
                found = _gazetteer_country(self.gaz, ent.text)
                if found and self._town_of_region(ent, found):
                    continue  # "Peru, Indiana": a town, not the country of its name (fix13)
                if found:
                    counts[found] = counts.get(found, 0) + 1
        places = clear_focus(counts, len(self.sents))
        if places is not None:
            return places
        # The places count with the people and bodies when neither gave a clear focus alone:
        # "protested in Lima ... Peru is the world's second-largest copper producer" is Peruvian
        return self._focus_with_people(counts, set(counts))

    def _municipal_officers(self, dominant: str | None) -> None:
        """codes44 (issue 15 item 2): ``Fairview City Manager Ann Lee``, ``Tom Reed, county clerk for ...``, ``the
        town planner, Ann Lee,``: a job noun a local government's word modifies (``local_office_word``: city,
        county, town, parish, ...) written as the person's title or as a bare or definite apposition (never
        ``a town boy``: an indefinite description may say where someone lives, a title says what office one holds)
        names a local public office, whatever the job (manager, engineer, clerk, planner); its holder is of the
        country all of the story's places lie in, or with no place the tagger read, of the story's clear country
        (``dominant``, from its people and bodies); with places of two countries no guess."""
        local = self.ad.words.local_office_word
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            if not any(m.kind in {"title", "role"} and self._municipal_title(m, local) for m in cluster.mentions):
                continue
            places = self._place_countries()
            country = places.pop() if len(places) == 1 else None if places else dominant
            if country is not None:
                cluster.evidence.append(f"{cluster.name}: a local office in a story of {country}")
                cluster.country = country
                self.presumed.add(id(cluster))

    def _municipal_title(self, m: Mention, local: frozenset[str]) -> bool:
        """A title or description mention whose head noun a local government's word right before it modifies
        (``City Manager``, ``county engineer``), not after an indefinite article; the word is no part of a body's
        or a team's name the tagger marked (``Manchester City manager``: a club's)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span[0].lower_ in self.ad.words.indefinite_article or not span.start < m.head.i < span.end:
            return False
        word = self.doc[m.head.i - 1]
        return word.i >= span.start and word.lower_ in local and m.head.lower_ not in local \
            and word.ent_type_ not in {"ORG", "PERSON", "NORP", "FAC"}

    def _local_office_country(self, cluster: Cluster) -> str | None:
        """``Provincial Governor Ramon Dizon`` in a story whose places all lie in one country: an office below
        the state's (a title word of ``local_office_word``: a province's, a county's, a city's, a
        mayor, a sheriff) held by a person of no country is of that country; with places of two countries,
        or none, no guess (ents21)."""
        if cluster.type != "PERSON" or not cluster.title:
            return None
        local = self.ad.words.local_office_word
        if not any(w in local for w in normalise_name(cluster.title).split()) and (cluster.role or "") not in local:
            return None
        found = self._place_countries()
        if len(found) != 1:
            return None
        country = found.pop()
        cluster.evidence.append(f"{cluster.name}: a local office in a story whose places are all of {country}")
        return country

    def _place_countries(self) -> set[str]:
        """The countries of the places the tagger found in the story, each read alone."""
        found = set()
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and not self.ad.in_contest_name(ent[0], ent[-1]):
                country = _gazetteer_country(self.gaz, ent.text) or _gazetteer_city_country(self.gaz, ent.text)
                if country:
                    found.add(country)
        return found

    def _nearby_country(self, cluster: Cluster) -> str | None:
        """A governmental title without a country ("Council secretary X") takes the country of the
        nearest coded person or body in the same or the previous sentence."""
        if not cluster.mentions:
            return None  # emptied into another cluster by a merge: it is left out of the record
        first = min(cluster.mentions, key=lambda m: m.start)
        best: tuple[int, str] | None = None
        nearest = first
        for other in self.clusters:
            # Only people and bodies: a country merely named nearby says nothing about an office.
            # nor an armed group's or a firm's code (IMG, MNC: no state's): "destroy ISIS ... Gen. <Name>'s
            # attempt" makes no general of the group (figcodes41); the EU's EUR stays (its commissioners are its own)
            if other is cluster or not other.country or other.type == "GPE" or other.country in _NO_OFFICE_HOMES:
                continue
            brief = self._brief_of(first.start)  # codes40: never across a brief's end in a column of briefs
            for m in other.mentions:
                if m.start < first.start and first.sent - m.sent <= 1 and (brief is None or m.start >= brief[0]):
                    gap = first.start - m.end
                    if best is None or gap < best[0]:
                        best = (gap, other.country)
                        nearest = m
        if best is not None:
            host = self._host_across_verb(nearest.head, first.head, best[1])  # actors18
            if host is not None:
                return host
        return best[1] if best else None

    def _host_across_verb(self, near: Token, title: Token, near_country: str) -> str | None:
        """actors18: "The US envoy will meet with President Tomas Berzins and Foreign Minister, Ilze Kalnina,
        in Riga": a title on the other side of the verb from the nearest coded party (its subject, the title
        an object or a conjunct of one, or the other way round) is not of that party's country; where the
        clause names a place of another country ("in Riga"), the title is that country's (the host's)."""
        verb_near, verb_title = argument_side(near), argument_side(title)
        if verb_near is None or verb_title is None or verb_near[0].i != verb_title[0].i \
                or verb_near[1] == verb_title[1]:
            return None
        found = self._clause_host(verb_near[0])
        return found if found != near_country else None

    def _clause_host(self, verb: Token) -> str | None:
        """actors18: the country of the place a verb's own place phrase names ("met ... in Vilnius"), a country
        or a gazetteer place of weight, however the tagger typed the name (it takes "Vilnius" for a body)."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "held talks ... in Seoul"
        for prep in (c for head in heads for c in head.children):
            if prep.dep_ != "prep" or prep.lower_ not in self.ad.words.place_preposition:
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.pos_ != "PROPN":
                    continue
                words = [c for c in place.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [place]
                text = " ".join(t.text for t in words)
                found = self.ad.country_of(text) or _gazetteer_country(self.gaz, text)
                if found:
                    return found
        return None

    def _host_of_title(self, chunk: Span) -> str | None:
        """actors18: "A British general met President Ruta Vaitkus and Defence Minister, Jonas Petraitis, in
        Vilnius": a title with no country of its own on the object side of a verb whose clause names where it
        happens is of that place's country, when it is not the story's (a visitor's hosts are of the place)."""
        found = argument_side(chunk.root)
        if found is None or found[1]:
            return None
        host = self._clause_host(found[0])
        return host if host is not None and host != self._dominant_country() else None

    # --- homes of people and bodies the text ties to a body or a place (issues 14/15) ----------------
    def _people_of_country(self) -> None:
        """``Ann Lee of Finland beat ...``: a named person of no country yet whose name is followed
        by ``of`` and a country's name (the sports page's way of giving a nationality) is of that
        country, so that a later ``the Finn`` finds her; not before a possessive or a noun (``of
        Finland's team``, ``of Finland Airways``), not a place that is no country's name (issue
        15, s19-g2rest)."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                k = m.head.i + 1
                if k >= len(self.tokens) or self.tokens[k].idx < m.end or self.tokens[k].lower_ != "of":
                    continue
                k += 1
                starts = {k, k + 1} if k < len(self.tokens) and self.tokens[k].lower_ == "the" else {k}
                place = next((e for e in self.doc.ents if e.start in starts and e.label_ == "GPE"), None)
                if place is None:
                    continue
                after = self.tokens[place.end] if place.end < len(self.tokens) else None
                if after is not None and (after.tag_ == "POS" or after.pos_ in {"NOUN", "PROPN"}):
                    continue
                country = self.ad.country_name_of(place.text)
                if country is None or country in self.ad.words.not_state:
                    continue
                cluster.country = country
                cluster.evidence.append(f"{cluster.name}: named with 'of {place.text}'")
                break

    def _homes_after_of(self) -> None:
        """A named body whose name ends in ``of`` and a country or a place of weight (``the Bank of
        Zembla``, ``Brackwell of London``, ``the University of Leeds``) is at home there, when neither
        the tables nor the text gave it a country; not a contest (``the Tour of Britain``) nor a
        body of several states (``the Council of Europe`` names a region, not a country's place)."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "ORG" or cluster.country is not None or not cluster.key.startswith("org:"):
                continue
            parts = cluster.name.split()
            if "of" not in parts[1:-1]:
                continue
            cut = len(parts) - 1 - parts[::-1].index("of")
            place = " ".join(p for p in parts[cut + 1:] if p.lower() != "the")
            lowered = set(normalise_name(cluster.name).split())
            if not place[:1].isupper() or lowered & (words.contest_word | words.international_word):
                continue
            country = self.ad.country_name_of(place) or (
                _gazetteer_country(self.gaz, place)
                if _gazetteer_prominent(self.gaz, place) or self.ad.capital_of(place) else None)
            if country is None or country in words.not_state:
                continue
            cluster.country = country
            cluster.evidence.append(f"{cluster.name!r}: a body named after its home, {place}")

    def _apposed_body_noun(self, core: Span) -> bool:
        """A name in apposition to a singular body's noun (``Zentrix Holdings, Britain's biggest
        bank,``, ``Japan's largest carmaker, Zentrix Corp,``) is a body's name, however the model
        tagged it; a person's noun (``the firm's founder``) says nothing of the kind, nor does any
        noun beside a name that opens with a known given name or follows an honorific
        (``Professor Dennis Lee, dean of ...``: the field's dictionary lists ``dean`` as a body)."""
        before = self.tokens[core.start - 1] if core.start > 0 else None
        if core[0].lower_ in self.ad.given_names or before is not None and before.lower_ in self.ad.words.honorific:
            return False
        root = core.root
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
        for noun in partners:
            if noun.tag_ != "NN" or noun.i in range(core.start, core.end):
                continue
            sent = self.sents[self.sent_of[noun.i]]
            found = self._body_noun_at(noun.i, sent.start)
            if found is not None and self.tokens[found[0]].text.islower():
                return True
        return False

    def _office_bodies(self, mention: Mention) -> list[tuple[Token, str | None]]:
        """The words naming the body a person's office ties them to in one mention: ``Acme boss Tom
        Reed`` and ``Acme's chief executive`` (the role's possessor or modifier), ``Tom Reed, head
        of Acme`` and ``the head of Acme, Tom Reed`` (the role's ``of``/``at``/``for`` phrase, in apposition
        to the name or in the mention), each with the sector of the office's noun; only a body's
        name (a capitalised word), not a description or a pronoun linked to it."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        heads = list(span)
        heads += [c for c in mention.head.children if c.dep_ == "appos"]
        if mention.head.dep_ == "appos":
            heads.append(mention.head.head)
            if mention.head.head.dep_ == "pobj":
                # "a spokesman for Acme, Tom Hill,": the parser hangs the name on the body
                heads.append(mention.head.head.head.head)
        found: list[tuple[Token, str | None]] = []
        for tok in heads:
            sent = self.sents[self.sent_of[tok.i]]
            role = self._role_ending_at(tok.i, sent.start)
            person_role = role is not None and getattr(self.ad.role(role[1]), "kind", None) == "person"
            if not person_role and tok.lower_ not in self.ad.words.body_office:
                continue
            first = role[0] if person_role and role is not None else tok.i
            sector = self.ad.sector_of(role[1]) if person_role and role is not None else None
            for child in tok.children:
                if child.dep_ == "poss" or child.dep_ in {"compound", "nmod"} and child.i < first:
                    found.append((child, sector))
                elif child.dep_ == "prep" and child.lower_ in self.ad.words.office_preposition:
                    found += [(c, sector) for c in child.children if c.dep_ == "pobj"]
        # the body by its name only: "a spokesman for the company" or "its chief" rest on a link
        # made by other rules, which may be wrong
        return [(t, sector) for t, sector in found if t.text[:1].isupper() and t.pos_ not in {"PRON", "DET"}]

    def _body_named_at(self, tok: Token) -> Cluster | None:
        """The named body a word stands for: the body of the mention it is part of, or when that
        body has no country, the one coded body whose name begins with the same words (``Lloyd's``
        for ``Lloyd's of London``)."""
        here = next((c for c in self.clusters if c.type == "ORG" and any(
            m.start <= tok.idx < m.end for m in c.mentions)), None)
        if here is not None and here.country is not None:
            return here
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        name = [w.removesuffix("'s") for w in normalise_name(" ".join(t.text for t in [*left, tok])).split()]
        if not name:
            return None
        fits = [c for c in self.clusters if c.type == "ORG" and c.country is not None and c.key.startswith("org:")
                and [w.removesuffix("'s") for w in normalise_name(c.name).split()][:len(name)] == name]
        return fits[0] if len(fits) == 1 else None

    def _staff_of_bodies(self) -> None:
        """A person the text ties to a named body by their office (``Acme boss Tom Reed``, ``Tom
        Reed, Acme's chief executive``, ``Tom Reed, head of Acme``) and gives no country otherwise
        takes the body's country, and its sectors when they have none: a business's or a state
        body's (or any body's, for an office of business: ``Acme's chief executive``), never an
        international body's or one whose own country was presumed; a club's boss or manager may
        come from anywhere."""
        words = self.ad.words
        business = {"BUS"} | words.state_sector
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for mention in cluster.mentions:
                bodies = [(self._body_named_at(t), sector, t) for t, sector in self._office_bodies(mention)]
                body, at = next(((b, t) for b, sector, t in bodies if b is not None and b is not cluster and b.country
                                 and b.country not in words.not_state and id(b) not in self.presumed
                                 and (set(b.sectors) & business or sector == "BUS")), (None, None))
                if body is None or at is None:
                    continue
                self._give_country(cluster, body.country)
                office = at.head.head if at.dep_ == "pobj" else at.head
                if any(t.lower_ in words.former_word for t in office.lefts):
                    # "a former member of Congress": the body's country, no office now (codes37)
                    cluster.evidence.append(f"{cluster.name}: a past office of {body.name} ({body.country})")
                    break
                if not cluster.sectors:
                    cluster.sectors = [x for x in body.sectors if x == "BUS" or x in words.state_sector]
                cluster.evidence.append(f"{cluster.name}: an office of {body.name} ({body.country})")
                break

    def _bracket_homes(self) -> None:
        """``Tom Reed (R-Ohio)``, ``Ann Lee (D-Mass.)``: a legislator whose name is followed by a
        party bracket is of the country of the first-level division the bracket names (by its name
        or its short form in the gazetteer), where nothing else gave the person a country; every
        later mention ("Reed", "he") then carries it."""
        text = doc_text(self.doc)
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for m in cluster.mentions:
                found = self._party_tag(text, m.end) if m.kind == "name" else None
                if found is None or found.group(1).lower() not in self.ad.words.party_word:
                    continue
                state = found.group(2).strip()
                countries = {c.country for c in (self.gaz.candidates(state) if self.gaz is not None else ())
                             if c.level == "admin1" and c.country}
                if not countries and state.endswith("."):
                    # "R-Texas." at a sentence's end: the full stop is the sentence's
                    countries = {c.country for c in (self.gaz.candidates(state[:-1]) if self.gaz is not None else ())
                                 if c.level == "admin1" and c.country}
                if len(countries) == 1:
                    self._give_country(cluster, countries.pop())
                    break

    def _party_apposition_homes(self) -> None:
        """``Rep. Tom Reed, a Texas Republican,``, ``Ann Lee, a Democrat from Ohio,``: a person
        called a party's member (``party_word``) of a place, in apposition to the name, is of the
        country of that place (a country word, or the one country of a first-level division of
        that name), where nothing else gave the person a country, as a party bracket does (brief
        s15-actors7: a legislator of no country took a foreign story's)."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                country = next((found for party in m.head.children
                                if party.dep_ == "appos" and len(party.text) > 1 and party.lower_ in words.party_word
                                for place in self._party_places(party)
                                if (found := self._division_country(place))), None)
                country = country or self._listed_member_home(m.head)
                if country is not None:
                    self._give_country(cluster, country, f"a party's member of a place of {country}")
                    break

    def _party_rank_homes(self) -> None:
        """codes40: ``<Name>, the No. 2 in the <Party> leadership``, ``<Name>, a voice in the <Party> caucus``:
        a person placed by ``in``/``of``/``within``/``among`` in the ranks of a party or a chamber (a noun of
        ``party_rank_noun``: leadership, caucus, ranks, delegation) that a body the text codes modifies takes
        that body's country, where nothing else gave one: one who acts inside a state's politics is of that
        state. The preposition may hang on the name or on its apposition; the body's own country must be read
        in the text or the tables, not presumed from the story."""
        ranks = self.ad.words.party_rank_noun
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                holders = [m.head, *(c for c in m.head.children if c.dep_ == "appos")]
                ranks_of = [g for h in holders for p in h.children
                            if p.dep_ == "prep" and p.lower_ in {"in", "of", "within", "among"}
                            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ranks]
                body = next((b for g in ranks_of for c in g.children if c.dep_ in {"compound", "amod", "poss"}
                             and c.text[:1].isupper() and (b := self._coded_body_at(c)) is not None), None)
                if body is not None:
                    self._give_country(cluster, body.country, f"in the ranks of {body.name} ({body.country})")
                    break

    def _coded_body_at(self, tok: Token) -> Cluster | None:
        """The body or group a word is a mention of, when its country was read in the text or the tables (not
        presumed from the story) and is a state's."""
        for cluster in self.clusters:
            if cluster.type in {"ORG", "NORP"} and cluster.country and len(cluster.country) == 3 \
                    and cluster.country not in self.ad.words.not_state and id(cluster) not in self.presumed \
                    and any(x.start <= tok.idx < x.end for x in cluster.mentions):
                return cluster
        return None

    def _listed_member_home(self, name: Token) -> str | None:
        """``two other Republican lawmakers: Tom Rusk in Ohio and Ann Lee in Iowa``: a name listed
        after a colon that follows a plural noun a party word modifies, with its own place (``in``
        or ``from`` a first-level division or a country), is a party's member of that place, as
        ``Tom Rusk, a Republican from Ohio,`` is (persons31)."""
        place = next((g for p in name.children if p.dep_ == "prep" and p.lower_ in {"in", "from"}
                      for g in p.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}), None)
        if place is None:
            return None
        sent = name.sent
        colon = next((t for t in reversed(sent[: name.i - sent.start]) if t.text == ":"), None)
        if colon is None:
            return None
        listed = any(t.tag_ == "NNS" and any(c.dep_ in {"amod", "compound"} and c.lower_ in self.ad.words.party_word
                                             for c in t.children)
                     for t in sent[: colon.i - sent.start])
        return self._division_country(place) if listed else None

    @staticmethod
    def _party_places(party: Token) -> list[Token]:
        """The place words of a party noun: its compound (``a Texas Republican``) or the object of
        its ``from``/``of`` (``a Democrat from Ohio``), tagged as places."""
        found = [c for c in party.children if c.dep_ in ("compound", "amod") and c.ent_type_ in {"GPE", "LOC"}]
        for prep in (c for c in party.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
            found += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"}]
        return found

    def _division_country(self, tok: Token) -> str | None:
        """The country a place word names: a country's name or adjective, else the one country of the
        first-level divisions of that name the gazetteer knows."""
        span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        text = span.text if span is not None else tok.text
        code = self.ad.country_of(text)
        if code:
            return code
        countries = {c.country for c in (self.gaz.candidates(text) if self.gaz is not None else ())
                     if c.level == "admin1" and c.country}
        return countries.pop() if len(countries) == 1 else None

    # --- a body's head (brief s15-ents15) ---------------------------------------------------------
    def _body_head_person(self, head: Token) -> Cluster | None:
        """The named person a body head's noun describes: the name it stands before (``Hawks
        president Dan Merrill``) or in apposition with (``Nora Blake, the team's president``,
        ``The president of the club, Hugh Barnes,``)."""
        people = [head.head] if head.dep_ in {"compound", "appos"} else []
        people += [c for c in head.children if c.dep_ == "appos"]
        # "The president of the Acme Club, Hugh Barnes,": the parser hangs the name on the body
        people += [a for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"]
        for tok in people:
            if tok.pos_ == "PROPN" and tok.text[:1].isupper():
                cluster = self._cluster_at(tok.i)
                if cluster is not None and cluster.type == "PERSON" and cluster.key.startswith("person:"):
                    return cluster
        return None

    def _body_of_head(self, head: Token) -> tuple[bool, list[str]] | None:
        """The body a head's noun (``president``) is the head of, named before it or after ``of``:
        (whether it is a state's, its sectors). None when no body is named or the word before it
        is a country, a place, a state body or a pronoun (``the country's president``, ``its
        president``): the office stays a state's."""
        words = self.ad.words
        before = [c for c in head.lefts if c.dep_ in {"compound", "poss", "nmod"} and c.lower_ not in words.deputy_word]
        after = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        found = before[-1:] or after[:1]
        if not found:
            return None
        body = found[0]
        if body.pos_ == "PRON" or body.ent_type_ in {"GPE", "NORP", "LOC"} or self.ad.country_of(body.text):
            return None
        role = self.ad.role(body.lower_)
        if role is not None and role.kind == "org":
            return role.sector in words.state_sector, [role.sector] if role.sector else []
        if body.lower_ in words.body_kind or body.lower_ in words.club_noun:
            return False, []
        if _gazetteer_is_place(self.gaz, body.text) and body.ent_type_ != "ORG" and body.text[:1].isupper():
            return None  # "Ohio president": a place's
        cluster = self._cluster_at(body.i)
        if cluster is not None and cluster.type == "ORG":
            if cluster.sectors:
                return bool(set(cluster.sectors) & words.state_sector), list(cluster.sectors)
            name = next((e for e in self.doc.ents if e.start <= body.i < e.end), None)
            return False, ["BUS"] if name is not None and self._business_name(name) else []
        if body.text[:1].isupper() and body.pos_ == "PROPN":
            return False, []  # "Hawks president X": a team's or a firm's name
        return None

    def _body_heads(self) -> None:
        """``Hawks president Dan Merrill``, ``the club president, Ana Ruiz``, ``Mark Ellis, the
        company's president``: a head's noun of a state office (``body_head`` of actor_words.tsv)
        with a body that is not a state's named before it or after ``of`` is that body's head: the
        person has the body's sectors (a firm's BUS, a union's LAB, a club's none), not the state's
        office."""
        words = self.ad.words
        for tok in self._with_lower(words.body_head):  # the few heads, looked up (speed23)
            if tok.lower_ not in words.body_head:
                continue
            body = self._body_of_head(tok)
            person = self._body_head_person(tok) if body is not None else None
            if body is None or person is None or body[0]:
                continue
            own = self.ad.sector_of(tok.lower_)
            person.sectors = [s for s in person.sectors if s != own]
            for sector in body[1]:
                if sector not in person.sectors:
                    person.sectors.append(sector)
            person.needs_country = False
            person.evidence.append(f"{person.name}: the head of a body that is not a state's ({tok.sent.text[:60]})")
