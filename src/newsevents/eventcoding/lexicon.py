"""The event lexicon (``data/event_lexicon.tsv``), its backbone and the cue table (``data/event_cues.tsv``).

The lexicon and the cues are data the project writes. The backbone (``data/event_backbone.tsv``)
is built by scripts/build_event_backbone.py from PETRARCH2's CAMEO verb dictionary and PLOVER's
CAMEO table: it gives coverage, the hand-written rows win (a verb the lexicon knows takes no
backbone row: its rows and their conditions say what it means, "hit a town" but not "hit its
target"). The
events stage reads them from its folder once (:func:`load_lexicon`, :func:`load_cues`) and
this module answers one question: which entry, if any, does a token trigger?
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from newsevents.actors import ActorDictionary
from newsevents.docquery import is_someone
from newsevents.eventcoding.shapes import light_verb_preps
from newsevents.tables import fill_fields, shared_load, table_dir, tsv_records
from newsevents.temporal.lexicon import WORD_FILES, load_words

# The tables of the event lexicon: what the events stage reads and saves with a pipeline.
LEXICON_FILES = ("event_lexicon.tsv", "event_backbone.tsv", "event_cues.tsv")

# PLOVER's quad classes: verbal/material cooperation, verbal/material conflict.
QUAD_CODE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# A lexicon row whose event is "-" stops the search: the use it describes is no event
# ("agree with him" as an opinion, "Welcome to ...").
NO_EVENT = "-"
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# CAMEO root codes for a type reached by negation (a refusal) rather than from a lexicon row.
DEFAULT_CAMEO = {"REJECT": "12", "ACCUSE": "11", "REQUEST": "10", "AGREE": "03", "THREATEN": "13", "COERCE": "17"}


_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_PARTICLE_ADVERBS = ("back", "out")  # particles the parser tags as adverbs ("fired back at")
# The condition kinds condition_holds knows; a lexicon row naming another fails at load.
CONDITION_KINDS = frozenset({"prep", "obj", "objtype", "xcomp", "pobj", "form", "pobjtype", "gov", "compound",
                             "subj", "has", "party", "objmod", "adv", "xobj", "pred"})
# The cue kinds of event_cues.tsv (the Cues fields); another kind fails at load.
CUE_KINDS = frozenset({"weapon", "context", "future", "hypothetical", "negation", "historical", "report", "evidence",
                       "collective", "attack", "patient_noun", "undergo", "partitive", "observe", "request",
                       "prediction", "disaster", "presuppose", "habitual", "generic_people", "accident",
                       "intent", "political", "protester", "not_actor_pronoun", "obligation",
                       "sport", "outcome", "campaign", "defeat", "occur", "crowd", "sport_report",
                       "sport_noun"})
# the word lists of the argument rules (eventcoding/arguments.py)
CUE_KINDS |= {"relative_pronoun", "object_pronoun", "source_noun", "belonging", "state_verb", "no_party", "scale"}
# the word list of the time rule (eventcoding/situate.py)
CUE_KINDS |= {"time_mark"}
# the prepositions of time or circumstance the modality rule does not climb (eventcoding/modality.py)
CUE_KINDS |= {"adjunct_prep"}
# the prepositions of the recipient rules (eventcoding/arguments.py)
CUE_KINDS |= {"author_prep", "goal_prep", "protest_noun"}
# the prepositions and nouns of a protest's site, whose owner is pressed (eventcoding/arguments.py)
CUE_KINDS |= {"site_prep", "site_noun", "provoke", "framework_prep"}
CUE_KINDS |= {"share_noun"}
# the nouns and verb of a takeover bid, whose name before them is the firm bid for (eventcoding/bids.py)
CUE_KINDS |= {"bid_noun", "bid_verb"}
# decisions only a court hands down: unattributed, they are the article's one court's (eventcoding/anaphora.py)
CUE_KINDS |= {"court_decision"}
# the referent words and determiners of the earlier-act recipient rule (eventcoding/anaphora.py)
CUE_KINDS |= {"referent", "definite"}
# the word lists of the coding-discipline filters added in session 5 (components/events.py)
CUE_KINDS |= {"work", "onlooker", "abstract"}
# the actor sectors and lexicon modes the event stage's rules read (components/events.py)
CUE_KINDS |= {"armed_sector", "domestic_sector", "state_act"}
# groups named by what they stand in relation to, placed nowhere by that (components/events.py `_at_home`)
CUE_KINDS |= {"relation_group"}
# the words of dying of the article-wide accident rule (components/events.py)
CUE_KINDS |= {"death"}
# the particles of words, verbs of force on a crowd and the forces that do it, force left open (eventcoding/visits_threats.py)
CUE_KINDS |= {"speech_particle", "repress_verb", "repressing_sector", "exclude_verb", "withhold_verb",
               "welcome_verb"}
# play told with force verbs ("shot wide", "hit the woodwork") and the people at a game who do not play
CUE_KINDS |= {"sport_play", "non_player"}
# spur15 (eventcoding/retorts.py): the economic measures a retort "hit back at X with ..." is made of
CUE_KINDS |= {"retaliation_means", "retort_particle"}
# recips16 (eventcoding/calls_vows.py): echoed calls, vows of defiance, saying clauses of an attack, group
#   nouns named by apposition, verbs of judging whose reason phrase a time dates
CUE_KINDS |= {"echo_verb", "call_noun", "refusal_vow_verb", "defy_verb", "claim_saying_verb",
              "group_noun", "judging_verb", "consequence_verb",
              "struck_body_part"}
# the word lists of the practice rules (components/events.py, session 7)
CUE_KINDS |= {"frequency", "period"}
# the word lists of session 6's modality and discipline rules (eventcoding/modality.py, components/events.py)
CUE_KINDS |= {"possibility", "implication", "deadline", "standing", "role", "sequel"}
# the word lists of the act and party filters of components/events.py (moved there from Python)
CUE_KINDS |= {"view_verb", "generic_determiner", "question_adverb", "outcome_prep", "party_prep", "instrument_prep",
              "win_verb"}
CUE_KINDS |= {"creation"}  # verbs whose object is made by the act, no party to it (eventcoding/arguments.py)
CUE_KINDS |= {"money_noun"}  # a bill or a levy: "hit with a bill", "charged VAT" ask a payment (components/events.py)
CUE_KINDS |= {"economic"}  # "hit exports", "a rally in shares": force on a market quantity (components/events.py)
CUE_KINDS |= {"product"}  # products, technologies and formats: backing one is a market choice (components/events.py)
CUE_KINDS |= {"location_prep", "belonging_prep", "charge_prep", "source_prep", "companion", "companion_prep"}  # arguments.py
CUE_KINDS |= {"first_person", "second_person", "person_pronoun", "personal_possessor", "state_force_sector",
              "government_sector"}  # the pronouns and sectors of the discipline filters (components/events.py)
CUE_KINDS |= {"trade", "goods", "recent"}  # the other party of a sale or an order; 'recently' is news (eventcoding/commerce.py)
CUE_KINDS |= {"tell_doer", "tell_source", "tell_denial", "halt_event", "state_sector"}  # verbs of telling over an event noun (eventcoding/nominal.py)
CUE_KINDS |= {"tell_opinion"}  # "X said the attack ...", "X condemned the bombing": X only voices a view (eventcoding/nominal.py)
CUE_KINDS |= {"reciprocal"}  # words of an act two sides do to each other: "exchanged fire" (eventcoding/arguments.py)
CUE_KINDS |= {"side_noun"}  # "the two sides", "both countries": the countries told just before (eventcoding/arguments.py)
CUE_KINDS |= {"protest_site"}  # "protested outside the embassy": a protest somewhere is a demonstration (components/events.py)
CUE_KINDS |= {"career_act", "sport_party"}  # a club's dealings with its players: no event (components/events.py)
# states, options, kinds, careers, reviews: clauses that tell no event (eventcoding/nonevents.py)
CUE_KINDS |= {"standing_negation", "standing_verb", "collaboration", "creative_act", "option_noun",
              "seize_verb", "plan_object", "generic_mark", "career_move", "career_next", "career_contract",
              "performance", "counsel", "counsel_act"}
CUE_KINDS |= {"duty", "burden_verb", "ruling_verb", "conjecture", "legal_means", "verbal_means", "ailment"}  # acts not done; means; illness
# the word lists of the reported, dated, conditional and generic acts (eventcoding/modality.py, session 8)
CUE_KINDS |= {"hearsay", "rumour", "disavow", "era", "era_prep", "era_now", "bygone", "bygone_body", "then_time", "condition",
              "timeless", "peril", "anniversary", "span_years", "concessive",
              "purpose_mark"}
CUE_KINDS |= {"answer_verb", "relocate", "combining_form", "prep_phrase"}  # recipient rules (eventcoding/arguments.py)
CUE_KINDS |= {"ask_verb", "standin_noun", "expose_word", "strike_site_prep", "authored_noun"}  # parties the parse hides (eventcoding/hidden_parties.py)
CUE_KINDS |= {"grant_verb"}  # "agreed that X would be allowed": the party favoured (eventcoding/arguments.py)
CUE_KINDS |= {"worker", "labour", "employer_verb", "pledge_verb"}  # a labour dispute's two sides (eventcoding/labour.py)
CUE_KINDS |= {"joint_frame", "frame_prep"}  # "cut supplies in a dispute with X": the two-sided matter an act is done in (eventcoding/arguments.py)
CUE_KINDS |= {"firm_noun"}  # "record labels" ... "the record companies": one side told again (eventcoding/labour.py)
CUE_KINDS |= {"market_want", "commodity", "filming"}  # market demand; a film shoot (components/events.py, session 8)
CUE_KINDS |= {"field_role", "armed_field"}  # "comic book veteran": an old hand of a field, no soldier (eventcoding/nonevents.py)
CUE_KINDS |= {"want_verb"}  # "wanted the firms to pay": an act wanted of another, not done (eventcoding/nonevents.py)
CUE_KINDS |= {"lesson_verb"}  # "pupils learn how the Persians invaded Greece": a lesson, no news (eventcoding/nonevents.py)
CUE_KINDS |= {"raid_act", "raid_search", "raid_force", "raid_arms"}  # a raid by the state's agents is COERCE (eventcoding/raids.py)
CUE_KINDS |= {"ability_modal", "ability_word", "injury_verb", "failure_mark", "represent_verb"}  # "can veto", "must ratify", "able to fly": no act done (components/events.py)
# injuries, barrages of media, a work's text: private life and figures of speech (eventcoding/nonevents.py,
# components/events.py; session 9)
CUE_KINDS |= {"body_part", "media_means", "work_part", "sport_meeting", "simulate", "witness"}
CUE_KINDS |= {"lasting_mark", "holding_verb"}  # "still backs", "has a deal with": background by tense (eventcoding/nonevents.py)
CUE_KINDS |= {"envoy_group"}  # "diplomats", "negotiators": unnamed, they may serve any state (components/events.py)
CUE_KINDS |= {"unsplit_word"}  # "counter-attack": a hyphened noun the tokenizer keeps whole (pipeline.py)
CUE_KINDS |= {"campaign_verb"}  # "a group backing Gov. X": a body of the candidate's country's politics (eventcoding/arguments.py)
CUE_KINDS |= {"die_verb", "deed_noun"}  # "have died": the subject suffers, never a doer (eventcoding/targets.py; targets23)
CUE_KINDS |= {"civil_body"}  # "some aid groups": civil society's bodies take no story country (components/events.py)
CUE_KINDS |= {"status_verb"}  # "people accused of X said": a legal status, no act (eventcoding/status.py)
# fame, a market's demand met, a trial's parties: spurious events outside politics (eventcoding/nonevents.py,
# components/events.py; session 11)
CUE_KINDS |= {"fame_noun", "satisfy_verb", "trial_party"}
# game, firms ruined, offices held, technology deployed, appeals that ask no party, ideas criticised, counsel's
# client: spurious events outside politics (eventcoding/nonevents.py; session 11, brief spur12b)
CUE_KINDS |= {"animal", "animal_group", "ruin_verb", "market_kind", "office_noun", "technology_noun", "appeal_word",
              "occasion_verb", "donation", "idea_noun", "client"}
CUE_KINDS |= {"behest", "warning"}  # "deported him at Ecuador's request": a state's act asked by another state (s14-types)
CUE_KINDS |= {"frontier", "frontier_prep"}  # "troops sent to its border with X": the neighbour across it (components/events.py, session 11)
CUE_KINDS |= {"deal_conformity", "held_deal_mark"}  # "in compliance with its loan agreements": a deal held (eventcoding/nonevents.py)
# options weighed, seats of power held, prizes of votes won: no AGREE, no COERCE (eventcoding/nonevents.py; session 12, spur14)
CUE_KINDS |= {"consider_verb", "joint_mark", "hold_office_verb", "prize_noun", "social_ill"}
CUE_KINDS |= {"stance_verb", "self_harm_verb"}
CUE_KINDS |= {"readiness", "fellow_mark", "own_body"}  # "not ready to support him": a support withheld for now, SUPPORT negated (eventcoding/nonevents.py, modality30)
CUE_KINDS |= {"contest_ground", "electorate", "stance_noun_word", "attraction_noun", "defence_verb", "conduct_noun"}  # "beating her in head-to-head matchups": the ground of a race (s13-stances4)  # "she opposes tax breaks": a stance on a policy in the present (s13-campaign)
# stances at any tense, denials, vows of one's own policy, laws held, rejections felt (eventcoding/nonevents.py; s14-stances)
CUE_KINDS |= {"policy_stance_verb", "proposal_noun", "vow_verb", "policy_act_verb", "law_noun",
              "rebuff_noun", "feeling_verb"}
CUE_KINDS |= {"finding_source"}  # "a survey said India needed to ...": a need found, not met (components/events.py)
CUE_KINDS |= {"personnel_case", "expectation_noun"}  # "an employment tribunal", "unfair dismissal": an employment case (eventcoding/unasserted.py, session 12)
CUE_KINDS |= {"compare_prep"}  # "as significant as X's decision": the term of a comparison is no party (components/events.py, session 12)
CUE_KINDS |= {"speech_force", "harm_word", "rank_and_file", "speaking_sector", "speech_modifier", "deal_noun",
              "deal_making"}  # force words of political speech (eventcoding/speech_force.py, session 13, s13-attack)
CUE_KINDS |= {"aim_word"}  # "called to reject", "the effort to force X out", "keen to blockade": an act only sought (eventcoding/modality.py, s14-wants)
CUE_KINDS |= {"attempt_verb", "topic_prep", "ask_topic_prep", "opinion_noun", "before_adverb", "allege", "direction_prep"}  # background and purpose clauses (eventcoding/modality.py, session 13)
CUE_KINDS |= {"topic_talk_verb", "figure_modifier"}  # "is talking about deporting", "political fighting": campaign talk and figures (eventcoding/nonevents.py, session 12, usaudit)
# other senses of event words (eventcoding/senses.py, session 14, s14-senses)
CUE_KINDS |= {"pull_mark", "tie_verb", "deity", "occasion_noun", "policy_head", "document_noun", "arrival_verb",
              "exploit_verb", "audience_noun"}
# weapon words that also name a place ("killed in a gas leak at a mine": a pit; session 14, s14-case)
CUE_KINDS |= {"place_weapon"}
# votes won, greetings by protesters, quoted titles and pleas, speakers' acts joined to a reported clause
#   (eventcoding/senses_campaign.py, eventcoding/arguments.py; session 15, audit7)
CUE_KINDS |= {"vote_contest", "rival_noun", "greeting_verb", "hostile_greeting", "speaker_act"}
CUE_KINDS |= {"posing_verb", "copula_verb", "risk_noun"}  # "liberals pose a big threat to X": a characterisation, no act (characterisations, events43)
CUE_KINDS |= {"sort_noun"}  # "that angry kind of voter": the of-phrase says what is meant (senses_campaign, events42)
CUE_KINDS |= {"record_verb", "recorded_thing"}  # "a screen image captured by the site": a recording, no seizure (senses_things, qtp37)
CUE_KINDS |= {"contest_chance", "attend_verb", "gathering_noun"}  # "the best chance of beating X": odds in a race; "hitting a party gathering": going to it (senses_campaign, qtp37)
# campaign talk: one's own race, a person's rally, promises if elected; a fine is a penalty (eventcoding/campaign.py, session 15, s15-campaign)
CUE_KINDS |= {"race_noun", "race_mark", "race_target_prep", "election_verb", "race_prize", "office_title",
              "office_condition", "penalty_verb", "one_owner"}
# stances, plans and figures that tell no act between parties: one's own thing unrecognised, staff promised, a
#   policy proposed, an act ruled out, a view defended, a remit, a general charge (eventcoding/stances.py, session 16, spur16)
CUE_KINDS |= {"recognize_verb", "voter_bloc", "staff_noun", "policy_proposal_noun", "policy_measure_noun",
              "short_of_mark", "view_noun", "anyone_pronoun", "remit_mark", "general_thing",
              "impersonal_mark", "impersonal_doer"}
# senses16: the ninth US-news audit's other senses of event words (eventcoding/senses_figurative.py, session 16)
CUE_KINDS |= {"quality_mark", "speech_part", "wording_verb", "conflict_figure", "label_verb", "faith_word", "premises_noun", "publication_noun", "reporting_press_sector", "press_word", "publish_verb", "plan_noun", "example_noun", "comparison_prep", "promise_verb", "future_state_verb", "former_state", "outlay_verb"}
# actors17: words that name a people as a minority in another state ("ethnic Albanians in Macedonia";
#   eventcoding/home_codes.py, session 17)
CUE_KINDS |= {"minority_word"}
# actors17: modifiers saying a group is of other states or many ("world leaders", "foreign troops"): never the
#   story's country (eventcoding/home_codes.py)
CUE_KINDS |= {"elsewhere_word"}
# web19: "the Centre" of a country whose federal government is called so ("ind centre": country code, then the
#   word); a party so named in a story of that country is its government (eventcoding/federal_centre.py)
CUE_KINDS |= {"federal_centre_code"}
# web19: the press's telephone calls (eventcoding/press_calls.py): the verbs, the press's sectors, and the times an
#   "on" names ("called the prison on Thursday")
CUE_KINDS |= {"call_verb", "press_call_sector", "call_time"}
# crime17: local crime, court and accident news (eventcoding/crime.py, session 17)
CUE_KINDS |= {"crime_vehicle", "crime_driver", "crime_crash_verb", "crime_fixture", "crime_verdict_verb", "crime_ram_verb",
              "crime_accident_phrase"}
# shape: events said in other sentence shapes (eventcoding/shapes.py, session 17, syn17)
CUE_KINDS |= {"shape_travel", "shape_warning_noun", "shape_circumstance_prep", "shape_of_subject", "shape_scene_verb", "shape_scene_place", "shape_light_verb"}
# dev12e: a poll's question put to the electorate ("Pollsters asked voters to rate ..."; brief s17-dev12e)
CUE_KINDS |= {"poll_verb", "poll_judgement"}
# relations of office, not of private life ("his successor"): never make an act private (components/events.py _private)
CUE_KINDS |= {"office_relation_noun"}
# spur17: ordinary senses of event words in news not about politics (eventcoding/senses_ordinary.py, session 17)
CUE_KINDS |= {"sport_contest_noun", "living_harm_verb", "ban_verb", "inquiry_word", "own_lot",
              "draw_meet_verb", "rank_word", "attend_verb", "social_event", "purchase_thing",
              "quality_noun", "halt_verb", "indefinite_pronoun"}
# wire24: "the plan calls for cuts" (a text provides), "the plane carrying the minister" (transport): senses_ordinary.py;
#   "he must go to work, his daughter said" (a daily errand, no demand): components/events.py _no_one_obliged
CUE_KINDS |= {"provision_source", "carry_verb", "errand_place", "private_purpose_verb", "private_purpose_thing"}
# police17: verbs whose object is followed by "of" and the charge ("convicted X of murder", "accused X of arson"):
#   the charge is no part of the party (eventcoding/arguments.py: parties_for)
CUE_KINDS |= {"police_charge_of_verb"}
# police17: verbs of the police's own acts whose passive with no agent is done by the one police body the article
#   names ("a man was arrested": eventcoding/police.py)
CUE_KINDS |= {"police_passive_verb"}
# passive17: events told with no named doer, headline verbs, hyphenated words (eventcoding/doerless.py, session 17)
CUE_KINDS |= {"doerless_verb", "telling_verb"}
# spur18: acts that are no act between parties in local news (eventcoding/mishaps.py, session 18)
CUE_KINDS |= {"force_verb", "mishap_noun", "mishap_head", "close_verb", "blame_verb",
              "tackle_verb", "task_noun", "licence_verb",
              "letting_verb", "hit_verb", "structure_noun", "refusal_verb",
              "nothing_word"}
# actors18: verbs of receiving, undergoing or defying the thing an order or a penalty makes ("received the treatment
#   ordered by the court", "paid the fine imposed by the judge"): their subject is the one it falls on (eventcoding/order_receivers.py)
CUE_KINDS |= {"receive_verb"}
# senses13: marks of a clause of time or reason that tells a fact ("ever since he made an appeal"), beside time_mark
#   (eventcoding/modality.py); verbs of joint work a plan of which is the work, not a promise (components/events.py)
CUE_KINDS |= {"told_mark", "joint_work_verb", "threshold_noun", "threshold_meet_verb",
              "accord_noun", "new_word"}
# fix13: nouns of a stretch of time ("a short time later", "for the past three months"): a noun phrase headed by one
#   is no party (eventcoding/arguments.py valid_party_token)
CUE_KINDS |= {"time_noun"}
# recip19: verbs by which an order binds a person ("an order that bars X from"); verbs telling a thing's owner in a
#   relative clause on it ("the car that X drove") (eventcoding/targets.py)
CUE_KINDS |= {"bind_verb", "owner_verb"}
# recip20: words of a verdict told as a small clause ("found X guilty of"): its subject is the target
#   (eventcoding/verdict_targets.py)
CUE_KINDS |= {"verdict_word"}
# recip20: the bodies whose active clause names the doer of a passive conjoined to it ("a court ruled ..., and
#   X was sentenced"), and the verbs of a verdict on both sides (eventcoding/verdict_targets.py)
CUE_KINDS |= {"clause_doer", "verdict_verb"}
# spur19: clauses that tell no act at a time: a kind's practice, a position stated over time or held on a change
#   (eventcoding/timeless.py, session 19)
CUE_KINDS |= {"rate_word", "kind_quantifier", "repeat_mark", "change_noun"}
# spur20: marks of a clause of concession that tells a fact ("while the council had endorsed the plan, ...")
#   (eventcoding/concessions_attempts.py, session 20)
CUE_KINDS |= {"concession_mark", "alternative_mark", "dummy_subject", "resign_verb",
              "pressure_verb"}
# wire18: a leader's own staff, defending and vowing, nothing found (eventcoding/no_act.py, session 20)
CUE_KINDS |= {"own_staff", "guard_verb", "defend_vow_verb", "find_verb", "none_det",
              "counterfactual_modal", "condition_mark", "plain_plural",
              "ground_noun"}
# events23: a charge laid by a body that is no state's, stances given as reasons for praise, leaving office as a term
#   ends, the public of a firm accusing it (eventcoding/sport_business.py, session 22)
CUE_KINDS |= {"charge_verb", "judge_verb", "leave_office_verb", "leave_particle",
              "particle_verb", "term_noun", "end_noun", "end_verb",
              "accuse_verb", "firm_public_noun"}
# wire21: threats made on a condition, performative wishes, governments named by their leader (eventcoding/wire_phrasings.py,
#   session 21)
CUE_KINDS |= {"threat_verb", "performative_verb", "wish_verb", "polite_modal",
              "leader_body", "doubt_adverb", "announce_verb", "own_pronoun",
              "raider_sector"}
# wire22: word senses that name things (stock warrants, offices), press questions, stances of seeming, a state's
#   strike, a once-clause's condition, federal officials (eventcoding/senses_things.py, press_calls.py, stances.py,
#   labour.py, modality.py, federal_centre.py; session 22)
CUE_KINDS |= {"warrant_noun", "writ_word", "office_unit_noun", "comment_verb",
              "seem_verb", "once_mark", "federal_word", "federation_country",
              "state_strike_sector", "ask_from_verb", "round_det"}
# targets25: the doer of an act a protest is made against (eventcoding/frame_targets.py; session 24)
CUE_KINDS |= {"protest_purpose_verb"}
# events27: the parties of an event -- the doer from the right noun, co-doers, named counterparties
#   (eventcoding/arguments.py, eventcoding/parties.py; session 25)
CUE_KINDS |= {"predicate_prep", "join_verb", "notify_verb", "slaying_verb", "slaying_noun", "criminal_charge_verb"}
# actors28: verbs of people gathering at a place ("veterans rallied in <Capital>"): the gatherers are of the state
#   they stand in, not of one their complaint names (eventcoding/home_codes.py)
CUE_KINDS |= {"gathering_verb"}
# modality27: a source's anonymity, responses called for, requests in filings, means listed, law-making as a means
#   (eventcoding/wants_formulas.py; session 25)
CUE_KINDS |= {"anonymity_naming_verb", "anonymity_noun", "called_response_verb", "called_response_modal",
              "sought_filing_noun", "filing_seek_verb", "lawmaking_verb"}
# senses28: verbs whose object is words ("repeated the attacks", "attacks aired in the media"; eventcoding/speech_force.py)
CUE_KINDS |= {"words_carrier_verb"}
# senses29: poll shares, ordeals faced, interviewers' questions, habits, stances on measures, reporters' work
#   (eventcoding/standings.py; session 26)
CUE_KINDS |= {"share_figure", "ordeal_verb", "ordeal_noun", "account_verb", "interviewer_word", "past_habit_verb",
              "practice_noun", "measure_noun", "endorse_verb", "exposure_verb", "contest_word",
              "aim_secure_verb", "recommend_modal", "stance_noun"}
# events29: verbs of receiving words ("earned the backing of X", "drew criticism from X"; eventcoding/received.py)
CUE_KINDS |= {"words_receive_verb"}
# events30: candidates' promises to voters and the kind of leader wished for (eventcoding/campaign.py)
CUE_KINDS |= {"campaign_pledge_verb", "wished_leader_det", "wished_leader_modal"}
CUE_KINDS |= {"forecast_adjective", "removal_noun"}  # "voters are not likely to help her": a forecast of a vote (eventcoding/standings.py)
# targets31: "pressed on amid attacks from X": the clause's subject is the one attacked (eventcoding/targets.py)
CUE_KINDS |= {"amid_prep"}
# targets31: "ashamed that X would endorse Y": the "would" of a fact judged, the act done (eventcoding/modality.py)
CUE_KINDS |= {"judged_fact_word"}
CUE_KINDS |= {"intention_noun", "debate_thing"}  # "has no plans to endorse him": a support not meant, SUPPORT negated (nonevents.py, events31)
# targets32: "Hopefully, he will ...", "bent on attacking", "optimism about working together": hoped or intended, no act
# told; "she once threw ...": an act of the indefinite past (eventcoding/modality.py)
CUE_KINDS |= {"hope_word", "remote_once"}
CUE_KINDS |= {"answer_noun"}  # "its response to the senator's demand": the answerer was asked (eventcoding/arguments.py)
# descriptions.py (targets32): calls for measures, questions put, quantifiers before an adjectival participle
CUE_KINDS |= {"call_for_verb", "question_mark", "question_modal", "participle_quantifier"}
# events32: a comparison's clause, a kind defined by its true members (descriptions.py), a subjunctive of demand
# (nonevents.py)
CUE_KINDS |= {"likeness_noun", "likeness_mark", "true_kind_word", "mandative_word", "donee_noun"}
# targets33: "if, as experts believe, X attacked Y": an "as"-clause of belief or saying grants the "if"'s premise
#   (eventcoding/modality.py)
CUE_KINDS |= {"granting_as_verb"}
CUE_KINDS |= {"person_obligation"}  # "X should be freed, the group says": a demand for a named person (qe33)
# events34: worries, moods, other senses, acts asked for or about, stances of the thirty-first audit (eventcoding/
#   feelings.py, senses_frames.py, questions_wants.py, standing_stances.py)
CUE_KINDS |= {"feeling_noun", "feeling_measure", "feeling_target_prep", "possibility_modal", "possibility_word"}
CUE_KINDS |= {"base_noun", "base_military_mark", "following_word"}
CUE_KINDS |= {"request_verb", "question_verb", "question_word"}  # eventcoding/questions_wants.py
CUE_KINDS |= {"position_noun"}  # eventcoding/standing_stances.py
CUE_KINDS |= {"leaning_verb"}  # eventcoding/feelings.py
# targets34: "N was the target of attacks", "N has been cooperating with the agency's inquiry": the subject
#   undergoes the act noun (eventcoding/subject_targets.py)
CUE_KINDS |= {"target_noun", "cooperating_verb"}
# targets34: "withdrew American troops": forces one withdraws are one's own, no target (eventcoding/own_forces.py)
CUE_KINDS |= {"withdrawing_verb", "armed_force_noun"}
# targets34: "conservative outside groups": a civil body named by its political leaning is of the story's state
#   (components/events.py _leaning_body)
CUE_KINDS |= {"leaning_word"}
# qtp36: "make Mexico pay for it": a causative verb as a bare command, the act it demands of another (nonevents.py)
CUE_KINDS |= {"causative_verb"}
# qtp36: "it was more important to cut taxes than to protect rights": adjectives weighing an aim (nonevents.py judged_aim)
CUE_KINDS |= {"weighing_adjective"}
# events37: an inquiry named as the background of another act (eventcoding/background_nouns.py)
CUE_KINDS |= {"inquiry_target_prep", "inquiry_live_word"}
# merge38: an inquiry whose outcome the clause tells is the news, not background (eventcoding/background_nouns.py)
CUE_KINDS |= {"inquiry_outcome_verb", "inquiry_outcome_noun"}
# events39: a stance recalled in a relative clause by "once", an act only feared, one's own thing defended
#   (eventcoding/unacted.py)
CUE_KINDS |= {"former_time_adverb", "fear_verb", "feared_modal", "praise_verb"}
# figev40: a victim named by an identification ("identified the person killed as <Name>": eventcoding/descriptions.py)
CUE_KINDS |= {"identify_verb"}
# figev40: a kind of situation told by a present-tense relative clause ("a situation where your uncle gets killed")
CUE_KINDS |= {"situation_noun"}
# events41: a word that names no one where a party would stand ("apologized to nobody": eventcoding/counterparts.py)
CUE_KINDS |= {"negative_quantifier"}
# events44: a session as the scene of a clause ("At a recent council meeting, the council agreed": eventcoding/settings.py);
# an emergency's flight by private people ("all evacuated safely" from a fire: eventcoding/emergencies.py)
CUE_KINDS |= {"session_noun", "setting_prep", "flight_emergency"}
# events45: an act feared after an adjective of fear ("was scared X would hurt him": eventcoding/unacted.py); a seat
# whose phrase says whose it is, an office (nonevents.seat_of_office); harm told anywhere in a story, without which a
# defeat verb is a contest (eventcoding/contest_story.py)
CUE_KINDS |= {"fear_adjective", "office_seat_noun", "contest_harm", "command_verb"}  # and an order to no party (no_act.py)


@dataclass(frozen=True)
class Condition:
    kind: str  # prep, obj, objtype, objmod, party, compound, subj, has, xcomp, gov
    words: frozenset[str]
    negated: bool = False  # written "!kind:words": the trigger must NOT have it


@dataclass(frozen=True)
class Entry:
    pos: str
    lemma: str
    conditions: tuple[Condition, ...]
    event: str
    mode: str | None
    cameo: str
    frame: str
    recipient_preps: frozenset[str]
    negated: str | None
    origin: str = "lexicon"  # or "backbone": a row built from the field's dictionaries
    context: tuple[str, ...] = ()
    source: str = ""  # the backbone's dictionary pattern

    @property
    def political_only(self) -> bool:
        """A loose pattern that counts only between political actors: the backbone's, and
        lexicon rows marked ``party:political`` ("worked together", "ruled out")."""
        return self.origin == BACKBONE or any(c.kind == "party" and "political" in c.words for c in self.conditions)

    @property
    def consumes_object(self) -> bool:
        return any(c.kind == "obj" for c in self.conditions)


@dataclass(init=False)
class Cues:
    def __init__(self, **given: Any) -> None:  # not @dataclass's: see fill_fields
        fill_fields(self, given)

    weapon: dict[str, str] = field(default_factory=dict)
    context: dict[str, str] = field(default_factory=dict)
    future: set[str] = field(default_factory=set)
    hypothetical: set[str] = field(default_factory=set)
    negation: set[str] = field(default_factory=set)
    historical: set[str] = field(default_factory=set)
    report: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)  # "no evidence that ...": a negated claim
    relative_pronoun: set[str] = field(default_factory=set)  # "rebels who attacked": the rebels attacked
    object_pronoun: set[str] = field(default_factory=set)  # "called for him to go": never the caller
    source_noun: set[str] = field(default_factory=set)  # "withdrawal from the EU": from-phrase is the place left
    belonging: set[str] = field(default_factory=set)  # "a group based in Chad": the place gives its country
    state_verb: set[str] = field(default_factory=set)  # "remained detained": a state, not a passive act
    deed_noun: set[str] = field(default_factory=set)  # "terrorist acts": a deed an ``intent`` word makes an attack
    die_verb: set[str] = field(default_factory=set)  # "more than 50 people have died": the dead, no doers
    envoy_group: set[str] = field(default_factory=set)  # "diplomats approved a deal": no story country
    unsplit_word: set[str] = field(default_factory=set)  # "counter-attack": one word, so its modifier is its doer
    campaign_verb: set[str] = field(default_factory=set)  # "a super PAC supporting Senator X": of X's country
    civil_body: set[str] = field(default_factory=set)  # "aid groups", "charities": no story country
    status_verb: set[str] = field(default_factory=set)  # "people accused of X said": a status, no act
    animal: set[str] = field(default_factory=set)  # "shot game animals", "culling badgers": hunting, no attack
    animal_group: set[str] = field(default_factory=set)  # "a herd of deer": the animals of the "of"-phrase
    ruin_verb: set[str] = field(default_factory=set)  # "destroy Yukos": a firm ruined, a figure
    market_kind: set[str] = field(default_factory=set)  # "ruined the brand": a brand or a market, no party struck
    office_noun: set[str] = field(default_factory=set)  # "occupy the presidency": an office held, no seizure
    technology_noun: set[str] = field(default_factory=set)  # "deploying new technology": no forces, no MOBILIZE
    appeal_word: set[str] = field(default_factory=set)  # "an appeal for donations", "appeal to shoppers"
    occasion_verb: set[str] = field(default_factory=set)  # "the appeal, held at the academy": an occasion
    donation: set[str] = field(default_factory=set)  # "an appeal for donations": a charity's call
    idea_noun: set[str] = field(default_factory=set)  # "attacked the idea of X": commentary, no party
    client: set[str] = field(default_factory=set)  # "distance his client from the allegations": counsel's job
    fame_noun: set[str] = field(default_factory=set)  # "the actress won recognition": fame, no support
    satisfy_verb: set[str] = field(default_factory=set)  # "failed to meet demand": a market's want met
    trial_party: set[str] = field(default_factory=set)  # "protests by the defendants": a trial's objection
    no_party: set[str] = field(default_factory=set)  # "committed itself", "promised something": no party
    # "$5bn": a scale word with a currency sign is an amount; the multipliers of number_words.tsv
    scale: set[str] = field(default_factory=set)
    # "had captured 1,944 delegates": counts won in a vote, no captives; the figures_won_count nouns of
    # figure_lexicon.tsv (one table says what is won; eventcoding/senses_campaign.py, count_won; figev40)
    won_count: set[str] = field(default_factory=set)
    time_mark: set[str] = field(default_factory=set)  # "When X went to the polls in 1979": dates the main clause
    adjunct_prep: set[str] = field(default_factory=set)  # "ordered patrols after protests": no plan of protests
    author_prep: set[str] = field(default_factory=set)  # "rejected an appeal from X": X made the thing
    goal_prep: set[str] = field(default_factory=set)  # "promised aid to X": the thing is aimed at X
    protest_noun: set[str] = field(default_factory=set)  # "a strike in protest at X's plan": X is pressed
    site_prep: set[str] = field(default_factory=set)  # "gathered outside the embassy": a protest's site
    site_noun: set[str] = field(default_factory=set)  # "outside X's residence": a site owned by the one pressed
    provoke: set[str] = field(default_factory=set)  # "X's plan drew criticism from Y": X is criticised
    framework_prep: set[str] = field(default_factory=set)  # "restrictions under the Eurasian Union": a framework
    share_noun: dict[str, str] = field(default_factory=dict)  # "a stake in X": noun -> the preposition naming X
    bid_noun: set[str] = field(default_factory=set)  # "opposed the Vexcorp bid": Vexcorp is bid for, not the bidder
    bid_verb: set[str] = field(default_factory=set)  # "Zentra made a bid": the subject is the bidder
    court_decision: set[str] = field(default_factory=set)  # "welcomed the sentence": the court's
    referent: dict[str, str] = field(default_factory=dict)  # "the deal", "the ruling": word -> its group
    definite: set[str] = field(default_factory=set)  # "the", "this": a noun that refers back
    collective: set[str] = field(default_factory=set)  # "the Turkish side": a modifier names who
    attack: set[str] = field(default_factory=set)  # "US drone attacks killed": the attack's owner acts
    patient_noun: set[str] = field(default_factory=set)  # "his arrest": the possessor undergoes it
    undergo: set[str] = field(default_factory=set)  # "face sanctions": the subject undergoes it
    partitive: set[str] = field(default_factory=set)  # "thousands of teachers": the of-phrase says who
    observe: set[str] = field(default_factory=set)  # "recalled the massacre": the subject only speaks of it
    request: set[str] = field(default_factory=set)  # "called for an inquiry": the inquiry is only asked for
    prediction: set[str] = field(default_factory=set)  # "about to resign": a forecast, not a promise
    disaster: set[str] = field(default_factory=set)  # "the tsunami struck": nature is no actor
    presuppose: set[str] = field(default_factory=set)  # "end the embargo": the embargo exists
    habitual: set[str] = field(default_factory=set)  # "often", "usually": a habit, not an event
    generic_people: set[str] = field(default_factory=set)  # "people make agreements": anyone
    frequency: set[str] = field(default_factory=set)  # "met frequently with": a practice, whoever does it
    period: set[str] = field(default_factory=set)  # "six times a year", "every week": a rate of repeats
    accident: set[str] = field(default_factory=set)  # "when the bus overturned": harm without a doer
    death: set[str] = field(default_factory=set)  # "killed", "died": a death, whoever or whatever caused it
    intent: set[str] = field(default_factory=set)  # "arsonists": the harm was meant
    sport: set[str] = field(default_factory=set)  # "beat them 8-7 in Game 7": a contest, not violence
    outcome: set[str] = field(default_factory=set)  # "stormed to a win": a contest's result as a goal
    campaign: set[str] = field(default_factory=set)  # "a campaign rally": electioneering, not dissent
    defeat: set[str] = field(default_factory=set)  # "Chelsea beat Arsenal": winning, between named sides
    political: set[str] = field(default_factory=set)  # sectors/blocs of political actors (lower case)
    protester: set[str] = field(default_factory=set)  # "rioters clashed": a violent protest
    not_actor_pronoun: set[str] = field(default_factory=set)  # "someone", "this": nobody in particular
    obligation: set[str] = field(default_factory=set)  # "must": a reported obligation is a demand
    occur: set[str] = field(default_factory=set)  # "protests erupted": the event noun happens, doers unnamed
    crowd: set[str] = field(default_factory=set)  # "thousands marched": protesters counted, not named
    sport_report: set[str] = field(default_factory=set)  # "striker", "wicket": with ``sport``, a sports report
    sport_noun: set[str] = field(default_factory=set)  # "try", "lock": sports-report words only as nouns
    sport_play: set[str] = field(default_factory=set)  # "shot wide", "struck the post": a force verb's play complement
    non_player: set[str] = field(default_factory=set)  # "punched a steward": a person at a game who does not play
    work: set[str] = field(default_factory=set)  # "a film accusing Islam": a work and its plot, no event
    onlooker: set[str] = field(default_factory=set)  # "analysts welcomed": commentary and the market, no party
    abstract: set[str] = field(default_factory=set)  # "threaten the firm's profits": force on a thing of the mind
    armed_sector: set[str] = field(default_factory=set)  # "mil", "cop", "reb": sectors that use force
    domestic_sector: set[str] = field(default_factory=set)  # "gov", "pty", "cvl": sectors of one state
    relation_group: set[str] = field(default_factory=set)  # "critics", "fans": no state's by that alone
    state_act: set[str] = field(default_factory=set)  # "arrest", "deport": modes of acts only a state does
    possibility: set[str] = field(default_factory=set)  # "may not be welcomed": possibly not, not a denial
    implication: set[str] = field(default_factory=set)  # "did not mean that X had cut ties": X did not
    deadline: set[str] = field(default_factory=set)  # "have until May to settle": a deadline, not a deal
    standing: set[str] = field(default_factory=set)  # "the current agreement expires": made before
    role: set[str] = field(default_factory=set)  # "playing the part of a man who was rejected": fiction
    sequel: set[str] = field(default_factory=set)  # "that move followed a protest": the protest came first
    view_verb: set[str] = field(default_factory=set)  # "agreed the claims were wrong": a view shared, no deal
    generic_determiner: set[str] = field(default_factory=set)  # "any voter who refuses": a rule, not an act
    question_adverb: set[str] = field(default_factory=set)  # "why target the airlines?": a question
    outcome_prep: set[str] = field(default_factory=set)  # "stormed to a win": toward a contest's result
    party_prep: set[str] = field(default_factory=set)  # "sided with Venezuela": a party of a loose pattern
    instrument_prep: set[str] = field(default_factory=set)  # "attacked with knives": the weapon's preposition
    win_verb: set[str] = field(default_factory=set)  # "beat X to win the title": a game, not an attack
    money_noun: set[str] = field(default_factory=set)  # "hit with a bill", "charged VAT": a payment, no blow
    creation: set[str] = field(default_factory=set)  # "agreed to create a network": the network is made, not acted on
    product: set[str] = field(default_factory=set)  # "a format backed by Sony": a market choice, no SUPPORT
    economic: set[str] = field(default_factory=set)  # "slowdowns hit exports": a market moving, no blow
    location_prep: set[str] = field(default_factory=set)  # "rebels in Chad": where a group is
    belonging_prep: set[str] = field(default_factory=set)  # "a group based in Chad", "loyal to Iraq"
    charge_prep: set[str] = field(default_factory=set)  # "jailed for shooting": the one punished did it
    source_prep: set[str] = field(default_factory=set)  # "withdrawal from the EU": the place left
    companion: set[str] = field(default_factory=set)  # "along with the UN": part of the actor
    companion_prep: set[str] = field(default_factory=set)  # the "with" of "along with"
    first_person: set[str] = field(default_factory=set)  # "we must cut taxes": the speaker's own side
    second_person: set[str] = field(default_factory=set)  # "each time you are killed": no one addressed
    person_pronoun: set[str] = field(default_factory=set)  # "he", "I": a person, not a body
    personal_possessor: set[str] = field(default_factory=set)  # "her husband": a private relation
    office_relation_noun: set[str] = field(default_factory=set)  # "his successor": a relation of office, not kin
    state_force_sector: set[str] = field(default_factory=set)  # "gov", "cop", "mil": the state's acts of force
    government_sector: set[str] = field(default_factory=set)  # "gov": the state's acts
    trade: set[str] = field(default_factory=set)  # "buy from", "sell to": a trade verb and the preposition of its other party
    goods: set[str] = field(default_factory=set)  # "ordered 30 planes": goods bought, so the order is a purchase
    recent: set[str] = field(default_factory=set)  # "recently announced": an undated recent past is news, not history
    tell_doer: set[str] = field(default_factory=set)  # "the withdrawal was announced by X": X withdraws
    tell_source: set[str] = field(default_factory=set)  # "X confirmed the detention of ...": X only tells it
    tell_denial: set[str] = field(default_factory=set)  # "the arrest was denied": said not to have happened
    tell_opinion: set[str] = field(default_factory=set)  # "X condemned the bombing": X is its source, not its doer
    halt_event: set[str] = field(default_factory=set)  # "the march was broken up": it happened
    state_sector: set[str] = field(default_factory=set)  # "gov", "mil": a state body tells its own acts
    reciprocal: set[str] = field(default_factory=set)  # "traded accusations", "clashes": both sides act on each other
    side_noun: set[str] = field(default_factory=set)  # "the two sides met": the two countries told just before
    protest_site: set[str] = field(default_factory=set)  # "protested in the square": marched, not only said
    career_act: set[str] = field(default_factory=set)  # "offered a new deal", "sacked", "banned": a club's dealings
    sport_party: set[str] = field(default_factory=set)  # "the club", "the striker": a sports club and its players
    # the word lists of eventcoding/nonevents.py: clauses that tell no event
    standing_negation: set[str] = field(default_factory=set)  # "has never ratified it": a state held
    standing_verb: set[str] = field(default_factory=set)  # "Denmark exports cheese": trade or ownership in the present
    lasting_mark: set[str] = field(default_factory=set)  # "still backs", "has long opposed": a stance that lasts
    holding_verb: set[str] = field(default_factory=set)  # "has a deal with X": a tie held, not made
    deal_conformity: set[str] = field(default_factory=set)  # "in compliance with its agreements": a deal held
    held_deal_mark: set[str] = field(default_factory=set)  # "under its existing agreements": a deal held
    consider_verb: set[str] = field(default_factory=set)  # "agreed to study the plan": an option weighed, no AGREE
    joint_mark: set[str] = field(default_factory=set)  # "agreed to study it jointly": done with another party
    hold_office_verb: set[str] = field(default_factory=set)  # "who would occupy the White House": an office held
    prize_noun: set[str] = field(default_factory=set)  # "captured the youth vote": a prize won, no seizure
    stance_verb: set[str] = field(default_factory=set)  # "voters support a ban": a stance held, no act
    self_harm_verb: set[str] = field(default_factory=set)  # "her dad killed himself": a suicide, no attack
    readiness: set[str] = field(default_factory=set)  # "not ready to endorse": not yet, no refusal
    fellow_mark: set[str] = field(default_factory=set)  # "other party leaders": fellows of the doer's own body
    own_body: set[str] = field(default_factory=set)  # "party", "committee": one camp whose officers confer
    contest_ground: set[str] = field(default_factory=set)  # "beating her in the polls": a race, no attack
    electorate: set[str] = field(default_factory=set)  # "voters are rejecting him": opinion, no act
    stance_noun_word: set[str] = field(default_factory=set)  # "his opposition to the war": a view held
    attraction_noun: set[str] = field(default_factory=set)  # "his appeal to voters": a pull, no request
    defence_verb: set[str] = field(default_factory=set)  # "defended the process": one's own conduct
    conduct_noun: set[str] = field(default_factory=set)  # "the process", "her decision": how one acted
    # other senses of event words (eventcoding/senses.py, s14-senses)
    pull_mark: set[str] = field(default_factory=set)  # "the extent of his appeal": popularity, no plea
    tie_verb: set[str] = field(default_factory=set)  # "tied her among voters": a race even, no cooperation
    deity: set[str] = field(default_factory=set)  # "Thank God": an exclamation, no party thanked
    occasion_noun: set[str] = field(default_factory=set)  # "welcomed the chance to explain": no party supported
    policy_head: set[str] = field(default_factory=set)  # "takes action on gun control": a policy's name, no seizure
    document_noun: set[str] = field(default_factory=set)  # "destroyed 34,000 emails": papers, no attack
    arrival_verb: set[str] = field(default_factory=set)  # "arrived with our soldiers": companions, no host
    exploit_verb: set[str] = field(default_factory=set)  # "using the attacks": the user is not the attacker
    audience_noun: set[str] = field(default_factory=set)  # "targeting suburban mothers with ads": the public
    social_ill: set[str] = field(default_factory=set)  # "vowed to fight inflation": a policy plan, no threat
    policy_stance_verb: set[str] = field(default_factory=set)  # "opposed a rise in the gas tax": a view, any tense
    proposal_noun: set[str] = field(default_factory=set)  # "opposed a resolution": a party's proposal, an act
    vow_verb: set[str] = field(default_factory=set)  # "vowed to build a wall": a promise of one's own
    policy_act_verb: set[str] = field(default_factory=set)  # "to raise the minimum wage": a policy act
    law_noun: set[str] = field(default_factory=set)  # "supports the health care law": a law held
    rebuff_noun: set[str] = field(default_factory=set)  # "stung by his rejection": being passed over
    feeling_verb: set[str] = field(default_factory=set)  # "stung by", "hurt by": a feeling caused
    finding_source: set[str] = field(default_factory=set)  # "the survey found X needed to": a finding, no act
    collaboration: set[str] = field(default_factory=set)  # "teamed up", "joined forces": working together
    creative_act: set[str] = field(default_factory=set)  # "to record a song": what art or trade makes or sells
    joint_frame: set[str] = field(default_factory=set)  # "in a price dispute with X", "under a deal with X": the other side
    frame_prep: set[str] = field(default_factory=set)  # "in", "amid", "under": the prepositions of a joint_frame
    option_noun: set[str] = field(default_factory=set)  # "the chance to donate": an option, not an act
    seize_verb: set[str] = field(default_factory=set)  # "took the chance to meet": an option taken
    plan_object: set[str] = field(default_factory=set)  # "boost state spending": a quantity of one's own economy
    generic_mark: set[str] = field(default_factory=set)  # "will never beat": a general truth about a kind
    career_move: set[str] = field(default_factory=set)  # "stepped down", "resigned": leaving a post
    career_next: set[str] = field(default_factory=set)  # "to run for parliament": one's own next step
    performance: set[str] = field(default_factory=set)  # "the showcase lacked wow": a show reviewed
    counsel: set[str] = field(default_factory=set)  # "lawyers defending X": counsel at work for a client
    counsel_act: set[str] = field(default_factory=set)  # "defending", "representing": what counsel do for a client
    career_contract: set[str] = field(default_factory=set)  # "a record deal": a contract for one's own work
    duty: set[str] = field(default_factory=set)  # "will not have to apologise", "is allowed to sell": an act not done
    burden_verb: set[str] = field(default_factory=set)  # "the state must prove ...": a burden, no demand
    ruling_verb: set[str] = field(default_factory=set)  # "ruled that X could not sue": the ruling's content
    conjecture: set[str] = field(default_factory=set)  # "I would not exclude that ...": a possibility weighed
    legal_means: set[str] = field(default_factory=set)  # "struck out with lawsuits": an accusation at law
    verbal_means: set[str] = field(default_factory=set)  # "attacked the plan in a letter": an accusation in words
    ailment: set[str] = field(default_factory=set)  # "cholera has killed 40 people": a natural death
    hearsay: set[str] = field(default_factory=set)  # "reports it was withdrawing": an act told as a report's content
    rumour: set[str] = field(default_factory=set)  # "rumours that the club would sell": alleged, not asserted
    disavow: set[str] = field(default_factory=set)  # "denied reports", "dismissed suggestions": the act denied
    era: set[str] = field(default_factory=set)  # "killed under X's regime", "during the war": a period over
    era_prep: set[str] = field(default_factory=set)  # "under", "during": the prepositions of such a period
    era_now: set[str] = field(default_factory=set)  # "under the new regime": a period not over
    bygone: set[str] = field(default_factory=set)  # "the former regime": a ruling body that is gone
    bygone_body: set[str] = field(default_factory=set)  # "regime", "government": bodies whose past acts are history
    then_time: set[str] = field(default_factory=set)  # "at the time": a time told before
    condition: set[str] = field(default_factory=set)  # "if the talks fail, X will strike": only what would follow
    timeless: set[str] = field(default_factory=set)  # "armies never retreat": a negated habit, no event
    peril: set[str] = field(default_factory=set)  # "risk attacking": may come ("risked his life spying" did)
    anniversary: set[str] = field(default_factory=set)  # "the anniversary of the invasion": years back
    span_years: set[str] = field(default_factory=set)  # "thirty years after the massacre": years back
    concessive: set[str] = field(default_factory=set)  # "even if", "as if": no condition on the main clause
    purpose_mark: set[str] = field(default_factory=set)  # "so as to attack": a purpose, not an act done
    attempt_verb: set[str] = field(default_factory=set)  # "tried to attack": an attempt made, not a hope
    aim_word: set[str] = field(default_factory=set)  # "called to reject", "the campaign to expel": only sought
    topic_prep: set[str] = field(default_factory=set)  # "views on the meeting": the act is a topic
    ask_topic_prep: set[str] = field(default_factory=set)  # "asked the minister about the arrest"
    opinion_noun: set[str] = field(default_factory=set)  # "views", "questions": whose topic is not asked for
    before_adverb: set[str] = field(default_factory=set)  # "had previously blockaded": before the news
    allege: set[str] = field(default_factory=set)  # "allege that", "the alleged attack": a charge not shown
    direction_prep: set[str] = field(default_factory=set)  # "attacks aimed at her": directed, not intended
    answer_verb: set[str] = field(default_factory=set)  # "accepted the regulator's demands": answers the asker
    relocate: set[str] = field(default_factory=set)  # "move the factory to Hungary": a destination, no party
    grant_verb: set[str] = field(default_factory=set)  # "X would be allowed access": X is the party favoured
    ask_verb: set[str] = field(default_factory=set)  # "X asked Y to ..., but Y refused": the refusal answers X
    standin_noun: set[str] = field(default_factory=set)  # "took aim at his rival: Mayor X": the rival is X
    expose_word: set[str] = field(default_factory=set)  # "exposed X to attacks", "left X open to criticism"
    strike_site_prep: set[str] = field(default_factory=set)  # "bombs were detonated at the airport": the site hit
    authored_noun: set[str] = field(default_factory=set)  # "the endorsement of X": X endorses
    combining_form: dict[str, str] = field(default_factory=dict)  # "Franco-German": franco -> FRA
    prep_phrase: dict[str, str] = field(default_factory=dict)  # "pulled out of": "out of" says "from"
    worker: set[str] = field(default_factory=set)  # "staff at Vexcorp": people who work for an employer
    labour: set[str] = field(default_factory=set)  # "strike", "pay": a sentence about work
    employer_verb: set[str] = field(default_factory=set)  # "Vexcorp, which runs the metro": the employer
    pledge_verb: set[str] = field(default_factory=set)  # "the firm promised": an offer or promise to the other side
    firm_noun: set[str] = field(default_factory=set)  # "record labels" = "the record companies": one kind of firm
    market_want: set[str] = field(default_factory=set)  # "boosted demand": a market's want, no one's request
    commodity: set[str] = field(default_factory=set)  # "demand for heating oil": what a market buys
    frontier: set[str] = field(default_factory=set)  # "its border with X": a boundary between two states
    warning: set[str] = field(default_factory=set)  # "warned Sweden that it would ...": one warned of the speaker's act
    behest: set[str] = field(default_factory=set)  # "at Ecuador's request": who asked for the act done
    frontier_prep: set[str] = field(default_factory=set)  # "along", "on": where forces stand at a frontier
    filming: set[str] = field(default_factory=set)  # "shot on location": where or how a film is shot
    field_role: set[str] = field(default_factory=set)  # "veteran": years in a field; a soldier only in war
    armed_field: set[str] = field(default_factory=set)  # "war veteran", "army veteran": the field is arms
    want_verb: set[str] = field(default_factory=set)  # "wanted the firms to pay", "hoped they would go": wished of another
    lesson_verb: set[str] = field(default_factory=set)  # "learn", "teach": what a lesson tells, as a habit
    raid_act: set[str] = field(default_factory=set)  # "raided", "a swoop", "searched": force on a suspect's place
    raid_search: set[str] = field(default_factory=set)  # "searched": a search is an event only by the state's agents
    raid_force: set[str] = field(default_factory=set)  # "agents", "officers", COP: the state's agents of law
    raid_arms: set[str] = field(default_factory=set)  # "troops", MIL: soldiers, whose search (not raid) is a seizure
    ability_modal: set[str] = field(default_factory=set)  # "can veto", "must ratify": a power or a duty, no act
    ability_word: set[str] = field(default_factory=set)  # "will be able to fly": an ability, no act
    injury_verb: set[str] = field(default_factory=set)  # "he was not badly injured": harm told without an attack
    failure_mark: set[str] = field(default_factory=set)  # "without agreeing": a lack, no refusal
    represent_verb: set[str] = field(default_factory=set)  # "a union representing workers at X": X employs them
    body_part: set[str] = field(default_factory=set)  # "injured her knee": one's own body hurt, no attack
    media_means: set[str] = field(default_factory=set)  # "bombarded with pop-up ads": adverts, mail, calls
    work_part: set[str] = field(default_factory=set)  # "in the song's lyrics": the text of a work
    simulate: set[str] = field(default_factory=set)  # "simulate bullets striking the ground": a sham act
    witness: set[str] = field(default_factory=set)  # "has seen ten firms suspended": the firms undergo it
    sport_meeting: set[str] = field(default_factory=set)  # "the Oslo meeting" in a race's sentence: a contest
    personnel_case: set[str] = field(default_factory=set)  # "an employment tribunal": the article tells an employment case
    expectation_noun: set[str] = field(default_factory=set)  # "there's no concern that ...": an expectation denied
    compare_prep: set[str] = field(default_factory=set)  # "as significant as X", "bigger than X": a comparison's term
    topic_talk_verb: set[str] = field(default_factory=set)  # "talking about deporting": an act only talked of
    figure_modifier: set[str] = field(default_factory=set)  # "political fighting", "legal battle": force as a figure
    speech_force: set[str] = field(default_factory=set)  # "attacked the White House": force words speech borrows
    harm_word: set[str] = field(default_factory=set)  # "wounded", "killing": harm that keeps force literal
    place_weapon: set[str] = field(default_factory=set)  # "at a mine": a weapon word naming a place
    rank_and_file: set[str] = field(default_factory=set)  # "party workers attacked": followers who can fight
    speaking_sector: set[str] = field(default_factory=set)  # sectors whose attacks on persons are words
    speech_modifier: set[str] = field(default_factory=set)  # "a blistering attack": what only words are
    deal_noun: set[str] = field(default_factory=set)  # "the Iran deal": deals named as things
    deal_making: set[str] = field(default_factory=set)  # "signed the Iran deal": verbs that make one
    vote_contest: set[str] = field(default_factory=set)  # "beat his rival in the runoff": a vote won (senses_campaign)
    posing_verb: set[str] = field(default_factory=set)  # "pose a threat", "constitute an attack": a property, no act (characterisations)
    copula_verb: set[str] = field(default_factory=set)  # "is a threat", "became a danger": a predicate noun (characterisations)
    risk_noun: set[str] = field(default_factory=set)  # "a threat", "a danger": what a party is said to be (characterisations)
    sort_noun: set[str] = field(default_factory=set)  # "that kind of voter": the of-phrase is the noun meant (senses_campaign)
    rival_noun: set[str] = field(default_factory=set)  # "beating rival Marco Rubio": a rival in a race (senses_campaign)
    contest_chance: set[str] = field(default_factory=set)  # "the best chance of beating X": a race's odds (senses_campaign)
    record_verb: set[str] = field(default_factory=set)  # "captured the moment": recording it (senses_things)
    recorded_thing: set[str] = field(default_factory=set)  # "a screen image", "footage", "attention": what is recorded or drawn
    attend_verb: set[str] = field(default_factory=set)  # "hitting a gathering": going to it (senses_campaign)
    gathering_noun: set[str] = field(default_factory=set)  # "a union gathering", "a fundraiser": an occasion people go to
    greeting_verb: set[str] = field(default_factory=set)  # "was greeted by thousands protesting" (senses_campaign)
    hostile_greeting: set[str] = field(default_factory=set)  # "protesting", "boos": a greeting that is a protest
    speaker_act: set[str] = field(default_factory=set)  # "said ... and accused X": a speaker's act (arguments.py)
    # recips3 (eventcoding/visits_threats.py): "hit out at" (words), force on a crowd and the forces that do it
    speech_particle: set[str] = field(default_factory=set)
    repress_verb: set[str] = field(default_factory=set)
    exclude_verb: set[str] = field(default_factory=set)
    withhold_verb: set[str] = field(default_factory=set)
    welcome_verb: set[str] = field(default_factory=set)  # "welcomed the visiting envoy": a visit hosted
    retaliation_means: set[str] = field(default_factory=set)  # "hit back at X with tariffs" (retorts.py)
    retort_particle: set[str] = field(default_factory=set)  # the "back" of "hit back at X" (retorts.py)
    # recips16 (eventcoding/calls_vows.py)
    echo_verb: set[str] = field(default_factory=set)  # "a call echoed by Japan": a call repeated
    call_noun: set[str] = field(default_factory=set)  # the call, demand or appeal echoed
    refusal_vow_verb: set[str] = field(default_factory=set)  # "vowed to ignore the ruling": a vow
    defy_verb: set[str] = field(default_factory=set)  # ... of defiance: a refusal announced
    claim_saying_verb: set[str] = field(default_factory=set)  # "launched an attack, saying that X ...": its target
    group_noun: set[str] = field(default_factory=set)  # "one group, NAME,": the name is the actor
    judging_verb: set[str] = field(default_factory=set)  # "criticized him for votes in the 1990s"
    consequence_verb: set[str] = field(default_factory=set)  # "warned X not to act, or face ...": a threat
    struck_body_part: set[str] = field(default_factory=set)  # "hit him on the head": no topic
    repressing_sector: set[str] = field(default_factory=set)
    race_noun: set[str] = field(default_factory=set)  # "suspended his campaign": one's own race
    race_mark: set[str] = field(default_factory=set)  # "his presidential bid": which race, no arms
    race_target_prep: set[str] = field(default_factory=set)  # "its campaign against the rebels": a party acted on
    election_verb: set[str] = field(default_factory=set)  # "if he is elected": office won
    race_prize: set[str] = field(default_factory=set)  # "the nomination", "the presidency": what a race wins
    office_title: set[str] = field(default_factory=set)  # "if he becomes president"
    office_condition: set[str] = field(default_factory=set)  # "if": a condition on winning office
    penalty_verb: set[str] = field(default_factory=set)  # "fined the campaign $14,000": a penalty, no bill
    one_owner: set[str] = field(default_factory=set)  # "at his rally": one person's possessive
    recognize_verb: set[str] = field(default_factory=set)  # "no longer recognize my party" (stances.py)
    voter_bloc: set[str] = field(default_factory=set)  # "his appeal to blue-collar workers": a bloc drawn
    staff_noun: set[str] = field(default_factory=set)  # "promising a larger staff": one body's own plans
    policy_proposal_noun: set[str] = field(default_factory=set)  # "his proposal to ban X": a policy proposed
    policy_measure_noun: set[str] = field(default_factory=set)  # "called for a ban on X": a policy asked of no one
    short_of_mark: set[str] = field(default_factory=set)  # "anything short of shooting X": ruled out
    view_noun: set[str] = field(default_factory=set)  # "to defend the view that ...": no party backed
    anyone_pronoun: set[str] = field(default_factory=set)  # "anyone who has given me money": no one told
    remit_mark: set[str] = field(default_factory=set)  # "forces dedicated to deporting X": a remit
    general_thing: set[str] = field(default_factory=set)  # "all the things X has done to deny them help"
    impersonal_mark: set[str] = field(default_factory=set)  # "market forces": forces of no one
    impersonal_doer: set[str] = field(default_factory=set)  # "policies", "trends" destroying a class
    # senses16 (eventcoding/senses_figurative.py): the ninth US-news audit's other senses of event words
    quality_mark: set[str] = field(default_factory=set)
    speech_part: set[str] = field(default_factory=set)
    wording_verb: set[str] = field(default_factory=set)
    conflict_figure: set[str] = field(default_factory=set)
    label_verb: set[str] = field(default_factory=set)
    faith_word: set[str] = field(default_factory=set)
    premises_noun: set[str] = field(default_factory=set)
    publication_noun: set[str] = field(default_factory=set)
    reporting_press_sector: set[str] = field(default_factory=set)
    press_word: set[str] = field(default_factory=set)
    publish_verb: set[str] = field(default_factory=set)
    plan_noun: set[str] = field(default_factory=set)
    example_noun: set[str] = field(default_factory=set)
    comparison_prep: set[str] = field(default_factory=set)
    promise_verb: set[str] = field(default_factory=set)
    future_state_verb: set[str] = field(default_factory=set)
    former_state: set[str] = field(default_factory=set)
    outlay_verb: set[str] = field(default_factory=set)
    minority_word: set[str] = field(default_factory=set)
    elsewhere_word: set[str] = field(default_factory=set)
    federal_centre_code: set[str] = field(default_factory=set)
    call_verb: set[str] = field(default_factory=set)
    press_call_sector: set[str] = field(default_factory=set)
    call_time: set[str] = field(default_factory=set)
    # crime17 (eventcoding/crime.py): vehicles, their drivers, the verbs of a crash and what a vehicle hits;
    #   the verbs of a court's finding of guilt
    crime_vehicle: set[str] = field(default_factory=set)
    crime_driver: set[str] = field(default_factory=set)
    crime_crash_verb: set[str] = field(default_factory=set)
    crime_fixture: set[str] = field(default_factory=set)
    crime_verdict_verb: set[str] = field(default_factory=set)
    crime_ram_verb: set[str] = field(default_factory=set)  # "rammed his car into a crowd": a vehicle used as a weapon
    crime_accident_phrase: set[str] = field(default_factory=set)  # "a hit-and-run": a road accident told by one noun
    # shape (eventcoding/shapes.py): events said in other sentence shapes
    shape_travel: set[str] = field(default_factory=set)  # "flew to Tehran to meet X": travel whose purpose is an act
    shape_warning_noun: set[str] = field(default_factory=set)  # "issued a warning about prices": a risk told, no threat
    shape_circumstance_prep: set[str] = field(default_factory=set)  # "fled amid clashes": an event noun of its own
    shape_of_subject: set[str] = field(default_factory=set)  # "the visit of the president": the of-phrase does it
    shape_scene_verb: set[str] = field(default_factory=set)  # "the capital saw protests": a place or day the event filled
    shape_scene_place: set[str] = field(default_factory=set)  # "the capital", "the town": a place noun as such a subject
    shape_light_verb: set[str] = field(default_factory=set)  # "made a request to X for Y": the noun's prepositions on the verb
    poll_verb: set[str] = field(default_factory=set)
    poll_judgement: set[str] = field(default_factory=set)
    # spur17 (eventcoding/senses_ordinary.py): ordinary senses of event words in news not about politics
    sport_contest_noun: set[str] = field(default_factory=set)  # "withdrew from the tournament": a player's entry
    living_harm_verb: set[str] = field(default_factory=set)  # "killed it": a verb that takes a living being
    ban_verb: set[str] = field(default_factory=set)  # "banned camera phones": a house rule on a thing
    inquiry_word: set[str] = field(default_factory=set)  # "investigations at the new find": a firm's survey
    own_lot: set[str] = field(default_factory=set)  # "had their whole future destroyed": a lot in life
    draw_meet_verb: set[str] = field(default_factory=set)  # "will meet sixth seed X": the next round
    rank_word: set[str] = field(default_factory=set)  # "seed", "champion": a player's rank in a draw
    record_verb: set[str] = field(default_factory=set)  # "captured the moment": recording it (senses_things)
    recorded_thing: set[str] = field(default_factory=set)  # "a screen image", "footage", "attention": what is recorded or drawn
    attend_verb: set[str] = field(default_factory=set)  # "attends the Governor's Ball": a social occasion
    social_event: set[str] = field(default_factory=set)  # "ball", "gala", "premiere": no meeting of parties
    purchase_thing: set[str] = field(default_factory=set)  # "ordering prints": a thing bought
    quality_noun: set[str] = field(default_factory=set)  # "the quality of current films": a review
    halt_verb: set[str] = field(default_factory=set)  # "suspended gun sales": a firm's own trade halted
    indefinite_pronoun: set[str] = field(default_factory=set)  # "complained about anything": no matter
    police_charge_of_verb: set[str] = field(default_factory=set)  # "convicted X of murder": X alone is the party
    provision_source: set[str] = field(default_factory=set)  # "the plan calls for cuts": a text provides, no request
    carry_verb: set[str] = field(default_factory=set)  # "the plane carrying the minister": transport, no act
    errand_place: set[str] = field(default_factory=set)  # "he must go to work": a daily errand, no demand
    private_purpose_verb: set[str] = field(default_factory=set)  # "moved to Paris to study": a private move
    private_purpose_thing: set[str] = field(default_factory=set)  # "left to start a new career": a private move
    police_passive_verb: set[str] = field(default_factory=set)  # "was arrested": the story's one police body did it
    # passive17 (eventcoding/doerless.py): "sanctions were imposed on Iran": an act told with no doer
    doerless_verb: set[str] = field(default_factory=set)
    telling_verb: set[str] = field(default_factory=set)  # "police said two men were arrested"
    # spur18 (eventcoding/mishaps.py): no act between parties in local news
    force_verb: set[str] = field(default_factory=set)  # "snow forced the county to close": a forcing verb
    mishap_noun: set[str] = field(default_factory=set)  # "wind", "works": a mishap as the forcer or cause
    mishap_head: set[str] = field(default_factory=set)  # "leak" of "a gas leak": a head a mishap word makes one
    close_verb: set[str] = field(default_factory=set)  # "closed the road after a crash": a response
    blame_verb: set[str] = field(default_factory=set)  # "blamed on faults": a cause named, no one accused
    tackle_verb: set[str] = field(default_factory=set)  # "attacked the problem": work on a task
    task_noun: set[str] = field(default_factory=set)  # "problem", "backlog": a task, no party
    licence_verb: set[str] = field(default_factory=set)  # "authorized the mayor to sign": a power given (modality)
    letting_verb: set[str] = field(default_factory=set)  # "allows the mayor to sign": a power given, not past
    hit_verb: set[str] = field(default_factory=set)  # "have hit buildings": a verb of striking
    structure_noun: set[str] = field(default_factory=set)  # "buildings", "sidewalks": common structures, no party
    refusal_verb: set[str] = field(default_factory=set)  # "should apologise, but he refused": the act refused
    nothing_word: set[str] = field(default_factory=set)  # "had nothing to apologise for": no act owed
    receive_verb: set[str] = field(default_factory=set)  # "received the treatment ordered by the court"
    # senses13: "ever since the chief made an appeal, residents have asked ...": a told fact, not what is asked
    told_mark: set[str] = field(default_factory=set)
    joint_work_verb: set[str] = field(default_factory=set)  # "will work with AIG": a planned COOPERATE
    threshold_noun: set[str] = field(default_factory=set)  # "met her at the door": a greeting, no talks
    threshold_meet_verb: set[str] = field(default_factory=set)  # meet, greet
    accord_noun: set[str] = field(default_factory=set)  # "under the 1990 treaty": an agreement in force
    new_word: set[str] = field(default_factory=set)  # "under a new deal": its making may be the news
    # spur19 (eventcoding/timeless.py): clauses that tell no act at a time
    rate_word: set[str] = field(default_factory=set)  # "twice a year", "every week": a rate, not a date
    kind_quantifier: set[str] = field(default_factory=set)  # "most schools": a kind, no party named
    repeat_mark: set[str] = field(default_factory=set)  # "repeatedly said he opposes": a position stated over time
    change_noun: set[str] = field(default_factory=set)  # "supports the proposed change": an act proposed
    time_noun: set[str] = field(default_factory=set)  # "a short time", "the past three months": no party
    bind_verb: set[str] = field(default_factory=set)  # "an order that bars X from": X is bound
    owner_verb: set[str] = field(default_factory=set)  # "the car that X drove": X owns the thing
    verdict_word: set[str] = field(default_factory=set)  # "found X guilty": X is the finding's target
    clause_doer: set[str] = field(default_factory=set)  # "a court ruled, and X was sentenced": the court
    verdict_verb: set[str] = field(default_factory=set)  # "ruled", "sentenced": a court's verdict
    concession_mark: set[str] = field(default_factory=set)  # "while X had endorsed it": a fact told
    alternative_mark: set[str] = field(default_factory=set)  # "whether it is helping X or Y": kinds of work
    dummy_subject: set[str] = field(default_factory=set)  # the "it" of "whether it is helping"
    resign_verb: set[str] = field(default_factory=set)  # resign, quit: a leader leaving office
    pressure_verb: set[str] = field(default_factory=set)  # "forced out by his party": pressed to leave
    own_staff: set[str] = field(default_factory=set)  # "met his aides": one party's own staff
    guard_verb: set[str] = field(default_factory=set)  # defend, guard: held ground, or a party defended
    defend_vow_verb: set[str] = field(default_factory=set)  # vow, swear: a vow to defend
    find_verb: set[str] = field(default_factory=set)  # find, recover: a search's outcome
    none_det: set[str] = field(default_factory=set)  # "no": the thing searched for denied
    counterfactual_modal: set[str] = field(default_factory=set)  # "would have lifted": not done
    condition_mark: set[str] = field(default_factory=set)  # "if the talks had succeeded"
    plain_plural: set[str] = field(default_factory=set)  # "speakers at the rally": people who spoke
    ground_noun: set[str] = field(default_factory=set)  # "defend its positions": ground held
    threat_verb: set[str] = field(default_factory=set)  # "threatened to revoke X if ...": the threat is made
    performative_verb: set[str] = field(default_factory=set)  # "I want to thank you": done by saying it
    wish_verb: set[str] = field(default_factory=set)  # want, wish, like: the wish of a performative
    polite_modal: set[str] = field(default_factory=set)  # "would like to": the polite present
    leader_body: set[str] = field(default_factory=set)  # "the Smith administration": the leader's government
    doubt_adverb: set[str] = field(default_factory=set)  # "supposedly attacked": an act the writer doubts
    announce_verb: set[str] = field(default_factory=set)  # "said it would press": an announcement told
    own_pronoun: set[str] = field(default_factory=set)  # it, they, he, she, we: the announcer's own act
    raider_sector: set[str] = field(default_factory=set)  # reb, ins, crm: "militants could strike": attack
    charge_verb: set[str] = field(default_factory=set)  # charge: a federation's charge, an accusation
    judge_verb: set[str] = field(default_factory=set)  # "praised for his opposition to": a reason
    leave_office_verb: set[str] = field(default_factory=set)  # resign, retire, step (down): leaving office
    leave_particle: set[str] = field(default_factory=set)  # down, aside: "step down", "stand aside"
    particle_verb: set[str] = field(default_factory=set)  # step, stand: leaving only with a particle
    term_noun: set[str] = field(default_factory=set)  # term, contract, season: a term of office
    end_noun: set[str] = field(default_factory=set)  # end, expiry: "at the end of his term"
    end_verb: set[str] = field(default_factory=set)  # end, expire: "when his contract expires"
    accuse_verb: set[str] = field(default_factory=set)  # accuse: "fans accused the club of"
    firm_public_noun: set[str] = field(default_factory=set)  # fans, customers: a firm's or club's public
    warrant_noun: set[str] = field(default_factory=set)  # warrant: a writ of arrest or a stock option
    writ_word: set[str] = field(default_factory=set)  # arrest, search, bench: "an arrest warrant" is a writ
    office_unit_noun: set[str] = field(default_factory=set)  # "the criminal investigation department": a name
    comment_verb: set[str] = field(default_factory=set)  # "asked to comment": a press question
    seem_verb: set[str] = field(default_factory=set)  # "seem to agree": an opinion, no agreement made
    once_mark: set[str] = field(default_factory=set)  # "will be approved once it submits": a condition
    federal_word: set[str] = field(default_factory=set)  # "federal officials": a federation's government
    federation_country: set[str] = field(default_factory=set)  # the countries that are federations
    state_strike_sector: set[str] = field(default_factory=set)  # mil: a state's "strike" is an attack
    ask_from_verb: set[str] = field(default_factory=set)  # "requested aid from X": asked of X
    round_det: set[str] = field(default_factory=set)  # each, every: "march each July" is a custom
    protest_purpose_verb: set[str] = field(default_factory=set)  # "marched to protest the arrests by police"
    predicate_prep: set[str] = field(default_factory=set)  # as: "listed X as having given": X gave
    join_verb: set[str] = field(default_factory=set)  # join: "X joined Y to investigate": both investigate
    notify_verb: set[str] = field(default_factory=set)  # "was told it broke Y's rules": the teller charges
    slaying_verb: set[str] = field(default_factory=set)  # "he was killed by a gunman": whose doer a charge may name
    slaying_noun: set[str] = field(default_factory=set)  # "charged with the murder": the killing charged
    criminal_charge_verb: set[str] = field(default_factory=set)  # charge, indict: "N was charged with the murder"
    gathering_verb: set[str] = field(default_factory=set)  # "hundreds gathered in <City>": of that city's state
    # modality27 (eventcoding/wants_formulas.py): clauses that tell no act between parties
    anonymity_naming_verb: set[str] = field(default_factory=set)  # "asked not to be named": a source's anonymity
    anonymity_noun: set[str] = field(default_factory=set)  # "requested anonymity"
    called_response_verb: set[str] = field(default_factory=set)  # "must be met with a crackdown": a call
    called_response_modal: set[str] = field(default_factory=set)  # must, should
    sought_filing_noun: set[str] = field(default_factory=set)  # "a suit seeking the withdrawal": asked for
    filing_seek_verb: set[str] = field(default_factory=set)  # seek, ask, demand
    lawmaking_verb: set[str] = field(default_factory=set)  # "working to restrict X by banning Y": law-making
    words_carrier_verb: set[str] = field(default_factory=set)  # "repeated the attacks", "attacks aired": words
    # senses29 (eventcoding/standings.py): standings, ordeals, questions, habits and stances, no act
    share_figure: set[str] = field(default_factory=set)  # "has backing from 35 percent": a poll share
    ordeal_verb: set[str] = field(default_factory=set)  # face, confront: "will face his greatest test"
    ordeal_noun: set[str] = field(default_factory=set)  # test, challenge, hurdle: a difficulty ahead
    account_verb: set[str] = field(default_factory=set)  # "asked him to explain": an account asked for
    interviewer_word: set[str] = field(default_factory=set)  # host, anchor, moderator: a person of the news
    past_habit_verb: set[str] = field(default_factory=set)  # "used to support": a past habit
    practice_noun: set[str] = field(default_factory=set)  # "opposed any discrimination": a practice, no party
    measure_noun: set[str] = field(default_factory=set)  # "endorsed one of their methods": a measure, no party
    endorse_verb: set[str] = field(default_factory=set)  # endorse, embrace: a stance when its object is a measure
    exposure_verb: set[str] = field(default_factory=set)  # "worked with a newspaper to expose": reporting
    contest_word: set[str] = field(default_factory=set)  # rally, debate, voter: attacks between candidates are words
    aim_secure_verb: set[str] = field(default_factory=set)  # ensure, guarantee: "should ensure X" is an aim recommended
    recommend_modal: set[str] = field(default_factory=set)  # should, ought: a recommendation
    stance_noun: set[str] = field(default_factory=set)  # "his opposition to the farm bill": a stance on a measure
    words_receive_verb: set[str] = field(default_factory=set)  # "earned the backing of X": X backs the subject
    person_obligation: set[str] = field(default_factory=set)  # "should": a reported passive on a named person
    # events30 (eventcoding/campaign.py): campaign talk
    campaign_pledge_verb: set[str] = field(default_factory=set)  # pledge, vow, promise: "pledged to stay in the race"
    wished_leader_det: set[str] = field(default_factory=set)  # a, an, any: "a president who will ..."
    wished_leader_modal: set[str] = field(default_factory=set)  # will, would: "a governor who would ..."
    forecast_adjective: set[str] = field(default_factory=set)  # likely, unlikely: "voters are likely to back her"
    removal_noun: set[str] = field(default_factory=set)  # "called for the director's firing": the one to go is the target
    intention_noun: set[str] = field(default_factory=set)  # "no plans to endorse": a support not meant (events31)
    debate_thing: set[str] = field(default_factory=set)  # "seized on her ties": a figure (senses_figurative.abstract_object, events31)
    amid_prep: set[str] = field(default_factory=set)  # "pressed on amid attacks from X": the subject is attacked
    judged_fact_word: set[str] = field(default_factory=set)  # "ashamed that X would do Y": a fact judged, done
    hope_word: set[str] = field(default_factory=set)  # hopefully, bent, optimism: "militants bent on attacking"
    remote_once: set[str] = field(default_factory=set)  # once: "she once threw a book at him" (the past)
    answer_noun: set[str] = field(default_factory=set)  # response, reply: "its response to X's demand"
    call_for_verb: set[str] = field(default_factory=set)  # call, press: "called for getting X back on track"
    question_mark: set[str] = field(default_factory=set)  # if, whether: "asked him if he would ..."
    question_modal: set[str] = field(default_factory=set)  # would, will: the modal of a question put
    participle_quantifier: set[str] = field(default_factory=set)  # enough, many: "enough pledged delegates"
    likeness_noun: set[str] = field(default_factory=set)  # way, manner: "in the same way that a crowd will gather"
    likeness_mark: set[str] = field(default_factory=set)  # same, similar: what makes the manner noun a likeness
    true_kind_word: set[str] = field(default_factory=set)  # real, true: '"real believers" don't back him'
    mandative_word: set[str] = field(default_factory=set)  # demand, urge: "demands the chief resign"
    donee_noun: set[str] = field(default_factory=set)  # foundation, charity: "Rivera Foundation donations"
    granting_as_verb: set[str] = field(default_factory=set)  # believe, allege: "if, as experts believe, X ..."
    # events34 (eventcoding/feelings.py): worries and moods told with words of complaint
    feeling_noun: set[str] = field(default_factory=set)  # concern, anxiety, irritation: "expressed concern that ..."
    feeling_measure: set[str] = field(default_factory=set)  # sign, form: "showing signs of irritation"
    feeling_target_prep: set[str] = field(default_factory=set)  # at, with, over: "irritation with the press"
    possibility_modal: set[str] = field(default_factory=set)  # could, would: "concern that members could ..."
    possibility_word: set[str] = field(default_factory=set)  # possible, potential: "concerns about a possible X"
    # events34 (eventcoding/senses_frames.py): a political following built
    base_noun: set[str] = field(default_factory=set)  # base: "building a base there"
    base_military_mark: set[str] = field(default_factory=set)  # military, naval: "building a naval base"
    following_word: set[str] = field(default_factory=set)  # voter, supporter, appeal: "wooing voters"
    # events34 (eventcoding/questions_wants.py): acts asked for or asked about
    request_verb: set[str] = field(default_factory=set)  # request, demand: "requested an investigation of N"
    question_verb: set[str] = field(default_factory=set)  # ask, wonder: "asked him how he would ..."
    question_word: set[str] = field(default_factory=set)  # how, what: "how he would handle X"
    position_noun: set[str] = field(default_factory=set)  # position, stance: "her positions ... backing a ban" (events34)
    leaning_verb: set[str] = field(default_factory=set)  # find, back, defect: "concern that members could find X appealing"
    target_noun: set[str] = field(default_factory=set)  # target, focus: "was the target of attacks by M"
    cooperating_verb: set[str] = field(default_factory=set)  # cooperate, comply: "cooperating with the inquiry"
    withdrawing_verb: set[str] = field(default_factory=set)  # withdraw, recall: "withdrew its troops"
    armed_force_noun: set[str] = field(default_factory=set)  # troop, force: the forces a withdrawal moves
    leaning_word: set[str] = field(default_factory=set)  # conservative, liberal: "conservative groups"
    causative_verb: set[str] = field(default_factory=set)  # make, let: "make Mexico pay for it" (a command)
    weighing_adjective: set[str] = field(default_factory=set)  # important, vital: "it is vital to protect X"
    inquiry_target_prep: set[str] = field(default_factory=set)  # into, of, by: "an inquiry into the mayor" (events37)
    inquiry_live_word: set[str] = field(default_factory=set)  # launch, open, conduct, subject: an inquiry as an act
    inquiry_outcome_verb: set[str] = field(default_factory=set)  # finish, conclude, find: "has finished its inquiry"
    inquiry_outcome_noun: set[str] = field(default_factory=set)  # finding, result: "the finding of the inquiry is"
    former_time_adverb: set[str] = field(default_factory=set)  # once, formerly: "who once praised the pact"
    fear_verb: set[str] = field(default_factory=set)  # fear, worry: "they fear X will make a deal with Y"
    feared_modal: set[str] = field(default_factory=set)  # will, could: the feared clause's act still to come
    praise_verb: set[str] = field(default_factory=set)  # praise, applaud: "applauded the proposals" (a thing)
    identify_verb: set[str] = field(default_factory=set)  # identify, name: "identified the person killed as X"
    situation_noun: set[str] = field(default_factory=set)  # situation, scenario: "a situation where X gets killed"
    negative_quantifier: set[str] = field(default_factory=set)  # nobody, nothing: "I apologize to nobody"
    session_noun: set[str] = field(default_factory=set)  # meeting, session, talks: a sitting that may set a scene
    setting_prep: set[str] = field(default_factory=set)  # at, during, after: a clause adjunct that sets the scene
    fear_adjective: set[str] = field(default_factory=set)  # afraid, scared: "was scared X would hurt him"
    office_seat_noun: set[str] = field(default_factory=set)  # seat: an office when its phrase says whose
    contest_harm: set[str] = field(default_factory=set)  # police, hospital: harm told in a story (contest_story.py)
    command_verb: set[str] = field(default_factory=set)  # order, direct: "ordered other steps" (no_act.py)
    flight_emergency: set[str] = field(default_factory=set)  # fire, flood, crash: a mishap people escape (no retreat)


def _data_rows(directory: Path, filename: str) -> list[dict[str, str]]:
    with (directory / filename).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tsv_records(lines)


def _optional(cell: str) -> str | None:
    return None if cell in ("", "-") else cell


def parse_conditions(cell: str) -> tuple[Condition, ...]:
    """``"prep:on|for obj:deal"`` -> conditions; ``"-"`` -> none."""
    return tuple(_condition(part) for part in cell.split() if part != "-" and ":" in part)


@cache
def _condition(part: str) -> Condition:
    """One condition (``"obj:deal|pact"``), made once per process: thousands of the backbone's
    rows repeat the same long word lists, and a Condition is frozen."""
    kind, words = part.split(":", 1)
    negated = kind.startswith("!")
    if kind.lstrip("!") not in CONDITION_KINDS:
        raise ValueError(f"event_lexicon.tsv: unknown condition {part!r}")
    return Condition(kind.lstrip("!"), frozenset(w for w in words.split("|") if w), negated)


BACKBONE = "backbone"


def _backbone_entries(known: set[tuple[str, str]], directory: Path, cues: Cues) -> list[tuple[str, Entry]]:
    """(lemma, entry) for the backbone's rows, for the verbs the lexicon lacks. One entry serves
    all the verbs of a row (its ``lemma`` is the row's ``a|b|c``): ~6,000 objects, not ~30,000."""
    found = []
    # words the event stage reads as modality, reporting or framing cues ("expected farmers to
    # protest", "said") are never triggers of their own
    framing = cues.future | cues.hypothetical | cues.report | cues.observe | cues.request | cues.prediction
    for row in _data_rows(directory, "event_backbone.tsv"):
        pos = row["pos"]
        # the lexicon owns its verbs: its conditions say what they mean
        lemmas = [w for w in row["lemma"].lower().split("|") if (pos, w) not in known and w not in framing]
        if not lemmas:
            continue
        preps = _optional(row.get("recipient_preps", ""))
        context = _optional(row.get("context", ""))
        entry = Entry(
            pos=pos, lemma=row["lemma"].lower(), conditions=parse_conditions(row.get("needs", "-")),
            event=row["event"], mode=_optional(row.get("mode", "")),
            # the record carries the CAMEO root ("160" -> "16"); the full code stays in source
            cameo=row.get("cameo", "")[:2], frame="std",
            recipient_preps=frozenset(preps.split("|")) if preps else frozenset(), negated=None,
            origin=BACKBONE, context=tuple(context.split("|")) if context else (), source=row.get("source", ""),
        )
        found += [(lemma, entry) for lemma in lemmas]
    return found


Lexicon = dict[tuple[str, str], list[Entry]]


def read_lexicon(directory: Path) -> Lexicon:
    """(pos, lemma) -> entries: the lexicon's rows before the backbone's; within each, stop
    rows first, then the most specific (most conditions)."""
    table: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    owned: set[tuple[str, str]] = set()
    for row in _data_rows(directory, "event_lexicon.tsv"):
        preps = _optional(row.get("recipient_preps", ""))
        # "+throw": a row added to the backbone's rows of the verb, which stay (a bare "throw"
        # row would own the verb and drop them)
        lemma = row["lemma"].lower()
        if not lemma.startswith("+"):
            owned.add((row["pos"], lemma))
        entry = Entry(
            pos=row["pos"],
            lemma=lemma.lstrip("+"),
            conditions=parse_conditions(row.get("needs", "-")),
            event=row["event"],
            mode=_optional(row.get("mode", "")),
            cameo=row.get("cameo", ""),
            frame=row.get("frame") or "std",
            recipient_preps=frozenset(preps.split("|")) if preps else frozenset(),
            negated=_optional(row.get("negated", "")),
        )
        table[(entry.pos, entry.lemma)].append(entry)
    for lemma, entry in _backbone_entries(owned, directory, load_cues(directory)):
        table[(entry.pos, lemma)].append(entry)
    for entries in table.values():
        # the project's rows first: their stop rows, then the most specific. The dictionary's rows
        # the most specific first, as PETRARCH2 reads them: a block's [---] default ("iron out"
        # alone) is no event only when none of its patterns ("iron out differences") holds
        entries.sort(key=lambda e: (e.origin == BACKBONE, e.event != NO_EVENT if e.origin != BACKBONE else 0,
                                    -len(e.conditions), e.event != NO_EVENT))
    return dict(table)


def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """The lexicon and backbone in ``directory`` (None: the packaged ones), read once per process."""
    return shared_load(read_lexicon, table_dir(directory), LEXICON_FILES)


def load_cues(directory: str | Path | None = None) -> Cues:
    """The cue table in ``directory`` (None: the packaged one), read once per process."""
    return shared_load(read_cues, table_dir(directory), ("event_cues.tsv", *WORD_FILES))


# A written number at least this large multiplies the number before it ("5bn", "£960m"): a scale word.
_SCALE_FROM = 1000


def read_cues(directory: Path) -> Cues:
    cues = Cues()
    for row in _data_rows(directory, "event_cues.tsv"):
        kind, word, value = row["kind"], row["word"].lower(), row.get("value", "")
        if kind not in CUE_KINDS:
            raise ValueError(f"event_cues.tsv: unknown cue kind {kind!r} (word {word!r})")
        if kind == "weapon":
            cues.weapon[word] = value
        elif kind == "context":
            cues.context[word] = value
        elif kind == "share_noun":
            cues.share_noun[word] = value.lower()
        elif kind == "referent":
            cues.referent[word] = value.lower()
        elif kind in ("combining_form", "prep_phrase"):
            getattr(cues, kind)[word] = value
        else:  # every other kind is a word set of the same name on Cues
            getattr(cues, kind).add(word)
    # the scale words are the multipliers among the written numbers (one table says what "bn" is)
    words = load_words(directory)
    cues.scale = {word for word, value in words.numbers.items() if value >= _SCALE_FROM}
    cues.won_count = {word for word, kind in words.figures.items() if kind == "figures_won_count"}
    return cues


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and not token.ent_type_ and token.lemma_ == token.text and token.text[:1].isupper():
        # a title-case headline ("Town Will Welcome American Refugees"): the tagger takes a common plural for a
        # name and leaves it unlemmatized; the common noun's lemma is what the rows name (events41)
        return singular(lemma)
    return lemma


def singular(plural: str) -> str:
    """The singular of a regular English plural ("refugees" -> "refugee", "policies" -> "policy", "taxes" ->
    "tax"); a word that is no regular plural comes back as it is."""
    if len(plural) > 4 and plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "xes", "ches", "shes", "zes")):
        return plural[:-2]
    if len(plural) > 3 and plural.endswith("s") and not plural.endswith(("ss", "us", "is")):
        return plural[:-1]
    return plural


