"""The probes of wip/codes17f (tests/events/probes_codes17f.py): an announced future measure, things
released, and parser glitches; each row's actor codes and full CAMEO code, and roots that must not come."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_codes17f")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.CODES17F:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


@pytest.mark.parametrize("row", _cases())
def test_codes17f_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)


@pytest.mark.parametrize("root,text", _probes.NOT_ROOTS, ids=[t[:40] for _, t in _probes.NOT_ROOTS])
def test_codes17f_no_root(code: Any, root: str, text: str) -> None:
    art = code(text, date="2000-01-01")
    got = sorted((e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo)
    assert not [g for g in got if g[2][:2] == root], got
