"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-third
session, wip/stories35): ERA copy of 1994-2004 on the subjects the earlier thirteen sets used least:
trade and economic disputes between states (Nicaragua's tariff on Honduras, Russia's visas for Georgians,
Morocco's visas and Algeria's closed border), fishing and maritime incidents (the Estai, Gibraltar's
trawler, Japan's scrapped fisheries pact, Pakistan's freed fishermen), arms control and inspections
(Iraq's expulsion of the American inspectors, North Korea's exit from the IAEA), disputed elections and
coups (Togo 1998, Peru 2000, Serbia's local elections, Niger's coup), human-rights complaints and
reduced relations (China's recalled envoy, the Drozdy residences), refugees and borders (Tanzania's
closed border, the Cooch Behar zero line, Myanmar's closed crossings, Bakassi, Abu Musa), prisoner and
hostage exchanges (Israel and Hezbollah, the FARC's freed soldiers) and peacekeeping mandates (the East
Timor force, Croatia and UNPROFOR).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, EFE,
dpa, AFP, PTI, AP, Yonhap, Kyodo, Xinhua, AAP, Interfax, Itar-Tass, HINA. The stories weight the GSR's
commonest types: statements, appeals, intents, meetings, aid, yielding, demands, disapproval,
rejections, threats, protests, reduced relations, arrests and expulsions, assaults and fights. Each
holds reported speech, pronouns, "the ministry"-style domestic actors, several actors of one country, an
act told again that must count once, and background or furniture that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act (a denial of responsibility may be 016), a phone call is 040 both
ways, signing an agreement 057 both ways, a state of emergency or a curfew 172, an ambassador summoned
to hear a protest 111/130, an ambassador recalled 161, aid suspended 16, a tariff or an embargo 163.

Run `python tests/events/stories35.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories35 at a76e475, main's code 4b3b7b3, before any change): of the 115 required events
65 were coded at country + root and 60 at actor + root; of the coded triples 60 were right, 13 accepted,
1 duplicated and 34 wrong; 2 of the 25 non-event paragraphs were coded; of 61 parties 54 were right, 5
wrong and 2 unresolved.

Three kinds of expectation were corrected after the first run, where the coder's reading was the
project's conventions: fishermen are AGR in the actor tables (KORAGR, ESPAGR, INDAGR accepted beside CVL);
"Thai army spokesman ... denied the charge" is a bare denial, no act under the annotation guide (stories26;
moved from `events` to `also`); and "the United States ... urged Beijing" is the country named, USA
(accepted beside USAGOV). Main scored on the corrected lists (114 required): 65 / 62; right 62, accepted 13,
duplicated 1, wrong 32; non-events coded 2 of 25; parties 54 / 5 / 2.

After the branch's fixes (wip/stories35: a verdict on an election is aimed at the state that held it; a
passive recall of an envoy is his own state's, aimed at his post; a foreign office's protest is a
complaint; a host state's refusal to extend the peacekeepers' mandate; visas imposed on another state's
citizens): 71 / 68; right 68, accepted 14, duplicated 1, wrong 30; non-events coded 2 of 25; parties
54 / 5 / 2. What still fails is a strict xfail in
tests/events/test_stories35.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_IGO = ("IGO",)
_EU = ("IGO", "EUR")
_CANGOV = ("CAN", "CANGOV", "CANCOP", "CANMIL")
_ESP = ("ESP", "ESPGOV", "ESPBUS", "ESPCVL", "ESPAGR")

REUTERS_ESTAI = Story(
    "reuters_ottawa_estai", "1995-03-10",
    """Canada seizes Spanish trawler, Madrid cries piracy

OTTAWA, March 9 (Reuters) - Canadian fisheries officers fired warning shots across the bow of a Spanish \
trawler and seized it in international waters off Newfoundland on Thursday, the first time Canada has \
used force against a foreign fishing boat outside its 200-mile zone.

Fisheries Minister Brian Tobin said the trawler, the Estai, had been catching undersized turbot with \
illegal nets, and that Ottawa would not stand by while foreign fleets fished the stock to extinction.

Spain's Foreign Ministry summoned the Canadian ambassador in Madrid to protest against what it called an \
act of piracy, and Foreign Minister Javier Solana demanded the immediate release of the ship and its crew.

The European Union, which sets the catch quotas for Spanish boats in the area, said the seizure broke \
international law and suspended the signing of a trade cooperation agreement with Canada.

The Estai was escorted to St. John's, where its captain was charged with breaking Canadian fisheries \
law, a Canadian official said.

Turbot, also known as Greenland halibut, is fished in the deep waters at the edge of the Grand Banks.
""",
    events=[
        (_CANGOV, _ESP, ("171", "170", "173", "180", "190", "150", "1712"), "seized it in international"),
        (("CANGOV",), _ESP, ("110", "111", "112"), "had been catching undersized"),
        (("ESPGOV", "ESP"), ("CANGOV", "CAN"), ("110", "111", "114", "130", "140"), "summoned the Canadian"),
        (("ESPGOV", "ESP"), _CANGOV, ("100", "102", "1043", "104"), "demanded the immediate release"),
        (_EU, _CANGOV, ("110", "111", "112"), "said the seizure broke"),
        (_EU, _CANGOV, ("160", "161", "163", "164", "120", "121", "1211"), "suspended the signing"),
    ],
    also=[
        (_CANGOV, _ESP, ("171", "170", "173"), "Canada seizes Spanish"),
        (("ESPGOV", "ESP"), _CANGOV, ("110", "111", "112"), "Madrid cries piracy"),
        (("CANGOV",), _ESP, ("130", "131", "138"), "would not stand by"),
        (_CANGOV, _ESP, ("171", "173", "170", "115"), "captain was charged"),
    ],
    none=["Turbot, also known"],
    parties=[
        ("Fisheries Minister Brian Tobin", "Brian Tobin", ("CANGOV",)),
        ("Foreign Minister Javier Solana", "Javier Solana", ("ESPGOV",)),
    ],
)

_GIB = ("GIB", "GIBCOP", "GIBGOV", "GBR", "GBRCOP", "GBRGOV")

EFE_GIBRALTAR = Story(
    "efe_madrid_gibraltar", "1999-02-01",
    """Spain tightens Gibraltar border checks in fishing row

MADRID, Feb 1 (EFE) - Spain tightened checks at its border with Gibraltar on Monday, leaving cars \
queuing for up to six hours, a day after police in the British colony seized a Spanish fishing boat.

Foreign Minister Abel Matutes said the checks were required by European Union rules on external \
frontiers and were not aimed at the people of Gibraltar.

Gibraltar police boarded the trawler Pirana on Sunday in waters Britain considers the colony's own and \
detained its skipper for fishing with illegal nets, the Spanish fishermen's association said.

Britain's Foreign Office summoned the Spanish ambassador in London and protested against the delays, \
which it called disproportionate and contrary to the spirit of the European Union.

Spanish fishermen blockaded the port of Gibraltar with about 50 boats for several hours and demanded \
that London recognise their right to fish in the bay.

Spain ceded Gibraltar to Britain under the Treaty of Utrecht in 1713.
""",
    events=[
        (("ESP", "ESPGOV", "ESPCOP"), _GIB, ("172", "170", "163", "191", "1721"), "tightened checks"),
        (_GIB, _ESP, ("171", "173", "170"), "boarded the trawler"),
        (("GBRGOV", "GBR"), ("ESPGOV", "ESP"), ("110", "111", "114", "130"), "summoned the Spanish"),
        (("ESP", "ESPCVL", "ESPBUS", "ESPLAB", "ESPAGR"), _GIB, ("191", "140", "141", "143", "144", "145"),
         "blockaded the port"),
        (("ESP", "ESPCVL", "ESPBUS", "ESPLAB", "ESPAGR"), ("GBR", "GBRGOV") + _GIB,
         ("100", "102", "104", "140"), "demanded that London"),
    ],
    also=[
        (_GIB, _ESP, ("171", "173", "170"), "seized a Spanish fishing"),
        (("ESPGOV",), _GIB, ("010", "012", "016", "019"), "were not aimed"),
        (("ESP", "ESPCVL", "ESPBUS"), _GIB, ("112", "110"), "boarded the trawler"),
        (("ESP", "ESPGOV", "ESPCOP"), _GIB, ("172", "170", "163"), "Spain tightens"),
    ],
    none=["Treaty of Utrecht"],
    parties=[
        ("Foreign Minister Abel Matutes", "Abel Matutes", ("ESPGOV",)),
    ],
)

_IRQ = ("IRQ", "IRQGOV")

REUTERS_BAGHDAD = Story(
    "reuters_baghdad_unscom", "1997-11-13",
    """Iraq expels U.S. arms inspectors

BAGHDAD, Nov 13 (Reuters) - Iraq ordered the six American members of the United Nations arms inspection \
team to leave the country on Thursday, defying a Security Council warning of serious consequences.

A Foreign Ministry spokesman said the Americans were spies working for Washington and that the other \
members of the team were free to stay.

Richard Butler, executive chairman of the U.N. Special Commission, pulled out all of his inspectors in \
response and said he would not let Baghdad choose who worked for the United Nations.

In Washington, Secretary of State Madeleine Albright said the expulsion was unacceptable and that the \
United States did not rule out the use of force.

Russia appealed to Iraq to reverse its decision and said it would send an envoy to Baghdad.

The commission's inspectors have worked in Iraq since the end of the 1991 Gulf War under resolutions \
requiring Baghdad to scrap its weapons of mass destruction.
""",
    events=[
        (_IRQ, ("USA", "IGO", "USAGOV"), ("174", "166", "1662", "160", "120", "128", "172"),
         "ordered the six American"),
        (_IRQ, ("USA", "USAGOV", "IGO"), ("110", "111", "112"), "were spies"),
        (_IGO, _IRQ, ("166", "1662", "160", "087", "0874"), "pulled out all"),
        (("USAGOV", "USA"), _IRQ, ("110", "111", "112"), "said the expulsion was unacceptable"),
        (("USAGOV", "USA"), _IRQ, ("130", "138", "131"), "did not rule out"),
        (("RUS", "RUSGOV"), _IRQ, ("020", "023", "024", "025", "026", "027", "028", "100"),
         "appealed to Iraq"),
    ],
    also=[
        (_IRQ, ("USA", "IGO", "USAGOV"), ("174", "166", "1662", "160"), "Iraq expels"),
        (_IRQ, ("IGO", "USA"), ("120", "128", "129"), "defying a Security"),
        (_IGO, _IRQ, ("120", "124", "128"), "would not let Baghdad"),
        (("RUS", "RUSGOV"), _IRQ, ("030", "036", "032", "042", "043"), "would send an envoy"),
    ],
    none=["have worked in Iraq since"],
    parties=[
        ("Richard Butler", "Richard Butler", _IGO),
        ("Secretary of State Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

_HEZ = ("LBNREB", "LBN", "LBNMOS", "LBNUAF", "LBNIMG")
_ISR = ("ISR", "ISRGOV", "ISRMIL")

DPA_SWAP = Story(
    "dpa_beirut_swap", "2004-01-29",
    """Israel, Hezbollah swap prisoners in German-brokered deal

BEIRUT, Jan 29 (dpa) - Israel freed about 400 Palestinian and some 30 Lebanese and other Arab prisoners \
on Thursday in exchange for an Israeli businessman held by Hezbollah and the bodies of three Israeli \
soldiers, in a swap brokered by German mediators.

A German air force plane flew the businessman, Elhanan Tannenbaum, and the three coffins from Beirut to \
Cologne, where they were handed over to Israeli officials.

Hezbollah leader Sheikh Hassan Nasrallah, greeting the freed men at Beirut airport, hailed the exchange \
as a victory and vowed to keep fighting until Israel released the remaining Lebanese detainees.

Israel refused to free Samir Kantar, a Lebanese jailed since 1979 for a deadly raid on the coastal town \
of Nahariya, and Hezbollah said his case would be settled in a second phase of the deal.

Thousands of people lined the airport road waving yellow flags and portraits of the freed men.
""",
    events=[
        (_ISR, ("PSE", "LBN", "PSECVL", "LBNCVL", "LBNREB", "ARB", "PSEREB"), ("084", "0841", "080"),
         "Israel freed about 400"),
        (_HEZ, _ISR, ("130", "138", "100", "1041", "1043"), "vowed to keep fighting"),
        (_ISR, _HEZ + ("LBNGOV",), ("120", "124", "1246", "1241", "128"), "refused to free"),
    ],
    also=[
        (_HEZ, _ISR + ("ISRCVL", "ISRBUS"), ("084", "0841", "080"), "Israel freed about 400"),
        (("DEU", "DEUGOV", "DEUMIL"), _ISR + _HEZ, ("045", "046", "040"), "Israel freed about 400"),
        (("DEU", "DEUGOV", "DEUMIL"), _ISR, ("084", "0841", "070", "073", "060", "042"), "were handed over"),
        (_HEZ, _ISR, ("051", "010", "013"), "hailed the exchange"),
        (_HEZ, _ISR, ("030", "036", "010"), "second phase"),
        (_HEZ, ("ISRCVL", "ISRBUS", "ISR"), ("181", "180"), "held by Hezbollah"),
    ],
    none=["lined the airport road"],
    parties=[
        ("Sheikh Hassan Nasrallah", "Hassan Nasrallah", _HEZ),
    ],
)

_ARE = ("ARE", "AREGOV")
_IRN = ("IRN", "IRNGOV", "IRNMIL")

REUTERS_ABU_MUSA = Story(
    "reuters_abudhabi_abumusa", "1992-09-10",
    """UAE accuses Iran over Gulf island

ABU DHABI, Sept 9 (Reuters) - The United Arab Emirates accused Iran on Wednesday of violating a 1971 \
accord on the Gulf island of Abu Musa by turning away more than 100 teachers and workers who arrived on \
an Emirati ferry last month.

Iranian officials at the island's port barred the passengers from landing because they carried no \
Iranian entry permits, a senior Emirati official said.

Gulf Cooperation Council foreign ministers meeting in Jeddah called on Tehran to respect the UAE's \
sovereignty over the island and to cancel the measures it had taken there.

In Tehran, Foreign Ministry spokesman Morteza Sarmadi rejected the accusation, saying the island was \
Iranian territory and that Iran would take whatever security measures it saw fit.

Emirati Foreign Minister Rashid Abdullah al-Nuaimi said his government preferred direct talks but would \
take the dispute to the United Nations if Iran did not back down.

Abu Musa lies about 60 km off the Emirati coast; the accord on sharing it was signed in 1971 as British \
forces withdrew from the Gulf.
""",
    events=[
        (_ARE, _IRN, ("110", "111", "112"), "accused Iran on Wednesday"),
        (("IGO",), _IRN, ("020", "023", "024", "025", "026", "027", "028", "100", "102", "104", "1043"),
         "called on Tehran"),
        (_IRN, _ARE + ("IGO",), ("120", "125", "128", "016", "010", "012"), "rejected the accusation"),
    ],
    also=[
        (_IRN, _ARE + ("ARECVL",), ("170", "172", "174", "120", "121"), "turning away"),
        (_ARE, _IRN, ("110", "111", "112"), "barred the passengers"),
        (_IRN, _ARE + ("ARECVL",), ("170", "172", "174", "120", "121"), "barred the passengers"),
        (_ARE, _IRN, ("110", "111", "112"), "UAE accuses Iran"),
        (_ARE, _IRN, ("030", "036", "031", "130", "131", "115"), "preferred direct talks"),
        (_IRN, _ARE, ("130", "131", "138", "010"), "whatever security measures"),
    ],
    none=["lies about 60 km"],
    parties=[
        ("spokesman Morteza Sarmadi", "Morteza Sarmadi", ("IRNGOV",)),
        ("Rashid Abdullah al-Nuaimi", "Rashid Abdullah al-Nuaimi", ("AREGOV",)),
    ],
)

_DZA = ("DZA", "DZAGOV")
_MAR = ("MAR", "MARGOV", "MARCOP")

AFP_ALGIERS = Story(
    "afp_algiers_border", "1994-08-27",
    """Algeria closes border with Morocco in visa row

ALGIERS, Aug 27 (AFP) - Algeria closed its land border with Morocco on Saturday, a day after Rabat \
imposed visas on Algerians following the killing of two Spanish tourists in Marrakesh.

An Algerian government statement said the Moroccan measures were unjustified and humiliating for the \
Algerian people.

Morocco's Interior Minister Driss Basri has accused Algeria's intelligence services of a hand in the \
Aug 24 attack on the Atlas Asni hotel, in which gunmen shot dead the two tourists.

Algeria denied any role and demanded that Rabat stop treating Algerian citizens as suspects.

Thousands of Algerians queued at the Oujda crossing on Saturday as Moroccan police rounded up those \
without residence papers, witnesses said.

The two neighbours fought a brief border war in 1963.
""",
    events=[
        (_DZA, _MAR, ("160", "161", "163", "172", "170", "191", "120", "124", "1721"), "closed its land"),
        (_DZA, _MAR, ("110", "111", "112"), "were unjustified"),
        (_MAR, _DZA + ("DZASPY",), ("110", "111", "112"), "has accused Algeria"),
        (_DZA, _MAR, ("100", "102", "104"), "demanded that Rabat"),
        (("MARCOP", "MAR", "MARGOV"), ("DZA", "DZACVL"), ("173", "174", "170", "175"), "rounded up"),
    ],
    also=[
        (_MAR, _DZA + ("DZACVL",), ("172", "170", "163", "160", "1721"), "imposed visas"),
        (_DZA, _MAR, ("016", "010", "012", "120"), "denied any role"),
        (("---UAF", "MARUAF", "UAF", "MAR", "MARREB", "DZA", "DZASPY"), ("ESP", "ESPCVL"),
         ("180", "186", "190"), "gunmen shot dead"),
    ],
    none=["brief border war in 1963"],
    parties=[
        ("Interior Minister Driss Basri", "Driss Basri", ("MARGOV",)),
    ],
)

_CMR = ("CMR", "CMRGOV", "CMRMIL")
_NGA = ("NGA", "NGAGOV", "NGAMIL")

AFP_YAOUNDE = Story(
    "afp_yaounde_bakassi", "1994-02-22",
    """Cameroon accuses Nigeria of occupying Bakassi

YAOUNDE, Feb 22 (AFP) - Cameroon on Tuesday accused Nigeria of sending troops to occupy the Bakassi \
peninsula, and said it had asked the International Court of Justice to order their withdrawal.

Foreign Minister Ferdinand Leopold Oyono told diplomats in Yaounde that Nigerian soldiers had killed at \
least 34 Cameroonian soldiers in clashes on the peninsula since last week.

In Abuja, the military government of General Sani Abacha said the peninsula was Nigerian territory and \
that its troops were there to protect Nigerian fishermen from harassment by Cameroonian gendarmes.

Nigeria's foreign minister, Baba Gana Kingibe, flew to Lome to brief Togo's President Gnassingbe \
Eyadema, who has offered to mediate.

France, which has a defence pact with Cameroon, said it was sending a small detachment of troops to \
Cameroon at the request of President Paul Biya.

The peninsula, believed to hold offshore oil, was ceded by Britain to Germany in 1913.
""",
    events=[
        (_CMR, _NGA, ("110", "111", "112"), "accused Nigeria of sending"),
        (_CMR, _NGA + ("IGO",), ("115", "020", "021", "028", "100", "102"), "asked the International Court"),
        (("CMRGOV", "CMR"), _NGA, ("110", "111", "112"), "Nigerian soldiers had killed"),
        (("NGAGOV", "NGAMIL", "NGA"), _CMR + ("CMRCOP",), ("110", "112", "120", "125", "128", "010", "013",
                                                          "016"), "was Nigerian territory"),
        (("NGAGOV",), ("TGO", "TGOGOV"), ("042", "040", "043"), "flew to Lome"),
        (("FRA", "FRAGOV"), _CMR, ("062", "070", "074", "042", "043", "030", "033", "064"),
         "sending a small detachment"),
    ],
    also=[
        (_CMR, _NGA, ("110", "111", "112"), "Cameroon accuses Nigeria"),
        (("TGO", "TGOGOV"), _NGA + _CMR, ("030", "039", "045", "040", "036"), "offered to mediate"),
        (("NGAGOV",), ("TGO", "TGOGOV"), ("010", "040"), "to brief"),
        (("TGO", "TGOGOV"), ("NGAGOV",), ("043", "040"), "flew to Lome"),
        (_CMR, ("FRA", "FRAGOV"), ("020", "021", "0211"), "at the request"),
    ],
    none=["ceded by Britain"],
    parties=[
        ("Foreign Minister Ferdinand Leopold Oyono", "Ferdinand Leopold Oyono", ("CMRGOV",)),
        ("General Sani Abacha", "Sani Abacha", ("NGAGOV", "NGAMIL")),
        ("Baba Gana Kingibe", "Baba Gana Kingibe", ("NGAGOV",)),
        ("President Gnassingbe Eyadema", "Gnassingbe Eyadema", ("TGOGOV",)),
        ("President Paul Biya", "Paul Biya", ("CMRGOV",)),
    ],
)

_TZA = ("TZA", "TZAGOV", "TZAMIL", "TZACOP")
_REF = ("RWAREF", "RWA", "REF", "BDIREF", "RWACVL", "BDI")

AFP_NGARA = Story(
    "afp_ngara_refugees", "1995-03-31",
    """Tanzania shuts border to refugees from Burundi

NGARA, Tanzania, March 31 (AFP) - Tanzania closed its border with Burundi on Friday and turned back \
thousands of Rwandan Hutu refugees fleeing camps in northern Burundi, saying it could no longer bear the \
burden of the 700,000 refugees already on its soil.

Home Affairs Minister Augustine Mrema said the decision was final and that the international community \
had failed to keep its promises of help.

The U.N. High Commissioner for Refugees appealed to Tanzania to reopen the frontier, warning that the \
refugees faced attack by Burundian soldiers if forced back.

Aid workers at the Kobero crossing said Burundian troops fired in the air to drive the refugees back \
towards the camps they had fled.

Burundi's Prime Minister Antoine Nduwayo called on Tanzania to reconsider, saying his country could not \
be held responsible for the Rwandans.

Ngara district already hosts Benaco, with about 230,000 people the world's largest refugee camp.
""",
    events=[
        (_TZA, ("BDI", "BDIGOV"), ("160", "163", "172", "170", "120", "121", "1721", "191"),
         "closed its border"),
        (_TZA, _REF, ("174", "120", "122", "170", "172", "175"), "turned back"),
        (("IGO",), _TZA, ("020", "021", "023", "025", "027", "028", "100", "102"), "appealed to Tanzania"),
        (("BDIMIL", "BDI"), _REF, ("170", "175", "180", "150", "174", "190", "138"), "fired in the air"),
        (("BDIGOV",), _TZA, ("020", "023", "025", "028", "100"), "called on Tanzania"),
    ],
    also=[
        (_TZA, ("BDI", "BDIGOV"), ("160", "163", "172", "170"), "Tanzania shuts border"),
        (("TZAGOV",), ("IGO",), ("110", "111", "112"), "failed to keep"),
        (("IGO",), ("BDIMIL", "BDI"), ("130", "138", "110", "111", "112"), "faced attack"),
        (("BDIGOV",), _REF, ("012", "016", "010"), "could not"),
    ],
    none=["Ngara district already"],
    parties=[
        ("Home Affairs Minister Augustine Mrema", "Augustine Mrema", ("TZAGOV",)),
        ("Prime Minister Antoine Nduwayo", "Antoine Nduwayo", ("BDIGOV",)),
    ],
)

_TGOOPP = ("TGOOPP", "TGO", "TGOCVL", "TGOPTY")
_TGOGOV = ("TGOGOV", "TGO")

REUTERS_LOME = Story(
    "reuters_lome_vote", "1998-06-25",
    """Togo opposition rejects Eyadema win, calls strike

LOME, June 25 (Reuters) - Togo's opposition on Thursday rejected the re-election of President Gnassingbe \
Eyadema and called a general strike, after the interior ministry declared him the winner of Sunday's \
disputed presidential vote.

Opposition candidate Gilchrist Olympio, speaking from exile in Ghana, said the count had been rigged \
and demanded that the results be annulled.

Security forces fired tear gas at hundreds of opposition supporters who marched on the electoral \
commission's offices in Lome, witnesses said.

The European Union, Togo's biggest donor, said the poll was not credible and that aid it froze in 1993 \
would stay frozen.

Eyadema, 62, seized power in a bloodless coup in 1967 and is Africa's longest-serving ruler.
""",
    events=[
        (_TGOOPP, _TGOGOV, ("120", "128", "125", "110", "111"), "rejected the re-election"),
        (_TGOOPP, _TGOGOV, ("140", "143", "141"), "called a general strike"),
        (_TGOOPP, _TGOGOV, ("110", "111", "112"), "had been rigged"),
        (_TGOOPP, _TGOGOV, ("100", "104", "1041", "102"), "demanded that the results"),
        (("TGOCOP", "TGOMIL", "TGOGOV", "TGO"), _TGOOPP, ("175", "180", "170", "173", "1712"),
         "fired tear gas"),
        (_EU, _TGOGOV, ("110", "111", "112"), "not credible"),
    ],
    also=[
        (_TGOOPP, _TGOGOV, ("120", "140", "143"), "Togo opposition rejects"),
        (_TGOOPP, ("TGOGOV", "TGO"), ("141", "140"), "marched on"),
        (_EU, _TGOGOV, ("160", "162", "1621", "163"), "would stay frozen"),
    ],
    none=["seized power in a bloodless"],
    parties=[
        ("President Gnassingbe Eyadema", "Gnassingbe Eyadema", ("TGOGOV",)),
        ("Gilchrist Olympio", "Gilchrist Olympio", ("TGOOPP", "TGOPTY", "TGOELI", "TGO")),
    ],
)

_NERMIL = ("NERMIL", "NERGOV", "NER")
_NERGOV = ("NERGOV", "NER", "NERLEG")

AFP_NIAMEY = Story(
    "afp_niamey_coup", "1996-01-28",
    """Niger junta dissolves parliament, France suspends aid

NIAMEY, Jan 28 (AFP) - Niger's new military rulers dissolved parliament and suspended the constitution \
on Sunday, a day after soldiers led by the army chief of staff, Colonel Ibrahim Bare Mainassara, \
overthrew President Mahamane Ousmane.

The junta, which calls itself the National Salvation Council, said it had acted to end the paralysis of \
the state caused by a feud between Ousmane and his prime minister, Hama Amadou. Both men were being held \
at a military camp, a junta spokesman said.

France, Niger's former colonial ruler and its biggest aid donor, condemned the coup and suspended its \
civilian and military cooperation with Niamey.

The United States also suspended its aid, worth about $25 million a year, and called for a swift return \
to constitutional rule.

Mainassara told reporters he would hand power back to civilians after elections in a few months.

Niger, a vast desert country, is one of the world's poorest and relies on uranium exports.
""",
    events=[
        (_NERMIL, _NERGOV, ("170", "172", "175", "1721", "1722", "1724"), "dissolved parliament"),
        (_NERMIL, _NERGOV, ("180", "190", "193", "200", "171", "172", "175", "181", "173"),
         "overthrew President"),
        (_NERMIL, ("NERGOV", "NER"), ("173", "181", "170", "175"), "were being held"),
        (("FRA", "FRAGOV"), _NERMIL, ("110", "111", "112"), "condemned the coup"),
        (("FRA", "FRAGOV"), _NERMIL, ("160", "162", "1621", "1622", "161", "163"), "suspended its"),
        (("USA", "USAGOV"), _NERMIL, ("160", "162", "1621", "1622", "163"), "also suspended its aid"),
        (("USA", "USAGOV"), _NERMIL, ("020", "024", "0241", "100", "104", "1041"), "called for a swift"),
    ],
    also=[
        (_NERMIL, ("NER", "NERCVL", "NERGOV"), ("030", "034", "0343", "032", "084", "083"),
         "would hand power back"),
        (_NERMIL, _NERGOV, ("112", "110", "111"), "paralysis of the state"),
        (("FRA", "FRAGOV"), _NERMIL, ("160", "162", "163"), "France suspends aid"),
    ],
    none=["vast desert country"],
    parties=[
        ("Colonel Ibrahim Bare Mainassara", "Ibrahim Bare Mainassara", ("NERMIL", "NERGOV")),
        ("President Mahamane Ousmane", "Mahamane Ousmane", ("NERGOV",)),
        ("Hama Amadou", "Hama Amadou", ("NERGOV",)),
    ],
)

_IND = ("IND", "INDGOV", "INDMIL")
_BGD = ("BGD", "BGDGOV", "BGDMIL")

PTI_COOCHBEHAR = Story(
    "pti_delhi_zeroline", "2003-02-01",
    """India asks Dhaka to take back 213 stranded on border

NEW DELHI, Feb 1 (PTI) India on Saturday asked Bangladesh to take back 213 people stranded on the zero \
line in Cooch Behar for five days, saying they were illegal immigrants whom the Bangladesh Rifles had \
refused to accept.

A spokesman for the External Affairs Ministry said Border Security Force officers had verified that the \
group were Bangladeshi nationals and that Dhaka was obliged to receive them.

In Dhaka, Foreign Secretary Shamsher Mobin Chowdhury summoned the Indian High Commissioner to protest \
against what he called an attempt to push Indian Muslims into Bangladesh, and said not a single person \
would be allowed in.

Troops of the BSF and the Bangladesh Rifles faced each other across the border with weapons drawn, and \
villagers on both sides were moved away, officials said.

Deputy Prime Minister L.K. Advani said the government would fence the entire border and deport all \
illegal immigrants, whom he put at more than 15 million.

The 4,000-km border was drawn at the partition of British India in 1947.
""",
    events=[
        (_IND, _BGD, ("020", "021", "023", "025", "028", "100", "102", "1043"), "asked Bangladesh"),
        (("BGDGOV", "BGD"), ("INDGOV", "IND"), ("110", "111", "114", "130", "112"), "summoned the Indian"),
        (("BGDGOV", "BGD"), ("INDGOV", "IND"), ("120", "121", "124", "128", "172", "1246", "174"),
         "not a single person"),
    ],
    also=[
        (_IND, _BGD, ("110", "111", "112"), "had refused to accept"),
        (_BGD, _IND, ("120", "121", "124", "128"), "had refused to accept"),
        (("INDGOV",), _BGD, ("010", "012", "100", "112", "110"), "was obliged to receive"),
        (("INDMIL", "IND"), ("BGDMIL", "BGD"), ("150", "190", "130", "138"), "faced each other"),
        (("BGDMIL", "BGD"), ("INDMIL", "IND"), ("150", "190", "130", "138"), "faced each other"),
        (("INDGOV",), _BGD + ("BGDCVL", "BGDREF", "INDREF"), ("030", "130", "131", "174", "172", "036"),
         "would fence"),
        (_IND, _BGD, ("020", "100", "102"), "India asks Dhaka"),
    ],
    none=["was drawn at the partition"],
    parties=[
        ("Foreign Secretary Shamsher Mobin Chowdhury", "Shamsher Mobin Chowdhury", ("BGDGOV",)),
        ("Deputy Prime Minister L.K. Advani", "L.K. Advani", ("INDGOV",)),
    ],
)

_PAK = ("PAK", "PAKGOV", "PAKMIL")

AP_WAGAH = Story(
    "ap_lahore_fishermen", "1997-09-10",
    """Pakistan frees 193 Indian fishermen

LAHORE, Pakistan (AP) -- Pakistan freed 193 Indian fishermen on Wednesday and handed them over to Indian \
border officials at the Wagah crossing, in a gesture officials said was meant to ease tension ahead of \
talks between the two countries' foreign secretaries.

The fishermen had been arrested over the past two years by the Maritime Security Agency for straying \
into Pakistani waters off the coast of Sindh province.

India's High Commissioner, Satish Chandra, welcomed the release and said India would free 107 \
Pakistani fishermen held in Gujarat jails in the coming days.

Foreign Minister Gohar Ayub Khan said in Islamabad that Pakistan wanted meaningful talks on Kashmir and \
urged New Delhi to stop human rights abuses in the disputed state.

Indian officials accused Pakistan of still holding more than 200 Indian fishermen and about 40 boats.

Fishermen of both countries often stray across the unmarked sea border off the Rann of Kutch.
""",
    events=[
        (_PAK, ("IND", "INDCVL", "INDGOV", "INDLAB", "INDAGR"), ("084", "0841", "080"), "freed 193"),
        (("INDGOV", "IND"), _PAK, ("051", "010", "013", "015", "018"), "welcomed the release"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV"), ("020", "024", "025", "100", "104", "1042"),
         "urged New Delhi"),
        (("INDGOV", "IND"), _PAK, ("110", "111", "112"), "accused Pakistan"),
    ],
    also=[
        (_PAK, ("IND", "INDCVL", "INDLAB"), ("084", "0841", "080"), "Pakistan frees"),
        (_PAK, ("IND", "INDCVL", "INDLAB"), ("173", "171", "170"), "had been arrested"),
        (("INDGOV", "IND"), _PAK + ("PAKCVL",), ("030", "034", "035", "036", "084", "0841", "0343"),
         "would free 107"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV"), ("030", "036", "0311", "031"), "wanted meaningful"),
        (_PAK, ("INDGOV", "IND"), ("040", "046", "036"), "ahead of talks"),
    ],
    none=["often stray across"],
    parties=[
        ("High Commissioner, Satish Chandra", "Satish Chandra", ("INDGOV",)),
        ("Foreign Minister Gohar Ayub Khan", "Gohar Ayub Khan", ("PAKGOV",)),
    ],
)

_PRK = ("PRK", "PRKGOV")

YONHAP_IAEA = Story(
    "yonhap_seoul_iaea", "1994-06-13",
    """N. Korea quits IAEA

SEOUL, June 13 (Yonhap) -- North Korea announced Monday that it was withdrawing from the International \
Atomic Energy Agency, in retaliation for the agency's decision to suspend technical aid to Pyongyang \
over its refusal to allow inspections of spent nuclear fuel.

A Foreign Ministry spokesman, quoted by the official Korean Central News Agency, said the North would no \
longer allow the agency's inspectors to remain at the Yongbyon nuclear complex and warned that any \
sanctions would be regarded as a declaration of war.

The IAEA board of governors voted in Vienna on Friday to cut off about $250,000 a year in technical \
assistance to the North.

South Korean Foreign Minister Han Sung-joo said Seoul deeply regretted the decision and urged Pyongyang \
to return to the nonproliferation regime, while the United States pressed the U.N. Security Council to \
approve phased sanctions.

Former U.S. President Jimmy Carter is due to visit Pyongyang on Wednesday in a private capacity to meet \
President Kim Il-sung.

The Yongbyon complex lies about 90 km north of Pyongyang.
""",
    events=[
        (_PRK, _IGO, ("160", "161", "164", "166", "120", "121", "128"), "was withdrawing"),
        (_PRK, _IGO, ("120", "124", "128", "166", "1662", "174", "172"), "would no longer allow"),
        (_PRK, ("IGO", "USA", "USAGOV", "KOR", "KORGOV"), ("130", "138", "139", "131"), "declaration of war"),
        (_IGO, _PRK, ("160", "162", "1621", "163", "1622"), "to cut off"),
        (("KORGOV", "KOR"), _PRK, ("020", "024", "025", "100", "104"), "urged Pyongyang"),
        (("USA", "USAGOV"), ("PRK", "IGO") + _PRK, ("020", "028", "100", "130", "132", "163", "1631"),
         "pressed the U.N."),
    ],
    also=[
        (_IGO, _PRK, ("160", "162", "1621", "163"), "decision to suspend"),
        (_PRK, _IGO, ("120", "124", "128"), "refusal to allow"),
        (_PRK, _IGO, ("160", "161", "164", "166"), "quits IAEA"),
        (("KORGOV", "KOR"), _PRK, ("110", "111", "112", "018"), "deeply regretted"),
        (("USAELI", "USA", "USAGOV"), _PRK, ("036", "042", "043", "030"), "is due to visit"),
        (_PRK, ("USAELI", "USA"), ("043", "036", "030"), "is due to visit"),
    ],
    none=["lies about 90 km"],
    parties=[
        ("Foreign Minister Han Sung-joo", "Han Sung-joo", ("KORGOV",)),
        ("Former U.S. President Jimmy Carter", "Jimmy Carter", ("USAELI", "USA")),
        ("President Kim Il-sung", "Kim Il-sung", ("PRKGOV",)),
    ],
)

_JPN = ("JPN", "JPNGOV")
_KOR = ("KOR", "KORGOV")

KYODO_FISHERIES = Story(
    "kyodo_tokyo_fisheries", "1998-01-23",
    """Japan scraps fisheries pact with South Korea

TOKYO, Jan. 23 Kyodo - Japan on Friday notified South Korea that it was scrapping the two countries' \
1965 fisheries agreement, after talks on a new accord covering waters near disputed islets broke down.

Chief Cabinet Secretary Kanezo Muraoka told a news conference that Japan remained ready to negotiate and \
hoped a new pact could be reached within the year before the termination takes effect.

In Seoul, the Foreign Ministry summoned Japanese Ambassador Kazuo Ogura and protested that the move was a \
unilateral act that ignored the friendship between the two nations.

South Korea also said it was lifting voluntary limits on its boats fishing off Hokkaido, and \
President-elect Kim Dae-jung called Tokyo's decision regrettable.

Fishermen in Pusan staged a rally outside the Japanese consulate and burned a Japanese flag.

The 1965 pact was signed when the two nations normalised ties two decades after Japan's colonial rule of \
Korea ended.
""",
    events=[
        (_JPN, _KOR, ("120", "121", "1211", "160", "161", "164", "166", "163"), "was scrapping"),
        (("JPNGOV",), _KOR, ("030", "036", "0311", "031", "010", "018"), "ready to negotiate"),
        (("KORGOV", "KOR"), ("JPNGOV", "JPN"), ("110", "111", "114", "130"), "summoned Japanese"),
        (("KORGOV", "KOR", "KOROPP", "KORELI"), _JPN, ("110", "111", "112"), "regrettable"),
        (("KORCVL", "KOR", "KORLAB", "KORBUS", "KORAGR"), _JPN, ("140", "141", "145"), "staged a rally"),
    ],
    also=[
        (_JPN, _KOR, ("120", "121", "160", "161", "164"), "Japan scraps"),
        (_JPN, _KOR, ("164", "160", "120"), "broke down"),
        (_KOR, _JPN, ("120", "121", "1211", "160", "163", "172", "128"), "lifting voluntary"),
    ],
    none=["was signed when the two"],
    parties=[
        ("Chief Cabinet Secretary Kanezo Muraoka", "Kanezo Muraoka", ("JPNGOV",)),
        ("Ambassador Kazuo Ogura", "Kazuo Ogura", ("JPNGOV",)),
        ("President-elect Kim Dae-jung", "Kim Dae-jung", ("KORGOV", "KOROPP", "KORELI", "KOR")),
    ],
)

_CHN = ("CHN", "CHNGOV")
_USA = ("USA", "USAGOV")

XINHUA_RECALL = Story(
    "xinhua_beijing_recall", "1995-06-16",
    """China recalls ambassador to U.S.

BEIJING, June 16 (Xinhua) -- China has decided to recall its ambassador to the United States, Li Daoyu, \
for consultations, in protest against Washington's decision to allow Taiwan leader Lee Teng-hui to visit \
the United States, a Foreign Ministry spokesman announced here today.

Spokesman Shen Guofang said the visit, which Lee made to Cornell University last week, had seriously \
damaged Sino-U.S. relations and that Washington must bear full responsibility.

China has also put off a planned visit to the United States by State Councillor and Defence Minister \
Chi Haotian and suspended talks on missile technology control, he said.

In Washington, State Department spokesman Nicholas Burns said the United States regretted the recall and \
urged Beijing to keep channels of dialogue open.

Li Daoyu has served as China's ambassador in Washington since 1993.
""",
    events=[
        (_CHN, _USA, ("160", "161"), "recall its ambassador"),
        (("CHNGOV",), _USA, ("110", "111", "112"), "seriously"),
        (_CHN, _USA, ("160", "161", "164", "125", "120", "1241"), "put off a planned"),
        (("USAGOV", "USA"), _CHN, ("020", "021", "025", "026", "028", "100"), "urged Beijing"),
    ],
    also=[
        (_CHN, _USA, ("160", "161"), "China recalls"),
        (_CHN, _USA, ("110", "111", "114"), "in protest against"),
        (("TWNGOV", "TWN"), _USA, ("042", "040"), "made to Cornell"),
        (_USA, ("TWNGOV", "TWN"), ("043", "040"), "made to Cornell"),
        (("USAGOV",), _CHN, ("110", "111", "018", "012"), "regretted"),
    ],
    none=["has served as China"],
    parties=[
        ("its ambassador to the United States, Li Daoyu", "Li Daoyu", ("CHNGOV",)),
        ("Spokesman Shen Guofang", "Shen Guofang", ("CHNGOV",)),
        ("Taiwan leader Lee Teng-hui", "Lee Teng-hui", ("TWNGOV",)),
        ("Defence Minister Chi Haotian", "Chi Haotian", ("CHNGOV", "CHNMIL")),
        ("spokesman Nicholas Burns", "Nicholas Burns", ("USAGOV",)),
    ],
)

_TLS = ("TLS", "TLSCVL", "IDN", "IDNGOV", "AUS", "AUSMIL", "AUSGOV")
_IDNUAF = ("IDNUAF", "IDNMIL", "IDNREB", "IDN", "TLSUAF", "TLSREB", "TLSMIL", "---UAF")

AAP_TIMOR = Story(
    "aap_newyork_timor", "1999-09-16",
    """UN approves Australian-led force for East Timor

NEW YORK, Sept 15 AAP - The United Nations Security Council on Wednesday unanimously authorised a \
multinational force led by Australia to restore peace in East Timor, where pro-Jakarta militias have \
killed hundreds since the territory voted for independence.

Prime Minister John Howard said Australia would provide about 4,500 of the force's 8,000 troops and that \
the first units would land in Dili within days.

Indonesian President B.J. Habibie, who agreed on Sunday to let the force in under heavy international \
pressure, said Indonesian troops would cooperate with the peacekeepers.

But Indonesia's armed forces commander, General Wiranto, warned that Jakarta would not accept an \
Australian commander giving orders to Indonesian troops, and the government in Jakarta said it was \
scrapping a 1995 security pact with Canberra.

Indonesia invaded the former Portuguese colony in 1975 and annexed it the following year, a move the \
United Nations never recognised.
""",
    events=[
        (_IGO, _TLS, ("074", "086", "0861", "057", "070", "060", "042", "043"), "unanimously authorised"),
        (("AUSGOV", "AUS"), _TLS + ("IGO",), ("030", "033", "0331", "036", "074", "070", "062"),
         "would provide about 4,500"),
        (("IDNGOV", "IDN"), ("IGO", "AUS", "AUSMIL", "AUSGOV"), ("086", "0861", "080", "030", "032", "033",
                                                                "050", "062"),
         "agreed on Sunday"),
        (("IDNMIL", "IDN", "IDNGOV"), ("AUS", "AUSGOV", "AUSMIL"), ("120", "124", "125", "128", "130", "131"),
         "would not accept"),
        (("IDNGOV", "IDN"), ("AUS", "AUSGOV"), ("160", "161", "120", "121", "164"), "scrapping a 1995"),
    ],
    also=[
        (_IDNUAF, ("TLS", "TLSCVL", "IDN"), ("180", "190", "200", "202", "193", "186"), "have killed"),
        (("IDNGOV", "IDNMIL", "IDN"), ("IGO", "AUS", "AUSMIL"), ("030", "032", "033", "036", "050"),
         "would cooperate"),
        (_IGO, _TLS, ("074", "086"), "UN approves"),
        (("AUSGOV", "AUS", "AUSMIL"), ("TLS", "IDN"), ("036", "042", "030"), "would land in Dili"),
    ],
    none=["invaded the former Portuguese"],
    parties=[
        ("Prime Minister John Howard", "John Howard", ("AUSGOV",)),
        ("President B.J. Habibie", "B.J. Habibie", ("IDNGOV",)),
        ("General Wiranto", "Wiranto", ("IDNMIL", "IDNGOV")),
    ],
)

_MMR = ("MMR", "MMRGOV", "MMRMIL")
_THA = ("THA", "THAGOV", "THAMIL")

REUTERS_MAESAI = Story(
    "reuters_bangkok_maesai", "2002-05-23",
    """Myanmar shuts Thai border, accuses army of shelling

BANGKOK, May 23 (Reuters) - Myanmar closed all its border crossings with Thailand on Thursday and \
accused the Thai army of shelling its territory to help ethnic Shan rebels, in the worst row between the \
neighbours in years.

A statement from Myanmar's ruling State Peace and Development Council said Thai artillery had fired more \
than 300 rounds near Tachilek on Tuesday while the rebel Shan State Army attacked a Myanmar army outpost.

Thai army spokesman Colonel Somkuan Saengpattaranet denied the charge, saying Thai troops had only \
returned fire after shells from fighting between Myanmar forces and the rebels landed on Thai soil.

Prime Minister Thaksin Shinawatra said Thailand did not want a conflict and would send Foreign Minister \
Surakiart Sathirathai to Yangon to ease tension.

Thousands of traders were stranded at the Mae Sai bridge, and officials said trade worth about 10 \
million baht a day had stopped.

Myanmar, formerly Burma, has been ruled by the military since 1962.
""",
    events=[
        (_MMR, _THA, ("160", "163", "172", "170", "120", "121", "1721", "191"), "closed all its border"),
        (_MMR, _THA, ("110", "111", "112"), "accused the Thai army"),
        (("THAGOV", "THA"), _MMR, ("030", "036", "031", "032", "042", "043"), "would send Foreign"),
    ],
    also=[
        (_MMR, _THA + ("MMRREB",), ("110", "111", "112"), "Thai artillery had fired"),
        (("THAMIL", "THA", "THAGOV"), _MMR, ("016", "010", "012", "120", "125", "128", "013"),
         "denied the charge"),
        (_MMR, _THA, ("160", "163", "172"), "Myanmar shuts"),
        (_MMR, _THA, ("110", "111", "112"), "accuses army"),
        (("THAMIL", "THA"), _MMR, ("190", "193", "194"), "returned fire"),
        (_MMR, ("MMRREB",), ("190", "193", "194"), "fighting between"),
        (("MMRREB",), _MMR, ("190", "193", "194"), "fighting between"),
        (("THAGOV", "THA"), _MMR, ("010", "012", "018", "030"), "did not want a conflict"),
    ],
    none=["traders were stranded", "ruled by the military since"],
    parties=[
        ("Colonel Somkuan Saengpattaranet", "Somkuan Saengpattaranet", ("THAMIL",)),
        ("Prime Minister Thaksin Shinawatra", "Thaksin Shinawatra", ("THAGOV",)),
        ("Foreign Minister Surakiart Sathirathai", "Surakiart Sathirathai", ("THAGOV",)),
    ],
)

_NIC = ("NIC", "NICGOV")
_HND = ("HND", "HNDGOV")

AFP_MANAGUA = Story(
    "afp_managua_tariff", "1999-12-06",
    """Nicaragua slaps tariff on Honduran goods in sea border row

MANAGUA, Dec 6 (AFP) - Nicaragua imposed a 35 percent tariff on all goods from Honduras on Monday, in \
retaliation for Tegucigalpa's ratification of a treaty with Colombia that recognises Colombian \
sovereignty over Caribbean waters claimed by Managua.

President Arnoldo Aleman said Nicaragua would take Honduras to the International Court of Justice, and \
the foreign ministry said it had recalled its ambassador from Tegucigalpa.

Honduras' Foreign Minister Roberto Flores Bermudez said the tariff violated Central American free trade \
agreements and that his country would ask the region's integration bodies to rule on it.

Nicaraguan navy patrol boats seized three Honduran fishing boats near the 15th parallel over the \
weekend, the Honduran government said.

The Organization of American States urged both countries to show restraint, and its secretary general, \
Cesar Gaviria, said he was ready to mediate.

Honduras sells Nicaragua mainly processed food, cement and plastics.
""",
    events=[
        (_NIC, _HND, ("163", "160", "1631", "172", "1211"), "imposed a 35 percent"),
        (("NICGOV", "NIC"), _HND, ("160", "161"), "recalled its ambassador"),
        (("HNDGOV", "HND"), _NIC, ("110", "111", "112"), "violated Central American"),
        (("HNDGOV", "HND"), ("NIC", "NICMIL", "NICGOV"), ("110", "111", "112"), "patrol boats seized"),
        (_IGO, _NIC + _HND, ("020", "023", "025", "026", "027", "028", "100"), "urged both countries"),
    ],
    also=[
        (_NIC, _HND, ("163", "160", "1631"), "slaps tariff"),
        (("HNDGOV", "HND"), ("COL", "COLGOV"), ("057", "050", "051"), "ratification of a treaty"),
        (("NICGOV", "NIC"), _HND, ("030", "115", "036", "130", "131"), "would take Honduras"),
        (("HNDGOV", "HND"), _NIC + ("IGO",), ("030", "036", "020", "115"), "would ask the region"),
        (("NICMIL", "NIC"), ("HND", "HNDCVL", "HNDBUS"), ("171", "173", "170"), "patrol boats seized"),
        (_IGO, _NIC + _HND, ("030", "039", "045", "036"), "ready to mediate"),
    ],
    none=["sells Nicaragua mainly"],
    parties=[
        ("President Arnoldo Aleman", "Arnoldo Aleman", ("NICGOV",)),
        ("Foreign Minister Roberto Flores Bermudez", "Roberto Flores Bermudez", ("HNDGOV",)),
        ("Cesar Gaviria", "Cesar Gaviria", _IGO),
    ],
)

_PEROPP = ("PEROPP", "PERPTY", "PER", "PERELI")
_PERGOV = ("PERGOV", "PER")

AP_LIMA = Story(
    "ap_lima_runoff", "2000-05-29",
    """Toledo urges Peruvians to reject Fujimori runoff win

LIMA, Peru (AP) -- Opposition candidate Alejandro Toledo on Monday called on Peruvians to reject the \
results of a presidential runoff that President Alberto Fujimori won unopposed, after international \
observers pulled out saying the vote could not be fair.

Toledo, who boycotted Sunday's runoff, told thousands of supporters in Lima's Plaza San Martin that the \
election was a fraud and vowed to lead peaceful protests until new elections were called.

The Organization of American States withdrew its observer mission last week after the government \
refused to postpone the vote to allow checks on the computer counting system.

Fujimori, seeking a third term, said the election was clean and rejected what he called foreign \
interference in Peru's affairs.

The U.S. State Department said the vote was invalid and that Washington would review its relations \
with Lima, including aid.

Fujimori, the son of Japanese immigrants, is an agronomist by training and a former university rector.
""",
    events=[
        (_PEROPP, _PERGOV + ("PERCVL",), ("020", "023", "100", "120", "140", "141", "024"),
         "called on Peruvians"),
        (_PEROPP, _PERGOV, ("110", "111", "112"), "was a fraud"),
        (_IGO, _PERGOV, ("160", "166", "1662", "161", "164"), "withdrew its observer"),
        (_PERGOV, ("IGO", "USA", "USAGOV", "WST"), ("120", "125", "128", "110", "111", "016", "012"),
         "rejected what he called"),
        (_USA, _PERGOV, ("110", "111", "112"), "was invalid"),
    ],
    also=[
        (_PEROPP, _PERGOV, ("130", "138", "140", "141", "030", "100"), "vowed to lead"),
        (_PEROPP, _PERGOV, ("120", "140", "141", "128"), "who boycotted"),
        (_IGO, _PERGOV, ("160", "166", "1662"), "observers pulled out"),
        (_PERGOV, _IGO, ("120", "124", "125", "128"), "refused to postpone"),
        (_USA, _PERGOV, ("130", "131", "160", "162", "1312", "030"), "would review"),
        (_PEROPP, _PERGOV, ("020", "100", "120"), "Toledo urges"),
    ],
    none=["son of Japanese immigrants"],
    parties=[
        ("Opposition candidate Alejandro Toledo", "Alejandro Toledo", _PEROPP),
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
    ],
)

_FARC = ("COLREB", "COLINS", "COL")
_COLSEC = ("COLMIL", "COLCOP", "COL", "COLGOV")

EFE_BOGOTA = Story(
    "efe_bogota_exchange", "2001-06-28",
    """FARC frees 242 soldiers and police

BOGOTA, June 28 (EFE) - Colombia's leftist FARC rebels freed 242 soldiers and police on Thursday in the \
south of the country, a day after the government released 14 jailed guerrillas under a humanitarian \
exchange agreed with President Andres Pastrana.

The 14 rebels, most of them ill, were released from jails in Bogota and Cali on Wednesday and flown by \
the Red Cross to the zone the government ceded to the FARC in 1998.

Officers of the International Committee of the Red Cross received the freed men at La Macarena and \
handed them to army officers for flights to Bogota, where relatives wept on the tarmac.

FARC commander Manuel Marulanda said in a letter read at the ceremony that the rebels would not release \
the remaining officers they held unless Congress passed a law allowing a permanent prisoner swap.

Pastrana, speaking in Bogota, rejected the demand and said his government would not trade prisoners \
with kidnappers again.

The FARC, founded in 1964, is the oldest and largest of Colombia's rebel groups.
""",
    events=[
        (_FARC, _COLSEC, ("084", "0841", "080"), "freed 242"),
        (_FARC, ("COLGOV", "COLLEG", "COL"), ("100", "104", "120", "124", "1246", "1241", "130", "131"),
         "would not release"),
        (("COLGOV",), _FARC, ("120", "124", "125", "128", "1246", "1241"), "rejected the demand"),
    ],
    also=[
        (("COLGOV", "COL"), _FARC, ("084", "0841", "080"), "government released 14"),
        (("COLGOV", "COL"), _FARC, ("084", "0841", "080", "057"), "were released from jails"),
        (_FARC, ("COLGOV",), ("057", "050", "080"), "exchange agreed"),
        (("COLGOV",), _FARC, ("057", "050", "080"), "exchange agreed"),
        (("NGO",), _FARC + _COLSEC, ("070", "073", "060", "084", "0841"), "flown by"),
        (("NGO",), _COLSEC, ("084", "0841", "070", "073", "060"), "handed them"),
        (("COLGOV", "COL"), _FARC, ("081", "080", "085", "086"), "ceded to the FARC"),
    ],
    none=["founded in 1964"],
    parties=[
        ("President Andres Pastrana", "Andres Pastrana", ("COLGOV",)),
        ("FARC commander Manuel Marulanda", "Manuel Marulanda", _FARC),
    ],
)

_BLR = ("BLR", "BLRGOV")
_WEST = ("IGO", "EUR", "WST", "USA", "USAGOV")

INTERFAX_DROZDY = Story(
    "interfax_minsk_drozdy", "1998-06-22",
    """EU envoys leave Minsk over residences row

MINSK, June 22 (Interfax) - The ambassadors of the European Union's member states left Belarus on Monday \
in protest against President Alexander Lukashenko's eviction of diplomats from their residences in the \
Drozdy compound near Minsk, Western diplomats said.

The U.S. ambassador, Daniel Speckhard, was also recalled to Washington for consultations, the U.S. \
embassy said.

The Belarussian Foreign Ministry said the compound needed urgent repairs and that the diplomats had been \
offered other housing, and accused the West of blowing the affair out of proportion.

Lukashenko told reporters that Belarus would not bow to pressure and that the ambassadors could stay away \
as long as they wished.

Russian Foreign Minister Yevgeny Primakov telephoned his Belarussian counterpart Ivan Antonovich and \
urged a quick settlement, the Russian Foreign Ministry said.

Drozdy, a wooded area on the outskirts of Minsk, houses about 20 ambassadors' residences as well as \
Lukashenko's own.
""",
    events=[
        (_EU + ("DEU", "FRA", "GBR"), _BLR, ("160", "161", "110", "111", "114"), "left Belarus"),
        (_USA, _BLR, ("160", "161"), "was also recalled"),
        (("BLRGOV",), _WEST, ("110", "111", "112"), "accused the West"),
        (("BLRGOV",), _WEST, ("120", "124", "128", "125"), "would not bow"),
        (("RUSGOV", "RUS"), ("BLRGOV", "BLR"), ("040", "041", "020", "028", "100"), "telephoned"),
        (("BLRGOV", "BLR"), ("RUSGOV", "RUS"), ("040", "041"), "telephoned"),
    ],
    also=[
        (_EU, _BLR, ("160", "161"), "EU envoys leave"),
        (_BLR, _WEST + ("DEU", "FRA", "GBR"), ("174", "172", "170", "171"), "eviction of diplomats"),
        (("BLRGOV",), _WEST, ("010", "012", "016"), "needed urgent repairs"),
        (("RUSGOV", "RUS"), ("BLRGOV", "BLR"), ("020", "028", "100"), "urged a quick"),
    ],
    none=["wooded area on the outskirts"],
    parties=[
        ("President Alexander Lukashenko", "Alexander Lukashenko", ("BLRGOV",)),
        ("The U.S. ambassador, Daniel Speckhard", "Daniel Speckhard", ("USAGOV",)),
        ("Foreign Minister Yevgeny Primakov", "Yevgeny Primakov", ("RUSGOV",)),
        ("counterpart Ivan Antonovich", "Ivan Antonovich", ("BLRGOV",)),
    ],
)

_SRB = ("SRB", "SRBGOV", "YUG", "YUGGOV", "SRBPTY", "YUGPTY")

REUTERS_BELGRADE = Story(
    "reuters_belgrade_osce", "1996-12-27",
    """OSCE says Serbian opposition won, urges Milosevic to yield

BELGRADE, Dec 27 (Reuters) - A mission of the Organisation for Security and Cooperation in Europe led by \
former Spanish Prime Minister Felipe Gonzalez said on Friday that Serbia's opposition had won last \
month's local elections in Belgrade and 13 other cities, and urged President Slobodan Milosevic to accept \
the results.

The mission's report, handed to Milosevic and to the Yugoslav government, said the annulment of the \
opposition's victories by electoral commissions and courts had violated the will of the voters.

Serbia's ruling Socialist Party rejected the findings, saying the OSCE had no right to meddle in the \
country's internal affairs.

Tens of thousands of opposition supporters marched through Belgrade for the 38th day running, blowing \
whistles and pelting the state television building with eggs.

In Washington, the State Department warned that the United States would tighten the outer wall of \
sanctions on Yugoslavia if Milosevic ignored the report.

The Zajedno (Together) coalition groups the Serbian Renewal Movement of Vuk Draskovic, the Democratic \
Party of Zoran Djindjic and the Civic Alliance of Vesna Pesic.
""",
    events=[
        (_IGO + ("ESPELI", "ESP"), _SRB, ("020", "024", "025", "100", "104", "1043", "028"),
         "urged President Slobodan"),
        (_SRB, _IGO, ("120", "125", "128", "110", "111", "016"), "rejected the findings"),
        (("SRBOPP", "SRB", "YUGOPP", "SRBCVL", "YUG", "SRBPTY"), _SRB + ("SRBMED", "YUGMED"),
         ("140", "141", "145"), "marched through"),
        (_USA, _SRB, ("130", "131", "132", "1312", "163"), "would tighten"),
    ],
    also=[
        (_IGO + ("ESPELI",), _SRB, ("110", "111", "112", "010"), "had violated the will"),
        (_IGO + ("ESPELI",), _SRB + ("SRBOPP",), ("010", "020", "100"), "opposition had won"),
        (_IGO, _SRB, ("020", "100", "010"), "urges Milosevic"),
        (_IGO, _SRB, ("010", "040"), "handed to Milosevic"),
    ],
    none=["coalition groups the Serbian"],
    parties=[
        ("Prime Minister Felipe Gonzalez", "Felipe Gonzalez", _IGO + ("ESPELI", "ESP")),
        ("President Slobodan Milosevic", "Slobodan Milosevic", ("SRBGOV", "YUGGOV")),
    ],
)

_HRV = ("HRV", "HRVGOV")
_KRAJ = ("HRVREB", "HRVINS", "SRB", "SRBREB", "HRVSRB", "HRV", "HRVUAF", "HRVMIL")

HINA_UNPROFOR = Story(
    "hina_zagreb_unprofor", "1995-01-12",
    """Tudjman ends UNPROFOR mandate

ZAGREB, Jan 12 (Hina) - Croatian President Franjo Tudjman on Thursday informed the United Nations that \
Croatia would not extend the mandate of the U.N. peacekeeping force on its territory when it expires on \
March 31.

In a letter to Secretary-General Boutros Boutros-Ghali, Tudjman said the force of more than 12,000 troops \
had failed to restore Zagreb's authority over the Serb-held third of the country and had instead helped \
freeze the rebels' conquests.

Krajina Serb leaders warned that a withdrawal of the peacekeepers would mean war, and their self-styled \
president, Milan Martic, put his forces on full alert.

U.N. spokesman Michael Williams said in Zagreb that the world body regretted the decision and that a \
pullout would take at least three months.

The United States and Germany urged Zagreb to reconsider, a Western diplomat said.

The U.N. force's headquarters for the former Yugoslavia is in the Croatian capital.
""",
    events=[
        (_HRV, _IGO, ("120", "121", "124", "160", "166", "1661", "100", "010", "012"), "would not extend"),
        (("HRVGOV",), _IGO, ("110", "111", "112"), "had failed to restore"),
        (_KRAJ, _HRV + _IGO, ("130", "138", "131"), "would mean war"),
        (_KRAJ, _HRV, ("150", "152", "154", "130", "138"), "full alert"),
        (_IGO, _HRV, ("110", "111", "010", "012", "018"), "regretted the decision"),
        (("USA", "USAGOV", "DEU", "DEUGOV"), _HRV, ("020", "025", "028", "100"), "urged Zagreb"),
    ],
    also=[
        (_HRV, _IGO, ("120", "124", "160", "166"), "ends UNPROFOR"),
        (("HRVGOV",), _IGO, ("010", "040"), "In a letter"),
    ],
    none=["headquarters for the former Yugoslavia"],
    parties=[
        ("Croatian President Franjo Tudjman", "Franjo Tudjman", ("HRVGOV",)),
        ("Secretary-General Boutros Boutros-Ghali", "Boutros Boutros-Ghali", _IGO),
        ("president, Milan Martic", "Milan Martic", _KRAJ),
        ("U.N. spokesman Michael Williams", "Michael Williams", _IGO),
    ],
)

_RUS = ("RUS", "RUSGOV")
_GEO = ("GEO", "GEOGOV")

TASS_VISAS = Story(
    "tass_moscow_visas", "2000-12-05",
    """Russia introduces visas for Georgians

MOSCOW, December 5 (Itar-Tass) -- Russia introduced visas for citizens of Georgia on Tuesday, the first \
member of the Commonwealth of Independent States to face such a regime, citing the threat of Chechen \
rebels crossing from Georgian territory.

The Russian Foreign Ministry said the measure was needed to stop terrorists and mercenaries using \
Georgia's Pankisi gorge to reach Chechnya, and that residents of Abkhazia and South Ossetia would be \
exempt.

Georgian President Eduard Shevardnadze called the move discriminatory and accused Moscow of seeking to \
annex the two breakaway regions.

Georgia's parliament voted to ask the government to consider visas for Russian citizens in response.

Foreign Minister Irakli Menagarishvili said Tbilisi would seek talks with Moscow on easing the regime for \
Georgian workers, some 500,000 of whom live in Russia.

Georgia's economy depends heavily on money sent home by its workers in Russia.
""",
    events=[
        (_RUS, _GEO + ("GEOCVL",), ("172", "170", "160", "163", "1721"), "introduced visas"),
        (("GEOGOV", "GEO"), _RUS, ("110", "111", "112"), "called the move discriminatory"),
        (("GEOGOV", "GEO"), _RUS, ("030", "036", "031", "0311", "040"), "would seek talks"),
    ],
    also=[
        (_RUS, _GEO + ("GEOCVL",), ("172", "170", "163"), "Russia introduces"),
        (("RUSGOV",), _GEO, ("110", "112", "010"), "was needed to stop"),
        (("GEOLEG", "GEO"), ("GEOGOV",) + _RUS, ("020", "023", "130", "131", "030"), "voted to ask"),
        (_RUS, ("GEOREB", "GEO", "GEOCVL"), ("081", "080", "172"), "would be exempt"),
    ],
    none=["depends heavily on money"],
    parties=[
        ("Georgian President Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
        ("Foreign Minister Irakli Menagarishvili", "Irakli Menagarishvili", ("GEOGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_ESTAI, EFE_GIBRALTAR, REUTERS_BAGHDAD, DPA_SWAP, REUTERS_ABU_MUSA,
                        AFP_ALGIERS, AFP_YAOUNDE, AFP_NGARA, REUTERS_LOME, AFP_NIAMEY, PTI_COOCHBEHAR,
                        AP_WAGAH, YONHAP_IAEA, KYODO_FISHERIES, XINHUA_RECALL, AAP_TIMOR, REUTERS_MAESAI,
                        AFP_MANAGUA, AP_LIMA, EFE_BOGOTA, INTERFAX_DROZDY, REUTERS_BELGRADE, HINA_UNPROFOR,
                        TASS_VISAS]


if __name__ == "__main__":
    main(STORIES, "stories35")
