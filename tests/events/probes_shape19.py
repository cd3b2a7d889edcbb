"""Probes of the seventeenth session (wip/shape19) by the SHAPE that joins an act to its parties in wire
copy: the source far from the act (participial and absolute clauses, "..., saying", coordinated verb
phrases with one subject, control and raising verbs, relative clauses, long titled subjects with an
apposition, a subject in a preceding clause, passives whose agent comes late, nominal acts with a
possessor or a by-phrase, headlines) and the target hidden (below an object noun, in a phrase on a
noun, a possessor or a country adjective on the object, a pronoun, an indirect object, a conjunct).
Each sentence has one intended interaction, its parties named as wire copy of 1987-2016 names them.
Written in one batch and committed before the coder was run on it. A row holds the accepted sources,
targets (country + first sector, or the country alone) and CAMEO roots an analyst would accept.

First run, blind (main at 8ff80d9): sources (54) country + root 45, actor + root 44; targets (45) 37
and 36; 99 in all, 82 and 80. Three rows were corrected after it, where the writing broke the
conventions (docs/events.md, the codebook): a promise or pledge of aid is 033 (intent to provide aid),
not 07, so '03' is accepted for "promised Chad new military aid" and "pledges $1 billion in aid"; and
Yeltsin on the probes' date (2000-01-01, the day after he resigned) is RUSELI. With them, the first run
is 84 and 83. After wip/shape19: 86 and 86 (see the test's KNOWN_GAPS and docs/benchmarks.md).
`tests/events/test_probes_shape19.py` runs them (actor + root); `python tests/events/probes_shape19.py`
prints the pass counts per batch and each miss.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# batch 1: the source far from the act
SOURCES: list[Row] = [
    # participial and absolute clauses, "..., saying", "..., urging"
    (('CHNGOV', 'CHN'), ('TWN', 'TWNGOV'), ('02', '10', '11', '13'),
     'Faced with growing support for independence on the island, the Chinese government has been '
     'stepping up its rhetoric against Taiwan, urging it to abandon the referendum plan.'),
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV'), ('12',),
     'Syria on Sunday rejected the American peace plan, saying it ignored the rights of the Palestinians.'),
    (('CHNGOV', 'CHN'), ('JPN', 'JPNGOV'), ('11', '14'),
     'The Chinese Foreign Ministry lodged a strong protest with Japan on Thursday, saying the visit to '
     'the shrine had hurt the feelings of the Chinese people.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('16', '11'),
     'Pakistan expelled an Indian diplomat on Friday, accusing him of spying on military installations.'),
    (('USAGOV', 'USA'), ('IRQ', 'IRQGOV'), ('13', '11'),
     'Stung by the collapse of the talks in Geneva, the Bush administration on Thursday warned Iraq that '
     'time was running out for a peaceful solution.'),
    (('RUSGOV', 'RUS'), ('USA', 'USAGOV'), ('11',),
     'Speaking at a news conference in Moscow, Russian Foreign Minister Yevgeny Primakov criticised the '
     'United States for its air strikes on Iraq.'),
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), ('18', '19', '20'),
     'Israeli troops opened fire on stone-throwing youths in the Gaza Strip, killing two Palestinians '
     'and wounding 15, hospital officials said.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('11',),
     'Citing the testimony of captured soldiers, Iran accused Iraq of using chemical weapons on the '
     'southern front.'),
    # coordinated verb phrases with one subject
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('13',),
     'Iran denied the reports and warned the United States that it would retaliate against any attack on '
     'its oil platforms.'),
    (('PHL', 'PHLGOV'), ('MYS', 'MYSGOV'), ('16', '10'),
     'The Philippines recalled its ambassador to Malaysia on Monday and demanded an official apology.'),
    (('INDMIL', 'IND'), ('PAKMIL', 'PAK'), ('19',),
     'Indian troops crossed the Line of Control overnight and attacked Pakistani army posts in the '
     'Neelum valley, officials said.'),
    (('FRAGOV', 'FRA'), ('TCD', 'TCDGOV'), ('07', '06', '03'),
     'France welcomed the ceasefire in the north and promised Chad new military aid.'),
    (('CUBGOV', 'CUB'), ('USA', 'USAGOV'), ('11', '12'),
     'The Cuban government dismissed the charges as lies and accused Washington of trying to '
     'destabilise the island.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('11', '10', '02'),
     'Vietnam has accused China of sending warships into its waters and urged Beijing to withdraw them.'),
    # control and raising: sought to, moved to, refused to, is expected to, promised to
    (('GBR', 'GBRGOV'), ('IGOEEC', 'IGO', 'IGOEU'), ('12',),
     'Britain refused to sign the European Community social charter at the summit in Strasbourg.'),
    (('ZAF', 'ZAFGOV'), ('GBR', 'GBRGOV'), ('12',),
     'South Africa refused to hand over the four suspects to Britain.'),
    (('ISRGOV', 'ISR'), ('EGYGOV', 'EGY'), ('04', '03'),
     'Israeli Prime Minister Benjamin Netanyahu is expected to meet Egyptian President Hosni Mubarak in '
     'Cairo next week.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('03', '07', '06'),
     'Germany promised to help Poland modernise its coal and steel industries.'),
    (('USAGOV', 'USA'), ('ETH', 'ETHGOV', 'ETHCVL'), ('07', '03'),
     'Washington decided on Tuesday to send 50,000 tonnes of emergency food aid to Ethiopia.'),
    (('IGOEEC', 'IGO', 'IGOEU'), ('MMR', 'MMRGOV', 'MMRMIL'), ('16', '17'),
     'The European Union moved to tighten sanctions on Burma after the crackdown on the monks.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('03', '04', '05', '07'),
     'Japan sought to mend relations with South Korea by offering an apology for its colonial rule.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('03', '04'),
     'The United States appeared ready on Monday to resume talks with North Korea on its nuclear '
     'programme.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('13',),
     'Turkey threatened on Friday to cut the flow of the Euphrates to Syria unless Damascus stopped '
     'sheltering Kurdish rebels.'),
    # relative clauses
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('03', '04'),
     'The United States, which had long resisted direct contacts, agreed to hold talks with North Korea '
     'in Geneva.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('11',),
     'Kuwait, which was invaded by Iraq in 1990, accused Baghdad on Monday of violating the border.'),
    (('GHA', 'GHAGOV'), ('NGA', 'NGAGOV'), ('05', '06', '03'),
     'Ghana, whose leader seized power in a coup last year, signed a trade agreement with Nigeria on '
     'Wednesday.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('05', '01'),
     'France, whose nationals were among the hostages, thanked Algeria for its help in freeing them.'),
    (('EGYGOV', 'EGY'), ('ISR', 'ISRGOV'), ('11',),
     'Egyptian President Hosni Mubarak, who met Arafat in Cairo on Sunday, criticised Israel for '
     'delaying the troop withdrawal.'),
    # appositions and long titled subjects
    (('IRQGOV', 'IRQ'), ('FRA', 'FRAGOV'), ('12',),
     'Iraqi President Saddam Hussein, facing half a million foreign troops in the Gulf, today rejected a '
     'French peace proposal.'),
    (('FRAGOV', 'FRA'), ('DZA', 'DZAGOV'), ('05', '01'),
     'French Foreign Minister Roland Dumas, speaking after talks in Paris, praised Algeria for its '
     'efforts to free the hostages.'),
    (('JORGOV', 'JOR'), ('USA', 'USAGOV'), ('02', '10'),
     "Jordan's King Hussein, on a visit to Washington, urged the United States to open a dialogue with "
     "the Palestinians."),
    (('RUSGOV', 'RUS'), ('IGONAT', 'IGO'), ('11', '12'),
     'Russian Defence Minister Pavel Grachev, a veteran of the Afghan war, denounced the NATO plan to '
     'expand eastwards.'),
    (('PAKGOV', 'PAK'), ('IND', 'INDGOV'), ('04', '03'),
     'Pakistani Prime Minister Benazir Bhutto, the first woman to lead a Muslim nation, held talks with '
     'Indian Prime Minister Rajiv Gandhi in Islamabad.'),
    (('EGYGOV', 'EGY'), ('LBY', 'LBYGOV'), ('04', '03'),
     'Amr Moussa, the Egyptian foreign minister, met Libyan leader Moammar Gadhafi in Tripoli on '
     'Saturday.'),
    # the subject in a preceding clause of the same sentence
    (('PAKGOV', 'PAK'), ('IND', 'INDGOV'), ('11',),
     'After the talks ended without agreement, the Pakistani foreign minister accused India of supporting '
     'militants in Kashmir.'),
    (('LBY', 'LBYGOV'), ('GBR', 'GBRGOV', 'USA', 'USAGOV'), ('08', '03', '05', '06'),
     'Although it had long denied the charges, Libya on Wednesday agreed to hand over the two suspects '
     'for trial in the Netherlands under Scottish law.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('16', '12', '17'),
     'When the talks in Baghdad collapsed, Iraq expelled the U.N. weapons inspectors.'),
    (('USAGOV', 'USA'), ('USR', 'USRGOV'), ('16', '12'),
     'As the Soviet troops moved into Afghanistan, President Carter halted grain sales to the Soviet '
     'Union.'),
    # passives with the agent late
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), ('18', '19', '20'),
     'Two Palestinians were shot dead on Friday in the West Bank town of Hebron by Israeli soldiers, '
     'hospital officials said.'),
    (('CYP', 'CYPGOV', 'CYPMIL', 'CYPCOP'), ('TUR', 'TURBUS', 'TURCVL'), ('17',),
     'A Turkish fishing boat was seized off the north coast of Cyprus on Monday by Greek Cypriot patrol '
     'boats.'),
    (('PAKMIL', 'PAK'), ('INDMIL', 'IND'), ('19',),
     'Three Indian soldiers were killed on Sunday in an attack on their post in Kashmir by Pakistani '
     'troops, an army spokesman said.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('05', '06', '03'),
     'The agreement, which was signed in Geneva on Friday by Iran and Iraq, ended eight years of war.'),
    (('USA', 'USAGOV'), ('DEU', 'DEUGOV'), ('02', '10'),
     'Bonn was urged again on Thursday by the United States to cut interest rates.'),
    # nominal acts with a possessor, an of-phrase or a by-phrase (as the subject of their own clause)
    (('GBR', 'GBRGOV'), ('IRNGOV', 'IRN'), ('16',),
     'The expulsion of two Iranian diplomats by Britain on Tuesday drew an angry response from Tehran.'),
    (('RUSGOV', 'RUS'), ('USA', 'USAGOV', 'USAMIL'), ('11',),
     "Moscow's condemnation of the American air strikes on Libya came within hours."),
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), ('19', '15'),
     'The Soviet invasion of Afghanistan in December 1979 ended the detente of the 1970s.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('04', '03'),
     "China's talks with Vietnam on the land border resumed in Beijing on Monday."),
    # headlines
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), ('18', '19', '20'),
     'URGENT Israeli troops kill two Palestinians in Gaza clash'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('12',),
     'Iraq rejects U.N. demand to withdraw from Kuwait'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('13', '11'),
     'China warns U.S. over Taiwan arms sales'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('05', '06', '03'),
     'Japan, U.S. sign trade pact on semiconductors'),
    (('USAGOV', 'USA'), ('RUSGOV', 'RUS', 'RUSELI'), ('04', '03'),
     'Clinton to meet Yeltsin in Moscow next month'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('07', '06', '03'),
     'FLASH: Germany pledges $1 billion in aid to Russia'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('11', '13'),
     'N. Korea slams S. Korea over military drills'),
]

# batch 2: the target hidden
TARGETS: list[Row] = [
    # below an object noun
    (('USA', 'USAGOV'), ('JPN', 'JPNBUS'), ('16', '17'),
     'The United States imposed 100 percent tariffs on imports of Japanese electronic goods.'),
    (('NGAMIL', 'NGA'), ('CMRMIL', 'CMR'), ('19',),
     'Nigerian troops shelled positions of the Cameroonian army on the Bakassi peninsula.'),
    (('USAMIL', 'USA'), ('IRN', 'IRNGOV', 'IRNMIL'), ('17',),
     'The U.S. Navy seized a cargo of Iranian weapons bound for Yemen.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('SAU', 'SAUCVL'), ('19', '18', '20'),
     'Iraq fired three missiles at cities in Saudi Arabia overnight.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('11', '14'),
     'Greece protested on Monday over repeated violations of its airspace by Turkish warplanes.'),
    (('RUSGOV', 'RUS'), ('USA', 'USAGOV'), ('16',),
     'Moscow ordered the closure of the American consulates in Yekaterinburg and Vladivostok.'),
    # a phrase on a noun: for / against / with / on
    (('IGOARL', 'IGO'), ('ISR', 'ISRGOV'), ('16',),
     'The Arab League tightened its economic boycott against Israel.'),
    (('JPNGOV', 'JPN'), ('PHL', 'PHLGOV'), ('07', '03'),
     'Tokyo announced a new package of economic aid for the Philippines.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('12', '16'),
     'Greece broke off talks with Turkey on the Aegean continental shelf.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), ('05', '06', '03'),
     'Russia signed a deal with Iran on building a nuclear power plant at Bushehr.'),
    (('IGOUNO', 'IGO'), ('LBY', 'LBYGOV'), ('16', '17'),
     'The U.N. Security Council voted for sanctions against Libya.'),
    (('USAGOV', 'USA'), ('CUB', 'CUBGOV', 'CUBBUS'), ('16',),
     'Washington announced new sanctions against the Cuban sugar industry.'),
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), ('05', '01', '03'),
     'China expressed support for the Pakistani position on Kashmir.'),
    (('USAGOV', 'USA'), ('ISR', 'ISRGOV'), ('11',),
     'The State Department voiced strong criticism of the Israeli settlement policy.'),
    # a possessor of the object
    (('JPNGOV', 'JPN'), ('DEU', 'DEUGOV'), ('11',),
     "The Japanese government criticised Germany's fiscal stance at the meeting in Paris."),
    (('DEU', 'DEUGOV'), ('POLGOV', 'POL'), ('05', '01'),
     "Germany praised Poland's economic reform programme."),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('12', '11'),
     "The United States rejected Israel's request for $10 billion in loan guarantees."),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('11', '12'),
     "The U.N. Security Council condemned Iraq's annexation of Kuwait."),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), ('05', '03', '01'),
     "Egypt backed Libya's offer to hand over the two suspects."),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('11', '12'),
     "India dismissed Pakistan's proposal for a plebiscite in Kashmir."),
    # a country adjective on the object
    (('KORGOV', 'KOR'), ('JPN', 'JPNBUS'), ('16', '17'),
     "South Korea's finance ministry suspended the licences of four Japanese brokerage houses."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), ('11',),
     'Egypt condemned the Israeli raid on southern Lebanon.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYBUS', 'LBYGOV'), ('16', '17'),
     'Britain froze the assets of Libyan banks in London.'),
    (('DEU', 'DEUGOV'), ('POLGOV', 'POL'), ('05', '01'),
     'Germany voiced strong support for the Polish government reform programme.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('11',),
     'Iran denounced the Saudi handling of the pilgrimage.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('11', '10', '02'),
     'The United States criticised Japanese trade barriers.'),
    # a pronoun whose antecedent is clear
    (('TUR', 'TURGOV'), ('GRCGOV', 'GRC'), ('11', '10', '02', '13'),
     'Turkey summoned the Greek ambassador and told him the deployment was unacceptable.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('13', '11'),
     'Iran said Britain was behind the unrest and warned it of serious consequences.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), ('11', '10'),
     'Kenya said Uganda was harbouring rebels and accused it of violating the border.'),
    # an indirect object
    (('JPN', 'JPNGOV'), ('VNM', 'VNMGOV'), ('07', '06'),
     'Japan gave Vietnam $200 million in development aid.'),
    (('USA', 'USAGOV'), ('JOR', 'JORGOV'), ('07', '03', '06'),
     'The United States offered Jordan new F-16 fighters.'),
    (('SAU', 'SAUGOV'), ('IRQ', 'IRQGOV'), ('07', '06'),
     'Saudi Arabia granted Iraq a loan of $1 billion.'),
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), ('06', '07'),
     'China sold Pakistan M-11 missiles, U.S. officials said.'),
    # a conjunct
    (('IGOARL', 'IGO'), ('ISR', 'ISRGOV'), ('11',),
     'The Arab League condemned Israel and the United States for the raid on Tunis.'),
    (('USAGOV', 'USA'), ('EGYGOV', 'EGY', 'JORGOV', 'JOR'), ('04',),
     'President Bush met the leaders of Egypt and Jordan at the White House on Monday.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'KWT', 'KWTGOV'), ('11',),
     'Iran accused Iraq and Kuwait of plotting against the Islamic Republic.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'JPN', 'JPNGOV'), ('11', '13'),
     'China warned the United States and Japan against interfering in Taiwan.'),
    # to / with / from a party after a long object
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('05', '06', '03'),
     'Japan signed an agreement on the sharing of military technology with the United States.'),
    (('USA', 'USAGOV'), ('SAU', 'SAUGOV'), ('06', '07'),
     'The United States will sell 72 F-15 fighter planes worth $9 billion to Saudi Arabia.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('08', '06'),
     'Iraq returned to Kuwait the archives it had seized during the occupation.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('16',),
     'Egypt recalled its ambassador from Israel in protest at the Lebanon invasion.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('12', '16'),
     'North Korea cancelled the scheduled meeting with South Korea, citing the joint military drills.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('10', '02'),
     'Iran demanded compensation from the United States for the downing of the airliner.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), ('14', '11'),
     'Pakistan lodged a protest with the Afghan government over the shelling of border villages.'),
    (('ISR', 'ISRGOV'), ('IGOUNO', 'IGO'), ('12',),
     'Israel rejected the findings of the U.N. inquiry into the Jenin fighting.'),
]

BATCHES: dict[str, list[Row]] = {"sources": SOURCES, "targets": TARGETS}
SHAPE19: list[Row] = SOURCES + TARGETS


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows, full=False)
