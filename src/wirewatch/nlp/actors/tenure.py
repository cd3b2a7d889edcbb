"""Which side a party or an armed group is on at a date: in government (GOV) or not.

The CAMEO codebook counts a governing party as government; a party out of power is the opposition
(OPP), as PETRARCH-coded data writes "Democrats" under a Republican president (USAOPP). Armed groups
that took power or were outlawed change code on that day: the Taliban are AFGREB until they took
Kabul on 2021-08-15 and AFGGOV after. Dates are the days a government took office (public record;
a junior coalition partner is in government too). A party wire copy names in several countries
("Labour", "the Democratic Party") is the story's country's when that country has one, else the one
news copy means without qualification (listed first).
"""

from __future__ import annotations

from dataclasses import dataclass

# (start, end) inclusive-exclusive ISO dates; "" = open
Span = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Party:
    country: str
    name: str
    in_power: tuple[Span, ...]  # spells in national government; () = never
    always: bool = False  # the ruling party of a one-party state


def _party(country: str, name: str, spells: str = "", *, always: bool = False) -> Party:
    """A party and its spells in government, written "start/end start/end" (an empty side is open;
    no spells: never in national government)."""
    spans = tuple((a, b) for a, _, b in (spell.partition("/") for spell in spells.split()))
    return Party(country, name, spans, always)


_US_DEMOCRATS = _party("USA", "the Democratic Party", "1993-01-20/2001-01-20 2009-01-20/2017-01-20 "
                                                      "2021-01-20/2025-01-20")
_US_REPUBLICANS = _party("USA", "the Republican Party", "2001-01-20/2009-01-20 2017-01-20/2021-01-20 "
                                                        "2025-01-20/")
_KOR_DEMOCRATS = _party("KOR", "the Democratic Party of Korea", "2017-05-10/2022-05-10 2025-06-04/")
_GBR_LABOUR = _party("GBR", "the Labour Party", "1997-05-02/2010-05-11 2024-07-05/")
_AUS_LABOR = _party("AUS", "the Labor Party", "2007-12-03/2013-09-18 2022-05-23/")
_GBR_CONSERVATIVES = _party("GBR", "the Conservative Party", "1979-05-04/1997-05-02 2010-05-11/2024-07-05")
_CAN_CONSERVATIVES = _party("CAN", "the Conservative Party of Canada", "2006-02-06/2015-11-04")
_IND_CONGRESS = _party("IND", "the Congress party", "1991-06-21/1996-05-16 2004-05-22/2014-05-26")
_IND_BJP = _party("IND", "the BJP", "1998-03-19/2004-05-22 2014-05-26/")
_DEU_CDU = _party("DEU", "the CDU", "1982-10-01/1998-10-27 2005-11-22/2021-12-08 2025-05-06/")
_DEU_SPD = _party("DEU", "the SPD", "1998-10-27/2009-10-28 2013-12-17/")
_SWE_SAP = _party("SWE", "the Social Democrats", "1994-10-07/2006-10-06 2014-10-03/2022-10-18")
_DNK_SD = _party("DNK", "the Social Democrats", "2019-06-27/")
_JPN_LDP = _party("JPN", "the Liberal Democratic Party", "1955-11-15/1993-08-09 1994-06-30/2009-09-16 "
                                                         "2012-12-26/")
_TWN_KMT = _party("TWN", "the Kuomintang", "/2000-05-20 2008-05-20/2016-05-20")
_TWN_DPP = _party("TWN", "the Democratic Progressive Party", "2000-05-20/2008-05-20 2016-05-20/")
_ISR_LIKUD = _party("ISR", "Likud", "1996-06-18/1999-07-06 2001-03-07/2005-11-21 2009-03-31/2021-06-13 "
                                    "2022-12-29/")
