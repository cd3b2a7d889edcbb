"""Breadth probes (tests/events/probes_breadth.py): sentences whose trigger word the lexicon lacked
before the seventh session, each with its CAMEO triples at country level.

What the lexicon still does not code as written is a strict xfail with its reason, so a later fix
shows up as an unexpected pass and the figures in docs/benchmarks.md stay true.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

_here = Path(__file__).parent


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, _here / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


matches = _load("probes_wire").matches
BREADTH = _load("probes_breadth").WIRE_BREADTH11

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


def _case(root: str, text: str) -> Any:
    marks = [pytest.mark.xfail(reason=KNOWN_GAPS[text], strict=True)] if text in KNOWN_GAPS else []
    return pytest.param(text, id=f"{root}-{text[:40]}", marks=marks)


PROBES = {text: expected for _, text, expected in BREADTH}


@pytest.mark.parametrize("text", [_case(r, t) for r, t, _ in BREADTH])
def test_breadth_probe(code: Any, text: str) -> None:
    art = code(text)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert matches(PROBES[text], got), sorted(got)


def test_breadth_batch_covers_every_root() -> None:
    roots = [r for r, _, _ in BREADTH]
    assert all(roots.count(f"{n:02d}") >= 3 for n in range(1, 21))
    assert len(BREADTH) >= 80
