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

import re
from dataclasses import dataclass

# (start, end) inclusive-exclusive ISO dates; "" = open
Span = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Party:
    country: str
    name: str
    in_power: tuple[Span, ...]  # spells in national government; () = never
    always: bool = False  # the ruling party of a one-party state
    # thirty-second session: the ruling party of an era's one-party state, gone with its rule (dissolved,
    # renamed, or its state dissolved) on this day; copy dated later names it in its years of rule
    ended: str = ""


def _party(country: str, name: str, spells: str = "", *, always: bool = False, ended: str = "") -> Party:
    """A party and its spells in government, written "start/end start/end" (an empty side is open;
    no spells: never in national government)."""
    spans = tuple((a, b) for a, _, b in (spell.partition("/") for spell in spells.split()))
    return Party(country, name, spans, always, ended)


_US_DEMOCRATS = _party("USA", "the Democratic Party", "1977-01-20/1981-01-20 1993-01-20/2001-01-20 "
                                                      "2009-01-20/2017-01-20 2021-01-20/2025-01-20")
_US_REPUBLICANS = _party("USA", "the Republican Party", "1981-01-20/1993-01-20 2001-01-20/2009-01-20 "
                                                        "2017-01-20/2021-01-20 2025-01-20/")
_KOR_DEMOCRATS = _party("KOR", "the Democratic Party of Korea", "2017-05-10/2022-05-10 2025-06-04/")
_GBR_LABOUR = _party("GBR", "the Labour Party", "1997-05-02/2010-05-11 2024-07-05/")
_AUS_LABOR = _party("AUS", "the Labor Party", "1983-03-11/1996-03-11 2007-12-03/2013-09-18 2022-05-23/")
_GBR_CONSERVATIVES = _party("GBR", "the Conservative Party", "1979-05-04/1997-05-02 2010-05-11/2024-07-05")
_CAN_CONSERVATIVES = _party("CAN", "the Conservative Party of Canada", "2006-02-06/2015-11-04")
_IND_CONGRESS = _party("IND", "the Congress party", "1980-01-14/1989-12-02 1991-06-21/1996-05-16 "
                                                     "2004-05-22/2014-05-26")
_IND_BJP = _party("IND", "the BJP", "1998-03-19/2004-05-22 2014-05-26/")
_DEU_CDU = _party("DEU", "the CDU", "1982-10-01/1998-10-27 2005-11-22/2021-12-08 2025-05-06/")
_DEU_SPD = _party("DEU", "the SPD", "1998-10-27/2009-10-28 2013-12-17/")
_SWE_SAP = _party("SWE", "the Social Democrats", "1982-10-08/1991-10-04 1994-10-07/2006-10-06 "
                                                   "2014-10-03/2022-10-18")
_DNK_SD = _party("DNK", "the Social Democrats", "1993-01-25/2001-11-27 2011-10-03/2015-06-28 2019-06-27/")
_JPN_LDP = _party("JPN", "the Liberal Democratic Party", "1955-11-15/1993-08-09 1994-06-30/2009-09-16 "
                                                         "2012-12-26/")
_TWN_KMT = _party("TWN", "the Kuomintang", "/2000-05-20 2008-05-20/2016-05-20")
_TWN_DPP = _party("TWN", "the Democratic Progressive Party", "2000-05-20/2008-05-20 2016-05-20/")
_ISR_LIKUD = _party("ISR", "Likud", "1977-06-20/1992-07-13 1996-06-18/1999-07-06 2001-03-07/2005-11-21 "
                                    "2009-03-31/2021-06-13 2022-12-29/")
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

