"""A dozen common phrasings per PLOVER type, on sentences of our own (issue 14).

Ordinary news English of many regions and constructions: active and passive verbs, event nouns
(`the arrest of`), light verbs (`carried out an attack`), phrasal verbs (`broke off`, `pulled
back`), infinitival complements (`agreed to`). No negation (a refused act is a REJECT, tested
elsewhere). Each sentence must yield at least one event of its type.

Coded by the code at main's 6f922c9, before any change for these tests (first figure), and at
the end of the `recall` branch (final figure), and after main (cb6b521, with the precision
work) was merged into it, per type of 12:

| type | first | final | with main merged |
| --- | --- | --- | --- |
| AGREE | 10 | 11 | 10 |
| CONSULT | 8 | 10 | 9 |
| SUPPORT | 7 | 11 | 10 |
| CONCEDE | 9 | 12 | 11 |
| COOPERATE | 3 | 11 | 11 |
| AID | 7 | 10 | 10 |
| RETREAT | 4 | 7 | 6 |
| REQUEST | 10 | 12 | 12 |
| ACCUSE | 10 | 12 | 11 |
| REJECT | 8 | 12 | 12 |
| THREATEN | 9 | 11 | 11 |
| PROTEST | 7 | 11 | 11 (12 once the entities stage made plural person nouns entities) |
| SANCTION | 7 | 11 | 11 |
| MOBILIZE | 5 | 11 | 9 |
| COERCE | 5 | 11 | 11 |
| ASSAULT | 11 | 12 | 12 |
| all (192) | 120 | 175 | 167 |
"""

from __future__ import annotations

import pytest

PUBLISHED = "2023-03-15"

