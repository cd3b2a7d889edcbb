"""Aim probes of the fourteenth session (tests/events/probes_codes16b.py): protests by what they demand,
at the codebook's fourth digit, and protests that name no aim kept at the bare three-digit code.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_codes16b")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.AIMS16, KNOWN_GAPS, 30))
def test_codes16b_aim(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.REFORM16, {}, 30))
def test_codes16b_reform(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.YIELD16, {}, 30))
def test_codes16b_yield(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.ITEMS16B, {}, 30))
def test_codes16b_item(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"),
                         probe_cases(_probes.REFUSE16 + _probes.CHARGES16, {}, 30))
def test_codes16b_refusal_charge(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.NO_AIM16, {}, 30))
def test_codes16b_no_aim(code: Any, text: str, expected: Any) -> None:
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples(code(text))}
    assert got == expected  # exactly three digits: no aim, no fourth digit
