"""Role probes of the tenth session (tests/events/probes_roles11.py): full actor codes (the sector is
the point) and the 1313 sub-code of a threat to leave a body, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_roles11")
_wire = load_probe_module("probes_wire")
coded_triples = _wire.coded_triples

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in _probes.ROLES11])
def test_roles11_probe(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded_triples(code(text)) == expected


def test_probes_cover_the_classes_and_negatives() -> None:
    classes = {c for c, _, _ in _probes.ROLES11}
    assert classes == {"owned office", "installation", "threat to leave"}
    assert sum(1 for _, _, e in _probes.ROLES11 if not e) >= 3
