"""GSR-style probes of the fifteenth session (wip/parties17e) on the SECOND PARTY that sits far from the
verb: parties in nominal complements ("the expulsion of Y by X", "X's decision to deport Y"), in
with/against/over phrases two levels down, in purpose and relative clauses, between-phrases of a deal,
coordinated objects, and sources in apposition or after "according to". Short international sentences
in the manner of the CAMEO manual's examples, written for wirewatch in batches, each batch complete and
committed before the coder was run on it. Each row holds the actor codes an analyst would accept
(country + first sector) and the FULL CAMEO codes the codebook allows for the act.

A probe passes at three levels: country + root, actor + root, actor + full code. IGO and NGO codes
compare on their first three letters. `tests/events/test_probes_parties17e.py` runs the strictest level;
`python tests/events/probes_parties17e.py` prints the three counts per batch and each miss.
"""

from __future__ import annotations

from functools import partial

from probe_match import batch_bounds, matches, report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO codes, sentence)
PARTIES17E: list[Row] = [
    # batch 1: parties away from the verb, written before any run
    (('GRC', 'GRCGOV'), ('ALB', 'ALBGOV'), ('111',),
     "Greece condemned Albania's decision to close the Greek schools in Gjirokaster."),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111',),
     'Pakistan criticized the expulsion of two of its diplomats by India.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('040', '043', '046'),
     'Chinese officials held talks with Vietnam on the disputed border in Hanoi.'),
    (('FRA', 'FRAGOV'), ('IRQ', 'IRQGOV'), ('163', '160'),
     'France joined the sanctions against Iraq over its invasion of Kuwait.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('057', '030', '031'),
     'Armenia signed a ceasefire agreement with Azerbaijan in Bishkek.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057',),
     'Israel and Jordan signed a peace treaty at a ceremony on their border.'),
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), ('071', '070'),
     'The United States announced a loan of 20 billion dollars to Mexico to stabilize the peso.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('112', '111'),
     'Iran accused Saudi Arabia of mistreating Iranian pilgrims in Mecca, according to the official news '
     'agency IRNA.'),
    (('IGO',), ('RWA', 'RWAGOV'), ('1012', '101', '102', '103', '100'),
     'The United Nations appealed to Rwanda to allow aid convoys to reach the refugees.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('042', '040', '043'),
     'Egyptian President Hosni Mubarak flew to Jerusalem for talks with Israeli leaders.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), ('1246', '120', '1241', '125'),
     'Kenya rejected an appeal from Uganda to reopen the border crossing at Malaba.'),
    (('RUS', 'RUSGOV'), ('EST', 'ESTGOV'), ('111', '112'),
     'Moscow protested to Estonia over the treatment of ethnic Russians in Tallinn.'),
    (('THA', 'THAGOV'), ('KHM', 'KHMGOV', 'KHMMIL'), ('111', '112', '114'),
     'Thailand lodged a protest with Cambodia over the shelling of a border village.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV', 'CHNBUS'), ('163', '160'),
     'Washington imposed sanctions on Chinese companies for selling missiles to Pakistan.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRQ', 'IRQREB'), ('190', '195', '193', '183'),
     'Turkish warplanes bombed Kurdish rebel bases in northern Iraq.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('036', '030'),
     'Germany expressed its readiness to open talks with Poland on the border treaty.'),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), ('051', '050'),
     'The Syrian foreign minister praised the role of the Lebanese government in ending the civil war.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('1246', '120', '1241', '125'),
     "Havana rejected Washington's offer to hold talks on migration."),
    (('NOR', 'NORGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV', 'PSEREB', 'PLO'), ('043', '040', '045', '046'),
     'Norway hosted secret talks between Israel and the Palestinians in Oslo.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('1053', '105', '100', '102'),
     'Japan urged Russia to return the four islands it seized at the end of the war.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), ('071', '070', '073', '074'),
     'India sent food and medicine to Sri Lanka after the cyclone.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('161', '160', '1044', '163'),
     'Venezuela recalled its ambassador from Colombia after the border incident.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), ('112', '111', '1121', '1123'),
     'Morocco said Algeria was arming the Polisario Front guerrillas.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), ('020', '023', '040', '036'),
     'The Brazilian president, Fernando Collor, offered Argentina help in settling its debt crisis.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('1246', '120', '125', '1241', '128'),
     'North Korea rejected a proposal by South Korea for a meeting of prime ministers.'),
    (('BEL', 'BELGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), ('162', '1621', '160'),
     'Belgium suspended its development aid to Zaire because of human rights abuses.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('163', '160', '1621'),
     'The Security Council voted to impose an air embargo on Libya.'),
    (('ESP', 'ESPGOV'), ('GBR', 'GBRGOV'), ('1041', '104', '100', '102', '1043'),
     'Spain renewed its demand that Britain give up sovereignty over Gibraltar.'),
    (('NGA', 'NGAGOV'), ('GHA', 'GHAGOV', 'GHACVL', 'GHALAB'), ('174',),
     'Nigeria ordered the expulsion of Ghanaian workers living in Lagos.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('064', '060', '061'),
     'Australia and Indonesia agreed to share intelligence on people smuggling.'),
    # batch 2: acts in a relative clause of a measure someone adopts, written before any run
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160'),
     'The Greek cabinet approved a decree that imposes a trade embargo on Macedonia.'),
    (('IND', 'INDGOV', 'INDLEG'), ('PAK', 'PAKGOV'), ('163', '160', '1621'),
     'The Indian parliament passed a law that bans all trade with Pakistan.'),
    (('USA', 'USAGOV', 'USALEG'), ('CUB', 'CUBGOV'), ('163', '160'),
     'The US Senate adopted a bill that would tighten the embargo against Cuba.'),
    (('MYS', 'MYSGOV'), ('IDN', 'IDNGOV', 'IDNCVL', 'IDNLAB'), ('174',),
     'Malaysia announced a plan that will expel illegal immigrants from Indonesia.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt adopted measures that will cut its diplomatic ties with Israel.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('1312', '130', '138', '1382'),
     'The Turkish government unveiled a plan that threatens military action against Syria.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('163', '160'),
     'Russia decided to approve a decree that will impose a blockade on Georgia.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), ('1246', '120', '125', '128', '124', '1241'),
     'Belgrade rejected a plan that would have sent NATO troops to Kosovo.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('071', '070', '073'),
     'South Korea approved a plan that sends rice to North Korea.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('057', '030', '031'),
     'Poland signed a treaty that settles its border with Germany.'),
    # batch 3: event nouns, between-phrases, coordination, purpose clauses, written before any run
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV', 'BGDCVL'), ('174',),
     "India's decision to deport thousands of Bangladeshi migrants angered Dhaka."),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV', 'GBRMED'), ('174', '1663', '166'),
     'The expulsion of a British journalist by Zimbabwe drew protests from London.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('045', '040', '046', '043'),
     'The talks between Israel and Syria were mediated by Egypt.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('040', '043', '046'),
     'Israel held talks with Syria on the Golan Heights under American sponsorship.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV', 'SYR', 'SYRGOV'), ('111',),
     'France condemned Iran and Syria for supporting terrorism.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV'), ('040', '042', '043', '046'),
     'Secretary of State George Shultz met Panamanian leaders in Panama City.'),
    (('SEN', 'SENGOV', 'SENMIL'), ('GMB', 'GMBGOV', 'GMBREB'), ('150', '152', '1041', '190'),
     'Senegal sent troops to Gambia to put down a coup attempt.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '112'),
     "China criticized the sale of American fighter jets to Taiwan."),
    (('LBN', 'LBNGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), ('114', '111', '112'),
     'Lebanon filed a complaint with the Security Council against Israel over air raids on its south.'),
    (('PRT', 'PRTGOV'), ('IDN', 'IDNGOV'), ('111',),
     'According to the Portuguese foreign ministry, Lisbon condemned the Indonesian occupation of East '
     'Timor.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('036', '030', '031'),
     'Buenos Aires, the Argentine capital, offered to resume negotiations with Britain over the '
     'Falklands.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('057', '045', '030', '031'),
     'The US-brokered deal between Israel and the Palestinians was signed in Washington.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('111', '112', '1123'),
     "Iraq's foreign minister, Tariq Aziz, accused Kuwait of stealing Iraqi oil."),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('1042', '104', '100', '102', '1056', '106'),
     'Vietnam demanded the withdrawal of Chinese ships from its waters in the South China Sea.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('111', '112'),
     "Seoul condemned Tokyo's approval of school textbooks that glossed over wartime atrocities."),
    (('IGO',), ('SDN', 'SDNGOV'), ('163', '160'),
     'The European Union imposed an arms embargo on Sudan over the conflict in Darfur.'),
    (('TZA', 'TZAGOV'), ('BDI', 'BDIGOV'), ('045', '040', '043', '046'),
     'Tanzanian President Julius Nyerere agreed to mediate between the Burundi government and the '
     'rebels.'),
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), ('071', '070', '074'),
     'Moscow signed an agreement with Kabul to supply weapons to the Afghan army.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNGOV', 'LBNREB', 'LBNMIL'), ('190', '193', '195', '180', '183'),
     'Israeli jets struck Hezbollah positions in southern Lebanon.'),
    (('CAN', 'CANGOV'), ('IND', 'INDGOV'), ('161', '160'),
     "Canada downgraded its diplomatic ties with India after New Delhi's nuclear tests."),

]

