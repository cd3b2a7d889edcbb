"""Probe set, twenty-fourth actors set (thirty-seventh session, wip/actors39): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01) or the story's own, from the thirty-sixth
session's open actor gaps taken as classes, with fresh sentences, and the era's actors the tables may lack.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording, written
and committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`); rows carry the GSR date unless they say otherwise.

- ERA_PEOPLE: era leaders by kind and term (Somali faction leaders, Nigerian labour and opposition leaders,
  Latin American presidents and guerrilla chiefs, their like in Asia and Africa).
- ERA_GROUPS: groups by their era names ("the Marines", "the Interahamwe", "the Contras", "the Khmer
  Rouge", "the mujahideen", "the Sandinistas").
- DEMONYMS: national adjectives and demonyms of the era's smaller states, and bodies by their own names
  (parliaments by their native names).
- IGO_OFFICES: office holders named only by the office of a body ("the UNHCR chief", "the OAU
  secretary-general", "the NATO commander") and controls of a state's office.
- PLACED: actors that take the country from the dateline, a possessor or an of-phrase (unnamed soldiers
  and police of a lead whose act is in a disputed or rebel town; foreign tourists are nobody's).

First run (main ddf703b6 + this file, committed 8efc72a2 before any run): 34 of 47 (era people 10 / 16, era
groups 7 / 8, demonyms 8 / 10, IGO offices 5 / 6, placed 4 / 7). One row was corrected after the run as a
writing error by the IGO table: the Arab League is IGOMEAARL (the row guessed IGOARBALL); with it the first
run reads 35 of 47. After the fixes (era leaders' rows, a held territory's forces, a bare "Marines",
adjectives countryinfo lacks): 47 of 47.

SECOND, batch 2 (23 rows, committed e9f9a71b after the first fixes and before any run on it): first run 15 of
23 (the misses: labour and rebel leaders before their office, Chiluba, Tsvangirai, Walesa, Deby; Kenneth
Matiba; the JVP; a lower-case particle in a shared plural title's first name; "Byelorussian officials", which
was a writing error by the convention, "officials" names no sector: BLR, so 16 of 23). After the fixes: 23 of
23.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ERA_PEOPLE: list[Probe] = [
    Probe("Ali Mahdi Mohamed rejected the peace plan drawn up in Addis Ababa.", "Ali Mahdi Mohamed", "SOMREB",
          None, "1993-06-01"),
    Probe("Mohamed Farah Aidid accused the U.N. of trying to kill him.", "Mohamed Farah Aidid", "SOMREB",
          None, "1993-07-01"),
    Probe("Hussein Aidid flew to Cairo for talks with rival clan leaders.", "Hussein Aidid", "SOMREB", None,
          GSR),
    Probe("Frank Kokori was arrested after calling the oil workers out on strike.", "Frank Kokori", "NGALAB",
          None, "1994-08-20"),
    Probe("Moshood Abiola proclaimed himself president at a rally in Lagos.", "Moshood Abiola", "NGAOPP",
          None, "1994-06-12"),
    Probe("Ernesto Samper denied that drug money had financed his campaign.", "Ernesto Samper", "COLGOV",
          None, "1996-01-01"),
    Probe("Cesar Gaviria offered lenient terms to traffickers who surrendered.", "Cesar Gaviria", "COLGOV",
          None, "1991-06-01"),
    Probe("Manuel Marulanda sent a letter to the president proposing a ceasefire.", "Manuel Marulanda",
          "COLREB", None, GSR),
    Probe("Abimael Guzman called on his followers to lay down their arms.", "Abimael Guzman", "PERREB", None,
          "1993-10-01"),
    Probe("Alfredo Cristiani signed the peace accord with the guerrillas.", "Alfredo Cristiani", "SLVGOV",
          None, "1992-01-16"),
    Probe("Violeta Chamorro took the oath of office in Managua.", "Violeta Chamorro", "NICGOV", None,
          "1990-04-25"),
    Probe("Daniel Ortega accused the government of betraying the poor.", "Daniel Ortega", "NICOPP", None,
          GSR),
    Probe("Gen. Sani Abacha dissolved all the country's elected bodies.", "Gen. Sani Abacha", "NGAGOV", None,
          "1993-11-18"),
    Probe("Ieng Sary broke with the guerrilla leadership and took his men over to the government.",
          "Ieng Sary", "KHMREB", None, "1996-08-15"),
    Probe("Gerardo Aguirre Ruiz attended the conference.", "Gerardo Aguirre Ruiz", None, None, GSR),
    Probe("Oil workers' leader Frank Kokori remained in detention.", "Oil workers' leader Frank Kokori",
          "NGALAB", None, "1996-01-01"),
]

ERA_GROUPS: list[Probe] = [
    Probe("The Marines came ashore at dawn and secured the airport.", "The Marines", "USAMIL", "MOGADISHU",
          "1992-12-09"),
    Probe("The Interahamwe manned roadblocks across the capital.", "The Interahamwe", "RWAUAF", "KIGALI",
          "1994-05-01"),
    Probe("The Contras attacked a farming cooperative near the border.", "The Contras", "NICREB", None,
          "1987-06-01"),
    Probe("The Khmer Rouge refused to disarm under the peace plan.", "The Khmer Rouge", "KHMREB", None,
          "1993-05-01"),
    Probe("Afghan mujahideen shelled the garrison at Jalalabad.", "Afghan mujahideen", "AFGREB", None,
          "1989-04-01"),
    Probe("The Sandinistas agreed to hold elections in February.", "The Sandinistas", "NICGOV", None,
          "1989-08-01"),
    Probe("Tupac Amaru rebels held the ambassador's residence.", "Tupac Amaru rebels", "PERREB", None,
          "1997-01-01"),
    Probe("The Mai-Mai ambushed a convoy on the road to Bukavu.", "The Mai-Mai", "CODUAF", None, GSR),
]

DEMONYMS: list[Probe] = [
    Probe("Burkinabe soldiers seized the radio station.", "Burkinabe soldiers", "BFAMIL", None, GSR),
    Probe("Malagasy troops took up positions around the port.", "Malagasy troops", "MDGMIL", None, GSR),
    Probe("Surinamese soldiers patrolled the eastern border.", "Surinamese soldiers", "SURMIL", None, GSR),
    Probe("Comorian troops landed on Anjouan.", "Comorian troops", "COMMIL", None, GSR),
    Probe("Zairean troops fled ahead of the rebel advance.", "Zairean troops", "CODMIL", None, "1997-03-01"),
    Probe("The Knesset approved the budget in a late vote.", "The Knesset", "ISRLEG", None, GSR),
    Probe("The Sejm passed the privatisation law.", "The Sejm", "POLLEG", None, GSR),
    Probe("The Majlis rejected the press bill.", "The Majlis", "IRNLEG", None, GSR),
    Probe("The Lok Sabha was adjourned amid uproar.", "The Lok Sabha", "INDLEG", None, GSR),
    Probe("The Storting voted against membership.", "The Storting", "NORLEG", None, "1994-11-28"),
]

IGO_OFFICES: list[Probe] = [
    Probe("The UNHCR chief visited the camps near the border.", "The UNHCR chief", "IGOUNOREFHCR", None, GSR),
    Probe("The OAU secretary-general flew to Asmara.", "The OAU secretary-general", "IGOAFROAU", None, GSR),
    Probe("The NATO commander said the bombing would go on.", "The NATO commander", "IGOWSTNAT", None,
          "1999-05-01"),
    Probe("The IAEA chief demanded access to the sites.", "The IAEA chief", "IGOUNOIAE", None, GSR),
    Probe("The Arab League secretary-general arrived in Beirut.", "The Arab League secretary-general",
          "IGOMEAARL", None, GSR),
    Probe("The Nigerian army chief flew to Freetown.", "The Nigerian army chief", "NGAMIL", None, GSR),
]

PLACED: list[Probe] = [
    Probe("Soldiers fired tear gas at stone-throwing youths in Hebron.", "Soldiers", "ISRMIL", "JERUSALEM",
          GSR),
    Probe("Police arrested two Palestinians in Nablus.", "Police", "ISRCOP", "JERUSALEM", "1993-06-01"),
    Probe("Troops raided houses in the old city of Srinagar.", "Troops", "INDMIL", "NEW DELHI", GSR),
    Probe("Soldiers fired on a crowd in Dili.", "Soldiers", "IDNMIL", "JAKARTA", "1991-11-12"),
    Probe("Police in Pristina detained three ethnic Albanian activists.", "Police in Pristina", "SRBCOP",
          "BELGRADE", "1998-03-01"),
    Probe("Nigeria's military rulers released the former head of state.", "Nigeria's military rulers",
          "NGAGOV", None, "1998-06-15"),
    Probe("The speaker of Uganda's parliament opened the session.", "The speaker of Uganda's parliament",
          "UGALEG", None, GSR),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Frederick Chiluba called the copper miners out on a general strike.", "Frederick Chiluba",
          "ZMBLAB", None, "1990-06-01"),
    Probe("Morgan Tsvangirai led a stayaway against the new taxes.", "Morgan Tsvangirai", "ZWELAB", None,
          "1997-12-09"),
    Probe("Morgan Tsvangirai accused the ruling party of rigging the referendum.", "Morgan Tsvangirai",
          "ZWEOPP", None, GSR),
    Probe("Lech Walesa called off the strike at the Gdansk shipyard.", "Lech Walesa", "POLLAB", None,
          "1988-09-01"),
    Probe("Idriss Deby's rebels advanced on N'Djamena.", "Idriss Deby", "TCDREB", None, "1990-11-20"),
    Probe("Hissene Habre accused Libya of arming the rebels.", "Hissene Habre", "TCDGOV", None, "1988-03-01"),
    Probe("Gulbuddin Hekmatyar's guerrillas rocketed Kabul.", "Gulbuddin Hekmatyar", "AFGREB", None,
          "1990-08-01"),
    Probe("Najibullah offered the guerrillas a share of power.", "Najibullah", "AFGGOV", None, "1990-03-01"),
    Probe("Nur Misuari returned from exile for the peace talks.", "Nur Misuari", "PHLREB", None,
          "1993-04-01"),
    Probe("Xanana Gusmao was captured in a house in Dili.", "Xanana Gusmao", "TLSREB", None, "1992-11-20"),
    Probe("Kenneth Matiba addressed an opposition rally in Nairobi.", "Kenneth Matiba", "KENOPP", None,
          "1992-06-01"),
    Probe("The Polisario Front accused Rabat of stalling the referendum.", "The Polisario Front", "ESHREB",
          None, GSR),
    Probe("The Janatha Vimukthi Peramuna enforced a curfew in the south.", "The Janatha Vimukthi Peramuna",
          "LKAREB", None, "1989-08-01"),
    Probe("The Moro Islamic Liberation Front rejected the autonomy deal.",
          "The Moro Islamic Liberation Front", "PHLREB", None, GSR),
    Probe("Soldiers imposed a curfew on Tulkarm.", "Soldiers", "ISRMIL", "JERUSALEM", "1990-05-01"),
    Probe("Police dispersed a sit-in in Smara.", "Police", "MARCOP", "RABAT", GSR),
    Probe("Troops recaptured the town of Kilinochchi.", "Troops", "LKAMIL", "COLOMBO", GSR),
    Probe("Presidents Hafez al-Assad of Syria and Elias Hrawi of Lebanon met in Damascus.", "Elias Hrawi",
          "LBNGOV", None, GSR),
    Probe("Prime Ministers Tansu Ciller of Turkey and Andreas Papandreou of Greece met in Davos.",
          "Andreas Papandreou", "GRCGOV", None, GSR),
    Probe("Byelorussian officials protested the decision.", "Byelorussian officials", "BLR", None,
          "1991-06-01"),
    Probe("Antiguan police seized the weapons shipment.", "Antiguan police", "ATGCOP", None, GSR),
    Probe("The ECOWAS executive secretary flew to Monrovia.", "The ECOWAS executive secretary", "IGOWAFWAS",
          None, GSR),
    Probe("The OAS secretary-general arrived in Port-au-Prince.", "The OAS secretary-general", "IGOOAS", None,
          GSR),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "ERA_GROUPS": ERA_GROUPS, "DEMONYMS": DEMONYMS,
           "IGO_OFFICES": IGO_OFFICES, "PLACED": PLACED, "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