def absolute_patient(verb: Token) -> list[Token]:
    """The subject of an absolute clause of a bare past participle ("with at least 200 people
    killed", "without a shot fired"): a passive without its auxiliary, so its subject undergoes
    the act and does nothing; [] for any other verb."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("pcomp", "advcl") or verb.head.lower_ not in ("with", "without"):
        return []
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


# words that turn a length of time before them into a time adverbial ("a half-hour before the rally", "two days ago")
_TIME_RELATORS = frozenset({"before", "after", "ago", "earlier", "later", "since", "beforehand", "afterwards"})


def time_measure(noun: Token) -> bool:
    """A length of time (spaCy's TIME or DATE entity) followed or modified by a word that relates it to another
    time ("issued a half-hour before the event was set to begin", "signed two weeks later"): an adverbial saying
    when, not the verb's object, though the parser may make it one; an object of time with no such word ("gave
    them 48 hours", "set a deadline") stays (events43: news-dev81's statement `issued a half-hour before ...`,
    read as the backbone's ultimatum `GRANT: * + HOURS`)."""
    if noun.ent_type_ not in ("TIME", "DATE"):
        return False
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].lower_ in _TIME_RELATORS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _TIME_RELATORS for c in noun.children)


def object_tokens(token: Token) -> list[Token]:
    """Direct objects (or the passive subject) of a verb, with their conjuncts."""
    # the children read once (each read makes a Token per child; speed35): the objects, and the
    # clauses that may hold one
    found: list[Token] = []
    clauses: list[Token] = []
    for c in token.children:
        dep = c.dep_
        if dep in _OBJECT_DEPS:
            if not time_measure(c):
                found.append(c)
        elif dep in ("ccomp", "xcomp"):
            clauses.append(c)
    found += absolute_patient(token)
    # "allow inspectors to visit", "urged Argentina to release": the parser may make the
    # object the subject of the infinitive
    for clause in clauses:
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            found += [c for c in clause.children if c.dep_ == "nsubj"]
    return found + [cc for c in found for cc in c.conjuncts]


_ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


# "Someone" has one definition, shared by every stage.
is_actor_word = is_someone


def _entity_type_of(token: Token) -> str:
    """The object's entity type; a people word counts as people only in the plural ("attacked
    Kurds"), not as a stray adjective ("attacked Tory plans", misparsed)."""
    kind = token.ent_type_.lower()
    if kind == "norp" and token.tag_ not in ("NNS", "NNPS"):
        return ""
    return kind


def _is_relative_object(obj: Token, verb: Token) -> bool:
    """``obj`` is the relative pronoun object of a relative clause ("which", "that", "whom")."""
    return verb.dep_ == "relcl" and (obj.tag_ in ("WDT", "WP") or obj.lower_ == "that") and verb.head.i != verb.i


class TriggerFacts:
    """What the conditions ask of one trigger token, each worked out once on first use: a
    verb with thirty lexicon rows is asked for its objects thirty times."""

    def __init__(self, token: Token, light_verbs: Container[str] = ()) -> None:
        self.token = token
        self.light_preps = light_verb_preps(token, light_verbs)  # "made a request to Kenya for ...": the noun's own

    @cached_property
    def objects(self) -> list[Token]:
        return object_tokens(self.token)

    @cached_property
    def object_names(self) -> list[tuple[Token, frozenset[str]]]:
        """Each object with the words that name it: its lemma and form, and (for "tons of aid",
        "a state of emergency", "mediation efforts") the lemmas of its compounds and of the
        objects of its "of"-phrases."""
        found = []
        for obj in self.objects:
            # "the truce, which the rebels accepted": a relative pronoun names its antecedent
            named = self.token.head if _is_relative_object(obj, self.token) else obj
            names = {_lemma(named), named.lower_}
            # "50 million euros in aid": an amount names the thing in its "in"-phrase
            amount = any(g.dep_ == "nummod" for g in named.children) or named.ent_type_ in ("MONEY", "QUANTITY")
            for child in named.children:
                if child.dep_ == "compound":
                    names.add(_lemma(child))
                elif amount and child.dep_ == "appos" and child.pos_ == "NOUN":
                    names.add(_lemma(child))  # "signed a $50 million (40 million euro) loan": the parser's appos
                elif child.dep_ == "prep" and (child.lower_ == "of" or (amount and child.lower_ == "in")):
                    # "tons of flour and medicine": each thing of a coordinated of-phrase names it
                    names.update(_lemma(x) for g in child.children if g.dep_ == "pobj" for x in (g, *g.conjuncts))
            # "gave $5,000 to the campaign", "a total of $5,000": a sum of money (spaCy's MONEY
            # entity, on the object or the object of its "of"-phrase) names money, whatever its sign
            if named.ent_type_ == "MONEY" or any(g.ent_type_ == "MONEY" for c in named.children
                                                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
                names.add("money")
            if amount:  # "sent 20 million dollars in relief": the parser may hang the "in" on the verb
                names.update(_lemma(g) for c in self.token.children if c.dep_ == "prep" and c.lower_ == "in"
                             and c.i == named.right_edge.i + 1 for g in c.children if g.dep_ == "pobj")
            found.append((obj, frozenset(names)))
        return found

    @cached_property
    def preps(self) -> frozenset[str]:
        """The trigger's prepositions and particles, and the marks of the clauses it takes
        ("called for him to apologise": the parser makes such a "for" a clause mark)."""
        words = {c.lower_ for c in self.light_preps}
        span_ends = time_span_ends(self.token)
        for c in self.token.children:
            if c.i in span_ends:
                continue  # "headed the department from 2009 to 2013": the span's end, no "to" of the pattern
            if c.dep_ in ("prep", "prt", "agent"):
                words.add(c.lower_)
            elif c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS:
                # "fired back at Rubio": the parser may hang the preposition on the particle
                words.update(g.lower_ for g in c.children if g.dep_ == "prep")
            elif c.dep_ in ("advcl", "xcomp", "ccomp"):
                words.update(m.lower_ for m in c.children if m.dep_ == "mark")
        return frozenset(words)


# the prepositions that close a span of time opened by "from" ("from 2009 to 2013", "from May until July")
_SPAN_END = frozenset({"to", "until", "till", "through", "thru"})


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or a year ("from 2009", "to March 2013")."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or (
        g.like_num and len(g.text) == 4 and g.text.isdigit() and g.text[:2] in ("18", "19", "20")))
        for g in prep.children)


