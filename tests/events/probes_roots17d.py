"""Blind probes of the fifteenth session (wip/roots17d) on the ROOT of borderline acts: short
international sentences in the manner of the CAMEO manual's examples, each on a line between
neighbouring roots (18 / 19 / 17 / 20, 11 / 12 / 13 / 16, 02 / 10, 03 / 05 / 06 / 08, 04 / 03, 01 /
others), written in batches, each batch complete and committed before the coder was run on it. Each row
holds the actor codes an analyst would accept (country + first sector) and the FULL CAMEO codes the
codebook allows for the act.

A probe passes at three levels: country + root, actor + root, actor + full code. IGO and NGO codes
compare on their first three letters. `tests/events/test_probes_roots17d.py` runs the strictest level;
`python tests/events/probes_roots17d.py` prints the three counts per batch and each miss.
"""

from __future__ import annotations

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO codes, sentence)
ROOTS17D: list[Row] = [
    # batch 1: violence (17-20), disapproval to reduced relations (11-16), written before any run
    (('COLREB',), ('COLGOV', 'COLELI', 'COL'), ('181',),
     'Colombian guerrillas kidnapped a provincial governor near Medellin.'),
    (('PERREB', 'PERUAF'), ('PERCVL', 'PER'), ('183', '1834'),
     'Shining Path rebels set off a bomb outside a bank in Lima.'),
    (('TURMIL',), ('IRQ', 'IRQREB'), ('195', '190'),
     'Turkish warplanes bombed Kurdish rebel camps in northern Iraq.'),
    (('ISRMIL',), ('LBN', 'LBNREB', 'LBNCVL'), ('194', '190'),
     'Israeli artillery shelled villages in southern Lebanon.'),
    (('IRQMIL', 'IRQ'), ('KWT',), ('192',),
     'Iraqi troops occupied Kuwait in August 1990.'),
    (('CHNCOP', 'CHNGOV'), ('CHNOPP', 'CHNCVL', 'CHNEDU'), ('173',),
     'Chinese police detained dozens of dissidents in Beijing ahead of the anniversary.'),
    (('SAUGOV', 'SAU'), ('YEM', 'YEMLAB', 'YEMCVL'), ('174', '201'),
     'Saudi Arabia expelled hundreds of Yemeni workers.'),
    (('KENCOP',), ('KENOPP', 'KENCVL', 'KENEDU'), ('175',),
     'Kenyan police fired tear gas at opposition supporters in Nairobi.'),
    (('RWAMIL', 'RWA', 'RWACVL', 'RWAUAF'), ('RWACVL', 'RWA'), ('202',),
     'Hutu militias massacred thousands of Tutsi civilians in Rwanda.'),
    (('IRQGOV', 'IRQ'), ('IRQCVL', 'IRQ'), ('204', '2041'),
     'Iraq used chemical weapons against Kurdish villagers in Halabja.'),
    (('LBNREB', 'LBNUAF'), ('USA', 'USACVL', 'USAMED'), ('181',),
     'Gunmen in Beirut seized an American journalist.'),
    (('ZAFCOP',), ('ZAFCVL', 'ZAFOPP', 'ZAF'), ('1822', '182'),
     'South African police tortured black activists in detention.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('IRQ', 'IRQGOV'), ('1712', '171', '195', '190'),
     'Israel destroyed an Iraqi nuclear reactor near Baghdad.'),
    (('ESPREB', 'ESPUAF'), ('ESPGOV', 'ESPMIL', 'ESP'), ('186',),
     'Basque separatists assassinated a Spanish army general in Madrid.'),
    (('MARGOV', 'MAR'), ('ESP', 'ESPCVL'), ('1711', '171'),
     'Moroccan authorities confiscated Spanish fishing boats off the coast.'),
    # 11-16
    (('FRAGOV',), ('IRN', 'IRNGOV'), ('111',),
     'The French foreign ministry condemned the Iranian decree against the writer.'),
    (('USAGOV',), ('CUB', 'CUBGOV'), ('1121', '112'),
     'The State Department accused Cuba of drug trafficking.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('1211', '121', '120'),
     'Vietnam turned down a Chinese proposal for joint oil exploration in the South China Sea.'),
    (('ISR', 'ISRGOV'), ('IGO',), ('126', '120'),
     'Israel rejected a U.N. offer to mediate with the Palestinians.'),
    (('USAGOV', 'USA'), ('IGO',), ('129',),
     'The United States vetoed a Security Council resolution on the Israeli settlements.'),
    (('SYRGOV', 'SYR'), ('USA', 'USAGOV'), ('016', '010'),
     'Syria denied any role in the bombing of the U.S. embassy.'),
    (('USAGOV', 'USA'), ('LBY', 'LBYGOV'), ('1312', '131'),
     'President Reagan threatened Libya with economic sanctions.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('1384', '138', '130'),
     'China warned Taiwan that it would use force if the island declared independence.'),
    (('GBR', 'GBRGOV'), ('SYR', 'SYRGOV'), ('161',),
     'Britain broke off diplomatic relations with Syria.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('161', '174'),
     'France expelled five Iranian diplomats.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('1622', '162'),
     'The United States cut off military aid to Pakistan.'),
    (('EEC', 'IGO'), ('ZAF', 'ZAFGOV'), ('163',),
     'The European Community imposed an oil embargo on South Africa.'),
    (('PLE', 'PLEGOV', 'PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('164',),
     'The Palestinians broke off peace talks with Israel.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1662', '166'),
     'Iraq expelled the U.N. weapons inspectors.'),
    (('DEU', 'DEUGOV'), ('HRV', 'HRVGOV'), ('013', '010'),
     'Germany said it was hopeful about the Croatian peace talks.'),
    # batch 2: appeal / demand (02 / 10), intent / cooperation / yield (03 / 05 / 06 / 08), consult (04),
    # statements (01), written before any run
    (('PAK', 'PAKGOV'), ('IGO',), ('0233', '023'),
     'Pakistan appealed to the United Nations for food aid for Afghan refugees.'),
    (('IGO',), ('SDN', 'SDNGOV'), ('027', '020'),
     'The Organization of African Unity urged Sudan to settle its border dispute with Uganda peacefully.'),
    (('USAGOV', 'USA'), ('CHN', 'CHNGOV'), ('0253', '025'),
     'Secretary of State James Baker called on China to release political prisoners.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('1053', '105'),
     'Kuwait demanded that Iraq free the Kuwaiti prisoners it still holds.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('020', '025', '0256'),
     'The U.N. Secretary-General appealed to Israel to show restraint in the occupied territories.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('1011', '101', '100'),
     'Russia demanded that Ukraine pay its gas debts.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('036',),
     'Jordan agreed to hold direct talks with Israel.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057',),
     'Israel and Jordan signed a peace treaty at the border crossing.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057',),
     'Jordan signed a peace treaty with Israel in 1994.'),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), ('0331', '033', '030'),
     'Japan pledged $500 million in economic aid to the Philippines.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('071', '070'),
     'Japan gave Indonesia $2 billion in loans to rebuild its economy.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('062',),
     'The United States and Israel held joint naval exercises in the Mediterranean.'),
    (('USAGOV', 'USA'), ('CAN', 'CANGOV'), ('0311', '031'),
     'The United States and Canada agreed to cut tariffs on farm goods.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('054', '050'),
     'Argentina restored diplomatic relations with Britain.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), ('0874', '087'),
     'Vietnam withdrew its troops from Cambodia.'),
    (('ZAFGOV',), ('ZAFOPP', 'ZAFREB', 'ZAF'), ('0841', '084'),
     'The South African government freed Nelson Mandela after 27 years in prison.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085', '081'),
     'The United States lifted its trade embargo against Vietnam.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('086', '0862'),
     'Iraq allowed U.N. inspectors to resume their work.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('087', '0871'),
     'South Korea agreed to a ceasefire along the border with North Korea.'),
    (('RUSGOV', 'RUS'), ('USAGOV', 'USA'), ('042',),
     'Russian Foreign Minister Andrei Kozyrev visited Washington for talks.'),
    (('CHNGOV', 'CHN'), ('USAGOV', 'USA'), ('043',),
     'Beijing hosted a visit by U.S. Secretary of State Warren Christopher.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('046', '040'),
     'Syrian and Israeli negotiators held talks in Washington.'),
    (('USAGOV', 'USA'), ('RUSGOV', 'RUS'), ('041',),
     'President Clinton telephoned Russian President Boris Yeltsin.'),
    (('EGY', 'EGYGOV'), ('PSE', 'PLE', 'PSEGOV', 'PLEGOV'), ('039', '030'),
     'Egypt offered to mediate between Israel and the Palestinians.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('036', '030'),
     'Britain said it was willing to meet Argentina to discuss the Falkland Islands.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('012', '010'),
     'Greece said it was pessimistic about relations with Turkey.'),
    (('NGO',), ('USA', 'USAGOV'), ('051',),
     'Amnesty International praised the United States for banning land mines.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055',),
     'Japan apologized to South Korea for its wartime treatment of Korean women.'),
    (('FRA', 'FRAGOV'), ('BEL', 'BELGOV'), ('052', '051'),
     'France defended Belgium against criticism of its peacekeepers in Rwanda.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('015', '010'),
     'Iran acknowledged responsibility for the downing of the American plane.'),
    # batch 3: a second pass over every borderline, other verbs and agents, written before any run
    (('SOMUAF', 'SOMREB', 'SOM'), ('ITA', 'ITACVL', 'ITAMED'), ('1823', '180', '182'),
     'Somali gunmen shot dead an Italian journalist in Mogadishu.'),
    (('PAKCVL', 'PAK'), ('PAKREL', 'PAKCVL', 'PAKCHR'), ('182', '180', '145'),
     'A mob in Lahore beat a Christian man accused of blasphemy.'),
    (('NGAMIL',), ('NGAREB', 'NGAUAF'), ('190', '193'),
     'Nigerian troops clashed with militants in the Niger Delta.'),
    (('RUSMIL',), ('RUS', 'RUSREB'), ('195', '190'),
     'Russian jets bombed rebel positions in Chechnya.'),
    (('USAMIL', 'USA'), ('CUB', 'CUBGOV'), ('191',),
     'The U.S. Navy imposed a blockade on Cuba in October 1962.'),
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL', 'PLE', 'PLECVL'), ('1723', '172'),
     'The Israeli army imposed a curfew on Palestinians in Hebron.'),
    (('EGYGOV',), ('EGYOPP', 'EGYREL'), ('1722', '172'),
     'The Egyptian government banned the Muslim Brotherhood.'),
    (('TURGOV', 'TURJUD'), ('TURMED',), ('173',),
     'Turkish authorities arrested two newspaper editors in Istanbul.'),
    (('THAGOV', 'THA'), ('MMR', 'MMRREF', 'MMRCVL'), ('174', '201'),
     'Thailand deported 300 Burmese refugees.'),
    (('SRBMIL', 'SRBUAF', 'SRB', 'BIHMIL'), ('BIHCVL', 'BIH'), ('202', '203'),
     'Bosnian Serb forces killed thousands of Muslim men after the fall of Srebrenica.'),
    (('PERMIL', 'PERCOP'), ('PERCVL', 'PERLAB', 'PEROPP'), ('175',),
     'Peruvian riot police broke up a march by striking miners in Lima.'),
    (('AFGREB', 'AFGUAF'), ('AFGGOV',), ('185',),
     'Taliban fighters tried to assassinate the governor of Kandahar.'),
    # 11 / 12 / 13 / 16
    (('RUSGOV', 'RUS'), ('NATO', 'IGO'), ('111',),
     'Russian President Boris Yeltsin criticized NATO plans to expand eastward.'),
    (('IRNGOV', 'IRN'), ('IRQ', 'IRQGOV'), ('1123', '112'),
     'Tehran accused Baghdad of attacking Iranian border posts.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), ('1211', '1212', '121', '120', '127'),
     'Belgrade rejected a NATO plan to station troops in Kosovo.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('128', '120'),
     'Iraq defied U.N. resolutions on weapons inspections.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('016', '010'),
     'North Korea denied that it was building nuclear weapons.'),
    (('IRNGOV', 'IRN'), ('USA', 'USAGOV'), ('1384', '138', '130'),
     'Iran warned the United States that it would retaliate against any attack on its territory.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1313', '131', '130'),
     'China threatened to downgrade its relations with the United States over arms sales to Taiwan.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('161',),
     'Venezuela recalled its ambassador from Colombia.'),
    (('CAN', 'CANGOV'), ('NGA', 'NGAGOV'), ('163',),
     'Canada imposed sanctions on Nigeria after the execution of Ken Saro-Wiwa.'),
    (('NGO',), ('SDN', 'SDNCVL', 'SDNGOV'), ('1623', '162', '166', '1663'),
     'Doctors Without Borders suspended its operations in southern Sudan.'),
    # 02 / 10, 03 / 04 / 05 / 06 / 08, 01
    (('IGO',), ('IRQ', 'IRQGOV'), ('106',),
     'The U.N. Security Council demanded that Iraq withdraw its forces from Kuwait.'),
    (('VAT', 'VATGOV', 'VATREL'), ('IRL', 'IRLREB', 'GBRREB'), ('0256', '025', '020'),
     'The Pope appealed to the IRA to lay down its arms.'),
    (('PHL', 'PHLGOV'), ('USA', 'USAGOV'), ('0232', '023'),
     'The Philippines asked the United States for military help against the rebels.'),
    (('NOR', 'NORGOV'), ('LKA', 'LKAGOV', 'LKAREB'), ('039', '030'),
     'Norway offered to mediate between the Sri Lankan government and the Tamil rebels.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('057',),
     'Britain and Ireland signed the Good Friday Agreement in Belfast.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('0313', '031'),
     'Germany and Poland agreed to cooperate in fighting cross-border crime.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('072',),
     'The United States delivered F-16 fighter jets to Israel.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('046', '040'),
     'China and Britain held talks on the future of Hong Kong.'),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), ('0874', '087'),
     'Syria pulled its troops out of Lebanon in April 2005.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'USAMED'), ('0841', '084'),
     'North Korea released two American journalists.'),
    # batch 4: agents and objects that tip the root, written before any run
    (('ESPREB', 'ESPUAF'), ('ESPCOP', 'ESP'), ('183', '1832'),
     'A car bomb planted by Basque separatists killed two Spanish policemen in Bilbao.'),
    (('IRLREB', 'GBRREB', 'IRLUAF', 'GBRUAF'), ('GBRMIL',), ('183', '1833'),
     'IRA guerrillas blew up a British army patrol with a roadside bomb in Armagh.'),
    (('USAMIL',), ('IRQ', 'IRQMIL'), ('195', '1951', '190'),
     'American cruise missiles struck Iraqi air defence sites near Baghdad.'),
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), ('194', '190'),
     'Indian artillery pounded Pakistani positions in Kashmir.'),
    (('INDMIL',), ('PAKMIL', 'PAK'), ('190', '193', '194'),
     'Indian and Pakistani troops exchanged fire across the line of control in Kashmir.'),
    (('LBNREB', 'LBNUAF', 'LBN'), ('FRA', 'FRACVL', 'FRAMED', 'FRAGOV'), ('181',),
     'Kidnappers in Beirut released a videotape of the French hostages they abducted in 1985.'),
    (('COLREB', 'COLUAF'), ('COLCVL', 'COL'), ('181',),
     'Colombian rebels abducted 40 passengers from a domestic flight.'),
    (('CHLGOV', 'CHLMIL'), ('CHLOPP', 'CHLCVL', 'CHL'), ('172', '1721', '1724'),
     'The Chilean junta declared a state of siege after the attempt on General Pinochet.'),
    (('ARGMIL', 'ARGGOV'), ('ARGOPP', 'ARGCVL', 'ARG'), ('173',),
     'Argentine soldiers rounded up hundreds of suspected leftists in Buenos Aires.'),
    (('DEUGOV', 'DEU'), ('TUR', 'TURCVL'), ('174',),
     'Germany deported a Turkish Kurd accused of arson.'),
    (('UGAMIL', 'UGAGOV'), ('UGACVL', 'UGA', 'UGAOPP'), ('171', '1712'),
     'Ugandan soldiers burned the homes of suspected rebel supporters in the north.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV', 'GBRMIL'), ('173', '171', '181'),
     'Iran seized 15 British sailors in the Gulf.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1243', '124'),
     'China refused to return the crew of the American spy plane.'),
    (('USAGOV', 'USA'), ('IRN', 'IRNGOV'), ('1312', '131', '130'),
     'Washington warned Tehran that it would face new sanctions if it did not stop enriching uranium.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('125', '120'),
     'Pakistan rejected an Indian offer of talks on Kashmir.'),
    (('ISR', 'ISRGOV'), ('IGO',), ('1245', '124', '120', '125', '126'),
     'Israel refused to cooperate with a U.N. fact-finding mission on Jenin.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), ('161',),
     'Britain severed diplomatic ties with Libya after the shooting of a policewoman.'),
    (('USA', 'USAGOV'), ('IGO',), ('1621', '162', '160'),
     'The United States withheld its dues from UNESCO.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('111', '112'),
     'Ethiopia denounced Eritrea for shelling the border town of Zalambessa.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('114', '111'),
     'China protested to Japan over a visit by its prime minister to the Yasukuni shrine.'),
    (('NGOAMN', 'NGO'), ('TUR', 'TURGOV'), ('1122', '112'),
     'Human Rights Watch accused Turkey of torturing Kurdish detainees.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV'), ('0243', '024', '0241', '0244'),
     'Nelson Mandela urged Nigeria to restore democracy.'),
    (('USAGOV', 'USA'), ('ISR', 'ISRGOV'), ('1042', '104', '1044'),
     'The United States demanded that Israel stop building settlements in the West Bank.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('036', '030'),
     'Russia agreed to a summit with the United States in Helsinki.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('043',),
     'Egyptian President Hosni Mubarak received Israeli Prime Minister Ehud Barak in Cairo.'),
    (('FRA', 'FRAGOV'), ('RWA', 'RWAGOV', 'RWACVL'), ('074', '073', '070'),
     'France sent troops to Rwanda to protect refugees.'),
    (('CUB', 'CUBGOV'), ('USA', 'USACVL', 'USA'), ('0841', '084'),
     'Cuba freed three American prisoners as a gesture to the United States.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('0355', '035'),
     'Iraq agreed to let U.N. weapons inspectors return.'),
    (('IDN', 'IDNGOV'), ('TLS', 'TLSCVL', 'IDN'), ('083', '0832', '0834'),
     'Indonesia allowed East Timor to vote on independence.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('018', '055', '010'),
     'Japan expressed deep remorse to China for its wartime aggression.'),
]

