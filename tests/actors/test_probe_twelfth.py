"""Probe set, twelfth actors set (twenty-fifth session, wip/actors27): actors in the right country, and
linked, on real copy.

Eight classes earlier sessions left open, with controls where the naive fix would be wrong; every
sentence our own wording, written and committed before the coder ran on any of them. The phrase is
looked up as the events stage does (`actor_for_span`; the lists through `actors_for_span`).

- BODIES_LATER: a body named in full or by acronym, then "the mission", "the council", "the agency",
  "it" (UNIFIL, MONUSCO, the AU Peace and Security Council, the IAEA, the WFP, the UNHCR, the WHO, the
  European Commission); controls: a kind noun with no body of its kind before it, a situational "it".
- HONORIFICS: India's "Shri", "Smt.", Tamil Nadu's "Thiru" and "Hon'ble" before a name ("Shri S.
  Jaishankar", "Chief Minister Thiru M.K. Stalin" read as Sri Lanka); controls: a real Sri Lankan, "Sri
  Mulyani".
- LISTS: "the foreign ministers of A, B and C", "Pakistani and Afghan border forces" (coordinated
  nationalities on one head: one actor per state); control: a hyphenated origin-citizenship pair.
- EXPANSIONS: an acronym the story spelled out is the story's body, not its better-known namesake (PTI =
  Pakistan Tehreek-e-Insaf in a Pakistani story, RSF = Reporters Without Borders after its name);
  controls: a real Press Trust of India, a real Rapid Support Forces.
- TITLES: a title before a name NER did not tag as a person ("Interior Minister Mohsin Naqvi",
  "Ambassador MaryKay Carlson", "spokesman Yahya Saree") still makes an actor of the title's country;
  controls: "the Ambassador Hotel", "General Motors".
- OWNED_TITLES: a title whose owner is an organisation ("RFE/RL President Stephen Capus", "Toyota
  President Koji Sato") belongs to the organisation, not the state of the dateline; control: a state's
  own president.
- DATELINE_ELSEWHERE: a story filed from one capital about another country (AP's CAIRO dateline over
  Sudan): its domestic actors are the story's country; controls: a Cairo story about Egypt, Egypt
  hosting Sudan's rivals.

First run (before any fix in this session): 55 of 73 (FIRST_RUN below; the commit messages said 84 rows
and 66 right, a miscount): bodies named later 8 / 15 (a UN
mission was never "the mission", the WFP and the WHO never "the agency", "the AU Peace and Security
Council" was the UN Security Council), honorifics 10 / 12 ("Thiru M.K. Stalin" and "Shri Rajnath Singh"
with no title were no one), lists 10 / 11 ("the heads of state of Mali, Niger and Burkina Faso" gave the
role to Mali only), expansions 3 / 7 (PTI after "Pakistan Tehreek-e-Insaf (PTI)" was the Press Trust of
India; "RSF" after "Reporters Without Borders (RSF)" was no one), titles 9 / 11 ("the Ambassador Hotel"
was KENGOV), owned titles 7 / 8 ("RFE/RL President Stephen Capus" was BLRGOV), dateline elsewhere 8 / 9
("the paramilitary group" after the Rapid Support Forces was the army, SDNMIL). One expectation was
corrected after the run, not the coder: "Army spokesman Nabil Abdallah" is SDNMILMED (a spokesman's
title adds MED to his body's code, docs/actors.md: "Iran's foreign ministry spokesman" IRNGOVMED); it
was written SDNMIL and counted as a miss in the first run.

After the fixes: 71 of 73 (every class whole but honorifics 11 / 12 and titles 10 / 11); the two misses are
KNOWN_GAPS below, asserted to still miss.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from actors.actor_helpers import Probe, gap_suite, list_suite, probe_id, probe_suite

pytestmark = pytest.mark.model


def _two(first: str, second: str) -> str:
    return f"{first} {second}"


BODIES_LATER: list[Probe] = [
    Probe(_two("The UN Interim Force in Lebanon (UNIFIL) said a shell had hit one of its positions.",
               "The mission said no peacekeepers were hurt."), "The mission", "IGOUNO", "BEIRUT",
              "2024-10-10"),
    Probe(_two("UNIFIL reported heavy fire near the Blue Line on Thursday.",
               "The mission urged both sides to stop."), "The mission", "IGOUNO", None, "2024-10-11"),
    Probe(_two("MONUSCO said its base near Goma had come under fire.",
               "The mission said two peacekeepers were wounded."), "The mission", "IGOUNO", None,
              "2024-02-14"),
    Probe(_two("The African Union Peace and Security Council suspended Gabon after the coup.",
               "The council said the suspension would last until elections."), "The council", "IGOAFRAFU",
          None, "2023-08-31"),
    Probe(_two("The AU Peace and Security Council met in Addis Ababa on Friday.",
               "The council called for a ceasefire in Sudan."), "The council", "IGOAFRAFU", None,
              "2023-05-02"),
    Probe(_two("The IAEA said its inspectors had been refused entry to the site.",
               "It said the plant had lost external power."), "It said", "IGOUNOIAE", None, "2022-09-02"),
    Probe(_two("The UN Human Rights Council adopted a resolution on Sudan.",
               "The council also extended the mandate of its fact-finding mission."), "The council",
          "IGOUNOHRI", "GENEVA", "2024-10-09"),
    Probe(_two("The World Food Programme said it had run out of money for the camps in Chad.",
               "The agency said rations would be halved from next month."), "The agency", "IGOUNOWFP", None,
          "2024-03-20"),
    Probe(_two("UNHCR said 20,000 people had crossed into Chad in a week.",
               "The agency said most of them were women and children."), "The agency", "IGOUNOREFHCR", None,
          "2023-05-20"),
    Probe(_two("The World Health Organization declared the outbreak a global emergency.",
               "The agency said vaccines would be shipped within days."), "The agency", "IGOUNOHLHWHO", None,
          "2024-08-14"),
    Probe(_two("The European Commission fined the carmaker 500 million euros.",
               "The commission said the firm had hidden test results."), "The commission", "IGOEUREEC",
          "BRUSSELS", "2021-07-08"),
    Probe(_two("UNIFIL said one of its patrols had been blocked by residents.",
               "It said the patrol returned to base unharmed."), "It said", "IGOUNO", None, "2024-01-05"),
    # controls: no body of that kind before, a kind the body is not, situational "it"
    Probe("The mission ended in failure after three weeks, the commander said.", "The mission", None, None,
          "2024-01-05"),
    Probe(_two("The IAEA said inspectors had found traces of uranium.",
               "The council will discuss the report next week."), "The council", None, None, "2021-06-01"),
    Probe(_two("UNIFIL said its patrol was blocked near the village.",
               "It is the third such incident this month."), "It is", None, None, "2024-01-06"),
]

HONORIFICS: list[Probe] = [
    Probe("Shri S. Jaishankar met his Chinese counterpart in Johannesburg.", "Shri S. Jaishankar", "INDGOV",
          None, "2023-08-24"),
    Probe("External Affairs Minister Shri S. Jaishankar held talks with the envoy.",
          "External Affairs Minister Shri S. Jaishankar", "INDGOV", None, "2023-08-24"),
    Probe("Chief Minister Thiru M.K. Stalin inaugurated the new bridge in Chennai.",
          "Chief Minister Thiru M.K. Stalin", "INDGOV", "CHENNAI", "2023-06-01"),
    Probe("Thiru M.K. Stalin wrote to the Prime Minister about the fishermen.", "Thiru M.K. Stalin", "INDGOV",
          "CHENNAI", "2023-06-02"),
    Probe("Governor Thiru R.N. Ravi returned the bill to the assembly.", "Governor Thiru R.N. Ravi", "INDGOV",
          "CHENNAI", "2023-11-13"),
    Probe("Shri Rajnath Singh reviewed the troops in Leh.", "Shri Rajnath Singh", "INDGOVMIL", None,
          "2022-10-24"),
    Probe("Smt. Nirmala Sitharaman presented the Union budget on Thursday.", "Smt. Nirmala Sitharaman",
          "INDGOV", None, "2024-02-01"),
    Probe("Hon'ble Chief Minister Shri Yogi Adityanath reviewed the flood relief work.",
          "Hon'ble Chief Minister Shri Yogi Adityanath", "INDGOV", "LUCKNOW", "2023-07-20"),
    Probe("Union Minister Shri Piyush Goyal opened the trade fair.", "Union Minister Shri Piyush Goyal",
          "INDGOV", "NEW DELHI", "2023-11-14"),
    # controls: a real Sri Lankan, an Indonesian "Sri", the Sri Lankan navy
    Probe("Sri Lankan Foreign Minister Ali Sabry met the envoy in Colombo.",
          "Sri Lankan Foreign Minister Ali Sabry",
          "LKAGOV", None, "2023-06-01"),
    Probe("Finance Minister Sri Mulyani Indrawati said the deficit would narrow.",
          "Finance Minister Sri Mulyani Indrawati", "IDNGOV", "JAKARTA", "2023-06-01"),
    Probe("The Sri Lankan navy arrested 12 Indian fishermen off Delft island.", "The Sri Lankan navy",
          "LKAMIL",
          None, "2023-06-01"),
]


class ListProbe(NamedTuple):
    """A coordinated phrase and the codes `actors_for_span` should give it, in order."""
    sentence: str
    phrase: str
    codes: tuple[str, ...]
    dateline: str | None = None
    published: str = "2024-06-01"


LISTS: list[ListProbe] = [
    ListProbe("The foreign ministers of Poland, the Czech Republic and Hungary signed the declaration.",
              "The foreign ministers of Poland, the Czech Republic and Hungary", ("POLGOV", "CZEGOV",
              "HUNGOV")),
    ListProbe("The prime ministers of Spain, Ireland and Norway announced the recognition together.",
              "The prime ministers of Spain, Ireland and Norway", ("ESPGOV", "IRLGOV", "NORGOV")),
    ListProbe("Foreign ministers from Saudi Arabia, Egypt and Jordan met in Riyadh.",
              "Foreign ministers from Saudi Arabia, Egypt and Jordan", ("SAUGOV", "EGYGOV", "JORGOV")),
    ListProbe("The heads of state of Mali, Niger and Burkina Faso signed the charter.",
              "The heads of state of Mali, Niger and Burkina Faso", ("MLIGOV", "NERGOV", "BFAGOV")),
    ListProbe("Pakistani and Afghan border forces exchanged fire at Torkham.",
              "Pakistani and Afghan border forces", ("PAKMIL", "AFGMIL")),
    ListProbe("Pakistani and Afghan troops exchanged fire near Chaman.", "Pakistani and Afghan troops",
              ("PAKMIL", "AFGMIL")),
    ListProbe("Indian and Chinese soldiers clashed in the Galwan valley.", "Indian and Chinese soldiers",
              ("INDMIL", "CHNMIL")),
    ListProbe("Sudanese and Chadian police arrested the smugglers at the border.",
              "Sudanese and Chadian police",
              ("SDNCOP", "TCDCOP")),
    ListProbe("Thai and Cambodian troops traded fire along the border.", "Thai and Cambodian troops",
              ("THAMIL", "KHMMIL")),
    # controls: an origin-citizenship pair is one person's; one ministry of two portfolios
    ListProbe("An Afghan-American soldier was wounded in the attack.", "An Afghan-American soldier",
              ("USAMIL",)),
    ListProbe("The Minister of Finance and Planning presented the budget.",
              "The Minister of Finance and Planning",
              ("TZAGOV",), "DODOMA"),
]

EXPANSIONS: list[Probe] = [
    Probe(_two("Pakistan Tehreek-e-Insaf (PTI) announced protests on Friday.",
               "PTI leaders said the vote had been rigged."), "PTI leaders", "PAKOPP", "ISLAMABAD",
              "2024-02-10"),
    Probe(_two("Imran Khan's Pakistan Tehreek-e-Insaf called for a strike.",
               "The PTI said its founder would remain in jail."), "The PTI", "PAKOPP", None, "2024-02-12"),
    Probe(_two("The Pakistan Tehreek-e-Insaf (PTI) rally was banned by the district administration.",
               "PTI workers clashed with police in Lahore."), "PTI workers", "PAKOPP", "LAHORE",
              "2023-03-14"),
    Probe(_two("Reporters Without Borders (RSF) said 45 journalists were killed this year.",
               "RSF said most of them died in Gaza."), "RSF said", "NGOHRI", "PARIS", "2023-12-14"),
    # controls: the namesakes themselves
    Probe("PTI reported that the minister had resigned on Tuesday.", "PTI", "INDMED", "NEW DELHI",
          "2023-06-01"),
    Probe(_two("The Press Trust of India (PTI) quoted officials as saying the train had derailed.",
               "PTI said 40 people were injured."), "PTI said", "INDMED", None, "2023-06-02"),
    Probe(_two("The Rapid Support Forces (RSF) attacked the army's headquarters.",
               "The RSF said it had taken the airport."), "The RSF", "SDNREB", None, "2023-04-16"),
]

TITLES: list[Probe] = [
    Probe("Interior Minister Mohsin Naqvi said the attackers had been identified.",
          "Interior Minister Mohsin Naqvi", "PAKGOV", "ISLAMABAD", "2024-05-01"),
    Probe("U.S. Ambassador MaryKay Carlson met the army chief on Tuesday.", "U.S. Ambassador MaryKay Carlson",
          "USAGOV", "MANILA", "2024-05-01"),
    Probe("Houthi military spokesman Yahya Saree said the group had fired missiles at the ship.",
          "Houthi military spokesman Yahya Saree", "YEMREB", None, "2024-01-20"),
    Probe("Information Minister Attaullah Tarar told reporters the talks had failed.",
          "Information Minister Attaullah Tarar", "PAKGOV", "ISLAMABAD", "2024-05-02"),
    Probe("Governor Babagana Zulum visited the camp in Maiduguri.", "Governor Babagana Zulum", "NGAGOV",
          "MAIDUGURI", "2024-05-03"),
    Probe("Army spokesman Nabil Abdallah said the troops had repelled the attack.",
          "Army spokesman Nabil Abdallah", "SDNMILMED", "PORT SUDAN", "2024-05-04"),
    Probe("Police commissioner Japhet Koome said 20 officers were injured.",
          "Police commissioner Japhet Koome",
          "KENCOP", "NAIROBI", "2023-07-12"),
    Probe("Foreign Minister Retno Marsudi called for a ceasefire.", "Foreign Minister Retno Marsudi",
          "IDNGOV",
          "JAKARTA", "2023-11-01"),
    Probe("Deputy Foreign Minister Mikhail Galuzin met the delegation.",
          "Deputy Foreign Minister Mikhail Galuzin",
          "RUSGOV", "MOSCOW", "2023-11-02"),
    # controls: a title word that names a hotel or a company
    Probe("Guests at the Ambassador Hotel were evacuated after the fire.", "the Ambassador Hotel", None,
          "NAIROBI", "2023-11-03"),
    Probe("General Motors recalled 10,000 trucks on Monday.", "General Motors", "USABUS", None, "2023-11-03"),
]

OWNED_TITLES: list[Probe] = [
    Probe("RFE/RL President Stephen Capus called for the journalist's release.",
          "RFE/RL President Stephen Capus",
          "USAMED", "MINSK", "2024-03-01"),
    Probe("Toyota President Koji Sato said sales would rise this year.", "Toyota President Koji Sato",
          "JPNBUS",
          "TOKYO", "2024-03-01"),
    Probe("BBC Director-General Tim Davie apologised for the error.", "BBC Director-General Tim Davie",
          "GBRMED",
          "LONDON", "2023-03-01"),
    Probe("Samsung Chairman Lee Jae-yong met the president on Friday.", "Samsung Chairman Lee Jae-yong",
          "KORBUS", "SEOUL", "2023-03-02"),
    Probe("Aramco Chief Executive Amin Nasser said demand would stay strong.",
          "Aramco Chief Executive Amin Nasser",
          "SAUBUS", "RIYADH", "2023-03-03"),
    Probe("Reuters Editor-in-Chief Alessandra Galloni said the agency stood by its story.",
          "Reuters Editor-in-Chief Alessandra Galloni", "GBRMED", "NEW YORK", "2023-03-04"),
    # controls: the state's own president, a company's officer who is also the state's
    Probe("President Alexander Lukashenko pardoned the journalist.", "President Alexander Lukashenko",
          "BLRGOV",
          "MINSK", "2024-03-02"),
    Probe("President William Ruto opened the new highway.", "President William Ruto", "KENGOV", "NAIROBI",
          "2024-03-02"),
]

DATELINE_ELSEWHERE: list[Probe] = [
    Probe(_two("Sudan's army and the paramilitary Rapid Support Forces fought across Khartoum on Sunday.",
               "The army chief said his forces would not negotiate."), "The army chief", "SDNMIL", "CAIRO",
          "2023-06-11"),
    Probe(_two("Fighting raged in Sudan's capital on Monday as the army and the Rapid Support Forces "
               "traded fire.",
               "The paramilitary group said it had taken the airport."), "The paramilitary group", "SDNREB",
          "CAIRO", "2023-06-12"),
    Probe(_two("Fighting spread across Sudan's Darfur region on Tuesday.",
               "Police said 30 people were killed in Nyala."), "Police", "SDNCOP", "CAIRO", "2023-06-13"),
    Probe(_two("Al-Shabaab militants stormed a hotel in Mogadishu on Friday.",
               "Police said 12 people were killed."), "Police", "SOMCOP", "NAIROBI", "2024-03-15"),
    Probe(_two("Myanmar's military extended the state of emergency on Monday.",
               "The army said it had killed 20 rebels in Sagaing."), "The army", "MMRMIL", "BANGKOK",
              "2023-08-01"),
    Probe(_two("Voting ended in Zimbabwe's general election on Thursday.",
               "Police arrested 40 election monitors in Harare."), "Police", "ZWECOP", "JOHANNESBURG",
          "2023-08-24"),
    # controls: a Cairo story about Egypt, Egypt hosting Sudan's rivals, a Nairobi story about Kenya
    Probe(_two("Egyptian security forces killed 12 militants in northern Sinai on Sunday.",
               "The army said two soldiers were wounded."), "The army", "EGYMIL", "CAIRO", "2023-06-14"),
    Probe(_two("Egypt hosted talks between Sudan's warring sides on Saturday.",
               "The foreign ministry said the talks would continue."), "The foreign ministry", "EGYGOV",
              "CAIRO",
          "2023-07-15"),
    Probe(_two("Kenyan police fired tear gas at protesters in the capital on Tuesday.",
               "Police said 30 people were arrested."), "Police said", "KENCOP", "NAIROBI", "2024-06-25"),
]

BATCHES = {"BODIES_LATER": BODIES_LATER, "HONORIFICS": HONORIFICS, "EXPANSIONS": EXPANSIONS, "TITLES": TITLES,
           "OWNED_TITLES": OWNED_TITLES, "DATELINE_ELSEWHERE": DATELINE_ELSEWHERE}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"BODIES_LATER": (8, 15), "HONORIFICS": (10, 12), "LISTS": (10, 11),
                                         "EXPANSIONS": (3, 7), "TITLES": (9, 11), "OWNED_TITLES": (7, 8),
                                         "DATELINE_ELSEWHERE": (8, 9)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Thiru M.K. Stalin@CHENNAI2023-06-02":
        "the honorific is passed, but a state's chief minister named without his title is in no table",
    "the Ambassador Hotel@NAIROBI2023-11-03":
        "NER tags 'Hotel' alone; the span's words are read as the title 'ambassador' (a hotel is a place "
        "only for a mention that ends in it)",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)
listed, test_list = list_suite(LISTS)
