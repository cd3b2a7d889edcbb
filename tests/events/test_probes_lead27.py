"""The lead27 probes (tests/events/probes_lead27.py): GSR-style leads weighted to who the act is done to
(targets in phrases, possessors, nationality adjectives, mediation, hosts) and to the parties' sectors.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead27")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Greenpeace activists chained themselves to the gates of the French embassy in Wellington to protest "
    "against nuclear tests in the Pacific.":
        "a protest told as the purpose of a stunt ('chained themselves ... to protest against') is not read",
    "Government troops killed four Fretilin guerrillas and captured two others in a clash in the East "
    "Timor hills, the Indonesian military command said.":
        "'Government troops' take East Timor's country from the place; the reporting command's country "
        "(Indonesia) is not used for them",
    "The African National Congress broke off constitutional talks with the government on Tuesday, "
    "accusing it of complicity in township violence.":
        "dated 2000-01-01 the ANC governs South Africa (ZAFGOV), so it and 'the government' are one actor: "
        "a writing error of the row's era, kept as written",
    "Government forces shelled positions held by militiamen loyal to former president Pascal Lissouba "
    "in Brazzaville on Saturday, residents said.":
        "'militiamen loyal to former president X' take no country or side from the leader they serve",
    "Southern rebels refused to lay down their arms before a peace settlement with Khartoum was signed, "
    "a rebel spokesman said in Nairobi.":
        "rebels with no country of their own are not given the country of the government they face",
    "China began a week of missile tests off the coast of Taiwan in what Taipei called an attempt to "
    "intimidate voters before the island's first presidential election.":
        "the small model tags 'tests' in 'a week of missile tests' as a verb",
    "Liberia's government on Friday rejected charges that it was supplying arms to rebels in "
    "neighbouring Sierra Leone, saying Freetown was trying to shift blame for its own failures.":
        "'saying Freetown was trying to shift blame' is no accusation row: blame-shifting is not read",
    "Belgrade accepted the deployment of an international peacekeeping force in Kosovo and agreed to "
    "pull out its forces, ending NATO's bombing campaign.":
        "an international force takes its country from the story (SRBMIL); coding it IGO cost a GSR read "
        "record whose gold gives the force's host (France's troops for a force in Liberia: LBR)",
    "The last Soviet soldiers crossed the Amu Darya river out of Afghanistan on Wednesday.":
        "a withdrawal told as crossing a river out of a country has no row",
    "Saudi Arabia deposited $1 billion in the Egyptian central bank to support the pound, Egyptian "
    "officials said.":
        "a central bank is read as a bank (BUS), where the row wants the state (country + root matches)",
    'Japanese Prime Minister Tomiichi Murayama offered a "heartfelt apology" for the suffering Japan '
    "caused its Asian neighbours, including China, during World War Two.":
        "the apology's addressee is read as the region (ASA); 'including China' is not read",
    "Foreign ministry spokesman Zhu Bangzao, speaking at a regular news briefing in Beijing, criticised "
    "Washington for interfering in China's internal affairs.":
        "a spokesman of no named country: the briefing's city is not read as the ministry's country",
    "The Taliban, which controls most of Afghanistan, was placed under an air embargo by the Security "
    "Council on Sunday.":
        "the small model hangs 'by the Security Council' on the embargo noun under a passive light verb; "
        "the embargo has no source",
    "Despite talks on the islands' future, Britain sent a nuclear submarine to the South Atlantic, "
    "Argentine newspapers reported.":
        "a force sent to a sea names no party (waters are nobody's); the row reads Argentina from context",
    "Acting on intelligence reports, Pakistani troops attacked a militant hideout near the Afghan border, "
    "killing 12 fighters, the army said.":
        "militants near a border take neither side's country (---UAF): the border is either side's",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Israeli helicopter gunships rocketed suspected guerrilla hideouts in southern Lebanon on Tuesday, "
     "hours after a Hezbollah roadside bomb wounded three Israeli soldiers in the security zone, security "
     "sources said.", "LBNREB"):
        "an act in an after-clause is not coded on its own (the GSR records code the main act only)",
    ("Armenia and Azerbaijan agreed to a ceasefire in the disputed Nagorno-Karabakh region after talks "
     "mediated by Russia, Interfax news agency reported.", "RUS"):
        "talks in an after-clause are not coded, so neither is their mediator",
    ("Baghdad on Sunday turned down a U.N. offer to let it sell limited amounts of oil to buy food, "
     "calling the terms an insult to Iraqi sovereignty.", "IRQGOV"):
        "'calling the terms an insult' is criticism of the terms' author, which is not traced back to "
        "the U.N. offer",
    ("The Croatian government declared a state of emergency in the Krajina region after Serb militants "
     "seized police stations, Croatian radio said.", "SRBREB"):
        "an act in an after-clause is not coded on its own (the GSR records code the main act only)",
    ("Polish Prime Minister Tadeusz Mazowiecki welcomed a pledge by West German Chancellor Helmut Kohl "
     "to recognise the Oder-Neisse border.", "DEU"):
        "a pledge named as the object of a welcome is not coded as the pledger's own act",
    ("In a sharply worded statement, the French foreign ministry said it had summoned Iran's ambassador "
     "to protest against the arrest of a French academic in Tehran.", "IRNGOV"):
        "an arrest named in the protest's against-phrase is the grievance, not coded as an act of its own",
    ("Moscow, which accuses Tbilisi of sheltering Chechen rebels, cut off gas supplies to Georgia on "
     "Sunday.", "RUSGOV"):
        "an accusation in a relative clause on the subject is background, not coded",
    ("Egyptian officials, quoted by the state-run Al-Ahram newspaper, said Sudan had trained the gunmen "
     "who tried to kill President Hosni Mubarak in Addis Ababa.", "EGY"):
        "training gunmen has no row; the accusation goes to the gunmen of the relative clause (ETHUAF)",
    ("After a devastating earthquake in Turkey, Greece sent rescue teams to Istanbul in a gesture welcomed "
     "by Ankara.", "TUR"):
        "a welcome told as a participle on the gesture noun ('a gesture welcomed by Ankara') is not read",
    ("Israeli troops shot and wounded six Palestinian youths who threw stones at an army patrol in the "
     "West Bank town of Nablus, Palestinian hospital officials said.", "PSECVL"):
        "an act in a relative clause on the victims is background, not coded",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL27, KNOWN_GAPS, ROW_GAPS)