_ZAF_ANC = _party("ZAF", "the ANC", "1994-05-10/")
_BGD_AWAMI = _party("BGD", "the Awami League", "1996-06-23/2001-07-15 2009-01-06/2024-08-05")
_BGD_BNP = _party("BGD", "the BNP", "1991-03-20/1996-03-30 2001-10-10/2006-10-29")
_KOR_PPP = _party("KOR", "the People Power Party", "2022-05-10/2025-06-04")
_MMR_NLD = _party("MMR", "the National League for Democracy", "2016-03-30/2021-02-01")
_NIC_FSLN = _party("NIC", "the Sandinistas", "1979-07-19/1990-04-25 2007-01-10/")
_TUR_AKP = _party("TUR", "the AKP", "2002-11-18/")
_RUS_UNITED = _party("RUS", "United Russia", "2001-12-01/")
_PAK_PTI = _party("PAK", "Pakistan Tehreek-e-Insaf", "2018-08-18/2022-04-10")
_DEU_AFD = _party("DEU", "the Alternative for Germany")
_HUN_FIDESZ = _party("HUN", "Fidesz", "1998-07-06/2002-05-27 2010-05-29/")
_POL_PIS = _party("POL", "Law and Justice", "2005-10-31/2007-11-16 2015-11-16/2023-12-13")
_CHN_CCP = _party("CHN", "the Communist Party of China", always=True)
_PRK_WPK = _party("PRK", "the Workers' Party of Korea", always=True)
_VNM_CPV = _party("VNM", "the Communist Party of Vietnam", always=True)
_CUB_PCC = _party("CUB", "the Communist Party of Cuba", always=True)
# Ruling parties of the period the wire corpora cover (1980s-2020s), every region (eighth session):
# the spells each led or sat in the national government, from public records of who governed when.
_MEX_PRI = _party("MEX", "the Institutional Revolutionary Party", "/2000-12-01 2012-12-01/2018-12-01")
_MEX_PAN = _party("MEX", "the National Action Party", "2000-12-01/2012-12-01")
_MEX_MORENA = _party("MEX", "Morena", "2018-12-01/")
_VEN_PSUV = _party("VEN", "the United Socialist Party of Venezuela", "2007-03-14/")
_NGA_PDP = _party("NGA", "the Peoples Democratic Party", "1999-05-29/2015-05-29")
_NGA_APC = _party("NGA", "the All Progressives Congress", "2015-05-29/")
_KEN_KANU = _party("KEN", "KANU", "/2002-12-30")
_KEN_JUBILEE = _party("KEN", "the Jubilee Party", "2016-09-08/2022-09-13")
_UGA_NRM = _party("UGA", "the National Resistance Movement", "1986-01-29/")
_TZA_CCM = _party("TZA", "Chama Cha Mapinduzi", "1977-02-05/")
_ETH_EPRDF = _party("ETH", "the EPRDF", "1991-05-28/2019-12-01")
_ETH_PP = _party("ETH", "the Prosperity Party", "2019-12-01/")
_MOZ_FRELIMO = _party("MOZ", "Frelimo", "1975-06-25/")
_SYR_BAATH = _party("SYR", "the Baath Party", "/2024-12-08")
_IRQ_BAATH = _party("IRQ", "the Baath Party", "/2003-04-09")
_PAK_PPP = _party("PAK", "the Pakistan Peoples Party", "1988-12-02/1990-08-06 1993-10-19/1996-11-05 "
                                                      "2008-03-25/2013-06-05")
_PAK_PMLN = _party("PAK", "the PML-N", "1990-11-06/1993-07-18 1997-02-17/1999-10-12 2013-06-05/2018-08-18 "
                                       "2022-04-11/2023-08-14 2024-03-04/")
_MYS_UMNO = _party("MYS", "UMNO", "/2018-05-10 2020-03-01/")
_SGP_PAP = _party("SGP", "the People's Action Party", "1959-06-03/")
_KHM_CPP = _party("KHM", "the Cambodian People's Party", "1979-01-07/")
_LAO_LPRP = _party("LAO", "the Lao People's Revolutionary Party", always=True)
_ESP_PSOE = _party("ESP", "the Socialist Workers' Party", "1982-12-02/1996-05-05 2004-04-17/2011-12-21 "
                                                         "2018-06-02/")