PHRASINGS: dict[str, list[str]] = {
    "AGREE": [
        "Kenya and Ethiopia signed a border agreement in Nairobi on Monday.",
        "The two governments reached a deal on fishing rights after months of talks.",
        "Colombia agreed to resume peace talks with the guerrillas.",
        "The Peruvian government accepted the mediators' peace plan on Friday.",
        "Vietnam pledged to cut tariffs on Australian wine.",
        "A peace accord was signed by the rival factions in Juba.",
        "Mali and the Tuareg rebels sealed a peace deal in Algiers.",
        "The warring parties agreed on a truce in Doha.",
        "Armenia and Azerbaijan struck a deal to exchange prisoners.",
        "The teachers' union and the government settled their dispute over pay.",
        "Bolivia and Chile concluded a trade pact in Santiago.",
        "Sudan's agreement with the rebel movement ends two years of fighting.",
    ],
    "CONSULT": [
        "The Indian prime minister met the Nepalese president in Kathmandu on Tuesday.",
        "Foreign ministers of Brazil and Argentina held talks in Brasilia.",
        "The Turkish foreign minister visited Baghdad on Sunday.",
        "Japan hosted the Australian prime minister for two days of talks.",
        "The Chilean president spoke by telephone with his Bolivian counterpart.",
        "Qatar is mediating between the Sudanese government and the rebels.",
        "Officials from Serbia and Croatia will meet in Vienna next week.",
        "The Polish president received the Lithuanian foreign minister in Warsaw.",
        "Sudan and South Sudan resumed negotiations over oil revenues.",
        "The French foreign minister travelled to Algiers for talks with the Algerian government.",
        "A meeting between the Malaysian and Thai leaders took place in Bangkok.",
        "The German chancellor discussed the crisis with the Greek prime minister.",
    ],
    "SUPPORT": [
        "The African Union praised Ghana for holding a peaceful election.",
        "Germany backed the French proposal for a new defence fund.",
        "The United Nations welcomed the ceasefire between Ethiopia and Eritrea.",
        "Canada recognised the new government of Bolivia.",
        "The opposition leader endorsed the prime minister's reform plan.",
        "Tanzania expressed support for Mozambique's bid to join the council.",
        "The Indonesian president congratulated the new Malaysian prime minister.",
        "The European Union voiced its support for the peace process in Colombia.",
        "Brazil sided with Venezuela in its dispute with Guyana.",
        "The Kenyan government commended the police for their restraint.",
        "Several countries applauded Nigeria's decision to hold fresh elections.",
        "Spain thanked Morocco for its cooperation on migration.",
    ],
    "CONCEDE": [
        "The Egyptian government lifted the state of emergency on Thursday.",
        "Authorities in Bangladesh relaxed the curfew in the capital.",
        "The junta eased restrictions on opposition parties.",
        "The government bowed to the demands of the striking teachers.",
        "The Zimbabwean government released dozens of political prisoners.",
        "Twenty detainees were freed by the authorities in Bahrain.",
        "The Sri Lankan army allowed aid agencies into the north.",
        "The Nepalese government gave in to the protesters' demands.",
        "The Japanese prime minister apologised to South Korea for wartime abuses.",
        "The Ugandan authorities lifted the ban on the opposition newspaper.",
        "The Ecuadorian government reversed its decision to raise fuel prices after the protests.",
        "The military rulers handed power to a civilian government.",
    ],
    "COOPERATE": [
        "Police in Spain and France cooperated to dismantle a smuggling ring.",
        "Thailand handed over two suspects to the Malaysian police.",
        "India and Japan held joint naval exercises in the Bay of Bengal.",
        "Jordan shared intelligence with Iraq on the militant network.",
        "The Indonesian and Philippine navies conducted joint patrols in the strait.",
        "Peru and Ecuador worked together to clear landmines along the border.",
        "Ghana and Ivory Coast teamed up to fight cocoa smuggling.",
        "Turkish and Azerbaijani troops took part in joint military drills.",
        "Colombia and the United States stepped up cooperation against drug trafficking.",
        "The Philippine army trained Malaysian special forces in jungle warfare.",
        "Investigators from Kenya and Somalia exchanged information on the attack.",
        "Vietnam and South Korea expanded their economic cooperation.",
    ],
    "AID": [
        "Japan sent emergency aid to the Philippines after the typhoon.",
        "The World Bank gave Ghana a loan of 300 million dollars.",
        "The European Union provided 50 million euros in humanitarian assistance to Sudan.",
        "Britain granted asylum to the Uzbek dissident.",
        "Food aid was delivered to the besieged town by the Red Cross.",
        "France supplied the Nigerian army with armoured vehicles.",
        "Saudi Arabia donated 10,000 tonnes of rice to Yemen.",
        "China shipped medical supplies to Serbia.",
        "The Kenyan government distributed food to refugees near the border.",
        "Uganda gave shelter to thousands of refugees from South Sudan.",
        "The IMF approved a loan of two billion dollars for Pakistan.",
        "Canada contributed troops to the UN peacekeeping mission in Mali.",
    ],
    "RETREAT": [
        "Ethiopian troops withdrew from the disputed town on Saturday.",
        "The rebels pulled out of the northern city after heavy fighting.",
        "Armenia pulled back its forces from the front line.",
        "Hundreds of fighters surrendered to the army in the east.",
        "The militia laid down its weapons under the peace deal.",
        "Rebel fighters handed over their weapons to peacekeepers.",
        "The government demobilised 5,000 former combatants.",
        "The two sides declared a ceasefire in the south.",
        "The army ended its siege of the rebel town.",
        "Kenyan troops were withdrawn from Somalia last year.",
        "The coalition handed back control of the airport to the local authorities.",
        "The rebels disarmed under the supervision of UN monitors.",
    ],
    "REQUEST": [
        "The United Nations called on both sides to respect the ceasefire.",
        "Mexico urged the United States to reconsider the border wall.",
        "The opposition demanded the resignation of the prime minister.",
        "Lebanon appealed for international aid after the explosion.",
        "Kenya asked Uganda to extradite the suspects.",
        "Human rights groups pressed the government to release the journalists.",
        "The Malian government requested military assistance from France.",
        "Opposition leaders called for the president to step down.",
        "Nigeria sought help from its neighbours in the fight against the insurgents.",
        "The Philippines pleaded with China to stop harassing its fishermen.",
        "The Bolivian president asked for calm after the disputed vote.",
        "The Afghan government renewed its appeal for food aid.",
    ],
    "ACCUSE": [
        "Pakistan accused India of violating the ceasefire.",
        "The opposition criticised the government's handling of the crisis.",
        "Human rights groups condemned the killing of the journalist.",
        "Police are investigating the governor over corruption allegations.",
        "Uganda blamed the rebels for the attack on the village.",
        "The court found the former president guilty of corruption.",
        "Greece lodged a formal complaint with Turkey over the airspace violations.",
        "Iran denounced the new sanctions as economic warfare.",
        "The government launched an inquiry into the police shooting.",
        "Turkey summoned the Dutch ambassador over the remarks.",
        "The finance minister lashed out at the central bank over the interest rate rise.",
        "Washington slammed Beijing's decision to jail the activist.",
    ],
    "REJECT": [
        "The rebels rejected the government's peace proposal.",
        "Iran refused to allow inspectors into the site.",
        "Russia vetoed the Security Council resolution on the conflict.",
        "The opposition dismissed the offer of talks as a trick.",
        "The union turned down the latest pay offer from the government.",
        "Spain refused to recognise the breakaway region's independence.",
        "The president defied the court order to release the detainees.",
        "The Polish government ruled out early elections.",
        "Hungary blocked the EU's plan to impose new sanctions.",
        "The junta brushed aside calls for a return to civilian rule.",
        "Parliament voted down the government's budget.",
        "Cuba declined an invitation to the summit.",
    ],
    "THREATEN": [
        "North Korea threatened to carry out another nuclear test.",
        "The United States warned Iran of serious consequences.",
        "The union threatened a general strike if wages are not raised.",
        "China warned Taiwan against any move towards independence.",
        "The rebels issued an ultimatum to the government.",
        "Algeria threatened Spain with cutting gas supplies.",
        "The militants vowed to avenge the death of their commander.",
        "The European Union warned that it would impose sanctions on Belarus.",
        "The army chief said troops would crush any uprising.",
        "Russia threatened retaliation over the expulsion of its diplomats.",
        "Opposition parties threatened to boycott the election.",
        "Ethiopia warned Egypt not to interfere in the dam project.",
    ],
    "PROTEST": [
        "Thousands of students demonstrated in Dhaka against the fee increase.",
        "Farmers blocked the main highway to Warsaw with tractors.",
        "Doctors went on strike across Kenya over unpaid salaries.",
        "Opposition supporters marched through the capital on Saturday.",
        "Hundreds of workers staged a sit-in outside the ministry.",
        "Residents protested against the closure of the local hospital.",
        "A protest was held outside the embassy in Lima.",
        "Taxi drivers walked off the job in Lagos over fuel prices.",
        "Teachers downed tools in Harare over pay.",
        "Activists picketed the parliament building in Accra.",
        "The jailed activist began a hunger strike.",
        "Thousands rallied in Santiago to demand pension reform.",
    ],
    "SANCTION": [
        "The European Union imposed sanctions on Belarusian officials.",
        "Bolivia broke off diplomatic relations with Israel.",
        "Australia suspended military aid to Fiji after the coup.",
        "The United States froze the assets of three Venezuelan officials.",
        "Estonia expelled two Russian diplomats.",
        "Canada recalled its ambassador from Riyadh.",
        "Washington slapped tariffs on Chinese steel.",
        "Mali was suspended from the African Union after the coup.",
        "Saudi Arabia halted all new trade with Canada.",
        "The World Bank cut off funding to Uganda.",
        "The government pulled out of the peace talks with the rebels.",
        "Britain downgraded its diplomatic relations with Iran.",
    ],
    "MOBILIZE": [
        "The army deployed troops to the restive province.",
        "Pakistan put its air force on high alert.",
        "Thousands of police were deployed in the capital ahead of the vote.",
        "The government mobilised reservists after the border clash.",
        "Serbia called up reservists on Monday.",
        "Police stepped up security around government buildings.",
        "The navy sent warships to the disputed waters.",
        "Troops were rushed to the border town after the attack.",
        "India beefed up its military presence along the frontier.",
        "The army reinforced its positions around the city.",
        "Security forces were placed on alert in the northern provinces.",
        "Kenya dispatched troops to the Somali border.",
    ],
    "COERCE": [
        "Police arrested twenty opposition activists in Harare.",
        "The journalist was detained at the airport by security agents.",
        "Prosecutors charged the former minister with fraud.",
        "Hundreds of migrants were deported to Niger.",
        "The authorities imposed a curfew on the city.",
        "The government banned the main opposition party.",
        "Rebels took over the town after a week of fighting.",
        "The junta shut down two independent newspapers.",
        "Police rounded up dozens of suspected militants.",
        "A court sentenced the opposition leader to five years in prison.",
        "The army placed the former president under house arrest.",
        "The arrest of the opposition leader by police sparked anger in the capital.",
    ],
    "ASSAULT": [
        "Gunmen opened fire on a bus in northern Nigeria.",
        "Militants attacked an army post near the border, killing four soldiers.",
        "Government forces pounded rebel-held districts with artillery.",
        "Two policemen were shot dead in Karachi on Monday.",
        "A suicide bomber blew himself up at a checkpoint in Mogadishu.",
        "Insurgents carried out an attack on a military convoy.",
        "The rebels launched a rocket attack on the airport.",
        "Fighting broke out between the army and the militia in the east.",
        "Soldiers beat protesters with batons.",
        "Police fired rubber bullets at demonstrators in the capital.",
        "A car bomb exploded outside the police headquarters in Kirkuk.",
        "The mayor was assassinated by unknown gunmen.",
    ],
}

