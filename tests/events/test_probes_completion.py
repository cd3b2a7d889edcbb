"""Dyad completion (events/dyad_completion.py): the probes of tests/events/probes_completion.py, and
what a user of the record sees when a target is completed: a CAMEO row whose filled party points at
its mention and names the policy, beside the PLOVER event the rules made, untouched."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from support import load_probe_module, probe_cases
from wirewatch.events import dyad_completion as dc
from wirewatch.events import learned_attach as la

_probes = load_probe_module("probes_completion")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.COMPLETION, KNOWN_GAPS, 30))
def test_completion_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


def test_probes_hold_both_kinds() -> None:
    fills = [row for row in _probes.COMPLETION if row[-1]]
    assert len(fills) >= 6 and len(_probes.COMPLETION) - len(fills) >= 8


MOROCCO = "Morocco threatened to suspend the import licences granted to Spanish fishing firms."


def test_the_completed_dyad_is_a_cameo_row_and_the_plover_events_target(code: Any) -> None:
    art = code(MOROCCO)
    plover = [e for e in art.events if e.type]
    cameo = [e for e in art.events if e.cameo]
    assert [(e.type, e.source.code) for e in plover] == [("THREATEN", "MAR")]
    target = plover[0].target
    assert target is not None and (target.code[:3], MOROCCO[target.start:target.end]) == ("ESP", "Spanish")
    if cameo and cameo[0] is plover[0]:
        # the learned argument step (refitted in the fourteenth session) may find the firms itself:
        # then there is nothing to complete, and one event carries both schemes
        assert any(r.startswith("learned argument scorer") for r in target.reasons)
        assert len(cameo) == 1
        return
    # completed: the CAMEO row has no PLOVER type (no second PLOVER event for trends to count), and the
    # reading's PLOVER event takes the completed target in place of its empty one (targets23)
    assert len(cameo) == 1 and cameo[0].type is None
    assert cameo[0].target is not None and cameo[0].target.code == target.code
    assert any(r.startswith("dyad completion: target by the 'learned' policy") for r in target.reasons)
    assert cameo[0].confidence is not None and cameo[0].confidence < plover[0].confidence + 1e-9


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(la.MODEL_ENV, "/nonexistent/attacher.json")
    la._cached_model.cache_clear()
    yield
    la._cached_model.cache_clear()


def test_without_weights_the_subtree_rule_still_completes(code: Any, no_model: None) -> None:
    text = "Kenya ruled out adopting a lending programme drawn up by the World Bank."
    cameo = [e for e in code(text).events if e.cameo]
    assert [(e.source.code, e.target.code[:3], e.cameo[:2]) for e in cameo] == [("KEN", "IGO", "12")]
    assert any("'subtree' policy" in r for r in cameo[0].target.reasons)


def test_a_bare_country_never_completes_its_own_sector() -> None:
    assert dc._own_country("PAK", {"PAKMIL"}) and dc._own_country("IRNGOVMIL", {"IRN"})
    assert not dc._own_country("DEUGOV", {"DEUAGR"})  # two sectors of one country may act on each other
    assert not dc._own_country("JPN", {"USA"})