_ESP_PP = _party("ESP", "the Popular Party", "1996-05-05/2004-04-17 2011-12-21/2018-06-02")
_GEO_DREAM = _party("GEO", "Georgian Dream", "2012-10-25/")
_UKR_REGIONS = _party("UKR", "the Party of Regions", "2006-08-04/2007-12-18 2010-02-25/2014-02-22")
_SRB_SNS = _party("SRB", "the Serbian Progressive Party", "2012-07-27/")
_THA_TRT = _party("THA", "Thai Rak Thai", "2001-02-09/2006-09-19")
_THA_PHEU = _party("THA", "Pheu Thai", "2011-08-05/2014-05-07 2023-09-01/")
_ISR_KADIMA = _party("ISR", "Kadima", "2005-11-21/2009-03-31")

# normalised name (phrases.key_words, "labour" read as "labor") -> the parties it may name
PARTIES: dict[str, tuple[Party, ...]] = {
    "democrats": (_US_DEMOCRATS,),
    "democratic party": (_US_DEMOCRATS, _KOR_DEMOCRATS),
    "democratic party of korea": (_KOR_DEMOCRATS,),
    "republicans": (_US_REPUBLICANS,),
    "republican party": (_US_REPUBLICANS,),
    "gop": (_US_REPUBLICANS,),
    "republican national committee": (_US_REPUBLICANS,),
    "rnc": (_US_REPUBLICANS,),
    "democratic national committee": (_US_DEMOCRATS,),
    "dnc": (_US_DEMOCRATS,),
    "labor party": (_GBR_LABOUR, _AUS_LABOR),
    "labor": (_GBR_LABOUR, _AUS_LABOR),
    "conservative party": (_GBR_CONSERVATIVES, _CAN_CONSERVATIVES),
    "conservatives": (_GBR_CONSERVATIVES, _CAN_CONSERVATIVES),
    "tories": (_GBR_CONSERVATIVES,),
    "tory party": (_GBR_CONSERVATIVES,),
    "congress party": (_IND_CONGRESS,),
    "indian national congress": (_IND_CONGRESS,),
    "bjp": (_IND_BJP,),
    "bharatiya janata party": (_IND_BJP,),
    "cdu": (_DEU_CDU,),
    "christian democratic union": (_DEU_CDU,),
    "spd": (_DEU_SPD,),
    "social democrats": (_DEU_SPD, _SWE_SAP, _DNK_SD),
    # adjectives: a party only before an office or role ("Republican lawmakers", "Democratic Sen.")
    "republican": (_US_REPUBLICANS,),
    "democratic": (_US_DEMOCRATS,),
    "social democratic party of germany": (_DEU_SPD,),
    "ldp": (_JPN_LDP,),
    "liberal democratic party": (_JPN_LDP,),
    "kuomintang": (_TWN_KMT,),
    "kmt": (_TWN_KMT,),
    "democratic progressive party": (_TWN_DPP,),
    "dpp": (_TWN_DPP,),
    "likud": (_ISR_LIKUD,),
    "anc": (_ZAF_ANC,),
    "african national congress": (_ZAF_ANC,),
    "awami league": (_BGD_AWAMI,),
    "bangladesh nationalist party": (_BGD_BNP,),
    "bnp": (_BGD_BNP,),
    "people power party": (_KOR_PPP,),
    "ppp": (_KOR_PPP,),
    "national league for democracy": (_MMR_NLD,),
    "nld": (_MMR_NLD,),
    "sandinistas": (_NIC_FSLN,),
    "sandinista": (_NIC_FSLN,),
    "akp": (_TUR_AKP,),
    "justice and development party": (_TUR_AKP,),
    "united russia": (_RUS_UNITED,),
    "chinese communist party": (_CHN_CCP,),
    "communist party of china": (_CHN_CCP,),
    "ccp": (_CHN_CCP,),
    "workers' party of korea": (_PRK_WPK,),
    "workers party of korea": (_PRK_WPK,),
    # its acronym and the older English name (tenth session)
    "wpk": (_PRK_WPK,), "korean workers' party": (_PRK_WPK,), "korean workers party": (_PRK_WPK,),
    "communist party of vietnam": (_VNM_CPV,),
    "communist party of cuba": (_CUB_PCC,),
    "pakistan tehreek-e-insaf": (_PAK_PTI,),
    "tehreek-e-insaf": (_PAK_PTI,),
    "alternative for germany": (_DEU_AFD,),
    "afd": (_DEU_AFD,),
    "fidesz": (_HUN_FIDESZ,),
    "law and justice": (_POL_PIS,),
    "law and justice party": (_POL_PIS,),
    "pis": (_POL_PIS,),
    "institutional revolutionary party": (_MEX_PRI,), "pri": (_MEX_PRI,),
    "national action party": (_MEX_PAN,), "morena": (_MEX_MORENA,),
    "united socialist party of venezuela": (_VEN_PSUV,), "psuv": (_VEN_PSUV,),
    "peoples democratic party": (_NGA_PDP,), "people's democratic party": (_NGA_PDP,), "pdp": (_NGA_PDP,),
    "all progressives congress": (_NGA_APC,),
    "kanu": (_KEN_KANU,), "kenya african national union": (_KEN_KANU,), "jubilee party": (_KEN_JUBILEE,),
    "national resistance movement": (_UGA_NRM,), "nrm": (_UGA_NRM,),
    "chama cha mapinduzi": (_TZA_CCM,), "ccm": (_TZA_CCM,),
    "eprdf": (_ETH_EPRDF,), "ethiopian people's revolutionary democratic front": (_ETH_EPRDF,),
    "prosperity party": (_ETH_PP,),
    "frelimo": (_MOZ_FRELIMO,),
    "baath party": (_SYR_BAATH, _IRQ_BAATH), "baath": (_SYR_BAATH, _IRQ_BAATH),
    "ba'ath party": (_SYR_BAATH, _IRQ_BAATH), "arab socialist baath party": (_SYR_BAATH, _IRQ_BAATH),
    "pakistan peoples party": (_PAK_PPP,), "pakistan people's party": (_PAK_PPP,),
    "pml-n": (_PAK_PMLN,), "pakistan muslim league-nawaz": (_PAK_PMLN,),
    "pakistan muslim league-n": (_PAK_PMLN,),
    "umno": (_MYS_UMNO,), "united malays national organisation": (_MYS_UMNO,),
    "united malays national organization": (_MYS_UMNO,),
    "people's action party": (_SGP_PAP,),
    "cambodian people's party": (_KHM_CPP,), "cpp": (_KHM_CPP,),
    "lao people's revolutionary party": (_LAO_LPRP,),
    "psoe": (_ESP_PSOE,), "spanish socialist workers' party": (_ESP_PSOE,),
    "partido popular": (_ESP_PP,),
    "georgian dream": (_GEO_DREAM,), "party of regions": (_UKR_REGIONS,),
    "serbian progressive party": (_SRB_SNS,),
    "thai rak thai": (_THA_TRT,), "pheu thai": (_THA_PHEU,), "pheu thai party": (_THA_PHEU,),
    "kadima": (_ISR_KADIMA,),
}

