"""The actor dictionary: countries, roles, organisations and office holders, and actor coding.

The tables live in ``newsevents/data`` (written by the project, see docs/actor-dictionary.md);
this module loads them once and answers the questions the stages ask: which country does
"Ukrainian" name, which sector is "troops", who was "the Russian president" on a given date,
and what code does a noun phrase such as "Russian state media" carry.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Span, Token

from newsevents.tables import fill_fields, kind_words, packaged_dir, shared_load, table_dir, tsv_records

# The tables of the actor dictionary (data/, see docs/actor-dictionary.md): what a stage that
# codes actors reads, and writes beside itself when a pipeline is saved.
ACTOR_FILES = ("countries.tsv", "roles.tsv", "person_nouns.tsv", "dictionary_agents.tsv", "organisations.tsv",
               "leaders.tsv", "dictionary_actors.tsv", "given_names.tsv", "family_names.tsv", "actor_words.tsv",
               "kind_nouns.tsv", "census_given_names.tsv")

log = logging.getLogger(__name__)

# Sectors of a state's people: a region's group of them ("West African mediators") is an
# inter-governmental party; a firm's people with such a role noun are no state's ("pilots").
STATE_ROLE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _missing(path: Path) -> None:
    # A pipeline saved before a table existed has no copy of it: it still loads, without that
    # table's facts, and says so (a broken install shows here too, not as silently worse output).
    log.warning("%s: actor table missing; its facts are not used", path)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_INNER_DOT = re.compile(r"\.(?=\S)")
_DEFENSE = re.compile(r"\bdefense\b")
# A firm's executive titles are written "Chief <function> Officer" ("chief investment officer",
# "chief people officer"): an office of a company, never a soldier's rank, whatever the function.
_EXECUTIVE_TITLE = re.compile(r"chief(?: [a-z]+){1,2} officers?")


@lru_cache(maxsize=100_000)
def normalise_name(text: str) -> str:
    """The lookup key for a name: lower case, straight apostrophes, no leading 'the', no dots."""
    lowered = text.lower()
    if _PLAIN.fullmatch(lowered) and not lowered.startswith("the ") and "defense" not in lowered:
        return lowered  # the common case, already a key
    text = lowered.translate(_APOSTROPHES).strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = text.replace("-", " ")
    text = _INNER_DOT.sub("", text).rstrip(".")
    text = _DEFENSE.sub("defence", text)  # one key for US and British spelling
    return " ".join(text.split())


def key_opening(word: str) -> str | None:
    """The first word of the key (``normalise_name``) of any phrase of two or more words joined
    by spaces that opens with ``word``, when a plain word (letters only, not "the") tells it:
    the word lower-cased ("defense" spelled "defence"); what normalising does to the rest (a
    possessive or dots dropped, hyphens split) never reaches back over the space after it. None
    when the word alone cannot tell. The n-gram loops (a role, a body, a country of up to six
    words) ask this once per opening word: most words open no table key, and each n-gram made
    and normalised for nothing costs far more than the test."""
    if not word.isalpha():
        return None
    word = word.lower()
    if word == "the":
        return None
    return "defence" if word == "defense" else word


def _first_words(keys: Iterable[str]) -> frozenset[str]:
    """The first words of table keys (see ``key_opening``)."""
    return frozenset(key.split()[0] for key in keys if key.strip())


@dataclass(frozen=True)
class Org:
    name: str
    country: str | None
    sectors: tuple[str, ...]
    type: str = "ORG"
    start: dt.date | None = None  # founded then: no article written before names it
    # a body renamed ("Facebook" became "Meta"): its name before ``renamed``, the date the
    # table's name was taken; a body is coded under the name it had when the article was written
    former_name: str | None = None
    renamed: dt.date | None = None

    def exists_on(self, on: dt.date | None) -> bool:
        return self.start is None or on is None or on >= self.start

    def name_on(self, on: dt.date | None) -> str:
        """The body's name on a date: its former name before it was renamed, else the table's."""
        if self.former_name and self.renamed is not None and on is not None and on < self.renamed:
            return self.former_name
        return self.name


@dataclass(frozen=True)
class Role:
    role: str
    sector: str | None
    kind: str  # "person", "group" or "org"
    # the one country whose office this is, when the title alone says so ("treasury secretary":
    # USA, "home secretary": GBR); None for an office many countries have
    country: str | None = None


class DictionaryActor(NamedTuple):
    """One row of the field's actor dictionary: a code valid between two dates."""

    name: str
    country: str | None
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class PersonNoun:
    """A noun that describes a person (``singer``, ``husband``): the gender it implies and how it
    may be linked to a named person (see docs/entities.md, "Descriptions")."""

    noun: str
    gender: str | None  # "m", "f" or None
    kind: str  # identity (who someone is), relation (whose relative), plain


@dataclass(frozen=True)
class OfficeHolder:
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    leader: bool

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _given_names(directory: Path) -> dict[str, str]:
    """Given name -> "m"/"f" (``given_names.tsv``): names given to one gender only."""
    try:
        text = (directory / "given_names.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        _missing(directory / "given_names.tsv")
        return {}
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:] if len(row) == 2}


def _census_given_names(directory: Path) -> dict[str, str]:
    """Given name -> "m"/"f" from the 1990 US Census first-name lists (``census_given_names.tsv``,
    built by scripts/build_census_given_names.py): names of one gender in at least 99 uses in 100.
    A gender fallback only, for names the hand table lacks (no evidence that a word is a name)."""
    try:
        text = (directory / "census_given_names.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        _missing(directory / "census_given_names.tsv")
        return {}
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:] if len(row) == 3}