# Sixteenth session (wip/names18): parties and movements of 1980-2005 wire copy, every region, with the
# spells each led or sat in the national government (public records; month precision where the day is
# not sure). A party never in national government in the period is the opposition whatever the date.
_ZAF_IFP = _party("ZAF", "the Inkatha Freedom Party", "1994-05-10/2004-04-29")
_ZAF_NP = _party("ZAF", "the National Party", "/1996-06-30")
_ZAF_DP = _party("ZAF", "the Democratic Party")
_ZAF_PAC = _party("ZAF", "the Pan Africanist Congress")
_GBR_SINN_FEIN = _party("GBR", "Sinn Fein")
_GBR_SDLP = _party("GBR", "the SDLP")
_GBR_UUP = _party("GBR", "the Ulster Unionist Party")
_GBR_DUP = _party("GBR", "the Democratic Unionist Party")
_KEN_FORD = _party("KEN", "FORD-Kenya")
_ITA_DC = _party("ITA", "the Christian Democrats", "/1994-01-18")
_CHL_PDC = _party("CHL", "the Christian Democratic Party", "1990-03-11/2010-03-11")
_SLV_PDC = _party("SLV", "the Christian Democratic Party", "1984-06-01/1989-06-01")
_RUS_KPRF = _party("RUS", "the Communist Party of the Russian Federation")
_USR_CPSU = _party("USR", "the Communist Party of the Soviet Union", "/1991-12-26", ended="1991-12-26")
# thirty-second session: the ruling Communist parties of Eastern Europe's one-party states, each gone
# (dissolved or renamed) when its rule ended; "The Polish Communist Party" dated 2000 was POLPTY, "the
# Soviet Communist Party" USROPP (out of government at the date)
_POL_PUWP = _party("POL", "the Polish United Workers' Party", "/1990-01-29", ended="1990-01-29")
_ROU_PCR = _party("ROU", "the Romanian Communist Party", "/1989-12-22", ended="1989-12-22")
_BGR_BKP = _party("BGR", "the Bulgarian Communist Party", "/1990-04-03", ended="1990-04-03")
_HUN_MSZMP = _party("HUN", "the Hungarian Socialist Workers' Party", "/1989-10-07", ended="1989-10-07")
_CSK_KSC = _party("CZE", "the Communist Party of Czechoslovakia", "/1989-12-10", ended="1989-12-10")
_ALB_PPSH = _party("ALB", "the Party of Labour of Albania", "/1991-06-12", ended="1991-06-12")
_YUG_SKJ = _party("SRB", "the League of Communists of Yugoslavia", "/1990-01-22", ended="1990-01-22")
# forty-first session (wip/actors43): the fronts of 1989's revolutions, in opposition for weeks and in
# government after ("The Civic Forum called a general strike" in November 1989, "The National Salvation Front
# won the election" in May 1990, were no one and ---REB); gone with their split, so later copy names them in
# their years of rule. Russia's National Salvation Front of 1992-93 never governed.
_CSK_OF = _party("CZE", "the Civic Forum", "1989-12-10/1991-02-23", ended="1991-02-23")
_ROU_FSN = _party("ROU", "the National Salvation Front", "1989-12-22/1992-04-07", ended="1992-04-07")
_RUS_FNS = _party("RUS", "the National Salvation Front")
# second batch: Bulgaria's anti-communist front and Lesotho's ruling parties of the 1990s ("The Lesotho
# Congress for Democracy" was LSOLEG by its "Congress")
_BGR_UDF = _party("BGR", "the Union of Democratic Forces", "1991-11-08/1992-12-30 1997-05-12/2001-07-24")
_LSO_LCD = _party("LSO", "the Lesotho Congress for Democracy", "1997-06-09/2012-06-08 2015-03-17/2017-06-16")
_LSO_BCP = _party("LSO", "the Basotho Congress Party", "1993-04-02/1997-06-09")
_RUS_YABLOKO = _party("RUS", "Yabloko")
# Zhirinovsky's party, named in Moscow copy by the words of Japan's ruling party (lead44); never in government
_RUS_LDPR = _party("RUS", "the Liberal Democratic Party of Russia")
_BRA_PT = _party("BRA", "the Workers' Party", "2003-01-01/2016-08-31")
_BRA_PSDB = _party("BRA", "the Brazilian Social Democracy Party", "1995-01-01/2003-01-01")
_TUR_WELFARE = _party("TUR", "the Welfare Party", "1996-06-28/1997-06-30")
_TUR_VIRTUE = _party("TUR", "the Virtue Party")
_TUR_ANAP = _party("TUR", "the Motherland Party", "1983-12-13/1991-11-20 1996-03-06/1996-06-28 "
                                                 "1997-06-30/2002-11-18")