# the scanner reads possessives off ("the Cambodian People's Party" -> cambodian people party)
PARTIES.update({k.replace("'s ", " ").replace("' ", " "): v for k, v in list(PARTIES.items()) if "'" in k})

# names many countries' parties take: never another country's when the story is about one, even a
# country guessed from its place mentions ("The Homeland Union (Conservatives)" in a Lithuanian story)
GENERIC: frozenset[str] = frozenset({"labor", "labor party", "conservatives", "conservative party",
                                     "social democrats", "baath", "baath party", "ba'ath party",
                                     "arab socialist baath party"})
# party adjectives that are also common words: a party only before one of its members' roles
# ("Republican senators", "Democratic Sen."), never "Democratic Forces for the Liberation of Rwanda"
ADJECTIVAL: frozenset[str] = frozenset({"republican", "democratic"})
MEMBER_ROLES: frozenset[str] = frozenset({
    "lawmaker", "lawmakers", "senator", "senators", "sen", "sen.", "rep", "rep.", "congressman",
    "congressmen",
    "congresswoman", "congresswomen", "representative", "representatives", "leader", "leaders",
    "leadership", "governor", "governors", "candidate", "candidates", "nominee", "members", "officials",
    "aides", "president", "presidents", "administration", "majority", "minority", "caucus", "legislators",
    "lawmakers'", "mayor", "mayors", "attorney", "attorneys", "staffers"})

