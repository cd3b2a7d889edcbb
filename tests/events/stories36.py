"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-fourth
session, wip/stories36): ERA copy of 1985-2003 on the subjects the earlier fourteen sets used least:
bombings and attacks claimed or condemned (Colombo's Central Bank, a Madrid car bomb, the Moscow
apartment blasts, the Djerba synagogue), natural disasters and the aid offered and refused (Bam, the
Vargas floods), summits and treaties signed (Lusaka, Lahore), defections and asylum (Hwang Jang-yop, the
Havana embassy bus), nuclear and missile programmes and their inspections (the IAEA's deadline for Iran,
the missile over Japan), votes at the UN and regional bodies (the Assembly on the Cuba embargo, the OAS on
Haiti), ethnic conflicts and broken ceasefires (Bendery, Central Kalimantan, Ouvea), general strikes and
labour unrest met by the state (Bolivia's state of siege, Nigeria's oil unions, the Jiu Valley miners),
relations broken off or restored (Eritrea and Sudan, Britain and Argentina), spies expelled (Warsaw) and
a Gulf border stand-off (Kuwait).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, EFE,
IRNA, AFP, PTI, Yonhap, Kyodo, AP, Itar-Tass, Antara, PAP, KUNA. The stories weight the GSR's commonest
types: statements, appeals, intents, meetings, aid, yielding, demands, disapproval, rejections, threats,
protests, reduced relations, arrests and expulsions, assaults and fights. Each holds reported speech,
pronouns, "the ministry"-style domestic actors, several actors of one country, an act told again that
must count once, and background or furniture that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act (a denial of responsibility may be 016), a phone call is 040 both
ways, signing an agreement 057 both ways, agreeing to restore relations an intent (03), a state of
emergency or a state of siege 172, diplomats expelled 166, aid or talks frozen 16, troops firing on a
crowd 175 or 18/19; the Kanaks are French (FRA), Chechen rebels Russian (RUSREB).

