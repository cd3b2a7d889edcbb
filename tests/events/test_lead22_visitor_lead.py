"""A titled foreigner in a dateline story's lead is a visitor there (twentieth session): the country his
act is aimed at does not become the story's ("HANOI, Vietnam (AP) - U.S. Defense Secretary Mark Esper
accused China ..." made the Vietnamese officials he met later China's)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

VISIT = """Japanese minister warns on sea claims

MANILA, Philippines (AP) - Japanese Foreign Minister Taro Kono on Tuesday accused China of \
militarising disputed reefs in the South China Sea.

Kono later met senior government officials and toured a coast guard base.
"""

HUB = """LONDON (Reuters) - Police in Lagos fired tear gas at protesters across Nigeria on Monday.

Officials said 20 people were arrested.
"""


def _code_of(art: Any, words: str) -> str | None:
    ent = next((e for e in art.entities if words in e.text), None)
    return None if ent is None or ent.actor is None else ent.actor.code


def test_a_visitors_lead_keeps_the_dateline_country(code: Any) -> None:
    art = code(VISIT, date="2018-06-12")
    assert (_code_of(art, "officials") or "").startswith("PHL"), _code_of(art, "officials")


def test_a_lead_about_another_country_still_moves_a_hub_dateline(code: Any) -> None:
    art = code(HUB, date="2018-06-12")
    assert (_code_of(art, "Officials") or "").startswith("NGA"), _code_of(art, "Officials")


HUB_LEADER = """LONDON (Reuters) - Nigerian President Muhammadu Buhari said police in Lagos had arrested 20 \
protesters on Monday.

Officials said the protesters would be charged.
"""


def test_a_leader_of_the_leads_country_still_moves_a_hub_dateline(code: Any) -> None:
    art = code(HUB_LEADER, date="2018-06-12")
    assert (_code_of(art, "Officials") or "").startswith("NGA"), _code_of(art, "Officials")