# armed groups whose code changed on a day: key -> ((start, end, country, sector), ...)
RULED: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "taliban": (("", "2021-08-15", "AFG", "REB"), ("2021-08-15", "", "AFG", "GOV")),
    "hayat tahrir al-sham": (("", "2024-12-08", "SYR", "REB"), ("2024-12-08", "", "SYR", "GOV")),
    "hts": (("", "2024-12-08", "SYR", "REB"), ("2024-12-08", "", "SYR", "GOV")),
    # the army's paramilitary until the war with it began (2023-04-15), a rebel force after
    "rapid support forces": (("", "2023-04-15", "SDN", "MIL"), ("2023-04-15", "", "SDN", "REB")),
    # the Afghan mujahideen fought the Soviet-backed government until they took Kabul
    **dict.fromkeys(("mujahideen", "mujahedeen", "mujahedin", "mujahidin"),
                    (("", "1992-04-28", "AFG", "REB"),)),
    # SWAPO fought South Africa until Namibia's independence and has governed since
    "swapo": (("", "1990-03-21", "NAM", "REB"), ("1990-03-21", "", "NAM", "GOV")),
    # the FMLN laid down its arms with the 1992 peace accords and held the presidency 2009-2019
    "fmln": (("", "1992-01-16", "SLV", "REB"), ("1992-01-16", "2009-06-01", "SLV", "OPP"),
             ("2009-06-01", "2019-06-01", "SLV", "GOV"), ("2019-06-01", "", "SLV", "OPP")),
    # the RPF took Kigali in July 1994 and has governed since
    "rwandan patriotic front": (("", "1994-07-19", "RWA", "REB"), ("1994-07-19", "", "RWA", "GOV")),
}


def _within(date: str, span: Span) -> bool:
    start, end = span
    return (not start or start <= date) and (not end or date < end)


def choose(key: str, country: str | None, context: str | None, inferred: bool = False) -> Party | None:
    """The party `key` names: the one of the phrase's own country, else of the story's, else the
    first listed. None when the phrase names another country that has no such party, or when the
    story's country has none and the name is one many countries' parties take (`GENERIC`); a
    country only guessed from the story's place mentions does not overrule the US parties."""
    parties = PARTIES.get(key, ())
    if not parties:
        return None
    if country:
        return next((p for p in parties if p.country == country), None)
    own = next((p for p in parties if p.country == context), None)
    if own is not None or context is None:
        return own or parties[0]
    if key in GENERIC or not inferred:
        return None
    return parties[0]


def party_sector(party: Party, date: str | None) -> tuple[str, str]:
    """(sector, reason) of a party on the story's date: GOV in power, OPP out of it, PTY undated."""
    if party.always:
        return "GOV", f"{party.name} is the ruling party of a one-party state: government (CAMEO)"
    if not date:
        return "PTY", f"{party.name} is a political party (no story date to say whether it governs)"
    day = date[:10]
    if any(_within(day, span) for span in party.in_power):
        return "GOV", f"{party.name} was in government on {day}: CAMEO counts a governing party as government"
    return "OPP", f"{party.name} was out of government on {day}: the opposition"


def ruled(key: str, date: str | None) -> tuple[str, str, str] | None:
    """(country, sector, reason) of an armed group whose role changed, on the story's date."""
    spells = RULED.get(key)
    if not spells or not date:
        return None
    day = date[:10]
    for start, end, country, sector in spells:
        if _within(day, (start, end)):
            since = f"from {start}" if start else f"until {end}"
            return country, sector, f"{sector} {since} (the group's role changed on that day)"
    return None