# Phrasings still uncoded after the work of issue 14, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "AGREE-5": "'the rival factions' is no known actor (no faction role noun)",
    "CONSULT-5": "the parser makes 'mediating' an attribute of 'is'",
    "SUPPORT-10": "'several countries' names no one",
    "COOPERATE-9": "training another's forces is coded AID (military aid), which PLOVER allows",
    "AID-10": "approving a loan is CAMEO 0331, a promise of aid (AGREE)",
    "RETREAT-5": "the parser makes 'handed over' a modifier of 'fighters'",
    "RETREAT-7": "'the two sides' names no one",
    # RETREAT-9 (a passive withdrawal of "Kenyan troops") coded since session 11: the forces a passive
    # withdrawal moves give it its actor (components/events.py ``_deployment_sides``)
    "RETREAT-10": "'the coalition' is no known actor",
    "RETREAT-11": "the parser makes 'disarmed' a modifier of 'rebels'",
    "THREATEN-8": "the speaker is not the subject of the act he announces",
    "SANCTION-7": "a passive suspension has no actor (the union stands in a 'from' phrase)",
    # MOBILIZE-10 ("Security forces were placed on alert") coded since session 11: forces put or placed
    # on alert or standby (event_lexicon.tsv), a passive deployment's forces are its actor
    "ACCUSE-2": "precision: talk with no country and no political party is uncodable, and roles.tsv codes "
                "'human rights group' CVL, not NGO",
}

