"""Evaluative and meeting probes of the seventh session (tests/events/probes_evaluative.py): secondary
predication ("called X a disaster"), attack-in-words phrasal verbs, meeting and visit nouns, and the
null cases where the thing judged is nobody's.

The probes wirewatch does not yet code as written are strict xfails with the reason, so a fix shows
up as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_evaluative")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Poland branded the Belarusian border push a hybrid attack.":
        "the small parser reads 'push' as a verb ('the border push a hybrid attack' becomes a clause), so "
        "'branded' has no object to judge",
    "Ahead of his visit to Beijing, the German chancellor met business leaders.":
        "one reading per sentence keeps the shallowest act (the meeting with business leaders, no "
        "party); the fronted visit is deeper and is dropped",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.EVALUATIVE, KNOWN_GAPS, 30))
def test_evaluative_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_judged_thing_must_be_someones(code: Any) -> None:
    # "called the meeting a success", "called the drought a disaster" praise or blame no one: no SUPPORT
    # or ACCUSE event, even without a target (the PLOVER reading)
    for text in ("The French president called the meeting a success.",
                 "The farm minister called the drought a disaster for growers."):
        assert {e.type for e in code(text).events} & {"SUPPORT", "ACCUSE"} == set(), text


def test_batch_covers_the_constructions() -> None:
    assert len(_probes.EVALUATIVE) >= 40
    roots = {r for _, r, _, _ in _probes.EVALUATIVE}
    assert {"11", "04", "05", "--"} <= roots
    assert sum(1 for _, r, _, _ in _probes.EVALUATIVE if r == "--") >= 5