Run `python tests/events/stories36.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories36 at 5213681, main's code 3301af2c, before any change): of the 100 required events
61 were coded at country + root and 54 at actor + root; of the coded triples 64 were right, 18 accepted,
0 duplicated and 63 wrong; 3 of the 29 non-event paragraphs were coded; of 60 parties 52 were right, 4
wrong and 4 unresolved.

Three expectations were corrected after the first run, where the coder's reading was the codebook's or the
project's conventions: an agreement signed by six leaders is signed by each with each (057 among all the
signatories, not only with Congo: 20 triples moved from wrong to accepted); armed "fighters" and
"militants" of no named group are UAF (docs/actors.md), so the Dayak fighters' IDNUAF is accepted; and New
Caledonia has a CAMEO code of its own (NCL), which the gazetteer gives Ouvea, so the Kanak militants may be
NCL as well as FRA. Main scored on the corrected lists: 61 / 56; right 66, accepted 38, duplicated 0,
wrong 41; non-events coded 3 of 29; parties 52 / 4 / 4.

After the branch's fixes (wip/stories36: a reported attack by the other side of the speaker's own
country's fight is the speaker's accusation; a harm's author told by its mark, "the work of", "the
hallmarks of"; a trade union's title is labour; a bare LA PAZ dateline is Bolivia's; aid and ties of a kind
name no army; forces sent to support another state protect it; a joint statement signed is an agreement;
"the two delegations" are the story's pair): 65 / 60; right 70, accepted 38, duplicated 0, wrong 39;
non-events coded 3 of 29; parties 53 / 3 / 4. What still fails is a strict xfail in
tests/events/test_stories36.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_IGO = ("IGO",)
_LKA = ("LKA", "LKAGOV", "LKACVL", "LKABUS")
_TIGERS = ("LKAREB", "LKAINS", "LKASEP")

REUTERS_COLOMBO = Story(
    "reuters_colombo_bank", "1996-01-31",
    """Suicide truck bomb rips through Colombo business district

COLOMBO, Jan 31 (Reuters) - Suspected Tamil Tiger rebels rammed a truck packed with explosives into the \
Central Bank in Colombo on Wednesday, killing at least 53 people and wounding more than 1,000, police said.

Deputy Defence Minister Anuruddha Ratwatte said the Liberation Tigers of Tamil Eelam had carried out the \
attack to avenge the army's capture of Jaffna last month, and vowed that the offensive in the north would \
go on.

The rebels, who are fighting for a separate homeland for the island's Tamil minority, made no claim of \
responsibility.

Police arrested 12 Tamil youths in raids on lodges in the capital overnight, a police spokesman said.

India condemned the bombing as a senseless act of terrorism and offered medical help to the wounded.

The Central Bank building stood at the heart of the Fort district, a few hundred metres from the \
presidential secretariat.
""",
    events=[
        (_TIGERS, _LKA, ("180", "183", "1831", "190", "195", "200"), "rammed a truck"),
        (("LKAGOV", "LKAMIL"), _TIGERS, ("110", "111", "112"), "had carried out the attack"),
        (("LKACOP", "LKAGOV", "LKA"), ("LKACVL", "LKA") + _TIGERS, ("173", "170"), "arrested 12 Tamil"),
        (("IND", "INDGOV"), _TIGERS + ("LKA",), ("110", "111", "112"), "India condemned"),
        (("IND", "INDGOV"), ("LKA", "LKAGOV", "LKACVL"), ("030", "033", "0331", "070", "073"),
         "offered medical help"),
    ],
    also=[
        (("LKAGOV", "LKAMIL"), _TIGERS, ("130", "138", "036", "190"), "vowed that the offensive"),
        (_TIGERS, _LKA, ("180", "183", "190"), "truck bomb rips"),
        (("LKAMIL", "LKA", "LKAGOV"), _TIGERS, ("190", "192", "193"), "capture of Jaffna"),
    ],
    none=["made no claim", "stood at the heart"],
    parties=[
        ("Deputy Defence Minister Anuruddha Ratwatte", "Anuruddha Ratwatte", ("LKAGOV", "LKAMIL")),
        ("the Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", _TIGERS),
    ],
)

_ETA = ("ESPREB", "ESPSEP", "ESPINS")
_PNV = ("ESPPTY", "ESPOPP", "ESP", "ESPGOV", "ESPLEG")

EFE_MADRID = Story(
    "efe_madrid_carbomb", "2000-01-21",
    """Car bomb kills army officer in Madrid, ETA blamed

MADRID, Jan 21 (EFE) - A car bomb killed an army lieutenant colonel in Madrid on Friday, the first deadly \
attack since the Basque separatist group ETA ended its 14-month ceasefire in December.

Interior Minister Jaime Mayor Oreja said the bomb bore all the hallmarks of ETA and that the police would \
not rest until those responsible were behind bars.

Prime Minister Jose Maria Aznar condemned the killing and called on the Basque Nationalist Party to break \
its pact with ETA's political wing, Euskal Herritarrok.

The Basque Nationalist Party also condemned the attack but rejected Aznar's demand, saying it would not be \
dictated to from Madrid.

Thousands of people marched through the streets of Madrid in the evening to protest against the violence.

ETA has killed some 800 people in its campaign for Basque independence since 1968.
""",
    events=[
        (("ESPGOV",), _ETA, ("110", "111", "112"), "bore all the hallmarks"),
        (("ESPGOV",), _ETA + ("ESP",), ("110", "111", "112"), "condemned the killing"),
        (("ESPGOV",), _PNV, ("020", "025", "028", "100", "101"), "called on the Basque"),
        (_PNV, ("ESPGOV", "ESP"), ("120", "124", "125", "128", "129"), "rejected Aznar's demand"),
    ],
    also=[
        (_ETA, ("ESPMIL", "ESP"), ("180", "183", "186", "190"), "A car bomb killed"),
        (_ETA, ("ESPMIL", "ESP"), ("180", "183", "186", "190"), "Car bomb kills"),
        (("ESPGOV", "ESPCOP"), _ETA, ("130", "137", "173", "036"), "would not rest"),
        (_PNV, _ETA + ("ESP",), ("110", "111"), "also condemned the attack"),
        (("ESP", "ESPCVL", "ESPOPP"), _ETA + ("ESP",), ("140", "141"), "marched through"),
    ],
    none=["has killed some 800"],
    parties=[
        ("Interior Minister Jaime Mayor Oreja", "Jaime Mayor Oreja", ("ESPGOV",)),
        ("Prime Minister Jose Maria Aznar", "Jose Maria Aznar", ("ESPGOV",)),
    ],
)

_IRN = ("IRN", "IRNGOV")

IRNA_BAM = Story(
    "irna_tehran_bam", "2003-12-28",
    """Iran accepts U.S. aid for quake victims, turns down Israel

TEHRAN, Dec 28 (IRNA) -- Iran on Sunday accepted an offer of aid from the United States for the victims of \
the earthquake that destroyed the ancient city of Bam, but said it would not accept any help from the \
Zionist regime.

Interior Ministry spokesman Jahanbakhsh Khanjani said a U.S. military plane carrying medical supplies would \
land in Kerman later in the day, the first American aircraft allowed into the country in more than two \
decades.

"We accept help from every country except one," he told reporters, adding that Israel's offer, made \
through the United Nations, had been rejected.

President Mohammad Khatami thanked the nations that had sent rescue teams and appealed to the \
international community for tents, blankets and medicine.

Germany, Russia and Turkey have flown in search teams with sniffer dogs, the Red Crescent said.

Bam's 2,000-year-old citadel, built of mud brick, was among the buildings flattened by Friday's quake.
""",
    events=[
        (_IRN, ("ISR", "ISRGOV"), ("120", "121", "122", "125", "129"), "would not accept any help"),
        (("DEU", "RUS", "TUR", "DEUGOV", "RUSGOV", "TURGOV"), _IRN + ("IRNCVL",), ("070", "073", "074"),
         "flown in search teams"),
    ],
    also=[
        (_IRN, ("USA", "USAGOV"), ("080", "081", "084", "030", "031", "033", "051"), "accepted an offer"),
        (("USA", "USAGOV", "USAMIL"), _IRN + ("IRNCVL",), ("070", "073", "033"), "carrying medical"),
        (_IRN, ("USA", "USAGOV", "USAMIL"), ("080", "081"), "carrying medical"),
        (_IRN, ("ISR", "ISRGOV"), ("120", "121", "122", "125"), "had been rejected"),
        (_IRN, ("IGO",), ("020", "023", "0233"), "appealed to the"),
        (_IRN, ("DEU", "RUS", "TUR"), ("051", "018"), "thanked the nations"),
    ],
    none=["mud brick"],
    parties=[
        ("Interior Ministry spokesman Jahanbakhsh Khanjani", "Jahanbakhsh Khanjani", ("IRNGOV",)),
        ("President Mohammad Khatami", "Mohammad Khatami", ("IRNGOV",)),
    ],
)

_VEN = ("VEN", "VENGOV")
_USA = ("USA", "USAGOV", "USAMIL")

REUTERS_CARACAS = Story(
    "reuters_caracas_floods", "2000-01-07",
    """Chavez turns away U.S. troops sent to help flood victims

CARACAS, Jan 7 (Reuters) - Venezuelan President Hugo Chavez has turned down an offer of U.S. Navy \
engineers to rebuild roads washed away by last month's floods, saying his own armed forces could do the \
work, officials said on Friday.

Two U.S. ships carrying about 450 Marines and heavy equipment, which had sailed for the Venezuelan coast at \
Caracas' request, were ordered to turn back, a Pentagon spokesman said in Washington.

Defense Minister Raul Salazar, who had asked for the engineers, said he respected the president's decision \
but that the country still needed helicopters and water purification plants.

Chavez thanked Washington for the helicopters it had sent in the first days of the disaster and said \
Venezuela would welcome aid in money and supplies.

Opposition leaders accused the president of putting politics before the lives of thousands of homeless.

The floods and mudslides in Vargas state killed an estimated 30,000 people, the worst disaster in the \
country's history.
""",
    events=[
        (_VEN, _USA, ("120", "121", "122", "125", "129"), "has turned down an offer"),
        (_VEN, _USA, ("051", "050", "018"), "thanked Washington"),
        (("VENOPP", "VENPTY", "VEN"), ("VENGOV",), ("110", "111", "112"), "accused the president"),
    ],
    also=[
        (_USA, _VEN, ("087", "080", "166", "160", "120"), "ordered to turn back"),
        (_VEN, _USA, ("020", "023", "0231", "0232"), "had asked for the engineers"),
        (("VENGOV", "VENMIL"), _USA, ("020", "023", "0231", "0232", "120"), "still needed"),
        (_VEN, _USA, ("020", "023", "030", "0233"), "would welcome aid"),
        (_USA, _VEN, ("070", "073", "074"), "helicopters it had sent"),
        (_VEN, _USA, ("120", "121", "122"), "Chavez turns away"),
    ],
    none=["mudslides in Vargas"],
    parties=[
        ("Venezuelan President Hugo Chavez", "Hugo Chavez", ("VENGOV",)),
        ("Defense Minister Raul Salazar", "Raul Salazar", ("VENGOV", "VENMIL")),
    ],
)

_COD = ("COD", "CODGOV")
_NEIGH = ("RWA", "RWAGOV", "UGA", "UGAGOV", "AGO", "AGOGOV", "NAM", "NAMGOV", "ZWE", "ZWEGOV")
_RCD = ("CODREB",)

AFP_LUSAKA = Story(
    "afp_lusaka_ceasefire", "1999-07-10",
    """Congo war parties sign ceasefire in Lusaka, rebels hold out

LUSAKA, July 10 (AFP) - The leaders of the Democratic Republic of Congo, Angola, Namibia, Zimbabwe, Rwanda \
and Uganda signed a ceasefire agreement here on Saturday aimed at ending the 11-month war in Congo, but the \
rebels refused to put their names to it.

Congolese President Laurent Kabila signed the accord alongside Rwandan Vice President Paul Kagame and \
Ugandan President Yoweri Museveni, whose armies back the rebels, after a week of wrangling hosted by \
Zambian President Frederick Chiluba.

The rebel Congolese Rally for Democracy said it would not sign until a split in its leadership was \
resolved and accused Kabila of arming Rwandan Hutu militias.

The agreement calls for a ceasefire within 24 hours, the withdrawal of all foreign troops and the \
deployment of a United Nations peacekeeping force.

U.N. Secretary-General Kofi Annan welcomed the signing and urged the rebels to join the accord without \
delay.

Congo, formerly Zaire, is almost the size of western Europe.
""",
    events=[
        (_COD, _NEIGH, ("057", "050", "030", "036"), "signed a ceasefire agreement"),
        (_NEIGH, _COD, ("057", "050", "030", "036"), "signed a ceasefire agreement"),
        (_RCD, _COD + _NEIGH, ("120", "124", "125", "128", "129"), "refused to put their names"),
        (_RCD, ("CODGOV",), ("110", "111", "112"), "accused Kabila of arming"),
        (_IGO, _RCD, ("020", "025", "028", "100"), "urged the rebels"),
    ],
    also=[
        (("CODGOV",), _NEIGH, ("057", "050"), "signed the accord alongside"),
        (_NEIGH, ("CODGOV",), ("057", "050"), "signed the accord alongside"),
        (("ZMB", "ZMBGOV"), _COD + _NEIGH, ("043", "042", "040", "039", "046"), "hosted by"),
        (_RCD, _COD, ("120", "124", "125", "128", "129"), "would not sign until"),
        (_IGO, _COD + _NEIGH, ("051", "050"), "welcomed the signing"),
        (_COD + _NEIGH, _COD + _NEIGH, ("057",), "sign ceasefire in Lusaka"),
        (_COD + _NEIGH, _COD + _NEIGH, ("057",), "signed a ceasefire agreement"),
    ],
    none=["calls for a ceasefire within", "almost the size"],
    parties=[
        ("Congolese President Laurent Kabila", "Laurent Kabila", ("CODGOV",)),
        ("Rwandan Vice President Paul Kagame", "Paul Kagame", ("RWAGOV",)),
        ("Ugandan President Yoweri Museveni", "Yoweri Museveni", ("UGAGOV",)),
        ("Zambian President Frederick Chiluba", "Frederick Chiluba", ("ZMBGOV",)),
        ("U.N. Secretary-General Kofi Annan", "Kofi Annan", _IGO),
    ],
)

_IND = ("IND", "INDGOV")
_PAK = ("PAK", "PAKGOV")

PTI_LAHORE = Story(
    "pti_lahore_declaration", "1999-02-21",
    """Vajpayee, Sharif sign Lahore declaration

LAHORE, Feb 21 (PTI) - Prime Minister Atal Behari Vajpayee and his Pakistani counterpart Nawaz Sharif on \
Sunday signed a declaration committing the two countries to intensify efforts to resolve all issues, \
including Jammu and Kashmir, and to take steps to reduce the risk of an accidental nuclear war.

The declaration was signed at the end of the first visit by an Indian prime minister to Pakistan in ten \
years. Mr Vajpayee had crossed the Wagah border on Saturday aboard the inaugural bus service between Delhi \
and Lahore.

Mr Sharif told a joint press conference that the two sides had agreed to meet regularly and that he would \
visit India later in the year.

The Jamaat-e-Islami, which had called a strike against the visit, clashed with police near the Governor's \
House, where Mr Vajpayee was staying. Police fired tear gas and arrested scores of activists.

External Affairs Minister Jaswant Singh said the foreign secretaries would meet in the coming months to \
work out the details.

The two countries have fought three wars since independence in 1947, two of them over Kashmir.
""",
    events=[
        (("INDGOV", "IND"), _PAK, ("057", "050", "030"), "signed a declaration committing"),
        (("PAKGOV", "PAK"), _IND, ("057", "050", "030"), "signed a declaration committing"),
        (_PAK, _IND, ("030", "032", "036", "042", "043"), "would visit India"),
        (("PAKCOP", "PAKGOV", "PAK"), ("PAKOPP", "PAKPTY", "PAKCVL", "PAK", "PAKUAF", "PAKRAD", "PAKMOS"),
         ("173", "175", "170", "180"), "fired tear gas"),
    ],
    also=[
        (_IND, _PAK, ("042", "043", "040"), "first visit by an Indian"),
        (_PAK, _IND, ("043", "042", "040"), "first visit by an Indian"),
        (_IND + _PAK, _IND + _PAK, ("057",), "sign Lahore"),
        (_IND + _PAK, _IND + _PAK, ("057",), "declaration was signed"),
        (_PAK + _IND, _IND + _PAK, ("030", "036", "032"), "agreed to meet regularly"),
        (("PAKOPP", "PAKPTY", "PAKCVL", "PAK", "PAKUAF", "PAKRAD", "PAKMOS"), ("PAKCOP", "PAK", "IND",
         "INDGOV"), ("140", "141", "143", "145", "180", "170"), "clashed with police"),
        (_IND, _PAK, ("030", "036", "032"), "would meet in the coming"),
    ],
    none=["fought three wars"],
    parties=[
        ("Prime Minister Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
        ("counterpart Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("External Affairs Minister Jaswant Singh", "Jaswant Singh", ("INDGOV",)),
    ],
)

_PRK = ("PRK", "PRKGOV")
_KOR = ("KOR", "KORGOV")

YONHAP_HWANG = Story(
    "yonhap_seoul_hwang", "1997-02-12",
    """N. Korean party ideologue seeks asylum in Seoul's Beijing embassy

SEOUL, Feb. 12 (Yonhap) -- Hwang Jang-yop, a secretary of North Korea's ruling Workers' Party and the \
architect of its juche ideology, walked into the South Korean embassy in Beijing on Wednesday and asked \
for political asylum, the Foreign Ministry said.

Hwang, 73, is the most senior North Korean official ever to defect. He was accompanied by an aide, Kim \
Dok-hong, the ministry said.

Foreign Minister Yoo Chong-ha asked the Chinese government to guarantee the safety of the two men and to \
allow them to travel to Seoul as soon as possible.

North Korea's official Korean Central News Agency said Hwang had been kidnapped by South Korean agents and \
warned that Pyongyang would take "corresponding measures" if he was not returned.

Chinese police surrounded the embassy compound with armed guards and armoured vehicles, and a Chinese \
Foreign Ministry spokesman said Beijing would handle the matter in accordance with international law.

The two Koreas remain technically at war since the 1950-53 Korean War ended in a truce, not a peace \
treaty.
""",
    events=[
        (_PRK + ("PRKPTY", "PRKELI"), _KOR, ("020", "021", "023", "024", "0243", "080", "084", "040"),
         "asked for political asylum"),
        (_KOR, ("CHN", "CHNGOV"), ("020", "021", "024", "025", "028", "100"), "asked the Chinese"),
        (_PRK + ("PRKMED",), _KOR + ("KORSPY",), ("110", "111", "112"), "had been kidnapped"),
    ],
    also=[
        (_PRK + ("PRKMED",), _KOR, ("130", "131", "138"), "corresponding measures"),
        (("CHNCOP", "CHN", "CHNGOV", "CHNMIL"), _KOR, ("150", "170", "171", "172"), "surrounded the embassy"),
        (("CHNGOV", "CHN"), _KOR + _PRK, ("010", "012", "030", "036"), "would handle the matter"),
        (_PRK + ("PRKPTY", "PRKELI"), _KOR, ("020", "0243", "080", "084"), "seeks asylum"),
    ],
    none=["technically at war"],
    parties=[
        ("Hwang Jang-yop, a secretary", "Hwang Jang-yop", ("PRKGOV", "PRKPTY", "PRKELI")),
        ("Foreign Minister Yoo Chong-ha", "Yoo Chong-ha", ("KORGOV",)),
    ],
)

_CUB = ("CUB", "CUBGOV")

AFP_HAVANA = Story(
    "afp_havana_embassy", "2002-02-28",
    """Cubans ram bus into Mexican embassy seeking asylum

HAVANA, Feb 28 (AFP) - Cuban police on Thursday removed 21 young people who had crashed a bus through the \
gates of the Mexican embassy in Havana to seek asylum, the Cuban Foreign Ministry said.

The intruders were taken from the embassy grounds before dawn at the request of the Mexican ambassador, \
Ricardo Pascoe, and none was hurt, the ministry said in a statement read on state television.

President Fidel Castro blamed the incident on Radio Marti, the U.S. government station that broadcasts to \
Cuba, which he said had falsely reported that Mexico would open its doors to anyone wanting to leave the \
island.

The broadcast had quoted Mexican Foreign Minister Jorge Castaneda as saying the embassy's doors were open \
to all Cubans. Castaneda said his words had been misrepresented and that Mexico's immigration laws had not \
changed.

Hundreds of people gathered outside the embassy overnight, and police detained several of them, \
witnesses said.

Mexico was the only Latin American country that never broke relations with Cuba after the 1959 \
revolution.
""",
    events=[
        (("CUBCOP", "CUBGOV", "CUB"), ("CUBCVL", "CUB"), ("173", "174", "170", "171"), "removed 21 young"),
        (("CUBGOV",), ("USA", "USAGOV", "USAMED"), ("110", "111", "112"), "blamed the incident"),
        (("CUBCOP", "CUBGOV", "CUB"), ("CUBCVL", "CUB"), ("173", "170"), "police detained several"),
    ],
    also=[
        (("MEXGOV", "MEX"), _CUB + ("CUBCOP",), ("020", "021", "025", "028", "100"), "at the request"),
        (("CUBCVL", "CUB"), ("MEX", "MEXGOV"), ("020", "0243", "180", "1823", "190"), "crashed a bus"),
        (("CUBCOP", "CUBGOV", "CUB"), ("CUBCVL", "CUB"), ("173", "174"), "intruders were taken"),
        (("MEXGOV",), _CUB + ("USA", "USAMED"), ("010", "016", "012", "018"), "had been misrepresented"),
    ],
    none=["never broke relations"],
    parties=[
        ("President Fidel Castro", "Fidel Castro", ("CUBGOV",)),
        ("Foreign Minister Jorge Castaneda", "Jorge Castaneda", ("MEXGOV",)),
        ("ambassador, Ricardo Pascoe", "Ricardo Pascoe", ("MEXGOV",)),
    ],
)

REUTERS_VIENNA = Story(
    "reuters_vienna_iaea", "2003-09-12",
    """IAEA sets Iran October deadline, Iranian delegation walks out

VIENNA, Sept 12 (Reuters) - The U.N. nuclear watchdog's board of governors on Friday gave Iran until the \
end of October to prove it is not secretly developing atomic weapons, and Iran's delegation walked out of \
the meeting in protest.

The resolution, drafted by Australia, Canada and Japan and adopted without a vote, demands that Iran \
suspend all uranium enrichment and sign a protocol allowing snap inspections of its nuclear sites.

Iran's chief delegate, Ali Akbar Salehi, said Tehran would review its cooperation with the International \
Atomic Energy Agency and accused Washington of using the agency to pursue its own political ends.

U.S. Ambassador Kenneth Brill said the deadline was Iran's last chance to come clean.

In Tehran, Foreign Ministry spokesman Hamid Reza Asefi said the resolution was unacceptable, but that Iran \
had not decided to withdraw from the Nuclear Non-Proliferation Treaty.

Iran says its nuclear programme is aimed solely at generating electricity.
""",
    events=[
        (_IGO, _IRN, ("100", "101", "102", "104", "130", "139"), "gave Iran until"),
        (_IGO + ("AUS", "CAN", "JPN"), _IRN, ("100", "101", "102", "104", "105", "106"), "demands that Iran"),
        (("IRNGOV", "IRN"), _IGO, ("130", "131", "1311", "136", "160"), "would review its cooperation"),
        (("IRNGOV", "IRN"), ("USA", "USAGOV"), ("110", "111", "112"), "accused Washington"),
        (("IRNGOV", "IRN"), _IGO, ("110", "111", "120", "125", "129"), "resolution was unacceptable"),
    ],
    also=[
        (_IRN, _IGO, ("110", "111", "140", "141", "160", "164"), "walked out of"),
        (_IGO, _IRN, ("100", "139", "130"), "sets Iran October deadline"),
        (_IRN, _IGO, ("110", "140", "160"), "delegation walks out"),
        (("USAGOV", "USA"), _IRN, ("130", "139", "010", "100", "110"), "last chance"),
    ],
    none=["aimed solely at generating"],
    parties=[
        ("chief delegate, Ali Akbar Salehi", "Ali Akbar Salehi", ("IRNGOV",)),
        ("U.S. Ambassador Kenneth Brill", "Kenneth Brill", ("USAGOV",)),
        ("spokesman Hamid Reza Asefi", "Hamid Reza Asefi", ("IRNGOV",)),
    ],
)

_JPN = ("JPN", "JPNGOV")

KYODO_MISSILE = Story(
    "kyodo_tokyo_missile", "1998-09-01",
    """Japan freezes KEDO funds over N. Korea missile

TOKYO, Sept. 1 Kyodo - Japan on Tuesday froze its funding for the construction of two nuclear reactors in \
North Korea and suspended talks on normalizing diplomatic ties with Pyongyang, a day after North Korea \
fired a ballistic missile over the Japanese archipelago.

Chief Cabinet Secretary Hiromu Nonaka told a news conference that the launch was an extremely dangerous act \
that threatened Japan's security and that Tokyo would not resume food aid to the North.

The missile, believed to be a two-stage Taepodong-1, flew over northern Honshu and fell into the Pacific \
Ocean, the Defense Agency said.

Foreign Minister Masahiko Komura telephoned U.S. Secretary of State Madeleine Albright and the two agreed \
to take the matter to the United Nations Security Council.

South Korea's Foreign Ministry expressed regret over the launch and urged North Korea to refrain from acts \
that raise tension on the Korean peninsula.

The reactors are being built by the Korean Peninsula Energy Development Organization under a 1994 deal in \
which Pyongyang agreed to freeze its nuclear weapons programme.
""",
    events=[
        (_JPN, _PRK, ("160", "162", "1621", "163", "166"), "froze its funding"),
        (_JPN, _PRK, ("160", "161", "164", "1246", "120"), "suspended talks"),
        (("JPNGOV", "JPN"), _PRK, ("110", "111", "112"), "extremely dangerous act"),
        (("JPNGOV",), ("USAGOV", "USA"), ("040", "041", "036"), "telephoned U.S. Secretary"),
        (("USAGOV", "USA"), ("JPNGOV", "JPN"), ("040", "041", "036"), "telephoned U.S. Secretary"),
        (_KOR, _PRK, ("110", "111", "018", "010", "012"), "expressed regret"),
        (_KOR, _PRK, ("020", "025", "027", "028", "100", "107"), "urged North Korea to refrain"),
    ],
    also=[
        (_PRK + ("PRKMIL",), _JPN, ("150", "138", "190", "195", "130", "159"), "fired a ballistic"),
        (_JPN, _PRK, ("160", "162", "120", "121"), "would not resume food aid"),
        (_JPN, _PRK, ("160", "162"), "freezes KEDO"),
        (("JPNGOV", "USAGOV", "JPN", "USA"), ("JPNGOV", "USAGOV", "IGO", "JPN", "USA"),
         ("030", "036", "032", "050", "020"), "agreed to take"),
    ],
    none=["fell into the Pacific", "under a 1994 deal"],
    parties=[
        ("Chief Cabinet Secretary Hiromu Nonaka", "Hiromu Nonaka", ("JPNGOV",)),
        ("Foreign Minister Masahiko Komura", "Masahiko Komura", ("JPNGOV",)),
        ("Secretary of State Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

REUTERS_UN_CUBA = Story(
    "reuters_un_embargo", "1992-11-24",
    """U.N. assembly urges end to U.S. embargo on Cuba

UNITED NATIONS, Nov 24 (Reuters) - The U.N. General Assembly on Tuesday called on the United States to end \
its 30-year trade embargo against Cuba, the first time the world body has voted on the issue.

The non-binding resolution was adopted by 59 votes to 3, with 71 abstentions. Only Israel and Romania voted \
with the United States against it.

Cuban Foreign Minister Ricardo Alarcon told the assembly the embargo was an act of economic war against the \
Cuban people and thanked the countries that had voted for the text.

U.S. Deputy Ambassador Alexander Watson said the embargo was a bilateral matter and rejected the vote, \
saying Washington would keep up the pressure until Havana held free elections.

Several European Community members abstained but said they objected to a new U.S. law that penalises \
foreign subsidiaries of American firms trading with Cuba.

The embargo was imposed in 1962, three years after Fidel Castro came to power.
""",
    events=[
        (_IGO, ("USA", "USAGOV"), ("020", "021", "025", "028", "100", "101", "102", "104"), "called on the"),
        (("CUBGOV", "CUB"), ("USA", "USAGOV"), ("110", "111", "112"), "act of economic war"),
        (("USAGOV", "USA"), _IGO, ("120", "125", "128", "129"), "rejected the vote"),
        (_IGO + ("EUR",), ("USA", "USAGOV", "USALEG"), ("110", "111", "112", "120"), "objected to a new"),
    ],
    also=[
        (("CUBGOV", "CUB"), _IGO, ("051", "018", "050"), "thanked the countries"),
        (("USAGOV", "USA"), _CUB, ("130", "131", "100", "104", "163", "170"), "keep up the pressure"),
        (_IGO, ("USA", "USAGOV"), ("020", "100"), "urges end"),
        (("ISR", "ROU", "ISRGOV", "ROUGOV"), ("USA", "USAGOV", "CUB"), ("050", "051", "057"),
         "Romania voted with"),
    ],
    none=["imposed in 1962"],
    parties=[
        ("Cuban Foreign Minister Ricardo Alarcon", "Ricardo Alarcon", ("CUBGOV",)),
        ("Deputy Ambassador Alexander Watson", "Alexander Watson", ("USAGOV",)),
    ],
)

_HTI = ("HTI", "HTIGOV", "HTIMIL")

AP_OAS_HAITI = Story(
    "ap_washington_oas", "1991-10-03",
    """OAS votes to isolate Haiti's military rulers

WASHINGTON (AP) -- The Organization of American States voted unanimously Wednesday night to isolate \
Haiti's new military government diplomatically and economically and to send a delegation of foreign \
ministers to Port-au-Prince to demand the return of ousted President Jean-Bertrand Aristide.

The resolution, passed at an emergency meeting of the hemisphere's foreign ministers, urges member states \
to freeze Haitian government assets and to suspend all trade with Haiti except humanitarian aid.

Aristide, who was overthrown Monday by troops loyal to Brig. Gen. Raoul Cedras, addressed the ministers and \
thanked them for their support. "I will return," he said.

Secretary of State James Baker told the meeting that the United States would not recognize the junta and \
had cut off its economic and military aid to Haiti.

In Port-au-Prince, soldiers fired on crowds in the slums that support Aristide, and radio stations \
reported at least 26 people killed overnight.

Haiti, the poorest country in the Western Hemisphere, has had only one freely elected government in its \
history.
""",
    events=[
        (_IGO, _HTI, ("160", "161", "163", "164", "172"), "voted unanimously"),
        (("USAGOV", "USA"), _HTI, ("120", "160", "161", "164"), "would not recognize"),
        (("USAGOV", "USA"), _HTI, ("160", "162", "1621", "1622"), "had cut off its economic"),
        (("HTIMIL",), ("HTICVL", "HTI", "HTIOPP"), ("175", "180", "190", "193", "145"), "fired on crowds"),
    ],
    also=[
        (_IGO, _HTI, ("100", "1041", "104", "036", "032", "042"), "to demand the return"),
        (_IGO, _HTI, ("020", "163", "160"), "urges member states"),
        (("HTIGOV", "HTIELI", "HTI"), _IGO, ("051", "018", "050"), "thanked them"),
        (("HTIMIL",), ("HTIGOV", "HTIELI", "HTI"), ("180", "1823", "200", "170"), "was overthrown"),
        (_IGO, _HTI, ("160", "161", "163"), "OAS votes to isolate"),
    ],
    none=["poorest country"],
    parties=[
        ("Secretary of State James Baker", "James Baker", ("USAGOV",)),
        ("Brig. Gen. Raoul Cedras", "Raoul Cedras", ("HTIMIL",)),
    ],
)

_MDA = ("MDA", "MDAGOV", "MDACOP", "MDAMIL")
_PMR = ("MDAREB", "MDASEP", "MDA")

TASS_BENDERY = Story(
    "tass_chisinau_bendery", "1992-06-21",
    """Fighting flares in Bendery despite truce

CHISINAU, June 21 (Itar-Tass) -- Heavy fighting broke out in the town of Bendery on the right bank of the \
Dniester overnight, shattering a ceasefire agreed only two days ago, and dozens of people were killed, the \
Moldovan Interior Ministry said on Sunday.

Moldovan police units and volunteers attacked the Dniester republic's guardsmen at the town's police \
station, and Dniester forces backed by tanks counter-attacked, the ministry said.

President Mircea Snegur accused the 14th Russian Army of taking part in the fighting on the separatists' \
side and called on the Russian leadership to withdraw its troops from Moldovan territory.

The 14th Army's command denied the charge but said it would defend its units and the families of its \
officers if they came under fire.

In Tiraspol, the leader of the self-proclaimed Dniester republic, Igor Smirnov, accused Chisinau of \
genocide against the population of the left bank.

The Dniester region, where most people are Russian or Ukrainian speakers, declared independence from \
Moldova in 1990.
""",
    events=[
        (("MDACOP", "MDA", "MDAGOV"), ("MDAREB", "MDASEP", "MDAMIL"), ("190", "180", "193", "195"),
         "attacked the Dniester"),
        (("MDAREB", "MDASEP", "MDAMIL"), _MDA, ("190", "180", "193", "195"), "counter-attacked"),
        (("MDAGOV",), ("RUSMIL", "RUS"), ("110", "111", "112"), "accused the 14th"),
        (("MDAGOV",), ("RUSGOV", "RUS"), ("020", "025", "100", "101", "107"), "called on the Russian"),
        (("MDAREB", "MDASEP", "MDAGOV"), ("MDAGOV", "MDA"), ("110", "111", "112"), "accused Chisinau"),
    ],
    also=[
        (("RUSMIL",), ("MDAGOV", "MDA"), ("016", "010", "130", "138"), "denied the charge"),
        (("RUSMIL",), _MDA, ("130", "138"), "would defend its units"),
        (_MDA + _PMR, _MDA + _PMR, ("190", "196"), "Heavy fighting broke"),
    ],
    none=["declared independence"],
    parties=[
        ("President Mircea Snegur", "Mircea Snegur", ("MDAGOV",)),
        ("Dniester republic, Igor Smirnov", "Igor Smirnov", ("MDAREB", "MDASEP")),
    ],
)

_IDNE = ("IDN", "IDNCVL", "IDNETH", "IDNREB", "IDNOPP", "IDNRAD")
_DAYAK = _IDNE + ("IDNUAF",)

ANTARA_SAMPIT = Story(
    "antara_jakarta_sampit", "2001-02-26",
    """Indonesia sends troops as ethnic killings spread in Kalimantan

JAKARTA, Feb 26 (Antara) - Indonesia sent two more army battalions to Central Kalimantan on Monday as \
ethnic violence between indigenous Dayaks and migrants from the island of Madura spread from the town of \
Sampit, police said.

Dayak fighters armed with spears and machetes attacked Madurese homes in the provincial capital \
Palangkaraya overnight and set fire to dozens of houses, a police spokesman said.

Security Minister Susilo Bambang Yudhoyono said the government would evacuate all Madurese who wanted to \
leave and warned that troops would shoot rioters on sight.

Madurese community leaders in Surabaya accused the police of standing by while their people were killed \
and demanded that President Abdurrahman Wahid cut short his overseas trip.

The Madurese, who moved to Kalimantan under a government transmigration programme, dominate much of the \
province's trade.

At least 270 people have been killed in the violence since Feb. 18, according to police.
""",
    events=[
        (_DAYAK, _IDNE, ("180", "181", "190", "193", "200", "201", "202", "1721"), "attacked Madurese homes"),
        (("IDNGOV", "IDN"), _IDNE, ("130", "137", "138"), "would shoot rioters"),
        (_IDNE, ("IDNCOP", "IDNGOV"), ("110", "111", "112"), "accused the police"),
        (_IDNE, ("IDNGOV",), ("100", "101", "102", "104", "020"), "demanded that President"),
    ],
    also=[
        (("IDN", "IDNMIL", "IDNGOV"), _IDNE, ("150", "152", "154", "170", "173"), "sent two more"),
        (("IDNGOV", "IDN"), _IDNE, ("030", "033", "036", "070", "073", "080"), "would evacuate"),
        (("IDNMIL", "IDN", "IDNGOV"), _IDNE, ("150", "152"), "sends troops"),
    ],
    none=["moved to Kalimantan", "At least 270 people"],
    parties=[
        ("Security Minister Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono", ("IDNGOV",)),
        ("President Abdurrahman Wahid", "Abdurrahman Wahid", ("IDNGOV",)),
    ],
)

_BOLLAB = ("BOLLAB", "BOL", "BOLCVL", "BOLOPP")

EFE_LAPAZ = Story(
    "efe_lapaz_siege", "1985-09-19",
    """Bolivia declares state of siege, arrests strike leaders

LA PAZ, Sept 19 (EFE) - President Victor Paz Estenssoro declared a 90-day state of siege on Thursday to \
break a general strike called by the Bolivian Workers' Central against his government's austerity \
programme.

Police raided the headquarters of the Central, known by its Spanish initials COB, and arrested more than \
100 union leaders, including its veteran chief Juan Lechin Oquendo, the Interior Ministry said.

Interior Minister Fernando Barthelemy said the detained leaders would be confined to remote villages in \
the Amazon region and accused them of trying to overthrow the constitutional order.

The COB said the strike would continue until the government withdrew the decree that froze wages and \
allowed mass dismissals in the state mining company.

The Roman Catholic Church offered to mediate between the government and the unions.

Bolivia's inflation reached an annual rate of more than 20,000 percent in August.
""",
    events=[
        (("BOLGOV", "BOL"), _BOLLAB, ("172", "170", "1721", "175"), "state of siege on Thursday"),
        (("BOLCOP", "BOLGOV", "BOL"), _BOLLAB, ("173", "170"), "arrested more than"),
        (("BOLGOV",), _BOLLAB, ("110", "111", "112"), "accused them of trying"),
        (("BOLLAB",), ("BOLGOV", "BOL"), ("140", "143", "1431", "100", "104", "130", "131", "133"),
         "strike would continue"),
        (("BOLREL", "BOL"), ("BOLGOV",) + _BOLLAB, ("030", "039", "036", "040", "043", "045"),
         "offered to mediate"),
    ],
    also=[
        (("BOLGOV",), _BOLLAB, ("170", "172", "174", "1724", "130", "137"), "would be confined"),
        (("BOLLAB",), ("BOLGOV", "BOL"), ("140", "143", "1431"), "general strike called"),
        (("BOLGOV", "BOLCOP"), _BOLLAB, ("172", "173"), "declares state of siege"),
    ],
    none=["inflation reached"],
    parties=[
        ("President Victor Paz Estenssoro", "Victor Paz Estenssoro", ("BOLGOV",)),
        ("chief Juan Lechin Oquendo", "Juan Lechin Oquendo", ("BOLLAB",)),
        ("Interior Minister Fernando Barthelemy", "Fernando Barthelemy", ("BOLGOV",)),
    ],
)

_NGALAB = ("NGALAB", "NGA")

REUTERS_LAGOS = Story(
    "reuters_lagos_unions", "1994-08-17",
    """Nigeria's military rulers sack oil union leaders

LAGOS, Aug 17 (Reuters) - Nigeria's military government on Wednesday dissolved the executives of the two \
oil workers' unions whose six-week strike has crippled fuel supplies and appointed administrators to run \
them.

A decree read on state radio also dissolved the executive of the Nigeria Labour Congress, the umbrella \
union, which had called a general strike in support of the oil workers.

Petroleum Minister Don Etiebet said the unions had been used by politicians to sabotage the economy, and \
ordered the striking workers back to their jobs by Monday or face dismissal.

The strike was called to demand the release of Moshood Abiola, the businessman widely believed to have won \
last year's annulled presidential election, who is on trial for treason.

Frank Kokori, the secretary general of the oil workers' union NUPENG, went into hiding and called on his \
members to stay at home, a union official said.

Nigeria, Africa's biggest oil producer, earns more than 90 percent of its export income from crude.
""",
    events=[
        (("NGAGOV", "NGAMIL", "NGA"), _NGALAB, ("170", "172", "1721", "1722", "1724", "175"),
         "dissolved the executives"),
        (("NGAGOV",), _NGALAB, ("110", "111", "112"), "had been used by politicians"),
        (("NGAGOV",), _NGALAB, ("100", "101", "130", "131", "132", "139", "172"), "ordered the striking"),
    ],
    also=[
        (("NGAGOV", "NGAMIL", "NGA"), _NGALAB, ("170", "172", "1721", "1722"), "also dissolved"),
        (("NGAGOV", "NGAMIL", "NGA"), _NGALAB, ("170", "172"), "sack oil union"),
        (_NGALAB, ("NGAGOV", "NGAMIL"), ("100", "1041", "140", "143"), "called to demand"),
        (_NGALAB, _NGALAB, ("020", "140", "143"), "called on his"),
    ],
    none=["biggest oil producer"],
    parties=[
        ("Petroleum Minister Don Etiebet", "Don Etiebet", ("NGAGOV",)),
        ("Frank Kokori, the secretary", "Frank Kokori", ("NGALAB",)),
    ],
)

_ERI = ("ERI", "ERIGOV")
_SDN = ("SDN", "SDNGOV")

AFP_ASMARA = Story(
    "afp_asmara_sudan", "1994-12-06",
    """Eritrea breaks off diplomatic relations with Sudan

ASMARA, Dec 6 (AFP) - Eritrea broke off diplomatic relations with Sudan on Monday, accusing the Islamic \
government in Khartoum of training and arming rebels who have been raiding western Eritrea from Sudanese \
territory.

A statement from the Eritrean foreign ministry gave Sudanese diplomats 48 hours to leave the country and \
said Asmara had lost all hope that Khartoum would keep its promises to stop the incursions.

"Sudan has chosen the road of hostility, and we will defend our sovereignty by every means," President \
Issaias Afeworki told reporters.

In Khartoum, Sudanese Foreign Minister Hussein Abu Saleh denied the accusations and said his government \
regretted the Eritrean decision.

The Eritrean Islamic Jihad, a fundamentalist group opposed to Afeworki's government, has claimed several \
attacks in the west of the country this year.

Eritrea won its independence from Ethiopia last year after a 30-year war.
""",
    events=[
        (_ERI, _SDN, ("161", "160"), "broke off diplomatic"),
        (_ERI, _SDN, ("110", "111", "112"), "accusing the Islamic"),
        (_ERI, _SDN, ("166", "160", "161", "174"), "gave Sudanese diplomats"),
        (_SDN, _ERI, ("110", "111", "018", "010", "012"), "regretted the Eritrean"),
    ],
    also=[
        (_ERI, _SDN, ("161", "160"), "breaks off diplomatic"),
        (("ERIGOV",), _SDN, ("130", "138", "110", "111", "112"), "road of hostility"),
        (_SDN, _ERI, ("016", "010", "012"), "denied the accusations"),
        (_ERI, _SDN, ("110", "111", "112"), "lost all hope"),
    ],
    none=["has claimed several", "won its independence"],
    parties=[
        ("President Issaias Afeworki", "Issaias Afeworki", ("ERIGOV",)),
        ("Foreign Minister Hussein Abu Saleh", "Hussein Abu Saleh", ("SDNGOV",)),
    ],
)

_GBR = ("GBR", "GBRGOV")
_ARG = ("ARG", "ARGGOV")

EFE_FALKLANDS = Story(
    "efe_madrid_relations", "1990-02-15",
    """Britain and Argentina restore diplomatic relations

MADRID, Feb 15 (EFE) - Britain and Argentina agreed on Thursday to restore full diplomatic relations, \
broken off during the 1982 war over the Falkland Islands, after two days of talks in the Spanish capital.

The two delegations signed a joint statement under which embassies will reopen in London and Buenos Aires \
and Britain will lift the 150-mile protection zone it imposed around the islands.

The head of the Argentine delegation, Lucio Garcia del Solar, said the agreement opened a new era, but that \
Argentina had not given up its claim to sovereignty over the islands, which it calls the Malvinas.

British Foreign Secretary Douglas Hurd welcomed the accord in London and said Britain would invite \
Argentine President Carlos Menem to visit.

Spanish Foreign Minister Francisco Fernandez Ordonez, who hosted the talks, praised both sides for their \
courage.

Some 1,800 people live on the Falklands, most of them of British descent.
""",
    events=[
        (_GBR, _ARG, ("030", "032", "036", "050", "054", "057"), "agreed on Thursday to restore"),
        (_ARG, _GBR, ("030", "032", "036", "050", "054", "057"), "agreed on Thursday to restore"),
        (_GBR, _ARG, ("057",), "signed a joint statement"),
        (_ARG, _GBR, ("057",), "signed a joint statement"),
        (("GBRGOV", "GBR"), _ARG, ("030", "032", "036", "042", "043"), "would invite"),
        (("ESPGOV", "ESP"), _GBR + _ARG, ("051", "050"), "praised both sides"),
    ],
    also=[
        (_GBR + _ARG, _GBR + _ARG, ("030", "032", "036", "050", "054", "057", "040", "046"),
         "restore diplomatic"),
        (_GBR + _ARG, _GBR + _ARG, ("040", "046", "043"), "two days of talks"),
        (_GBR, _ARG, ("080", "081", "030", "032"), "will lift the 150-mile"),
        (("ARGGOV", "ARG"), _GBR, ("051", "010", "012", "120"), "opened a new era"),
        (("GBRGOV", "GBR"), _ARG, ("051", "050"), "welcomed the accord"),
        (("ESPGOV", "ESP"), _GBR + _ARG, ("043", "040", "046"), "hosted the talks"),
    ],
    none=["Some 1,800 people"],
    parties=[
        ("delegation, Lucio Garcia del Solar", "Lucio Garcia del Solar", ("ARGGOV",)),
        ("British Foreign Secretary Douglas Hurd", "Douglas Hurd", ("GBRGOV",)),
        ("Argentine President Carlos Menem", "Carlos Menem", ("ARGGOV",)),
        ("Spanish Foreign Minister Francisco Fernandez Ordonez", "Francisco Fernandez Ordonez", ("ESPGOV",)),
    ],
)

_POL = ("POL", "POLGOV")
_RUSG = ("RUS", "RUSGOV")

PAP_WARSAW = Story(
    "pap_warsaw_spies", "2000-01-20",
    """Poland expels nine Russian diplomats for spying

WARSAW, Jan 20 (PAP) - Poland ordered nine Russian diplomats to leave the country on Thursday for \
activities incompatible with their status, the Foreign Ministry said, in the largest expulsion of Russian \
spies since the fall of communism.

Interior Minister Marek Biernacki told reporters that the diplomats had recruited Polish officials to pass \
on secrets about the country's integration into NATO.

Foreign Minister Bronislaw Geremek said the decision was not aimed at relations with Russia, which he said \
Warsaw wanted to keep good.

The Russian Foreign Ministry called the expulsions unfriendly and groundless and said Moscow would respond \
in kind.

Russian ambassador Sergei Razov was summoned to the Polish foreign ministry on Wednesday evening and handed \
a note naming the nine, a ministry spokesman said.

Poland joined NATO last March together with Hungary and the Czech Republic.
""",
    events=[
        (_POL, _RUSG, ("166", "160", "161", "174", "1661"), "ordered nine Russian"),
        (("POLGOV",), _RUSG + ("RUSSPY",), ("110", "111", "112"), "had recruited Polish"),
        (("RUSGOV", "RUS"), _POL, ("110", "111", "112"), "called the expulsions"),
        (("RUSGOV", "RUS"), _POL, ("130", "131", "1311", "166"), "would respond"),
    ],
    also=[
        (_POL, _RUSG, ("166", "160", "161", "174"), "Poland expels"),
        (_POL, _RUSG, ("010", "016", "012", "051", "030"), "not aimed at relations"),
        (_POL, _RUSG, ("110", "111", "130", "166", "174"), "was summoned to the Polish"),
    ],
    none=["joined NATO last March"],
    parties=[
        ("Interior Minister Marek Biernacki", "Marek Biernacki", ("POLGOV",)),
        ("Foreign Minister Bronislaw Geremek", "Bronislaw Geremek", ("POLGOV",)),
        ("Russian ambassador Sergei Razov", "Sergei Razov", ("RUSGOV",)),
    ],
)

_KANAK = ("FRAREB", "FRASEP", "FRA", "FRAOPP", "FRAINS", "FRAPTY", "FRAUAF", "NCL", "NCLREB", "NCLSEP",
          "NCLUAF", "NCLOPP")

AFP_NOUMEA = Story(
    "afp_noumea_ouvea", "1988-05-05",
    """French troops storm Ouvea cave, free hostages

NOUMEA, May 5 (AFP) - French troops stormed a cave on the island of Ouvea on Thursday and freed 23 \
gendarmes and officials held hostage by Kanak independence militants for two weeks, the High Commission in \
Noumea said.

Nineteen militants and two soldiers were killed in the assault, which Prime Minister Jacques Chirac ordered \
two days before the second round of the French presidential election.

The Kanak Socialist National Liberation Front condemned the operation as a massacre and demanded an \
independent inquiry into the deaths of the militants.

Chirac defended the assault and said the hostage-takers had refused every offer of negotiation.

The militants seized the hostages on April 22 after attacking a gendarmerie post, killing four gendarmes.

New Caledonia, a French territory since 1853, lies about 1,500 km east of Australia.
""",
    events=[
        (("FRAMIL", "FRA", "FRAGOV", "FRACOP"), _KANAK, ("180", "190", "193", "182", "186", "195"),
         "stormed a cave"),
        (_KANAK, ("FRAGOV", "FRAMIL", "FRA"), ("110", "111", "112"), "condemned the operation"),
        (_KANAK, ("FRAGOV", "FRA"), ("100", "101", "102", "104"), "demanded an"),
    ],
    also=[
        (_KANAK, ("FRAGOV", "FRA"), ("051", "052", "110", "112"), "defended the assault"),
        (("FRAGOV",), _KANAK, ("110", "111", "112"), "had refused every"),
        (_KANAK, ("FRACOP", "FRA", "FRAGOV", "FRAMIL"), ("180", "181", "1811", "190", "193"),
         "seized the hostages"),
        (("FRAMIL", "FRA", "FRAGOV"), _KANAK, ("180", "190", "193"), "storm Ouvea"),
        (("FRAGOV",), ("FRAMIL",) + _KANAK, ("190", "193", "180"), "Chirac ordered"),
    ],
    none=["lies about 1,500"],
    parties=[
        ("Prime Minister Jacques Chirac", "Jacques Chirac", ("FRAGOV",)),
    ],
)

_KWT = ("KWT", "KWTGOV", "KWTMIL")
_IRQ = ("IRQ", "IRQGOV", "IRQMIL")

KUNA_KUWAIT = Story(
    "kuna_kuwait_border", "1994-10-09",
    """Kuwait moves troops to border as Iraqi forces mass

KUWAIT, Oct 9 (KUNA) -- Kuwait moved its armed forces to the northern border on Sunday after Iraq massed \
tens of thousands of troops, including units of the elite Republican Guard, a few miles from the frontier, \
the Defence Ministry said.

Crown Prince and Prime Minister Sheikh Saad al-Abdullah al-Sabah said Kuwait would not be taken by \
surprise a second time and appealed to the United Nations Security Council to take urgent measures against \
Baghdad.

The United States said it was sending an aircraft carrier and about 4,000 soldiers to the Gulf and warned \
Iraq that any attack on Kuwait would be met with force.

Iraq's Revolution Command Council said on Baghdad radio that Iraq did not intend to attack anyone but that \
it would stop cooperating with U.N. weapons inspectors unless the sanctions imposed in 1990 were lifted.

Britain said it would send a destroyer and Tornado aircraft to support the Kuwaiti forces.

Iraq invaded Kuwait in August 1990 and was driven out by a U.S.-led coalition in February 1991.
""",
    events=[
        (_KWT, _IRQ, ("150", "151", "152", "154", "155"), "moved its armed forces"),
        (_IRQ, _KWT, ("150", "151", "152", "154", "155", "138"), "massed"),
        (("KWTGOV", "KWT"), _IGO, ("020", "021", "025", "028", "100"), "appealed to the United"),
        (("USA", "USAGOV"), _IRQ, ("130", "138"), "would be met with force"),
        (("IRQGOV", "IRQ"), _IGO, ("130", "131", "136", "139", "120"), "would stop cooperating"),
        (("GBR", "GBRGOV"), _KWT, ("030", "031", "033", "0332", "036", "062", "070", "072"),
         "would send a destroyer"),
    ],
    also=[
        (("USA", "USAGOV", "USAMIL"), _KWT + _IRQ, ("150", "152", "030", "033", "062", "072"),
         "sending an aircraft"),
        (("IRQGOV", "IRQ"), _KWT, ("010", "016", "012", "030"), "did not intend"),
        (_KWT, _IRQ, ("150", "152"), "Kuwait moves troops"),
        (_IRQ, _KWT, ("150", "152"), "Iraqi forces mass"),
        (("KWTGOV",), _IRQ, ("130", "010"), "taken by surprise"),
    ],
    none=["invaded Kuwait in August 1990"],
    parties=[
        ("Sheikh Saad al-Abdullah al-Sabah", "Sheikh Saad al-Abdullah al-Sabah", ("KWTGOV",)),
    ],
)

_TUN = ("TUN", "TUNGOV")
_DEU = ("DEU", "DEUGOV")

REUTERS_DJERBA = Story(
    "reuters_berlin_djerba", "2002-04-16",
    """Germany says Djerba synagogue blast was an attack

BERLIN, April 16 (Reuters) - Germany said on Tuesday that last week's explosion at a synagogue on the \
Tunisian island of Djerba, which killed 14 German tourists, was a deliberate attack, contradicting \
Tunisian officials who had called it an accident.

Interior Minister Otto Schily said investigators had found evidence that a truck carrying liquid gas had \
been driven into the synagogue wall on purpose, and that the driver had telephoned a contact in Germany \
shortly before the blast.

German police searched the home of the man in the western city of Duisburg and detained him for \
questioning, prosecutors said.

Tunisia's Foreign Ministry said its own investigation was continuing and rejected suggestions that it had \
tried to play down the incident to protect its tourist industry.

Schily said he would travel to Tunis next week to discuss cooperation in the investigation with his \
Tunisian counterpart.

The El Ghriba synagogue is the oldest in Africa and draws thousands of Jewish pilgrims each year.
""",
    events=[
        (("DEUCOP", "DEUGOV", "DEU", "DEUJUD"), ("DEU", "DEUCVL", "DEUCRM"), ("173", "170", "171"),
         "detained him"),
        (("TUNGOV", "TUN"), _DEU, ("120", "125", "129", "016", "010", "012"), "rejected suggestions"),
        (("DEUGOV", "DEU"), _TUN, ("030", "031", "032", "036", "042", "040"), "would travel to Tunis"),
    ],
    also=[
        (_DEU, _TUN, ("010", "012", "110", "111", "112", "019"), "contradicting"),
        (("DEUGOV",), _TUN, ("010", "012"), "had found evidence"),
        (("DEUCOP", "DEUGOV", "DEU", "DEUJUD"), ("DEU", "DEUCVL", "DEUCRM"), ("170", "171", "173"),
         "searched the home"),
    ],
    none=["oldest in Africa"],
    parties=[
        ("Interior Minister Otto Schily", "Otto Schily", ("DEUGOV",)),
    ],
)

_CHE = ("RUSREB", "RUSSEP", "RUSINS", "RUSUAF", "RUS")

TASS_MOSCOW = Story(
    "tass_moscow_blasts", "1999-09-13",
    """Second Moscow apartment blast kills scores; Putin blames terrorists

MOSCOW, September 13 (Itar-Tass) -- A powerful explosion destroyed a nine-storey apartment building on \
Kashirskoye Highway in southern Moscow before dawn on Monday, killing at least 90 people, the second such \
blast in the capital in five days.

Prime Minister Vladimir Putin said the bombings were the work of terrorists trained in Chechnya and \
ordered the Interior Ministry to check every building in the city.

Moscow Mayor Yuri Luzhkov said police had detained dozens of people from the Caucasus without residence \
permits, and that all Chechens living in the capital would be required to register with police.

Chechen President Aslan Maskhadov condemned the blasts and denied that Chechnya had anything to do with \
them.

Warlord Shamil Basayev, whose fighters invaded Dagestan last month, also denied responsibility.

Russian warplanes struck rebel positions in the Chechen mountains in the afternoon, the federal military \
command in Dagestan said.

The first blast, on Guryanova Street on Thursday, killed 94 people.
""",
    events=[
        (("RUSGOV",), _CHE, ("110", "111", "112"), "were the work of"),
        (("RUSCOP", "RUSGOV", "RUS"), ("RUSCVL", "RUS", "RUSREB", "RUSRAD", "RUSCRM"), ("173", "170"),
         "police had detained"),
        (("RUSMIL", "RUS", "RUSGOV"), _CHE, ("190", "195", "1951", "180"), "warplanes struck"),
    ],
    also=[
        (("RUSGOV", "RUSCOP", "RUS"), ("RUSCVL", "RUS") + _CHE, ("172", "170", "1721", "1724"),
         "required to register"),
        (_CHE + ("RUSGOV",), _CHE + ("RUS", "RUSCVL"), ("110", "111", "016", "010"), "condemned the blasts"),
        (_CHE, ("RUSGOV", "RUS"), ("016", "010"), "also denied responsibility"),
        (("RUSGOV",), ("RUSCOP", "RUSGOV", "RUS"), ("010", "100"), "ordered the Interior"),
        (_CHE, ("RUS", "RUSGOV", "RUSMIL", "RUSCVL"), ("190", "192", "180"), "invaded Dagestan"),
    ],
    none=["Guryanova Street"],
    parties=[
        ("Prime Minister Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
        ("Moscow Mayor Yuri Luzhkov", "Yuri Luzhkov", ("RUSGOV",)),
        ("Chechen President Aslan Maskhadov", "Aslan Maskhadov", ("RUSREB", "RUSSEP", "RUSGOV")),
        ("Warlord Shamil Basayev", "Shamil Basayev", ("RUSREB", "RUSSEP", "RUSINS")),
    ],
)

_ROULAB = ("ROULAB", "ROU", "ROUCVL")

REUTERS_BUCHAREST = Story(
    "reuters_bucharest_miners", "1999-01-21",
    """Romanian riot police clash with marching miners

BUCHAREST, Jan 21 (Reuters) - Thousands of striking coal miners broke through a police barricade in \
western Romania on Thursday and pressed on towards Bucharest, injuring dozens of riot police with stones \
and clubs, the Interior Ministry said.

The miners, led by union leader Miron Cozma, are demanding a 35 percent pay rise and a halt to the planned \
closure of loss-making pits in the Jiu Valley.

Interior Minister Gavril Dejeu resigned after his police failed to stop the march, and President Emil \
Constantinescu said the government might declare a state of emergency if the miners reached the capital.

Prime Minister Radu Vasile, who has refused to negotiate under pressure, said he would meet Cozma on Friday \
at a monastery in Costesti to seek a settlement.

Opposition parties accused the government of losing control and called on it to resign.

Miners led by Cozma rampaged through Bucharest in 1990 and 1991, when they helped to topple a government.
""",
    events=[
        (_ROULAB, ("ROUCOP", "ROU"), ("140", "141", "145", "170", "180", "181", "182", "190"),
         "broke through a police"),
        (_ROULAB, ("ROUGOV", "ROU"), ("100", "101", "102", "104", "140", "141", "143"), "are demanding"),
        (("ROUGOV",), _ROULAB, ("130", "131", "132", "137", "172"), "might declare"),
        (("ROUGOV",), _ROULAB, ("030", "036", "040", "043", "046"), "would meet Cozma"),
        (("ROUOPP", "ROUPTY", "ROU", "ROULEG"), ("ROUGOV",), ("110", "111", "112"), "accused the government"),
    ],
    also=[
        (("ROUGOV",), _ROULAB, ("080", "083", "0832", "010"), "Dejeu resigned"),
        (_ROULAB, ("ROUCOP", "ROU"), ("140", "145", "180"), "police clash"),
        (("ROUCOP", "ROU"), _ROULAB, ("140", "145", "170", "175", "180"), "police clash"),
        (("ROUGOV",), _ROULAB, ("120", "124", "125", "128"), "has refused to negotiate"),
        (("ROUOPP", "ROUPTY", "ROU", "ROULEG"), ("ROUGOV",), ("100", "1041", "020", "104"), "called on it"),
    ],
    none=["rampaged through Bucharest"],
    parties=[
        ("union leader Miron Cozma", "Miron Cozma", ("ROULAB",)),
        ("Interior Minister Gavril Dejeu", "Gavril Dejeu", ("ROUGOV",)),
        ("President Emil Constantinescu", "Emil Constantinescu", ("ROUGOV",)),
        ("Prime Minister Radu Vasile", "Radu Vasile", ("ROUGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_COLOMBO, EFE_MADRID, IRNA_BAM, REUTERS_CARACAS, AFP_LUSAKA, PTI_LAHORE,
                        YONHAP_HWANG, AFP_HAVANA, REUTERS_VIENNA, KYODO_MISSILE, REUTERS_UN_CUBA,
                        AP_OAS_HAITI, TASS_BENDERY, ANTARA_SAMPIT, EFE_LAPAZ, REUTERS_LAGOS, AFP_ASMARA,
                        EFE_FALKLANDS, PAP_WARSAW, AFP_NOUMEA, KUNA_KUWAIT, REUTERS_DJERBA, TASS_MOSCOW,
                        REUTERS_BUCHAREST]


if __name__ == "__main__":
    main(STORIES, "stories36")