def time_span_ends(token: Token) -> set[int]:
    """The indices of the trigger's prepositions that close a span of time its "from" phrase opens ("headed the
    department from 2009 to 2013", "served from May until July"): a span of dates, which says how long, not
    whom or what the act is aimed at (events41; news-dev75's office held, read as AGREE by a backbone "to")."""
    children = [c for c in token.children if c.dep_ == "prep"]
    if not any(c.lower_ == "from" and _dated(c) for c in children):
        return set()
    return {c.i for c in children if c.lower_ in _SPAN_END and _dated(c)}


def condition_holds(token: Token, condition: Condition, actors: ActorDictionary,
                    facts: TriggerFacts | None = None) -> Token | None | bool:
    """Whether ``condition`` holds for the trigger; an object condition returns the object.
    ``actors``: the stage's actor dictionary (who is "someone"); ``facts`` (of this token) lets
    many conditions share the work."""
    words = condition.words
    if facts is None:
        facts = TriggerFacts(token)
    if condition.kind == "prep":
        return not facts.preps.isdisjoint(words)
    if condition.kind == "obj":
        return next((obj for obj, names in facts.object_names if not names.isdisjoint(words)), None)
    if condition.kind == "party" and words == {"political"}:
        return True  # "only between political actors": the event stage checks the coded parties
    if condition.kind == "party":
        # a backbone verb with no pattern: "any" = some noun object or prepositional object,
        # "actor" = one that is a name, pronoun or role ("accused the minister")
        objects = facts.objects + [g for c in token.children if c.dep_ in ("prep", "dative")
                                          for g in ([c] if c.dep_ == "dative" else c.children)
                                          if g.dep_ in ("pobj", "dative")]
        if "actor" in words:
            return any(is_actor_word(o, actors) for o in objects)
        return any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in objects)
    if condition.kind == "objmod":
        # "{ARMS SHIPMENT}": an object with that modifier
        return any(c.dep_ in ("compound", "amod", "nmod") and (_lemma(c) in words or c.lower_ in words)
                   for obj in facts.objects for c in obj.children)
    if condition.kind == "objtype":
        # the object is a named place or people ("attack Kosovo"), whatever its word;
        # "actor" is anyone who can take part: a name, a pronoun or a role ("met officials")
        return any(_entity_type_of(obj) in words or ("actor" in words and is_actor_word(obj, actors))
                   for obj in facts.objects)
    if condition.kind == "xcomp":
        # "declined to comment": the verb of the clause the trigger takes
        return any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in words for c in token.children)
    if condition.kind == "pobj":
        # also through a compound preposition: "pulled out of the talks"
        objects = [g for c in [*(c for c in token.children if c.dep_ in ("prep", "prt")), *facts.light_preps]
                   for g in c.children]
        objects += [g for o in objects if o.dep_ == "prep" for g in o.children]
        if token.pos_ == "NOUN":
            # "the announcement by the president of tariffs": the parser hangs the noun's of-phrase on
            # the name of its by-phrase (a name takes no such of-phrase of a thing) (events38)
            objects += [g for o in objects if o.dep_ == "pobj" and o.head.lower_ == "by" and o.ent_type_ == "PERSON"
                        for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        # a gerund is the object too: "charged with overseeing" (pcomp)
        return any((g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.tag_ == "VBG")) and (_lemma(g) in words or g.lower_ in words)
                   for g in objects)
    if condition.kind == "xobj":
        # "vowed to take countermeasures": an object of the clause the trigger takes
        return any(_lemma(o) in words for c in token.children if c.dep_ in ("xcomp", "ccomp")
                   for o in object_tokens(c))
    if condition.kind == "pred":
        # "called the plan a disgrace", "called the sale 'the swindle of the century'": the noun the
        # trigger predicates of its object (the parser makes it a predicate or an apposition of it)
        # (or an adjective: "left three policemen dead")
        preds = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ")]
        # targets34: a participle used as an adjective, as its object's predicate ("called him 'unhinged'")
        preds += [c for c in token.children if c.dep_ == "oprd" and c.tag_ in ("VBN", "VBD")]
        # "found former treasurer X guilty of": the parser may hang the adjective on the verb (advcl) (recip20)
        preds += [c for c in token.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and facts.objects]
        preds += [a for obj in facts.objects if obj.dep_ == "dobj" for a in obj.children if a.dep_ == "appos"]
        return any(_lemma(c) in words or c.lower_ in words for c in preds)
    if condition.kind == "form":
        return token.lower_ in words  # "talks", not "talk of threats"
    if condition.kind == "pobjtype":
        return any(g.dep_ == "pobj" and (g.ent_type_.lower() in words or ("actor" in words and is_actor_word(g, actors)))
                   for c in token.children if c.dep_ == "prep" for g in c.children)
    if condition.kind == "gov":
        # "went on strike", "staged a strike": the verb governing an event noun
        head = token.head
        if token.dep_ == "pobj" and head.head.i != head.i:
            head = head.head
        return head.i != token.i and _lemma(head) in words
    if condition.kind == "compound":
        return any(c.dep_ in ("compound", "amod", "nmod") and (_lemma(c) in words or c.lower_ in words)
                   for c in token.children)
    if condition.kind == "subj":
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # The parser often misattaches "X regions will join Y": look at the nouns just before.
        window = [t for t in token.doc[max(token.sent.start, token.i - 4): token.i] if t.pos_ == "NOUN"]
        return any(_lemma(s) in words for s in subjects + window)
    if condition.kind == "has":
        return any(c.dep_ in words for c in token.children)
    if condition.kind == "adv":
        # "worked together", "pulled back": a particle the parser left as an adverb
        return any(c.dep_ == "advmod" and c.lower_ in words for c in token.children)
    return False


