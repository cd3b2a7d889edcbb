"""Probe set, twenty-ninth actors set (forty-second session, wip/actors44): the actors of 1985-2005 agency
copy scored at the story's own date, in the regions whose wars and juntas filled the era's wires: West and
Central Africa (Liberia's and Sierra Leone's factions, Congo-Brazzaville's militias, Zaire's and the Congo's
rebels, Rwanda and Burundi, Chad, Niger, Mali), the Andes, Central America, the Caucasus, Central Asia and
Afghanistan, South and South-East Asia and the Gulf. Every sentence our own wording, written and committed
before the coder ran on any of them. The phrase is looked up as the events stage does (`actor_for_span`).

- ERA_PEOPLE: leaders, ministers, officials, opposition, militia and rebel leaders of the era by their kind
  and term (a military ruler is the government, a militia leader UAF, a guerrilla leader REB, a party
  leader out of office OPP).
- MISSIONS: peacekeepers and monitors by their mission's acronym (a U.N. mission IGOUNO, ECOMOG IGOWAFWAS,
  the NATO-led forces IGOWSTNAT).
- PLACED: a state named by its capital when it acts, an office or a ministry's spokesman named alone under a
  dateline, "the junta" (MIL, by the written convention), "the regime", "the rebels" placed by the
  dateline, and a recognised government in exile.
- CONTROLS: readings that must stay (the same people in later offices).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

ERA_PEOPLE: list[Probe] = [
    # Liberia and Sierra Leone
    Probe("Alhaji Kromah said his fighters would hand in their guns to the peacekeepers.", "Alhaji Kromah",
          "LBRREB", None, "1995-06-01"),
    Probe("Roosevelt Johnson refused to leave his barracks in Monrovia.", "Roosevelt Johnson", "LBRREB",
          None, "1996-04-10"),
    Probe("Sekou Conneh said his fighters were closing in on the capital.", "Sekou Conneh", "LBRREB", None,
          "2003-06-01"),
    Probe("Prince Johnson paraded the captured president before his men.", "Prince Johnson", "LBRREB",
          None, "1990-09-10"),
    Probe("Johnny Paul Koroma suspended the constitution and banned political parties.",
          "Johnny Paul Koroma", "SLEGOV", None, "1997-05-28"),
    Probe("Sam Bockarie threatened to burn the capital.", "Sam Bockarie", "SLEREB", None, "1998-12-20"),
    Probe("Valentine Strasser promised to hand power to an elected government.", "Valentine Strasser",
          "SLEGOV", None, "1994-06-01"),
    # Congo-Brazzaville, Zaire and the Congo
    Probe("Pascal Lissouba accused his rivals of arming their militias.", "Pascal Lissouba", "COGGOV", None,
          "1997-06-10"),
    Probe("Jean-Pierre Bemba said his rebels had taken the airport at Gbadolite.", "Jean-Pierre Bemba",
          "CODREB", None, "1998-12-01"),
    Probe("Ernest Wamba dia Wamba said his movement would attend the talks.", "Ernest Wamba dia Wamba",
          "CODREB", None, "1999-06-01"),
    Probe("Emile Ilunga accused Kinshasa of arming Hutu militias.", "Emile Ilunga", "CODREB", None,
          "1999-01-15"),
    # Rwanda and Burundi
    Probe("Faustin Twagiramungu named a cabinet of national unity.", "Faustin Twagiramungu", "RWAGOV", None,
          "1994-07-19"),
    Probe("Leonard Nyangoma said his fighters would attack the capital.", "Leonard Nyangoma", "BDIREB",
          None, "1996-06-01"),
    # Chad, Niger, Mali
    Probe("Youssouf Togoimi said his rebels had seized a garrison in the Tibesti.", "Youssouf Togoimi",
          "TCDREB", None, "1999-06-01"),
    Probe("Ibrahim Bare Mainassara dissolved the national assembly.", "Ibrahim Bare Mainassara", "NERGOV",
          None, "1996-01-28"),
    Probe("Mano Dayak said the Tuareg fighters would attend the talks in Paris.", "Mano Dayak", "NERREB",
          None, "1994-06-01"),
    Probe("Iyad Ag Ghali said his fighters would respect the truce.", "Iyad Ag Ghali", "MLIREB", None,
          "1991-01-10"),
    # the Andes
    Probe("Victor Polay was captured in a Lima cafe.", "Victor Polay", "PERREB", None, "1992-06-10"),
    Probe("Nestor Cerpa demanded the release of his jailed comrades.", "Nestor Cerpa", "PERREB", None,
          "1997-01-01"),
    Probe("Raul Reyes said the rebels would not free the soldiers.", "Raul Reyes", "COLREB", None,
          "2000-06-01"),
    Probe("Carlos Castano said his fighters would not hand over their weapons.", "Carlos Castano", "COLUAF",
          None, "2001-06-01"),
    Probe("Felipe Quispe called on peasants to block the highways.", "Felipe Quispe", "BOLOPP", None,
          "2000-09-20"),
    Probe("Abdala Bucaram announced a rise in fuel prices.", "Abdala Bucaram", "ECUGOV", None,
          "1996-12-01"),
    # Central America
    Probe("Adolfo Calero said the rebels would not lay down their arms.", "Adolfo Calero", "NICREB", None,
          "1987-06-01"),
    Probe("Miguel d'Escoto accused Washington of arming the rebels.", "Miguel d'Escoto", "NICGOV", None,
          "1986-06-01"),
    Probe("Joaquin Villalobos said the rebels would keep up the offensive.", "Joaquin Villalobos", "SLVREB",
          None, "1989-11-15"),
    Probe("Vinicio Cerezo promised to bring the army under civilian control.", "Vinicio Cerezo", "GTMGOV",
          None, "1988-06-01"),
    # the Caucasus
    Probe("Surat Huseynov ordered his troops to march on Baku.", "Surat Huseynov", "AZEREB", None,
          "1993-06-10"),
    Probe("Abulfaz Elchibey accused Armenia of an invasion.", "Abulfaz Elchibey", "AZEGOV", None,
          "1993-04-05"),
    Probe("Vazgen Sargsyan said the army would not cross the border.", "Vazgen Sargsyan", "ARMGOV", None,
          "1994-06-01"),
    Probe("Jaba Ioseliani said his militiamen would defend Tbilisi.", "Jaba Ioseliani", "GEOUAF", None,
          "1992-06-01"),
    Probe("Ludvig Chibirov rejected any return to Georgian rule.", "Ludvig Chibirov", "GEOREB", None,
          "1997-06-01"),
    Probe("Ruslan Gelayev said his fighters would retake the city.", "Ruslan Gelayev", "RUSREB", None,
          "2000-02-01"),
    # Central Asia and Afghanistan
    Probe("Sayid Abdullo Nuri said the opposition would return to the talks.", "Sayid Abdullo Nuri",
          "TJKREB", None, "1996-06-01"),
    Probe("Juma Namangani said his fighters would overthrow the government in Tashkent.", "Juma Namangani",
          "UZBREB", None, "1999-09-01"),
    # (written AFGGOV; corrected after the first run as a writing error by the written convention: the
    # Taliban are AFGREB until 2021, tenure.RULED and Mullah Omar's row)
    Probe("Wakil Ahmed Muttawakil said the movement would not hand over its guest.", "Wakil Ahmed Muttawakil",
          "AFGREB", None, "2000-06-01"),
    # South and South-East Asia
    Probe("Anton Balasingham said the rebels were ready for talks.", "Anton Balasingham", "LKAREB", None,
          "2002-06-01"),
    Probe("Yasin Malik called on Kashmiris to boycott the vote.", "Yasin Malik", "INDREB", None,
          "1990-06-01"),
    # (written MMRGOV; corrected after the first run as a writing error by the written convention: Burma's
    # SLORC and its chairman stay MIL, docs/actors.md, tenth and twenty-seventh sessions, and the table's row)
    Probe("Saw Maung said the army would not hand over power before a constitution.", "Saw Maung", "MMRMIL",
          None, "1990-07-01"),
    Probe("Khieu Samphan said the guerrillas would not disarm.", "Khieu Samphan", "KHMREB", None,
          "1993-03-01"),
    Probe("Abdullah Syafei said the rebels would fight on.", "Abdullah Syafei", "IDNREB", None, "2001-06-01"),
    Probe("Hashim Salamat rejected the government's deadline.", "Hashim Salamat", "PHLREB", None,
          "1999-06-01"),
    # the Gulf
    Probe("Latif Nassif Jassim said Baghdad would never withdraw.", "Latif Nassif Jassim", "IRQGOV", None,
          "1990-12-01"),
    Probe("Mohammed Baqir al-Hakim called on Iraqis to rise up.", "Mohammed Baqir al-Hakim", "IRQREB", None,
          "1995-06-01"),
    Probe("Saad al-Abdullah al-Sabah returned to Kuwait City.", "Saad al-Abdullah al-Sabah", "KWTGOV", None,
          "1991-03-04"),
]

MISSIONS: list[Probe] = [
    Probe("UNOMIG observers counted the heavy weapons.", "UNOMIG", "IGOUNO", "TBILISI", "1995-06-01"),
    Probe("ONUMOZ began collecting the guerrillas' weapons.", "ONUMOZ", "IGOUNO", "MAPUTO", "1994-06-01"),
    Probe("UNAMSIL troops were taken hostage by the rebels.", "UNAMSIL", "IGOUNO", "FREETOWN", "2000-05-05"),
    Probe("MONUC said it had no mandate to protect the town.", "MONUC", "IGOUNO", "KINSHASA", "2002-06-01"),
    Probe("UNPROFOR troops escorted the convoy into the enclave.", "UNPROFOR", "IGOUNO", "SARAJEVO",
          "1994-06-01"),
    Probe("ECOMOG jets bombed the rebels' headquarters.", "ECOMOG", "IGOWAFWAS", "FREETOWN", "1998-02-10"),
    Probe("SFOR troops arrested a war crimes suspect.", "SFOR", "IGOWSTNAT", "SARAJEVO", "1998-06-01"),
]

PLACED: list[Probe] = [
    # (the three capitals written USAGOV, RUSGOV, IRQGOV; corrected after the first run as writing errors by
    # the written convention: the actors lookup gives a capital its country, and the events stage makes a
    # capital that acts its government, docs/events.md, fourteenth session; the event rows check that)
    Probe("Washington accused Moscow of breaking the treaty.", "Washington", "USA", "MOSCOW",
          "1987-06-01"),
    Probe("Moscow rejected the American proposal.", "Moscow", "RUS", "WASHINGTON", "1995-06-01"),
    Probe("Tehran accused Baghdad of shelling its border towns.", "Baghdad", "IRQ", "NICOSIA",
          "1987-06-01"),
    # (written IRNGOV; corrected after the first run as a writing error by the written convention: sectors
    # concatenate in the order of the words, "government spokesman" GOVMED, phrases)
    Probe("A foreign ministry spokesman denied the report.", "A foreign ministry spokesman", "IRNGOVMED",
          "TEHRAN", "1995-06-01"),
    Probe("The junta banned all public gatherings.", "The junta", "SLEMIL", "FREETOWN", "1997-07-01"),
    # (written MMRGOV; corrected after the first run as a writing error by the written convention: "the
    # regime" never takes the dateline, being as often the other side's, docs/actors.md, "Country")
    Probe("The regime freed two opposition politicians.", "The regime", None, "RANGOON", "1995-07-10"),
    Probe("The rebels overran an army camp in the north.", "The rebels", "LKAREB", "COLOMBO", "1996-07-20"),
    Probe("The rebels shelled the port overnight.", "The rebels", "LBRREB", "MONROVIA", "1992-11-01"),
    Probe("The government in exile appealed for international help.", "The government in exile", "SLEGOV",
          "CONAKRY", "1997-09-01"),
    Probe("The Kuwaiti government in exile pledged money to the allies.", "The Kuwaiti government in exile",
          "KWTGOV", "TAIF", "1990-09-10"),
]

CONTROLS: list[Probe] = [
    Probe("Idriss Deby dissolved the government.", "Idriss Deby", "TCDGOV", None, "1995-06-01"),
    Probe("Jean-Pierre Bemba was sworn in as vice-president.", "Jean-Pierre Bemba", "CODGOV", None,
          "2003-07-20"),
    Probe("Vazgen Sargsyan presented his cabinet to parliament.", "Vazgen Sargsyan", "ARMGOV", None,
          "1999-06-15"),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("George Boley said his fighters would join the disarmament.", "George Boley", "LBRREB", None,
          "1995-06-01"),
    Probe("Hezekiah Bowen ordered his soldiers back to their barracks.", "Hezekiah Bowen", "LBRMIL", None,
          "1994-06-01"),
    Probe("Bernard Kolelas named a government of national unity.", "Bernard Kolelas", "COGGOV", None,
          "1997-09-15"),
    Probe("Azarias Ruberwa said the rebels would not sign the accord.", "Azarias Ruberwa", "CODREB", None,
          "2002-06-01"),
    Probe("Goukouni Oueddei said his forces would fight on in the north.", "Goukouni Oueddei", "TCDREB",
          None, "1986-06-01"),
    Probe("Oscar Ramirez Durand said his fighters would carry on the war.", "Oscar Ramirez Durand", "PERREB",
          None, "1998-06-01"),
    Probe("Eden Pastora said his guerrillas would leave their bases.", "Eden Pastora", "NICREB", None,
          "1985-06-01"),
    Probe("Movladi Udugov said the fighters would not leave the city.", "Movladi Udugov", "RUSREB", None,
          "1996-08-10"),
    Probe("Akbar Turajonzoda said the opposition would resume the talks.", "Akbar Turajonzoda", "TJKREB",
          None, "1995-06-01"),
    Probe("Hamid Yusuf Hammadi said the sanctions were killing children.", "Hamid Yusuf Hammadi", "IRQGOV",
          None, "1996-06-01"),
    Probe("Iran will not negotiate under threat, a foreign ministry spokesman said.",
          "a foreign ministry spokesman", "IRNGOVMED", "NICOSIA", "1995-06-01"),
    Probe("Burma freed two dissidents on Monday. The regime said more would be released.", "The regime",
          "MMRGOV", "BANGKOK", "1995-07-10"),
    Probe("The junta arrested the leader of the opposition.", "The junta", "NGAMIL", "LAGOS", "1994-06-23"),
    Probe("KFOR troops arrested two men near the boundary.", "KFOR", "IGOWSTNAT", "PRISTINA", "2000-06-01"),
    Probe("The Tibetan government-in-exile condemned the arrests.", "The Tibetan government-in-exile",
          "CHNOPP", "DHARAMSALA", "1996-06-01"),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "MISSIONS": MISSIONS, "PLACED": PLACED, "CONTROLS": CONTROLS,
           "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {
    "Saw Maung@1990-07-01":
        "no actor: the parser reads 'Saw' as the verb and NER tags 'Maung' alone, so the table's 'Saw Maung' "
        "(MMRMIL) is never asked",
    "The rebels@COLOMBO1996-07-20":
        "no actor by the span lookup: NER tags nothing on a bare 'The rebels', and the lookup has no mention "
        "to place; the events stage reads the subject's own phrase and places it by the dateline (the event "
        "row 'COLOMBO - The rebels overran an army camp' codes LKAREB)",
    "The rebels@MONROVIA1992-11-01":
        "no actor by the span lookup, as under COLOMBO; the events stage codes 'The rebels' LBRREB",
    "The government in exile@CONAKRY1997-09-01":
        "GINGOV by the span lookup (the stored mention is 'The government', placed by the dateline); the "
        "events stage now unplaces a body in exile (---GOV, events/exiled_bodies.py), but no word in the "
        "sentence says whose it is",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
