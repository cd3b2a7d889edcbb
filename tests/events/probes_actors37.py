"""Probes of the thirty-fifth session (wip/actors37): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): liberation
movements and ruling parties that became the government (the ANC, SWAPO, ZANU-PF, Frelimo, the MPLA: GOV by
the story's date unless the sentence sets it before power), police and military forces by their kind
(gendarmes, border police, riot police, military police: COP; national and presidential guards: MIL),
leaders who governed in two terms (Benazir Bhutto, Nawaz Sharif, Yitzhak Rabin: GOV when the sentence shows
them in office, OPP between terms), era ministers, rebel and separatist leaders and independence fronts
(Chechen, Kashmiri, Tamil, Kurdish, Moro, New Caledonia, East Timor, Western Sahara, Bougainville), and
troops attacked near a town (the troops, not the town's civilians). Written in one batch and committed
before the coder ran on them. Each row has the actor codes (country + first sector, matched as probe_match
does) and the CAMEO roots an analyst would accept.

First run, blind (43 rows, main bfc32aeb + this file, committed 0c5e0916 before any run): country + root 35,
actor + root 28. Three rows were corrected after the run as writing errors by the codebook or the project's
conventions: farmers are AGR (the sector table), so the riot police's farmers accept FRAAGR; rejecting
charges is CAMEO 016 (deny responsibility, root 01), so Frelimo's row accepts root 01; "called on Indonesia
to hold a referendum" is an appeal (root 02) as much as a demand. With them the first run reads 37 / 31 (main
bfc32aeb on the corrected rows). After the session's fixes: 39 / 37.

Batch 2 (`ACTORS37B`, 29 rows, committed 19ec85b2 after the first fixes and before any run on it): first run
25 / 22; one row corrected as a writing error by the codebook (riot police shooting demonstrators dead is
violent repression, 175, root 17, which the row left out), so 26 / 23; after the later fixes (the
separatist and guerrilla titles; era rows) 26 / 24. The misses of both batches are strict gaps in
tests/events/test_probes_actors37.py.

`python tests/events/probes_actors37.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS37: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # movements and parties that became the government
    (('ZAFGOV', 'ZAF', 'ZAFPTY'), ('ZAFOPP', 'ZAF', 'ZAFPTY', 'ZAFGOV'), ('11', '12'),
     'JOHANNESBURG (Reuters) - The ruling African National Congress on Monday accused the Inkatha Freedom '
     'Party of arming hostel dwellers in Soweto.'),
    (('NAMGOV', 'NAM', 'NAMPTY'), ('NAMOPP', 'NAM'), ('12', '11'),
     'WINDHOEK (AP) - The ruling South West Africa People\'s Organisation on Friday rejected opposition '
     'demands for an inquiry into the detention of dissidents during the independence war.'),
    (('ZWEGOV', 'ZWE', 'ZWEPTY'), ('ZWEOPP', 'ZWE'), ('11', '12'),
     'HARARE (Reuters) - President Robert Mugabe\'s ZANU-PF party on Wednesday accused the opposition '
     'Movement for Democratic Change of plotting violence before the election.'),
    (('MOZGOV', 'MOZ', 'MOZPTY'), ('MOZOPP', 'MOZ', 'MOZREB'), ('12', '11', '01'),
     'MAPUTO (AFP) - Frelimo on Tuesday rejected charges by Renamo that the general election had been '
     'rigged.'),
    (('AGOGOV', 'AGO', 'AGOPTY'), ('AGOREB', 'AGO'), ('11', '12'),
     'LUANDA (Reuters) - The ruling MPLA on Monday accused UNITA rebels of shelling the besieged city of '
     'Kuito.'),
    (('RWAGOV', 'RWA', 'RWAMIL'), ('RWAREB', 'RWA', 'RWAUAF'), ('19', '18'),
     'KIGALI (Reuters) - Troops of the Rwandan Patriotic Army on Thursday killed 40 Hutu militiamen in the '
     'northwestern prefecture of Ruhengeri, the army said.'),
    # police and military forces by their kind
    (('TURCOP', 'TUR'), ('TURREB', 'TUR', 'TURUAF'), ('19', '18'),
     'ANKARA (Reuters) - Turkish gendarmes on Sunday killed 12 Kurdish guerrillas in a clash near the Iraqi '
     'border, the provincial governor said.'),
    (('ISRCOP', 'ISR'), ('PSECVL', 'PSE', 'PSEUAF'), ('18', '19', '17'),
     'Israeli border police on Friday fired rubber bullets at stone-throwing Palestinians in Hebron, '
     'wounding nine.'),
    (('KORCOP', 'KOR'), ('KOREDU', 'KOR', 'KORCVL'), ('17', '18', '14'),
     'SEOUL (Yonhap) - Riot police on Wednesday fired tear gas to disperse thousands of students demanding '
     'direct presidential elections.'),
    (('VENMIL', 'VEN'), ('VENEDU', 'VEN', 'VENCVL'), ('17', '18', '19'),
     'Venezuelan National Guard troops on Thursday fired tear gas at students protesting against a rise in '
     'bus fares in Caracas.'),
    (('TGOMIL', 'TGO'), ('TGOOPP', 'TGO', 'TGOCVL'), ('18', '19', '17'),
     'LOME (AFP) - Members of the presidential guard on Monday opened fire on opposition demonstrators '
     'outside the presidential palace, witnesses said.'),
    (('BRACOP', 'BRA'), ('BRACVL', 'BRA', 'BRALAB'), ('17', '18'),
     'Military police in the northeastern state of Pernambuco on Tuesday evicted 500 landless families '
     'from a sugar estate.'),
    (('FRACOP', 'FRA'), ('FRACVL', 'FRA', 'FRAAGR'), ('17', '18'),
     'PARIS (AP) - French riot police on Saturday used tear gas to break up a protest by farmers outside '
     'the Agriculture Ministry.'),
    # leaders who governed in two terms
    (('PAKOPP', 'PAK'), ('PAKGOV', 'PAK'), ('11', '12'),
     'ISLAMABAD (Reuters) - Opposition leader Benazir Bhutto on Sunday accused Prime Minister Nawaz Sharif '
     'of rigging the general election.'),
    (('PAKGOV', 'PAK'), ('INDGOV', 'IND', 'INDMIL'), ('11', '12'),
     'Prime Minister Benazir Bhutto on Wednesday accused India of training Sikh militants to destabilise '
     'Pakistan.'),
    (('PAKOPP', 'PAK', 'PAKPTY'), ('PAKGOV', 'PAK', 'PAKCOP'), ('11', '12'),
     'KARACHI (AP) - Bhutto\'s Pakistan People\'s Party on Monday accused the government of arresting 2,000 '
     'of its workers.'),
    (('PAKOPP', 'PAK', 'PAKPTY'), ('PAKMIL', 'PAK', 'PAKGOV'), ('10', '11'),
     'ISLAMABAD (Reuters) - Nawaz Sharif\'s Pakistan Muslim League on Saturday demanded that the military '
     'government free its detained leaders.'),
    (('PAKGOV', 'PAK'), ('INDMIL', 'IND', 'INDGOV'), ('11', '12'),
     'Pakistani Prime Minister Nawaz Sharif on Friday accused India of massing troops along the Line of '
     'Control in Kashmir.'),
    (('ISROPP', 'ISR', 'ISRPTY', 'ISRGOV'), ('ISRGOV', 'ISR'), ('11', '12'),
     'JERUSALEM (AP) - Labour Party leader Yitzhak Rabin on Monday accused Prime Minister Yitzhak Shamir of '
     'wrecking the peace talks.'),
    (('ISRGOV', 'ISR'), ('PSEREB', 'PSE', 'PSEMOS'), ('17', '13', '12'),
     'Prime Minister Yitzhak Rabin on Sunday ordered the deportation of 400 Hamas activists to southern '
     'Lebanon.'),
    # era ministers
    (('IRNGOV', 'IRN'), ('IRQGOV', 'IRQ', 'IRQMIL'), ('11', '12'),
     'TEHRAN (IRNA) - Foreign Minister Ali Akbar Velayati on Tuesday accused Iraq of violating the '
     'ceasefire along the border.'),
    (('IRNGOV', 'IRN'), ('SAUGOV', 'SAU'), ('04', '03'),
     'Iranian Foreign Minister Kamal Kharrazi on Monday held talks with Saudi Crown Prince Abdullah in '
     'Jeddah.'),
    (('PAKGOV', 'PAK'), ('INDSPY', 'IND', 'INDGOV'), ('11', '12'),
     'KARACHI, Pakistan (AP) - Interior Minister Naseerullah Babar on Sunday blamed India\'s intelligence '
     'agency for a string of bomb blasts in the city.'),
    (('PAKGOV', 'PAK'), ('IGOUNO', 'IGO'), ('10', '02'),
     'Pakistani Foreign Minister Gohar Ayub Khan on Thursday urged the United Nations to send observers to '
     'Kashmir.'),
    # rebel and separatist leaders and their movements
    (('RUSREB', 'RUS'), ('RUSGOV', 'RUS', 'RUSCVL'), ('13',),
     'Chechen rebel commander Shamil Basayev on Wednesday threatened to carry the war into Russian cities.'),
    (('RUSREB', 'RUS'), ('RUSGOV', 'RUS'), ('12',),
     'GROZNY (AP) - Separatist leader Dzhokhar Dudayev on Monday rejected Moscow\'s offer of talks.'),
    (('INDREB', 'IND', 'INDUAF', 'INDOPP'), ('INDMIL', 'IND'), ('11', '12'),
     'SRINAGAR (Reuters) - Yasin Malik, leader of the Jammu and Kashmir Liberation Front, on Friday accused '
     'Indian troops of killing civilians in a raid.'),
    (('INDREB', 'IND', 'INDUAF'), ('INDCOP', 'IND'), ('18', '19'),
     'Hizbul Mujahideen guerrillas on Sunday shot dead two policemen in Srinagar.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'COLOMBO (Reuters) - Tamil Tiger rebels on Tuesday attacked a naval base near Trincomalee, the defence '
     'ministry said.'),
    (('LKAREB', 'LKA'), ('LKAGOV', 'LKA'), ('12',),
     'Tamil Tiger leader Velupillai Prabhakaran on Saturday rejected the government\'s offer of regional '
     'autonomy.'),
    (('TURREB', 'TUR'), ('TURGOV', 'TUR'), ('03', '08', '02'),
     'Kurdish rebel leader Abdullah Ocalan on Monday offered a unilateral ceasefire to the Turkish '
     'government.'),
    (('IRQREB', 'IRQ', 'IRQOPP'), ('IRQREB', 'IRQ', 'IRQOPP'), ('11', '12'),
     'Massoud Barzani\'s Kurdistan Democratic Party on Friday accused Jalal Talabani\'s Patriotic Union of '
     'Kurdistan of attacking its positions.'),
    (('PHLREB', 'PHL'), ('PHLMIL', 'PHL'), ('11', '12'),
     'COTABATO, Philippines (AP) - The Moro Islamic Liberation Front on Wednesday accused government troops '
     'of attacking its camps.'),
    (('PHLGOV', 'PHL'), ('PHLREB', 'PHL'), ('04',),
     'Philippine President Fidel Ramos on Monday met Moro National Liberation Front chairman Nur Misuari in '
     'Jakarta.'),
    # independence fronts of territories
    (('NCLOPP', 'NCL', 'NCLREB', 'NCLPTY'), ('FRACOP', 'FRA', 'NCLCOP', 'NCL'), ('11', '12'),
     'NOUMEA, New Caledonia (AFP) - The pro-independence FLNKS on Tuesday accused French gendarmes of '
     'beating Kanak villagers.'),
    (('TMPREB', 'TMP', 'TLSREB', 'TLS', 'IDNREB'), ('IDNMIL', 'IDN'), ('19', '18'),
     'Fretilin guerrillas on Saturday ambushed an Indonesian army patrol in East Timor, killing three '
     'soldiers, church sources said.'),
    (('TMPREB', 'TMP', 'TLSREB', 'TLS', 'IDNREB', 'TMPOPP', 'TLSOPP'), ('IDNGOV', 'IDN'), ('10', '11', '02'),
     'Jailed East Timorese resistance leader Xanana Gusmao on Monday called on Indonesia to hold a '
     'referendum on independence.'),
    (('ESHREB', 'ESH', 'MARREB'), ('MARMIL', 'MAR'), ('19', '18'),
     'Polisario guerrillas on Thursday attacked Moroccan army positions along the defensive wall in Western '
     'Sahara.'),
    (('PNGREB', 'PNG'), ('PNGMIL', 'PNG'), ('19', '18'),
     'Bougainville Revolutionary Army rebels on Friday killed four Papua New Guinea soldiers in an ambush '
     'near Arawa.'),
    # troops attacked near a town
    (('UGAREB', 'UGA'), ('UGAMIL', 'UGA'), ('19', '18'),
     'KAMPALA (Reuters) - Rebels on Tuesday ambushed an army convoy near the northern town of Gulu, killing '
     '12 soldiers, the army said.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'Tamil guerrillas overran a military camp near the northern town of Kilinochchi on Wednesday, the '
     'Sri Lankan army said.'),
    (('IDNREB', 'IDN'), ('IDNMIL', 'IDN'), ('19', '18'),
     'Separatist rebels killed eight soldiers near the town of Lhokseumawe in Aceh province, the '
     'Indonesian military said.'),
    (('SDNREB', 'SDN'), ('SDNMIL', 'SDN'), ('19', '18'),
     'KHARTOUM (AFP) - Southern rebels said on Sunday they had shot down a government transport plane near '
     'the town of Juba.'),
]

# batch 2: written after the first fixes and committed before any run on it
ACTORS37B: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    (('KENCOP', 'KEN'), ('KENEDU', 'KEN', 'KENCVL'), ('17', '18'),
     'NAIROBI (Reuters) - Kenyan paramilitary police on Saturday fired tear gas at university students '
     'protesting against fee increases.'),
    (('BRACOP', 'BRA'), ('BRACVL', 'BRA', 'BRACRM'), ('17',),
     'Military police in Rio de Janeiro on Thursday arrested 40 suspects in a raid on a hillside slum.'),
    (('TURCOP', 'TUR'), ('TUROPP', 'TUR', 'TURPTY'), ('17',),
     'Turkish gendarmes on Wednesday detained 25 members of a pro-Kurdish party in the southeastern province '
     'of Mardin.'),
    (('PAKGOV', 'PAK'), ('PAKOPP', 'PAK'), ('11', '12'),
     'Prime Minister Benazir Bhutto on Saturday accused the opposition of plotting to topple her '
     'government.'),
    (('PAKGOV', 'PAK'), ('PAKGOV', 'PAK', 'PAKELI'), ('11', '12'),
     'Prime Minister Nawaz Sharif on Tuesday accused President Farooq Leghari of blocking his reforms.'),
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('11', '12'),
     'DHAKA (Reuters) - Opposition leader Sheikh Hasina on Monday accused Prime Minister Khaleda Zia\'s '
     'government of rigging a by-election.'),
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('10', '14', '11'),
     'Khaleda Zia\'s Bangladesh Nationalist Party on Sunday demanded the resignation of the government.'),
    (('PAKELI', 'PAK', 'PAKOPP'), ('PAKGOV', 'PAK', 'PAKMIL'), ('11', '12'),
     'Former Pakistani Prime Minister Benazir Bhutto on Sunday accused the military government of '
     'persecuting her party.'),
    (('RUSREB', 'RUS'), ('RUS', 'RUSCVL', 'RUSGOV'), ('13',),
     'Chechen separatist commander Salman Raduyev on Thursday threatened new attacks on Russian towns.'),
    (('INDREB', 'IND', 'INDOPP'), ('INDMIL', 'IND'), ('11', '12'),
     'Kashmiri separatist leader Shabir Shah on Monday accused Indian security forces of killing ten '
     'civilians.'),
    (('INDREB', 'IND'), ('INDMIL', 'IND'), ('19', '18'),
     'Naga rebels on Monday ambushed an army convoy near the town of Kohima, killing nine soldiers.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'Tamil Tiger guerrillas on Saturday attacked an army camp near the northeastern town of Mullaitivu.'),
    (('TURREB', 'TUR'), ('TURCOP', 'TUR', 'TURMIL'), ('19', '18'),
     'Kurdish rebels on Sunday raided a gendarmerie post near the town of Sirnak, killing four gendarmes.'),
    (('PHLREB', 'PHL'), ('PHLMIL', 'PHL'), ('19', '18'),
     'Moro rebels on Wednesday attacked a military detachment near the town of Buldon in Maguindanao.'),
    (('ESHREB', 'ESH', 'MARREB'), ('MARGOV', 'MAR'), ('11', '12'),
     'Polisario Front chief Mohamed Abdelaziz on Friday accused Morocco of stalling the U.N. peace '
     'plan.'),
    (('PNGREB', 'PNG'), ('PNGMIL', 'PNG'), ('08',),
     'The Bougainville Revolutionary Army on Tuesday released two Papua New Guinea soldiers it had held for '
     'a year.'),
    (('TLSREB', 'TLS', 'IDNREB'), ('IDNMIL', 'IDN'), ('18', '19'),
     'East Timorese guerrillas on Monday killed two Indonesian soldiers in an ambush, church sources said.'),
    (('NCLREB', 'NCL', 'NCLOPP', 'FRAREB'), ('FRAGOV', 'FRA'), ('12',),
     'NOUMEA (AFP) - FLNKS leader Jean-Marie Tjibaou on Thursday rejected the French government\'s plan for '
     'the territory.'),
    (('ZWEGOV', 'ZWE'), ('ZWEAGR', 'ZWE', 'ZWEBUS'), ('11', '12'),
     'The ruling ZANU-PF party on Monday accused white farmers of funding the opposition.'),
    (('MOZGOV', 'MOZ'), ('MOZOPP', 'MOZ', 'MOZREB'), ('11', '12'),
     'Frelimo on Sunday accused Renamo of rearming its former guerrillas in central Mozambique.'),
    (('AGOGOV', 'AGO'), ('AGOREB', 'AGO'), ('12',),
     'LUANDA (AFP) - The MPLA government on Wednesday rejected a UNITA demand for a share of provincial '
     'governorships.'),
    (('NICOPP', 'NIC'), ('NICGOV', 'NIC'), ('11', '12'),
     'The Sandinista Front on Thursday accused President Arnoldo Aleman of using the police against its '
     'supporters.'),
    (('MOZOPP', 'MOZ'), ('MOZGOV', 'MOZ'), ('11', '12'),
     'Renamo on Monday accused the ruling Frelimo party of rigging the vote count.'),
    (('IRQMIL', 'IRQ'), ('IRQREB', 'IRQ'), ('19', '18'),
     'The Republican Guard on Friday shelled Shi\'ite rebel positions near Basra.'),
    (('VENMIL', 'VEN'), ('VENEDU', 'VEN'), ('17',),
     'Venezuela\'s National Guard on Monday arrested 15 students after a riot in Merida.'),
    (('NGACOP', 'NGA'), ('NGAOPP', 'NGA', 'NGACVL'), ('18', '19', '20', '17'),
     'Nigerian riot police on Saturday shot dead three pro-democracy demonstrators in Lagos.'),
    (('SRBREB', 'SRB', 'YUGREB'), ('SRBCOP', 'SRB', 'YUGCOP'), ('19', '18'),
     'Ethnic Albanian guerrillas on Wednesday attacked a Serbian police patrol near the town of Podujevo.'),
    (('IRNGOV', 'IRN', 'IRNMIL'), ('OMNGOV', 'OMN', 'OMNMIL'), ('04',),
     'Iranian Defence Minister Ali Shamkhani on Monday met his Omani counterpart in Muscat.'),
    (('PAKGOV', 'PAK'), ('INDGOV', 'IND'), ('11', '12'),
     'Pakistan\'s Interior Minister Chaudhry Shujaat Hussain on Sunday accused India of sponsoring terrorism '
     'in Punjab province.'),
]


if __name__ == "__main__":
    report("actors37", ACTORS37, full=False, date=DATE)
    report("actors37b", ACTORS37B, full=False, date=DATE)