def lexicon_entries(pos_tag: str, lemma: str, word: str, lexicon: Lexicon) -> list[Entry] | None:
    """The rows of ``lexicon`` a word with this part of speech, lower-case lemma and lower-case
    form may trigger (their conditions not yet tested)."""
    pos = "VERB" if pos_tag in ("VERB", "AUX") else "NOUN" if pos_tag == "NOUN" else None
    if pos is None:
        return None
    entries = lexicon.get((pos, lemma))
    if not entries and pos == "VERB":
        # spaCy sometimes tags a verb as a noun or gives an odd lemma ("raped" -> "rap"); the
        # lower-case form, or the form without its past-tense ending, helps.
        for form in (word, word[:-1] if word.endswith("ed") else "", word[:-2] if word.endswith("ed") else ""):
            entries = lexicon.get((pos, form)) if form else None
            if entries:
                break
    return entries


_UNTESTED = object()  # match_entry: a condition not yet tested for the token


class _ObjectIndex:
    """The object words each of a word's rows needs, made once per row list (they are the
    lexicon's, read once per process). A row with a positive ``obj`` condition fails unless some
    object of the trigger has one of its words as a name, so only the rows needing no object and
    those naming one of the trigger's object names can hold: "start" has 178 rows, most of them
    object patterns ("start a fire", "start talks"), and a trigger names one or two objects."""

    __slots__ = ("entries", "needs", "free")

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries  # kept: the index is found by the list's id, which stays its own meanwhile
        # per row, the words of its first positive object condition (None: it needs no object)
        self.needs = [next((c.words for c in entry.conditions if c.kind == "obj" and not c.negated), None)
                      for entry in entries]
        self.free = [e for e, words in zip(entries, self.needs, strict=True) if words is None]

    def rows_for(self, facts: TriggerFacts) -> list[Entry]:
        """The rows that may hold for the trigger, in their order."""
        if len(self.free) == len(self.entries):
            return self.entries
        names = frozenset().union(*(names for _, names in facts.object_names))
        if not names:
            return self.free
        return [e for e, words in zip(self.entries, self.needs, strict=True)
                if words is None or not names.isdisjoint(words)]


