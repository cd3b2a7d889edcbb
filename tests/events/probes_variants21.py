"""Variant probes of the nineteenth session (lead21): does a reading the coder gets right on a record it
was tuned on survive when the same act is told of other parties, or in another construction?

The read half of PLOVER dev (the CAMEO manual's examples) is coded right at actor + root on 87 of 126
records, its unread half only at 0.56 actor + root F1: rules fit the sentences they were read from. Each
row here restates one act of a read-half record the coder gets right, in our own wording:

* SURFACE21: the same construction with other countries, people and places, another tense or adverbial,
  an attribution added or dropped. A miss here is a rule tied to its record's words.
* SHAPE21: the same kinds of act in another construction: passive with "by", an act inside a relative
  clause or a fronted participle, a light verb and its noun, coordination, an attribution in front.
* LONG21 (written after the first run of the two above, before its own): the same kinds of act with the
  clutter of real wire copy around them: appositions and relative clauses on the parties, background
  clauses naming other parties, attributions.

Rows: (accepted sources, accepted targets, accepted CAMEO roots, sentence), matched as in probe_match.py
(country + root, actor + root). Dated 2000-01-01 like the GSR records. Each list was written in one
batch and committed before the coder ran on it. `EXTRA` counts, per list, the triples a sentence gets
beyond what its rows accept (an analyst sees those as wrong).

First run, blind: filled in after the first run.
"""

from __future__ import annotations

from probe_match import coded, cut, matches

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

