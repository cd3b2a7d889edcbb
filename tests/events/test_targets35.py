"""The thirty-third session's target fixes (wip/targets35, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple from this source country at this target (country, or actor code when longer), its code
    starting with `root`."""
    return any(s[:3] == source and t[:len(target)] == target and c.startswith(root) for s, t, c in got)


def test_a_halt_to_own_operations_abroad_is_aimed_at_the_place(code: Any) -> None:
    got = triples(code("President Bill Clinton on Tuesday ordered a halt to American military operations in "
                       "Somalia except in self-defence.", date=DATE))
    assert aimed(got, "USA", "SOM", "087") and not aimed(got, "USA", "USA", "087"), got
    got = triples(code("French President Jacques Chirac ordered a halt to French military operations in "
                       "Ivory Coast on Sunday.", date=DATE))
    assert aimed(got, "FRA", "CIV", "087"), got
    # control: a halt at home keeps its own country
    got = triples(code("President Boris Yeltsin ordered a halt to Russian bombing raids in Chechnya on "
                       "Thursday.", date=DATE))
    assert aimed(got, "RUS", "RUS", "087"), got


def test_a_joint_coordination_before_talks_is_between_the_pair(code: Any) -> None:
    got = triples(code("Brazil and Argentina agreed on Monday to coordinate their positions in trade talks "
                       "with the United States and the European Union.", date=DATE))
    assert aimed(got, "BRA", "ARG", "03") and aimed(got, "ARG", "BRA", "03"), got
    assert not aimed(got, "BRA", "USA", "03"), got
    got = triples(code("Chile and Peru agreed on Friday to coordinate their stand in fishing negotiations "
                       "with Japan.", date=DATE))
    assert aimed(got, "CHL", "PER", "03") and not aimed(got, "CHL", "JPN", "03"), got
    # controls: a partner on the verb itself stays the partner
    got = triples(code("Syria and Lebanon coordinated their positions with Iran on Monday.", date=DATE))
    assert aimed(got, "SYR", "IRN", "05"), got
    got = triples(code("Syria coordinated its position with Lebanon on Monday.", date=DATE))
    assert aimed(got, "SYR", "LBN", "05"), got


def test_the_countrys_forces_are_the_country_named_before(code: Any) -> None:
    got = triples(code("French troops in Ivory Coast destroyed the country's small air force on Saturday.",
                       date=DATE))
    assert aimed(got, "FRA", "CIVMIL", "19"), got
    got = triples(code("Tanzania said on Monday that the country's army had attacked Ugandan positions.",
                       date=DATE))
    assert any(s == "TZAMIL" and t[:3] == "UGA" for s, t, _ in got), got
    # control: a country that only modifies a noun ("U.S. diplomats") is not the one talked about
    got = triples(code("U.S. diplomats in Kenya said the country's police arrested 40 opposition "
                       "supporters.", date=DATE))
    assert not any(s[:3] == "USA" and c.startswith("17") for s, _, c in got), got
    assert any(s == "KENCOP" and c.startswith("17") for s, _, c in got), got


def test_a_person_captured_by_police_is_arrested(code: Any) -> None:
    got = triples(code("Colombian police on Friday captured Gilberto Rodriguez Orejuela, the alleged head of "
                       "the Cali cocaine cartel, in a raid in Cali.", date=DATE))
    assert aimed(got, "COL", "COL", "173"), got
    # controls: a town captured is taken (192); rebels capturing a town are no arrest
    got = triples(code("Police captured the town of Jaffna on Monday.", date=DATE))
    assert not any(c.startswith("173") for _, _, c in got), got
    got = triples(code("Rebels captured the town of Kuito on Monday.", date=DATE))
    assert any(c.startswith("19") for _, _, c in got), got


def test_rebel_arms_striking_a_named_place_are_its_countrys_rebels(code: Any) -> None:
    got = triples(code("Rebel artillery shelled the Liberian capital Monrovia on Tuesday.", date=DATE))
    assert any(s == "LBRREB" and t[:3] == "LBR" and c.startswith("19") for s, t, c in got), got
    got = triples(code("Guerrilla mortars hit the Salvadoran town of Usulutan on Friday.", date=DATE))
    assert any(s == "SLVREB" and c.startswith("19") for s, _, c in got), got
    # controls: a state's arms are the state's; arms of no side have no source
    got = triples(code("Government artillery shelled the Liberian capital Monrovia on Tuesday.", date=DATE))
    assert not any(s[3:] == "REB" for s, _, _ in got), got
    got = triples(code("Heavy artillery pounded the Afghan capital Kabul on Sunday.", date=DATE))
    assert not any(s[3:] == "REB" for s, _, _ in got), got


def test_persons_handed_over_are_handed_to_the_receiving_state(code: Any) -> None:
    # the small model reads "to Turkey two Kurdish rebels" as one phrase, the state a modifier
    got = triples(code("Iran on Monday handed over to Iraq two Iraqi army deserters who had crossed the "
                       "border.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "06") and not aimed(got, "IRN", "IRQMIL", "06"), got
    got = triples(code("Syria on Thursday handed over to Turkey two Kurdish rebels who had fled across the "
                       "border.", date=DATE))
    assert aimed(got, "SYR", "TUR", "06") and not aimed(got, "SYR", "TURREB", "06"), got
    # control: with no recipient, the persons handed over stay the target
    got = triples(code("Turkey handed over two Kurdish rebels on Thursday.", date=DATE))
    assert aimed(got, "TUR", "TURREB", "06"), got


def test_a_freeze_on_aid_lifted_eases_the_sanction(code: Any) -> None:
    got = triples(code("The World Bank lifted a freeze on loans to Kenya on Tuesday.", date=DATE))
    assert any(t[:3] == "KEN" and c.startswith("08") for _, t, c in got), got
    # control: a freeze with no party lifted codes nothing
    got = triples(code("The company lifted its hiring freeze on Monday.", date=DATE))
    assert not got, got
