"""Probe set, thirtieth actors set (forty-third session, wip/actors45): the actors of 1985-2005 agency copy
scored at the story's own date, in the regions whose wars, transitions and peace talks filled the era's wires:
the Balkans (Serbia, Croatia, Bosnia's three sides, Kosovo, Macedonia, Albania, Montenegro), Eastern Europe's
transitions, the Horn of Africa, Southern Africa, North Africa, the Southern Cone, the two Koreas and Japan,
Indochina and the Levant. Every sentence our own wording, written and committed before the coder ran on any
of them. The phrase is looked up as the events stage does (`actor_for_span`).

- ERA_PEOPLE: leaders, ministers, generals, officials, opposition, militia and rebel leaders of the era by
  their kind and term (a minister GOV, an army chief MIL, a guerrilla or faction leader REB, a militia leader
  UAF, a party leader out of office OPP).
- TITLED: officials named by title or surname after a first mention ("the minister", "Mr X", "the
  general"), a state's envoy to another state, a party in power or in opposition by the story's date.
- GROUPS: peoples and sides as groups ("Kosovo Albanians", "the Bosnian Serbs", "Palestinians"), and state
  agencies and media quoted as sources (TASS, Xinhua, KCNA, IRNA, Radio Baghdad).
- CONTROLS: readings that must stay.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

ERA_PEOPLE: list[Probe] = [
    # the Balkans
    Probe("Momcilo Krajisnik said the Serb assembly would reject the map.", "Momcilo Krajisnik", "BIHREB",
          None, "1994-07-20"),
    Probe("Biljana Plavsic said the Serbs would never accept a unitary state.", "Biljana Plavsic", "BIHREB",
          None, "1993-06-01"),
    Probe("Haris Silajdzic accused the Serbs of blocking the aid convoys.", "Haris Silajdzic", "BIHGOV",
          None, "1994-06-01"),
    Probe("Goran Hadzic said the Serbs of the Krajina would never live under Zagreb.", "Goran Hadzic",
          "HRVREB", None, "1993-02-01"),
    Probe("Milan Martic ordered rocket attacks on the capital.", "Milan Martic", "HRVREB", None,
          "1995-05-02"),
    # (written HRVGOV; corrected after the first run as a writing error by the written convention: a defence
    # minister is GOVMIL, docs/actors.md's sector table, as the table's defence ministers are)
    Probe("Gojko Susak said the army had retaken the whole region.", "Gojko Susak", "HRVGOVMIL", None,
          "1995-08-07"),
    Probe("Janko Bobetko ordered his troops to hold the pocket.", "Janko Bobetko", "HRVMIL", None,
          "1993-09-12"),
    Probe("Hashim Thaci said the guerrillas would sign only a deal that led to independence.",
          "Hashim Thaci", "SRBREB", None, "1999-02-20"),
    Probe("Agim Ceku said his fighters would hand in their heavy weapons.", "Agim Ceku", "SRBREB", None,
          "1999-06-20"),
    Probe("Ali Ahmeti said his fighters would lay down their arms.", "Ali Ahmeti", "MKDREB", None,
          "2001-08-15"),
    Probe("Ljubco Georgievski accused the guerrillas of trying to split the country.", "Ljubco Georgievski",
          "MKDGOV", None, "2001-06-01"),
    Probe("Fatos Nano promised to collect the looted weapons.", "Fatos Nano", "ALBGOV", None, "1997-09-01"),
    Probe("Milo Djukanovic said his republic would not be dragged into the war.", "Milo Djukanovic",
          "MNEGOV", None, "1999-04-10"),
    Probe("Vuk Draskovic led tens of thousands of protesters through the capital.", "Vuk Draskovic",
          "SRBOPP", None, "1996-12-01"),
    Probe("Zoran Djindjic called on the protesters to stay in the streets.", "Zoran Djindjic", "SRBOPP",
          None, "1997-01-15"),
    # Eastern Europe
    Probe("Czeslaw Kiszczak met the strike leaders in Gdansk.", "Czeslaw Kiszczak", "POLGOV", None,
          "1988-08-31"),
    Probe("Ladislav Adamec met the leaders of the Civic Forum.", "Ladislav Adamec", "CZEGOV", None,
          "1989-11-28"),
    Probe("Vytautas Landsbergis called on the West to condemn the killings.", "Vytautas Landsbergis",
          "LTUGOV", None, "1991-01-14"),
    Probe("Mircea Snegur accused Russian troops of helping the separatists.", "Mircea Snegur", "MDAGOV",
          None, "1992-06-01"),
    # the Horn of Africa
    Probe("Ali Mahdi Mohamed accused his rival of shelling the north of the city.", "Ali Mahdi Mohamed",
          "SOMREB", None, "1993-06-01"),
    Probe("Osman Ali Atto said his militia would open the port.", "Osman Ali Atto", "SOMREB", None,
          "1996-06-01"),
    Probe("Riek Machar said his faction had broken with the movement's leader.", "Riek Machar", "SDNREB",
          None, "1992-06-01"),
    Probe("Sadiq al-Mahdi said his government would not repeal Islamic law.", "Sadiq al-Mahdi", "SDNGOV",
          None, "1988-06-01"),
    # Southern Africa
    Probe("Afonso Dhlakama said his guerrillas would respect the ceasefire.", "Afonso Dhlakama", "MOZREB",
          None, "1990-12-01"),
    Probe("Adriaan Vlok banned the protest march.", "Adriaan Vlok", "ZAFGOV", None, "1989-08-01"),
    Probe("Clarence Makwetu said the movement would not suspend its armed struggle.", "Clarence Makwetu",
          "ZAFOPP", None, "1993-06-01"),
    Probe("Morgan Tsvangirai accused the ruling party of rigging the vote.", "Morgan Tsvangirai", "ZWEOPP",
          None, "2000-06-28"),
    # North Africa
    # (written DZAGOV; corrected after the first run as a writing error by the same convention: Nezzar was
    # defence minister in 1992, GOVMIL)
    Probe("Khaled Nezzar said the army would not allow an Islamic state.", "Khaled Nezzar", "DZAGOVMIL", None,
          "1992-06-01"),
    Probe("Antar Zouabri claimed the massacres in a communique.", "Antar Zouabri", "DZAREB", None,
          "1998-01-10"),
    Probe("Rached Ghannouchi accused the government of torturing his followers.", "Rached Ghannouchi",
          "TUNOPP", None, "1995-06-01"),
    Probe("Mohamed Abdelaziz said the front would boycott the referendum.", "Mohamed Abdelaziz", "ESHREB",
          None, "1995-06-01"),
    # the Southern Cone
    Probe("Domingo Cavallo announced a new round of spending cuts.", "Domingo Cavallo", "ARGGOV", None,
          "1992-06-01"),
    Probe("Lino Oviedo refused to step down as army commander.", "Lino Oviedo", "PRYMIL", None,
          "1996-04-23"),
    # the Koreas and Japan
    Probe("Kim Yong-nam rejected the inspections as an insult.", "Kim Yong-nam", "PRKGOV", None,
          "1992-06-01"),
    Probe("Kang Sok-ju signed the framework agreement in Geneva.", "Kang Sok-ju", "PRKGOV", None,
          "1994-10-21"),
    # Indochina
    Probe("Nguyen Co Thach said the troops would leave Cambodia by September.", "Nguyen Co Thach", "VNMGOV",
          None, "1989-04-05"),
    Probe("Ieng Sary said the guerrillas would not disarm.", "Ieng Sary", "KHMREB", None, "1993-06-01"),
    Probe("Norodom Ranariddh accused his co-premier of plotting a coup.", "Norodom Ranariddh", "KHMGOV",
          None, "1996-06-01"),
    # the Levant
    Probe("Amnon Lipkin-Shahak said the army would stay in the security zone.", "Amnon Lipkin-Shahak",
          "ISRMIL", None, "1996-06-01"),
    Probe("George Habash rejected the peace talks.", "George Habash", "PSEREB", None, "1991-10-20"),
    Probe("Fathi Shiqaqi vowed more suicide attacks.", "Fathi Shiqaqi", "PSEREB", None, "1995-01-25"),
    Probe("Abbas Musawi said the guerrillas would keep up their attacks.", "Abbas Musawi", "LBNREB", None,
          "1991-08-01"),
    Probe("Samir Geagea ordered his militiamen to lift the siege.", "Samir Geagea", "LBNUAF", None,
          "1989-06-01"),
    Probe("Farouk al-Sharaa said Syria wanted a full withdrawal from the Golan.", "Farouk al-Sharaa",
          "SYRGOV", None, "1991-10-30"),
]

TITLED: list[Probe] = [
    Probe("Foreign Minister Farouk al-Sharaa arrived in Madrid on Tuesday. The minister said Syria wanted "
          "all its land back.", "The minister", "SYRGOV", None, "1991-10-29"),
    Probe("Ukrainian President Leonid Kravchuk met the Russian leader. Mr Kravchuk said the fleet must be "
          "divided.", "Mr Kravchuk", "UKRGOV", None, "1993-06-01"),
    Probe("General Lino Oviedo refused to leave his post. The general said he had the army's support.",
          "The general", "PRYMIL", None, "1996-04-23"),
    Probe("Iraq's envoy to the United Nations rejected the resolution.", "Iraq's envoy to the United Nations",
          "IRQGOV", None, "1990-08-10"),
    Probe("Syria's ambassador to Egypt delivered a message from his president.",
          "Syria's ambassador to Egypt", "SYRGOV", None, "1990-06-01"),
    Probe("The Likud accused Labour of selling out the settlers.", "The Likud", "ISRGOV", None,
          "1990-06-01"),
    Probe("The Likud accused the government of giving away the Golan.", "The Likud", "ISROPP", None,
          "1994-06-01"),
    Probe("Funcinpec accused the CPP of intimidating its members.", "Funcinpec", "KHMOPP", None,
          "1998-06-01"),
    Probe("The MPLA rejected UNITA's demands for a share of power.", "The MPLA", "AGOGOV", None,
          "1992-10-10"),
    Probe("Frelimo agreed to hold multi-party elections.", "Frelimo", "MOZGOV", None, "1990-06-01"),
    Probe("The FIS called on its supporters to stay calm.", "The FIS", "DZAOPP", None, "1991-12-27"),
]

GROUPS: list[Probe] = [
    Probe("Kosovo Albanians boycotted the Serbian elections.", "Kosovo Albanians", "SRB", None,
          "1993-12-20"),
    Probe("The Bosnian Serbs rejected the peace plan.", "The Bosnian Serbs", "BIHREB", None, "1994-07-20"),
    Probe("Palestinians threw stones at the soldiers in Hebron.", "Palestinians", "PSE", None,
          "1988-06-01"),
    Probe("TASS said the talks had been useful.", "TASS", "USRMED", None, "1987-06-01"),
    Probe("Xinhua said the premier had met the visiting minister.", "Xinhua", "CHNMED", None, "1995-06-01"),
    Probe("KCNA accused Seoul of preparing for war.", "KCNA", "PRKMED", None, "1996-06-01"),
    Probe("IRNA said the pilgrims had returned home.", "IRNA", "IRNMED", None, "1988-06-01"),
    Probe("Radio Baghdad said the allied planes had been driven off.", "Radio Baghdad", "IRQMED", None,
          "1991-01-20"),
]

CONTROLS: list[Probe] = [
    Probe("Frederick Chiluba dissolved parliament.", "Frederick Chiluba", "ZMBGOV", None, "1996-06-01"),
    Probe("Hashim Thaci was sworn in as prime minister of Kosovo.", "Hashim Thaci", "XKXGOV", None,
          "2008-01-09"),
    Probe("Vojislav Kostunica accused NATO of bombing civilians.", "Vojislav Kostunica", "SRBOPP", None,
          "1999-05-01"),
    Probe("The Likud named a new leader.", "The Likud", "ISRGOV", None, "1997-06-01"),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Nikola Koljevic said the Serbs would keep the territory they held.", "Nikola Koljevic", "BIHREB",
          None, "1993-06-01"),
    Probe("Adem Demaci said the guerrillas would not attend the talks.", "Adem Demaci", "SRBREB", None,
          "1998-10-01"),
    Probe("Jozef Oleksy denied that he had spied for Moscow.", "Jozef Oleksy", "POLGOV", None, "1995-12-21"),
    Probe("Ivan Kostov promised to speed up the sale of state firms.", "Ivan Kostov", "BGRGOV", None,
          "1998-06-01"),
    Probe("Petru Lucinschi said the separatists must accept autonomy within Moldova.", "Petru Lucinschi",
          "MDAGOV", None, "1998-06-01"),
    Probe("Tamrat Layne said the government would hold regional elections.", "Tamrat Layne", "ETHGOV", None,
          "1993-06-01"),
    Probe("Omar Jess said his militia would leave Kismayu.", "Omar Jess", "SOMREB", None, "1993-02-01"),
    Probe("Theo-Ben Gurirab said Namibia would not allow its territory to be used against Angola.",
          "Theo-Ben Gurirab", "NAMGOV", None, "1995-06-01"),
    Probe("Cyril Ramaphosa said the movement would not return to the talks.", "Cyril Ramaphosa", "ZAFOPP",
          None, "1992-06-25"),
    Probe("Sid Ahmed Ghozali promised free elections by the end of the year.", "Sid Ahmed Ghozali", "DZAGOV",
          None, "1991-07-01"),
    Probe("Enrique Silva Cimma said Chile would seek the general's extradition.", "Enrique Silva Cimma",
          "CHLGOV", None, "1991-06-01"),
    Probe("Son Sen said the guerrillas would not let the U.N. troops into their zones.", "Son Sen", "KHMREB",
          None, "1992-07-01"),
    Probe("Dan Shomron said the army would crush the uprising.", "Dan Shomron", "ISRMIL", None, "1988-02-01"),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "TITLED": TITLED, "GROUPS": GROUPS, "CONTROLS": CONTROLS,
           "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {
    "Funcinpec@1998-06-01":
        "KHMGOV by the party table (`tenure`, Funcinpec in government 1993-2008): after the July 1997 "
        "fighting Ranariddh's wing campaigned against the CPP, but Ung Huot's Funcinpec ministers stayed in "
        "the coalition, so the party's spell is not cut; the row reads Ranariddh's wing (his row: KHMOPP)",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
