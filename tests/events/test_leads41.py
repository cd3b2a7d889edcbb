"""The thirty-ninth session's long-lead classes (wip/leads41), on fresh sentences and controls (none of them
is a row of probes_leads41.py): a lexicon verb the small model reads as a modifier, or as the object of
"on", after a time phrase under a long subject ("The Council of Europe's assembly on Thursday censured
Turkey's government ...") is laid back as the clause's verb (modifier_verbs.py); a reason phrase ("for
torture") is no antecedent of a later "it"; a visit "to hold / begin talks with X" or "for two days of
talks with X" is hosted by X (visit_hosts.py); troops or peacekeepers asked for are an appeal for military
aid (0232) or for protection and peacekeeping (0234), and "peacekeeping troops" asked for no state's
(force_requests.py)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits, a full code or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a lexicon verb misread after a time phrase (each codes nothing on main)
    ("Amnesty International's London secretariat on Wednesday censured Zaire's military rulers for "
     "torture.", ("NGO", "COD", "11"), ()),
    ("The Organisation of African Unity's liberation committee on Friday censured Zaire's military rulers "
     "for torture.", ("IGO", "COD", "11"), ()),
    ("The Council of Europe's parliamentary assembly on Thursday upbraided Burma's military government over "
     "the jailing of students.", ("IGO", "MMR", "11"), ()),
    ("The U.N. Human Rights Commission on Tuesday censured Burma's military government over the jailing of "
     "students, diplomats said.", ("IGO", "MMR", "11"), ()),
    # ... with a second verb joined by "and", and "it" past the reason phrase
    ("The U.N. Human Rights Commission on Friday censured Burma's military government for the jailing of "
     "students and urged it to release them.", ("IGO", "MMR", "11"), ()),
    ("The U.N. Human Rights Commission on Friday censured Burma's military government for the jailing of "
     "students and urged it to release them.", ("IGO", "MMR", "02"), ()),
    # ... with no time phrase, also under a dateline and a trailing attribution
    ("The Council of Europe's parliamentary assembly censured Chile's military junta for the torture of "
     "detainees.", ("IGO", "CHL", "11"), ()),
    ("STRASBOURG (AFP) - The European Parliament's human rights subcommittee censured Syria's military "
     "government for torture, a spokesman said.", ("IGO", "SYR", "11"), ()),
    # controls: a verb the model reads right, a participle that is an adjective
    ("The Arab League on Sunday condemned Israel's bombing of Beirut.", ("IGO", "ISR", "11"), ()),
    ("ALGIERS (Reuters) - Witnesses said that on Friday armed men attacked a bus carrying soldiers near "
     "Blida.", ("*", "DZA", "19"), (("*", "*", "07"),)),
    # a reason phrase is no antecedent of "it"
    ("The European Parliament on Thursday criticised Indonesia's government for the killings in East Timor "
     "and urged it to allow an independent inquiry.", ("IGO", "IDN", "02"), ()),
    # control: "it" for the thing named, no party
    ("Britain on Monday criticised the verdict and called it a mockery of justice.", None,
     (("GBR", "*", "02"),)),
    # a visit to open talks with a party: hosted by that party
    ("A senior Chinese envoy arrived in Tunis on Monday to hold talks with PLO chairman Yasser Arafat on "
     "the Middle East.", ("CHN", "PSE", "04"), (("CHN", "TUN", "04"),)),
    ("Austria's foreign minister flew to Geneva on Friday to begin talks with Iranian officials on the "
     "release of Western hostages.", ("AUT", "IRN", "04"), (("AUT", "CHE", "04"),)),
    ("The Norwegian foreign minister arrived in Damascus on Sunday for two days of talks with Lebanese "
     "leaders on the hostage crisis.", ("NOR", "LBN", "04"), (("NOR", "SYR", "04"),)),
    ("The Swedish foreign minister arrived in Vienna on Monday for talks with Iranian and Iraqi "
     "delegations on prisoners of war.", ("SWE", "IRQ", "04"), (("SWE", "AUT", "04"),)),
    # controls: a visit with no partner named keeps its place
    ("Chancellor Helmut Kohl arrived in Moscow on Monday to begin an official visit to the Soviet Union.",
     ("DEU", "*", "04"), (("DEU", "DEU", "*"),)),
    ("The U.N. envoy arrived in Baghdad on Sunday to hold talks.", ("IGO", "IRQ", "04"), ()),
    ("AMMAN (Reuters) - Jordan on Monday received Syria's foreign minister for a round of talks with King "
     "Hussein on the Lebanese crisis.", ("SYR", "JOR", "04"), ()),
    # troops or peacekeepers asked for: 0234 / 0232
    ("Chad's government on Monday asked France for troops to protect the capital against a rebel advance.",
     ("TCD", "FRA", "02"), (("*", "*", "020"), ("*", "*", "0232"))),
    ("Zaire asked Belgium on Friday for troops to help put down a rebellion in Shaba province.",
     ("*", "BEL", "02"), (("*", "*", "020"), ("*", "*", "0234"))),
    ("The Bosnian government on Tuesday asked the United Nations for peacekeeping troops to guard food "
     "convoys.", ("BIH", "IGO", "02"), (("*", "*", "020"), ("BIH", "BIH", "*"))),
    ("BEIRUT (Reuters) - Lebanon on Friday asked for peacekeeping troops to police the south after the "
     "Israeli withdrawal.", ("LBN", "IGO", "02"), (("LBN", "LBN", "*"),)),
    # controls: an appeal for something else, and troops asked to be withdrawn
    ("Egypt on Sunday asked Israel for clarification of its plans for the occupied territories.",
     ("EGY", "ISR", "02"), (("*", "*", "0234"), ("*", "*", "0232"))),
    ("The rebels on Monday asked for government troops to be withdrawn from the north.", None,
     (("*", "*", "0234"), ("*", "*", "0232"))),
    # the return of people a party holds, demanded: a demand to release them, made on the holders
    ("TEHRAN (IRNA) - Iran on Monday demanded the return of 2,000 Iranians held by Iraq since the war, IRNA "
     "said.", ("IRN", "IRQ", "10"), (("IRN", "IRN", "*"),)),
    ("SEOUL (Yonhap) - South Korea on Friday demanded the return of 12 South Koreans held by North Korea "
     "since a 1969 airliner hijacking.", ("KOR", "PRK", "10"), (("KOR", "KOR", "*"),)),
    # controls: the return of people who fled keeps its reading; a release demanded keeps its holders
    ("BANGKOK (Reuters) - Thailand on Monday demanded the return of 300 Thai refugees who fled to Laos.",
     ("THA", "*", "10"), (("*", "*", "1053"),)),
    ("ATHENS (Reuters) - Greece demanded on Sunday the return of two Greek soldiers held by Turkey after "
     "they strayed across the border.", ("GRC", "TUR", "10"), ()),
    # the OAS's rights commission is the OAS's
    ("The Inter-American Commission on Human Rights on Monday criticised Peru's government for the killing "
     "of nine students.", ("IGO", "PER", "11"), ()),
    # a plural disaster noun taken for a name at the start of a part, and a disaster that destroys homes:
    # no killing, no destruction of property (each coded on main)
    ("HANOI (Reuters) - Typhoons in the central province of Quang Ngai have killed 35 people this month, "
     "officials said.", None, (("*", "*", "19"), ("*", "*", "18"))),
    ("MANILA (AP) - Typhoon Mike destroyed 50,000 houses in the central Philippines.", None,
     (("*", "*", "17"),)),
    ("BEIJING (Xinhua) - Floods in the southern province of Guangxi have destroyed 20,000 homes and killed "
     "40 people.", None, (("*", "*", "17"), ("*", "*", "19"))),
    # controls: armed men and tank fire still kill and destroy
    ("JERUSALEM (Reuters) - Israeli tank fire destroyed three Palestinian homes in the Gaza Strip on Monday.",
     ("ISR", "PSE", "17"), ()),
    ("ALGIERS (Reuters) - Gunmen in the western province of Relizane have killed 30 villagers, newspapers "
     "said on Sunday.", ("*", "DZA", "18"), ()),
]

test_leads41_case = _match.case_test(CASES)