_TUR_DYP = _party("TUR", "the True Path Party", "1991-11-20/1997-06-30")
_TUR_DSP = _party("TUR", "the Democratic Left Party", "1997-06-30/2002-11-18")
_TUR_MHP = _party("TUR", "the Nationalist Movement Party", "1999-05-28/2002-11-18")
_TUR_HADEP = _party("TUR", "the pro-Kurdish People's Democracy Party")
_JOR_IAF = _party("JOR", "the Islamic Action Front")
_EGY_NDP = _party("EGY", "the National Democratic Party", "/2011-02-11")
_EGY_WAFD = _party("EGY", "the Wafd")
_LKA_UNP = _party("LKA", "the United National Party", "/1994-08-19 2001-12-09/2004-04-06")
_LKA_SLFP = _party("LKA", "the Sri Lanka Freedom Party", "1994-08-19/2001-12-09 2004-04-06/2019-11-18")
_LKA_TULF = _party("LKA", "the Tamil United Liberation Front")
_KHM_SRP = _party("KHM", "the Sam Rainsy Party")
_KHM_FUNCINPEC = _party("KHM", "Funcinpec", "1993-09-24/2008-09-25")
_MYS_PAS = _party("MYS", "PAS, the Pan-Malaysian Islamic Party", "2020-03-01/2021-08-16")
_KOR_GNP = _party("KOR", "the Grand National Party", "/1998-02-25 2008-02-25/2012-02-13")
_KOR_MDP = _party("KOR", "the Millennium Democratic Party", "2000-01-20/2003-02-25")
_KOR_NCNP = _party("KOR", "the National Congress for New Politics", "1998-02-25/2000-01-20")
_PER_APRA = _party("PER", "APRA", "1985-07-28/1990-07-28 2006-07-28/2011-07-28")
_FRA_RPR = _party("FRA", "the RPR", "1986-03-20/1988-05-10 1993-03-29/1997-06-02")
_FRA_PS = _party("FRA", "the Socialist Party", "1981-05-21/1986-03-20 1988-05-10/1993-03-29 "
                                               "1997-06-02/2002-05-06 2012-05-15/2017-05-14")
_FRA_FN = _party("FRA", "the National Front")
_ESP_HB = _party("ESP", "Herri Batasuna")
_ISR_LABOR = _party("ISR", "the Labour Party", "/1977-06-20 1984-09-13/1990-03-15 1992-07-13/1996-06-18 "
                                               "1999-07-06/2002-11-02")
_IND_JANATA = _party("IND", "the Janata Dal", "1989-12-02/1990-11-10 1996-06-01/1998-03-19")
_IND_AKALI = _party("IND", "the Akali Dal", "1998-03-19/2004-05-22")
_IND_CPM = _party("IND", "the Communist Party of India (Marxist)")
_BGD_JATIYA = _party("BGD", "the Jatiya Party", "/1990-12-06")
_PAK_MQM = _party("PAK", "the MQM", "1988-12-02/1989-10-01 1990-11-06/1992-06-19 1997-02-17/1998-10-01 "
                                    "2002-11-23/2011-06-27")
_HTI_LAVALAS = _party("HTI", "Lavalas", "1991-02-07/1991-09-30 1994-10-15/2004-02-29")
_IDN_GOLKAR = _party("IDN", "Golkar", "/2014-10-20 2016-07-27/")
_IDN_PDIP = _party("IDN", "the Indonesian Democratic Party of Struggle", "1999-10-20/2004-10-20 2014-10-20/")
_ZMB_UNIP = _party("ZMB", "UNIP", "/1991-11-02")
_ZMB_MMD = _party("ZMB", "the Movement for Multiparty Democracy", "1991-11-02/2011-09-23")
_MWI_MCP = _party("MWI", "the Malawi Congress Party", "/1994-05-21 2020-06-28/2025-10-04")
_GHA_NDC = _party("GHA", "the National Democratic Congress", "1993-01-07/2001-01-07 2009-01-07/2017-01-07 "
                                                             "2025-01-07/")
_GHA_NPP = _party("GHA", "the New Patriotic Party", "2001-01-07/2009-01-07 2017-01-07/2025-01-07")
_CIV_PDCI = _party("CIV", "the PDCI", "/1999-12-24")
_CIV_FPI = _party("CIV", "the Ivorian Popular Front", "2000-10-26/2011-04-11")
_DZA_FLN = _party("DZA", "the National Liberation Front", "/")
_SDN_NIF = _party("SDN", "the National Islamic Front", "1989-06-30/2019-04-11")
_GRC_PASOK = _party("GRC", "PASOK", "1981-10-21/1989-07-02 1993-10-13/2004-03-10 2009-10-06/2012-05-16")
_GRC_ND = _party("GRC", "New Democracy", "1990-04-11/1993-10-13 2004-03-10/2009-10-06 2012-06-20/2015-01-26 "
                                         "2019-07-08/")
