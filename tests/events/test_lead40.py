"""The thirty-eighth session's lead fixes (issue #7). Fresh sentences (not the probe files'), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_peacekeepers_no_state_owns_are_an_international_bodys_force(code: Any) -> None:
    # the dateline's state receives them; they are not its army
    got = triples(code("LUANDA (Reuters) - Angolan officials on Tuesday welcomed the international "
                       "peacekeepers to the central highlands.", date=DATE))
    assert aimed(got, "AGO", "IGO", "0"), got
    got = triples(code("KIGALI, Rwanda (AP) - Hutu militiamen ambushed peacekeepers on a road north of the "
                       "capital on Friday, wounding four.", date=DATE))
    assert aimed(got, "RWA", "IGO", "19"), got
    assert not any(t.startswith("RWAMIL") for _, t, _ in got), got
    # controls: a nationality or an owner says whose they are
    got = triples(code("TUZLA, Bosnia (AP) - Serb gunners shelled Danish peacekeepers near Tuzla on Monday.",
                       date=DATE))
    assert aimed(got, "SRB", "DNKMIL", "19") or aimed(got, "BIH", "DNKMIL", "19"), got
    got = triples(code("Canada threatened on Sunday to pull its peacekeepers out of Cyprus.", date=DATE))
    assert not any(t == "IGO" for _, t, _ in got), got
    got = triples(code("KIGALI, Rwanda (AP) - Hutu militiamen ambushed an army patrol north of the capital.",
                       date=DATE))
    assert aimed(got, "RWA", "RWAMIL", "19"), got
