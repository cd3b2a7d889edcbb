"""Wire-register probes (tests/events/probes_wire.py): each sentence's CAMEO triples at country level.

The probes that wirewatch does not yet code as written are strict xfails with the reason, so a fix
shows up as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

# the probe data lives next to this file and runs as a script too; tests run in importlib mode
_spec = importlib.util.spec_from_file_location("probes_wire", Path(__file__).with_name("probes_wire.py"))
assert _spec is not None and _spec.loader is not None
_probes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_probes)
WIRE, WIRE_FRESH, matches = _probes.WIRE, _probes.WIRE_FRESH, _probes.matches

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The Pakistani Taliban claimed responsibility for the attack on a police station in the northwestern "
    "city of Bannu.": "actors stage: the Pakistani Taliban coded AFGREB",
    "Gunmen shot dead a prominent Pakistani journalist in Karachi on Tuesday.":
        "a shooting is 190 whoever shoots; the codebook's 18x (unconventional violence) needs the "
        "attacker's kind, which the lexicon does not weigh",
    "Chinese coast guard ships blocked Philippine supply boats near Second Thomas Shoal on Saturday.":
        "actors stage: 'Philippine' (the demonym) is not in the gazetteer, so the boats have no country",
    "Ukrainian forces pulled out of the town of Avdiivka to avoid encirclement, the army chief said.":
        "a withdrawal takes no target from the place it leaves (Avdiivka is not in the gazetteer either)",
    "Iran threatened on Sunday to close the Strait of Hormuz if attacked by the United States.":
        "the party threatened is only named in the condition ('if attacked by the United States')",
    "South Korea's military raised its alert level after North Korea fired artillery near the border.":
        "an alert names no target; the cause in the after-clause is not read as one",
}


def _case(root: str, text: str) -> Any:
    marks = [pytest.mark.xfail(reason=KNOWN_GAPS[text], strict=True)] if text in KNOWN_GAPS else []
    return pytest.param(text, id=f"{root}-{text[:40]}", marks=marks)


PROBES = {text: expected for _, text, expected in WIRE + WIRE_FRESH}


@pytest.mark.parametrize("text", [_case(r, t) for r, t, _ in WIRE + WIRE_FRESH])
def test_wire_probe(code: Any, text: str) -> None:
    art = code(text)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert matches(PROBES[text], got), sorted(got)


def test_every_cameo_root_has_wire_probes() -> None:
    roots = {r for r, _, _ in WIRE + WIRE_FRESH}
    assert {f"{n:02d}" for n in range(1, 21)} <= roots
    assert len(WIRE) + len(WIRE_FRESH) >= 80