_ITA_FI = _party("ITA", "Forza Italia", "1994-05-10/1995-01-17 2001-06-11/2006-05-17 2008-05-08/2011-11-16")
_ARG_PJ = _party("ARG", "the Peronists", "1989-07-08/1999-12-10 2002-01-01/2015-12-10 2019-12-10/2023-12-10")
_ARG_UCR = _party("ARG", "the Radical Civic Union", "1983-12-10/1989-07-08 1999-12-10/2001-12-21")
_SLV_ARENA = _party("SLV", "ARENA", "1989-06-01/2009-06-01")
_MEX_PRD = _party("MEX", "the Party of the Democratic Revolution")
_NIC_UNO = _party("NIC", "the National Opposition Union", "1990-04-25/1997-01-10")
_JPN_JSP = _party("JPN", "the Socialist Party", "1993-08-09/1998-06-01")
_THA_DEMOCRATS = _party("THA", "the Democrat Party", "1992-09-23/1995-07-13 1997-11-14/2001-02-09 "
                                                    "2008-12-17/2011-08-05")
# fortieth session (wip/actors42): the post-communist parties of Albania, Azerbaijan and Armenia that ruled
# and then led the opposition ("The Democratic Party of Albania boycotted parliament" in 2000 was ALBPTY,
# "the Popular Front of Azerbaijan" in 1995 the bare state)
_ALB_DP = _party("ALB", "the Democratic Party of Albania", "1992-04-09/1997-07-24 2005-09-10/2013-09-15")
_AZE_APF = _party("AZE", "the Popular Front of Azerbaijan", "1992-06-16/1993-06-18")
_ARM_HHSh = _party("ARM", "the Armenian Pan-National Movement", "1990-08-04/1998-02-03")

