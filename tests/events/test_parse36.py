"""The thirty-fourth session's long-lead classes (wip/parse36), on fresh sentences and controls (none of them
is a row of probes_parse36.py): a second frame coordinated with a first ("refused to let inspectors in and
(but also) demanded that ..."), read beside it, not as what was refused; a passive's by-agent set off after
a where-clause and hung on the trailing attribution's verb, laid back on the passive; an offensive pressed
(on with, ahead with) is force, not an accusation; lists exchanged are information shared and ambassadors
exchanged full relations, both ways; a premier or president deposed, unseated or ousted by the state's own
parliament, congress or head is an administrative sanction; the person removed held the office whatever
the table's dates; an accusing participle hung on a list's last verb that codes nothing stands beside the
act at the list's head; the lead's object read as the subject of the trailing "..., a spokesman said".
Second fixes: charges traded both ways; a court that deposes; a headline in capitals run into the lead by
a dash, cut from it (events) and from the entity NER ran across it (actors)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

_TRADED = "Iran and Iraq on Monday traded charges of shelling each other's border towns."

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a second frame coordinated with a refusal
    ("North Korea on Tuesday refused to let IAEA inspectors visit two suspect sites and demanded that "
     "Washington halt its military exercises with the South.", ("PRK", "USA", "10"), ()),
    ("Serbia on Friday refused to withdraw its police from Kosovo and warned NATO that it would resist any "
     "attack.", ("SRB", "IGO", "13"), ()),
    # controls: the refusal itself kept; a refusal alone makes no demand
    ("North Korea on Tuesday refused to let IAEA inspectors visit two suspect sites and demanded that "
     "Washington halt its military exercises with the South.", ("PRK", "IGO", "12"), ()),
    ("Iraq on Sunday refused to let U.N. inspectors into the presidential palaces, diplomats said.",
     ("IRQ", "IGO", "12"), (("IRQ", "*", "10"),)),
    # control: a frame the model hung in a clause a speaker reports is not the reported party's act
    ("Sri Lanka's foreign minister told parliament that India had rejected Colombo's offer of talks, and "
     "urged New Delhi to stop arming the Tamil rebels.", ("IND", "LKA", "12"), (("IND", "*", "02"),)),
    # a by-agent after a where-clause, hung on the attribution's verb
    ("Two French aid workers were kidnapped on Sunday near the town of Baidoa, where relief agencies have "
     "run feeding centres since 1992, by militiamen loyal to a local warlord, the agency said in Nairobi.",
     ("SOM", "FRA", "18"), ()),
    # controls: "by all accounts" is no agent; an agent the model placed is kept
    ("Three Indian soldiers were killed on Monday in Kupwara district, where the army has been hunting "
     "militants for weeks, by guerrillas of the Hizbul Mujahideen, police said.", ("IND", "IND", "19"), ()),
    # an offensive pressed
    ("Turkey pressed ahead with its offensive against Kurdish rebels in northern Iraq on Monday.",
     ("TUR", "IRQ", "19"), (("TUR", "IRQ", "11"),)),
    ("Israel pressed its offensive against Hezbollah guerrillas in south Lebanon on Tuesday.",
     ("ISR", "LBN", "19"), (("ISR", "LBN", "11"),)),
    # controls: a diplomatic offensive is in words; an armed subject's attack stays force
    ("Iraq pressed its diplomatic offensive against Kuwait on Monday.", ("IRQ", "KWT", "11"),
     (("IRQ", "KWT", "19"),)),
    # lists and ambassadors exchanged
    ("China and South Korea on Monday exchanged ambassadors for the first time since the Korean War.",
     ("KOR", "CHN", "05"), ()),
    ("Israel and Syria exchanged lists of prisoners held by each side.", ("SYR", "ISR", "06"), ()),
    # controls: prisoners and fire exchanged keep their codes
    ("Ethiopia and Eritrea on Tuesday exchanged 300 prisoners of war.", ("ETH", "ERI", "08"), ()),
    ("Indian and Pakistani troops exchanged artillery fire across the Line of Control on Monday.",
     ("IND", "PAK", "19"), ()),
    # removals by a state's own body
    ("Peru's Congress on Tuesday deposed President Alberto Fujimori, declaring him morally unfit to govern.",
     ("PER", "PER", "17"), ()),
    ("Japan's parliament unseated Prime Minister Sosuke Uno on Monday after a sex scandal.",
     ("JPN", "JPN", "17"), ()),
    # controls: voters do no act to the premier; troops that oust rebels from a town
    ("Voters in Nepal on Sunday unseated Prime Minister Girija Prasad Koirala.", None, (("*", "*", "17"),)),
    ("Government troops ousted the rebels from the town of Kindia on Monday.", ("GIN", "GIN", "18"),
     (("*", "*", "17"),)),
    # an accusing participle hung on a list's last verb that codes nothing
    ("Ghana on Friday closed its border with Togo and dissolved the joint security commission, accusing Lome "
     "of harbouring dissidents.", ("GHA", "TGO", "11"), ()),
    ("Sudan on Sunday expelled the Eritrean ambassador and dissolved the joint border commission, accusing "
     "Asmara of arming rebels in the east.", ("SDN", "ERI", "11"), ()),
    # controls: the list's own act kept
    ("Sudan on Sunday expelled the Eritrean ambassador and dissolved the joint border commission, accusing "
     "Asmara of arming rebels in the east.", ("SDN", "ERI", "16"), ()),
    # the lead's object read as the attribution's subject
    ("The Taliban on Tuesday freed 40 Iranian truck drivers they had held since the fall of Mazar-i-Sharif, "
     "an Iranian diplomat said in Islamabad.", ("AFG", "IRN", "08"), (("AFG", "PAK", "*"),)),
    # controls: an attribution the model reads right
    ("Chechen fighters on Friday released two Russian journalists they had kidnapped in Grozny last month, "
     "an Interior Ministry spokesman said in Moscow.", ("RUS", "RUS", "08"), ()),
    # second fixes: charges traded both ways
    (_TRADED, ("IRQ", "IRN", "11"), ()),
    (_TRADED, ("IRN", "IRQ", "11"), ()),
    # a court that deposes an office holder
    ("Ecuador's Supreme Court on Friday deposed Vice-President Alberto Dahik for misusing public funds.",
     ("ECU", "ECU", "17"), ()),
    # third fix: a legislature by its own name
    ("Russia's Duma on Friday ousted Prime Minister Sergei Kiriyenko.", ("RUS", "RUS", "17"), ()),
    # a headline in capitals run into the lead by a dash: the lead's subject is its own name
    ("ZIMBABWE EXPELS BRITISH REPORTER - Zimbabwe on Thursday ordered a British correspondent to leave the "
     "country.", ("ZWE", "GBR", "17"), (("GBR", "GBR", "*"),)),
    ("CUBA FREES DISSIDENT - Cuba on Friday freed a jailed Spanish journalist, Spain said.",
     ("CUB", "ESP", "08"), ()),
    # controls: a headline the model already cut; a lead with no headline
    ("IRAN WARNS IRAQ - Iran on Sunday warned Iraq against attacking its border posts.", ("IRN", "IRQ", "13"),
     ()),
    ("NATO warns Serbs - NATO on Monday warned the Bosnian Serbs against shelling Sarajevo.",
     ("IGO", "BIH", "13"), ()),
]


test_parse36_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


def test_removed_leader_held_the_office() -> None:
    got = _match.coded("The army ousted President Mengistu Haile Mariam on Monday.")
    assert any(t == "ETHGOV" and c[:2] == "18" for _, t, c in got), sorted(got)
    # control: "ousted" before the title is "former", as before
    got = _match.coded("Troops loyal to the junta on Monday arrested the ousted President Mengistu Haile "
                       "Mariam.")
    assert any(t == "ETHELI" for _, t, _ in got), sorted(got)


def test_headline_entity_cut_at_the_dash() -> None:
    got = _match.coded("ANGOLA ACCUSES ZAIRE - Angola on Tuesday accused Zaire of arming the rebels.")
    assert any(s[:3] == "AGO" and t[:3] in ("COD", "ZAR") and c[:2] == "11" for s, t, c in got), sorted(got)
    assert not any(s[:3] in ("COD", "ZAR") for s, _, _ in got), sorted(got)


def test_attribution_laid_back() -> None:
    part = _match.reparsed("The Taliban on Tuesday freed 40 Iranian truck drivers they had held since the "
                           "fall of Mazar-i-Sharif, an Iranian diplomat said in Islamabad.")
    drivers = next(t for t in part if t.text == "drivers")
    said = next(t for t in part if t.text == "said")
    assert (drivers.dep_, drivers.head.text) == ("dobj", "freed")
    assert said.dep_ == "ROOT"
    assert next(t for t in part if t.text == "diplomat").head.text == "said"