def misparsed_objects(token: Token) -> list[Token]:
    """"Struck populist notes similar to those her rival had sounded": the parser may make a verb's object
    the subject of a clause complement that begins right after the verb (no mark such as "that" opens it,
    the noun phrase starts at the next word). Common nouns only: "said officials would ..." names people,
    and no stop row names them."""
    found = []
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i < token.i or any(c.dep_ == "mark" for c in clause.children):
            continue
        found += [s for s in clause.children
                  if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.left_edge.i == token.i + 1 and s.i < clause.i]
    return found


def _stop_on_misparsed_object(token: Token, entries: list[Entry], actors: ActorDictionary,
                              facts: TriggerFacts) -> tuple[Entry, Token] | None:
    """A stop row (event ``-``: an idiom, no event) whose object condition names a misparsed object
    (:func:`misparsed_objects`) and whose other conditions hold: "struck populist notes ..." is the
    idiom "strike a note" however the parser hangs "notes". Only stop rows: a parse this unsure takes
    an event away, never makes one."""
    misparsed = None
    for entry in entries:
        if entry.event != "-":
            continue
        words = next((c.words for c in entry.conditions if c.kind == "obj" and not c.negated), None)
        if words is None:
            continue
        if misparsed is None:
            misparsed = misparsed_objects(token)
            if not misparsed:
                return None
        obj = next((o for o in misparsed if not {_lemma(o), o.lower_}.isdisjoint(words)), None)
        if obj is None:
            continue
        if all(bool(condition_holds(token, c, actors, facts)) != c.negated
               for c in entry.conditions if c.kind != "obj"):
            return entry, obj
    return None