# normalised name (phrases.key_words, "labour" read as "labor") -> the parties it may name
PARTIES: dict[str, tuple[Party, ...]] = {
    "democrats": (_US_DEMOCRATS,),
    "democratic party": (_US_DEMOCRATS, _KOR_DEMOCRATS, _ZAF_DP, _ALB_DP),
    "democratic party of albania": (_ALB_DP,), "albanian democratic party": (_ALB_DP,),
    **dict.fromkeys(("popular front of azerbaijan", "azerbaijani popular front", "azerbaijan popular front",
                     "azerbaijan popular front party", "azeri popular front"), (_AZE_APF,)),
    **dict.fromkeys(("armenian pan-national movement", "pan-armenian national movement",
                     "armenian national movement"), (_ARM_HHSh,)),
    "democratic party of korea": (_KOR_DEMOCRATS,),
    "republicans": (_US_REPUBLICANS,),
    "republican party": (_US_REPUBLICANS,),
    "gop": (_US_REPUBLICANS,),
    "republican national committee": (_US_REPUBLICANS,),
    "rnc": (_US_REPUBLICANS,),
    "democratic national committee": (_US_DEMOCRATS,),
    "dnc": (_US_DEMOCRATS,),
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
    "liberal democratic party": (_JPN_LDP, _RUS_LDPR),
    "liberal democratic party of russia": (_RUS_LDPR,),
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
    # thirty-fifth session: the era's copy names Nawaz Sharif's party without the suffix (it split formally
    # in 1993; the Musharraf-era PML-Q governed 2002-2007, after the GSR placeholder date)
    "pakistan muslim league": (_PAK_PMLN,),
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
    "civic forum": (_CSK_OF,), "national salvation front": (_ROU_FSN, _RUS_FNS),
    "union of democratic forces": (_BGR_UDF,), "lesotho congress for democracy": (_LSO_LCD,),
    "basotho congress party": (_LSO_BCP,),
    # sixteenth session (see the parties above)
    "inkatha": (_ZAF_IFP,), "inkatha freedom party": (_ZAF_IFP,), "ifp": (_ZAF_IFP,),
    "national party": (_ZAF_NP,), "pan africanist congress": (_ZAF_PAC,),
    "pan-africanist congress": (_ZAF_PAC,),
    "sinn fein": (_GBR_SINN_FEIN,), "sdlp": (_GBR_SDLP,), "social democratic and labor party": (_GBR_SDLP,),
    "ulster unionist party": (_GBR_UUP,), "ulster unionists": (_GBR_UUP,), "uup": (_GBR_UUP,),
    "democratic unionist party": (_GBR_DUP,), "dup": (_GBR_DUP,),
    "ford-kenya": (_KEN_FORD,), "ford kenya": (_KEN_FORD,),
    "christian democrats": (_DEU_CDU, _ITA_DC, _CHL_PDC, _SLV_PDC),
    "christian democratic party": (_ITA_DC, _CHL_PDC, _SLV_PDC),
    "communist party": (_USR_CPSU, _CHN_CCP, _VNM_CPV, _CUB_PCC, _PRK_WPK, _RUS_KPRF,
                        # a country's own Communist Party where it ruled and no later one took the name
                        # (not the Czech, German or Yugoslav republics': their later parties differ)
                        _POL_PUWP, _ROU_PCR, _BGR_BKP, _HUN_MSZMP, _ALB_PPSH),
    "polish communist party": (_POL_PUWP,), "polish united workers party": (_POL_PUWP,),
    "romanian communist party": (_ROU_PCR,), "communist party of romania": (_ROU_PCR,),
    "bulgarian communist party": (_BGR_BKP,), "hungarian communist party": (_HUN_MSZMP,),
    "hungarian socialist workers party": (_HUN_MSZMP,), "albanian communist party": (_ALB_PPSH,),
    "party of labour of albania": (_ALB_PPSH,), "albanian party of labour": (_ALB_PPSH,),
    "party of labor of albania": (_ALB_PPSH,), "albanian party of labor": (_ALB_PPSH,),
    "czechoslovak communist party": (_CSK_KSC,), "communist party of czechoslovakia": (_CSK_KSC,),
    "league of communists of yugoslavia": (_YUG_SKJ,), "yugoslav communist party": (_YUG_SKJ,),
    "communist party of the soviet union": (_USR_CPSU,), "soviet communist party": (_USR_CPSU,),
    "cpsu": (_USR_CPSU,),
    "communist party of the russian federation": (_RUS_KPRF,), "russian communist party": (_RUS_KPRF,),
    "communists": (_RUS_KPRF,),
    "yabloko": (_RUS_YABLOKO,),
    "workers party": (_PRK_WPK, _BRA_PT), "psdb": (_BRA_PSDB,),
    "brazilian social democracy party": (_BRA_PSDB,),
    "welfare party": (_TUR_WELFARE,), "refah": (_TUR_WELFARE,), "virtue party": (_TUR_VIRTUE,),
    "motherland party": (_TUR_ANAP,), "anap": (_TUR_ANAP,), "true path party": (_TUR_DYP,),
    "democratic left party": (_TUR_DSP,), "nationalist movement party": (_TUR_MHP,), "mhp": (_TUR_MHP,),
    "hadep": (_TUR_HADEP,), "people's democracy party": (_TUR_HADEP,),
    "islamic action front": (_JOR_IAF,),
    "national democratic party": (_EGY_NDP,), "wafd": (_EGY_WAFD,), "wafd party": (_EGY_WAFD,),
    "united national party": (_LKA_UNP,), "unp": (_LKA_UNP,),
    "sri lanka freedom party": (_LKA_SLFP,), "slfp": (_LKA_SLFP,),
    "tamil united liberation front": (_LKA_TULF,), "tulf": (_LKA_TULF,),
    "sam rainsy party": (_KHM_SRP,), "funcinpec": (_KHM_FUNCINPEC,),
    "pas": (_MYS_PAS,), "pan-malaysian islamic party": (_MYS_PAS,), "parti islam se-malaysia": (_MYS_PAS,),
    "grand national party": (_KOR_GNP,), "gnp": (_KOR_GNP,),
    "millennium democratic party": (_KOR_MDP,), "national congress for new politics": (_KOR_NCNP,),
    "apra": (_PER_APRA,), "american popular revolutionary alliance": (_PER_APRA,),
    "rpr": (_FRA_RPR,), "rally for the republic": (_FRA_RPR,),
    "socialist party": (_FRA_PS,), "national front": (_FRA_FN,),
    "herri batasuna": (_ESP_HB,), "batasuna": (_ESP_HB,),
    "janata dal": (_IND_JANATA,), "akali dal": (_IND_AKALI,), "shiromani akali dal": (_IND_AKALI,),
    "communist party of india (marxist)": (_IND_CPM,), "cpi(m)": (_IND_CPM,), "cpi-m": (_IND_CPM,),
    "jatiya party": (_BGD_JATIYA,),
    "mqm": (_PAK_MQM,), "muttahida qaumi movement": (_PAK_MQM,), "mohajir qaumi movement": (_PAK_MQM,),
    "lavalas": (_HTI_LAVALAS,), "fanmi lavalas": (_HTI_LAVALAS,), "lavalas family": (_HTI_LAVALAS,),
    "golkar": (_IDN_GOLKAR,), "pdi-p": (_IDN_PDIP,),
    "indonesian democratic party of struggle": (_IDN_PDIP,),
    "unip": (_ZMB_UNIP,), "united national independence party": (_ZMB_UNIP,),
    "movement for multiparty democracy": (_ZMB_MMD,), "mmd": (_ZMB_MMD,),
    "malawi congress party": (_MWI_MCP,),
    "national democratic congress": (_GHA_NDC,), "new patriotic party": (_GHA_NPP,),
    "pdci": (_CIV_PDCI,), "ivorian popular front": (_CIV_FPI,),
    "national liberation front": (_DZA_FLN,), "fln": (_DZA_FLN,),
    "national islamic front": (_SDN_NIF,),
    "pasok": (_GRC_PASOK,), "new democracy": (_GRC_ND,),
    "forza italia": (_ITA_FI,),
    "peronists": (_ARG_PJ,), "peronist party": (_ARG_PJ,), "justicialist party": (_ARG_PJ,),
    "radical civic union": (_ARG_UCR,),
    "nationalist republican alliance": (_SLV_ARENA,),
    "party of the democratic revolution": (_MEX_PRD,), "prd": (_MEX_PRD,),
    "national opposition union": (_NIC_UNO,),
    "japan socialist party": (_JPN_JSP,),
    "democrat party": (_THA_DEMOCRATS,),
    "sandinista front": (_NIC_FSLN,), "fsln": (_NIC_FSLN,),
    "sandinista national liberation front": (_NIC_FSLN,),
    # Israel's Labour alongside Britain's and Australia's: the phrase's or story's country chooses
    "labor party": (_GBR_LABOUR, _AUS_LABOR, _ISR_LABOR),
    "labor": (_GBR_LABOUR, _AUS_LABOR, _ISR_LABOR),
}

