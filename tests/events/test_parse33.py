"""The thirty-first session's long-lead classes (wip/parse33), on fresh sentences and controls (none of them
is a row of probes_parse33.py): the speaker's second act after a that-clause told to an audience ("told
reporters that X would never agree and called on Y to ..."), hung on the telling verb; a set-off accusing
participle between the subject and its verb, the verb's adverbial clause (the subject's accusation); a
yielding told in a participle after the main act ("..., bowing to U.S. pressure"); "mounting" read as a
gerund before "pressure"; "ministers meeting in Cairo" read as a meeting in a by-agent."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # the speaker's second act after a that-clause
    ("Chilean President Patricio Aylwin told reporters in Santiago on Monday that his government would never "
     "accept foreign interference and accused Argentina of violating the border.", ("CHL", "ARG", "11"), ()),
    ("Ukrainian President Leonid Kravchuk told parliament on Friday that Ukraine would keep its share of the "
     "Black Sea Fleet and urged Russia to open talks on dividing it.", ("UKR", "RUS", "02"), ()),
    ("Thai Prime Minister Chuan Leekpai told a news conference that Bangkok was deeply concerned about the "
     "fighting and called on Burma to stop shelling border villages.", ("THA", "MMR", "02"), ()),
    ("The Indonesian foreign minister told reporters that Jakarta had been misled by the report and rejected "
     "an offer of mediation from Portugal.", ("IDN", "PRT", "12"), (("*", "IDN", "12"),)),
    # controls: the reported clause's own second verb, and a second verb with a subject of its own
    ("Army officials told reporters that rebels attacked the town and accused the villagers of spying.",
     None, (("*", "*", "02"),)),
    ("The minister told parliament that Turkey would never accept the plan and that Greece had rejected it.",
     None, (("*", "*", "02"),)),
    # a set-off accusing participle between subject and verb
    ("Egypt, accusing Sudan of sheltering Islamic militants, on Monday closed its consulate in Port Sudan.",
     ("EGY", "SDN", "11"), ()),
    ("Armenia, accusing Azerbaijan of shelling border villages, on Friday put its troops on alert.",
     ("ARM", "AZE", "11"), ()),
    # a yielding participle after the main act
    ("Kenya's government on Friday released six jailed opposition leaders, bowing to mounting U.S. "
     "pressure over human rights.", ("KEN", "USA", "08"), ()),
    # control: a result participle stays no yielding
    ("The army withdrew from the town on Friday, ending a week of fighting.", None, (("*", "*", "19"),)),
    # people meeting in a place, the agent of a passive demand
    ("An end to the Turkish offensive in northern Iraq was demanded on Monday by European Union foreign "
     "ministers meeting in Luxembourg.", ("IGO", "TUR", "10"), (("LUX", "*", "10"),)),
    # control: ministers meeting in a place as the subject, read right by the first parse
    ("Arab League foreign ministers meeting in Tunis condemned the raid.", None, (("TUN", "*", "04"),)),
]


test_parse33_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


_parsed = _match.reparsed  # the sentence after the re-parse repairs


def test_second_act_hung_on_the_telling_verb() -> None:
    part = _parsed("The Greek premier told parliament that Greece would not negotiate while the warships "
                   "remained and recalled the ambassador from Ankara.")
    recalled = next(t for t in part if t.text == "recalled")
    assert recalled.head.text == "told" and recalled.dep_ == "conj"
    assert part[0].idx == 0


def test_reported_past_keeps_its_conjunct() -> None:
    part = _parsed("Officials told reporters that the rebels attacked the town and accused the villagers of "
                   "spying.")
    accused = next(t for t in part if t.text == "accused")
    assert accused.head.text != "told"


def test_accusing_participle_hung_on_the_verb() -> None:
    part = _parsed("Egypt, accusing Sudan of sheltering militants, on Monday closed its consulate.")
    accusing = next(t for t in part if t.text == "accusing")
    assert accusing.head.text == "closed" and accusing.dep_ == "advcl"


def test_mounting_read_as_a_modifier() -> None:
    part = _parsed("The government freed the prisoners, bowing to mounting pressure from Washington.")
    mounting = next(t for t in part if t.text == "mounting")
    assert mounting.dep_ == "amod" and mounting.head.text == "pressure"