CASES = [
    pytest.param(text, event, id=f"{event}-{i}",
                 marks=[pytest.mark.xfail(reason=XFAIL[f"{event}-{i}"], strict=True)]
                 if f"{event}-{i}" in XFAIL else [])
    for event, texts in PHRASINGS.items() for i, text in enumerate(texts)
]


def test_a_dozen_phrasings_for_every_type() -> None:
    assert len(PHRASINGS) == 16 and all(len(texts) == 12 for texts in PHRASINGS.values())
    texts = [text for texts in PHRASINGS.values() for text in texts]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("text,event", CASES)
def test_common_phrasing_is_coded(extract, text: str, event: str) -> None:
    found = {e.event for e in extract(text, published=PUBLISHED).events}
    assert event in found, f"{event} not in {sorted(found)}"


@pytest.mark.parametrize("text", [
    "Two software companies worked together on the new phone.",
    "The striker was ruled out of the cup final with a knee injury.",
    "The coach congratulated his players after the match.",
])
def test_loose_phrasings_count_only_between_political_actors(extract, text: str) -> None:
    # rows marked party:political ("worked together", "ruled out", "congratulated") code nothing
    # between companies, players or clubs
    assert not extract(text, published=PUBLISHED).events


def test_a_particle_parsed_as_an_adverb_still_counts(build_doc) -> None:
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    def match(token):
        return match_entry(token, load_lexicon(), actor_dictionary())  # the packaged tables

    doc = build_doc("Armenia pulled back its forces", heads=[1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "advmod", "poss", "dobj"],
                    pos=["PROPN", "VERB", "ADV", "PRON", "NOUN"], lemmas=["armenia", "pull", "back", "its", "force"])
    entry, _ = match(doc[1])
    assert entry.event == "RETREAT"