# the scanner reads possessives off ("the Cambodian People's Party" -> cambodian people party)
PARTIES.update({k.replace("'s ", " ").replace("' ", " "): v for k, v in list(PARTIES.items()) if "'" in k})

# names many countries' parties take: never another country's when the story is about one, even a
# country guessed from its place mentions ("The Homeland Union (Conservatives)" in a Lithuanian story)
GENERIC: frozenset[str] = frozenset({"labor", "labor party", "conservatives", "conservative party",
                                     "social democrats", "baath", "baath party", "ba'ath party",
                                     "arab socialist baath party", "christian democrats",
                                     "christian democratic party", "communist party", "socialist party",
                                     "national party", "national front", "national liberation front",
                                     "national salvation front",
                                     "communists", "national democratic party", "democrat party"})
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
    **dict.fromkeys(("taliban", "taleban"),  # (Reuters' spelling until 2001, lead33)
                    (("", "2021-08-15", "AFG", "REB"), ("2021-08-15", "", "AFG", "GOV"))),
    "hayat tahrir al-sham": (("", "2024-12-08", "SYR", "REB"), ("2024-12-08", "", "SYR", "GOV")),
    "hts": (("", "2024-12-08", "SYR", "REB"), ("2024-12-08", "", "SYR", "GOV")),
    # the army's paramilitary until the war with it began (2023-04-15), a rebel force after
    "rapid support forces": (("", "2023-04-15", "SDN", "MIL"), ("2023-04-15", "", "SDN", "REB")),
    "rsf": (("", "2023-04-15", "SDN", "MIL"), ("2023-04-15", "", "SDN", "REB")),
    # Myanmar's National Unity Government, formed by ousted lawmakers on 2021-04-16
    "nug": (("2021-04-16", "", "MMR", "OPP"),),
    # the Afghan mujahideen fought the Soviet-backed government until they took Kabul
    **dict.fromkeys(("mujahideen", "mujahedeen", "mujahedin", "mujahidin"),
                    (("", "1992-04-28", "AFG", "REB"),)),
    # SWAPO fought South Africa until Namibia's independence and has governed since
    "swapo": (("", "1990-03-21", "NAM", "REB"), ("1990-03-21", "", "NAM", "GOV")),
    # thirty-fifth session: its full name is dated as its acronym ("The ruling South West Africa People's
    # Organisation" was NAMREB, the acronym NAMGOV)
    **dict.fromkeys(("south west africa people's organisation", "south west africa people's organization",
                     "south west africa people organisation", "south west africa people organization"),
                    (("", "1990-03-21", "NAM", "REB"), ("1990-03-21", "", "NAM", "GOV"))),
    # the FMLN laid down its arms with the 1992 peace accords and held the presidency 2009-2019
    "fmln": (("", "1992-01-16", "SLV", "REB"), ("1992-01-16", "2009-06-01", "SLV", "OPP"),
             ("2009-06-01", "2019-06-01", "SLV", "GOV"), ("2019-06-01", "", "SLV", "OPP")),
    # the RPF took Kigali in July 1994 and has governed since
    "rwandan patriotic front": (("", "1994-07-19", "RWA", "REB"), ("1994-07-19", "", "RWA", "GOV")),
    "rpf": (("", "1994-07-19", "RWA", "REB"), ("1994-07-19", "", "RWA", "GOV")),
    # sixteenth session: armed movements that took power after 2000. Those that took it earlier (the
    # EPLF, TPLF, AFDL, NPFL) keep their rebel code: copy names them so mostly of their rebel years,
    # and the CAMEO manual's records, dated 2000-01-01, tell acts of those years
    # the CNDD-FDD laid down arms in the 2003 accord and has governed since 2005
    "cndd-fdd": (("", "2005-08-26", "BDI", "REB"), ("2005-08-26", "", "BDI", "GOV")),
    # the Northern Alliance's leaders took Kabul and formed the interim government
    "northern alliance": (("", "2001-11-13", "AFG", "REB"), ("2001-11-13", "", "AFG", "GOV")),
    # SCIRI fought Saddam from Iran and sat in Iraq's governments after 2003
    **dict.fromkeys(("sciri", "supreme council for the islamic revolution in iraq"),
                    (("", "2003-04-09", "IRQ", "REB"), ("2003-04-09", "", "IRQ", "GOV"))),
    # fortieth session (wip/actors42): the Iraqi Kurdish parties fought Baghdad, and each other, under arms
    # until Saddam fell, as their leaders' rows date them (IRQREB); parties (the table's PTY) after
    **dict.fromkeys(("kurdistan democratic party", "kurdish democratic party", "kdp",
                     "patriotic union of kurdistan", "puk"), (("", "2003-04-09", "IRQ", "REB"),)),
    # Fretilin fought Indonesia's occupation and formed East Timor's first government
    "fretilin": (("", "2002-05-20", "TLS", "REB"), ("2002-05-20", "2007-08-08", "TLS", "GOV"),
                 ("2007-08-08", "", "TLS", "OPP")),
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
    if key in GENERIC or not (inferred or _distinctive(key, parties)):
        return None
    return parties[0]


