"""Actor-breadth probes of the sixteenth session (wip/names18): short international sentences of the
kind 1980-2005 wire copy carries, one act each, in the manner of the CAMEO manual's examples, naming as
many distinct real actors of every region as we could: armed groups, parties and movements, faith and
ethnic groups used as actors, supporters of a person, leaders, and international and non-governmental
bodies. Each batch was written and committed before the coder ran on it. Each row holds the actor codes
an analyst would accept (country + first sector; IGO and NGO compare on three letters) and the CAMEO
roots the act allows; the coder dates each sentence 2000-01-01, as probe_match.coded does.

`tests/events/test_probes_names18.py` runs them (actor + root); `python tests/events/probes_names18.py`
prints country + root and actor + root per batch and each miss. First-run figures are in docs/actors.md.
"""

from __future__ import annotations

from probe_match import batch_bounds, matches, report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
NAMES18: list[Row] = [
    # batch 1: armed groups of every region, written before any run
    (('COLREB',), ('COLLEG', 'COL'), ('18',),
     'FARC guerrillas kidnapped a Colombian senator near Bogota.'),
    (('COLREB',), ('COLCVL', 'COL'), ('08',),
     'ELN rebels released 12 hostages seized from a church in Cali.'),
    (('PERREB',), ('PERCVL', 'PER'), ('18', '20'),
     'Shining Path guerrillas killed 14 peasants in the Peruvian Andes.'),
    (('PERMIL',), ('PERREB',), ('18', '19'),
     "Peruvian troops stormed the Japanese ambassador's residence and killed 14 Tupac Amaru rebels."),
    (('GTMREB',), ('GTMMIL',), ('19', '18'),
     'URNG rebels ambushed a Guatemalan army patrol in the western highlands.'),
    (('MEXREB',), ('MEXMIL',), ('11',),
     'Zapatista rebels accused the Mexican army of killing civilians in Chiapas.'),
    (('ESPREB',), ('ESPMIL',), ('18', '19'),
     'ETA guerrillas killed a Spanish army colonel in Madrid with a car bomb.'),
    (('GBRREB',), ('GBRMIL',), ('18', '19'),
     'The IRA shot dead a British soldier in Belfast.'),
    (('GBRUAF', 'GBRREB'), ('GBRCVL', 'GBR', 'GBRCTH'), ('18',),
     'Gunmen of the Ulster Defence Association killed two Catholics in north Belfast.'),
    (('FRAREB', 'FRAUAF', 'FRA'), ('FRACOP',), ('18', '19'),
     'Corsican separatists bombed a police station in Ajaccio.'),
    (('SRBREB', 'YUGREB'), ('SRBCOP', 'YUGCOP'), ('19', '18'),
     'Kosovo Liberation Army guerrillas attacked a Serbian police patrol near Pristina.'),
    (('TURREB',), ('TURMIL', 'TURCVL', 'TURUAF', 'TUR'), ('18', '19'),
     'PKK guerrillas killed 10 village guards in southeastern Turkey.'),
    (('LBNREB',), ('ISRMIL',), ('19', '18'),
     'Hezbollah guerrillas attacked an Israeli army post in south Lebanon.'),
    (('PSEREB',), ('ISRMIL',), ('18', '19'),
     'Hamas gunmen shot dead two Israeli soldiers in Hebron.'),
    (('PSEREB',), ('ISR', 'ISRGOV', 'ISRCVL'), ('13',),
     'Islamic Jihad threatened to attack Israeli targets in revenge for the killing of its leader.'),
    (('PSEREB',), ('ISR', 'ISRCVL'), ('19', '18'),
     'PFLP guerrillas fired rockets into northern Israel from Lebanon.'),
    (('IRNREB',), ('IRNMIL', 'IRN'), ('19', '18'),
     'Mujahedeen Khalq rebels based in Iraq attacked Iranian border posts.'),
    (('DZAREB',), ('DZACVL', 'DZA'), ('18', '20'),
     'The Armed Islamic Group massacred 40 villagers south of Algiers.'),
    (('ESHREB',), ('MAR', 'MARGOV', 'MARMIL'), ('11',),
     'The Polisario Front accused Morocco of violating the ceasefire in Western Sahara.'),
    (('AGOREB',), ('IGO',), ('19', '18'),
     'UNITA rebels shot down a United Nations plane over central Angola.'),
    (('MOZREB',), ('MOZCVL', 'MOZ'), ('18', '19'),
     'Renamo rebels attacked a train in central Mozambique, killing 20 passengers.'),
    (('SDNREB',), ('SDN', 'SDNMIL', 'SDNGOV'), ('19',),
     'SPLA rebels captured the southern Sudanese town of Torit from government forces.'),
    (('SLEREB',), ('IGO',), ('18',),
     "Sierra Leone's Revolutionary United Front abducted 500 United Nations peacekeepers."),
    (('UGAREB',), ('UGACVL', 'UGAEDU', 'UGA'), ('18',),
     "The Lord's Resistance Army abducted 40 schoolgirls in northern Uganda."),
    (('LBRREB',), ('IGO',), ('19', '18'),
     'NPFL rebels loyal to Charles Taylor attacked ECOMOG peacekeepers in Monrovia.'),
    (('LKAREB',), ('LKAMIL',), ('19', '18'),
     'Tamil Tiger rebels killed 20 Sri Lankan soldiers in an ambush near Jaffna.'),
    (('PHLREB',), ('PHLCVL', 'PHL'), ('18',),
     'Abu Sayyaf rebels beheaded a Filipino hostage on Basilan island.'),
    (('PHLREB',), ('PHLGOV', 'PHL'), ('03', '04'),
     'The Moro Islamic Liberation Front agreed to resume peace talks with Manila.'),
    (('PHLREB',), ('PHLMIL',), ('19', '18'),
     "Communist New People's Army rebels ambushed a Philippine army patrol on Samar."),
    (('IDNREB',), ('IDNCOP',), ('19', '18'),
     'The Free Aceh Movement attacked an Indonesian police post in Aceh.'),
    (('IDNMIL',), ('TMPREB', 'TLSREB', 'IDNREB'), ('18', '19'),
     'Indonesian troops killed five Fretilin guerrillas in East Timor.'),
    (('INDREB', 'PAKREB'), ('INDMIL',), ('19', '18'),
     'Hizbul Mujahideen militants attacked an Indian army camp in Srinagar.'),
    (('AFGREB', 'AFGGOV', 'AFGMIL'), ('AFGREB', 'AFGMIL', 'AFG'), ('19',),
     'The Taliban captured the northern town of Taloqan from the Northern Alliance.'),
    (('AFGREB', 'AFGMIL', 'AFGGOV'), ('AFGREB', 'AFGGOV', 'AFGMIL'), ('19',),
     'Northern Alliance forces shelled Taliban positions north of Kabul.'),
    (('RUSREB',), ('RUSHLH', 'RUS', 'RUSCVL'), ('18', '19'),
     'Chechen rebels seized a hospital in the southern Russian town of Budennovsk.'),
    (('MMRREB',), ('MMRMIL',), ('19', '18'),
     'Karen rebels attacked a Burmese army outpost near the Thai border.'),
    (('INDREB',), ('INDCVL', 'INDLAB', 'IND'), ('18',),
     'ULFA militants killed 12 migrant workers in Assam.'),
    (('ITAREB',), ('ITAGOV', 'ITA'), ('18',),
     'The Red Brigades murdered an Italian government adviser in Rome.'),
    (('GRCREB',), ('GBRMIL',), ('18',),
     'Greek November 17 guerrillas killed a British military attache in Athens.'),
    (('IRQPTY', 'IRQREB', 'IRQOPP', 'IRQ', 'IRQUAF'), ('IRQPTY', 'IRQREB', 'IRQOPP', 'IRQ', 'IRQUAF'), ('19',),
     'Fighters of the Kurdistan Democratic Party clashed with the Patriotic Union of Kurdistan in northern '
     'Iraq.'),
    (('MKDREB', 'ALBREB'), ('MKDCOP',), ('19', '18'),
     'Ethnic Albanian rebels attacked a Macedonian police station near Tetovo.'),
    # batch 2: parties and movements (sides as on 2000-01-01, the probes' date), written before any run
    (('POLLAB', 'POLOPP'), ('POLGOV', 'POL'), ('14', '11', '10'),
     'Solidarity called a nationwide strike to protest against price rises ordered by the Polish '
     'government.'),
    (('GBRPTY', 'GBROPP', 'IRLPTY', 'IRLOPP'), ('GBRGOV',), ('11', '12'),
     'Sinn Fein accused the British government of stalling the peace process.'),
    (('ZAFPTY', 'ZAFOPP', 'ZAFGOV'), ('ZAFGOV', 'ZAFPTY'), ('11', '12'),
     'The Inkatha Freedom Party rejected the ANC proposal for a new constitution.'),
    (('ZAFGOV', 'ZAFPTY'), ('ZAFPTY', 'ZAFOPP'), ('11',),
     'The African National Congress accused the Democratic Party of racism.'),
    (('PSEPTY', 'PSEGOV', 'PSEREB'), ('PSEREB',), ('11',),
     'Fatah condemned Hamas for the suicide bombing in Jerusalem.'),
    (('PSEGOV',), ('ISRGOV', 'ISR'), ('03', '04'),
     'The PLO agreed to resume negotiations with Israel in Washington.'),
    (('ISROPP', 'ISRPTY'), ('ISRGOV',), ('11', '12'),
     'The Likud opposition criticised the Barak government for offering concessions on Jerusalem.'),
    (('ISRGOV', 'ISRPTY'), ('PSEGOV', 'PSE'), ('04', '03'),
     'Shas leaders met Palestinian officials in Jerusalem.'),
    (('INDOPP', 'INDPTY'), ('INDGOV',), ('11',),
     "India's Congress Party accused the BJP-led government of communalism."),
    (('INDGOV', 'INDPTY'), ('PAK', 'PAKGOV'), ('11',),
     'The Bharatiya Janata Party accused Pakistan of sponsoring terrorism in Kashmir.'),
    (('BGDGOV', 'BGDPTY'), ('BGDOPP', 'BGDPTY'), ('11',),
     "Bangladesh's ruling Awami League accused the opposition BNP of inciting violence."),
    (('BGDOPP', 'BGDPTY'), ('BGDGOV',), ('14', '10'),
     'The Bangladesh Nationalist Party called a general strike against the government in Dhaka.'),
    (('MEXGOV', 'MEXPTY'), ('MEXOPP', 'MEXPTY'), ('11',),
     "Mexico's ruling Institutional Revolutionary Party accused the National Action Party of fraud."),
    (('KENGOV', 'KENPTY'), ('KENOPP', 'KENPTY'), ('11',),
     "Kenya's ruling KANU accused FORD-Kenya of plotting violence."),
    (('ZWEOPP', 'ZWEPTY'), ('ZWEGOV',), ('11',),
     'The Movement for Democratic Change accused ZANU-PF of intimidating voters.'),
    (('MMROPP', 'MMRPTY'), ('MMRMIL', 'MMRGOV'), ('10', '02'),
     'The National League for Democracy called on the military government to release political '
     'prisoners.'),
    (('PAKOPP', 'PAKPTY'), ('PAKGOV', 'PAKMIL'), ('11',),
     'The Pakistan Peoples Party accused the military government of persecuting its leaders.'),
    (('JPNGOV', 'JPNPTY'), ('USA', 'USAGOV'), ('04', '03'),
     "Japan's Liberal Democratic Party leaders held talks with U.S. officials in Tokyo."),
    (('TWNGOV', 'TWNPTY'), ('TWNOPP', 'TWNPTY'), ('11',),
     'The ruling Kuomintang accused the Democratic Progressive Party of endangering relations with China.'),
    (('DEUOPP', 'DEUPTY'), ('DEUGOV',), ('11',),
     "Germany's Christian Democrats accused the Schroeder government of mismanaging the economy."),
    (('FRAOPP', 'FRAPTY', 'FRAGOV'), ('FRAGOV',), ('11',),
     "France's Gaullist RPR party criticised the Socialist government's tax plans."),
    (('RUSOPP', 'RUSPTY'), ('RUSGOV',), ('11', '12'),
     'The Russian Communist Party accused the Kremlin of betraying Russian interests in the Balkans.'),
    (('RUSOPP', 'RUSPTY'), ('RUSGOV',), ('11',),
     'The liberal Yabloko party criticised the Russian government over the war in Chechnya.'),
    (('SRBGOV', 'YUGGOV', 'SRBPTY', 'YUGPTY'), ('SRBOPP', 'YUGOPP', 'SRBPTY', 'YUGPTY'), ('11',),
     "Milosevic's Socialist Party accused the Serbian opposition of treason."),
    (('NICOPP', 'NICPTY'), ('NICGOV',), ('11',),
     'The Sandinista Front accused the Aleman government of corruption.'),
    (('PEROPP', 'PERPTY'), ('PERGOV',), ('11', '12'),
     "Peru's APRA party denounced President Fujimori's plan to run for a third term."),
    (('BRAOPP', 'BRAPTY'), ('BRAGOV',), ('11',),
     "Brazil's Workers' Party accused the Cardoso government of selling off national assets."),
    (('TUROPP', 'TURPTY'), ('TURMIL', 'TURGOV'), ('11',),
     "Turkey's Islamist Virtue Party accused the army of interfering in politics."),
    (('JOROPP', 'JORPTY'), ('JORGOV',), ('11', '12'),
     "Jordan's Islamic Action Front denounced the government's ties with Israel."),
    (('EGYOPP',), ('EGYGOV',), ('11',),
     'The Muslim Brotherhood accused the Egyptian government of rigging the elections.'),
    (('LKAOPP', 'LKAPTY'), ('LKAGOV',), ('11',),
     "Sri Lanka's opposition United National Party accused the government of mishandling the war."),
    (('KHMOPP', 'KHMPTY'), ('KHMGOV', 'KHMPTY'), ('11',),
     "The Sam Rainsy Party accused Hun Sen's Cambodian People's Party of vote buying."),
    (('MYSOPP', 'MYSPTY'), ('MYSGOV',), ('11',),
     "Malaysia's Islamic party PAS accused the government of persecuting Anwar Ibrahim."),
    (('KOROPP', 'KORPTY'), ('KORGOV',), ('11',),
     "South Korea's opposition Grand National Party accused President Kim Dae-jung's government of "
     'spying on its lawmakers.'),
    (('LBNPTY', 'LBNUAF', 'LBN'), ('LBNPTY', 'LBNUAF', 'LBN'), ('19',),
     'Amal militiamen clashed with Hezbollah fighters in the southern suburbs of Beirut.'),
    (('ESPOPP', 'ESPPTY', 'ESP'), ('ESPREB',), ('11',),
     'Herri Batasuna refused to condemn the latest ETA killing.'),
]


# a row's third field holds roots, so a match is on the root
accepted = matches


def batches() -> list[tuple[int, int]]:
    """(first row, end row) of each batch of NAMES18."""
    return batch_bounds(__file__, "NAMES18")


if __name__ == "__main__":
    for number, (first, end) in enumerate(batches(), 1):
        report(f"batch {number}", NAMES18[first:end], full=False)
