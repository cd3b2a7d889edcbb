"""The thirtieth session's target fixes (wip/targets32, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple from this source country at exactly this target actor, its code starting with `root`."""
    return any(s[:3] == source and t == target and c.startswith(root) for s, t, c in got)


def test_a_held_opponents_release_praised_is_aimed_at_his_own_state(code: Any) -> None:
    got = triples(code("Sweden on Friday welcomed the release of Chinese dissident Wang Dan from prison.",
                       date=DATE))
    assert aimed(got, "SWE", "CHNGOV", "051"), got
    # control: nationals of the praiser's own state freed abroad are no opponents held by their state
    got = triples(code("France on Monday welcomed the release of two French hostages held in Lebanon.",
                       date=DATE))
    assert not any(t.startswith("FRAGOV") for _, t, _ in got), got


def test_a_seat_of_the_state_struck_is_the_body_that_sits_there(code: Any) -> None:
    got = triples(code("Rebels shelled the presidential palace in Kampala on Tuesday.", date=DATE))
    assert aimed(got, "UGA", "UGAGOV", "19"), got
    got = triples(code("Mutinous soldiers attacked the parliament building in Suva on Friday.", date=DATE))
    assert any(t == "FJILEG" for _, t, _ in got), got
    # control: a city shelled with no seat named stays its people (the GSR records' "rebels shelled Juba")
    got = triples(code("Rebels shelled Juba on Monday, killing five civilians.", date=DATE))
    assert any(t.endswith("CVL") for _, t, _ in got), got


def test_a_town_taken_by_its_own_rebels_stays_its_people(code: Any) -> None:
    # the project's convention (the GSR records' "rebels shelled Juba", "retook a village"): a town struck
    # or taken is its civilians, whoever holds it; only a seat of the state is its body
    got = triples(code("Tutsi-led rebels captured the eastern city of Bukavu on Wednesday.", date=DATE))
    assert any(t.endswith("CVL") and c.startswith("19") for _, t, c in got), got
    got = triples(code("Government troops recaptured the town of Kuito from rebels on Monday.", date=DATE))
    assert not any(t.endswith("GOV") for _, t, _ in got), got


def test_a_place_stormed_to_free_hostages_is_aimed_at_their_holders(code: Any) -> None:
    got = triples(code("Indian commandos stormed a hijacked airliner in Amritsar on Friday, freeing 120 "
                       "hostages held by Sikh militants.", date=DATE))
    assert any(s.startswith("IND") and t.startswith("IND") and t[3:6] in ("UAF", "REB")
               for s, t, _ in got), got
    # control: no hostages, the people killed stay the target
    got = triples(code("Troops stormed the town on Sunday, killing 20 rebels.", date=DATE))
    assert any(t.endswith("REB") for _, t, _ in got), got


def test_a_posture_after_a_partys_move_is_aimed_at_that_party(code: Any) -> None:
    got = triples(code("Pakistan put its forces on alert on Tuesday after India moved troops to the border.",
                       date=DATE))
    assert has(got, "PAK", "IND", "15"), got
    got = triples(code("The United States sent an aircraft carrier to the Adriatic on Friday after Serbia "
                       "massed troops on the Kosovo border.", date=DATE))
    assert any(s.startswith("USA") and t[:3] in ("SRB", "YUG") and c.startswith("15")
               for s, t, c in got), got
    # control: a move by nobody names no party
    got = triples(code("Taiwan staged military exercises on Tuesday after a typhoon hit the island.",
                       date=DATE))
    assert not any(c.startswith("15") for _, _, c in got), got


def test_a_halt_is_towards_the_side_the_operations_were_against(code: Any) -> None:
    got = triples(code("The Philippine government ordered troops to suspend offensive operations against "
                       "communist rebels for Christmas.", date=DATE))
    assert aimed(got, "PHL", "PHLREB", "087"), got
    # control: a halt to operations in a place keeps the place (lead31)
    got = triples(code("Russia ordered an immediate halt to military operations in Chechnya on Monday.",
                       date=DATE))
    assert any(t.startswith("RUS") and c.startswith("087") for _, t, c in got), got


def test_a_bare_state_role_rebels_attack_is_their_own_state(code: Any) -> None:
    got = triples(code("Tamil rebels attacked an army camp near the Indian coast on Sunday.", date=DATE))
    assert aimed(got, "LKA", "LKAMIL", "19"), got
    # control: a state role the sentence places by its own nationality keeps it
    got = triples(code("Colombian rebels attacked a Venezuelan army post on Monday.", date=DATE))
    assert aimed(got, "COL", "VENMIL", "19"), got