# the words many countries' parties are named with: a name made only of them ("Liberal Democratic Party",
# "National Front") is no party of one country's under another's dateline
_PARTY_WORDS = frozenset({
    "the", "of", "for", "and", "party", "parti", "partido", "national", "nationalist", "democratic",
    "democrat", "democrats", "democracy", "liberal", "liberals", "social", "socialist", "socialists",
    "people", "people's", "peoples", "popular", "union", "unionist", "unionists", "congress", "front",
    "league", "alliance", "movement", "christian", "labour", "labor", "conservative", "conservatives",
    "communist", "communists", "republican", "republicans", "republic", "progressive", "progressives",
    "united", "liberation", "salvation", "freedom", "justice", "development", "new", "reform", "green",
    "greens", "radical", "workers", "workers'", "revolutionary", "patriotic", "independence", "unity",
    "civic", "citizens", "action", "power", "forces", "rally", "resistance", "islamic", "law", "order",
    "left", "right", "centre", "center", "renewal", "solidarity", "homeland", "motherland", "truth",
    "struggle", "coalition", "committee", "grand"
})


def _distinctive(key: str, parties: tuple[Party, ...]) -> bool:
    """Whether a party name is one country's own wherever the story is placed: a name of two words or more
    that one party bears and that has a word of its own ("African National Congress", "Bharatiya Janata
    Party", "Pakistan Muslim League"; lead44: the ANC in a Lusaka story was Africa's legislature). Bare
    acronyms and single words stay with the story's country ("PPP", "Democrats")."""
    words = key.split()
    return len(parties) == 1 and len(words) >= 2 and any(w not in _PARTY_WORDS for w in words)


