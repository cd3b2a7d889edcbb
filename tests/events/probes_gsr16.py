"""GSR-style probes of the fourteenth session (wip/sect16): 76 short international sentences in the
manner of the CAMEO manual's examples, written for wirewatch before the coder was run on them, each
with the actor codes (country + first sector, the way the CAMEO manual's examples code parties) and
the CAMEO roots an analyst would accept. A probe passes when some coded triple has an accepted source,
an accepted target and an accepted root; IGO and NGO codes compare on their first three letters.

`tests/events/test_probes_gsr16.py` runs them; `python tests/events/probes_gsr16.py` prints the pass
counts (country + root, actor + root) and each miss.
"""

from __future__ import annotations

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
GSR16: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    (('CHNGOV', 'VNMGOV'), ('VNMGOV', 'CHNGOV'), ('03', '06'),
     'Chinese and Vietnamese negotiators agreed on Tuesday to reopen border crossings closed since the war.'),
    (('KENGOV',), ('SDN',), ('03',),
     'The Kenyan government offered to mediate between the warring factions in southern Sudan.'),
    (('EGYGOV',), ('SYRGOV',), ('04',),
     'Egyptian President Hosni Mubarak will travel to Damascus next week for talks with Syrian leaders.'),
    (('PAKGOV',), ('INDGOV',), ('04',),
     'The Pakistani foreign minister received his Indian counterpart in Islamabad on Friday.'),
    (('JORGOV',), ('USAGOV',), ('05',),
     "Jordan's King Hussein praised the peace efforts of the U.S. administration."),
    (('GRC', 'TUR'), ('TUR', 'GRC'), ('06', '05'),
     'Greece and Turkey signed an agreement on Thursday to cooperate in fighting drug smuggling.'),
    (('JPN',), ('PRK',), ('07', '03'),
     'Japan pledged $200 million in emergency food aid to North Korea on Monday.'),
    (('PHLGOV',), ('PHLREB',), ('08',),
     'The Philippine government released 35 communist rebels as a goodwill gesture before peace talks.'),
    (('LBNUAF',), ('FRACVL',), ('08',),
     'Lebanese militiamen freed two French hostages held since March.'),
    (('IGO',), ('RWA',), ('09',),
     'The U.N. Security Council ordered an investigation into the killing of civilians in Rwanda.'),
    (('AGO',), ('ZAF',), ('10',),
     'Angola demanded that South Africa withdraw its troops from Namibia immediately.'),
    (('POLOPP',), ('POLGOV',), ('10',),
     'Polish Solidarity leaders urged the government to release all political prisoners.'),
    (('USR',), ('CHN',), ('11',),
     'The Soviet Union accused China of massing troops on the border.'),
    (('NICGOV',), ('USA',), ('11',),
     'Nicaraguan President Daniel Ortega denounced the U.S. aid to the Contra rebels.'),
    (('IRN',), ('SAU',), ('12',),
     'Iran rejected a Saudi proposal to hold talks on the disputed islands.'),
    (('BOL',), ('ARG',), ('12',),
     'Bolivia refused to extradite a former army officer wanted by Argentina.'),
    (('PRK',), ('KOR',), ('13',),
     'North Korea warned South Korea that it would take military action if the drills went ahead.'),
    (('HRV',), ('IGO',), ('13',),
     'Croatia threatened to expel U.N. peacekeepers if their mandate was not changed.'),
    (('CHNCVL',), ('CHNGOV', 'CHN'), ('14',),
     'Thousands of Tibetans demonstrated in Lhasa against Chinese rule.'),
    (('IDNEDU',), ('IDNLEG',), ('14',),
     'Hundreds of students staged a sit-in outside the Indonesian parliament in Jakarta.'),
    (('IND',), ('PAK',), ('15',),
     'India placed its border troops on high alert after clashes with Pakistani forces.'),
    (('SYR',), ('LBN',), ('15',),
     'Syria moved tanks and troops toward the Lebanese border.'),
    (('USAGOV',), ('MMR',), ('16',),
     'Washington imposed trade sanctions on Burma over its human rights record.'),
    (('ARG',), ('GBR',), ('16',),
     'Argentina broke off diplomatic relations with Britain after the invasion.'),
    (('CHLCOP',), ('CHLOPP',), ('17',),
     'Chilean police arrested 40 opposition activists during a protest in Santiago.'),
    (('SDNGOV',), ('GBRNGO',), ('17',),
     'The Sudanese government expelled three British aid workers from Khartoum.'),
    (('SRBMIL',), ('BIHCVL',), ('19',),
     'Serbian forces shelled the Bosnian town of Bihac on Sunday, killing six civilians.'),
    (('NGAUAF',), ('ITACVL',), ('18',),
     'Gunmen kidnapped an Italian engineer in the Niger Delta on Wednesday.'),
    (('PERREB',), ('PERMIL',), ('18', '19'),
     'Guerrillas ambushed an army convoy in northern Peru, killing 12 soldiers.'),
    (('ETHMIL',), ('ERIMIL',), ('19',),
     'Ethiopian troops clashed with Eritrean forces along the disputed border.'),
    (('ISRMIL',), ('LBN',), ('19',),
     'Israeli warplanes bombed Hezbollah positions in southern Lebanon.'),
    (('ISRUAF', 'PSE'), ('ISRMIL',), ('18',),
     'A suicide bomber killed 14 Israeli soldiers at a bus stop near Tel Aviv.'),
    (('IGO',), ('SRBGOV',), ('10',),
     'The European Union called on Belgrade to end the crackdown in Kosovo.'),
    (('CHNGOV',), ('JPNGOV',), ('11',),
     "Chinese Premier Li Peng expressed regret over the Japanese minister's remarks on the war."),
    (('AUSGOV',), ('IDNGOV',), ('04',),
     'Australian Prime Minister Paul Keating visited Jakarta for talks with President Suharto.'),
    (('KORCOP',), ('KOREDU',), ('17',),
     'South Korean riot police fired tear gas at thousands of students protesting in Seoul.'),
    (('VNM', 'KHM'), ('KHM', 'VNM'), ('03', '06'),
     'Vietnam and Cambodia agreed to set up a joint commission to settle border disputes.'),
    (('CUB',), ('CUBOPP',), ('08',),
     'Cuba released 200 political prisoners following an appeal by the Pope.'),
    (('ZMBGOV',), ('ZMBOPP',), ('17',),
     'The Zambian government banned all opposition rallies ahead of the election.'),
    (('COL',), ('USA', 'COLCRM'), ('06', '17'),
     'Colombia extradited three suspected drug traffickers to the United States.'),
    (('ARMGOV', 'AZEGOV'), ('AZEGOV', 'ARMGOV'), ('04',),
     'Talks between Armenian and Azerbaijani officials ended without agreement in Geneva on Friday.'),
    (('ETHCOP', 'ETHMIL'), ('DNKMED',), ('17',),
     'Two Danish journalists were detained by Ethiopian security forces near the Somali border.'),
    (('NPLREB',), ('NPLMIL',), ('19', '18'),
     'Seven Nepalese soldiers were killed when Maoist rebels attacked an army post in western Nepal.'),
    (('MEXGOV',), ('USAGOV',), ('11',),
     "Mexico's foreign ministry summoned the U.S. ambassador to protest the shooting of a Mexican citizen."),
    (('KWTGOV',), ('EGYLAB',), ('17',),
     'Kuwaiti authorities deported 300 Egyptian workers on Tuesday.'),
    (('TZA',), ('BDIELI', 'BDIMIL'), ('07',),
     'Tanzania has granted asylum to a former Burundian army officer.'),
    (('TURJUD',), ('TURMED',), ('11', '17'),
     'A Turkish court sentenced a Kurdish newspaper editor to two years in prison.'),
    (('EGY',), ('ISR',), ('11',),
     "Egypt condemned Israel's raid on a Palestinian refugee camp in Gaza."),
    (('GHAGOV',), ('GHAMIL',), ('08',),
     'The Ghanaian president pardoned 20 soldiers convicted of plotting a coup.'),
    (('LBY',), ('ITAGOV',), ('16', '17'),
     'Libya expelled the Italian ambassador on Monday.'),
    (('MAR', 'DZA'), ('DZA', 'MAR'), ('05', '06', '03'),
     'Morocco and Algeria restored diplomatic relations after a 12-year break.'),
    (('INDCOP',), ('INDOPP', 'INDREL'), ('18', '19', '17'),
     'Indian police opened fire on Sikh demonstrators in Amritsar, killing four.'),
    (('BRA',), ('ARG',), ('11',),
     'Brazil protested to Argentina over the detention of two Brazilian fishermen.'),
    (('FJIMIL',), ('FJIGOV',), ('12',),
     "Fiji's military leaders refused to hand over power to the elected government."),
    (('UGAREB',), ('UGACVL', 'UGAEDU'), ('18',),
     'Rebels in northern Uganda abducted 40 schoolchildren, the army said.'),
    (('VNM',), ('PRK',), ('07',),
     'Vietnam sent 5,000 tons of rice to North Korea as humanitarian aid.'),
    (('MYSGOV',), ('MYSOPP',), ('17', '12'),
     'The Malaysian government banned a rally planned by the opposition in Kuala Lumpur.'),
    (('POLLAB',), ('POLGOV', 'POL'), ('14',),
     'Polish workers went on strike to demand higher wages from the state.'),
    (('IGO',), ('SRBMIL', 'BIHMIL'), ('19',),
     'NATO aircraft struck Serb artillery positions around Sarajevo.'),
    (('THAMIL',), ('MMRMIL',), ('15', '19'),
     'Thai troops fired warning shots at Burmese soldiers who crossed the border.'),
    (('ISR',), ('LBN', 'LBNREB'), ('08', '07'),
     'Israel returned the bodies of three Hezbollah fighters to Lebanon.'),
    (('IRQGOV',), ('IGO',), ('04',),
     'The Iraqi foreign minister met with the Arab League chief in Cairo.'),
    (('CHN',), ('JPNGOV',), ('11',),
     'China criticized Japanese Prime Minister Junichiro Koizumi for visiting the war shrine.'),
    (('ECUMIL',), ('PER', 'PERMIL'), ('19',),
     'Ecuadorean troops crossed into Peru and attacked a border post, Peruvian officials said.'),
    (('NLDGOV',), ('IDN',), ('05',),
     'The Dutch government apologized to Indonesia for its colonial abuses.'),
    (('ZAFGOV', 'ZAFPTY'), ('ZAFOPP',), ('11',),
     "South Africa's ruling ANC accused the white opposition of stirring violence."),
    (('ESPCOP',), ('ESPREB',), ('17',),
     'Spanish police dismantled a Basque separatist cell in Bilbao.'),
    (('SYR',), ('IGO',), ('05', '01'),
     "Syria welcomed the Arab summit's decision to support Lebanon."),
    (('MMRMIL',), ('MMROPP',), ('17',),
     'The Burmese junta placed opposition leader Aung San Suu Kyi under house arrest.'),
    (('CIV',), ('BFA',), ('11',),
     'Ivory Coast accused Burkina Faso of backing the rebels.'),
    (('ZAR', 'COD'), ('RWA',), ('16',),
     'Zaire closed its border with Rwanda to stop the flow of refugees.'),
    (('CHNMIL',), ('TWN',), ('15',),
     'The Chinese army conducted military exercises near Taiwan.'),
    (('USAGOV',), ('IRQ',), ('09',),
     'The U.S. State Department said it was investigating reports that Iraq had used chemical weapons.'),
    (('NGAMIL',), ('LBRREF',), ('18', '17'),
     'Nigerian soldiers beat and robbed Liberian refugees at a checkpoint.'),
    (('TURGOV',), ('GRC',), ('05', '01'),
     "Turkey's prime minister offered condolences to Greece after the earthquake."),
    (('ERI',), ('ETH',), ('11',),
     'Eritrea accused Ethiopia of bombing civilian targets in the port of Assab.'),
]


def _cut(code: str, width: int) -> str:
    return code[:3] if width == 3 or code[:3] in ("IGO", "NGO") else code[:6]


def accepted(row: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str],
             got: set[tuple[str, str, str]], width: int = 6) -> bool:
    """Whether a coded triple matches the row at `width` (6: country + sector, 3: country)."""
    sources, targets, roots, _ = row
    want_s = {_cut(s, width) for s in sources}
    want_t = {_cut(t, width) for t in targets}
    return any(_cut(s, width) in want_s and _cut(t, width) in want_t and c[:2] in roots for s, t, c in got)


if __name__ == "__main__":
    from wirewatch.pipeline import analyze

    country = actor = 0
    for row in GSR16:
        art = analyze(row[3], date="2000-01-01")
        got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
        country += accepted(row, got, 3)
        actor += accepted(row, got, 6)
        if not accepted(row, got, 6):
            print(row[3], "\n    got", sorted(got))
    print(f"{len(GSR16)} probes: country + root {country}, actor + root {actor}")
