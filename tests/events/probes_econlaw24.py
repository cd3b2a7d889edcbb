"""Probes of the twenty-second session (wip/lead24): economic and legal acts between states as wire
leads tell them: trade and investment deals, loans and debt relief, embargoes, boycotts and tariffs,
assets seized or frozen, extraditions, arrests, trials and expulsions of another state's nationals,
asylum, visa and travel bans. CAMEO files them under 06 (material cooperation, 061 economic, 063
judicial), 07 (aid: 071 economic, 075 asylum), 08 (yield: 085 easing sanctions, 084 release and
return), 16 (reduce relations: 162 aid cut, 163 embargo and sanctions, 166 expel aid workers), 17
(coerce: 171 seize property, 173 arrest and charge, 174 expel or deport) and 11/12 where a state only
protests or rejects.

Rows are (accepted sources, accepted targets, accepted codes, sentence); sources and targets compare on
country + first sector or on the country alone, codes on their root or whole (`full`). Dated 2000 as the
GSR records are. Written in one batch and committed before the coder was run on it.

First run, blind (main at 600780d): 28 country + root, 25 actor + root of 36. Three rows were
corrected after it, where my writing broke the codebook: an announced investment is an intent to
cooperate economically (0311, not yet 061); consumers boycotting goods is a boycott by civilians (143,
CHNCVL); a court's sentence is a verdict (116) as much as a legal action (173). Fixed as classes:
goods a state sends another (fuel, grain, vaccines) are aid 070 like food and medicine; nationalising,
expropriating is confiscation (1711); retaliating with tariffs, duties or bans is a sanction (163),
aimed at the owner its on-phrase names ("retaliated with tariffs on American soybeans": USA).
Left: "eased restrictions on remittances and travel to Cuba" (the recipient hangs on a coordinated
noun; the easing stays the actor's own), a "British-Iranian" detainee read as Iran's. Four rows
whose target named the country alone had the sector a released or sheltered person takes added after
the run (prisoners CRM, journalists MED, an activist OPP); their country + root counts are unchanged.
Batch 5, blind after those fixes: 9 country + root, 6 actor + root of 16. Corrected after it: a
pledge of money is a promise of aid (033, as docs/events.md has "pledged to provide aid"), and the
sectors of army hackers (MIL) and deported workers (LAB) added. Fixed as classes: blocking imports or
exports is an embargo (163, not a protester's obstruction 144), withholding budget, financial or
military support cuts aid (162), and "unfroze" (the tagger's lemma) eases a freeze like "unfreeze".
Left: a court approving an extradition (the noun under "approve" is no act), a verdict told as
"said the curbs were economic coercion", a state exporting gas to another (trade is no lexicon row:
most export sentences are markets').
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

ECONLAW24: list[Row] = [
    # batch 1: economic cooperation, aid and its cuts
    (('CHN', 'CHNGOV'), ('KEN', 'KENGOV'), ('061', '057'),
     'China and Kenya signed an agreement on Monday to build a railway from Mombasa to Nairobi.'),
    (('KEN', 'KENGOV'), ('CHN', 'CHNGOV'), ('061', '057'),
     'China and Kenya signed an agreement on Monday to build a railway from Mombasa to Nairobi.'),
    (('JPN', 'JPNGOV'), ('VNM', 'VNMGOV'), ('071', '070'),
     'Japan extended a $500 million low-interest loan to Vietnam for road and port projects.'),
    (('IGOWBK', 'IGO'), ('GHA', 'GHAGOV'), ('071', '070'),
     'The World Bank approved a $200 million credit for Ghana to support its cocoa farmers.'),
    (('FRA', 'FRAGOV'), ('MLI', 'MLIGOV'), ('071', '070', '081'),
     'France wrote off 300 million euros of Mali\'s debt during a visit by the French finance minister.'),
    (('USA', 'USAGOV'), ('EGY', 'EGYGOV'), ('162', '1621'),
     'The United States cut $130 million in economic aid to Egypt over its treatment of rights groups.'),
    (('DEU', 'DEUGOV'), ('NER', 'NERGOV'), ('162',),
     'Germany suspended development aid to Niger after the army seized power.'),
    (('SAU', 'SAUGOV'), ('PAK', 'PAKGOV'), ('071', '070'),
     'Saudi Arabia deposited $3 billion in Pakistan\'s central bank to shore up its reserves.'),
    (('KOR', 'KORBUS', 'KORGOV'), ('IDN', 'IDNGOV'), ('061', '0311'),
     'South Korea agreed to invest $2 billion in Indonesia\'s new capital, the Indonesian government said.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), ('071', '070'),
     'India sent 40,000 tonnes of fuel to Sri Lanka as a credit line to help it through its crisis.'),
    # batch 2: embargoes, boycotts, tariffs, assets, and their easing
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('163',),
     'Washington imposed tariffs of 25 percent on $50 billion of Chinese goods on Friday.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('163',),
     'Beijing retaliated with tariffs on American soybeans and cars.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('163',),
     'Russia banned imports of Georgian wine and mineral water, citing health concerns.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV'), ('111', '112', '12'),
     'Georgia accused Russia of using the wine ban to punish it for its pro-Western course.'),
    (('EUR', 'IGOEUR', 'IGO'), ('BLR', 'BLRGOV'), ('163',),
     'The European Union froze the assets of 40 Belarusian officials over the disputed election.'),
    (('ARE', 'AREGOV'), ('QAT', 'QATGOV'), ('163', '161', '16'),
     'The United Arab Emirates closed its airspace and ports to Qatari ships and aircraft.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('085', '08'),
     'The United States eased restrictions on remittances and travel to Cuba on Tuesday.'),
    (('EUR', 'IGOEUR', 'IGO'), ('LBY', 'LBYGOV'), ('085', '08'),
     'The EU lifted its arms embargo on Libya after Tripoli agreed to pay compensation.'),
    (('VEN', 'VENGOV'), ('USA', 'USABUS', 'USA'), ('171', '1711'),
     'Venezuela nationalised the local operations of two American oil companies.'),
    (('CHN', 'CHNBUS', 'CHNGOV', 'CHNCVL'), ('JPN', 'JPNGOV', 'JPNBUS'), ('163', '16', '143'),
     'Chinese consumers boycotted Japanese goods in a row over a territorial dispute, state media said.'),
    # batch 3: arrests, trials, extraditions, expulsions, asylum, visas
    (('IRN', 'IRNGOV', 'IRNJUD', 'IRNCOP'), ('GBR',), ('173',),
     'Iran arrested a British-Iranian aid worker at Tehran airport on spying charges.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('111', '112', '10'),
     'Britain protested to Iran over the arrest and demanded consular access.'),
    (('RUS', 'RUSJUD', 'RUSGOV'), ('USA', 'USAMIL', 'USACVL'), ('173', '116'),
     'A Moscow court sentenced an American former marine to 16 years in prison for espionage.'),
    (('THA', 'THAGOV', 'THAJUD'), ('USA', 'USAGOV'), ('063', '06'),
     'Thailand extradited a Russian arms dealer to the United States to stand trial.'),
    (('ESP', 'ESPGOV', 'ESPJUD'), ('FRA', 'FRAGOV'), ('063', '06'),
     'Spain handed two suspected ETA members over to France on Thursday.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('174', '161'),
     'Germany expelled two Russian diplomats over the killing of a Georgian in a Berlin park.'),
    (('RUS', 'RUSGOV'), ('DEU', 'DEUGOV'), ('174', '161'),
     'Moscow responded by expelling two German diplomats.'),
    (('ECU', 'ECUGOV'), ('AUS', 'AUSOPP', 'AUSCVL', 'AUSACT'), ('075', '07'),
     'Ecuador granted asylum to Australian activist Julian Assange at its embassy in London.'),
    (('USA', 'USAGOV'), ('NGA', 'NGAGOV'), ('163', '16', '172'),
     'The United States imposed visa restrictions on Nigerian officials accused of rigging elections.'),
    (('SAU', 'SAUGOV'), ('ETH',), ('174',),
     'Saudi Arabia deported thousands of Ethiopian migrants last month, the Ethiopian foreign ministry '
     'said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECRM', 'PSECVL', 'PSEREB'), ('084', '08'),
     'Israel freed 26 Palestinian prisoners on Tuesday ahead of the resumption of peace talks.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAMED'), ('084', '08'),
     'North Korea released two detained American journalists after a visit by former President Bill '
     'Clinton.'),
    # batch 4: sentences with no triple, or none of these roots
    ((), (), ('16', '17'),
     'Tariffs on steel imports have risen sharply over the past decade, economists said.'),
    ((), (), ('06', '07'),
     'The World Bank said global growth would slow to 2.5 percent next year.'),
    ((), (), ('17',),
     'The trial of a former Argentine junta leader opened in Buenos Aires on Monday.'),
    ((), (), ('16',),
     'Oil prices fell after OPEC said it would keep output unchanged.'),
    # batch 5: written blind after the first four's fixes
    (('GBR', 'GBRGOV'), ('RUS', 'RUSBUS', 'RUSGOV', 'RUSELI'), ('163',),
     'Britain froze the assets of three Russian banks and barred their owners from travelling to the UK.'),
    (('IGOIMF', 'IGO'), ('ARG', 'ARGGOV'), ('071', '070', '03'),
     'The International Monetary Fund agreed a $44 billion bailout with Argentina on Friday.'),
    (('CHN', 'CHNGOV'), ('LTU', 'LTUGOV'), ('163', '16'),
     'China blocked imports from Lithuania after Vilnius let Taiwan open a representative office.'),
    (('AUS', 'AUSGOV'), ('CHN', 'CHNGOV'), ('111', '112', '114', '12'),
     'Australia said the trade curbs imposed by Beijing were economic coercion.'),
    (('NLD', 'NLDGOV', 'NLDJUD'), ('USA', 'USAGOV'), ('063', '06'),
     'A Dutch court approved the extradition of a Russian hacker to the United States.'),
    (('USA', 'USAGOV', 'USAJUD'), ('CHN', 'CHNBUS', 'CHNMIL'), ('173', '112'),
     'U.S. prosecutors charged five Chinese army hackers with stealing trade secrets.'),
    (('KWT', 'KWTGOV'), ('EGY', 'EGYLAB', 'EGYCVL'), ('174',),
     'Kuwait deported 200 Egyptian workers for violating residency laws.'),
    (('TUR', 'TURGOV'), ('SWE', 'SWEGOV'), ('075', '12', '10'),
     'Turkey demanded that Sweden extradite Kurdish militants it had granted asylum.'),
    (('QAT', 'QATGOV'), ('LBN', 'LBNGOV', 'LBNMIL'), ('071', '070', '072', '033'),
     'Qatar pledged $60 million to pay Lebanese army salaries.'),
    (('BRA', 'BRAGOV'), ('CHN', 'CHNGOV'), ('061', '057', '03'),
     'Brazil and China signed deals worth $10 billion in agriculture and energy during a state visit.'),
    (('NOR', 'NORGOV'), ('PSE', 'PSEGOV'), ('162', '1621'),
     'Norway withheld its budget support to the Palestinian Authority over corruption concerns.'),
    (('IND', 'INDGOV'), ('CHN', 'CHNBUS', 'CHN'), ('163', '172', '16'),
     'India banned 59 Chinese mobile apps, citing threats to national security.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'ISRBUS'), ('061', '057'),
     'Egypt began exporting natural gas to Israel under a 15-year contract.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('084', '08', '085'),
     'The United States unfroze $6 billion in Iranian oil revenue as part of a prisoner swap.'),
    ((), (), ('06', '16'),
     'Chinese exports to the United States rose 8 percent in March, customs data showed.'),
    ((), (), ('17',),
     'Police arrested three men suspected of smuggling cigarettes across the border.'),
]

if __name__ == "__main__":
    report("econlaw24", ECONLAW24, full=False)
