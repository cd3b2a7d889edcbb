"""The parse33 probes (tests/events/probes_parse33.py): long era leads (1985-2005 agency copy), written blind,
weighted to the speaker's second act after a that-clause, acts told beside the main act (participles,
set-off accusing participles, as-clauses), conjuncts after a long first act and passives with their agent
after the verb. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse33")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Mexican army units on Saturday retook four towns seized by Zapatista rebels in the southern state of '
    'Chiapas, bombing rebel positions in the hills around San Cristobal de las Casas with air force planes, '
    'the Defence Ministry said.':
        "the towns' seizure by the rebels in the reduced relative is coded (MEXREB 192), the army's retaking"
        " and its bombing participle are not",
    'Turkish F-16 jets bombed suspected Kurdish rebel camps in northern Iraq on Tuesday, hitting targets up '
    'to 20 km inside the border, as Baghdad protested to Ankara over the violation of its airspace and '
    'sovereignty, the Anatolian news agency said.':
        "the protest in the as-clause ('as Baghdad protested to Ankara') is read as its time, not an act "
        'of its own',
    'Leftist guerrillas of the Tupac Amaru Revolutionary Movement disguised as waiters stormed the Japanese '
    "ambassador's residence in Lima during a party on Tuesday night and took hundreds of diplomats, "
    'government ministers and businessmen hostage, police said.':
        "the hostage-taking is coded (181) but its target is the bare 'government ministers' (---GOV): the "
        'list names no country of its own',
    'Rwandan Patriotic Front rebels pushed into the suburbs of Kigali on Monday after overrunning '
    'government army positions in the north and east of the country over the weekend and seized the '
    "international airport, cutting the capital's last link with the outside world, U.N. officials said.":
        "'pushed into the suburbs' is no act, and the seizure of the airport in the conjunct names a place "
        'with no party',
    'Algerian security forces surrounded a house in the Bab el-Oued district of Algiers where members of '
    'the Armed Islamic Group were hiding with weapons and explosives and killed seven of them in a '
    'four-hour gun battle, the official APS news agency said.':
        "'killed seven of them' is hung in the where-clause of the hiding men, and the house's people "
        '(DZACVL) are the siege target',
    "Rebels of Uganda's Lord's Resistance Army attacked a Catholic boarding school in the northern district "
    'of Apac overnight, setting fire to dormitories and classrooms, and abducted 139 schoolgirls, an '
    'Italian missionary news agency said.':
        "the abduction in the conjunct after the participle is lost; the attack on the school is coded "
        '(UGAREB -> UGA...EDU, 190)',
    "Turkish police raided the offices of the pro-Kurdish People's Democracy Party in Ankara, Istanbul and "
    'a dozen other cities on Friday after its congress had cheered for the jailed rebel leader Abdullah '
    'Ocalan and detained more than 200 party members, Anatolian news agency said.':
        "'detained' is hung on the after-clause's perfect verb ('had cheered ... and detained'), so the "
        'arrests are read as the congress\'s; the raid is coded on civilians',
    'Chinese troops and armoured personnel carriers moved into Tiananmen Square before dawn on Sunday, '
    'firing on crowds of students who had occupied the square for seven weeks, and cleared it of '
    'protesters, witnesses said.':
        "'moved into' a square is no act, and the firing participle under it is not read as an act of its "
        'own',
    'The withdrawal of all Syrian troops from Lebanon was demanded on Wednesday by the Council of Maronite '
    'Catholic Bishops, who said in a statement read at the patriarchate in Bkerke that the Syrian presence '
    'violated Lebanese sovereignty and independence.':
        "the passive demand is coded (LBN -> SYR, 10) but the bishops' council is read as Lebanon's "
        'government (LBNGOV), not a religious body (an actors-stage reading)',
    'The release of the Burmese opposition leader Aung San Suu Kyi from house arrest was demanded on '
    'Monday by the foreign ministers of the European Union, meeting in Luxembourg, who also called for '
    'tighter sanctions on the military government in Rangoon, diplomats said.':
        "the passive demand is coded to the EU, aimed at the person to release (MMROPP), not at her "
        'jailers',
    "The Chinese embassy in Belgrade was hit late on Friday by three NATO missiles during the alliance's "
    'heaviest night of air strikes on the Yugoslav capital, killing three Chinese journalists and wounding '
    '20 other people, the official Xinhua news agency said.':
        "the strike is coded to the journalists (CHNMED), not the embassy's state; CHN is accepted by "
        'country only',
    'The foreign ministers of Nigeria, Ghana and Guinea announced in Abuja on Saturday that a ceasefire '
    'between the Liberian government and the rebel factions would take effect at midnight on Monday, after '
    'four months of fighting in Monrovia, the News Agency of Nigeria said.':
        "'the rebel factions' have no country (---REB): the between-pair's second side is not placed by "
        'the first',
    'The release of 45 Lebanese prisoners held by Israel at the Khiam detention centre was announced on '
    'Sunday by the International Committee of the Red Cross, which said the men had been handed over at '
    'the Naqoura crossing, Lebanese police said.':
        "the release is given to the announcer (the ICRC), not to the holder named in 'held by Israel'",
    'Hours after U.S. cruise missiles struck a pharmaceutical factory in Khartoum, thousands of Sudanese '
    'marched through the capital on Friday chanting anti-American slogans and the government recalled its '
    'ambassador from Washington, Sudanese television reported.':
        "'the government' in the second clause takes no country from the Sudanese of the first (---GOV)",
    'NATO-led peacekeepers in Kosovo on Tuesday arrested a former commander of the Kosovo Liberation Army '
    'on suspicion of war crimes against Serb civilians, and handed him over to the U.N. war crimes '
    'tribunal in The Hague, a KFOR spokesman said.':
        "the former KLA commander is read as a Serbian elite (SRBELI), not a rebel (an actors-stage "
        'reading); the arrest is coded',
    'Negotiators for the Philippine government and the Moro National Liberation Front, meeting in Jakarta '
    'under Indonesian auspices, on Saturday initialled a peace agreement ending a 24-year Moslem rebellion '
    'in the southern island of Mindanao, officials said.':
        "the MNLF is read as Moslems (PHLMOS), not rebels (an actors-stage reading); the signing is coded",
    "Pope John Paul II, speaking to thousands of pilgrims in St. Peter's Square on Sunday, condemned the "
    'senseless bloodshed in Northern Ireland and appealed to Catholic and Protestant paramilitary groups '
    'to lay down their weapons for good.':
        "'Catholic and Protestant paramilitary groups' are read as Christians (GBRCHR), not armed groups",
    'The four Cambodian factions, including the Khmer Rouge whose rule in the 1970s cost more than a '
    'million lives, on Wednesday signed a peace treaty in Paris ending 13 years of civil war, in the '
    'presence of foreign ministers from 18 countries.':
        "'the four Cambodian factions' sign among themselves: a plural subject with no second party "
        'named has no pair',
    'Iran, after eight years of a war with Iraq that cost hundreds of thousands of lives on both sides, on '
    'Monday accepted U.N. Security Council Resolution 598 calling for a ceasefire, Tehran radio said in a '
    'broadcast monitored in Nicosia.':
        'a resolution accepted is coded toward the U.N. (030), not as a ceasefire with the war\'s other '
        'side named in the time aside',
    'The two German states, divided for 45 years by the Cold War, on Friday signed a treaty in Bonn '
    'merging their economies and introducing the West German mark in East Germany on July 1, the first '
    'step toward unification, DPA news agency said.':
        "'the two German states' names no state: the pair is not resolved to East and West Germany",
    'Morocco, angered by a meeting between Algerian officials and leaders of the Polisario Front in Algiers '
    'last week, on Wednesday accused its neighbour of arming the guerrillas fighting for the independence '
    'of Western Sahara, MAP news agency said.':
        "'its neighbour' is not resolved to Algeria (named only in the set-off participle); Western Sahara "
        'is taken as the target',
    'Namibia, which won independence from South Africa in 1990 after a 23-year guerrilla war fought by '
    'SWAPO fighters from bases in Angola, will hold its second general election next month, the electoral '
    'commission in Windhoek said on Monday.':
        "control: the background war in the which-clause's after-phrase is coded (NAMGOV -> AGO 190), as "
        "parse32's where-clause war is",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ('The United States, charging that Libya had built a chemical weapons plant at Rabta south of Tripoli, '
     'on Wednesday imposed new economic sanctions on the government of Moammar Gadhafi and froze Libyan '
     'assets held by American banks abroad, the Treasury Department said.', 'USAGOV'):
        "'charging that Libya had built a plant' reports a deed that is no wrong the coder knows; the "
        'sanctions are coded',
    ('China on Sunday demanded a full apology from NATO for the bombing of its embassy in Belgrade, as '
     'thousands of students stoned the U.S. embassy in Beijing and burned American flags for a second day, '
     'the official Xinhua news agency said.', 'CHNEDU'):
        "the students' attack on the embassy in the as-clause is read as the demand's time, not an act of "
        'its own',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL33, KNOWN_GAPS, ROW_GAPS)
