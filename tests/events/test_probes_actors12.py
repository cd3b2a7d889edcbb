"""Actor probes of the twelfth session (tests/events/probes_actors12.py): full actor codes of the right
act, by error class, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors12")
_wire = load_probe_module("probes_wire")
coded_triples = _wire.coded_triples

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize(("text", "date", "expected"), [(t, d, e) for _, t, d, e in _probes.ACTORS12])
def test_actors12_probe(code: Any, text: str, date: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded_triples(code(text, date=date)) == expected


def test_probes_cover_the_classes_and_negatives() -> None:
    classes = {c for c, _, _, _ in _probes.ACTORS12}
    assert classes == {"us place", "chamber party", "party officer", "watchdog", "civil post", "town word",
                       "public body"}
    # each class keeps at least one probe whose codes the rule must leave as they are
    assert len(_probes.ACTORS12) >= 12
