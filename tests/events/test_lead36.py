"""The thirty-fourth session's lead fixes (issue #7). Fresh sentences (not the probe file's), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_vessel_seized_off_a_place_is_property_not_territory(code: Any) -> None:
    got = triples(code("Iraqi gunboats seized a Kuwaiti fishing boat off the island of Failaka on Sunday.",
                       date=DATE)) | triples(
        code("Moroccan patrol boats seized two Spanish trawlers off the coast of Western Sahara on Friday.",
             date=DATE))
    assert any(s.startswith("IRQ") and t.startswith("KWT") and c.startswith("17") for s, t, c in got), got
    assert any(s.startswith("MAR") and t.startswith("ESP") and c.startswith("17") for s, t, c in got), got
    assert not any(c == "192" for _, _, c in got), got
    # control: an island seized is still territory occupied
    got = triples(code("Iraqi troops seized the island of Bubiyan off the Kuwaiti coast on Thursday.",
                       date=DATE))
    assert any(s.startswith("IRQ") and c == "192" for s, _, c in got), got