SURFACE21: list[Row] = [
    # batch 1: the read half's constructions, told of other parties
    (('CHL', 'CHLGOV'), ('PER', 'PERGOV'), ('03',),
     'Chile and Peru have agreed upon a new border pact between the two countries, the Chilean foreign '
     'ministry announced Monday.'),
    (('PER', 'PERGOV'), ('CHL', 'CHLGOV'), ('03',),
     'Chile and Peru have agreed upon a new border pact between the two countries, the Chilean foreign '
     'ministry announced Monday.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('03', '06'),
     'Egypt and Sudan have agreed to hold joint naval exercises next month, an Egyptian official said.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), ('03', '06'),
     'Egypt and Sudan have agreed to hold joint naval exercises next month, an Egyptian official said.'),
    (('SDN',), ('EGY', 'EGYGOV'), ('03',),
     'Sudan has offered to hand over to Egypt three men suspected of plotting to kill President Hosni '
     'Mubarak, a Sudanese newspaper said.'),
    (('POL',), ('IGO',), ('03', '05'),
     'Poland has said it will support a NATO resolution that aims to impose a no-fly zone over Bosnia.'),
    (('IRN',), ('IRQGOV',), ('03',),
     "Iran has again offered its help to Iraq's new Prime Minister Nouri al-Maliki to restore security "
     'in Baghdad.'),
    (('IGO',), ('SDNREF',), ('03', '07'),
     'The European Union will provide 10,000 tons of food aid to refugees fleeing the fighting in Sudan, '
     'an EU spokesman said on Friday.'),
    (('ISR', 'ISRGOV'), ('LBN',), ('03',),
     'Israel says it is willing to withdraw its troops from southern Lebanon after eighteen years of '
     'occupation.'),
    (('FRAGOV',), ('DZAGOV',), ('03',),
     'On May 4, Chirac offered to negotiate with the president of Algeria over the fate of the hostages.'),
    (('FRA', 'FRAMIL'), ('LBNCVL', 'LBN'), ('07',),
     'French helicopters evacuated the wounded from the besieged Lebanese town of Qana on Monday.'),
    (('MEX', 'MEXGOV'), ('CUBMIL',), ('07',),
     'Mexico has granted political asylum to four Cuban army officers who fled to its embassy in Havana, '
     'the Mexican foreign ministry said on Tuesday.'),
    (('LKA', 'LKAREB', 'LKAUAF'), ('LKACVL',), ('18',),
     'Two Tamil suicide bombers killed 30 people as well as themselves on Sunday when they blew themselves '
     'up in Colombo, police said.'),
    (('AFGUAF',), ('CANMIL',), ('18',),
     'A roadside bombing near the town of Kandahar on Tuesday killed two Canadian soldiers and wounded '
     'three others, the military said.'),
    (('IRQUAF',), ('GBRMIL',), ('18',),
     'Four British soldiers were killed by a roadside bomb outside the southern Iraqi city of Amara.'),
    (('EGYCOP',), ('EGYEDU',), ('17',),
     'Egyptian police blocked a march organised by students at Cairo University to protest against the '
     'war in Iraq.'),
    (('SDNMIL',), ('SDNCVL',), ('17', '18'),
     'The Sudanese army forced out on Tuesday thousands of villagers from their homes in Darfur during an '
     'offensive against rebels, aid workers said.'),
    (('IDNMIL',), ('IDNCVL',), ('17',),
     'Indonesian army bulldozers demolished the homes of squatters in northern Jakarta on Tuesday, '
     'residents said.'),
    (('INDMIL',), ('INDCVL',), ('17',),
     'Indian soldiers arrested more than 50 Kashmiris on Friday in a security sweep of the old city of '
     'Srinagar, police sources said.'),
    (('KENCOP',), ('KENOPP', 'KENCVL'), ('17',),
     'Kenyan police opened fire to disperse opposition demonstrators in Nairobi on Tuesday, arresting 30, '
     'witnesses said.'),
    (('IND', 'INDGOV'), ('IND', 'INDCVL'), ('08',),
     'India lifted a night curfew in Kashmir where 30 people have been killed in riots this year.'),
    (('NPLGOV',), ('NPL', 'NPLCVL'), ('08',),
     "Nepal's government on Monday lifted a state of emergency that was imposed three months ago after "
     'clashes with Maoist rebels, state radio reported.'),
    (('EGYGOV',), ('SYR', 'SYRGOV'), ('04',),
     "Egypt's president launched a mediation effort on Sunday between Syria and Lebanon."),
    (('EGYGOV',), ('LBN', 'LBNGOV'), ('04',),
     "Egypt's president launched a mediation effort on Sunday between Syria and Lebanon."),
    (('INDMIL',), ('RUSMIL',), ('06',),
     'Indian and Russian warships on Tuesday launched a week of war games in the Bay of Bengal, the Indian '
     'navy said.'),
    (('RUSMIL',), ('INDMIL',), ('06',),
     'Indian and Russian warships on Tuesday launched a week of war games in the Bay of Bengal, the Indian '
     'navy said.'),
    (('UKRLEG',), ('RUS', 'RUSGOV'), ('10',),
     "Ukraine's parliament has demanded an apology from Moscow for the famine of the 1930s."),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('10',),
     'Beijing on Monday demanded that Japan cancel plans to send warships to the disputed islands.'),
    (('LBNGOV',), ('ISR',), ('10',),
     'Lebanese officials demanded Tuesday that Israel release all Lebanese prisoners.'),
    (('FRA',), ('DEU',), ('10',),
     'According to reports France is pushing hard for Germany to support its plan for a European army.'),
    (('IGO',), ('SOM',), ('10',),
     'Sadako Ogata, the United Nations High Commissioner for Refugees, demanded parties to the conflict in '
     'Somalia to allow aid convoys through.'),
    (('GRC',), ('TUR',), ('11',),
     "Greece on Monday denounced as a provocation Turkey's violation of its airspace over the Aegean."),
    (('SYR',), ('ISR',), ('11',),
     'Syria complained to the United Nations on Monday over Israeli air raids on its territory last week.'),
    (('LKAMIL',), ('LKAREB',), ('19',),
     'Sri Lankan troops have captured a key Tamil Tiger base in the north after three days of fighting, '
     'the military said on Tuesday.'),
    (('UGAREB',), ('UGACVL', 'UGA'), ('19',),
     'Ugandan rebels shelled the northern town of Gulu on Saturday, killing 12 people, aid workers said.'),
    (('AFGUAF',), ('AFGCVL',), ('18', '19'),
     'A land mine explosion near the town of Kandahar killed three Afghan children on Monday.'),
    (('PERJUD',), ('PERGOV', 'PERELI'), ('09',),
     'A Peruvian judge opened corruption investigations against 12 former government officials accused '
     'of taking bribes, the court said Monday.'),
    (('FRA',), ('GBRCVL',), ('09',),
     'A British national has been put under investigation in France for his possible role in rioting '
     'during a football match in Marseille.'),
    (('TURMIL',), ('TURREB', 'IRQREB'), ('15',),
     'The Turkish army prepared to resume shelling Kurdish rebel positions in northern Iraq as talks on '
     'the political front stalled.'),
    (('BGDEDU',), ('BGDGOV',), ('14',),
     'Thousands of university students in Bangladesh staged demonstrations on Sunday to demand the '
     "resignation of Prime Minister Khaleda Zia's government."),
    (('CHN', 'CHNCVL'), ('CHN', 'CHNGOV'), ('14',),
     'Thousands of Tibetans demonstrated in Lhasa on Monday calling for independence from China, '
     'witnesses said.'),
    (('PAK',), ('IND',), ('12',),
     'Pakistan has once again rejected an Indian proposal for a no-war pact.'),
    (('FRAGOV',), ('DZAGOV',), ('12',),
     "Paris rejected recent calls by Algeria's rulers for immediate debt relief."),
    (('JORGOV',), ('USA',), ('12',),
     'The Jordanian government has refused to commit troops to the US-led war against Iraq, citing '
     'domestic opposition.'),
    (('SYRGOV',), ('IGO',), ('12',),
     'Damascus again rejected Monday a United Nations appeal to withdraw its troops from Lebanon.'),
    (('INDGOV',), ('PAK',), ('12',),
     'Indian Prime Minister Atal Behari Vajpayee today rejected a fresh offer from Pakistan for direct '
     'talks on Kashmir.'),
    (('DEU',), ('ZWE',), ('16',),
     'Germany said on Monday it had halted development aid to Zimbabwe over the seizure of white-owned '
     'farms.'),
    (('USAGOV',), ('SYR',), ('16',),
     'President George W. Bush has imposed sanctions on Syria for its support of militant groups, the '
     'White House said Thursday.'),
    (('IRQ',), ('IGO',), ('16',),
     'Iraq expelled inspectors of the International Atomic Energy Agency from its nuclear sites in 1998.'),
    (('FRAGOV',), ('MAR',), ('05',),
     "A senior French official today praised Morocco's efforts to improve its record on human rights."),
    (('VNM',), ('KOR', 'KORGOV'), ('05',),
     'Vietnam has established diplomatic ties with South Korea, the foreign ministry said on Friday.'),
    (('CHL',), ('ARG',), ('05',),
     'Chile has apologized to Argentina for one of its navy ships entering Argentine waters.'),
    (('JPNGOV',), ('USA',), ('13',),
     'A Japanese minister threatened today to impose import restrictions against American beef.'),
    (('GEOLEG',), ('RUS',), ('13',),
     'The Georgian parliament threatened on Tuesday to break relations with Russia unless Moscow withdrew '
     'its troops.'),
    (('TUR',), ('SYR',), ('13',),
     'Turkey threatened to close its border with Syria if Damascus continued to shelter Kurdish rebels.'),
    (('ZWEGOV',), ('ZWEOPP',), ('13',),
     'President Robert Mugabe has threatened to ban Zimbabwean opposition parties from taking part in '
     'the elections.'),
    (('CHN',), ('USA',), ('13',),
     'China has threatened to halt talks on trade if the United States goes ahead with arms sales to '
     'Taiwan.'),
    (('IGO',), ('MMR',), ('13', '16'),
     'The European Union confirmed on Monday it would tighten its sanctions against Burma.'),
    (('NPLREB',), ('NPLGOV',), ('14',),
     'Maoist rebels in Nepal on Monday blocked roads into Kathmandu as they continued their campaign to '
     'overthrow the government of King Gyanendra.'),
    (('LKAREB',), ('LKAGOV',), ('12',),
     'Rebels in Sri Lanka on Thursday dismissed an appeal from President Chandrika Kumaratunga to return '
     'to peace talks.'),
    (('USA',), ('PAK',), ('16',),
     'The United States suspended military aid to Pakistan after its nuclear tests, the Washington Post '
     'reported on Friday.'),
]