def party_sector(party: Party, date: str | None) -> tuple[str, str]:
    """(sector, reason) of a party on the story's date: GOV in power, OPP out of it, PTY undated."""
    if party.always:
        return "GOV", f"{party.name} is the ruling party of a one-party state: government (CAMEO)"
    if not date:
        return "PTY", f"{party.name} is a political party (no story date to say whether it governs)"
    day = date[:10]
    if party.ended and day >= party.ended:
        # it exists in copy only in its years of rule, so a later date is the placeholder's, not the story's
        return "GOV", (f"{party.name} ruled its one-party state until it ended on {party.ended}: copy names "
                       "it in its years of rule, government (CAMEO)")
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


# -- a governing party in its years out of power, where the sentence says so (thirtieth session) -----------
# "The banned African National Congress", "the exiled ANC", "The African National Congress, which has waged
# a guerrilla war against white minority rule": the GSR dates the era's leads 2000-01-01, when the ANC
# governs; the sentence's own words say the story's time is before it took power. Never a guess at the year.
ERA_BEFORE = re.compile(r"\b(?:banned|unbanned|legalised|legalized|outlawed|exiled|underground|illegal|"
                        r"proscribed)\s+$", re.I)
ERA_AFTER = re.compile(r"^\s*,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:long\s+)?(?:waged|fought|"
                       r"been\s+fighting|conducted)\b(?:[^.;]{0,80}?\b(?:war|struggle|insurgency|rebellion|campaign)\b"
                       r"[^.;]{0,60}?\bagainst\b|[^.;]{0,40}?\b(?:rule|regime|occupation)\b)", re.I)
ERA_BEFORE_WORDS = frozenset({"banned", "unbanned", "legalised", "legalized", "outlawed", "exiled",
                              "underground", "illegal", "proscribed"})
ERA_WORDS = ("banned", "outlawed", "exiled", "underground", "illegal", "proscribed", "against")


def before_power(key: str) -> tuple[str, str, str] | None:
    """(country, sector, name) of a party or armed group that governs now, in its years before power: the
    side it was (REB for a group `RULED` lists so, else OPP: a party out of government); None for a name
    neither table holds or one that never governed."""
    spells = RULED.get(key)
    if spells:
        first_gov = next((k for k, spell in enumerate(spells) if spell[3] == "GOV"), None)
        if first_gov is None:
            return None
        if first_gov > 0:
            return spells[first_gov - 1][2], spells[first_gov - 1][3], key
        return spells[0][2], "OPP", key
    parties = PARTIES.get(key, ())
    if len(parties) != 1 or parties[0].always or not parties[0].in_power:
        return None
    return parties[0].country, "OPP", parties[0].name


def era_sector(text: str, start: int, end: int, key: str) -> tuple[str, str, str] | None:
    """(country, sector, reason) of a governing party or group named at [start, end) of `text` when the words
    around it set the story before it took power ("the banned ANC", "SWAPO, which has fought a guerrilla war
    against South African rule"); None otherwise."""
    before = ERA_BEFORE.search(text, max(0, start - 30), start)
    after = None if before else ERA_AFTER.match(text[end:end + 200])
    if before is None and after is None:
        return None
    found = before_power(key)
    if found is None:
        return None
    cue = before.group(0).strip() if before else "a war waged against the government"
    return found[0], found[1], f"'{cue}' sets the story before {found[2]} took power: {found[1]} then"
