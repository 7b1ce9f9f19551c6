"""Entities resolved within the article, with actor codes.

Every mention of one referent becomes one entity: names (``President Joe Biden``, ``Mr Biden``,
``Biden``), role descriptions (``the Russian president``, resolved through the article or the
actor dictionary for the publication date), government metonyms (``the Kremlin``, ``Kyiv has
said``), groups (``Russian troops``, ``civilians``) and third-person pronouns. Codes come from
the title and modifiers in the text first, then from the actor dictionary.

This module holds the stage and ``EntityResolver``: its working state, the helpers and word indexes
every phase reads, and ``resolve``, which runs the phases in order. The rules live in mixins, one
module a concern: entities_names (names, phase A) with entities_spans (the model's spans mended),
entities_framed (names web news glues or frames) and entities_lookalikes (names that are not what
their first word says); entities_roles (role descriptions and groups, phase B); entities_pronouns
(phase C); entities_descriptions (phase C2); entities_links (unnamed persons linked to named ones);
entities_codes (countries and sectors, phase D). entities_base holds what they share (the mention and
cluster records, word sets, patterns, small helpers) and imports none of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Container
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents.actors import ACTOR_FILES, ActorDictionary, key_opening, load_actor_dictionary, normalise_name
from newsevents.components.base import TableStage
from newsevents.components.entities_base import (
    SUBJECT_DEPS,
    VERB_FORM_TAGS,
    Cluster,
    Mention,
    _bracket_spans,
    governor_is_not_motion,
    plain_spaces,
)
from newsevents.components.entities_codes import CodeRules
from newsevents.components.entities_descriptions import DescriptionRules
from newsevents.components.entities_framed import FramedNameRules
from newsevents.components.entities_links import PersonLinkRules
from newsevents.components.entities_lookalikes import LookalikeNameRules
from newsevents.components.entities_nameforms import NameFormRules
from newsevents.components.entities_names import NameRules
from newsevents.components.entities_pronouns import PronounRules
from newsevents.components.entities_recalled import RecalledBodyRules
from newsevents.components.entities_roles import RoleRules
from newsevents.components.entities_spans import SpanRules
from newsevents.components.entities_splits import SplitNameRules
from newsevents.components.entities_strays import StrayNameRules
from newsevents.components.quotes import CUES_FILE, load_cue_lexicon
from newsevents.docquery import doc_sentences, doc_span, doc_text, sentence_paragraphs
from newsevents.geo.gazetteer import GAZETTEER_FILE, Gazetteer, load_gazetteer
from newsevents.record import Entity
from newsevents.record import Span as SpanRecord
from newsevents.timeutil import parse_published


class EntityResolver(NameRules, SpanRules, RoleRules, PronounRules, DescriptionRules, PersonLinkRules, CodeRules,
                     FramedNameRules, LookalikeNameRules, StrayNameRules, RecalledBodyRules, SplitNameRules,
                     NameFormRules):
    """Builds the entity clusters of one Doc (one instance per Doc: it holds working state)."""

    def __init__(self, doc: Doc, actors: ActorDictionary, gazetteer: Gazetteer | None,
                 statements: Container[str], nouns: Container[str] = frozenset(),
                 speech_verbs: Container[str] = frozenset(), inverted_verbs: Container[str] = frozenset(),
                 framing_verbs: Container[str] = frozenset(), verbs: Container[str] = frozenset()) -> None:
        """``actors``, ``gazetteer``: the stage's tables; ``statements``: the nouns of a
        statement ("tweet", "statement"), whose possessor is a speaker; ``nouns``: the common
        nouns the model's lemmatizer knows (its noun index), to tell "Records" from "Okafor";
        ``speech_verbs``: the lemmas of the verbs of saying (a person's surname that names a
        country too is the person as their subject: "Jordan said"); ``inverted_verbs``: the
        forms of saying that open an inverted attribution (``Said Farrow: ...``); ``framing_verbs``:
        the verbs of framing cues (``put`` of ``as she put it``); ``verbs``: the verbs the model's
        lemmatizer knows (its verb index), to tell a headline's ``Wants`` from a name."""
        self.doc = doc
        self.speech_verbs = speech_verbs
        self.inverted_verbs = inverted_verbs
        self.framing_verbs = framing_verbs
        self._chunks: list[Span] | None = None
        self._positions: dict[str, list[int]] | None = None  # word -> token indices, made when first needed
        self._lower_positions: dict[str, list[int]] | None = None  # lower-case form -> token indices (_with_lower)
        self._lemma_positions: dict[str, list[int]] | None = None  # lower-case lemma -> token indices (_with_lemma)
        self._capitals: list[Token] | None = None  # capitalised tokens (_capitalised)
        self._honorific_keys: set[str] | None = None  # words after honorifics, made when first needed
        self._cores: dict[tuple[int, int], Span | None] = {}  # token range -> its core (see _core)
        self._role_ends: dict[tuple[int, int], tuple[int, str] | None] = {}  # see _role_ending_at
        self._sponsor_ranges: dict[tuple[int, int], bool] = {}  # character range -> a sponsor's mention? (_sponsor_mention)
        self._demonym_names: set[str] | None = None  # nationality words used as given names here
        self._title_case_lines: dict[tuple[int, int], bool] = {}  # line's character range -> title case?
        self._people_and_surnames: set[str] | None = None  # person spans and their last words, made when first needed
        self._bracket_acronyms: list[Span] = []  # "(TB" cut off a body's span: the body's acronym, a name of its own
        self.nouns = nouns
        self.verbs = verbs
        self.ad = actors
        self.gaz = gazetteer
        self.statements = statements
        article = doc._.article
        try:
            self.published: dt.date | None = parse_published(article.published) if article else None
        except ValueError:
            self.published = None
        self.sents = doc_sentences(doc)  # shared with the later stages: read, never changed
        self.tokens = list(doc)  # Token objects are costly to make: make them once
        self.ents = list(doc.ents)  # the model's spans, built anew on every access of doc.ents
        text = self.text = doc_text(doc)  # the article's text, which every span's text is a slice of
        # each word cut from that text at its offset: Token.text looks the word up in the string
        # store and decodes it anew, which costs about twice as much per word
        self.words = [text[t.idx: t.idx + len(t)] for t in self.tokens]
        self.lemmas = [t.lemma_ for t in self.tokens]
        self.sent_of: list[int] = [0] * len(doc)
        self.paragraph_of: list[int] = sentence_paragraphs(text, self.sents)
        self.brackets = _bracket_spans(text)
        for i, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [i] * (sent.end - sent.start)  # a slice, not a loop per token
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, Cluster] = {}
        self.claimed: set[int] = set()  # token indices already part of a mention or a title
        self.short_form_firsts: dict[str, Cluster] = {}  # "Sandy" -> the person also named "Sandra ..." (surnames37)
        self.evidence: dict[str, list[str]] = {}  # entity id -> why descriptions joined it
        self.topic_described: set[int] = set()  # ids of descriptions linked only as the story's person (ents36)
        self.quotations: list[tuple[int, int]] | None = None  # inner spans, found when first needed
        self.quoted_sents: list[bool] | None = None  # sentences wholly inside quotation marks, when first needed
        self.markup_sents: list[bool] | None = None  # sentences wholly inside an embedded post's markup, when first needed
        self.title_sectors: dict[int, list[str]] = {}  # name start token -> sectors of a body in its title
        # name start token -> token range of a named body inside the person's title ("Acme Board chairman")
        self.title_bodies: dict[int, tuple[int, int]] = {}
        self.employer: dict[int, Cluster] = {}  # id of a person's cluster -> the body its title names
        self.person_spans: set[str] | None = None  # texts of the model's person spans, found when first needed
        self.names_gone_by: dict[tuple[str, ...], int] = {}  # words of a name someone goes by -> its first token
        # Clusters whose country was presumed from the story, not read in the text or the tables:
        # they never count towards the story's country (it is counted once, from evidence only).
        self.presumed: set[int] = set()
        self.listed_given_names: set[int] = set()  # tokens of given names listed with people (_listed_given_names)
        self.result_teams: set[tuple[int, int]] = set()  # token ranges of teams named by a game's result (_result_teams)
        # works' titles, awards and firms named like people, read off the model's spans before any rule (ents22)
        self.firms_named_like_people: set[tuple[int, int]] = set()  # token ranges of the firms ents22 found named like people
        self.place_bodies: set[tuple[int, int]] = set()  # token ranges of bodies named like places (ents22)
        self.publisher_tokens: set[int] = set()  # tokens of the publisher's own title the model tagged a work (ents25)
        self.person_for_bodies: set[tuple[int, int]] = set()  # token ranges of "<Surname> for <Country>" bodies (names38)
        # spans that name nothing (a degree, a share index, a pronoun run in) go first (ents26)
        self.ents = self._lookalike_spans(self._stray_spans(self.ents))

    # --- helpers ------------------------------------------------------------------------------
    def _add(self, cluster: Cluster, start_tok: int, end_tok: int, kind: str, head: Token) -> None:
        span = doc_span(self.doc, start_tok, end_tok)
        cluster.mentions.append(Mention(span.start_char, span.end_char, kind, head, self.sent_of[head.i]))
        self.claimed.update(range(start_tok, end_tok))

    def _span_text(self, span: Span) -> str:
        """``span.text``, cut from the article's text by the span's character offsets: spaCy makes a
        Token for each word of the span and joins their texts at every read of ``Span.text``, and
        the rules read the texts of the same spans many times (the model's spans, their cores)."""
        return self.text[span.start_char:span.end_char]

    def _cluster(self, key: str, type_: str, name: str) -> Cluster:
        if key not in self.by_key:
            cluster = Cluster(type_, name, key)
            self.by_key[key] = cluster
            self.clusters.append(cluster)
        return self.by_key[key]

    def _role_ending_at(self, j: int, lower_bound: int) -> tuple[int, str] | None:
        """The longest role phrase ending at token j (its first token index and the role)."""
        words, lemmas = self.words, self.lemmas
        last = self.ad.role_last_words
        if normalise_name(words[j]) not in last and normalise_name(lemmas[j]) not in last:
            return None
        # the same (j, bound) is asked by several rules: the answer depends on the words alone
        key = (j, max(lower_bound, j + 1 - self.ad.max_role_words))
        found = self._role_ends.get(key, self)
        if found is self:
            found = self._role_ends[key] = self._longest_role_ending_at(j, lower_bound)
        return found

    def _longest_role_ending_at(self, j: int, lower_bound: int) -> tuple[int, str] | None:
        words, lemmas = self.words, self.lemmas
        openings = self.ad.role_first_words
        # "starring Tom Reed": a verb's form is no role, though its lemma is one ("star"); the last
        # word's tag is read once here, not once for each length tried
        by_lemma = lemmas[j] != words[j] and self.tokens[j].tag_ not in VERB_FORM_TAGS
        for n in range(min(self.ad.max_role_words, j - lower_bound + 1), 0, -1):
            first = j - n + 1
            if n > 1 and not words[first].strip():
                continue  # a paragraph break before a body's name is no word of a title (ents27)
            if n > 1 and (opening := key_opening(words[first])) is not None and opening not in openings:
                continue  # no role of two or more words opens with this word (as written or with the lemma last)
            text = " ".join(words[first: j + 1])
            if self.ad.role(text):
                return first, normalise_name(text)
            if by_lemma:
                lemma = " ".join([*words[first:j], lemmas[j]])
                if self.ad.role(lemma):
                    return first, normalise_name(lemma)
        return None

    def _is_actor_position(self, token: Token) -> bool:
        if token.dep_ in SUBJECT_DEPS | {"poss"}:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in self.ad.words.actor_preposition:
            governor = token.head.head
            return governor.lemma_.lower() not in self.ad.words.motion
        if token.dep_ == "dobj":
            return governor_is_not_motion(token, self.ad.words.motion)
        return False

    # --- the article's word indexes, made when first asked (read by every phase) ----------------
    def _word_positions(self) -> dict[str, list[int]]:
        """Token indices by word as written, made once: a name's repetitions are looked up, not
        searched for over the whole Doc at every candidate name."""
        if self._positions is None:
            self._positions = {}
            for i, word in enumerate(self.words):
                self._positions.setdefault(word, []).append(i)
        return self._positions

    def _with_lower(self, words: Container[str]) -> list[Token]:
        """The tokens whose lower-case form is one of ``words``, in text order. The rules that
        start from a few trigger words ("its", "the club", an honorific) look them up in an index
        of the article's forms made once, instead of each walking every Token of the Doc."""
        if self._lower_positions is None:
            # made from the index of words as written: each distinct word is lower-cased once (the
            # lexeme's LOWER is the word's str.lower()), not each token read again; the lists are
            # shared or joined anew, never changed (_tokens_at sorts what it gathers)
            self._lower_positions = {}
            for word, where in self._word_positions().items():
                key = word.lower()
                found = self._lower_positions.get(key)
                self._lower_positions[key] = where if found is None else found + where
        return self._tokens_at(self._lower_positions, words)

    def _with_lemma(self, lemmas: Container[str]) -> list[Token]:
        """The tokens whose lower-case lemma is one of ``lemmas``, in text order (see ``_with_lower``)."""
        if self._lemma_positions is None:
            self._lemma_positions = {}
            for i, lemma in enumerate(self.lemmas):
                self._lemma_positions.setdefault(lemma.lower(), []).append(i)
        return self._tokens_at(self._lemma_positions, lemmas)

    def _capitalised(self) -> list[Token]:
        """The tokens whose first letter is a capital, in text order, found once from the words:
        the rules that read only capitalised words (names, their parts) start from these."""
        if self._capitals is None:
            self._capitals = [self.tokens[i] for i, word in enumerate(self.words) if word[:1].isupper()]
        return self._capitals

    def _after_the(self) -> list[Token]:
        """The tokens right after a "the", in text order: three description rules start there
        (``the 45-year-old``, ``the father of two``), found from the index of forms (``_with_lower``)."""
        last = len(self.tokens) - 1
        return [self.tokens[t.i + 1] for t in self._with_lower({"the"}) if t.i < last]

    def _tokens_at(self, positions: dict[str, list[int]], words: Container[str]) -> list[Token]:
        # an article has a few hundred distinct forms: each is tested once, not once per token;
        # a smaller set of words (most callers ask for one to a few; a mapping's keys are its words)
        # is looked up in the index instead
        if isinstance(words, (set, frozenset, dict)) and len(words) < len(positions):
            found = sorted(i for word in words for i in positions.get(word, ()))
        else:
            found = sorted(i for word, where in positions.items() if word in words for i in where)
        return [self.tokens[i] for i in found]

    # --- all -------------------------------------------------------------------------------------
    def resolve(self) -> list[Entity]:
        self._named()
        self._people_named_alike()  # split36: one name with and without its accents
        self._bodies_named_as_people()  # split36: a person's full name the model tagged a body
        self._saint_short_names()  # ents33
        self._shared_family_names()  # ents33: a father and a son of one family name
        self._line_credit_names()  # ents33: "Reed: 'We will win.'"
        self._place_name_forms()  # ents33: "X's Liberal Party", "Liberal Party of X", "X Liberal Party"
        self._former_names()
        self._nicknames_known_as()  # descs41: "<Nickname>, as he's known, ..."
        self._quoted_nicknames()  # ents44: "<Name> (a.k.a. \"<Nickname>\")", "<Name> -- he went by \"<Nickname>\" --"
        self._firm_product_names()
        self._body_word_repeats()
        self._handles()
        self._capitals_outside_ents()
        self._lower_case_quoted_names()
        self._speaker_line_names()
        self._club_anaphors()
        self._generic_body_anaphors()
        # a body named by its acronym and its name ("GM ... General Motors") is one before the
        # descriptions are read, so that "the firm" sees one company, not two; again after them
        self._acronyms_defined_here()
        self._names_with_legal_form()
        self._roles()
        self._merge_title_bodies()
        self._merge_short_tails()
        self._club_short_names()  # split36: "the Owls" of "the Denver Owls"
        self._name_tail_phrases()  # ents35: "the budget office" after "<Adj> Budget Office"
        self._coordinated_titles()  # ents35: "Filmmaker and best-selling author <Name>"
        self._kin_before_names()  # ents35: "his wife, <Given>, and ..."
        self._reporters_line()  # ents35: "<Surname> reported from <City>; <Surname>, from <City>."
        self._merge_short_of_place()
        self._merge_short_heads()
        self._body_inner_short_forms()  # bodyforms46: "Central" of "<Town> Central High School" (entities_splits.py)
        self._untagged_initials()
        self._acronym_repeats()  # ents37: "XTV Fires ...", "told WXYZ:" where the text names XTV, WXYZ
        self._initials_named_later()
        self._acronyms_defined_here()
        self._merge_acronyms()
        self._title_acronyms()
        self._initials_after_or()
        self._body_descriptions()
        self._station_descriptions()  # ents34: "the same station" after a station's call letters
        self._bodies_named_in_commas()  # ents34: "His super PAC, Right to Rise, is paying"
        self._kind_acronym_appositions()  # ents38: "The super PAC, <Name>,", "<Name>'s PAC, <Name>."
        self._shared_descriptions()
        self._plural_anaphors()
        self._merge_introduced()
        self._merge_named_subjects()
        self._plain_appositions()
        self._open_appositions()
        self._coordinated_appositions()  # roles46: "<Name>, a screenwriter and former executive,"
        self._marked_appositions()  # ents36: "<Name>, a.k.a. the <epithet>,", "the <rank> - <Name> -"
        self._named_after_comma()
        self._described_before_name()
        self._bodies_described_before_name()
        self._body_appositions()
        self._indefinite_body_appositions()  # bodies39: "<Body>, a progressive think tank,"
        self._repeated_body_descriptions()  # ents35: "the party" the text already called so
        self._named_body_parts()  # ents38: "the editorial board" after "the <Paper> editorial board"
        self._name_noun_anaphors()  # ents44: "the association" after "<Name> Association"
        self._one_police_force()  # descs46: "<Town> police ... the police"
        self._cataphora()
        self._pronouns()
        self._body_pronouns()
        self._body_reflexives()
        self._body_possessives()
        self._body_plurals()
        self._legislature_seats()
        self._people_of_country()
        self._incumbent_of_contest()  # ents36: "between <A> and <B>, which the incumbent won"
        self._link_descriptions()
        self._introduced_people()
        self._coordinated_descriptions()
        self._represented_clients()
        self._link_unnamed_persons()
        self._described_subjects_of_copula()
        self._paired_descriptions()
        self._rival_descriptions()
        self._clipped_surnames()
        self._body_heads()
        self._titles_joined()
        self._state_office_names()  # ents35: "Congressional Budget Office" is a state office
        self._finish_codes()
        self._coordinated_chambers()  # ents36: "the House and Senate"
        self._plural_titles_shared()  # ents35: "U.S. Reps. <A> and <B>"
        self._service_unit_codes()  # ents35: "Navy SEALs"
        self._regional_governments()
        self._acronym_city_codes()
        self._saint_codes()
        self._subsidiary_countries()
        self._missions_of_states()
        self._common_noun_off_names()
        text = doc_text(self.doc)
        entities: list[Entity] = []
        kinds_of: dict[str, list[str]] = {}
        for cluster in sorted((c for c in self.clusters if c.mentions), key=Cluster.first):
            seen: set[tuple[int, int]] = set()
            spans, kinds = [], []
            for m in sorted(cluster.mentions, key=lambda m: m.start):
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                spans.append(SpanRecord.of(text, m.start, m.end))
                kinds.append(m.kind)
            if cluster.evidence:
                self.evidence[f"e{len(entities) + 1}"] = list(cluster.evidence)
            entities.append(Entity(
                id=f"e{len(entities) + 1}", name=plain_spaces(cluster.name), type=cluster.type, country=cluster.country,
                sector=cluster.sectors, title=cluster.title, mentions=spans,
            ))
            kinds_of[entities[-1].id] = kinds
        self.doc._.mention_kinds = kinds_of
        return entities