# rows added with the fixes, each written before its fix
FIXES17E: list[Row] = [
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160'),
     'Greece signed a decree that imposes an embargo on Macedonia.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('114', '111'),
     'Pakistan lodged a protest with the United Nations against India.'),
    (('CUB', 'CUBGOV'), ('ESP', 'ESPGOV'), ('114',),
     'Cuba lodged a complaint with Spain.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP'), ('173',),
     'The arrest of the opposition leader by Kenyan police sparked riots.'),
    (('ETH', 'ETHMIL'), ('ERI', 'ERICVL'), ('180', '183', '186', '190'),
     'The killing of Eritrean villagers by Ethiopian soldiers angered Asmara.'),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), ('111',),
     'Britain condemned the expulsion of a British journalist by Zimbabwe.'),
    (('SWE', 'SWEGOV'), ('ETH', 'ETHGOV'), ('111',),
     'Sweden criticized the detention of a Swedish aid worker by Ethiopia.'),
    (('NOR', 'NORGOV'), ('CHL', 'CHLGOV'), ('111',),
     "Norway criticized Chile's treatment of Mapuche activists."),
]

# measures a party rejects or debates: their acts are not that party's (no root-16 triple from it)
NOT_ADOPTED: list[tuple[str, str]] = [
    ('ISR', 'Israel rejected a plan that would ban trade with Syria.'),
    ('KEN', 'The Kenyan parliament debated a bill that bans imports from Uganda.'),
]


# the tests ask for one of the accepted codes
accepted = partial(matches, full=True)


def batches() -> list[tuple[int, int]]:
    """(first row, end row) of each batch of PARTIES17E."""
    return batch_bounds(__file__, "PARTIES17E")


if __name__ == "__main__":
    for number, (first, end) in enumerate(batches(), 1):
        report(f"batch {number}", PARTIES17E[first:end])
    report("fixes", FIXES17E)