# probes added with the fixes, after the blind batches were run
FIXES17D: list[Row] = [
    (('IRQREB', 'IRQUAF', 'TURREB', 'TURUAF'), ('DEU', 'DEUCVL'), ('181',),
     'Kurdish guerrillas seized two German tourists in northern Iraq.'),
    (('MMRMIL',), ('MMREDU', 'MMROPP', 'MMRCVL'), ('1822', '182'),
     'Burmese soldiers tortured student leaders in a Rangoon prison.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('013', '010'),
     'Greece said it was optimistic about relations with Turkey.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('012', '010'),
     'India said it was pessimistic about the talks with Pakistan.'),
    (('SRB', 'SRBMIL', 'SRBGOV', 'SRBUAF'), ('HRV', 'HRVCVL'), ('1712', '171'),
     'Serb forces destroyed hundreds of Croatian homes near Knin.'),
    (('AGOUAF', 'AGO'), ('AGOCVL', 'AGOAGR', 'AGO'), ('190',),
     'A landmine explosion killed four Angolan farmers near Huambo.'),
    (('IDNMIL', 'IDN'), ('TLS', 'TLSCVL', 'IDNCVL'), ('202',),
     'Indonesian troops killed thousands of East Timorese civilians in 1999.'),
    (('SRBMIL', 'SRB', 'SRBUAF', 'BIHMIL'), ('BIH', 'BIHMOS', 'BIHCVL'), ('202',),
     'Bosnian Serb forces massacred thousands of Bosnian Muslims in Srebrenica.'),
    (('SYRMIL',), ('SYRREB', 'SYRMIL'), ('190', '193'),
     'Syrian troops killed dozens of rebel fighters near Aleppo.'),
    (('IDNMIL',), ('IDNCVL', 'IDN'), ('1712', '171'),
     'Indonesian soldiers burned the homes of villagers in Aceh.'),
    (('USA', 'USAGOV'), ('IGO',), ('1621', '162'),
     'The United States withheld its contributions to the United Nations.'),
    (('BLRCOP', 'BLRGOV'), ('BLROPP', 'BLRCVL', 'BLR'), ('175',),
     'Belarusian police broke up an opposition rally in Minsk.'),
    (('ZWECOP', 'ZWEGOV'), ('ZWELAB', 'ZWECVL', 'ZWE'), ('175',),
     'Zimbabwean police broke up a march by striking teachers in Harare.'),
    (('GEO', 'GEOGOV'), ('USA', 'USAGOV'), ('0232', '023'),
     'Georgia asked the United States for military help against the separatists.'),
    (('SOM', 'SOMGOV'), ('IGO',), ('0233', '023', '0231'),
     'Somalia asked the United Nations for humanitarian help after the floods.'),
]