EVIDENCE_KEY = "newsevents.entity_evidence"


class EntitiesStage(TableStage):
    """spaCy component: sets ``doc._.entities``. Owns the actor dictionary, the gazetteer (place
    words) and the statement nouns of the speech cues (its ``data_dir``)."""

    extension = "entities"
    tables = (*ACTOR_FILES, GAZETTEER_FILE, CUES_FILE)

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        super().__init__(name, data_dir)
        self.nouns: Container[str] = frozenset()
        self.verbs: Container[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names and hasattr(lemmatizer := nlp.get_pipe("lemmatizer"), "lookups"):
            self.nouns = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("noun", ()))
            self.verbs = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ()))

    def load_tables(self, directory: Path) -> None:
        self.actors = load_actor_dictionary(directory)
        # The Phoenix names load on first use: with the stage, not in the first article's time
        # (and so before the pipeline freezes its tables out of the garbage collector's walks).
        _ = self.actors.dictionary_actors
        _ = self.actors._joined_keys
        cues = load_cue_lexicon(directory)
        self.statements = cues.nouns
        self.speech_verbs = frozenset(lemma for lemma, cue in cues.verbs.items() if cue.speech)
        self.inverted_verbs = cues.quote_inverted_verb
        self.framing_verbs = frozenset(verb for (verb, _), cue in cues.phrasal.items() if cue.kind == "framing")
        self.gazetteer: Gazetteer | None = None
        with contextlib.suppress(OSError, ValueError):  # a missing or corrupt index: the places stage reports it
            self.gazetteer = load_gazetteer(directory)

    def __call__(self, doc: Doc) -> Doc:
        resolver = EntityResolver(doc, self.actors, self.gazetteer, self.statements, self.nouns, self.speech_verbs,
                                  self.inverted_verbs, self.framing_verbs, self.verbs)
        doc._.entities = resolver.resolve()
        # Kept beside the record (not in it): why each description was linked to a person.
        doc.user_data[EVIDENCE_KEY] = resolver.evidence
        return doc


@Language.factory(
    "newsevents_entities",
    default_config={"data_dir": None},
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.entities", "doc._.mention_kinds", "doc._.topic_cues"],
)
def make_entities_stage(nlp: Language, name: str, data_dir: str | None) -> EntitiesStage:
    """``data_dir``: a folder with the actor, gazetteer and speech-cue tables named as in
    ``newsevents/data`` (None: the packaged ones)."""
    return EntitiesStage(nlp, name, data_dir)
