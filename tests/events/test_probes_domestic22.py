"""The domestic and relations probes of the twentieth session (tests/events/probes_domestic22.py): a state
and its own armed or opposition side, relations cut or mended. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_domestic22")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Sri Lanka rejected a rebel offer of talks and stepped up its military campaign.":
        "a rejected offer's owner named only by an adjective ('rebel offer') is no party",
    "The Nepalese government lifted a ban on the Maoist rebels and invited them to talks.":
        "a ban's on-phrase is not read as the target of lifting it; the domestic default gives the country",
    "Thailand declared a state of emergency as anti-government protesters occupied the airport.":
        "an emergency is coded on the country (the domestic default); the probe asked for the protesters",
    "Ethiopia and the rebels agreed to a truce in the Tigray region.":
        "'agreed to a truce' is read through the agree frame as an intent (0356); the probe asked for 08",
    "Ecuador abandoned diplomatic relations with Israel in protest at the Gaza offensive.":
        "kept out: the PETRARCH suite tests 'abandon ties' as its own codes (080, 345); 161 lost 11 records",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.DOMESTIC22:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.DOMESTIC22}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_domestic22_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
