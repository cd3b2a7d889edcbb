"""The thirty-seventh session's long-lead classes (wip/parse39), on fresh sentences and controls (none of them
is a row of probes_parse39.py): force used for a purpose is done to the people the purpose acts on (the
purpose verb's object, or the subject of the act it stops, also after "in order to" and "so as to"), never to
the seat of the state their march was aimed at; a date after "fired tear gas on" is no aim; a violent act
noun that is a harm verb's subject is done by its by-phrase and to what its of-phrase names ("the shelling of
Kassala by Ethiopian troops killed 12"); an act promised with a hedge that affirms it ("will not hesitate to
use force", "will have no choice but to strike X") is an act to come, a threat when it is force."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # force aimed at a purpose clause's goal: the people met
    ("Police in Abidjan fired tear gas on Tuesday to stop thousands of opposition supporters marching on "
     "the presidential palace.", ("CIV", "CIV", "17"), ()),
    ("Egyptian riot police used batons so as to prevent students from marching on the Israeli embassy in "
     "Cairo on Friday.", ("EGY", "EGY", "17"), (("EGY", "ISR", "*"),)),
    ("Israeli soldiers fired rubber bullets on Saturday to stop Palestinian youths marching on a Jewish "
     "settlement near Nablus.", ("ISR", "PSE", "19"), ()),
    # a violent act noun, subject of a harm verb: its by-phrase did it, its of-phrase was struck
    ("The shelling of Kassala by Ethiopian troops on Monday killed 12 civilians, Sudanese officials said.",
     ("ETH", "SDN", "19"), (("SDN", "*", "19"),)),
    ("The shelling of Kandahar by Soviet artillery on Sunday killed 30 villagers, guerrilla sources said.",
     ("USR", "AFG", "19"), (("AFG", "*", "19"),)),
    # an act promised with a hedge that affirms it: "will not hesitate to", "will have no choice but to"
    ("Turkey will not hesitate to strike Kurdish rebel camps in Iraq, the Turkish army chief said on Monday.",
     ("TUR", "IRQ", "13"), ()),
    ("Iraq would not hesitate to attack Israel if it joined the war, Saddam Hussein said on Sunday.",
     ("IRQ", "ISR", "13"), ()),
    ("Washington will have no choice but to strike Libya if it keeps training terrorists, Shultz said.",
     ("USA", "LBY", "13"), ()),
    # control: a hedge in the past tense tells no act to come
    ("Greek Prime Minister Papandreou did not hesitate to praise Washington on Monday.", None,
     (("*", "*", "13"),)),
    # controls: no by-phrase, no doer; a protest march with no force codes no force
    ("The bombing of the embassy killed 63 people.", None, (("*", "*", "19"), ("*", "*", "18"))),
    ("Thousands of teachers marched on parliament in Nairobi on Monday to demand higher pay.", None,
     (("*", "*", "17"), ("*", "*", "19"))),
]

test_parse39_case = _match.case_test(CASES)

# force whose purpose stops a march on a seat of the state: never coded as force on that body
SEAT_CASES = [
    "Zambian police fired tear gas on Wednesday to stop hundreds of opposition supporters marching on the "
    "parliament building in Lusaka.",
    "Police in Dhaka fired tear gas in order to stop students from reaching the parliament building in "
    "Dhaka on Sunday.",
    "Indonesian troops fired into the air in order to drive back thousands of students trying to reach the "
    "parliament building in Jakarta.",
]


@pytest.mark.parametrize("text", SEAT_CASES, ids=[t[:40] for t in SEAT_CASES])
def test_force_not_on_march_goal(text: str) -> None:
    got = _match.coded(text)
    force = [t for t in got if t[2][:2] in ("17", "18", "19")]
    assert force, sorted(got)
    assert not any(t[1][3:6] in ("LEG", "GOV") for t in force), sorted(got)


def test_seat_struck_keeps_its_body() -> None:
    """Control: a seat of the state struck is still the body that sits there."""
    got = _match.coded("Rebels shelled the parliament building in Kabul on Monday.")
    assert any(t[1].endswith("LEG") for t in got), sorted(got)
