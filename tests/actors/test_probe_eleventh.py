"""Probe set, eleventh actors set (twenty-fourth session, wip/actors26): actors in the right country.

The issue: "actors land in the wrong country" on real copy. Four classes, every sentence our own
wording, written before the coder ran on any of them; the phrase is looked up as the events stage does
(`actor_for_span`; the lists through `actors_for_span`, one actor per member).

- ARMED_GROUPS: non-state armed groups and opposition movements active in the 2010s-2020s that the
  group table did not list by these names or acronyms (the Niger Delta's, Myanmar's resistance and
  ethnic armies, Colombia's FARC splinters, Ethiopia's Oromo army, the Sahel's and Nigeria's jihadist
  groups by their full names, Haiti's gang coalitions ...): country + REB (armed rebels), UAF (militias
  fighting beside or without a state), OPP (unarmed opposition), CRM (criminal gangs), as docs/actors.md
  says; the Sahel's al-Qaeda and Islamic State branches keep the transnational codes the table gives
  their acronyms.
- HONORIFICS: Malay, Gulf, South Asian and Commonwealth honorifics before a listed office holder's name
  ("Datuk Seri", "Tan Sri", "Tun", "His Highness Sheikh", "Shri", "Smt.", "Hon.", "H.E.") are no part of
  the name; "Sheikh Hasina" is a name.
- BODIES_LATER: a body named first in full or by its acronym and later by its kind ("the agency", "the
  court", "the bloc", "the alliance", "the body", "the fund", "the lender", "the group").
- LISTS: "the foreign ministers of Egypt, Jordan and Saudi Arabia" is three parties, each GOV of its own
  country (`actors_for_span`).
- NEGATIVES: a group's name used for a road, a film, a place held or an era; an honorific on a sports
  star or a club officer; a bare "the court" with nothing named before; "the body" of a dead person; a
  list that is one body ("the Minister of Trade and Industry").

First run (before any fix in this session): 34 of 90 (FIRST_RUN below): armed groups 7 / 36 (most
names unknown; "the Niger Delta Avengers" took the place, "the Chin National Front" France's party,
"the BLA" a town in Mali), honorifics 8 / 16 (every Malay title, "His Highness Sheikh", "Shri" and "H.E."
hid the name), bodies named later 4 / 16 (a body named by its acronym, and the kinds "bloc", "body",
"fund", "lender", "league", "group" found no antecedent), lists 7 / 11 (a role of the first country
was not given to the others: "Police in Kenya and Uganda" gave UGA), negatives 8 / 11 ("the M23
motorway" and "M23-held Bunagana" were the rebels, RSF the press group was nothing).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from actors.actor_helpers import Probe, gap_suite, list_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

ARMED_GROUPS: list[Probe] = [
    Probe("The Niger Delta Avengers claimed the attack on the pipeline.", "The Niger Delta Avengers",
          "NGAREB", None, "2016-05-20"),
    Probe("The Movement for the Emancipation of the Niger Delta kidnapped four oil workers.",
          "The Movement for the Emancipation of the Niger Delta", "NGAREB", None, "2008-06-20"),
    Probe("MEND said it had blown up the flow station.", "MEND", "NGAREB", None, "2009-06-20"),
    Probe("Ansaru kidnapped seven foreigners in Bauchi.", "Ansaru", "NGAREB", None, "2013-02-20"),
    Probe("The National Unity Government called for a boycott of the vote.", "The National Unity Government",
          "MMROPP", "YANGON", "2023-03-20"),
    Probe("The NUG said its forces had taken the town.", "The NUG", "MMROPP", None, "2023-11-20"),
    Probe("The Three Brotherhood Alliance seized the border crossing.", "The Three Brotherhood Alliance",
          "MMRREB", None, "2023-11-01"),
    Probe("The TNLA said it controlled the town of Namhsan.", "The TNLA", "MMRREB", None, "2023-12-01"),
    Probe("The MNDAA captured Laukkai in January.", "The MNDAA", "MMRREB", None, "2024-01-10"),
    Probe("The Chin National Front signed a pact with the NUG.", "The Chin National Front", "MMRREB", None,
          "2024-01-10"),
    Probe("The Karenni Army attacked the junta's base.", "The Karenni Army", "MMRREB", None, "2024-01-10"),
    Probe("RSF fighters shelled El Fasher on Sunday.", "RSF fighters", "SDNREB", None, "2024-05-12"),
    Probe("The RSF denied looting the market.", "The RSF", "SDNREB", "KHARTOUM", "2023-06-12"),
    Probe("The March 23 Movement took the town of Bunagana.", "The March 23 Movement", "CODREB", None,
          "2022-06-13"),
    Probe("CODECO militiamen killed 40 people at a displacement camp.", "CODECO militiamen", "CODUAF", None,
          "2022-02-02"),
    Probe("Jama'at Nusrat al-Islam wal-Muslimin claimed the ambush.",
          "Jama'at Nusrat al-Islam wal-Muslimin", "IMGMOSALQ", None, "2022-08-10"),
    Probe("The Islamic State West Africa Province attacked the army base.",
          "The Islamic State West Africa Province", "IMGMOS", None, "2021-03-10"),
    Probe("FARC dissidents attacked a police station in Cauca.", "FARC dissidents", "COLREB", None,
          "2023-03-10"),
    Probe("The Estado Mayor Central suspended talks with the government.", "The Estado Mayor Central",
          "COLREB", None, "2024-03-10"),
    Probe("Segunda Marquetalia said it would join the peace process.", "Segunda Marquetalia", "COLREB", None,
          "2023-06-10"),
    Probe("The Gulf Clan blocked roads across the north.", "The Gulf Clan", "COLCRM", None, "2022-05-10"),
    Probe("The Clan del Golfo killed two soldiers.", "The Clan del Golfo", "COLCRM", None, "2022-05-10"),
    Probe("The Oromo Liberation Army killed dozens of villagers.", "The Oromo Liberation Army", "ETHREB",
          None, "2022-06-20"),
    Probe("OLA fighters ambushed a bus.", "OLA fighters", "ETHREB", None, "2022-06-20"),
    Probe("Fano fighters entered the town of Lalibela.", "Fano fighters", "ETHUAF", None, "2023-08-05"),
    Probe("The Balochistan Liberation Army claimed the bombing.", "The Balochistan Liberation Army", "PAKREB",
          None, "2024-03-26"),
    Probe("The BLA attacked the naval air station.", "The BLA", "PAKREB", None, "2024-03-26"),
    Probe("The Pakistani Taliban said they had killed six soldiers.", "The Pakistani Taliban", "PAKREB", None,
          "2023-02-01"),
    Probe("The National Resistance Front said it had killed Taliban fighters.",
          "The National Resistance Front",
          "AFGREB", None, "2022-05-01"),
    Probe("The Islamic Resistance in Iraq claimed drone attacks on the base.",
          "The Islamic Resistance in Iraq",
          "IRQUAF", None, "2023-11-01"),
    Probe("The Maute group seized parts of Marawi.", "The Maute group", "PHLREB", None, "2017-05-30"),
    Probe("The West Papua National Liberation Army held the pilot hostage.",
          "The West Papua National Liberation Army", "IDNREB", None, "2023-03-01"),
    Probe("Viv Ansanm gangs attacked the prison.", "Viv Ansanm gangs", "HTICRM", None, "2024-03-03"),
    Probe("The Citizens Coalition for Change rejected the election results.",
          "The Citizens Coalition for Change", "ZWEOPP", None, "2023-08-27"),
    Probe("The National Unity Platform said its supporters had been abducted.", "The National Unity Platform",
          "UGAOPP", None, "2021-02-10"),
    Probe("The Forces for Freedom and Change called for a general strike.",
          "The Forces for Freedom and Change",
          "SDNOPP", None, "2022-01-10"),
]

HONORIFICS: list[Probe] = [
    Probe("Datuk Seri Anwar Ibrahim said the budget would help the poor.", "Datuk Seri Anwar Ibrahim",
          "MYSGOV", None, "2023-10-13"),
    Probe("Prime Minister Datuk Seri Anwar Ibrahim met the investors.",
          "Prime Minister Datuk Seri Anwar Ibrahim",
          "MYSGOV", None, "2023-10-13"),
    Probe("Tan Sri Muhyiddin Yassin declared a state of emergency.", "Tan Sri Muhyiddin Yassin",
          "MYSGOV", None,
          "2021-01-12"),
    Probe("Datuk Seri Ismail Sabri Yaakob announced the reopening.", "Datuk Seri Ismail Sabri Yaakob",
          "MYSGOV", None, "2022-03-08"),
    Probe("Tun Dr Mahathir Mohamad rejected the claim.", "Tun Dr Mahathir Mohamad", "MYSGOV", None,
          "2019-03-08"),
    Probe("Datuk Seri Najib Razak denied any wrongdoing.", "Datuk Seri Najib Razak", "MYSGOV", None,
          "2015-07-08"),
    Probe("His Highness Sheikh Mohamed bin Zayed Al Nahyan received the delegation.",
          "His Highness Sheikh Mohamed bin Zayed Al Nahyan", "AREGOV", None, "2023-05-08"),
    Probe("His Highness Sheikh Tamim bin Hamad Al Thani welcomed the guests.",
          "His Highness Sheikh Tamim bin Hamad Al Thani", "QATGOV", None, "2022-11-20"),
    Probe("Shri Narendra Modi inaugurated the new parliament building.", "Shri Narendra Modi", "INDGOV", None,
          "2023-05-28"),
    Probe("Prime Minister Shri Narendra Modi spoke to the farmers.", "Prime Minister Shri Narendra Modi",
          "INDGOV", None, "2023-05-28"),
    Probe("Smt. Droupadi Murmu addressed the nation.", "Smt. Droupadi Murmu", "INDGOV", None, "2023-01-25"),
    Probe("H.E. Cyril Ramaphosa opened the summit.", "H.E. Cyril Ramaphosa", "ZAFGOV", None, "2023-08-22"),
    Probe("H.E. President Bola Ahmed Tinubu signed the bill.", "H.E. President Bola Ahmed Tinubu", "NGAGOV",
          None, "2024-02-22"),
    Probe("Hon. Anthony Albanese announced the inquiry.", "Hon. Anthony Albanese", "AUSGOV",
          None, "2023-09-21"),
    Probe("The Hon. William Ruto said the tax would stay.", "The Hon. William Ruto", "KENGOV", None,
          "2023-06-21"),
    Probe("Sheikh Hasina accused the opposition of arson.", "Sheikh Hasina", "BGDGOV", None, "2023-10-29"),
]


def _two(first: str, second: str) -> str:
    return f"{first} {second}"


BODIES_LATER: list[Probe] = [
    Probe(_two("The International Atomic Energy Agency said on Monday that inspectors had reached the site.",
               "The agency said the reactor was shut."), "The agency", "IGOUNOIAE", None, "2022-09-05"),
    Probe(_two("The IAEA said on Monday that inspectors had reached the site.",
               "The agency also said the reactor was shut."), "The agency", "IGOUNOIAE", "VIENNA",
          "2022-09-06"),
    Probe(_two("The International Criminal Court issued an arrest warrant for the leader.",
               "The court said there were grounds to believe he was responsible."), "The court", "IGOJUDICC",
          None, "2023-03-17"),
    Probe(_two("The ICC issued an arrest warrant for the commander.",
               "The court said he had ordered the killings."), "The court", "IGOJUDICC", None, "2023-03-18"),
    Probe(_two("The Economic Community of West African States suspended Niger after the coup.",
               "The bloc said it would not recognise the junta."), "The bloc", "IGOWAFWAS", None,
          "2023-07-30"),
    Probe(_two("ECOWAS lifted some sanctions on Monday.", "The bloc said the border would reopen."),
          "The bloc", "IGOWAFWAS", "ABUJA", "2024-02-26"),
    Probe(_two("NATO agreed to send more troops to the east.", "The alliance said the threat had grown."),
          "The alliance", "IGOWSTNAT", None, "2022-03-24"),
    Probe(_two("The World Health Organization declared the outbreak an emergency.",
               "The body said cases had doubled."), "The body", "IGOUNOHLHWHO", None, "2024-08-14"),
    Probe(_two("The International Monetary Fund approved the loan on Friday.",
               "The fund said the reforms must continue."), "The fund", "IGOBUSIMF", None, "2023-03-20"),
    Probe(_two("The IMF cut its growth forecast.", "The lender said inflation was still too high."),
          "The lender", "IGOBUSIMF", None, "2023-04-11"),
    Probe(_two("The World Bank froze new lending to the country.",
               "The lender said it was deeply concerned."),
          "The lender", "IGOUNODEVWBK", None, "2023-08-08"),
    Probe(_two("The Arab League readmitted Syria on Sunday.",
               "The league said the decision took effect at once."),
          "The league", "IGOMEAARL", None, "2023-05-07"),
    Probe(_two("Kenya's Supreme Court upheld the election result.",
               "The court said the petitions had no merit."),
          "The court", "KENJUD", None, "2022-09-05"),
    Probe(_two("Hamas said on Tuesday it had accepted the proposal.",
               "The group said it was awaiting a reply."),
          "The group", "PSEREB", None, "2024-05-07"),
    Probe(_two("The European Commission proposed new sanctions.",
               "The commission said they would target banks."),
          "The commission", "IGOEUREEC", None, "2023-02-15"),
    Probe(_two("The UN Security Council met in emergency session.", "The council called for a ceasefire."),
          "The council", "IGOUNO", None, "2024-03-25"),
]


class ListProbe(NamedTuple):
    """A coordinated mention: the codes of its members in text order (`actors_for_span`)."""
    sentence: str
    phrase: str
    codes: tuple[str, ...]
    dateline: str | None = None
    published: str = "2023-06-01"


LISTS: list[ListProbe] = [
    ListProbe("The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo.",
              "The foreign ministers of Egypt, Jordan and Saudi Arabia", ("EGYGOV", "JORGOV", "SAUGOV")),
    ListProbe("The leaders of France, Germany and Italy signed the statement.",
              "The leaders of France, Germany and Italy", ("FRAGOV", "DEUGOV", "ITAGOV")),
    ListProbe("The governments of India and Pakistan exchanged lists of prisoners.",
              "The governments of India and Pakistan", ("INDGOV", "PAKGOV")),
    ListProbe("The presidents of Kenya and Tanzania opened the border post.",
              "The presidents of Kenya and Tanzania", ("KENGOV", "TZAGOV")),
    ListProbe("The armies of Mali, Burkina Faso and Niger formed a joint force.",
              "The armies of Mali, Burkina Faso and Niger", ("MLIMIL", "BFAMIL", "NERMIL")),
    ListProbe("Ministers from Ghana, Senegal and Ivory Coast agreed to share intelligence.",
              "Ministers from Ghana, Senegal and Ivory Coast", ("GHAGOV", "SENGOV", "CIVGOV")),
    ListProbe("Police in Kenya and Uganda arrested the suspects.", "Police in Kenya and Uganda",
              ("KENCOP", "UGACOP")),
    ListProbe("The foreign ministers of Brazil, India and South Africa issued a statement.",
              "The foreign ministers of Brazil, India and South Africa", ("BRAGOV", "INDGOV", "ZAFGOV")),
    ListProbe("Egyptian, Qatari and American officials met the negotiators.",
              "Egyptian, Qatari and American officials", ("EGYGOV", "QATGOV", "USAGOV")),
    # one body, one actor: a ministry of two portfolios, a country with "and" in its name
    ListProbe("The Minister of Trade and Industry opened the fair.", "The Minister of Trade and Industry",
              ("KENGOV",), "NAIROBI"),
    ListProbe("Trinidad and Tobago's foreign minister met the envoy.",
              "Trinidad and Tobago's foreign minister",
              ("TTOGOV",)),
]

NEGATIVES: list[Probe] = [
    Probe("The M23 motorway was closed near Crawley after the crash.", "The M23 motorway", None, None,
          "2023-01-10"),
    Probe("The orchestra played Wagner to a full house.", "Wagner", None, None, "2023-01-10"),
    Probe("The Avengers topped the box office again.", "The Avengers", None, None, "2019-04-29"),
    Probe("Prices rose in Houthi-held Sanaa.", "Houthi-held Sanaa", "YEM", None, "2023-01-10"),
    Probe("Schools reopened in M23-held Bunagana.", "M23-held Bunagana", "COD", None, "2023-01-10"),
    Probe("Press freedom group RSF said 45 journalists were killed this year.", "RSF", "NGOHRI", None,
          "2023-12-14"),
    Probe("Datuk Lee Chong Wei won his fourth title of the year.", "Datuk Lee Chong Wei", None, None,
          "2017-11-10"),
    Probe("The club's Hon. Secretary, Peter Lim, said the course would reopen.", "Peter Lim", None, None,
          "2019-11-10"),
    Probe("The court adjourned the case until May.", "The court", None, None, "2023-01-10"),
    Probe(_two("The World Health Organization said cases were falling.",
               "The body of a child was found in the river."), "The body of a child",
               None, None, "2023-01-10"),
    Probe("Oil spills have fouled the creeks of the Niger Delta.", "the Niger Delta", "NGA",
          None, "2023-01-10"),
]

BATCHES = {"ARMED_GROUPS": ARMED_GROUPS, "HONORIFICS": HONORIFICS, "BODIES_LATER": BODIES_LATER,
           "NEGATIVES": NEGATIVES}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class): 34 of 90.
FIRST_RUN: dict[str, tuple[int, int]] = {"ARMED_GROUPS": (7, 36), "HONORIFICS": (8, 16),
                                         "BODIES_LATER": (4, 16), "LISTS": (7, 11), "NEGATIVES": (8, 11)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "MEND@2009-06-20": "'MEND' is an English verb: the acronym is listed only through its full name",
    "The National Unity Government@YANGON2023-03-20":
        "'national unity government' names governments of several countries (Afghanistan's 2014-2019): "
        "only the acronym NUG is dated as Myanmar's opposition",
    "The BLA@2024-03-26": "Bla is a town of Mali on the Sahel's front lines: the acronym is left out",
    "The M23 motorway@2023-01-10": "a road number is read as the group; no rule reads road names",
    "M23-held Bunagana@2023-01-10":
        "the place after '<group>-held' is not in the gazetteer, so the group answers",
    "RSF@2023-12-14":
        "no longer Sudan's force, but no code: 'RSF' alone is no key of Reporters Without Borders",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)
listed, test_list = list_suite(LISTS)
