"""The agreement probes of the twenty-first session (tests/events/probes_agree23.py): agreements reached
in talks, at meetings and on visits, and sanctions told with a warning. Each row must be coded, and no
sentence may carry a second count of its act (FORBIDDEN)."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_agree23")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize("row", _probes.AGREE23, ids=[r[3][:40] for r in _probes.AGREE23])
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)


@pytest.mark.parametrize("text", sorted(_probes.FORBIDDEN), ids=[t[:40] for t in sorted(_probes.FORBIDDEN)])
def test_no_second_count_of_the_act(text: str) -> None:
    got = _match.coded(text)
    assert not _probes.forbidden_found(text, got), sorted(got)
