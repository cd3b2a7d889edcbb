"""Blind probes of the thirty-first session (wip/targets33): who an act is done TO, in 1985-2005 agency leads
(dated 2000-01-01 as the GSR records are). Each row's target is its point: the doer hidden in a wrapper
("what it called the X of Y by Z", "an agreement under which Z will ...", act nouns such as ouster,
detention, hanging) (batch 1), reactions with no object whose target is the sentence's own act (batch 2),
calls that are threats, appeals or demands (batch 3), measures on regions, institutions, treaties and
invaded countries (batch 4), other target shapes (batch 5), and controls with no target party, history,
a plan, a condition or a denial (batch 6).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The file was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide, and the thirtieth session's targets32): a
condemned or praised act is aimed at its doer, also when the doer sits in a by-phrase of a "what it called"
wrapper or in the under-which clause of an agreement; a reaction with no object ("expressed deep
disappointment", "welcomed the move") after a clause telling one party's act is aimed at that party; the
verb decides 02 / 10 (call on, urge are 02; demand is 10), but a call on others to kill or attack a named
party is a threat to that party (13), the ones called being no target; a blockade of a place is aimed at its
people, a closure of universities at the students (EDU or CVL), a law tightening sanctions at the
sanctioned state, a withdrawal from a body at the body; an invaded country is its state (GOV) or army.

First run, blind (main d406413, the file as committed at 6f6c2d9, 98 rows): country + root / actor + root /
actor + code 83 / 73 / 68 (batches 1-6: 16/13/13, 12/12/12, 15/14/12, 14/9/8, 17/16/13, 9/9/10). No row was
corrected after it (only line breaks of four long rows moved for the linter). wip/targets33 at its end:
90 / 81 / 76 (`python tests/events/probes_targets33.py`).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_NONE = ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
         '17', '18', '19', '20')
_CRIT = ('111', '112', '110', '1121', '1122')
_PRAISE = ('051', '050')

# batch 1: the doer hidden in a wrapper
B1: list[Row] = [
    (('PAK', 'PAKGOV'), ('IND', 'INDMIL', 'INDCOP', 'INDGOV'), _CRIT,
     'Pakistan on Tuesday denounced what it called the brutal repression of Kashmiri Moslems by Indian '
     'security forces and urged the United Nations to intervene.'),
    (('IGO',), ('BGR', 'BGRGOV'), _CRIT,
     'The European Community on Monday condemned what it described as the systematic persecution of ethnic '
     'Turks by the Bulgarian authorities.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV', 'VNMMIL'), _PRAISE,
     'The United States on Wednesday praised an agreement under which Vietnam will withdraw all its troops '
     'from Cambodia by the end of September.'),
    (('JPN', 'JPNGOV'), ('IRQ', 'IRQGOV'), _PRAISE,
     'Japan on Monday welcomed an accord under which Iraq will give U.N. weapons inspectors unrestricted '
     'access to suspected sites, and urged Baghdad to honour it.'),
    (('NGA', 'NGAGOV'), ('SLE', 'SLEMIL', 'SLEREB'), _CRIT,
     'Nigeria on Thursday condemned the overthrow of President Ahmad Tejan Kabbah by mutinous soldiers in '
     'Sierra Leone and said it would not recognise the new junta.'),
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _CRIT,
     'Britain on Friday condemned the detention of pro-democracy leaders by the Nigerian military '
     'government and recalled its high commissioner from Lagos.'),
    (('CAN', 'CANGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _CRIT,
     'Canada on Monday deplored the hanging of writer Ken Saro-Wiwa and eight other activists by '
     "Nigeria's military rulers and called for the country's suspension from the Commonwealth."),
    (('TUR', 'TURGOV'), ('BGR', 'BGRGOV'), _CRIT,
     'Turkey on Wednesday condemned the forced expulsion of thousands of ethnic Turks from Bulgaria by the '
     'communist authorities in Sofia.'),
    (('VAT',), ('CHN', 'CHNGOV'), _CRIT,
     'The Vatican on Sunday deplored what it called the harsh persecution of Roman Catholics by the Chinese '
     'authorities.'),
    (('NGO',), ('IRN', 'IRNGOV', 'IRNJUD'), _CRIT,
     'Amnesty International on Wednesday condemned the execution of 21 political prisoners by the Iranian '
     'authorities and urged Tehran to halt the killings.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKMIL'), _CRIT + ('114',),
     'India on Thursday protested against the shelling of its border posts by Pakistani troops in Kashmir '
     'and warned of retaliation.'),
    (('CHN', 'CHNGOV'), ('IGO',), _CRIT,
     'China on Saturday condemned the bombing of its embassy in Belgrade by NATO aircraft as a barbaric act '
     'and demanded an apology.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRLEG', 'ISRGOV'), _CRIT,
     'Syria on Tuesday condemned the annexation of the Golan Heights by the Israeli parliament as null and '
     'void.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), _CRIT,
     'Egypt on Wednesday denounced what it called the collective punishment of Palestinians by Israeli '
     'troops in the West Bank and Gaza Strip.'),
    (('IGO',), ('SLE', 'SLEMIL'), _CRIT,
     'The U.N. Security Council on Thursday condemned the seizure of power by the military in Sierra Leone '
     'and demanded the return of the elected government.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), _PRAISE,
     'Washington on Friday welcomed a deal under which Russia will pull its last troops out of Estonia and '
     'Latvia by the end of August.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNCOP', 'IDNGOV', 'IDNMIL'), _CRIT,
     'Australia on Monday condemned the crackdown on pro-independence demonstrators by Indonesian police in '
     'East Timor and summoned the Indonesian ambassador.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAREB'), _CRIT,
     'France on Sunday condemned the kidnapping of seven French monks by Islamic militants in Algeria as '
     'an odious crime.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV', 'CHNJUD'), _CRIT,
     'The State Department on Tuesday criticised the sentencing of dissident Wang Dan to 11 years in prison '
     'by a Beijing court.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _PRAISE,
     'South Korea on Thursday welcomed a pact under which North Korea will freeze its nuclear programme in '
     'return for two light-water reactors.'),
]

# batch 2: reactions with no object; the target is the sentence's own act's doer
B2: list[Row] = [
    (('USA', 'USAGOV'), ('IND', 'INDGOV'), _CRIT,
     'The United States expressed deep disappointment on Monday after India conducted three underground '
     'nuclear tests in the western desert of Rajasthan.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _PRAISE,
     'Japan welcomed the move on Wednesday after North Korea agreed to allow international inspectors into '
     'its nuclear plants.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _CRIT,
     "China angrily denounced the visit on Thursday after Taiwan's President Lee Teng-hui arrived in the "
     'United States for a private trip.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAMIL', 'USAGOV'), _CRIT,
     'Iran condemned the attack on Monday after U.S. warships shelled two Iranian oil platforms in the '
     'Gulf.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), _CRIT,
     'Pakistan voiced strong regret on Sunday after India test-fired a medium-range missile capable of '
     'carrying a nuclear warhead.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), _CRIT,
     'The United States expressed deep disappointment on Tuesday after the Israeli cabinet approved the '
     'construction of 6,500 homes for Jews in east Jerusalem.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _PRAISE,
     'South Korea welcomed the step on Friday after the North freed a U.S. Army helicopter pilot captured '
     'two weeks ago.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNJUD', 'CHNGOV'), _CRIT,
     'The White House criticised the verdict on Monday after a Chinese court sentenced dissident Wei '
     'Jingsheng to 14 more years in prison.'),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), _CRIT,
     'Britain criticised the decision on Thursday after the Zimbabwe government listed 1,500 white-owned '
     'farms for seizure without compensation.'),
    (('RUS', 'RUSGOV'), ('IGO',), _CRIT,
     'Russia said it deeply regretted the decision after NATO foreign ministers agreed on Tuesday to '
     'invite Poland, Hungary and the Czech Republic to join the alliance.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PAL', 'PSEGOV', 'PSEREB', 'PSEINS', 'PALINS'), _PRAISE,
     'Israel cautiously welcomed the announcement on Wednesday after the Palestine Liberation Organisation '
     'renounced terrorism and recognised the Jewish state.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _CRIT,
     'Greece sharply criticised the move on Saturday after Turkey sent a research ship into disputed waters '
     'of the Aegean Sea.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), _CRIT,
     'Washington said it was deeply disappointed on Friday after Pakistan carried out five nuclear tests in '
     'response to those of India.'),
    (('DEU', 'DEUGOV'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), _PRAISE,
     'Germany welcomed the decision on Monday after Yugoslavia agreed to let an international '
     'monitoring mission into Kosovo.'),
    (('FRA', 'FRAGOV'), ('IRQ', 'IRQGOV'), _CRIT,
     'France criticised the decision on Thursday after Iraq ordered six American members of the U.N. '
     'weapons inspection team to leave the country.'),
]

# batch 3: calls that are threats, appeals or demands
B3: list[Row] = [
    (('BGD', 'BGDREL', 'BGDCVL'), ('BGD', 'BGDCVL', 'BGDMED'), ('138', '130', '1384', '020', '02'),
     'A Moslem cleric in Bangladesh on Friday offered a reward to anyone who killed the feminist writer '
     'Taslima Nasreen for insulting Islam.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), ('138', '130', '020'),
     'Iraqi President Saddam Hussein on Friday called on Arabs to strike at American interests throughout '
     'the Middle East if Washington attacked Baghdad.'),
    (('PSE', 'PAL', 'PSEREB', 'PSEINS', 'PALINS', 'ISRREB'), ('ISR', 'ISRMIL', 'ISRCVL'),
     ('138', '130', '020'),
     'The Islamic militant group Hamas on Sunday called on its followers to step up attacks on Israeli '
     'soldiers and settlers.'),
    (('DZA', 'DZAREB'), ('FRA', 'FRACVL'), ('138', '130', '020'),
     'The Armed Islamic Group on Thursday urged its fighters to kill French citizens in Algeria, in a '
     'statement published in a London-based newspaper.'),
    (('LBY', 'LBYGOV'), ('EGY', 'EGYGOV'), ('138', '130', '1041', '020', '024', '0241'),
     'Libyan leader Muammar Gaddafi on Thursday called on Egyptians to overthrow President Hosni Mubarak '
     'for making peace with Israel.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('020', '0256', '025', '10', '100', '106'),
     'Egypt on Monday called on Israel to halt the building of Jewish settlements in the occupied '
     'territories.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('020', '0256', '025', '106', '100'),
     'The United States on Thursday called on Iraq to withdraw its troops from Kuwait unconditionally and '
     'restore the emirate\'s government.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('026', '020', '100', '104'),
     'Pakistan on Wednesday called on India to begin talks on the future of the disputed region of '
     'Kashmir.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), ('020', '0253', '024', '0243', '100', '1053'),
     'The European Union on Monday called on the Nigerian military government to release all political '
     'prisoners and restore democracy.'),
    (('JOR', 'JORGOV'), ('IGO',), ('020', '023', '0234', '021', '100'),
     'Jordan on Tuesday called on the United Nations to protect Palestinians living under Israeli '
     'occupation.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('100', '10', '106', '1056'),
     'Mexico demanded on Thursday that the United States halt construction of a steel fence along the '
     'border south of San Diego.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('100', '106'),
     'Greece on Sunday demanded that Turkey withdraw its 35,000 troops from northern Cyprus.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('026', '020'),
     'Armenia on Monday called on Azerbaijan to begin direct negotiations on the future of '
     'Nagorno-Karabakh.'),
    (('IRN', 'IRNGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), ('138', '130', '020'),
     "Iran's supreme leader on Friday called on Moslems to wage holy war against Israel until Jerusalem was "
     'liberated.'),
    (('IGO',), ('CYP', 'CYPGOV', 'TUR', 'TURGOV'), ('026', '020'),
     'U.N. Secretary-General Boutros Boutros-Ghali on Tuesday urged the Greek and Turkish Cypriot leaders '
     'to resume talks on reunifying the island.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV'), ('100', '10'),
     'Sudan on Saturday demanded an apology and compensation from the United States for the missile strike '
     'that destroyed a pharmaceutical plant in Khartoum.'),
]

# batch 4: measures on regions, institutions, treaties; invaded countries
B4: list[Row] = [
    (('BIH', 'SRB', 'BIHMIL', 'SRBMIL', 'BIHREB', 'SRBREB'), ('BIH', 'BIHCVL'), ('191', '190'),
     'Serb forces blockaded the Moslem enclave of Gorazde on Monday, cutting off food and medicine to its '
     '60,000 people.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('191', '163', '162'),
     "Azerbaijan blockaded Armenia's rail links on Tuesday, cutting off fuel supplies to the landlocked "
     'republic.'),
    (('KOR', 'KORGOV'), ('KOR', 'KOREDU', 'KORCVL'), ('172', '1721', '170', '1722'),
     "South Korea's government closed three universities in Seoul on Monday after weeks of violent student "
     'protests.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENEDU', 'KENCVL'), ('172', '1721', '170', '1722'),
     'The Kenyan government on Tuesday closed the University of Nairobi indefinitely after students rioted '
     'over rising fees.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('163', '160'),
     'President Clinton on Monday signed into law a bill imposing new sanctions on foreign companies that '
     "invest in Iran's oil industry."),
    (('USA', 'USAGOV'), ('IGO',), ('160', '161', '16', '111', '112'),
     'The United States on Wednesday withdrew from UNESCO, accusing the U.N. cultural agency of '
     'mismanagement and an anti-Western bias.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('160', '166', '16', '12', '120', '1246'),
     'Iraq on Saturday suspended all cooperation with U.N. weapons inspectors until the Security Council '
     'agreed to lift sanctions.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('KWTGOV', 'KWTMIL'), ('190', '192', '19'),
     'Iraqi troops invaded Kuwait before dawn on Thursday, seizing the oil-rich emirate\'s capital and '
     'forcing the ruling family to flee.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PAL', 'PSECVL', 'PSELAB'), ('191', '172', '1721', '17'),
     'Israel sealed off the Gaza Strip on Sunday after a suicide bombing in Jerusalem, barring 50,000 '
     'Palestinian workers from their jobs in Israel.'),
    (('CHN', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNMED'), ('172', '1721', '171', '170'),
     'Chinese police on Friday closed the offices of a pro-democracy magazine in Beijing and seized its '
     'printing presses.'),
    (('THA', 'THAGOV'), ('KHM', 'KHMGOV'), ('191', '172', '160', '16', '17'),
     'Thailand closed its border with Cambodia on Tuesday after fighting between government troops and '
     'Khmer Rouge guerrillas spilled into Thai territory.'),
    (('IND', 'INDGOV'), ('IND', 'INDLEG', 'INDGOV'), ('172', '1724', '170', '17'),
     'The Indian government dissolved the state assembly of Jammu and Kashmir on Monday and imposed direct '
     'rule from New Delhi.'),
    (('RUS', 'RUSGOV'), ('RUS', 'RUSOPP', 'RUSPTY'), ('172', '1722', '171', '170'),
     "President Boris Yeltsin on Friday suspended the activities of the Communist Party in Russia and seized "
     'its property.'),
    (('NZL', 'NZLGOV'), ('USA', 'USAMIL', 'USAGOV'), ('16', '160', '12', '17', '191', '120'),
     'New Zealand on Monday barred a U.S. warship from its ports after Washington refused to say whether it '
     'carried nuclear weapons.'),
    (('IGO',), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160'),
     "The U.N. Security Council on Saturday imposed an oil and arms embargo on Haiti's military rulers."),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PAL', 'PSEEDU', 'PSECVL'), ('172', '1721', '170', '17'),
     'Israel on Tuesday ordered the closure of all Palestinian universities in the West Bank for three '
     'months after a wave of stone-throwing protests.'),
    (('USR', 'USRGOV', 'RUS'), ('LTU', 'LTUGOV'), ('162', '163', '16'),
     'The Soviet Union cut off oil supplies to Lithuania on Wednesday in an effort to force the Baltic '
     'republic to drop its declaration of independence.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQCVL'), ('191', '190', '19'),
     'Iraqi troops blockaded Kurdish towns in the north on Tuesday, cutting off food and fuel to hundreds '
     'of thousands of people, Kurdish leaders said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('GRDGOV', 'GRDMIL'), ('190', '192', '19'),
     'U.S. Marines and paratroopers invaded the Caribbean island of Grenada on Tuesday, six days after a '
     'military coup.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('160', '161', '16', '12'),
     'North Korea on Friday announced it was pulling out of the International Atomic Energy Agency in '
     'protest at its demands for special inspections.'),
]

# batch 5: other target shapes
B5: list[Row] = [
    (('IRN', 'IRNGOV'), ('FRA', 'FRAGOV'), ('16', '160', '161', '166', '17', '174'),
     'Iran on Tuesday expelled three French diplomats, accusing them of spying, in a deepening row with '
     'Paris.'),
    (('USA', 'GBR', 'USAMIL', 'GBRMIL', 'USAGOV', 'GBRGOV'), ('IRQ', 'IRQMIL'), ('195', '190', '19'),
     'U.S. and British aircraft carried out new air strikes on Iraqi air defence sites on Monday after '
     'being targeted by anti-aircraft fire.'),
    (('IDN', 'IDNMIL'), ('IDN', 'TLS', 'IDNCVL', 'TLSCVL', 'IDNOPP', 'TLSOPP'),
     ('175', '180', '190', '18', '19', '17'),
     'Indonesian troops opened fire on pro-independence protesters in the East Timorese capital Dili on '
     'Friday, killing at least 12.'),
    (('KOR', 'KORCOP'), ('KOR', 'KOREDU', 'KORCVL'), ('173', '170'),
     'Police in Seoul arrested more than 300 students on Monday after clashes at a rally demanding the '
     'withdrawal of U.S. troops.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PAL', 'PSEINS', 'PSEREB', 'PSECVL', 'ISRCVL'), ('174', '170'),
     'Israel on Thursday deported 415 Palestinians suspected of links with Islamic militant groups to '
     'southern Lebanon.'),
    (('IRQ', 'IRQMIL'), ('IGO',), ('190', '19', '195'),
     'Iraqi troops fired on a U.N. helicopter carrying weapons inspectors near Baghdad on Sunday, the '
     'United Nations said.'),
    (('SDN', 'SDNGOV'), ('GBR', 'GBRGOV'), ('16', '160', '161', '17', '174'),
     'Sudan on Wednesday expelled the British ambassador after London was accused of supporting southern '
     'rebels.'),
    (('TUR', 'TURREB'), ('TUR', 'TURMIL'), ('190', '19', '18', '180'),
     'Kurdish guerrillas of the Kurdistan Workers Party ambushed a Turkish army convoy in the southeast on '
     'Tuesday, killing 17 soldiers.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('16', '161', '160'),
     'India recalled its high commissioner from Pakistan on Thursday in protest at the attack on its '
     'parliament.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('08', '085', '080', '081'),
     'The United States lifted its 19-year trade embargo against Vietnam on Thursday, ending one of the last '
     'vestiges of the war.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAMIL'), ('190', '19', '18', '180'),
     'Tamil Tiger rebels attacked a navy base in northeastern Sri Lanka before dawn on Sunday, killing 30 '
     'sailors.'),
    (('RUS', 'RUSGOV'), ('GBR', 'GBRGOV'), ('16', '160', '161', '17', '174'),
     'Russia on Friday expelled nine British diplomats and businessmen for alleged spying.'),
    (('PER', 'PERGOV'), ('PER', 'PERLEG'), ('172', '1724', '170', '17'),
     'Peruvian President Alberto Fujimori dissolved Congress on Sunday night and suspended the '
     'constitution, saying lawmakers had blocked his reforms.'),
    (('USA', 'USAGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGINS', 'SAU', 'SAUREB', 'SAUINS'),
     ('195', '190', '19'),
     'U.S. cruise missiles struck suspected guerrilla training camps in Afghanistan on Thursday in '
     'retaliation for the bombing of two U.S. embassies in East Africa.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('164', '16', '160'),
     'China on Sunday suspended its military contacts with the United States in protest at the bombing of '
     'its Belgrade embassy.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNREL'), ('195', '190', '19'),
     'Israeli helicopter gunships attacked Hizbollah positions in southern Lebanon on Monday after '
     'guerrillas killed two soldiers.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('054', '050', '046', '040'),
     'Britain and Argentina on Thursday restored diplomatic relations severed by the 1982 Falklands war.'),
]

# batch 6: controls (no target party, history, a plan, a condition, a denial)
B6: list[Row] = [
    ((), (), ('19', '18'),
     'The Soviet army invaded Afghanistan in December 1979 and remained there for nine years, losing some '
     '15,000 men.'),
    ((), (), ('16',),
     'The United States would consider new sanctions against India if it conducted more nuclear tests, a '
     'State Department spokesman said.'),
    ((), (), ('19', '18'),
     'Iraq denied on Monday that its air defences had fired on U.S. and British aircraft patrolling the '
     'no-fly zone.'),
    ((), (), ('19', '18'),
     'A cyclone with winds of 200 km an hour struck coastal Bangladesh on Tuesday, killing at least 1,000 '
     'people.'),
    ((), (), ('19', '18', '14'),
     "Lebanon's civil war, which began in 1975 and ended in 1990, killed more than 150,000 people."),
    ((), (), ('11',),
     'Britain expressed disappointment on Friday with the outcome of the meeting, officials said.'),
    ((), (), ('19',),
     'Israel plans to withdraw its troops from southern Lebanon by July, Prime Minister Ehud Barak told the '
     'cabinet on Sunday.'),
    ((), (), ('17', '19'),
     'Heavy snow closed schools and roads across northern Japan on Monday, cutting off dozens of villages.'),
    ((), (), ('16', '11'),
     'The U.N. Security Council will meet on Friday to discuss the crisis in Somalia, diplomats said.'),
    ((), (), ('19', '18'),
     'The 1967 Middle East war, in which Israel captured the West Bank and Gaza Strip, is remembered by '
     'Palestinians as the setback.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3, "batch4": B4, "batch5": B5,
                               "batch6": B6}
ALL33: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