def test_an_amount_names_its_kind_in_an_in_phrase(build_doc) -> None:
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    def match(token):
        return match_entry(token, load_lexicon(), actor_dictionary())  # the packaged tables

    doc = build_doc("Japan gave 50 million dollars in aid", heads=[1, 1, 4, 4, 1, 4, 5],
                    deps=["nsubj", "ROOT", "compound", "nummod", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "NUM", "NUM", "NOUN", "ADP", "NOUN"],
                    lemmas=["japan", "give", "50", "million", "dollar", "in", "aid"])
    assert match(doc[1])[0].event == "AID"
    # an "in" phrase of a plain object names a place or a manner, not the thing given
    doc = build_doc("Japan gave interviews in aid", heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN"], lemmas=["japan", "give", "interview", "in", "aid"])
    matched = match(doc[1])
    assert matched is None or matched[0].event != "AID"


def test_whoever_places_someone_under_arrest_is_the_actor(extract) -> None:
    event = next(e for e in extract("The Malian army placed the interim president under house arrest.",
                                    published=PUBLISHED).events if e.event == "COERCE")
    assert "MLI" in {p.country for p in event.actor}
    assert any("president" in p.text for p in event.recipient)


def test_deportations_and_deployments_told_in_the_passive(extract) -> None:
    assert "COERCE" in {e.event for e in extract("Forty activists were deported to Libya on Tuesday.",
                                                   published=PUBLISHED).events}
    assert "MOBILIZE" in {e.event for e in extract("Extra troops were deployed along the border with Mali.",
                                                     published=PUBLISHED).events}


# Patterns of ACLED-style news (issue 14, case2021 dev read as a regression set; sentences our own).
@pytest.mark.parametrize("text,event", [
    # a conflict noun that happens by itself: its doers are unnamed
    ("Angry protests erupted in Nairobi on Monday night.", "PROTEST"),
    ("A march was held outside the parliament in Accra.", "PROTEST"),
    ("Clashes broke out between rival militias in the south.", "ASSAULT"),
    # weapons found, seized or defused (a confiscation, PLOVER 1711)
    ("A cache of rifles and grenades was found near the border town.", "COERCE"),
    ("Army engineers defused two roadside bombs on the highway.", "COERCE"),
    ("Customs officers seized a shipment of pistols at the port.", "COERCE"),
    # protests put down by force (PLOVER 175)
    ("Riot police dispersed the crowd outside the electoral commission.", "ASSAULT"),
    ("The security forces suppressed a student demonstration in the capital.", "ASSAULT"),
    ("Police fired tear gas at opposition supporters in Kampala.", "ASSAULT"),
    # prisoners exchanged, diplomats expelled (noun), taking part in a protest
    ("The army and the rebels exchanged prisoners near the front line.", "RETREAT"),
    ("The Polish government announced the expulsion of three Belarusian diplomats.", "SANCTION"),
    ("Thousands of nurses participated in the march through Lisbon.", "PROTEST"),
    # a crowd counted, not named, protests all the same; "there were" tells an event too
    ("Thousands marched through the centre of Bogota on Sunday.", "PROTEST"),
    ("Crowds gathered outside the presidential palace in Lima.", "PROTEST"),
    ("There were violent clashes in the port city overnight.", "ASSAULT"),
    # bombs dropped, ground gained, a counter-attack staged, weapons seized in the passive
    ("Government helicopters dropped barrel bombs on the rebel-held town.", "ASSAULT"),
    ("Insurgents gained control of a military base in the north.", "COERCE"),
    ("The army launched a counterattack against the rebels in the east.", "ASSAULT"),
    ("Rifles and ammunition were seized from the suspects in the raid.", "COERCE"),
])
def test_acled_style_patterns(extract, text: str, event: str) -> None:
    assert event in {e.event for e in extract(text, published=PUBLISHED).events}


def test_the_sides_of_a_fight_that_broke_out_are_its_parties(extract) -> None:
    event = next(e for e in extract("Fighting broke out between Sudanese troops and the rebels near the border.",
                                    published=PUBLISHED).events if e.event == "ASSAULT")
    assert event.actor and event.recipient


@pytest.mark.parametrize("text", [
    "A fire broke out at a market in Lagos on Sunday.",
    "Talks were held in Geneva on Tuesday.",
    "The engineers found a bug in the new software.",
    "Firefighters gained ground in their battle against the wildfires.",
    "The rebels vowed to fight until they gain control of the valley.",
])
def test_what_happens_by_itself_is_no_conflict_unless_it_is_one(extract, text: str) -> None:
    # a fire or talks are no conflict nouns; a bug found is no weapon; ground gained by firefighters
    # is a figure of speech; control gained in a clause of condition is the content of a threat
    assert not any(e.event in ("COERCE", "PROTEST") or (e.event == "ASSAULT" and e.trigger.text != "fight")
                   for e in extract(text, published=PUBLISHED).events)


# The weak kinds of ACLED-style news (issue 14, brief s5): property destroyed, demonstrations
# turned violent, mob violence. Sentences our own; the accepted PLOVER types follow the CASE 2021
# mapping (property destruction is ASSAULT, PLOVER 1712; a violent demonstration is PROTEST riot,
# CAMEO 145; mob violence either). Coded before any change for them (lexcase branch at f3a0f4d) and
# after: property destruction 5 -> 12 of 12, violent demonstration 2 -> 10, mob violence 8 -> 12.
WEAK_KINDS: dict[str, tuple[frozenset[str], list[str]]] = {
    "property destruction": (frozenset({"ASSAULT"}), [
        "Gunmen torched a primary school in the village overnight.",
        "Unknown assailants set fire to a church in the northern town.",
        "Several shops were looted and set ablaze in the market district.",
        "Militiamen ransacked the offices of the electoral commission.",
        "Armed men vandalised a mobile phone mast near the border.",
        "Attackers burned down twenty houses in the settlement.",
        "The mosque was vandalised overnight by unknown people.",
        "Fighters plundered the town's banks before withdrawing.",
        "Youths went on a looting spree in the commercial district.",
        "Two polling stations were burned down during the night.",
        "The rebels damaged a power station with explosives.",
        "Bandits pillaged the village and drove away the cattle.",
    ]),
    "violent demonstration": (frozenset({"PROTEST"}), [
        "Protesters threw stones at police in the capital on Friday.",
        "Demonstrators hurled petrol bombs at riot police outside the parliament.",
        "Protesters clashed with police in the southern city of Basra.",
        "A peaceful protest descended into violence in the capital on Saturday.",
        "The rally turned violent when marchers attacked a police station.",
        "Protesters stormed the parliament building and smashed windows.",
        "Rioters looted shops and burned cars in the suburbs.",
        "Demonstrators pelted the police with rocks and bottles.",
        "Police fired tear gas after protesters threw bottles at officers.",
        "Protesters ransacked the headquarters of the ruling party.",
        "Angry demonstrators set fire to tyres on the main road.",
        "Hundreds of protesters clashed with riot police near the central square.",
    ]),
    "mob violence": (frozenset({"ASSAULT", "PROTEST"}), [
        "A mob lynched a man accused of stealing a goat.",
        "An angry mob beat two suspected thieves to death in the market.",
        "Villagers attacked a police post after a farmer was shot.",
        "A suspected kidnapper was set ablaze by an angry mob.",
        "Residents stoned a suspected witch to death.",
        "Two men were lynched by a crowd in the northern district.",
        "Vigilantes murdered three people accused of witchcraft.",
        "A mob stormed the police station and freed the suspect.",
        "Seven people were murdered by vigilantes in the south of the country.",
        "A crowd attacked the home of a local official.",
        "Youths armed with machetes attacked a village in the valley.",
        "Angry residents torched the house of a suspected rapist.",
    ]),
}


WEAK_XFAIL = {
    "violent demonstration-8": "the dictionary's throw patterns name stones, rocks, firebombs and grenades, not "
                               "bottles; a hand row for throw would take the verb's other patterns away",
    "violent demonstration-11": "a counted crowd ('hundreds of protesters') is not read through to its protesters "
                                "by the riot rule in components/events.py (left as it is: an ASSAULT)",
}


@pytest.mark.parametrize("text,accepted", [
    pytest.param(text, accepted, id=f"{kind}-{i}",
                 marks=[pytest.mark.xfail(reason=WEAK_XFAIL[f"{kind}-{i}"], strict=True)]
                 if f"{kind}-{i}" in WEAK_XFAIL else [])
    for kind, (accepted, texts) in WEAK_KINDS.items() for i, text in enumerate(texts)
])
def test_weak_kind_phrasing_is_coded(extract, text: str, accepted: frozenset[str]) -> None:
    found = {e.event for e in extract(text, published=PUBLISHED).events}
    assert found & accepted, f"none of {sorted(accepted)} in {sorted(found)}"


def test_a_dozen_phrasings_for_every_weak_kind() -> None:
    texts = [text for _, texts in WEAK_KINDS.values() for text in texts]
    assert all(len(texts) == 12 for _, texts in WEAK_KINDS.values())
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("text", [
    "Corrupt officials looted public funds for years.",
    "The former minister plundered the state treasury.",
    "The storm damaged hundreds of houses in the coastal town.",
    "A fire damaged the school overnight.",
    "The sprinter smashed the world record in Berlin.",
    "The shoppers went on a spending spree before Christmas.",
    "Police smashed a drug ring in the port.",
])
def test_graft_storms_records_and_shopping_are_no_destruction(extract, text: str) -> None:
    # public money looted is graft; a storm or fire damages without a doer; records and drug rings
    # are smashed only in a figure of speech; a spree needs a violent act named ("looting spree")
    assert not any(e.event == "ASSAULT" for e in extract(text, published=PUBLISHED).events)


# Ordinary phrasings the held-out wire sentences (tests/data/phrasings_heldout.tsv, brief s6) showed
# missing, as general rows of event_lexicon.tsv; these sentences are our own and others than those.
@pytest.mark.parametrize("text,event", [
    ("The Nigerian foreign minister telephoned his Ghanaian counterpart on Friday.", "CONSULT"),
    ("Militants released a kidnapped Chinese engineer in the Niger Delta.", "CONCEDE"),
    ("The Thai government released two Cambodian fishermen on Sunday.", "CONCEDE"),
    ("The Iraqi government restored internet access in the Kurdish region.", "CONCEDE"),
    ("Vietnam eased lockdown rules in Hanoi on Monday.", "CONCEDE"),
    ("The Ghanaian government scrapped the new levy on fuel after the strike.", "CONCEDE"),
    ("The Emir of Kuwait pardoned dozens of jailed opposition activists.", "CONCEDE"),
    ("Malaysian police are working closely with Indonesian investigators.", "COOPERATE"),
    ("Brazilian and Paraguayan police arrested the smugglers in a joint operation.", "COOPERATE"),
    ("Greece sent 50 rescuers to the quake-hit island of Crete.", "AID"),
    ("Kuwait delivered 20,000 tonnes of wheat to Sudan.", "AID"),
    ("Jordan granted shelter to thousands of Syrian refugees.", "AID"),
    ("The World Bank disbursed 200 million dollars to Malawi.", "AID"),
    ("China gifted 500,000 vaccine doses to Cambodia.", "AID"),
    ("Rebel fighters in Darfur handed in their rifles on Monday.", "RETREAT"),
    ("The Iraqi prime minister repeated his call for foreign troops to leave.", "REQUEST"),
    ("Opposition parties boycotted the parliamentary session in Nairobi.", "PROTEST"),
    ("Angry farmers blocked the railway between Lille and Paris.", "PROTEST"),
    ("Canada imposed travel restrictions on Iranian officials.", "SANCTION"),
    ("Ghana scrapped the planned visit of the Nigerian president.", "SANCTION"),
    ("Prosecutors in Lima charged three former ministers on Tuesday.", "COERCE"),
    ("A police officer was stabbed in Nairobi on Sunday.", "ASSAULT"),
    # an ambassador withdrawn is relations reduced (CAMEO 166), fighters withdrawn a retreat
    ("Ecuador withdrew its envoy from Mexico City after the embassy raid.", "SANCTION"),
    ("The militia withdrew its fighters from the oil fields.", "RETREAT"),
    # a prison term given, also in the passive (only the state jails)
    ("An Iranian court jailed a British aid worker for five years.", "COERCE"),
    ("The blogger was imprisoned for insulting the king.", "COERCE"),
])
def test_wire_phrasings_of_the_held_out_misses(extract, text: str, event: str) -> None:
    assert event in {e.event for e in extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text,event", [
    ("The company released its annual results on Monday.", "CONCEDE"),
    ("The studio released the singer's new album in May.", "CONCEDE"),
    ("The company scrapped the project last year.", "SANCTION"),
    ("He stabbed his rival in the back by leaking the memo.", "ASSAULT"),
    ("The bank charged customers higher fees last year.", "COERCE"),
    ("The firm works closely with its suppliers in Asia.", "COOPERATE"),
    ("The carmaker imposed export controls on its dealers.", "SANCTION"),
    ("The retailer gifted vouchers to its staff.", "AID"),
    ("The council restored access to the park after the storm.", "CONCEDE"),
    ("Engineers restored power to thousands of homes.", "CONCEDE"),
    ("The singer telephoned her manager from the studio.", "CONSULT"),
])
def test_the_same_words_in_business_and_private_life_are_no_event(extract, text: str, event: str) -> None:
    # the new rows need their object (a person held, internet access, a levy) or political parties
    assert event not in {e.event for e in extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text,event", [
    # events told as nouns, objects of a verb of telling (brief s6-phrase5's second held-out set)
    ("The two governments confirmed the signing of a border treaty on Friday.", "AGREE"),
    ("The ministry confirmed the release of five detained journalists.", "CONCEDE"),
    ("The cabinet approved the lifting of the curfew in the north.", "CONCEDE"),
    ("The European Union announced emergency relief for the flood victims.", "AID"),
    ("The agency completed the delivery of food to the besieged town.", "AID"),
    ("Peru sent a request for assistance to its neighbours.", "REQUEST"),
    ("The opposition made fresh accusations of fraud against the electoral board.", "ACCUSE"),
    ("Officials confirmed the threat of sanctions against the junta.", "THREATEN"),
    ("Police announced the detention of three protest leaders.", "COERCE"),
    # an amnesty or pardon granted is a release; a leader received is a meeting
    ("The president granted a pardon to the jailed opposition leader.", "CONCEDE"),
    ("Kenya's president was received by Ugandan President Yoweri Museveni in Kampala on Monday.", "CONSULT"),
])
def test_nominal_events_and_their_light_verbs(extract, text: str, event: str) -> None:
    assert event in {e.event for e in extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text,event", [
    ("Indonesia's central bank defended the rupiah on Monday.", "SUPPORT"),
    ("The champion defended her title in Paris.", "SUPPORT"),
    ("The minister received a letter from the union on Monday.", "CONSULT"),
    ("The ministry did not immediately reply to a Reuters request for comment on Tuesday.", "REQUEST"),
])
def test_a_currency_or_title_defended_a_letter_received_and_a_request_for_comment_are_no_event(extract, text: str, event: str) -> None:
    assert event not in {e.event for e in extract(text, published=PUBLISHED).events}
