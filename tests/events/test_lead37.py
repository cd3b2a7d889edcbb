"""The thirty-fifth session's lead fixes (issue #7). Fresh sentences (not the probe files'), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_forces_sent_to_guard_or_back_another_party_are_protection(code: Any) -> None:
    # guarding: the protected party, armed or not; backing: an armed or state party of another country
    got = triples(code("Italy dispatched three warships to the Adriatic on Monday to escort Albanian "
                       "ferries.", date=DATE))
    assert aimed(got, "ITA", "ALB", "074"), got
    got = triples(code("Egypt sent two squadrons of jets to reinforce the Saudi air force on Sunday.",
                       date=DATE))
    assert aimed(got, "EGY", "SAU", "074"), got
    # a promise to send them is a pledge of protection, not a threat of force
    got = triples(code("Turkey said on Friday it would send gunboats to help protect Georgian oil tankers.",
                       date=DATE))
    assert aimed(got, "TUR", "GEO", "033") and not any(c.startswith("13") for _, _, c in got), got


def test_people_in_need_helped_are_no_protected_party(code: Any) -> None:
    got = triples(code("Japan sent two frigates to help flood victims in Bangladesh on Tuesday.", date=DATE))
    assert not any(c == "074" for _, _, c in got), got
    # control: ships sent to guard them still protect
    got = triples(code("Japan sent two frigates to protect Bangladeshi fishing fleets on Tuesday.",
                       date=DATE))
    assert aimed(got, "JPN", "BGD", "074"), got


def test_ships_sent_to_the_own_border_stay_a_build_up(code: Any) -> None:
    got = triples(code("Iran sent three gunboats to its border with Iraq to guard its territory.", date=DATE))
    assert not any(c == "074" for _, _, c in got), got


def test_a_claimed_attack_is_aimed_at_whom_it_struck(code: Any) -> None:
    got = triples(code("The Kurdistan Workers Party claimed responsibility for a bombing in Istanbul on "
                       "Monday that killed three tourists.", date=DATE))
    assert aimed(got, "TURREB", "TUR", "015"), got
    got = triples(code("Sikh separatists claimed responsibility for a bomb blast at a crowded market in New "
                       "Delhi on Friday.", date=DATE))
    assert aimed(got, "IND", "IND", "015"), got
    # control: an attack on a named party keeps that party
    got = triples(code("Muslim rebels claimed responsibility for an ambush on an army patrol in Kashmir.",
                       date=DATE))
    assert aimed(got, "IND", "INDMIL", "015"), got


def test_homes_blown_up_are_property_destroyed(code: Any) -> None:
    got = triples(code("Serb police blew up the houses of ethnic Albanian villagers near Pristina on "
                       "Sunday.", date=DATE))
    assert any(c == "1712" for _, _, c in got) and not any(c.startswith("18") for _, _, c in got), got
    # control: a bus blown up with its passengers is a bombing
    got = triples(code("Rebels blew up a passenger bus in Algiers on Sunday, killing 12 people.", date=DATE))
    assert any(c.startswith("18") for _, _, c in got), got


def test_a_named_group_after_its_descriptor_is_one_party(code: Any) -> None:
    got = triples(code("The Islamic militant group Hamas carried out a suicide bombing in Tel Aviv on "
                       "Friday.", date=DATE))
    assert aimed(got, "PSEREB", "ISR", "183"), got
    assert {s for s, _, _ in got} == {"PSEREB"}, got


def test_the_one_helped_may_be_the_complements_subject(code: Any) -> None:
    # merge (int37): "to help President X put down a revolt" helps X, the subject of "put"
    got = triples(code("Nigeria sent troops into Sierra Leone on Friday to help President Ahmad Tejan Kabbah "
                       "fight off a rebel offensive.", date=DATE))
    assert aimed(got, "NGA", "SLE", "074"), got
    # control: a state's own army helped is no protection given to another
    got = triples(code("Iraq sent troops to the border to help the army put down a Kurdish revolt.",
                       date=DATE))
    assert not any(c == "074" for _, _, c in got), got
