"""Probe set, twenty-second actors set (thirty-fifth session, wip/actors37): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01), from the thirty-fourth session's open actor
gaps taken as classes, with fresh sentences, and the era's actors the tables may lack.

Six classes, each with controls where the naive fix would be wrong; every sentence our own wording, written
and committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`); rows carry the GSR date unless they say otherwise.

- RULING_MOVEMENTS: a liberation movement or party that became the government is GOV by the story's date
  (the ANC, SWAPO, ZANU-PF, Frelimo, the MPLA, the RPF in 2000); the sentence's own words set it before
  power ("the exiled ANC" OPP, "RPF rebels" REB). Controls: parties out of power in 2000 (the Sandinistas,
  Renamo) are OPP, UNITA REB.
- FORCES_BY_KIND: gendarmes, gendarmeries, border police, riot police and military police are police (COP,
  decided here: their job is policing, and the era's commonest "military police" are Brazil's state police);
  national guards, presidential and republican guards and border guards are military (MIL, the tables'
  convention for guard corps and border guards).
- TWO_TERMS: a leader who governed in two terms is GOV when the sentence shows the office held, OPP as the
  opposition between terms, ELI as "former"; by the date alone, the side the person was on in 2000.
- ERA_ACTORS: ministers of the 1990s, rebel and separatist leaders and movements (Chechen, Kashmiri, Tamil,
  Kurdish, Moro), independence fronts of territories (New Caledonia, East Timor, Western Sahara,
  Bougainville).
- PLACED: national adjectives and demonyms, bodies by their function, and actors that take the country from
  a possessor, an of-phrase or the dateline.
- NEAR_TOWN: troops of one side attacked near a town are those troops (the state's MIL), not the town's
  civilians.

First run (main bfc32aeb + this file, committed 0c5e0916 before any run): 50 of 64 (ruling movements 11 / 12,
forces by kind 9 / 12, two terms 6 / 10, era actors 10 / 15, placed 12 / 12, near a town 2 / 3).
Two rows were corrected after the run as writing errors by the project's conventions: East Timor is TLS
(the gazetteer's and Fretilin's code, docs/actors.md), not CAMEO's old TMP, so "Fretilin guerrillas" is
TLSREB; Sartaj Aziz held office only until the October 1999 coup, so on 2000-01-01 a bare name is an elite
(PAKELI, the table's "former or future office holder"), not PAKGOV. After the fixes: 62 of 64 (11 / 12,
12 / 12, 10 / 10, 15 / 15, 12 / 12, 2 / 3); the misses are known gaps below.

SECOND, batch 2 (22 rows, committed 19ec85b2 after the first fixes and before any run on it): first run 15 of
22 (the misses: era rows the tables lacked, Chile's carabineros, the Hurriyat Conference, a Chechen warlord).
One row corrected as a writing error by the project's convention: Iran's defence minister is GOVMIL (as every
defence minister of the table is). After the rows were added: 21 of 22; the miss is a known gap below.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"
# a second row with the same phrase needs another id: the day before
GSR_ID = "1999-12-31"
GSR_ID2 = "1999-12-30"

RULING_MOVEMENTS: list[Probe] = [
    Probe("The ruling ANC won two-thirds of the seats in parliament.", "The ruling ANC", "ZAFGOV", None, GSR),
    Probe("The African National Congress accused Inkatha of sabotaging the constitutional talks.",
          "The African National Congress", "ZAFGOV", None, GSR),
    Probe("The exiled ANC called for a boycott of the tricameral elections.", "The exiled ANC", "ZAFOPP",
          None, GSR),
    Probe("SWAPO won a two-thirds majority in the National Assembly.", "SWAPO", "NAMGOV", None, GSR),
    Probe("The ZANU-PF party nominated Mugabe as its candidate.", "The ZANU-PF party", "ZWEGOV", None, GSR),
    Probe("Frelimo accused Renamo of breaking the ceasefire.", "Frelimo", "MOZGOV", None, GSR),
    Probe("Renamo leader Afonso Dhlakama rejected the election results.", "Renamo leader Afonso Dhlakama",
          "MOZOPP", None, GSR),
    Probe("The MPLA accused UNITA of rearming.", "The MPLA", "AGOGOV", None, GSR),
    Probe("The MPLA accused UNITA of rearming in the diamond areas.", "UNITA", "AGOREB", None, GSR_ID),
    Probe("The Rwandan Patriotic Front named a new cabinet.", "The Rwandan Patriotic Front", "RWAGOV", None,
          GSR),
    Probe("RPF rebels advanced on the capital from the north.", "RPF rebels", "RWAREB", None, GSR),
    Probe("The Sandinista Front called a general strike against the government.", "The Sandinista Front",
          "NICOPP", None, GSR),
]

FORCES_BY_KIND: list[Probe] = [
    Probe("Turkish gendarmes raided a village near the Syrian border.", "Turkish gendarmes", "TURCOP", None,
          GSR),
    Probe("The paramilitary gendarmerie detained 40 suspected guerrillas.", "The paramilitary gendarmerie",
          "TURCOP", "DIYARBAKIR", GSR),
    Probe("Israeli border police shot dead a Palestinian youth.", "Israeli border police", "ISRCOP", None,
          GSR),
    Probe("Riot police clubbed students outside Yonsei University.", "Riot police", "KORCOP", "SEOUL", GSR),
    Probe("Military police in Rio de Janeiro killed three suspected drug dealers.", "Military police",
          "BRACOP", None, GSR),
    Probe("Serbian military police detained two ethnic Albanian journalists.", "Serbian military police",
          "SRBCOP", None, GSR),
    Probe("The Republican Guard was moved south of Baghdad.", "The Republican Guard", "IRQMIL", None, GSR),
    Probe("Venezuela's National Guard fired tear gas at striking oil workers.", "Venezuela's National Guard",
          "VENMIL", None, GSR),
    Probe("The presidential guard fired on demonstrators near the palace.", "The presidential guard",
          "CODMIL", "KINSHASA", GSR),
    Probe("Indian border guards exchanged fire with Bangladeshi troops.", "Indian border guards", "INDMIL",
          None, GSR),
    Probe("The Carabinieri arrested a fugitive Mafia boss near Palermo.", "The Carabinieri", "ITACOP", None,
          GSR),
    Probe("The Guardia Civil arrested four suspected ETA members.", "The Guardia Civil", "ESPCOP", None, GSR),
]

TWO_TERMS: list[Probe] = [
    Probe("Opposition leader Benazir Bhutto led a march on parliament.", "Opposition leader Benazir Bhutto",
          "PAKOPP", None, GSR),
    Probe("Prime Minister Benazir Bhutto dismissed the chief of army staff.", "Prime Minister Benazir Bhutto",
          "PAKGOV", None, GSR),
    Probe("Benazir Bhutto flew to London on Tuesday.", "Benazir Bhutto", "PAKOPP", None, GSR),
    Probe("Former Prime Minister Nawaz Sharif was flown to Karachi under guard.",
          "Former Prime Minister Nawaz Sharif", "PAKELI", None, GSR),
    Probe("Prime Minister Nawaz Sharif ordered nuclear tests in Baluchistan.", "Prime Minister Nawaz Sharif",
          "PAKGOV", None, GSR),
    Probe("Nawaz Sharif's Pakistan Muslim League called a strike.", "Nawaz Sharif's Pakistan Muslim League",
          "PAKOPP", None, GSR),
    Probe("Prime Minister Yitzhak Rabin signed the accord with Arafat.", "Prime Minister Yitzhak Rabin",
          "ISRGOV", None, GSR),
    Probe("Sheikh Hasina called for calm in Dhaka.", "Sheikh Hasina", "BGDGOV", None, GSR),
    Probe("Khaleda Zia led a rally against the government in Dhaka.", "Khaleda Zia", "BGDOPP", None, GSR),
    Probe("Sirimavo Bandaranaike appealed for calm in Colombo.", "Sirimavo Bandaranaike", "LKAGOV", None,
          GSR),
]

ERA_ACTORS: list[Probe] = [
    Probe("Foreign Minister Ali Akbar Velayati said Tehran wanted better ties with Riyadh.",
          "Foreign Minister Ali Akbar Velayati", "IRNGOV", None, GSR),
    Probe("Kamal Kharrazi held talks in Damascus on Monday.", "Kamal Kharrazi", "IRNGOV", None, GSR),
    Probe("Interior Minister Naseerullah Babar blamed India for the blasts.", "Interior Minister Naseerullah "
          "Babar", "PAKGOV", "KARACHI", GSR),
    Probe("Sartaj Aziz flew to New Delhi for talks.", "Sartaj Aziz", "PAKELI", None, GSR),
    Probe("Shamil Basayev led a raid into Dagestan.", "Shamil Basayev", "RUSREB", None, GSR),
    Probe("Dzhokhar Dudayev rejected Moscow's ultimatum.", "Dzhokhar Dudayev", "RUSREB", None, GSR),
    Probe("Yasin Malik was arrested in Srinagar.", "Yasin Malik", "INDREB", None, GSR),
    Probe("The Jammu and Kashmir Liberation Front called a strike in the valley.",
          "The Jammu and Kashmir Liberation Front", "INDREB", None, GSR),
    Probe("Velupillai Prabhakaran rejected the peace offer.", "Velupillai Prabhakaran", "LKAREB", None, GSR),
    Probe("Abdullah Ocalan was captured in Nairobi.", "Abdullah Ocalan", "TURREB", None, GSR),
    Probe("The Moro Islamic Liberation Front rejected the autonomy deal.",
          "The Moro Islamic Liberation Front", "PHLREB", None, GSR),
    Probe("The FLNKS called for a boycott of the referendum.", "The FLNKS", "NCLREB", None, GSR),
    Probe("Fretilin guerrillas ambushed an army patrol.", "Fretilin guerrillas", "TLSREB", None, GSR),
    Probe("The Polisario Front freed 200 Moroccan prisoners.", "The Polisario Front", "ESHREB", None, GSR),
    Probe("The Bougainville Revolutionary Army released two hostages.", "The Bougainville Revolutionary Army",
          "PNGREB", None, GSR),
]

PLACED: list[Probe] = [
    Probe("Malawian President Bakili Muluzi opened the new parliament.", "Malawian President Bakili Muluzi",
          "MWIGOV", None, GSR),
    Probe("Kyrgyz President Askar Akayev dissolved the government.", "Kyrgyz President Askar Akayev",
          "KGZGOV", None, GSR),
    Probe("Salvadoran guerrillas blew up a power pylon.", "Salvadoran guerrillas", "SLVREB", None, GSR),
    Probe("Basotho soldiers mutinied over pay.", "Basotho soldiers", "LSOMIL", None, GSR),
    Probe("The Knesset approved the budget.", "The Knesset", "ISRLEG", None, GSR),
    Probe("The Majlis rejected the press bill.", "The Majlis", "IRNLEG", "TEHRAN", GSR),
    Probe("The Sejm voted to dissolve itself.", "The Sejm", "POLLEG", None, GSR),
    Probe("Pakistan's Inter-Services Intelligence was accused of training the militants.",
          "Pakistan's Inter-Services Intelligence", "PAKSPY", None, GSR),
    Probe("The army of Burkina Faso was put on alert.", "The army of Burkina Faso", "BFAMIL", None, GSR),
    Probe("Chad's interior minister banned the march.", "Chad's interior minister", "TCDGOV", None, GSR),
    Probe("The army said it had killed 20 insurgents.", "The army", "MMRMIL", "RANGOON", GSR),
    Probe("The interior ministry banned the rally.", "The interior ministry", "UZBGOV", "TASHKENT", GSR),
]

NEAR_TOWN: list[Probe] = [
    Probe("Rebels attacked government troops near the town of Gulu.", "government troops", "UGAMIL", None,
          GSR),
    Probe("Guerrillas ambushed soldiers near the town of Vavuniya.", "soldiers", "LKAMIL", None, GSR),
    Probe("Rebels shelled residents near the town of Kuito.", "residents", "AGOCVL", None, GSR),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Bolivian military police evicted squatters from a ranch.", "Bolivian military police",
          "BOLCOP", None, GSR),
    Probe("Chilean carabineros arrested 30 students in Santiago.", "Chilean carabineros", "CHLCOP", None,
          GSR),
    Probe("The Guatemalan military police searched the archbishop's residence.",
          "The Guatemalan military police", "GTMCOP", None, GSR),
    Probe("Sheikh Hasina's Awami League swept the municipal polls.", "Sheikh Hasina's Awami League", "BGDGOV",
          None, GSR),
    Probe("Khaleda Zia's Bangladesh Nationalist Party called a strike.",
          "Khaleda Zia's Bangladesh Nationalist Party", "BGDOPP", None, GSR),
    Probe("Chechen warlord Salman Raduyev seized a hospital in Kizlyar.", "Chechen warlord Salman Raduyev",
          "RUSREB", None, GSR),
    Probe("Aslan Maskhadov appealed to the West for help.", "Aslan Maskhadov", "RUSREB", None, GSR),
    Probe("The Hurriyat Conference called a strike across the valley.", "The Hurriyat Conference", "INDOPP",
          None, GSR),
    Probe("The Liberation Tigers rejected the devolution package.", "The Liberation Tigers", "LKAREB",
          None, GSR),
    Probe("The Kurdistan Workers' Party declared a ceasefire.", "The Kurdistan Workers' Party", "TURREB",
          None, GSR),
    Probe("Mohamed Abdelaziz met the U.N. envoy in Tindouf.", "Mohamed Abdelaziz", "ESHREB", None, GSR),
    Probe("Francis Ona refused to attend the peace talks.", "Francis Ona", "PNGREB", None, GSR),
    Probe("Jonas Savimbi rejected the election results.", "Jonas Savimbi", "AGOREB", None, GSR),
    Probe("Afonso Dhlakama called for a recount.", "Afonso Dhlakama", "MOZOPP", None, GSR),
    Probe("The ruling Frelimo party won the vote.", "The ruling Frelimo party", "MOZGOV", None, GSR),
    Probe("Sam Nujoma opened the new parliament in Windhoek.", "Sam Nujoma", "NAMGOV", None, GSR),
    Probe("Ataollah Mohajerani defended the press law.", "Ataollah Mohajerani", "IRNGOV", None, GSR),
    Probe("Ali Shamkhani inspected the naval exercises.", "Ali Shamkhani", "IRNGOVMIL", None, GSR),
    Probe("Burundian soldiers killed 30 Hutu rebels.", "Burundian soldiers", "BDIMIL", None, GSR),
    Probe("Liberian militiamen looted the port.", "Liberian militiamen", "LBRUAF", None, GSR),
    Probe("Kazakh police detained 12 opposition activists.", "Kazakh police", "KAZCOP", None, GSR),
    Probe("Tajik government forces retook the town.", "Tajik government forces", "TJKMIL", None, GSR),
]

BATCHES = {"RULING_MOVEMENTS": RULING_MOVEMENTS, "FORCES_BY_KIND": FORCES_BY_KIND, "TWO_TERMS": TWO_TERMS,
           "ERA_ACTORS": ERA_ACTORS, "PLACED": PLACED, "NEAR_TOWN": NEAR_TOWN,
           "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {
    "Renamo leader Afonso Dhlakama@2000-01-01":
        "Renamo stays REB whatever the date (dating it OPP after the 1992 Rome accord was tried and turned "
        "'Renamo gunmen' of its 2013-2019 war into the opposition), and its leader by the group takes it",
    "Chechen warlord Salman Raduyev@2000-01-01":
        "'warlord' before a listed rebel's name keeps its armed role (RUSUAF); the table's REB row is not "
        "asked when the title names a sector (bare 'Chechen warlords' are RUSREB now)",
    "residents@2000-01-01":
        "the town is right (AGO, 'Kuito' a town of the Angolan war); people 'near' a town take no country "
        "from it (the phrase path places by 'in', not 'near'), so bare 'residents' stay no one",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