_OBJECT_INDEXES: dict[int, _ObjectIndex] = {}
_OBJECT_INDEXES_KEPT = 20_000  # row lists indexed before starting afresh (the lexicon has ~1,600)


def _object_index(entries: list[Entry]) -> _ObjectIndex:
    index = _OBJECT_INDEXES.get(id(entries))
    if index is None or index.entries is not entries:
        if len(_OBJECT_INDEXES) >= _OBJECT_INDEXES_KEPT:
            _OBJECT_INDEXES.clear()
        index = _OBJECT_INDEXES[id(entries)] = _ObjectIndex(entries)
    return index


def match_entry(token: Token, lexicon: Lexicon, actors: ActorDictionary,
                light_verbs: Container[str] = (), lemma: str | None = None) -> tuple[Entry, Token | None] | None:
    """The lexicon entry a token triggers, and the object it consumes (if the entry needs one).
    ``lexicon``, ``actors``: the events stage's tables; ``light_verbs`` (cues ``shape_light_verb``): the
    verbs whose prepositions after an object noun are the noun's; ``lemma``: the word to look up in place of
    the token's lemma (the joined form of a hyphenated word: doerless.hyphen_forms)."""
    if lemma is not None:
        entries = lexicon_entries(token.pos_, lemma, lemma, lexicon)
    else:
        entries = lexicon_entries(token.pos_, _lemma(token), token.lower_, lexicon)
    if not entries:
        return None
    facts = TriggerFacts(token, light_verbs)
    stop = _stop_on_misparsed_object(token, entries, actors, facts)
    if stop is not None:
        return stop
    # A word's rows repeat conditions ("prep:on" on a dozen of a verb's rows; a third of the tests):
    # each distinct condition is tested once per call. Equal conditions are one object (``_condition``
    # makes one per cell part), so its id is the key; the entries keep every condition alive meanwhile.
    tested: dict[int, Token | None | bool] = {}
    # The rows whose object condition cannot hold are skipped untested (conditions have no side
    # effects, so the first row that holds is the same one).
    for entry in _object_index(entries).rows_for(facts):
        consumed: Token | None = None
        ok = True
        for condition in entry.conditions:
            result = tested.get(id(condition), _UNTESTED)
            if result is _UNTESTED:
                result = tested[id(condition)] = condition_holds(token, condition, actors, facts)
            if condition.negated:
                if result:
                    ok = False
                    break
                continue
            if not result:
                ok = False
                break
            if condition.kind == "obj" and not isinstance(result, bool):
                consumed = result
        if ok:
            return entry, consumed
    return None
