"""The thirty-fifth session's target fixes (wip/targets37, issue #7): who an act is done to in era leads.
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


def test_the_crews_of_boats_seized_are_the_boats_owners(code: Any) -> None:
    got = triples(code("Turkish coast guard vessels intercepted two Greek fishing boats near Lesbos on "
                       "Sunday and detained their crews.", date=DATE))
    assert aimed(got, "TUR", "GRC", "17") and not aimed(got, "TUR", "TUR", "17"), got
    got = triples(code("Thai navy boats seized three Burmese trawlers on Sunday and arrested their 25 "
                       "crewmen.", date=DATE))
    assert aimed(got, "THA", "MMR", "17") and not aimed(got, "THA", "THA", "17"), got
    # control: the people of the seizer's own thing stay unmoved ("their" of no foreign thing)
    got = triples(code("Iraqi troops seized the town of Khafji on Tuesday and shelled its defenders.",
                       date=DATE))
    assert not aimed(got, "IRQ", "IRQ", "17"), got


def test_a_boat_seized_or_captured_is_property_seized(code: Any) -> None:
    got = triples(code("Soviet border guards seized a Japanese fishing boat near Hokkaido on Friday.",
                       date=DATE))
    assert aimed(got, "USR", "JPN", "171"), got
    got = triples(code("Vietnamese gunboats captured a Chinese trawler in the Gulf of Tonkin on Tuesday.",
                       date=DATE))
    assert aimed(got, "VNM", "CHN", "171"), got
    # control: a town captured is still ground occupied
    got = triples(code("Eritrean troops captured the Ethiopian town of Zalambessa on Tuesday.", date=DATE))
    assert aimed(got, "ERI", "ETH", "192"), got


def test_a_judgement_of_the_first_clauses_act_is_aimed_at_its_doers(code: Any) -> None:
    got = triples(code("Iraqi troops crossed into Kuwait on Thursday, and Egypt condemned the invasion.",
                       date=DATE))
    assert aimed(got, "EGY", "IRQ", "11") and not aimed(got, "EGY", "KWT", "11"), got
    got = triples(code("Indian jets bombed guerrilla camps in Pakistani Kashmir on Monday, and Pakistan "
                       "denounced the attack.", date=DATE))
    assert aimed(got, "PAK", "IND", "11"), got
    got = triples(code("France expelled three Iranian diplomats on Friday, and Tehran condemned the "
                       "decision.", date=DATE))
    assert aimed(got, "IRN", "FRA", "11"), got
    # control: a judgement with a party of its own keeps it
    got = triples(code("Iraqi troops crossed into Kuwait on Thursday, and Egypt condemned Baghdad.",
                       date=DATE))
    assert aimed(got, "EGY", "IRQ", "11"), got


def test_people_of_a_side_named_in_an_of_phrase_are_met(code: Any) -> None:
    got = triples(code("King Fahd of Saudi Arabia on Sunday met representatives of the Iraqi opposition in "
                       "Riyadh.", date=DATE))
    assert aimed(got, "SAU", "IRQOPP", "04"), got
    got = triples(code("President Assad on Sunday met a delegation of the Iraqi opposition in Damascus.",
                       date=DATE))
    assert aimed(got, "SYR", "IRQOPP", "04"), got
    # control: an object that is the opposition itself is no meeting
    got = triples(code("The plan met strong opposition from the Iraqi government on Monday.", date=DATE))
    assert not any(c.startswith("04") for _, _, c in got), got


def test_a_leads_act_of_force_with_no_party_hit_is_aimed_at_the_datelines_state(code: Any) -> None:
    got = triples(code("BAGHDAD (Reuters) - U.S. and British warplanes struck air defence sites in the south "
                       "on Sunday.", date=DATE))
    assert aimed(got, "USA", "IRQ", "19") and aimed(got, "GBR", "IRQ", "19"), got
    got = triples(code("KABUL (AP) - Soviet jets bombed guerrilla supply routes near the Pakistani border on "
                       "Friday.", date=DATE))
    assert any(s[:3] in ("USR", "RUS") and t[:3] in ("AFG", "PAK") and c[:2] == "19" for s, t, c in got), got
    # control: the dateline's own forces striking at home get no target of their own state
    got = triples(code("BAGHDAD (Reuters) - Iraqi troops shelled positions in the north on Sunday.",
                       date=DATE))
    assert not aimed(got, "IRQ", "IRQ", "19"), got
    # control: a regional desk's dateline heads copy about other states, and completes nothing
    got = triples(code("NICOSIA (Reuters) - Iraqi warplanes bombed targets in the marshes of the south on "
                       "Monday.", date=DATE))
    assert not aimed(got, "IRQ", "CYP", "19"), got


def test_a_bare_government_in_a_lead_is_the_datelines_state(code: Any) -> None:
    got = triples(code("MOSCOW (Reuters) - The United States on Tuesday criticised the government's handling "
                       "of the miners' strike.", date=DATE))
    assert aimed(got, "USA", "RUSGOV", "11") and not aimed(got, "USA", "USA", "11"), got
    # control: the dateline's own state acting on its government keeps it
    got = triples(code("BEIJING (AP) - China on Monday urged the government to free jailed dissidents.",
                       date=DATE))
    assert not any(t[:3] not in ("CHN", "") for _, t, _ in got), got


def test_unplaced_parties_hit_in_a_lead_are_the_datelines(code: Any) -> None:
    got = triples(code("KABUL (AP) - Soviet helicopter gunships rocketed guerrilla hideouts in the mountains "
                       "on Friday.", date=DATE))
    assert aimed(got, "USR", "AFG", "19") and not aimed(got, "USR", "---", "19"), got
    # control: the dateline's own forces' unplaced foes are left to the usual rules
    got = triples(code("WASHINGTON (Reuters) - American warplanes struck guerrilla hideouts on Friday.",
                       date=DATE))
    assert not aimed(got, "USA", "USA", "19"), got


def test_an_envoy_summoned_with_no_agent_is_summoned_by_the_state_of_his_post(code: Any) -> None:
    got = triples(code("Libya's ambassador to Tunisia was summoned to the Foreign Ministry on Wednesday and "
                       "handed a note of protest.", date=DATE))
    assert aimed(got, "TUN", "LBY", "11"), got
    got = triples(code("The Iranian charge d'affaires in Bonn was called to the Foreign Ministry on Monday "
                       "to hear a protest over the threats.", date=DATE))
    assert aimed(got, "DEU", "IRN", "11") and not aimed(got, "IRN", "DEU", "11"), got
    # control: a summons with its agent named keeps it
    got = triples(code("Syria's ambassador was summoned by the Turkish Foreign Ministry on Sunday.",
                       date=DATE))
    assert aimed(got, "TUR", "SYR", "11"), got