def _cut(code: str, width: int) -> str:
    return code[:3] if width == 3 or code[:3] in ("IGO", "NGO") else code[:6]


def accepted(row: Row, got: set[tuple[str, str, str]], width: int = 6, full: bool = True) -> bool:
    """Whether a coded triple matches the row: `width` 6 is country + sector, 3 the country alone;
    `full` asks for one of the accepted codes, else only its root."""
    sources, targets, codes, _ = row
    want_s = {_cut(s, width) for s in sources}
    want_t = {_cut(t, width) for t in targets}
    roots = {c[:2] for c in codes}
    return any(_cut(s, width) in want_s and _cut(t, width) in want_t
               and (c in codes if full else c[:2] in roots) for s, t, c in got)


def batches() -> list[tuple[int, int]]:
    """(first row, end row) of each batch, read from the batch comments of this file."""
    import re
    from pathlib import Path

    text = Path(__file__).read_text()
    block = text[text.index("ROOTS17D: list[Row] = ["):]
    starts = [0]
    count = 0
    for line in block.splitlines()[1:]:
        if re.match(r"\s*# batch \d+:", line) and count:
            starts.append(count)
        if re.match(r"\s*\(\(", line):
            count += 1
        if line == "]":
            break
    return list(zip(starts, starts[1:] + [count], strict=True))


if __name__ == "__main__":
    from wirewatch.pipeline import analyze

    for number, (first, end) in enumerate(batches(), 1):
        country = actor = full = 0
        for row in ROOTS17D[first:end]:
            art = analyze(row[3], date="2000-01-01")
            got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
            country += accepted(row, got, 3, full=False)
            actor += accepted(row, got, 6, full=False)
            full += accepted(row, got, 6)
            if not accepted(row, got, 6):
                print(row[3], "\n    want", row[0], row[1], row[2], "\n    got", sorted(got))
        print(f"batch {number}: {end - first} probes: country + root {country}, actor + root {actor}, "
              f"actor + code {full}")
    fixed = 0
    for row in FIXES17D:
        art = analyze(row[3], date="2000-01-01")
        got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
        fixed += accepted(row, got, 6)
        if not accepted(row, got, 6):
            print(row[3], "\n    want", row[0], row[1], row[2], "\n    got", sorted(got))
    print(f"fixes: {len(FIXES17D)} probes, actor + code {fixed}")