def _family_names(directory: Path) -> frozenset[str]:
    """Family names written first (``family_names.tsv``: Chinese, Korean, Vietnamese)."""
    try:
        text = (directory / "family_names.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        _missing(directory / "family_names.tsv")
        return frozenset()
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(row[0] for row in rows[1:] if len(row) == 2)


# The kinds of actor_words.tsv (the ActorWords fields); another kind fails at load.
WORD_KINDS = frozenset({"honorific", "naming_title", "abbreviated_title", "rank", "name_suffix", "actor_modifier",
                        "place_word", "motion", "naming_verb", "home_word", "media_title", "company_word",
                        "contest_word", "contest_link", "region_adjective", "international_word"})
# the function words of the entity stage's rules (moved from components/entities.py)
WORD_KINDS |= {"pronoun", "actor_preposition", "place_preposition", "owner_preposition", "indefinite_article",
               "generic_determiner", "title_stop", "layout_word", "former_word",
               "gazetteer_preposition", "attitude_in", "settlement_noun"}
WORD_KINDS |= {"body_pronoun", "impersonal_verb", "foreign_word", "credit_word"}
# verbs of saying that go on with the words of the one who spoke last ("he added", "she continued"; pron40)
WORD_KINDS |= {"continuing_speech_verb"}
# role words that are no role inside a name or before another person noun (issues 14/15)
WORD_KINDS |= {"quality_role", "body_kind", "office_head"}
# nouns that name a business after a word of its trade ("banking group", "retail chain")
WORD_KINDS |= {"trade_body", "trade_word"}
# words that count the parties of a plural anaphor ("both firms", "the pair")
WORD_KINDS |= {"counting_word"}
# a sports club's nouns ("the club", "the side") and the last words of a club's name ("Acme United")
WORD_KINDS |= {"club_noun", "club_word"}
# nouns that stand for the one state agency named before ("the FBI ... the agency"), with its sectors
WORD_KINDS |= {"agency_noun"}
# the possessive pronoun of a named body ("Acme said its profits rose")
WORD_KINDS |= {"body_possessive"}
# the plural pronouns British news uses of one named body as of a collective ("Arsenal said they would appeal")
WORD_KINDS |= {"body_plural_pronoun"}
# modifiers of when someone took or leaves an office ("the new health minister", "the incoming mayor")
WORD_KINDS |= {"tenure_word"}
# nouns of a person's place in a body that are an office only with the body named ("head of Acme")
WORD_KINDS |= {"body_office", "office_preposition"}
# "US-backed forces": a country joined by a hyphen to one of these participles is a sponsor, not the home
WORD_KINDS |= {"backer_word"}
# a political party's words in descriptions and titles ("the GOP nominee", "Democrat Ann Lee")
WORD_KINDS |= {"party_word"}
# the word joining the two ends of a move between named places or clubs ("from Arsenal to Real Madrid")
WORD_KINDS |= {"route_link"}
# offices that serve a first-order division ("Senator X of Georgia": the US state, not the country)
WORD_KINDS |= {"division_seat"}
# a marriage told by a verb ("X married Y ... her husband"): the verbs and the relation nouns it makes
WORD_KINDS |= {"marriage_verb", "spouse_noun"}
# a relation noun and those of its converse ("her mother" of one the text calls the daughter of someone)
WORD_KINDS |= {"kin_converse"}
# a body named by its seat in an office holder's description ("the Pentagon chief": the defense secretary)
WORD_KINDS |= {"seat_body", "head_noun"}
# groups of another sector that serve at home like police ("security forces" fire on protesters where
# the story happens): unnamed, they take the story's country as the ``local_sector`` groups do
WORD_KINDS |= {"local_group"}
# nouns that say a person's age ("the teenager", "the pensioner"); value: the youngest and oldest age ("13-19")
WORD_KINDS |= {"age_noun"}
# adjectives that say a person's age ("one of the hottest teenage talents"); value as age_noun (s19-guess19)
WORD_KINDS |= {"age_adjective"}
# caption words of a web page glued to a name ("Illustration/Acme"), styles before a regnal name ("His Holiness X II"),
# buildings named after a saint ("St. X of Y church"): brief s20-dev16e
WORD_KINDS |= {"caption_word", "regnal_lead", "saint_building", "handle_noun", "mission_noun"}
# words of standing for an office ("a candidate for mayor", "running for governor"; brief s13-ents)
WORD_KINDS |= {"candidacy_noun", "candidacy_verb", "candidacy_object"}
# a person's own state or province said by a phrase they possess ("his home state of Florida"; roles39)
WORD_KINDS |= {"home_division_noun"}
# adverbs and number words of a group's name made of a slogan around a place ("One Wisconsin Now")
WORD_KINDS |= {"slogan_word", "descent_demonym"}
# nouns of a name someone goes by ("the online name Zantor", issue 15)
WORD_KINDS |= {"name_noun"}
# participles of ownership ("Acme-owned Zentor": a body, issue 15)
WORD_KINDS |= {"owned_word"}
# capitalised nouns of an indigenous people's own body after a demonym ("Oneida Indian Nation")
WORD_KINDS |= {"native_body_noun"}
# last words of the names of occasions ("Nurse Practitioner Week", "Veterans Day"): no person's name
WORD_KINDS |= {"occasion_name_word"}
# the endings of a web address a news site is named by ("told Acmenews.co.uk": a body that reports)
WORD_KINDS |= {"web_domain_ending"}
# the words of a race's leader and of one behind ("the GOP front-runner", "X leads the field", "X trails";
# brief s15-descs), capitalised title words that stand for a role ("Representative X"), and person nouns of
# what someone has or is known as rather than their work ("the billionaire")
WORD_KINDS |= {"lead_noun", "lead_verb", "lead_object", "lead_adverb", "trail_verb", "trail_adverb", "title_role",
               "status_noun", "head_office", "deputy_word"}
# offices of a state's envoy to a body of states ("U.N. ambassador X", "NATO ambassador X"; brief s15-actors7)
WORD_KINDS |= {"member_envoy"}
# nouns of a state's head that are a body's head with a body not a state's named before them or after "of"
# ("Hawks president X", "the company's president"; brief s15-ents15)
WORD_KINDS |= {"body_head"}
# verbs of a game's result whose subject and object are teams when a score stands in the clause
# ("Clemson beat Alabama 35-31"; brief s16-dev11e)
WORD_KINDS |= {"game_result_verb"}
# nouns of a person's rival in a contest ("his rival candidate": the one other person named; brief s16-dev11e)
WORD_KINDS |= {"contest_rival_noun"}
# nouns of any kind of body that stand for the one body not a state's named before ("Harbour Watch ... the group";
# brief s16-descs16)
WORD_KINDS |= {"description_body_noun"}
# last words of a company's name that are no legal form ("Pelham Motors"), read only for "the firm" (brief s16-descs16)
WORD_KINDS |= {"description_firm_word"}
# social networks an account is followed on ("Follow Jo Reyes on Twitter": a person's name before; brief s16-names16)
WORD_KINDS |= {"social_network"}
# a city that stands for a body seated there, not for its country's government, when it acts ("Brussels
# warned London": the European Union); value: the body's name in organisations.tsv (brief s17-actors17)
WORD_KINDS |= {"seat_city_body"}
# prefixes joined by a hyphen to a country word that name a stance toward it, not a home ("pro-Russian
# separatists", "anti-American protesters"; brief s17-actors17)
WORD_KINDS |= {"stance_prefix"}
# compass words that name a country's region alone ("West" of Cameroon) but, before another proper noun, only a part of
# a longer name ("West Yorkshire Police", "South Yorkshire"; brief s17-crime17)
WORD_KINDS |= {"crime_compass_word"}
# the nouns of the harmed and of the doer of violence, and the verbs of violence: "X stabbed a neighbour ... The victim"
# is not X; "A gunman shot X ... The gunman" is not X (brief s17-crime17)
WORD_KINDS |= {"crime_victim_noun", "crime_doer_noun", "crime_harm_verb"}
# verbs done only to people: their object named in two or three capitalised words is a person ("sentenced Tyler
# Banks to 15 years", "convicted Ann Lee of theft"), whatever the tagger made of the name (brief s17-crime17)
WORD_KINDS |= {"crime_person_verb"}
# verbs of keeping someone in the law's hands, told of them in the passive ("He is being held", "She was charged"):
# their subject pronoun is the person the text arrested or charged (ents21)
WORD_KINDS |= {"custody_verb"}
# title words of an office below the state's ("Provincial Governor", "County Commissioner", "mayor"): its holder of
# no country is of the country of the story's places when they all lie in one (ents21)
WORD_KINDS |= {"local_office_word"}
# verbs of taking or holding a seat in a legislature ("won a seat in the U.S. Senate", "was elected to the House")
# and the noun of a member of a legislature by its name's last word ("senate" -> "senator"; brief s17-dev12e)
WORD_KINDS |= {"seat_verb", "legislature_name_end"}
# nouns of one who reads or advises in a race ("the pollster", "the strategist"): a description linked only to a
# person the text calls so, never to the one named person who merely fits (brief s17-dev12e)
WORD_KINDS |= {"observer_noun"}
# nouns of an opinion poll: the capitalised words modifying one name the pollster ("the new Acme Research poll")
WORD_KINDS |= {"poll_noun"}
# nouns of a broadcasting station: capital letters right after one are its call letters ("affiliate WXYZ")
WORD_KINDS |= {"station_noun"}
# capitalised nouns of a body named "NOUN for Capitalised Words" ("Club for Growth", "Citizens for ..."; brief s17-dev12e)
WORD_KINDS |= {"for_body_noun"}
# police17: the nouns of people of more than one service ("officers", "deputies") that serve the police in a
# police story, the words of such a story, and the modifiers and sentence words that keep their own service
WORD_KINDS |= {"police_role_noun", "police_story_word", "police_other_service"}
# a description that brings in someone new, never a person named before (issue 15, brief s17-desc17): its
# determiner or number ("one senator", "another official", "every mayor"), a generic modifier ("the average
# voter", "a typical mayor"), and the prepositions of a restrictive complement ("the mayor of a small town",
# "the senator from Kansas") that must match what the text says of the person
WORD_KINDS |= {"other_determiner", "generic_modifier", "complement_preposition"}
# persons32: determiners besides the articles that open an apposition saying what the named one is ("emailed Ann Lee
# and Tom Hart, another adviser to the mayor,": one more of a kind, said of the name before the comma)
WORD_KINDS |= {"apposition_determiner"}
# dev13e: the words that follow a place's name in the name of a county or town ("Lincoln County Deputy Ann Lee"), and
# the lower-case words of "our town" before a plain noun ("the city woman", "a local man": the person's town is the
# paper's, not another place; issue 15, brief s18-dev13e)
WORD_KINDS |= {"town_part_word", "local_modifier"}
# dev13e: lower-case common nouns the model takes with a body's capitalised name before them ("the Free Citizens
# party"): the name is the capitalised words only
WORD_KINDS |= {"trailing_body_noun"}
# dev13e: the noun of one a lawyer acts for ("her client") and the verbs of acting for them ("who represented X")
WORD_KINDS |= {"client_noun", "lawyer_represent_verb"}
# actors18: names of parties that many countries have ("the Conservative Party", "Labour", "the Republican Party"):
# the name alone is no country; the story's places decide (components/entities.py: _common_party_homes)
WORD_KINDS |= {"common_party"}
# g2rest: nouns of a venue written before "the" and its name ("local pub the Crooked Lantern": the name is a body's)
WORD_KINDS |= {"venue_noun"}
# giveme41: verbs of living through something ("the best he has ever seen"): in a relative clause of a superlative,
# their subject is the one who judges, the speaker of the reported clause (components/entities_pronouns.py)
WORD_KINDS |= {"experience_verb"}
# giveme41: verbs and nouns of playing for a side ("made his debut for X", "signed for X"): the capitalised words
# after their "for" name a team (components/entities_spans.py)
WORD_KINDS |= {"side_for_word"}
# dev15e: last words of a local body's name ("X School District", "X Elementary", "the X Planning Commission"),
# lower-case nouns of the people of a body after its name ("X School District students": the name ends before
# them), and lower-case heads of a named body after a capitalised modifier ("the Census bureau"; issue 15,
# brief s19-dev15e)
WORD_KINDS |= {"body_last_word", "body_people_noun", "generic_body_head"}
# dev15e: nouns of a partner in life owned by "his"/"her" before a name in apposition ("the love of his life, X")
WORD_KINDS |= {"partner_noun"}
# dev16m: a headline's trailing title label ("Talks to resume: FM"; value: the title it stands for) and the
# demonstratives of a description that looks back to the one person named before ("this particular athlete")
WORD_KINDS |= {"headline_speaker_label", "lookback_determiner", "host_preposition"}
# nouns of a work (a film, a show, a song) whose title may follow them or stand in apposition to them ("the play
# The Velvet Rooms", "Harbour Lights, the comedy sequel"); prepositions after a person's occupation noun whose
# object is where they work ("an analyst at Raymond Jones": a firm); participles an award's name is joined to by
# a hyphen ("Oscar-winning": no person) (brief s22-ents22)
WORD_KINDS |= {"work_noun", "employer_preposition", "award_participle"}
# words that join a person's own name to their father's ("Khalid bin Hamad": a repeat "Khalid" is he, not a son
# "Saud bin Khalid"); a clock's and a time zone's labels after a time ("5pm GMT": no body) (brief s22-ents22)
WORD_KINDS |= {"patronymic_link", "clock_word"}
# nouns of a kept or named animal ("Duke is his service dog", "her horse, Bramble,", "a cat named Tigger"): the name
# is no person's; and the words that make such a noun an idiom said of people ("a dark horse", "the top dog"; ents25)
WORD_KINDS |= {"animal_noun", "animal_idiom_word"}
# generic parts of a news site's host name ("www", "online", "english"): no word of the publisher's own name (ents25)
WORD_KINDS |= {"host_generic_label"}
# capitalised last words of a voluntary body's name ("the Lakeside Valley Humane Society", "the Fenby Miners' Welfare
# Association"): capitalised words after "the" ending in one are a body's name, whatever the model tagged (ents25)
WORD_KINDS |= {"society_last_word"}
# nouns of a place of learning named with its town after it ("Keble College Oxford", "Marlow College Leeds"): the
# town is its home, not a place that shares a name with the word before the noun (ents25)
WORD_KINDS |= {"campus_word"}
# nouns of a post held somewhere ("senior roles at Austin Fairley, Brightwater Capital and ..."): the names after
# "at" are employers, bodies, as after an occupation noun ("an analyst at Raymond Jones"; ents25)
WORD_KINDS |= {"job_noun"}
# an academic degree written short ("an M.Sc in physics"); the noun after a share index's name ("the Nikkei
# index"): neither names a person nor a body (brief s24-ents26)
WORD_KINDS |= {"degree_abbreviation", "market_index_noun"}
# a public benefit programme named like a body ("protect Social Security"): no body (ents30)
WORD_KINDS |= {"programme_name"}
# an abbreviation of a common noun ("a super PAC", "on TV"): a kind of body or a medium, never one's name (bodies31)
WORD_KINDS |= {"common_noun_acronym"}
# the prefixes of surnames written with a capital inside ("MacArthur", "VanHorn"): no outlet's word (bodies31)
WORD_KINDS |= {"surname_prefix"}
# a party's vote named after the party ("Republican Primary", "Democratic caucuses"): an election, no body (bodies31)
WORD_KINDS |= {"party_vote_word"}
# nouns of belonging to a body ("a board member of <Name>") and of a statement given ("a statement to <Name>"):
# the name after their "of" / "to" is a body's (ents30)
WORD_KINDS |= {"body_member_noun", "statement_to_noun"}
# the verbs of showing a programme ("airs at 9pm on <Channel>") and the words that end a station's name
# ("<Name> Radio 1"): the broadcaster is named after them (brief s24-ents26)
WORD_KINDS |= {"broadcast_verb", "station_word"}
# nouns of a news outlet that stand for the one outlet named before ("He told the newspaper"; ents29)
WORD_KINDS |= {"outlet_noun"}
# nouns of a newspaper among them: the outlet meant is first one with a paper's title (bodies39)
WORD_KINDS |= {"paper_noun"}
# nouns of a broadcaster that stand for the one broadcaster named before ("fired from the network"; ents37)
WORD_KINDS |= {"broadcaster_noun"}
# nouns of a kind of body whose name follows them after "the" ("a protest by the group Rainbow Rising"; ents29)
WORD_KINDS |= {"class_body_noun"}
# adjectives that set a body apart from one named before ("the rival foundation", "a separate fund"): a
# definite body noun with them is no description of that body (bodies32)
WORD_KINDS |= {"another_body_word"}
# names of peoples and communities that are no country's demonym ("Latinos", "Hispanics"): a group, never a
# body or a person, whatever the model tagged them (bodies32)
WORD_KINDS |= {"people_name"}
# verbs of writing a piece in a publication ("writes in <Title> that ..."): the name after their "in" is
# the publication's title, even where the model read a place (ents36)
WORD_KINDS |= {"column_verb"}
# one-word names of a legislative chamber that are common words too ("the House"): a chamber when coordinated
# with a legislative body ("the House and Senate"), of that body's country (ents36)
WORD_KINDS |= {"chamber_short_name"}
# the markers of another name someone goes by, written between a name and an epithet ("<Name>, a.k.a. the
# <epithet>,"): the epithet is a mention of the one named (ents36)
WORD_KINDS |= {"alias_marker"}
# participles of naming someone ("known as", "nicknamed"): with an alias marker or a name's noun, the words of an
# aside after a name that say the quoted words after them are what the one named is called (ents44)
WORD_KINDS |= {"naming_participle"}
# nouns of the one who holds an office being contested ("the incumbent"): of two people a contest names, the
# one who held an office then (ents36)
WORD_KINDS |= {"incumbent_noun"}
# body nouns that are also common words ("trust", "fund"): a mention only of a body named before whose name
# they head ("the Harlow Trust ... the trust"), never a body of their own (bodies32)
WORD_KINDS |= {"named_body_only_noun"}
# first words of a state office's name ending in an office_head word ("Congressional Budget Office"; ents35)
WORD_KINDS |= {"state_name_opening"}
# codes37: words of a sentence about elected office ("could lose his seat", "the Senate race"): there
# "<first-order division>'s <Name>" names a state's office holder; nouns of a description whose country possessor is
# no home of the one so called ("Russia's fiercest critic, X")
WORD_KINDS |= {"politics_word", "possessor_not_home"}
# codes37: verbs of giving a vote to a person, with the preposition or particle that takes them ("vote for X",
# "wrote in X"; empty: the object, "elected X"): the person so voted for stands for an office (a candidate)
WORD_KINDS |= {"ballot_verb"}
# codes37: an indefinite apposition naming a state's office ("Dan Oberly, a Republican lawmaker,"): the common nouns
# that may modify the office noun there ("a state senator"), and the office nouns too loose to tell a state's office
# alone ("an aide", "a spokesman": of a firm as often)
WORD_KINDS |= {"apposed_office_modifier", "loose_office_noun"}
# names38: the label before a writer's name on a byline line of its own ("BYLINE: Ann Lee.", "By Ann Lee")
WORD_KINDS |= {"byline_label"}
# names38: head nouns of bodies named with their remit after "on" ("the Select Committee on <Place>")
WORD_KINDS |= {"remit_body"}
# names38: verbs of writing for a publication ("wrote on <Site>"): the body after their "on" is a site, no party
WORD_KINDS |= {"publication_verb"}
# bodies40: verbs by which an outlet makes news public ("The <Demonym> first reported ..."): a people's name in the
# singular after "the" as their subject is a newspaper's title (lemmas)
WORD_KINDS |= {"outlet_verb"}
# bodies40: nouns of a body named after its holder's title with a possessive ("the County Coroner's Office")
WORD_KINDS |= {"holder_body_noun"}
# bodies40: verbs whose "to" phrase names the one spoken to ("talked to <Outlet>", "opened up to <Outlet>")
WORD_KINDS |= {"spoken_to_verb"}
# short39: nouns of a person's peer that a place may modify ("his Vermont colleague"): no role, no person noun of
# person_nouns.tsv (a description rule would read them as one person's), yet a place before them places the person
WORD_KINDS |= {"peer_noun"}
# short39: nouns and verbs of standing in a contest against a rival ("his bid against X", "ran against X"): the
# rival of an office holder of the table stands in that state's contest, so is of its country (lemmas)
WORD_KINDS |= {"contest_noun", "contest_verb"}
# codes40: the dashes that open a writer's byline at a paragraph's end ("... wounded.--Ann Lee."): in a column of
# news briefs each such byline ends a brief, and the next brief is a story of its own country
WORD_KINDS |= {"byline_dash"}
# codes40: nouns of the ranks of a party or a chamber ("the No. 2 in the GOP leadership"): one placed in them is of
# the country of the body that modifies the noun
WORD_KINDS |= {"party_rank_noun"}
# codes40: verbs of holding a state's seat ("chairs the Senate <Committee>", "represents Ohio"): their subject, or
# the name a relative clause with them describes, is of the seat's country; and the relative pronouns of a person
WORD_KINDS |= {"state_seat_verb", "relative_person_pronoun"}
# descs41: nouns of a gathering a body holds ("the Republican National Convention ... the convention"): one word
# that ends the name of the one such body named before stands for it
WORD_KINDS |= {"gathering_noun"}
# the actor codes the entity and event stages' rules ask about (written in capitals, read as such)
CODE_KINDS = frozenset({"not_state", "international_code", "state_sector", "local_sector", "unnamed_state_sector",
                        "named_state_sector", "party_sector"})
WORD_KINDS |= CODE_KINDS


@dataclass(frozen=True, init=False)
class ActorWords:
    """The words of ``actor_words.tsv`` (its header says what each kind is for)."""

    def __init__(self, **given: object) -> None:  # not @dataclass's: see fill_fields
        fill_fields(self, given)

    honorific: dict[str, str | None]  # word -> gender ("m", "f") or None
    pronoun: dict[str, str | None]  # third-person pronoun -> its gender ("she" -> "f")
    naming_title: frozenset[str]
    abbreviated_title: frozenset[str]
    rank: frozenset[str]
    name_suffix: frozenset[str]
    actor_modifier: frozenset[str]
    place_word: frozenset[str]
    motion: frozenset[str]
    naming_verb: frozenset[str]
    home_word: frozenset[str]
    media_title: frozenset[str]
    company_word: frozenset[str]
    actor_preposition: frozenset[str]
    place_preposition: frozenset[str]
    owner_preposition: frozenset[str]
    indefinite_article: frozenset[str]
    generic_determiner: frozenset[str]
    title_stop: frozenset[str]
    layout_word: frozenset[str]
    former_word: frozenset[str]
    tenure_word: frozenset[str]
    gazetteer_preposition: frozenset[str]
    attitude_in: frozenset[str]
    settlement_noun: frozenset[str]
    not_state: frozenset[str]
    international_code: frozenset[str]
    state_sector: frozenset[str]
    local_sector: frozenset[str]
    unnamed_state_sector: frozenset[str]
    named_state_sector: frozenset[str]
    party_sector: frozenset[str] = frozenset()
    contest_word: frozenset[str] = frozenset()
    contest_link: frozenset[str] = frozenset()
    international_word: frozenset[str] = frozenset()
    abbreviated_role: dict[str, str] = field(default_factory=dict)  # "capt" -> "captain"
    body_pronoun: frozenset[str] = frozenset()
    body_possessive: frozenset[str] = frozenset()
    body_plural_pronoun: frozenset[str] = frozenset()
    impersonal_verb: frozenset[str] = frozenset()
    continuing_speech_verb: frozenset[str] = frozenset()
    foreign_word: frozenset[str] = frozenset()
    credit_word: frozenset[str] = frozenset()
    quality_role: frozenset[str] = frozenset()
    body_kind: frozenset[str] = frozenset()
    office_head: frozenset[str] = frozenset()
    backer_word: frozenset[str] = frozenset()
    trade_body: frozenset[str] = frozenset()
    trade_word: frozenset[str] = frozenset()
    club_noun: frozenset[str] = frozenset()
    club_word: frozenset[str] = frozenset()
    body_office: frozenset[str] = frozenset()
    office_preposition: frozenset[str] = frozenset()
    local_group: frozenset[str] = frozenset()
    candidacy_noun: frozenset[str] = frozenset()
    candidacy_verb: frozenset[str] = frozenset()
    candidacy_object: frozenset[str] = frozenset()
    home_division_noun: frozenset[str] = frozenset()
    slogan_word: frozenset[str] = frozenset()
    descent_demonym: frozenset[str] = frozenset()
    division_seat: frozenset[str] = frozenset()
    marriage_verb: frozenset[str] = frozenset()
    head_noun: frozenset[str] = frozenset()
    spouse_noun: frozenset[str] = frozenset()
    native_body_noun: frozenset[str] = frozenset()
    occasion_name_word: frozenset[str] = frozenset()
    lead_noun: frozenset[str] = frozenset()
    lead_verb: frozenset[str] = frozenset()
    lead_object: frozenset[str] = frozenset()
    lead_adverb: frozenset[str] = frozenset()
    trail_verb: frozenset[str] = frozenset()
    trail_adverb: frozenset[str] = frozenset()
    status_noun: frozenset[str] = frozenset()
    head_office: frozenset[str] = frozenset()
    deputy_word: frozenset[str] = frozenset()
    member_envoy: frozenset[str] = frozenset()
    game_result_verb: frozenset[str] = frozenset()
    contest_rival_noun: frozenset[str] = frozenset()
    social_network: frozenset[str] = frozenset()
    crime_compass_word: frozenset[str] = frozenset()
    crime_victim_noun: frozenset[str] = frozenset()
    crime_doer_noun: frozenset[str] = frozenset()
    crime_harm_verb: frozenset[str] = frozenset()
    crime_person_verb: frozenset[str] = frozenset()
    custody_verb: frozenset[str] = frozenset()
    local_office_word: frozenset[str] = frozenset()
    seat_verb: frozenset[str] = frozenset()
    observer_noun: frozenset[str] = frozenset()
    poll_noun: frozenset[str] = frozenset()
    station_noun: frozenset[str] = frozenset()
    for_body_noun: frozenset[str] = frozenset()
    other_determiner: frozenset[str] = frozenset()
    apposition_determiner: frozenset[str] = frozenset()
    generic_modifier: frozenset[str] = frozenset()
    complement_preposition: frozenset[str] = frozenset()
    town_part_word: frozenset[str] = frozenset()
    local_modifier: frozenset[str] = frozenset()
    trailing_body_noun: frozenset[str] = frozenset()
    client_noun: frozenset[str] = frozenset()
    body_last_word: frozenset[str] = frozenset()
    body_people_noun: frozenset[str] = frozenset()
    generic_body_head: frozenset[str] = frozenset()
    partner_noun: frozenset[str] = frozenset()
    lawyer_represent_verb: frozenset[str] = frozenset()
    venue_noun: frozenset[str] = frozenset()
    experience_verb: frozenset[str] = frozenset()
    side_for_word: frozenset[str] = frozenset()
    caption_word: frozenset[str] = frozenset()
    regnal_lead: frozenset[str] = frozenset()
    saint_building: frozenset[str] = frozenset()
    handle_noun: frozenset[str] = frozenset()
    mission_noun: frozenset[str] = frozenset()
    legislature_name_end: dict[str, str] = field(default_factory=dict)  # "senate" -> "senator"
    police_role_noun: frozenset[str] = frozenset()
    police_story_word: frozenset[str] = frozenset()
    police_other_service: frozenset[str] = frozenset()
    region_adjective: dict[str, str | None] = field(default_factory=dict)  # "west african" -> CAMEO "WAF"
    counting_word: dict[str, int] = field(default_factory=dict)  # "both" -> 2, "the pair" -> 2
    party_word: dict[str, str] = field(default_factory=dict)  # "gop" -> "republican"
    route_link: dict[str, str] = field(default_factory=dict)  # "to" -> "from": the word before the first end
    seat_body: dict[str, frozenset[str]] = field(default_factory=dict)  # "pentagon" -> {"defense", "defence"}
    title_role: dict[str, str] = field(default_factory=dict)  # "representative" -> "congressman"
    age_noun: dict[str, tuple[int, int]] = field(default_factory=dict)  # "teenager" -> (13, 19)
    kin_converse: dict[str, frozenset[str]] = field(default_factory=dict)  # "mother" -> {"daughter", "son", "child"}
    age_adjective: dict[str, tuple[int, int]] = field(default_factory=dict)  # "teenage" -> (13, 19)
    agency_noun: dict[str, frozenset[str]] = field(default_factory=dict)  # "agency" -> {"GOV", "COP", "SPY"}
    headline_speaker_label: dict[str, str | None] = field(default_factory=dict)  # "fm" -> "foreign minister"
    # Honorifics that are naming titles too are part of how the person is named ("Lord Rennard"),
    # not a mere courtesy.
    titled_name: frozenset[str] = frozenset()
    name_noun: frozenset[str] = frozenset()
    owned_word: frozenset[str] = frozenset()
    web_domain_ending: frozenset[str] = frozenset()
    body_head: frozenset[str] = frozenset()
    description_body_noun: frozenset[str] = frozenset()
    description_firm_word: frozenset[str] = frozenset()
    seat_city_body: dict[str, str] = field(default_factory=dict)  # "brussels" -> "European Union"
    stance_prefix: frozenset[str] = frozenset()
    common_party: frozenset[str] = frozenset()
    lookback_determiner: frozenset[str] = frozenset()
    host_preposition: frozenset[str] = frozenset()
    work_noun: frozenset[str] = frozenset()
    employer_preposition: frozenset[str] = frozenset()
    award_participle: frozenset[str] = frozenset()
    patronymic_link: frozenset[str] = frozenset()
    clock_word: frozenset[str] = frozenset()
    animal_noun: frozenset[str] = frozenset()
    animal_idiom_word: frozenset[str] = frozenset()
    host_generic_label: frozenset[str] = frozenset()
    society_last_word: frozenset[str] = frozenset()
    campus_word: frozenset[str] = frozenset()
    job_noun: frozenset[str] = frozenset()
    degree_abbreviation: frozenset[str] = frozenset()
    market_index_noun: frozenset[str] = frozenset()
    programme_name: frozenset[str] = frozenset()
    common_noun_acronym: frozenset[str] = frozenset()
    surname_prefix: frozenset[str] = frozenset()
    party_vote_word: frozenset[str] = frozenset()
    body_member_noun: frozenset[str] = frozenset()
    statement_to_noun: frozenset[str] = frozenset()
    broadcast_verb: frozenset[str] = frozenset()
    station_word: frozenset[str] = frozenset()
    outlet_noun: frozenset[str] = frozenset()
    paper_noun: frozenset[str] = frozenset()
    broadcaster_noun: frozenset[str] = frozenset()
    class_body_noun: frozenset[str] = frozenset()
    another_body_word: frozenset[str] = frozenset()
    people_name: frozenset[str] = frozenset()
    column_verb: frozenset[str] = frozenset()
    chamber_short_name: frozenset[str] = frozenset()
    alias_marker: frozenset[str] = frozenset()
    naming_participle: frozenset[str] = frozenset()
    incumbent_noun: frozenset[str] = frozenset()
    named_body_only_noun: frozenset[str] = frozenset()
    state_name_opening: frozenset[str] = frozenset()
    politics_word: frozenset[str] = frozenset()
    possessor_not_home: frozenset[str] = frozenset()
    apposed_office_modifier: frozenset[str] = frozenset()
    loose_office_noun: frozenset[str] = frozenset()
    byline_label: frozenset[str] = frozenset()
    remit_body: frozenset[str] = frozenset()
    publication_verb: frozenset[str] = frozenset()
    outlet_verb: frozenset[str] = frozenset()
    holder_body_noun: frozenset[str] = frozenset()
    spoken_to_verb: frozenset[str] = frozenset()
    peer_noun: frozenset[str] = frozenset()
    contest_noun: frozenset[str] = frozenset()
    contest_verb: frozenset[str] = frozenset()
    byline_dash: frozenset[str] = frozenset()
    party_rank_noun: frozenset[str] = frozenset()
    state_seat_verb: frozenset[str] = frozenset()
    relative_person_pronoun: frozenset[str] = frozenset()
    gathering_noun: frozenset[str] = frozenset()
    ballot_verb: dict[str, str] = field(default_factory=dict)  # "vote" -> "for", "elect" -> ""


def _actor_words(directory: Path) -> ActorWords:
    path = directory / "actor_words.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        _missing(path)
        text = ""
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    found: dict[str, dict[str, str | None]] = {kind: {} for kind in WORD_KINDS}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip().lower()
        if kind not in WORD_KINDS:
            raise ValueError(f"{path}: unknown word kind {kind!r} (word {word!r})")
        found[kind][word.upper() if kind in CODE_KINDS else word] = (row.get("value") or "").strip() or None
    honorific = found.pop("honorific")
    pronoun = found.pop("pronoun")
    regions = {normalise_name(word): code for word, code in found.pop("region_adjective").items()}
    counting = {word: int(value or 0) for word, value in found.pop("counting_word").items()}
    party = {word: value or word for word, value in found.pop("party_word").items()}
    route = {word: value or "" for word, value in found.pop("route_link").items()}
    ages = {normalise_name(word): (int(low), int(high)) for word, value in found.pop("age_noun").items()
            for low, _, high in [(value or "0-200").partition("-")]}
    age_adjectives = {normalise_name(word): (int(low), int(high))
                      for word, value in found.pop("age_adjective").items()
                      for low, _, high in [(value or "0-200").partition("-")]}
    abbreviated_role = {word: role for word, role in found["abbreviated_title"].items() if role}
    seat_body = {word: frozenset((value or "").split("|")) - {""} for word, value in found.pop("seat_body").items()}
    converse = {word: frozenset((value or "").split("|")) - {""} for word, value in found.pop("kin_converse").items()}
    title_role = {word: value or "" for word, value in found.pop("title_role").items()}
    agency = {word: frozenset((value or "").upper().split("|")) - {""} for word, value in found.pop("agency_noun").items()}
    body_seat = {normalise_name(word): value for word, value in found.pop("seat_city_body").items() if value}
    member_noun = {word: value or "" for word, value in found.pop("legislature_name_end").items()}
    ballot = {word: value or "" for word, value in found.pop("ballot_verb").items()}
    headline_label = found.pop("headline_speaker_label")
    sets = {kind: frozenset(words) for kind, words in found.items()}
    return ActorWords(honorific=honorific, titled_name=sets["naming_title"] & honorific.keys(),
                      pronoun=pronoun, region_adjective=regions, counting_word=counting, party_word=party,
                      abbreviated_role=abbreviated_role, route_link=route, age_noun=ages, seat_body=seat_body,
                      kin_converse=converse,
                      age_adjective=age_adjectives,
                      title_role=title_role,
                      agency_noun=agency, seat_city_body=body_seat, legislature_name_end=member_noun, ballot_verb=ballot,
                      headline_speaker_label=headline_label,
                      **sets)


def load_actor_words(directory: str | Path | None = None) -> ActorWords:
    """The words of ``actor_words.tsv`` in ``directory`` (None: the packaged one), read once per
    process: the actor dictionary, the tokenizer's abbreviated titles and the layout stage's
    dotted titles read the same table. Another folder's table is read each time: it is read with
    its actor dictionary (itself loaded once per content), and a missing table warns at each load."""
    directory = table_dir(directory)
    if directory != packaged_dir():
        return _actor_words(directory)
    return shared_load(_actor_words, directory, ("actor_words.tsv",))


def _rows(directory: Path, filename: str) -> Iterable[dict[str, str]]:
    try:
        handle = (directory / filename).open(encoding="utf-8")
    except FileNotFoundError:
        _missing(directory / filename)
        return []
    with handle:
        return tsv_records(handle)


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _date(cell: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell) if cell else None
    except ValueError:
        return None


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + "s"


class ActorDictionary:
    """Everything the project knows about actors, indexed by normalised name, read from the
    tables in ``directory`` (None: the packaged ones)."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = table_dir(directory)
        self.countries: dict[str, str] = {}  # name or alias -> ISO3
        self.country_names: dict[str, str] = {}  # ISO3 -> common name
        self.adjectives: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        # Abbreviations ("CAR", "US") name the country only when written in capitals: "Car
        # manufacturers" and "Us" are no Central African Republic nor United States.
        self.country_acronyms: set[str] = set()
        for row in _rows(self.directory, "countries.tsv"):
            iso3 = row.get("iso3", "")
            if not re.fullmatch(r"[A-Z]{3}", iso3):
                continue
            self.country_names[iso3] = row.get("name") or iso3
            for name in [row.get("name", ""), *_alts(row.get("aliases", ""))]:
                if name:
                    self.countries.setdefault(normalise_name(name), iso3)
                    if " " not in name and name.replace(".", "").isupper():
                        self.country_acronyms.add(normalise_name(name))
            for adj in _alts(row.get("adjectives", "")):
                self.adjectives.setdefault(normalise_name(adj), iso3)
                if " " not in adj and adj.replace(".", "").isupper():
                    self.country_acronyms.add(normalise_name(adj))
            for dem in _alts(row.get("demonyms", "")):
                self.demonyms.setdefault(normalise_name(dem), iso3)
            for cap in _alts(row.get("capitals", "")):
                self.capitals.setdefault(normalise_name(cap), iso3)

        # "Niger Delta", "Chad Basin": a region named after a river that shares a country's name (the places
        # stage's region_head of place_words.tsv, read here too: a body named after such a region is not the
        # country's; none when a saved pipeline's tables lack the file)
        self.region_heads = kind_words(self.directory / "place_words.tsv", "region_head")
        # "Mary Cole" is "she": a given name of one gender
        self.given_names = _given_names(self.directory)
        # "Greta Lowe" is "she" too: the census lists' names of one gender, where the hand table is silent
        self.census_given_names = _census_given_names(self.directory)
        self.family_names = _family_names(self.directory)
        # Titles, name parts and the words that tell an actor from a place or a destination.
        self.words = load_actor_words(self.directory)

        self.roles: dict[str, Role] = {}
        for row in _rows(self.directory, "roles.tsv"):
            name = normalise_name(row.get("role", ""))
            if not name:
                continue
            role = Role(name, row.get("sector") or None, row.get("kind") or "person", row.get("country") or None)
            self.roles.setdefault(name, role)
            words = name.split()
            plural = " ".join([*words[:-1], _plural(words[-1])])
            self.roles.setdefault(plural, role)
        # Nouns that describe people; those roles.tsv lacks are person roles with no sector
        # (an entertainer or a private person gets no sector rather than a wrong one).
        self.person_nouns: dict[str, PersonNoun] = {}
        for row in _rows(self.directory, "person_nouns.tsv"):
            name = normalise_name(row.get("noun", ""))
            if not name:
                continue
            noun = PersonNoun(name, row.get("gender") or None, row.get("kind") or "plain")
            words = name.split()
            for form in (name, " ".join([*words[:-1], _plural(words[-1])])):
                self.person_nouns.setdefault(form, noun)
            role = Role(name, None, "person")
            self.roles.setdefault(name, role)
            self.roles.setdefault(" ".join([*words[:-1], _plural(words[-1])]), role)
        # A kind noun and the nouns of the people it may name ("the comic" for a comedian, "the
        # star" for a singer): what a description's noun may stand for beside itself.
        self.kind_nouns: dict[str, frozenset[str]] = {}
        for row in _rows(self.directory, "kind_nouns.tsv"):
            name = normalise_name(row.get("noun", ""))
            if name:
                self.kind_nouns[name] = frozenset(normalise_name(a) for a in _alts(row.get("names", "")))
        # The field's agent dictionary (Phoenix, built by scripts/build_actor_dictionary.py) adds
        # role and group nouns the project's tables lack; the project's rows win.
        own = dict(self.roles)
        for row in _rows(self.directory, "dictionary_agents.tsv"):
            name = normalise_name(row.get("role", ""))
            if not name or name in self.roles:
                continue
            role = Role(name, row.get("sector") or None, row.get("kind") or "person")
            head = own.get(name.split()[-1])
            if head is not None and len(name.split()) > 1 and head.sector != role.sector:
                continue  # the project's head noun decides ("islamic fundamentalist" is no REL)
            if head is not None and len(name.split()) > 1 and head.kind == "org":
                role = Role(name, role.sector, "org")  # "car maker" is a firm, as "maker" is
            self.roles[name] = role
            words = name.split()
            self.roles.setdefault(" ".join([*words[:-1], _plural(words[-1])]), role)
        self.max_role_words = max((len(r.split()) for r in self.roles), default=1)
        # Every role phrase ends in one of these: a cheap first test before joining n-grams.
        self.role_last_words = frozenset(r.split()[-1] for r in self.roles)
        self.role_first_words = _first_words(self.roles)  # ... and begins with one of these (key_opening)

        self.orgs: dict[str, Org] = {}
        # Acronyms that are also words ("WHO", "ICE") name the body only when written in capitals.
        self.acronyms: set[str] = set()
        spelled_in_lower_case: set[str] = set()
        for row in _rows(self.directory, "organisations.tsv"):
            name = row.get("name", "")
            if not name:
                continue
            org = Org(name, row.get("country") or None, tuple(_alts(row.get("sectors", ""))), row.get("type") or "ORG",
                      _date(row.get("start", "")), row.get("former_name") or None, _date(row.get("renamed", "")))
            for alias in [name, *_alts(row.get("aliases", ""))]:
                self.orgs.setdefault(normalise_name(alias), org)
                if alias.isupper() and " " not in alias:
                    self.acronyms.add(normalise_name(alias))
                else:
                    spelled_in_lower_case.add(normalise_name(alias))
        # A body whose table also spells it in lower case ("NATO|Nato") is matched either way.
        self.acronyms -= spelled_in_lower_case
        self.org_first_words = _first_words(self.orgs)  # see key_opening
        self.country_first_words = _first_words([*self.countries, *self.adjectives, *self.demonyms])
        self.max_org_words = max((len(o.split()) for o in self.orgs), default=1)
        self.max_country_words = max(
            (len(c.split()) for table in (self.countries, self.adjectives, self.demonyms) for c in table), default=1
        )

        self.holders: list[OfficeHolder] = []
        self.holders_by_name: dict[str, list[OfficeHolder]] = {}
        for row in _rows(self.directory, "leaders.tsv"):
            if not row.get("name") or not row.get("country"):
                continue
            holder = OfficeHolder(
                name=row["name"],
                aliases=tuple(_alts(row.get("aliases", ""))),
                country=row["country"],
                office=normalise_name(row.get("office", "")),
                sectors=tuple(_alts(row.get("sectors", ""))) or ("GOV",),
                start=_date(row.get("start", "")),
                end=_date(row.get("end", "")),
                leader=row.get("leader", "").lower() in {"y", "yes", "true", "1"},
            )
            self.holders.append(holder)
            for alias in {holder.name, *holder.aliases}:
                self.holders_by_name.setdefault(normalise_name(alias), []).append(holder)

    # --- single words and phrases ------------------------------------------------------
    def country_of(self, phrase: str) -> str | None:
        """ISO3 for a country name, alias, adjective or demonym ("Ukrainian" -> "UKR")."""
        key = normalise_name(phrase)
        if key in self.country_acronyms and not self._in_capitals(phrase):
            return None
        return self.countries.get(key) or self.adjectives.get(key) or self.demonyms.get(key)

    def country_name_of(self, phrase: str) -> str | None:
        """ISO3 only when the phrase is the country's name or alias (not an adjective)."""
        key = normalise_name(phrase)
        if key in self.country_acronyms and not self._in_capitals(phrase):
            return None
        return self.countries.get(key)

    @staticmethod
    def _in_capitals(phrase: str) -> bool:
        return re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).replace(".", "").isupper()

    def capital_of(self, phrase: str) -> str | None:
        """ISO3 of the country whose capital this is ("Kyiv" -> "UKR")."""
        return self.capitals.get(normalise_name(phrase))

    def role(self, noun: str) -> Role | None:
        key = normalise_name(noun)
        found = self.roles.get(key)
        if found is None and key.startswith("chief ") and _EXECUTIVE_TITLE.fullmatch(key):
            return Role(key, "BUS", "person")  # a title the table lacks: the C-suite's pattern
        return found

    def person_noun(self, noun: str) -> PersonNoun | None:
        return self.person_nouns.get(normalise_name(noun))

    def kinds_named(self, noun: str) -> frozenset[str]:
        """The nouns of the people (or firms: ``the automaker``, ``the airline``) a kind noun may name
        besides its own (``kind_nouns.tsv``)."""
        return self.kind_nouns.get(normalise_name(noun), frozenset())

    def sector_of(self, noun: str) -> str | None:
        role = self.role(noun)
        return role.sector if role else None

    def organisation(self, name: str) -> Org | None:
        key = normalise_name(name)
        if key in self.acronyms and not re.sub(r"^the\s+", "", name.strip(), flags=re.I).replace(".", "").isupper():
            return None
        return self.orgs.get(key)

    # --- office holders ------------------------------------------------------------------
    def holder_named(self, name: str, on: dt.date | None = None) -> OfficeHolder | None:
        """The office holder a name refers to, preferring the office held on the given date."""
        key = normalise_name(name)
        found = self.holders_by_name.get(key, [])
        if not found:
            found = self._holders_without_initial(key)
        if not found:
            return None
        current = [h for h in found if h.holds_on(on)]
        pool = current or found
        # The latest office is the one the news most likely means.
        return max(pool, key=lambda h: h.start or dt.date.min)

    def holders_of_family_name(self, word: str) -> list[OfficeHolder]:
        """The office holders whose name or an alias of two words or more ends in ``word`` (a family name),
        indexed on first use."""
        index = self.__dict__.get("_holders_by_family")
        if index is None:
            index = {}
            for holder in self.holders:
                for alias in {holder.name, *holder.aliases}:
                    words = normalise_name(alias).split()
                    if len(words) >= 2 and holder not in index.get(words[-1], ()):
                        index.setdefault(words[-1], []).append(holder)
            self.__dict__["_holders_by_family"] = index
        return index.get(normalise_name(word), [])

    def _holders_without_initial(self, key: str) -> list[OfficeHolder]:
        """``Lindsey O. Graham`` for the table's ``Lindsey Graham``: a name written with a middle initial
        (one letter between a given name and a family name) is the holder of the name without it, when
        that holder's own names give no other initial (``George P. Bush`` is not ``George W. Bush``,
        whose alias ``George Bush`` drops the W)."""
        words = [w.rstrip(".") for w in key.split()]
        if len(words) < 3 or not all(len(w) == 1 and w.isalpha() for w in words[1:-1]) \
                or len(words[0]) < 2 or len(words[-1]) < 2:
            return []
        initials = set(words[1:-1])
        found = []
        for holder in self.holders_by_name.get(f"{words[0]} {words[-1]}", []):
            theirs = {w for alias in (holder.name, *holder.aliases)
                      for w in (x.rstrip(".") for x in normalise_name(alias).split()[1:-1]) if len(w) == 1}
            if theirs <= initials:
                found.append(holder)
        return found

    def office_holder(self, country: str, office: str, on: dt.date | None) -> OfficeHolder | None:
        """Who held ``office`` ("president", or "leader" for the paramount leader) in ``country``."""
        office = normalise_name(office)
        matches = [
            h for h in self._holders_of(country)
            if h.holds_on(on) and (h.office == office or (office == "leader" and h.leader))
        ]
        if not matches:
            return None
        return max(matches, key=lambda h: (h.leader, h.start or dt.date.min))

    def _holders_of(self, country: str) -> list[OfficeHolder]:
        """The office holders of one country, in table order (indexed on first use: every
        "the president" an article mentions asks)."""
        by_country = self.__dict__.get("_holders_by_country")
        if by_country is None:
            by_country = {}
            for holder in self.holders:
                by_country.setdefault(holder.country, []).append(holder)
            self.__dict__["_holders_by_country"] = by_country
        return by_country.get(country, [])

    # --- the field's actor dictionary ------------------------------------------------------
    @property
    def dictionary_actors(self) -> dict[str, list[DictionaryActor]]:
        """Named people and bodies of the Phoenix dictionaries by normalised name and alias,
        loaded on first use (the project's own tables are asked first)."""
        table = self.__dict__.get("_dictionary_actors")
        if table is None:
            table = {}
            try:
                text = (self.directory / "dictionary_actors.tsv").read_text(encoding="utf-8")
            except FileNotFoundError:
                _missing(self.directory / "dictionary_actors.tsv")
                text = ""
            # 37,000 rows, keys normalised at build time: split by hand (csv is slower here). The
            # same dates and sector lists recur on thousands of rows: each is read once. One dict
            # lookup per cell and per key (``get``, not ``in`` then ``[]`` or ``setdefault``, which
            # builds an empty list for every key), and the tuple made by ``_make`` (NamedTuple's
            # ``__new__`` is a Python function): a fifth of the table's CPU at every start.
            dates: dict[str, dt.date | None] = {"": None}
            sector_lists: dict[str, tuple[str, ...]] = {"": ()}
            make = DictionaryActor._make
            for line in text.splitlines()[1:]:
                cells = line.split("\t")
                if len(cells) < 6:
                    cells += [""] * (6 - len(cells))
                name, keys, country, sectors, start, end = cells[:6]
                if not name:
                    continue
                start_date = dates[start] if start in dates else dates.setdefault(start, _date(start))
                end_date = dates[end] if end in dates else dates.setdefault(end, _date(end))
                sector_list = sector_lists.get(sectors)
                if sector_list is None:
                    sector_list = sector_lists[sectors] = tuple(sectors.split("|"))
                actor = make((name, country or None, sector_list, start_date, end_date))
                for key in keys.split("|"):
                    rows = table.get(key)
                    if rows is None:
                        table[key] = [actor]
                    else:
                        rows.append(actor)
            self.__dict__["_dictionary_actors"] = table
        return table

    @property
    def _joined_keys(self) -> dict[str, list[DictionaryActor]]:
        """The dictionary's names of several words with their spaces left out: a name the text
        writes with a compound joined or split otherwise (``Delta Airlines`` for the dictionary's
        ``Delta Air Lines``) is the same name."""
        table = self.__dict__.get("_dictionary_joined")
        if table is None:
            table = {}
            for key, rows in self.dictionary_actors.items():
                if " " in key:
                    joined = table.setdefault(key.replace(" ", ""), [])
                    joined.extend(r for r in rows if r not in joined)
            self.__dict__["_dictionary_joined"] = table
        return table

    @property
    def _keys_without_initial(self) -> dict[str, list[DictionaryActor]]:
        """The dictionary's names of a given name, one middle initial and a family name (``franklin d.
        roosevelt``) by the two names alone: a name is often written without its middle initial
        (``Franklin Roosevelt``), which is the same person when the dictionary has one such (figcodes41)."""
        table = self.__dict__.get("_dictionary_initialless")
        if table is None:
            table = {}
            for key, rows in self.dictionary_actors.items():
                words = key.split()
                if len(words) == 3 and re.fullmatch(r"[a-z]\.", words[1]) and re.fullmatch(r"[a-z'-]{2,}", words[0]) \
                        and re.fullmatch(r"[a-z'-]{2,}", words[2]):
                    found = table.setdefault(f"{words[0]} {words[2]}", [])
                    found.extend(r for r in rows if r not in found)
            self.__dict__["_dictionary_initialless"] = table
        return table

    def dictionary_actor(self, name: str, on: dt.date | None) -> DictionaryActor | None:
        """The dictionary's code for a name on a date: the row whose date range holds the date,
        else the actor's default row (no dates), else the row nearest before the date (the last
        office that had ended by then); never a row that starts after the date: an office held only
        from a later day says nothing of who the name was then (a namesake, or the same person
        before the office), so a name known only from later rows gives nothing. With no date, the latest row. A name two actors
        share ("the same alias, two countries") gives nothing."""
        key = normalise_name(name)
        rows = self.dictionary_actors.get(key) or (self._joined_keys.get(key.replace(" ", "")) if " " in key else None)
        return self._dictionary_row(rows, on)

    def dictionary_actor_without_initial(self, name: str, on: dt.date | None) -> DictionaryActor | None:
        """``Franklin Roosevelt`` for the dictionary's ``Franklin D. Roosevelt`` (``_keys_without_initial``), as
        :meth:`dictionary_actor` reads a row; only for a person's name of two words that no row has itself."""
        key = normalise_name(name)
        if key.count(" ") != 1 or key in self.dictionary_actors:
            return None
        return self._dictionary_row(self._keys_without_initial.get(key), on)

    @staticmethod
    def _dictionary_row(rows: list[DictionaryActor] | None, on: dt.date | None) -> DictionaryActor | None:
        if not rows or len({r.name for r in rows}) > 1:
            return None
        dated = [r for r in rows if r.start or r.end]
        if on is not None:
            holding = [r for r in dated if (r.start is None or r.start <= on) and (r.end is None or on <= r.end)]
            if holding:
                return max(holding, key=lambda r: r.start or dt.date.min)
        default = [r for r in rows if not (r.start or r.end)]
        if default:
            return default[0]
        if on is not None:
            ended = [r for r in dated if r.end is not None and r.end < on]
            return max(ended, key=lambda r: r.end) if ended else None
        return max(rows, key=lambda r: r.start or dt.date.min)

    # --- noun phrases ----------------------------------------------------------------------
    def code_tokens(self, tokens: list[Token]) -> tuple[str | None, list[str]]:
        """(country, sectors) for a run of tokens: organisations first, then names and roles.

        A person or group owned by a possessor ("Force India's driver", "Russia's envoy") takes
        the possessor's country only when the possessor is a country or a body the tables know,
        never from a country word inside an unknown body's name (``owner_home``)."""
        cut = self._possessive_cut(tokens)
        if cut is None:
            return self._code_run(tokens)
        owner, owned = tokens[:cut], tokens[cut + 1:]
        owner_country, owner_sectors = self._code_run(owner)
        country, sectors = self._code_run(owned)
        body = self._known_body(owner)
        if body is not None and set(body.sectors) == {"BUS"} and sectors and set(sectors) <= STATE_ROLE_SECTORS:
            sectors = ["BUS"]  # "Acme Airways' pilots": a known firm's employees, not an air force
        if country is None and owner_country is not None:
            country = self.owner_home(owner)
        return country, [*owner_sectors, *(s for s in sectors if s not in owner_sectors)]

    def _possessive_cut(self, tokens: list[Token]) -> int | None:
        """The index of the last possessive marker before a person or group role ("Force India
        's driver"), or None."""
        for k in range(len(tokens) - 2, 0, -1):
            if tokens[k].tag_ == "POS" or tokens[k].lower_ in {"'s", "’s"}:
                owned = tokens[k + 1:]
                if any((r := self.role(t.lemma_) or self.role(t.text)) is not None and r.kind == "person" for t in owned):
                    return k
                return None
        return None

    def _known_body(self, owner: list[Token]) -> Org | None:
        words = [t.text for t in owner if t.lower_ != "the"]
        return self.organisation(" ".join(words)) if words else None

    def owner_home(self, owner: list[Token]) -> str | None:
        """The country a possessor gives the people it owns: a country ("India's driver"), a
        body the tables know ("the Kremlin's spokesman"), or a phrase whose country word is a
        modifier ("the Russian president's aide"); never a country word glued to an unknown
        name ("Force India", "Manchester France"): the team or firm so named has no home the
        text states."""
        body = self._known_body(owner)
        if body is not None:
            return body.country
        if any(self.glued_country(t) for t in owner):
            return None
        return self._code_run(owner)[0]

    def glued_country(self, tok: Token) -> bool:
        """A country word that is one word of a longer proper name ("Force India", "Air France"):
        next to a capitalised proper noun that is no country word, role, body or title."""
        if not tok.text[:1].isupper() or self.country_of(tok.text) is None:
            return False
        doc = tok.doc
        for k in (tok.i - 1, tok.i + 1):
            if not 0 <= k < len(doc) or doc[k].is_sent_start and k > tok.i:
                continue
            other = doc[k]
            if other.pos_ != "PROPN" or not other.text[:1].isupper() or other.tag_ == "POS":
                continue
            pair = f"{other.text} {tok.text}" if k < tok.i else f"{tok.text} {other.text}"
            if self.country_of(other.text) or self.country_of(pair) or self.role(other.text) \
                    or self.organisation(other.text) or other.lower_ in self.words.honorific \
                    or other.lower_ in self.words.naming_title:
                continue
            return True
        return False

    def in_contest_name(self, first: Token, last: Token | None = None) -> bool:
        """A country word that names a contest's home, not anyone's: "US Open", "the Italian
        Grand Prix", "Tour de France" (``contest_word`` and ``contest_link`` of actor_words.tsv)."""
        doc, last = first.doc, last or first
        for k in range(last.i + 1, min(last.i + 4, len(doc))):
            word = doc[k]
            if word.is_sent_start or not word.text[:1].isupper() or word.pos_ not in {"PROPN", "NOUN", "ADJ"}:
                break
            if word.lower_ in self.words.contest_word:
                return True
        j = first.i - 1
        return (j >= 1 and doc[j].lower_ in self.words.contest_link and doc[j - 1].text[:1].isupper()
                and doc[j - 1].lower_ in self.words.contest_word)

    def backer(self, tok: Token) -> bool:
        """A country word joined by a hyphen to a participle of backing (``backer_word``): "US-backed
        forces", "Iranian-funded militias" are no forces of the US or Iran."""
        doc = tok.doc
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in self.words.backer_word

    def stance_prefixed(self, tok: Token) -> bool:
        """A country word after a prefix of stance and a hyphen (``stance_prefix``): "pro-Russian
        separatists", "anti-American protesters" are of no state the word names."""
        doc = tok.doc
        return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in self.words.stance_prefix

    def region_of(self, phrase: str) -> str | None:
        """The CAMEO region code of a region's adjective ("West African" -> "WAF")."""
        return self.words.region_adjective.get(normalise_name(phrase))

    def _code_run(self, tokens: list[Token]) -> tuple[str | None, list[str]]:
        country: str | None = None
        region: str | None = None
        sectors: list[str] = []
        words = [t.text for t in tokens]
        i = 0
        while i < len(tokens):
            matched = False
            # the tables' phrases of two or more words that may open at this word (key_opening)
            opening = key_opening(words[i])
            org_here = opening is None or opening in self.org_first_words
            # a word that opens no body's name of two or more words tries the word alone (the
            # longer n-grams, skipped one by one, cost more than the look-ups)
            for n in range(min(self.max_org_words, len(tokens) - i), 0, -1) if org_here else (1,):
                org = self.organisation(" ".join(words[i:i + n]))
                # Names are capitalised: "Security Council" is a body, "security council" a role.
                # The tail of a longer unknown name is not the body ("Trade Unions Congress").
                if org and (tokens[i].text[:1].isupper() or n > 1 and _particle_before_name(tokens[i], tokens[i + 1])) \
                        and not self._tail_of_longer_name(tokens, i):
                    country = country or org.country
                    sectors += [s for s in org.sectors if s not in sectors]
                    i += n
                    matched = True
                    break
            if matched:
                continue
            # Multi-word names before single words: "Latin America" is not "America".
            for n in range(min(self.max_country_words, len(tokens) - i), 1, -1):
                if opening is not None and opening not in self.country_first_words:
                    break
                found = self.country_of(" ".join(words[i:i + n]))
                if found:
                    if not self.in_contest_name(tokens[i], tokens[i + n - 1]):
                        country = country or found
                    i += n
                    matched = True
                    break
            if matched:
                continue
            # "West African mediators": a region of several states, no one country (two words first)
            for n in (2, 1):
                found = self.region_of(" ".join(words[i:i + n])) if i + n <= len(tokens) else None
                if found and tokens[i].text[:1].isupper() and not self.country_of(" ".join(words[i:i + n])):
                    region = region or found
                    i += n
                    matched = True
                    break
            if matched:
                continue
            tok = tokens[i]
            if tok.text[:1].isupper() or tok.pos_ in {"PROPN", "ADJ"}:
                found = self.country_of(tok.text)
                # "New Jersey", "New Mexico", "New South Wales": a place named "New" after another
                # is not that other place (a whole "New X" country, New Zealand, matched above)
                if i > 0 and tokens[i - 1].text == "New":
                    found = None
                if found and self._descent_before(tokens, i, found):
                    found = None
                if found and self.town_of_region(tok, found):
                    found = None  # "a woman in Peru, Indiana": a town of a US state (fix13)
                if found and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() \
                        and tokens[i + 1].lower_ in self.words.native_body_noun:
                    found = None  # "Oneida Indian Nation", "the Indian Tribe of ...": a native people's body
                if found and i + 1 < len(tokens) and tokens[i + 1].lower_ in self.region_heads:
                    found = None  # "the Congo Basin Development Authority": the basin's body, not Congo's (ents26)
                if found and country is None and not self.in_contest_name(tok) and not self.backer(tok) \
                        and not self.stance_prefixed(tok):
                    country = found
            if self._office_name(tok):
                # "Office of Management and Budget": a state office, whatever the words of its remit
                if "GOV" not in sectors:
                    sectors.append("GOV")
                i += 1
                continue
            role_here = opening is None or opening in self.role_first_words
            for n in range(min(self.max_role_words, len(tokens) - i), 0, -1) if role_here else (1,):
                # the words as written first: a plural row ("strikers") tells more than its lemma's;
                # the phrase with the last word's lemma is made only when that lemma is another word
                role = self.role(" ".join(words[i:i + n]))
                if role is None and (lemma := tokens[i + n - 1].lemma_) != words[i + n - 1]:
                    role = self.role(" ".join([*words[i:i + n - 1], lemma]))
                if role and self.no_role_here(tokens[i + n - 1]):
                    continue  # "The veteran pop star" is no veteran either (asked only of a role found)
                if role:
                    if role.sector and role.sector not in sectors:
                        sectors.append(role.sector)
                    i += n - 1
                    break
            i += 1
        if country is None and region is not None and STATE_ROLE_SECTORS & set(sectors):
            # the envoys or troops of a region's states act together: an inter-governmental
            # party (the record's codes, spec/README.md: EUR for Europe, IGO for the others)
            country = "EUR" if region == "EUR" else "IGO"
        return country, sectors

    def town_of_region(self, last: Token, iso3: str, name: str | None = None) -> str | None:
        """fix13: a country's name (ending at ``last``) written as a town's with its region after a comma
        (``Lebanon, Indiana``, ``Mexico, Mo.``): the region is a first-order division the gazetteer knows in
        another country than ``iso3``, no country's name itself ("Lebanon, Syria and Iraq"), and the gazetteer
        knows a town of that name (``name``, else ``last``'s text) in that country. Returns the region's
        country (the town's), or None."""
        doc = last.doc
        k = last.i + 1
        if k + 1 >= len(doc) or doc[k].text != ",":
            return None
        words = [doc[k + 1]]
        for j in range(k + 2, min(k + 4, len(doc))):
            if not doc[j].text[:1].isupper() and doc[j].text != ".":
                break
            words.append(doc[j])
        from newsevents.geo.gazetteer import packaged_gazetteer_or_none
        gaz = packaged_gazetteer_or_none()
        if gaz is None:
            return None
        for n in range(len(words), 0, -1):
            region = "".join(t.text_with_ws for t in words[:n]).strip()
            if not region[:1].isupper() or self.country_of(region) or self.country_name_of(region):
                continue
            found = {c.country for c in gaz.candidates(region) if c.level == "admin1" and c.country and c.country != iso3}
            # and a town of that name in the region's country ("China, Pyongyang's only ally" is no town)
            towns = {c.country for c in gaz.candidates(name or last.text) if c.level in {"city", "admin2"}}
            if found & towns:
                return sorted(found & towns)[0]
        return None

    def _descent_before(self, tokens: list[Token], i: int, found: str) -> bool:
        """"Japanese Americans", "Korean-Americans": a country word before a ``descent_demonym``
        of another country (plural, or its singular ending the phrase) tells a descent; the people
        are of the country the demonym names ("Bosnian Serbs" are no such: Serbs of Bosnia)
        (issue 15, brief s13-ents)."""
        k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].text == "-" else i + 1
        if k >= len(tokens) or not tokens[k].text[:1].isupper() or tokens[k].lower_ not in self.words.descent_demonym:
            return False
        after = tokens[k]
        home = self.demonyms.get(normalise_name(after.text))
        if home is None or home == found:
            return False
        # a hyphen joins the two into one word of descent, whatever follows ("Mexican-American reporter X";
        # the hyphen may have been left out of ``tokens`` as punctuation)
        doc, word = tokens[i].doc, tokens[i].i
        hyphened = word + 2 < len(doc) and doc[word + 1].text == "-" and doc[word + 2].i == after.i
        return after.tag_ in {"NNPS", "NNS"} or after.lower_.endswith("s") or k == len(tokens) - 1 or hyphened

    def _office_name(self, tok: Token) -> bool:
        """A word of a capitalised name "Office of ...", "Department for ..." (``office_head``):
        the name is a state office's, the words of its remit give no sector."""
        if tok.ent_iob_ not in {"B", "I"}:
            return False
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        head = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < len(doc) else doc[start]
        link = head.i + 1
        return (head.lower_ in self.words.office_head and head.text[:1].isupper() and tok.i >= head.i
                and link < len(doc) and doc[link].lower_ in {"of", "for"} and doc[link].ent_iob_ == "I")

    def _opens_body_name(self, tok: Token) -> bool:
        """``a Premier League footballer``: a capitalised person's role word that opens a name the
        model tagged a body, followed in it by a capitalised word that is no role, no honorific, no
        given name and no person's, names a body (a league, a cup, a hotel), not an office holder
        (brief s15-actors7: the footballer was coded GOV from ``premier``). ``Governor Wade X`` tagged
        a body stays a title before a name."""
        doc = tok.doc
        if tok.ent_iob_ != "B" or tok.ent_type_ not in {"ORG", "EVENT", "FAC", "WORK_OF_ART"} or not tok.text[:1].isupper() \
                or tok.i + 1 >= len(doc):
            return False
        role = self.role(tok.lemma_) or self.role(tok.text)
        after = doc[tok.i + 1]
        return (role is not None and role.kind == "person" and after.ent_iob_ == "I" and after.text[:1].isupper()
                and self.role(after.text) is None and self.role(after.lemma_) is None
                and after.lower_ not in self.words.honorific and after.lower_ not in self.given_names
                and not any(self.role(doc[tok.i: tok.i + k].text) for k in range(2, self.max_role_words + 1)
                            if tok.i + k <= len(doc)))

    def no_role_here(self, tok: Token) -> bool:
        """A role word that names no role where it stands: a word of a person's name after its
        first name ("Beenie Man"), a word of a name the text calls another kind of body ("rock
        band Bloc Party", ``body_kind``) and that kind's noun itself ("indie group"), or a quality given to another person noun ("the veteran
        pop star", ``quality_role``)."""
        doc = tok.doc
        if tok.lower_ in self.words.quality_role:
            head = tok.head
            while head.dep_ in {"amod", "compound"} and head.head.i > head.i:
                head = head.head  # "veteran pop star": the noun of the whole phrase
            return (tok.dep_ in {"amod", "compound"} and head.i > tok.i and head.pos_ == "NOUN"
                    and (self.person_noun(head.lemma_) is not None or self.role(head.lemma_) is not None))
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lower_ in self.words.body_kind and after is not None and after.ent_iob_ == "B" and after.pos_ == "PROPN":
            return True  # "indie group Bloc Party": the kind of the body named, no sector of its own
        if self._opens_body_name(tok):
            return True
        if not tok.text[:1].isupper() or tok.ent_iob_ != "I":
            return False
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if start > 0 and doc[start - 1].lower_ in self.words.body_kind:
            return True
        role = self.role(tok.lemma_) or self.role(tok.text)
        if tok.ent_type_ != "PERSON" and not (tok.ent_type_ == "ORG" and role is not None and role.kind == "person"):
            return False  # a body's own word ("Green Party") names its kind; a person's rarely does
        if any(self.role(doc[tok.i - k:tok.i + 1].text) for k in range(1, min(self.max_role_words, tok.i + 1))):
            return False  # "Prime Minister": the end of a longer role
        before = doc[tok.i - 1]
        return (before.pos_ == "PROPN" and self.role(before.text) is None and self.role(before.lemma_) is None
                and before.lower_ not in self.words.honorific and before.lower_ not in self.words.naming_title
                and before.lower_ not in self.words.rank and self.country_of(before.text) is None)

    def _tail_of_longer_name(self, tokens: list[Token], i: int) -> bool:
        """"Trade Unions Congress": a known body's name ending a longer unknown proper name."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        return (prev.pos_ == "PROPN" and prev.text[:1].isupper() and not self.country_of(prev.text)
                and self.organisation(prev.text) is None)

    def code_span(self, span: Span | Token) -> tuple[str | None, list[str]]:
        """(country, sectors) for any noun phrase: "Russian troops" -> ("RUS", ["MIL"])."""
        if isinstance(span, Token):
            span = span.doc[span.i: span.i + 1]
        tokens = [t for t in span if not t.is_punct]
        return self.code_tokens(tokens)


def _particle_before_name(first: Token, second: Token) -> bool:
    """``al-Qaeda``, ``el-Nusra``: a lower-case particle joined by a hyphen to the capitalised rest of a
    name; the name is capitalised for the rule that names are (brief s17-actors17: "al-Qaeda leaders"
    took no code of the body)."""
    doc = first.doc
    return (first.is_lower and len(first.text) <= 3 and first.i + 2 == second.i and doc[first.i + 1].text == "-"
            and second.text[:1].isupper())


def load_actor_dictionary(directory: str | Path | None = None) -> ActorDictionary:
    """The actor dictionary of the tables in ``directory`` (None: the packaged ones), read once
    per process and shared by the stages given the same tables."""
    return shared_load(ActorDictionary, table_dir(directory), ACTOR_FILES)


def actor_dictionary() -> ActorDictionary:
    """The packaged actor dictionary, for code outside a pipeline (the store's country filter,
    tests); a stage holds the one of its own config."""
    return load_actor_dictionary()