SHAPE21: list[Row] = [
    # batch 2: the same kinds of act in other constructions
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('12',),
     "Washington's demand that Beijing release the detained crew was rejected by China on Tuesday."),
    (('IGO',), ('IRN',), ('16',),
     'Sanctions were imposed on Iran by the European Union on Monday over its nuclear programme.'),
    (('TURMIL',), ('TURREB', 'IRQREB', 'IRQ'), ('19',),
     'A Kurdish rebel base in northern Iraq was captured by Turkish troops after two days of fighting.'),
    (('EGYGOV',), ('SDN',), ('02', '10'),
     'The Egyptian foreign minister, who arrived in Khartoum on Sunday, urged Sudan to hand over three '
     'suspects.'),
    (('PAK',), ('IND',), ('12',),
     'Pakistan, which has fought three wars with India, rejected an Indian offer of talks on Monday.'),
    (('ETHMIL',), ('ERIMIL', 'ERI'), ('19',),
     'Rejecting a United Nations appeal for a ceasefire, Ethiopian troops shelled Eritrean positions on '
     'Sunday.'),
    (('ETHMIL', 'ETH'), ('IGO',), ('12',),
     'Rejecting a United Nations appeal for a ceasefire, Ethiopian troops shelled Eritrean positions on '
     'Sunday.'),
    (('GRCGOV',), ('TUR',), ('11',),
     'The Greek government said on Friday it had lodged a protest with Turkey over repeated violations of '
     'its airspace.'),
    (('ISRMIL',), ('PSECVL',), ('17',),
     'Israeli troops on Tuesday arrested 20 Palestinians in the West Bank town of Nablus and demolished '
     'the homes of two militants.'),
    (('IGO',), ('ISR',), ('11',),
     "In a statement on Monday, the Arab League condemned Israel's air strikes on southern Lebanon."),
    (('FRAGOV',), ('CHNGOV',), ('04',),
     'President Jacques Chirac met Chinese President Jiang Zemin in Beijing on Thursday.'),
    (('CHNGOV',), ('FRAGOV',), ('04',),
     'President Jacques Chirac met Chinese President Jiang Zemin in Beijing on Thursday.'),
    (('JORGOV',), ('ISRGOV',), ('03', '05', '06'),
     'Jordanian and Israeli officials signed a water-sharing agreement on Sunday.'),
    (('NGO',), ('IDNGOV',), ('11',),
     'The Indonesian government was accused by Amnesty International of torturing prisoners in Aceh.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('04',),
     'Fresh talks between Israel and Syria on the Golan Heights opened in Washington on Monday.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('04',),
     'Fresh talks between Israel and Syria on the Golan Heights opened in Washington on Monday.'),
    (('BDIREB',), ('BDIGOV',), ('12',),
     'Saying they had lost all trust in the government, rebels in Burundi rejected an appeal by President '
     'Pierre Buyoya to lay down their arms.'),
    (('CHNGOV',), ('JPN', 'JPNGOV'), ('02', '10'),
     'Chinese Premier Zhu Rongji, on a visit to Japan, urged Tokyo to face up to its wartime past.'),
    (('NGA',), ('CMR',), ('03', '08'),
     'Nigeria and Cameroon, which both claim the Bakassi peninsula, agreed on Tuesday to withdraw their '
     'troops from the area.'),
    (('TURMIL',), ('TURREB', 'IRQREB', 'IRQ'), ('19',),
     'The Turkish air force bombed Kurdish rebel camps in northern Iraq on Sunday, the military said.'),
    (('BGDCOP',), ('BGDOPP',), ('17', '18', '19'),
     'Police in Bangladesh opened fire on opposition supporters in Dhaka on Monday, killing two people.'),
    (('USA', 'USAGOV'), ('CHN',), ('13', '16'),
     'Washington announced plans to impose tariffs on Chinese steel.'),
    (('UGAMIL',), ('UGAREB',), ('18', '19'),
     "The Ugandan army said its troops had killed 15 rebels of the Lord's Resistance Army in the north."),
    (('EGY',), ('ISR',), ('03', '04'),
     'After talks in Cairo, Egypt and Israel agreed to resume negotiations on Palestinian autonomy.'),
    (('VNM',), ('USA', 'USAGOV'), ('16', '17'),
     'Vietnam expelled two American diplomats on Friday for activities incompatible with their status.'),
    (('PSEGOV',), ('ISR', 'ISRMIL'), ('11',),
     "Israel's closure of the West Bank, ordered after Sunday's bombing, was condemned by the Palestinian "
     'Authority.'),
    (('SDNGOV',), ('IGO',), ('03',),
     'The Sudanese government has promised to allow United Nations human rights monitors into Darfur.'),
    (('INDCOP',), ('PAKGOV',), ('17',),
     'Indian police arrested a Pakistani diplomat in New Delhi on Tuesday on charges of spying.'),
    (('LBNREB',), ('ISRMIL',), ('18', '19'),
     'Two Israeli soldiers were wounded when Hezbollah guerrillas attacked an army post in southern '
     'Lebanon.'),
    (('GBRGOV',), ('IRQ',), ('13',),
     'Addressing parliament on Monday, Prime Minister Tony Blair warned Iraq that it faced military action.'),
    (('PHLGOV',), ('PHLREB',), ('03', '05', '08'),
     'The Philippine government and Muslim rebels on Friday signed a ceasefire agreement in Kuala Lumpur.'),
    (('JPN',), ('PRK',), ('11',),
     "North Korea's refusal to admit the inspectors was denounced by Japan on Tuesday."),
    (('COLMIL',), ('COLREB',), ('19',),
     'Colombian troops killed 12 FARC rebels in clashes in the south, the army said.'),
    (('GBR',), ('IDN',), ('16',),
     'Britain said on Tuesday it had halted arms sales to Indonesia over East Timor.'),
    (('KENGOV',), ('KENOPP',), ('17',),
     'The Kenyan government banned all opposition rallies in Nairobi on Wednesday.'),
    (('CYPGOV', 'CYP'), ('IGO',), ('12',),
     'Greek Cypriot leaders rejected Monday a United Nations plan for the reunification of the island.'),
    (('IGO',), ('SRB', 'SRBGOV', 'SRBMIL'), ('10',),
     'Meeting in Brussels on Monday, European Union foreign ministers demanded that Belgrade withdraw its '
     'forces from Kosovo.'),
]

