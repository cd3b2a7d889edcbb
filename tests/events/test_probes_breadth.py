"""Breadth probes (tests/events/probes_breadth.py): sentences whose trigger word the lexicon lacked
before the seventh session, each with its CAMEO triples at country level.

What the lexicon still does not code as written is a strict xfail with its reason, so a later fix
shows up as an unexpected pass and the figures in docs/benchmarks.md stay true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples
BREADTH = load_probe_module("probes_breadth").WIRE_BREADTH11

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(BREADTH, KNOWN_GAPS))
def test_breadth_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_breadth_batch_covers_every_root() -> None:
    roots = [r for r, _, _ in BREADTH]
    assert all(roots.count(f"{n:02d}") >= 3 for n in range(1, 21))
    assert len(BREADTH) >= 80


SCENE_SETTING = [
    ("During talks with Chinese Premier Li Qiang in Beijing, the Australian prime minister said trade "
     "barriers should be removed.", {("AUS", "CHN", "046"), ("CHN", "AUS", "046")}),
    ("The Indian foreign minister, on a visit to Moscow, said New Delhi would keep buying Russian oil.",
     {("IND", "RUS", "042"), ("RUS", "IND", "043")}),
    ("Following talks with Turkish President Tayyip Erdogan in Ankara, Putin said the grain deal could be "
     "revived.", {("RUS", "TUR", "046"), ("TUR", "RUS", "046")}),
    ("The U.S. secretary of state is in Tokyo for talks with Japanese officials.",
     {("USA", "JPN", "046"), ("JPN", "USA", "046")}),
    # talks hoped for have not happened
    ("The Indian prime minister hoped for talks with Pakistan after the election.", set()),
]


@pytest.mark.parametrize("text,expected", SCENE_SETTING, ids=[t[:40] for t, _ in SCENE_SETTING])
def test_a_meeting_that_sets_the_scene_is_an_event(code: Any, text: str, expected: set[Any]) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)
