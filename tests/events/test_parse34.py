"""The thirty-second session's long-lead classes (wip/parse34), on fresh sentences and controls (none of them
is a row of probes_parse34.py): a list of three verbs the model chains ("raided ..., found ... and detained
..."), the last read as a detail of the first when the middle one codes nothing; the list's middle verb
read as a participle clause of the first ("surrounded the campus, searched every house and arrested ...");
a passive's late by-agent taken by a participle that has one already ("were demolished with bulldozers
escorted by tanks by Israeli troops") or by a clause set off before it ("was stormed, hours after the
talks collapsed, by students"); an opening time clause the model makes the root ("A day after a bomb killed
21 people, Israel sealed off ...", the main verb hung on the clause's object); the object of a phrasal verb
hung on its particle ("sealed off the West Bank")."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a chained list of three verbs, the middle one no act
    ("Peruvian police raided a house in Lima on Saturday, found a cache of explosives and detained four "
     "suspected Shining Path guerrillas.", ("PER", "PER", "17"), ()),
    ("Colombian police raided a ranch, seized two tonnes of cocaine and arrested 14 members of the drug "
     "cartel.", ("COL", "COL", "17"), ()),
    # the list's middle verb read as a participle
    ("Indonesian troops cordoned off the village near Dili on Saturday, searched every house and arrested 17 "
     "young men suspected of links to the guerrillas.", ("IDN", "*", "17"), ()),
    ("Nigerian soldiers occupied the newspaper's offices in Lagos on Tuesday, switched off the presses and "
     "detained the editor.", ("NGA", "NGA", "17"), ()),
    # controls: a conjunct with a subject of its own, a set-off passive participle with its agent
    ("Chinese police detained two dissidents, confiscated their passports and they expelled a Japanese "
     "reporter.", ("CHN", "JPN", "17"), ()),
    ("Kenyan police surrounded the campus, backed by armoured cars, and arrested 40 students.",
     ("KEN", "KEN", "17"), ()),
    # a passive's late agent: a participle's second by-phrase, a by-phrase after a set-off clause
    ("Dozens of Palestinian homes in Khan Younis were demolished on Monday with bulldozers escorted by tanks "
     "by Israeli troops.", ("ISR", "PSE", "17"), ()),
    ("Four Afghan refugee camps near Peshawar were shelled on Monday with guns supplied by Moscow by Soviet "
     "troops, Pakistani officials said.", ("USR", "AFG", "19"), ()),
    ("The U.S. embassy in Tehran was stormed on Sunday, hours after the talks in Geneva collapsed, by "
     "hundreds of Iranian students.", ("IRN", "USA", "19"), ()),
    ("The Greek embassy in Ankara was attacked on Tuesday, hours after the Cyprus talks broke down, by a mob "
     "of Turkish nationalists.", ("TUR", "GRC", "19"), ()),
    # an opening time clause the model made the root, the main verb hung on its object
    ("Two days after gunmen killed 9 tourists in Luxor, Egypt on Thursday expelled the Sudanese ambassador.",
     ("EGY", "SDN", "16"), ()),
    ("A week after a bomb wrecked a bus in Colombo, Sri Lanka on Sunday expelled two Indian diplomats.",
     ("LKA", "IND", "16"), ()),
    ("A day after a bomb killed 21 people in Jerusalem, Israel on Monday sealed off the West Bank.",
     ("ISR", "PSE", "19"), (("ISR", "ISR", "19"),)),
    # the object of a phrasal verb hung on its particle
    ("Following a bombing in Tel Aviv, Israel on Monday sealed off the West Bank.", ("ISR", "PSE", "19"),
     (("ISR", "ISR", "19"),)),
    # controls: an opening clause parsed right, a phrasal verb with its object
    ("Days after Turkish jets bombed rebel camps, Iraq accused Ankara of violating its sovereignty.",
     ("IRQ", "TUR", "11"), ()),
    ("One day after Iranian gunboats attacked a tanker in the Gulf, Kuwait on Monday recalled its ambassador "
     "from Tehran.", ("KWT", "IRN", "16"), ()),
    ("Police in Jakarta sealed off the area around the parliament building on Friday.", ("IDN", "IDN", "19"),
     ()),
    # controls: "by all accounts" says how, a participle's own agent stays its own
    ("Two Bosnian villages were shelled on Sunday, by all accounts for the third day running, witnesses "
     "said.", None, (("*", "*", "19"),)),
    ("The border treaty, signed by the two presidents in 1990, was ratified on Monday by the Russian "
     "parliament.", None, (("*", "*", "19"),)),
]


test_parse34_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


_parsed = _match.reparsed  # the sentence after the re-parse repairs


def test_listed_verb_laid_back_as_a_conjunct() -> None:
    part = _parsed("Zambian police surrounded the main campus in Lusaka on Monday, sealed off the gate with "
                   "trucks and arrested 40 student leaders.")
    sealed = next(t for t in part if t.text == "sealed")
    arrested = next(t for t in part if t.text == "arrested")
    assert sealed.dep_ == "conj" and sealed.head.text == "surrounded" and sealed.tag_ == "VBD"
    assert arrested.head.text == "surrounded"


def test_set_off_participle_stays() -> None:
    part = _parsed("Police surrounded the campus, backed by armoured cars, and arrested 40 students.")
    backed = next(t for t in part if t.text == "backed")
    assert backed.dep_ != "conj"


def test_second_agent_hung_on_the_passive() -> None:
    part = _parsed("The camps were shelled on Monday with guns supplied by Moscow by Soviet troops.")
    agents = [t for t in part if t.text == "by"]
    assert agents[0].head.text == "supplied"
    assert agents[1].head.text == "shelled" and agents[1].dep_ == "agent"



def test_opening_clause_laid_under_the_main_verb() -> None:
    part = _parsed("Two days after gunmen killed 9 tourists in Luxor, Egypt on Thursday expelled the "
                   "Sudanese ambassador.")
    expelled = next(t for t in part if t.text == "expelled")
    killed = next(t for t in part if t.text == "killed")
    assert expelled.dep_ == "ROOT" and killed.head.text == "expelled" and killed.dep_ == "advcl"
    assert next(t for t in part if t.text == "Egypt").head.text == "expelled"


def test_particle_object_on_the_verb() -> None:
    part = _parsed("Israel on Monday sealed off the West Bank.")
    bank = next(t for t in part if t.text == "Bank")
    assert bank.head.text == "sealed" and bank.dep_ == "dobj"