LONG21: list[Row] = [
    # batch 3: the read half's acts with the clutter of real wire copy around them (appositions,
    # relative clauses, background clauses naming other parties, attributions), written blind
    (('GRC', 'GRCGOV'), ('TUR',), ('11',),
     "Greece, which has long disputed the Aegean boundary with Ankara, on Monday denounced Turkey's latest "
     'violation of its airspace as a dangerous provocation, the state news agency ANA reported.'),
    (('JPN', 'JPNGOV'), ('PRK',), ('11',),
     'Japan on Tuesday condemned North Korea for firing a ballistic missile over its territory, a day '
     'after South Korea and the United States ended joint military drills.'),
    (('IRNGOV',), ('IGO',), ('12',),
     'Iranian President Mohammad Khatami, speaking after talks with visiting Russian officials, rejected '
     "a United Nations call to suspend the country's nuclear programme."),
    (('ISRMIL',), ('LBN', 'LBNCVL', 'LBNREB'), ('19', '18'),
     'Israeli warplanes pounded suspected guerrilla positions in southern Lebanon on Wednesday, a day after '
     'a roadside bomb killed two Israeli soldiers in the border zone, Lebanese security sources said.'),
    (('PAK', 'PAKGOV'), ('IND',), ('12',),
     'Pakistan, which accuses New Delhi of human rights abuses in Kashmir, on Friday rejected an Indian '
     'proposal for talks on nuclear risk reduction, the foreign ministry spokesman said.'),
    (('USAGOV',), ('CUB', 'CUBGOV'), ('16',),
     'President Bill Clinton, under pressure from Cuban exile groups in Florida, tightened sanctions '
     'against Cuba on Tuesday after Cuban jets shot down two civilian planes.'),
    (('CUBMIL', 'CUB'), ('USACVL', 'USA'), ('18', '19'),
     'President Bill Clinton, under pressure from Cuban exile groups in Florida, tightened sanctions '
     'against Cuba on Tuesday after Cuban jets shot down two civilian planes.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('11',),
     "China, angered by Washington's decision to grant a visa to Taiwan's president, on Saturday lodged a "
     'strong protest with the United States, the Xinhua news agency said.'),
    (('RUSGOV',), ('UKRGOV', 'UKR'), ('04',),
     'Russian Prime Minister Viktor Chernomyrdin, who arrived in Kiev on Monday, held talks with Ukrainian '
     'President Leonid Kuchma on the division of the Black Sea fleet.'),
    (('UKRGOV', 'UKR'), ('RUSGOV',), ('04',),
     'Russian Prime Minister Viktor Chernomyrdin, who arrived in Kiev on Monday, held talks with Ukrainian '
     'President Leonid Kuchma on the division of the Black Sea fleet.'),
    (('SDNGOV',), ('IGO',), ('12',),
     'The Sudanese government, which has fought southern rebels for more than a decade, rejected on Sunday '
     'a proposal by the Organisation of African Unity to send observers to the south.'),
    (('IDNMIL',), ('IDNCVL', 'IDN', 'IDNREB'), ('17', '18', '19'),
     'Indonesian troops, hunting separatist rebels in the province of Aceh, arrested 40 villagers and '
     'burned several houses on Thursday, a human rights group said.'),
    (('NGO',), ('IDNMIL',), ('11',),
     'Amnesty International on Friday accused Indonesian troops of torturing villagers in Aceh during '
     'their hunt for separatist rebels.'),
    (('IGO',), ('SRB', 'SRBGOV'), ('13',),
     'NATO, whose planes have patrolled the skies over Bosnia since 1993, warned Belgrade on Monday that it '
     'would face air strikes if Serb forces did not pull back their heavy guns.'),
    (('EGYGOV',), ('ISR', 'ISRGOV'), ('10', '02'),
     'Egyptian President Hosni Mubarak, meeting Palestinian leader Yasser Arafat in Cairo, urged Israel to '
     'halt the building of Jewish settlements in the West Bank.'),
    (('EGYGOV',), ('PSEGOV', 'PSE'), ('04',),
     'Egyptian President Hosni Mubarak, meeting Palestinian leader Yasser Arafat in Cairo, urged Israel to '
     'halt the building of Jewish settlements in the West Bank.'),
    (('TUR', 'TURGOV'), ('SYR',), ('13',),
     'Turkey, which says Damascus shelters Kurdish guerrillas, threatened on Friday to cut off water '
     'supplies to Syria unless the guerrilla leader was expelled.'),
    (('KORGOV',), ('PRK',), ('07', '03'),
     'South Korea will send 200,000 tons of fertiliser to North Korea to ease food shortages there, the '
     'unification ministry in Seoul said on Tuesday.'),
    (('IGO',), ('IRQ',), ('16', '12'),
     'The United Nations, citing Baghdad\'s failure to account for its weapons, refused on Thursday to lift '
     'the sanctions imposed on Iraq after its invasion of Kuwait.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('11',),
     'France summoned the Algerian ambassador on Wednesday to protest against the detention of two French '
     'journalists in Algiers, the foreign ministry said.'),
    (('ZWEGOV',), ('GBR', 'GBRGOV'), ('11', '12'),
     'President Robert Mugabe, addressing supporters at a rally in Harare, accused Britain of plotting '
     'to overthrow his government and rejected calls for early elections.'),
    (('NGAMIL',), ('NGACVL', 'NGA', 'NGAREB'), ('18', '19'),
     'Nigerian soldiers killed at least 20 people in a raid on a village in the oil-rich Niger Delta, '
     'residents and a local rights group said on Sunday.'),
    (('COLREB',), ('COLMIL',), ('18', '19'),
     'Leftist guerrillas of the Revolutionary Armed Forces of Colombia ambushed an army patrol in the '
     'southern province of Caqueta, killing eight soldiers, the army said on Monday.'),
    (('RUSMIL',), ('RUSREB', 'RUS', 'RUSCVL'), ('19', '18'),
     'Russian aircraft bombed rebel positions around the Chechen capital Grozny on Tuesday, despite a '
     'ceasefire announced by Moscow a week ago.'),
    (('ISRGOV', 'ISR'), ('PSEGOV', 'PSE'), ('08', '03'),
     'Israel agreed on Sunday to release 500 Palestinian prisoners as part of a deal reached with the '
     'Palestinian Authority in talks brokered by the United States.'),
]


def extras(rows: list[Row]) -> int:
    """Triples the sentences get that none of their rows accepts (country + root)."""
    by_text: dict[str, list[Row]] = {}
    for row in rows:
        by_text.setdefault(row[3], []).append(row)
    n = 0
    for text, group in by_text.items():
        for triple in coded(text):
            if not any(matches(row, {triple}, 3) for row in group):
                n += 1
                print("EXTRA", text, "\n    got", triple)
    return n


def main() -> None:
    for name, rows in (("SURFACE21", SURFACE21), ("SHAPE21", SHAPE21), ("LONG21", LONG21)):
        counts = [0, 0]
        for row in rows:
            got = coded(row[3])
            passed = (matches(row, got, 3), matches(row, got, 6))
            counts = [n + p for n, p in zip(counts, passed, strict=True)]
            if not passed[1]:
                print(row[3], "\n    want", row[0], row[1], row[2], "\n    got",
                      sorted((cut(s, 6), cut(t, 6), c) for s, t, c in got))
        print(f"{name}: {len(rows)} probes: country + root {counts[0]}, actor + root {counts[1]}; "
              f"extra triples {extras(rows)}")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    main()
