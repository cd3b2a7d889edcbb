"""The thirty-sixth session's long-lead classes (wip/parse38), on fresh sentences and controls (none of them
is a row of probes_parse38.py): a message act (a warning, an appeal, a request, an offer, a protest)
conveyed, relayed, transmitted or passed on to a party; an act told by a participle on a note, letter or
message handed to a party, made by the document's author and aimed at the party it is handed to; a verdict
in a which-clause on the sentence's act named by its kind ("..., an attack which Hanoi condemned"); the
infinitive of "led / forced X ... to" hung on the verb as the object's act; aid or funds "held up" or "held
back" (withheld, 162)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a message act conveyed, relayed, transmitted or passed on
    ("Egypt on Monday conveyed a strong warning to Sudan over its support for Islamic militants, the Middle "
     "East News Agency said.", ("EGY", "SDN", "13"), ()),
    ("The Japanese embassy in Moscow on Friday relayed an appeal to the Soviet government to return four "
     "islands seized in 1945.", ("JPN", "USR", "02"), ()),
    ("The Swedish embassy in Tehran on Tuesday transmitted a protest to the Iranian foreign ministry over "
     "the seizure of an American tanker.", ("*", "IRN", "11"), (("*", "*", "14"),)),
    ("Ghana's foreign minister on Sunday passed on an offer of talks to the government of Togo.",
     ("GHA", "TGO", "03"), ()),
    ("Pakistan's ambassador in Kabul on Monday passed on a warning from Islamabad to the Afghan government "
     "over the shelling of border villages.", ("PAK", "AFG", "13"), ()),
    # controls: a letter or report relayed is no act; a warning received is no warning by its receiver
    ("The Red Cross on Monday relayed letters from the prisoners to their families in Baghdad.", None,
     (("*", "*", "*"),)),
    ("The agency relayed a report on the harvest to the ministry of agriculture.", None, (("*", "*", "*"),)),
    # an act told by a participle on a handed note, letter or message
    ("Thailand's foreign minister on Monday handed the Vietnamese ambassador a note protesting the shelling "
     "of a Thai border village.", ("THA", "VNM", "11"), (("VNM", "*", "11"),)),
    ("The Saudi envoy on Sunday handed Yemen's President Ali Abdullah Saleh a message from King Fahd urging "
     "him to pull his troops back from the border.", ("SAU", "YEM", "02"), (("YEM", "*", "02"),)),
    ("A Tanzanian envoy on Friday delivered a letter from the Tanzanian president to the Ugandan "
     "government proposing talks on the border dispute.", ("TZA", "UGA", "03"), (("UGA", "*", "03"),)),
    ("A Saudi envoy on Monday delivered a letter from King Fahd to Syrian President Hafez al-Assad "
     "proposing a summit on Lebanon, the Saudi Press Agency said.", ("SAU", "SYR", "03"),
     (("SYR", "*", "03"),)),
    # control: a party the participle names is the one aimed at, not the one handed the letter
    ("Iraq's ambassador on Monday handed Secretary-General Javier Perez de Cuellar a letter accusing Iran "
     "of using chemical weapons.", ("IRQ", "IRN", "11"), (("IRQ", "IGO", "11"),)),
    # a verdict in a which-clause on the act named by its kind
    ("Iraqi jets bombed an Iranian oil platform in the Gulf on Sunday, a raid which Tehran denounced as an "
     "act of piracy, the Iranian news agency said.", ("IRN", "IRQ", "11"), ()),
    ("Nicaraguan troops shelled a Honduran border post on Monday, an attack which Tegucigalpa condemned as "
     "a provocation, officials said.", ("HND", "NIC", "11"), (("HND", "HND", "*"),)),
    ("Vietnamese troops crossed into Thailand's Trat province on Friday, an incursion which Bangkok "
     "denounced as a grave provocation, Thai officials said.", ("THA", "VNM", "11"), ()),
    # controls: a which-clause that judges nothing; a relative on a noun that is no naming of the act
    ("Israeli jets struck a guerrilla base in the Bekaa Valley on Friday, an attack which lasted 20 "
     "minutes.", ("ISR", "*", "19"), (("*", "*", "11"),)),
    ("Chinese troops crossed into the disputed sector on Monday, an incursion which ended a week later.",
     None, (("*", "*", "11"),)),
    # the infinitive of "led / forced X ... to" hung on the verb
    ("The killing of six Jesuit priests led the U.S. Congress last week to suspend military aid to El "
     "Salvador, diplomats said.", ("USA", "SLV", "16"), ()),
    ("Renewed shelling of the airport forced the United Nations on Friday to halt relief flights to "
     "Sarajevo.", ("IGO", "BIH", "16"), ()),
    # controls: a thing led is no doer of the infinitive; troops moved somewhere act for a purpose
    ("Iraq moved thousands of troops to the Kuwaiti border on Monday to pressure the emirate.",
     ("IRQ", "KWT", "15"), ()),
    ("Students led the protests in Seoul on Monday to press their demands for a direct presidential "
     "election.", None, (("KOR", "KOR", "16"),)),
    # aid, a loan or funds held up or held back are withheld (162), not given
    ("The United States on Tuesday held up $40 million in military aid to Pakistan over its nuclear "
     "programme.", ("USA", "PAK", "16"), (("USA", "PAK", "07"),)),
    ("The World Bank held back a $300 million loan to Kenya on Friday, citing corruption.",
     ("IGO", "KEN", "16"), (("IGO", "KEN", "07"),)),
    # control: a bus held up by bandits is no sanction
    ("Armed bandits held up a bus near Nakuru and robbed its passengers.", None, (("*", "*", "16"),)),
]


test_parse38_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one
