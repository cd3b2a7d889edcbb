"""Probe set, twenty-fifth actors set (thirty-eighth session, wip/actors40): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01) or the story's own, from the thirty-seventh
session's open actor gaps taken as classes, with fresh sentences, and the era's actors the tables may lack.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording, written
and committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`); rows carry the GSR date unless they say otherwise.

- ERA_PEOPLE: era opposition leaders, prosecutors of the international tribunals, U.N. and U.S. special
  envoys and their like, by kind and term.
- OPPOSITION: parties the lead calls "opposition", "ruling" or "then-opposition" whatever the date table
  says of their spells in power, and controls where the table and the word agree.
- BODIES: international tribunals, commissions, inspectors, missions and rights groups by their era names,
  and their officers.
- ERA_GROUPS: rebel movements and parliaments of 1985-2005 across the regions, and demonyms.
- PLACED: actors that take the country from a possessor, an of-phrase or the dateline.

First run (main f7d217fc + this file, committed 40f04a42 before any run): 41 of 62 (era people 7 / 22,
opposition 8 / 10, bodies 8 / 12, era groups 12 / 12, placed 6 / 6). After the fixes (era leaders' rows and
an international officer out of term, the lead's "then-opposition" / "ruling" word, the tribunals' era names,
a "London-based" seat before a body): 62 of 62.

SECOND, batch 2 (24 rows, committed 03e72fe8 after the first fixes and before any run on it): first run 14 of
24 (every miss an era officer or opposition leader the table lacked: Besigye, Raila Odinga and Corazon Aquino
in their opposition years, Kouchner, Vieira de Mello, Bildt, Roed-Larsen, Moratinos, Klein, Cassese; every
rule class held: the side words, the seat words, the tribunals). After their rows: 24 of 24.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ERA_PEOPLE: list[Probe] = [
    Probe("Anderson Mazoka demanded a recount of the presidential vote.", "Anderson Mazoka", "ZMBOPP", None,
          GSR),
    Probe("Jose Francisco Pena Gomez led a march of his supporters through the capital.",
          "Jose Francisco Pena Gomez", "DOMOPP", None, GSR),
    Probe("Carla Del Ponte asked the alliance to arrest the indicted generals.", "Carla Del Ponte",
          "IGOUNOJUDWCT", None, GSR),
    Probe("Chief prosecutor Louise Arbour said the indictment would stand.", "Chief prosecutor Louise Arbour",
          "IGOUNOJUDWCT", None, GSR),
    Probe("Louise Arbour was refused a visa to enter Kosovo.", "Louise Arbour", "IGOUNOJUDWCT", None,
          "1999-01-20"),
    Probe("Richard Goldstone named eight Bosnian Serbs in the new indictment.", "Richard Goldstone",
          "IGOUNOJUDWCT", None, "1995-02-13"),
    Probe("Lakhdar Brahimi flew to Kandahar for talks with the Taliban.", "Lakhdar Brahimi", "IGOUNO", None,
          GSR),
    Probe("Richard Holbrooke told the Security Council that Congo needed peacekeepers.", "Richard Holbrooke",
          "USAGOV", None, GSR),
    Probe("Dennis Ross arrived in Damascus with a letter from the president.", "Dennis Ross", "USAGOV", None,
          GSR),
    Probe("Yasushi Akashi said the elections would go ahead in May.", "Yasushi Akashi", "IGOUNO", None,
          "1993-04-01"),
    Probe("Alvaro de Soto shuttled between the two Cypriot leaders.", "Alvaro de Soto", "IGOUNO", None, GSR),
    Probe("Etienne Tshisekedi called a general strike in Kinshasa.", "Etienne Tshisekedi", "CODOPP", None,
          GSR),
    Probe("Abdoulaye Wade promised to end forty years of Socialist rule.", "Abdoulaye Wade", "SENOPP", None,
          GSR),
    Probe("Zoran Djindjic led thousands of marchers through Belgrade.", "Zoran Djindjic", "SRBOPP", None,
          GSR),
    Probe("Vojislav Kostunica called for early elections.", "Vojislav Kostunica", "SRBOPP", None, GSR),
    Probe("Chen Shui-bian promised a firm line on Beijing.", "Chen Shui-bian", "TWNOPP", None, GSR),
    Probe("Alejandro Toledo accused the government of fraud.", "Alejandro Toledo", "PEROPP", None, GSR),
    Probe("Mamadou Tandja named a new cabinet.", "Mamadou Tandja", "NERGOV", None, GSR),
    Probe("John Fru Ndi called for a boycott of the vote.", "John Fru Ndi", "CMROPP", None, GSR),
    Probe("Emeka Anyaoku flew to Abuja to meet the military rulers.", "Emeka Anyaoku", "IGOCWN", None, GSR),
    # controls: a named office on the date keeps its state
    Probe("Martti Ahtisaari flew to Belgrade with the peace plan.", "Martti Ahtisaari", "FINGOV", None,
          "1999-06-02"),
    Probe("Mohamed ElBaradei said the inspectors would return.", "Mohamed ElBaradei", "IGOUNOIAE", None, GSR),
]

OPPOSITION: list[Probe] = [
    Probe("The opposition Awami League called a general strike.", "The opposition Awami League", "BGDOPP",
          "DHAKA", GSR),
    Probe("The ruling Awami League won the by-election.", "The ruling Awami League", "BGDGOV", "DHAKA", GSR),
    Probe("The opposition Bharatiya Janata Party walked out of parliament.",
          "The opposition Bharatiya Janata Party", "INDOPP", "NEW DELHI", GSR),
    Probe("The opposition Congress party demanded a debate.", "The opposition Congress party", "INDOPP",
          "NEW DELHI", GSR),
    Probe("The opposition Liberal Democratic Party boycotted the session.",
          "The opposition Liberal Democratic Party", "JPNOPP", "TOKYO", GSR),
    Probe("The then-opposition Labour Party pledged to sign the social chapter.",
          "The then-opposition Labour Party", "GBROPP", "LONDON", GSR),
    Probe("The opposition Popular Party called for a vote of confidence.", "The opposition Popular Party",
          "ESPOPP", "MADRID", GSR),
    Probe("The ruling Kuomintang lost its majority in the assembly.", "The ruling Kuomintang", "TWNGOV",
          "TAIPEI", GSR),
    Probe("The opposition Democrats blocked the spending bill.", "The opposition Democrats", "USAOPP",
          "WASHINGTON", GSR),
    Probe("The ruling Socialist Party chose a new leader.", "The ruling Socialist Party", "SENGOV", "DAKAR",
          GSR),
]

BODIES: list[Probe] = [
    Probe("The Hague tribunal's chief prosecutor issued new indictments.",
          "The Hague tribunal's chief prosecutor", "IGOUNOJUDWCT", None, GSR),
    Probe("The Rwanda tribunal convicted the former mayor of genocide.", "The Rwanda tribunal",
          "IGOUNOJUDWCT", None, GSR),
    Probe("The Arusha tribunal adjourned the trial.", "The Arusha tribunal", "IGOUNOJUDWCT", None, GSR),
    Probe("IAEA inspectors left Pyongyang.", "IAEA inspectors", "IGOUNOIAE", None, GSR),
    Probe("The OSCE mission pulled its monitors out of Kosovo.", "The OSCE mission", "IGOEURSCE", None, GSR),
    Probe("OSCE monitors watched the vote in Minsk.", "OSCE monitors", "IGOEURSCE", None, GSR),
    Probe("The London-based Amnesty International said detainees were tortured.",
          "The London-based Amnesty International", "NGOHRIAMN", None, GSR),
    Probe("The New York-based Human Rights Watch urged an inquiry.", "The New York-based Human Rights Watch",
          "NGOHRIHRW", None, GSR),
    Probe("Helsinki Watch said dissidents were held in psychiatric hospitals.", "Helsinki Watch", "NGOHRIHRW",
          None, "1988-06-01"),
    Probe("Africa Watch accused the army of summary executions.", "Africa Watch", "NGOHRIHRW", None,
          "1991-06-01"),
    Probe("The U.N. special rapporteur on Myanmar was refused entry.", "The U.N. special rapporteur",
          "IGOUNO", None, GSR),
    Probe("The war crimes tribunal's prosecutor demanded the general's arrest.",
          "The war crimes tribunal's prosecutor", "IGOUNOJUDWCT", None, GSR),
]

ERA_GROUPS: list[Probe] = [
    Probe("The Lord's Resistance Army raided a camp near Kitgum.", "The Lord's Resistance Army", "UGAREB",
          None, GSR),
    Probe("The Oromo Liberation Front claimed the attack.", "The Oromo Liberation Front", "ETHREB", None,
          GSR),
    Probe("The New People's Army freed the captured soldiers.", "The New People's Army", "PHLREB", None, GSR),
    Probe("The Free Aceh Movement declared a ceasefire.", "The Free Aceh Movement", "IDNREB", None, GSR),
    Probe("The Karen National Union lost its headquarters at Manerplaw.", "The Karen National Union",
          "MMRREB", None, "1995-01-27"),
    Probe("The Farabundo Marti National Liberation Front launched an offensive in the capital.",
          "The Farabundo Marti National Liberation Front", "SLVREB", None, "1989-11-11"),
    Probe("The Sabor voted to hold the referendum.", "The Sabor", "HRVLEG", None, GSR),
    Probe("The Verkhovna Rada passed the budget.", "The Verkhovna Rada", "UKRLEG", None, GSR),
    Probe("Togolese troops fired on the protesters.", "Togolese troops", "TGOMIL", None, GSR),
    Probe("Gabonese police arrested the student leaders.", "Gabonese police", "GABCOP", None, GSR),
    Probe("Mauritanian soldiers expelled the herders.", "Mauritanian soldiers", "MRTMIL", None, GSR),
    Probe("Kampuchean troops shelled the border camps.", "Kampuchean troops", "KHMMIL", None, "1985-03-01"),
]

PLACED: list[Probe] = [
    Probe("Zambia's opposition leader called for a boycott.", "Zambia's opposition leader", "ZMBOPP", None,
          GSR),
    Probe("The leader of Peru's main opposition party rejected the result.",
          "The leader of Peru's main opposition party", "PEROPP", None, GSR),
    Probe("Opposition leaders met to choose a single candidate.", "Opposition leaders", "ZMBOPP", "LUSAKA",
          GSR),
    Probe("The speaker of the Kenyan parliament suspended the sitting.",
          "The speaker of the Kenyan parliament", "KENLEG", None, GSR),
    Probe("The army commander denied the reports.", "The army commander", "PRYMIL", "ASUNCION", GSR),
    Probe("The interior minister blamed the attack on Islamic militants.", "The interior minister", "DZAGOV",
          "ALGIERS", GSR),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Kizza Besigye accused the president's aides of harassing his supporters.", "Kizza Besigye",
          "UGAOPP", None, GSR),
    Probe("Raila Odinga called for a new constitution.", "Raila Odinga", "KENOPP", None, GSR),
    Probe("Kim Dae-jung led a rally demanding direct presidential elections.", "Kim Dae-jung", "KOROPP", None,
          "1987-06-01"),
    Probe("Corazon Aquino called for a campaign of civil disobedience.", "Corazon Aquino", "PHLOPP", None,
          "1986-02-16"),
    Probe("Aung San Suu Kyi was barred from leaving Rangoon.", "Aung San Suu Kyi", "MMROPP", None, GSR),
    Probe("Bernard Kouchner appointed a Serb to the council.", "Bernard Kouchner", "IGOUNO", None, GSR),
    Probe("Sergio Vieira de Mello swore in the first East Timorese cabinet.", "Sergio Vieira de Mello",
          "IGOUNO", None, GSR),
    Probe("Carl Bildt urged the Balkan leaders to cooperate.", "Carl Bildt", "IGOUNO", None, GSR),
    Probe("Terje Roed-Larsen warned of an economic collapse in Gaza.", "Terje Roed-Larsen", "IGOUNO", None,
          GSR),
    Probe("Miguel Angel Moratinos shuttled between the two sides.", "Miguel Angel Moratinos", "IGOEUREEC",
          None, GSR),
    Probe("Jacques Paul Klein handed the region back to Croatian rule.", "Jacques Paul Klein", "IGOUNO", None,
          "1998-01-15"),
    Probe("Antonio Cassese complained that the tribunal had no suspects in custody.", "Antonio Cassese",
          "IGOUNOJUDWCT", None, "1995-01-01"),
    Probe("Kenneth Roth called the trial a travesty.", "Kenneth Roth", "NGOHRIHRW", None, GSR),
    Probe("Sadako Ogata appealed for funds for the refugees.", "Sadako Ogata", "IGOUNOREFHCR", None, GSR),
    Probe("The opposition Kuomintang walked out of the legislature.", "The opposition Kuomintang", "TWNOPP",
          "TAIPEI", GSR),
    Probe("The ruling Democratic Progressive Party named its cabinet.",
          "The ruling Democratic Progressive Party", "TWNGOV", "TAIPEI", GSR),
    Probe("The opposition Social Democrats demanded new elections.", "The opposition Social Democrats",
          "DEUOPP", "BONN", GSR),
    Probe("The then-ruling Institutional Revolutionary Party denied the fraud.",
          "The then-ruling Institutional Revolutionary Party", "MEXGOV", "MEXICO CITY", GSR),
    Probe("The opposition Movement for Democratic Change won the Harare seats.",
          "The opposition Movement for Democratic Change", "ZWEOPP", "HARARE", GSR),
    Probe("The Hague-based war crimes tribunal indicted the general.", "The Hague-based war crimes tribunal",
          "IGOUNOJUDWCT", None, GSR),
    Probe("The Vienna-based IAEA sent inspectors to the plant.", "The Vienna-based IAEA", "IGOUNOIAE", None,
          GSR),
    Probe("U.N. arms inspectors visited the site.", "U.N. arms inspectors", "IGOUNO", None, GSR),
    Probe("The Kosovo Liberation Army ambushed a police patrol.", "The Kosovo Liberation Army", "SRBREB",
          None, "1998-06-01"),
    Probe("Burundian Hutu rebels attacked a camp near Bujumbura.", "Burundian Hutu rebels", "BDIREB", None,
          GSR),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "OPPOSITION": OPPOSITION, "BODIES": BODIES, "ERA_GROUPS": ERA_GROUPS,
           "PLACED": PLACED, "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
