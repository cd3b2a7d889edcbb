"""Probes of the twenty-second session (wip/modality24): negation, intention, threats, refusals and
reported speech, written blind in one batch and committed before the coder was run on them. They test
the conventions of docs/events.md ("Design", items 2 and 5; "Reported speech, the PETRARCH way";
"Negation and intention as code arithmetic"; "Conditions are not reports") across verbs, tenses and
sentence shapes the sentences that first showed them did not have:

- negation: a negated cooperative act is the REJECT reading of it (12x), a negated conflict act
  codes nothing ("did not attack", "never recognised", "has no plans to meet", "refused to sign",
  "denied sending troops", "ruled out talks", "no longer supports", "failed to agree");
- intention and commitment: plan / intend / want / seek / hope / aim to, pledged / vowed / promised /
  offered to, agreed / decided / is ready to, will / would / is to / is set to / expected to and a
  headline's "to" read a cooperative act as 03x, a conflict act as 13x;
- threats and ultimatums ("threatened to", "warned it would", "or face", "unless", sanctions on a
  condition) are 13x; hypotheticals ("could", "might", "if ... would", "considering") code no act;
- reported speech: a trailing attribution ("..., officials said", "according to") is transparent;
  "A said B attacked / violated" is A's accusation of B (112) alone; "A said it would" is A's own
  intention; a denied claim, a rumour, "reportedly", "quoted as saying", questions, a speaker
  quoting an opponent;
- controls in every group, where the plain act keeps its code, and sentences with no triple at all.

A row holds the accepted sources, targets (country + first sector, or the country alone; IGO and NGO
codes compare on those three letters) and CAMEO roots. A row with NO accepted target (an empty tuple)
passes when no coded triple has one of its roots: it says which act must NOT be coded (the source
column then names who would wrongly act). `tests/events/test_probes_modality24.py` runs them (actor +
root); `python tests/events/probes_modality24.py` prints the pass counts and each miss.

First run, blind (main at 600780d), 98 rows: country + root 78, actor + root 75. Three rows were
corrected after it, where the writing broke the conventions, not the coder: the probes are dated
2000-01-01, when Biden was a senator (USALEG, docs/events.md "Candidates and former officials"); a place
an act of force strikes is its civilians ("near Damascus airport" = SYRCVL, fourteenth session); "West
African leaders" are the region's code (WAFGOV); "Mali's military government" is MLIMILGOV (the
actors stage's junta). On main with the corrected rows: 78 / 77. The branch at its end: 90 / 89 (nine
known gaps, with reasons, in the test).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

MODALITY: list[Row] = [
    # batch 1: negation. A negated cooperative act is 12x; a negated conflict act codes nothing.
    (('ISR', 'ISRGOV', 'ISRMIL'), (), ('19', '18'),
     'Israel did not attack any targets inside Lebanon overnight, a military spokesman said.'),
    (('PAK', 'PAKMIL'), (), ('19',),
     'Pakistani troops did not fire on the Indian post, the army insisted on Tuesday.'),
    (('IND', 'INDGOV'), (), ('05', '06', '03'),
     'India has never recognised the Taliban government in Kabul.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('12', '11'),
     "China will never accept Taiwan's independence, the foreign ministry said on Monday."),
    (('USA', 'USAGOV'), (), ('04', '03'),
     'President Biden has no plans to meet Venezuelan leader Nicolas Maduro, the White House said.'),
    (('HUN', 'HUNGOV'), ('IGO',), ('12',),
     'Hungary refused to sign a joint European Union statement condemning the Chinese crackdown in '
     'Hong Kong.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('12',),
     'Iran ruled out direct talks with the United States over its nuclear programme.'),
    (('SRB', 'SRBGOV'), ('XKX', 'KOS', 'XKXGOV', 'KOSGOV', 'SRB', 'SRBGOV'), ('12',),
     'Serbia refused to recognise the independence of Kosovo.'),
    (('RUS', 'RUSGOV'), (), ('15', '19', '04'),
     'Russia denied sending troops into eastern Ukraine.'),
    (('ETH', 'ETHGOV'), ('EGY', 'EGYGOV'), ('12',),
     'Ethiopia, Egypt and Sudan failed to agree on the filling of the Nile dam after three days of '
     'talks, and Ethiopia rejected an Egyptian proposal for binding arbitration.'),
    (('EGY', 'EGYGOV', 'ETH', 'ETHGOV', 'SDN', 'SDNGOV'), (), ('03', '05', '06', '08'),
     'Egypt, Ethiopia and Sudan failed to agree on rules for filling the giant dam on the Blue Nile.'),
    (('MLI', 'MLIGOV', 'MLIMIL'), ('FRA', 'FRAGOV', 'FRAMIL'), ('12', '16'),
     "Mali's military government said it no longer supports the French counter-terrorism mission in "
     "the Sahel."),
    (('TUR', 'TURGOV'), ('SWE', 'SWEGOV'), ('12',),
     "Turkey will not approve Sweden's bid to join NATO until Stockholm cracks down on Kurdish "
     "militants, President Erdogan said."),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('12',),
     'South Korea rejected a Japanese proposal to settle the forced labour dispute through an '
     'international court.'),
    (('ARG', 'ARGGOV'), ('IGO',), ('12',),
     'Argentina declined an invitation to join the BRICS group of emerging economies.'),
    (('VEN', 'VENGOV'), ('IGO',), ('12',),
     'Venezuela refused to allow United Nations human rights investigators into the country.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('12',),
     'Greece said it would not negotiate with Turkey over its sovereignty in the Aegean.'),
    (('UKR', 'UKRGOV'), (), ('03', '08', '05'),
     'Ukraine has not agreed to any ceasefire with Russia, a senior official in Kyiv said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEREB', 'PSEGOV'), ('12',),
     'Israel turned down an Egyptian-brokered truce proposal from Hamas.'),
    (('NGA', 'NGAGOV'), (), ('17', '18'),
     'Nigerian authorities denied arresting the journalist, saying he was never in police custody.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('12',),
     'Japan refused to hand over the detained Russian trawler crew to Moscow.'),
    (('AUS', 'AUSGOV'), ('CHN', 'CHNGOV'), ('12',),
     "Australia's prime minister rejected Beijing's demand that Canberra withdraw its call for an "
     "inquiry into the origins of the virus."),
    # control: the plain cooperative and conflict acts keep their codes
    (('IND', 'INDGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGINS'), ('05', '06', '04'),
     'India formally recognised the Taliban administration in Kabul on Friday.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), ('19',),
     'Pakistani troops fired on an Indian border post in Kashmir overnight.'),
    # batch 2: intention and commitment
    (('DEU', 'DEUGOV'), ('UKR', 'UKRGOV'), ('03',),
     'Germany plans to send another 20 Leopard tanks to Ukraine, the defence ministry said.'),
    (('FRA', 'FRAGOV'), ('SEN', 'SENGOV'), ('03', '16'),
     'France intends to withdraw most of its troops from Senegal by the end of the year.'),
    (('UKR', 'UKRGOV'), ('IGO',), ('03', '02'),
     'Ukraine wants to join the European Union as soon as the war ends, its prime minister said.'),
    (('IND', 'INDGOV'), ('CHN', 'CHNGOV'), ('03',),
     'India seeks to improve relations with China after the border clashes, the foreign minister '
     'told parliament.'),
    (('KEN', 'KENGOV'), ('TZA', 'TZAGOV'), ('03',),
     'Kenya hopes to sign a trade agreement with Tanzania before the end of the year.'),
    (('SAU', 'SAUGOV'), ('ISR', 'ISRGOV'), ('03',),
     'Saudi Arabia aims to normalise relations with Israel once a Palestinian state is agreed.'),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), ('03',),
     'Japan pledged to provide the Philippines with five coast guard patrol vessels.'),
    (('HTI', 'HTIREB', 'HTICRM', 'HTIOPP'), ('HTI', 'HTIGOV'), ('13',),
     "Haiti's gang leaders vowed to topple the prime minister's government by force."),
    (('ETH', 'ETHGOV'), ('ETH', 'ETHREB', 'ETHINS', 'ETHOPP'), ('03',),
     'The Ethiopian government promised to release all political prisoners held since the war in '
     'Tigray.'),
    (('QAT', 'QATGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEREB'), ('03',),
     'Qatar offered to mediate between Israel and Hamas on a prisoner exchange.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('03',),
     'Armenia agreed to hold peace talks with Azerbaijan in Washington next month.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB', 'COLINS'), ('03',),
     "Colombia's government decided to resume talks with the ELN rebels in Caracas."),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('03',),
     'North Korea is ready to hold talks with the United States without preconditions, its envoy '
     'said.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('03',),
     'Chinese President Xi Jinping will visit Moscow next week, the foreign ministry announced.'),
    (('USA', 'USAGOV'), ('TWN', 'TWNGOV'), ('03',),
     'The United States would defend Taiwan if China attacked the island, President Biden said.'),
    (('AUS', 'AUSGOV'), ('PNG', 'PNGGOV'), ('03',),
     "Australia's foreign minister is to visit Papua New Guinea on Thursday for talks on a security "
     "pact."),
    (('IND', 'INDGOV'), ('USA', 'USAGOV'), ('03',),
     'Indian Prime Minister Narendra Modi is set to meet U.S. President Donald Trump at the White '
     'House on Thursday.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), ('03',),
     "Brazil's president is expected to travel to Buenos Aires next month for talks with his "
     "Argentine counterpart."),
    (('JPN', 'JPNGOV'), ('VNM', 'VNMGOV'), ('03',),
     'Japan to give Vietnam $300 million loan for metro line'),
    (('IRN', 'IRNGOV'), ('IGO',), ('03',),
     'Iran intends to let U.N. inspectors back into its nuclear sites, the foreign ministry said.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('13',),
     'Russia plans to annex four occupied regions of Ukraine after referendums next week.'),
    (('NLD', 'NLDGOV'), ('UKR', 'UKRGOV'), ('03',),
     'The Netherlands will send eight F-16 fighter jets to Ukraine next year, the Dutch defence '
     'minister said.'),
    (('CHN', 'CHNGOV'), ('LKA', 'LKAGOV'), ('03',),
     'China has promised Sri Lanka $1 billion in emergency aid, Colombo said on Tuesday.'),
    # control: the plain acts keep their codes
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), ('07',),
     'Japan gave the Philippines five coast guard patrol vessels on Monday.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('04',),
     'Armenia held peace talks with Azerbaijan in Washington on Monday.'),
    # batch 3: threats and ultimatums; hypotheticals that are no act
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('13',),
     'The United States threatened to impose new sanctions on Iran over its drone sales to Russia.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'KORMIL'), ('13',),
     'North Korea warned it would respond with overwhelming force to any South Korean provocation.'),
    (('USA', 'USAGOV'), ('SRB', 'SRBGOV'), ('13', '10'),
     'Washington told Belgrade to withdraw its troops from the Kosovo border or face sanctions.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRREB', 'SYRINS', 'SYRMIL'), ('13',),
     'Turkey will launch a new ground offensive in northern Syria unless Kurdish fighters pull back '
     'from the border, Erdogan said.'),
    (('IGO',), ('BLR', 'BLRGOV'), ('13',),
     'The European Union said it would impose sanctions on Belarus if Minsk did not release the '
     'jailed opposition leaders.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), ('13',),
     'China warned the Philippines it would take countermeasures if Manila kept sending ships to the '
     'shoal.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'LBN', 'LBNGOV'), ('13',),
     "Israel's defence minister threatened to send Lebanon back to the Stone Age if Hezbollah opened "
     "a second front."),
    (('RUS', 'RUSGOV'), ('MDA', 'MDAGOV'), ('13',),
     'Moscow warned Moldova that it would cut off gas supplies unless Chisinau paid its debts.'),
    (('IGO', 'WAF', 'WAFGOV'), ('NER', 'NERGOV', 'NERMIL'), ('13', '10'),
     'West African leaders gave the Niger junta a week to restore the ousted president or face '
     'military intervention.'),
    (('USA', 'USAGOV'), (), ('19', '16', '15'),
     'Analysts said the United States could strike Iranian nuclear sites within weeks.'),
    (('RUS', 'RUSGOV'), (), ('16',),
     'Russia might cut gas deliveries to Europe this winter, traders said.'),
    (('IGO',), (), ('16',),
     'The European Union is considering new sanctions against Iran over its support for Russia.'),
    (('CHN', 'CHNGOV', 'CHNMIL'), (), ('19',),
     'If China invaded Taiwan, the cost to the global economy would run into trillions of dollars, '
     'the report said.'),
    (('GBR', 'GBRGOV'), (), ('16', '17'),
     'Britain may expel more Russian diplomats, a government source said.'),
    (('DEU', 'DEUGOV'), (), ('07',),
     'Germany is considering whether to send long-range missiles to Ukraine.'),
    # control: the plain threat and the plain act keep their codes
    (('IRN', 'IRNGOV'), ('ISR', 'ISRGOV'), ('13',),
     'Iran threatened Israel with a crushing response.'),
    (('IGO',), ('BLR', 'BLRGOV'), ('16',),
     'The European Union imposed new sanctions on Belarus on Monday.'),
    # batch 4: reported speech
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEREB', 'PSECVL'), ('19',),
     'Israeli aircraft struck Hamas positions in the Gaza Strip overnight, the army said.'),
    (('CHN', 'CHNMIL', 'CHNGOV', 'CHNCOP'), ('PHL', 'PHLGOV', 'PHLMIL'), ('17', '19'),
     'Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal, '
     'according to the Philippine coast guard.'),
    (('SDN', 'SDNMIL'), ('SDN', 'SDNREB', 'SDNINS', 'SDNMIL'), ('19',),
     "Sudan's army shelled positions of the Rapid Support Forces in Omdurman, according to state "
     "media."),
    (('PAK', 'PAKGOV', 'PAKMIL'), ('IND', 'INDMIL'), ('11',),
     'Pakistan said Indian troops had opened fire across the Line of Control, killing two civilians.'),
    (('AZE', 'AZEGOV', 'AZEMIL'), ('ARM', 'ARMMIL', 'ARMGOV'), ('11',),
     "Azerbaijan's defence ministry said Armenian forces had violated the ceasefire in the Lachin "
     "district."),
    (('UKR', 'UKRGOV', 'UKRMIL'), ('RUS', 'RUSMIL', 'RUSGOV'), ('11',),
     "Kyiv said Russian forces shelled a hospital in Kherson on Sunday."),
    (('KEN', 'KENGOV', 'KENCOP'), ('SOM', 'SOMREB', 'SOMINS'), ('11',),
     'Kenyan police said al-Shabaab militants had attacked a bus near the Somali border.'),
    (('ISR', 'ISRGOV'), (), ('19', '18'),
     'Israel said Hezbollah fired dozens of rockets into northern Israel on Friday.'),
    (('JPN', 'JPNGOV'), ('UKR', 'UKRGOV'), ('03',),
     'Japan said it would provide $50 million in emergency aid to Ukraine.'),
    (('IRN', 'IRNGOV'), ('IGO',), ('12',),
     'Iran said it would not allow inspectors of the U.N. nuclear watchdog to visit the Fordow site.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEREB'), ('19', '18'),
     'The Israeli military said it killed a senior Hamas commander in an air strike in Gaza.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('01', '11', '12'),
     "Russia denied Ukraine's claim that its forces had shelled the Zaporizhzhia nuclear plant."),
    (('CHN', 'CHNGOV'), (), ('19', '15'),
     'Rumours that China had moved troops to the border spread on social media on Tuesday.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('SYR', 'SYRMIL', 'SYRGOV', 'SYRCVL'), ('19',),
     'Israel reportedly carried out an air strike near Damascus airport on Wednesday.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('11',),
     'KCNA quoted a North Korean foreign ministry spokesman as saying the United States was '
     'plotting an invasion.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('11', '12', '01'),
     "China's foreign ministry dismissed the U.S. claim that Beijing was spying on American "
     "companies."),
    (('RUS', 'RUSGOV'), (), ('19', '18'),
     'Did Russia bomb the dam? Ukraine and its allies say yes.'),
    (('VEN', 'VENGOV'), (), ('19',),
     'Will Venezuela invade Guyana?'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('11', '02', '10'),
     "The U.S. State Department said China's military drills around Taiwan were provocative and "
     "called on Beijing to show restraint."),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('11',),
     "India's foreign ministry said Pakistan continued to shelter the militants behind the Mumbai "
     "attacks."),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('11', '12'),
     "Turkey's foreign ministry rejected Greece's statement that Ankara was violating Greek airspace, "
     "calling it baseless."),
    (('EGY', 'EGYGOV'), ('ETH', 'ETHGOV'), ('11',),
     'Egypt accused Ethiopia of violating the 2015 declaration of principles on the dam.'),
    (('USA', 'USAGOV', 'USALEG'), ('RUS', 'RUSGOV'), ('03',),
     'The White House said President Biden would meet Vladimir Putin in Geneva in June.'),
    (('GBR', 'GBRGOV'), (), ('19',),
     'The British government said Russian jets had not struck the convoy.'),
    # control: trailing attribution with the speaker's own act, and a told addressee
    (('SOM', 'SOMMIL', 'SOMGOV'), ('SOM', 'SOMREB', 'SOMINS'), ('19', '18'),
     'Somali troops killed 30 al-Shabaab fighters in an operation in the Lower Shabelle region, the '
     'defence ministry said.'),
    (('FRA', 'FRAGOV'), ('MLI', 'MLIGOV'), ('16',),
     'France recalled its ambassador to Mali for consultations, the foreign ministry said in a '
     'statement.'),
    # batch 5: sentences with no triple of their roots at all
    (('IGO',), (), ('19', '18', '13'),
     'The U.N. said the risk of a wider war in the region remained high.'),
    (('USA', 'USAGOV'), (), ('03', '04'),
     'Officials in Washington said no decision had been taken on a possible visit to Beijing.'),
    (('RUS', 'RUSGOV'), (), ('19', '13'),
     'It is not clear whether Russia will attack Kyiv again, Western diplomats said.'),
    (('BRA', 'BRAGOV'), (), ('12', '11'),
     'Brazilian officials declined to comment on the report.'),
    (('IRN', 'IRNGOV'), (), ('19', '13', '15'),
     'Iran has never built a nuclear weapon and has no intention of doing so, its president said.'),
    (('KOR', 'KORGOV'), (), ('04', '03'),
     'South Korea and Japan have not held a summit since 2019.'),
]

BATCHES: dict[str, list[Row]] = {"modality": MODALITY}
MODALITY24: list[Row] = MODALITY


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows, full=False)
