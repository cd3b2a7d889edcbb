"""Root and trigger probes of the ninth session (tests/events/probes_roots9.py): one or more sentences
per class of act the coder missed or mis-rooted on real copy, its CAMEO triples at country level.

The probes wirewatch does not yet code as written are strict xfails with the reason, so a fix shows
up as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_case

_probes = load_probe_module("probes_roots9")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Singapore threatened to revoke the licences of Thai airlines.":
        "revoking a licence is read as expelling (136 threat); no row for revoking permits",
    "Mexico announced plans to impose tariffs on American pork.":
        "the noun 'plans' is no intention frame: the tariffs are coded as imposed",
    "Vietnam unveiled plans to send rice to the Philippines.":
        "the noun 'plans' is no intention frame",
    "The Venezuelan president called the Colombian president a liar.":
        "'liar' is read as an allegation of wrongdoing (112), not as an insult",
    "Ahead of next week's visit to Ankara by the Greek foreign minister, both sides lowered their tone.":
        "a visit noun with a by-agent is not licensed",
    "Indian troops clashed with Chinese soldiers on the disputed border.":
        "'clashed with' codes one direction",
    "Egypt and Sudan signed a memo on water cooperation in Cairo.":
        "'memo' is not among the signed documents",
    "Kenya signed a contract with China to extend the railway.":
        "'contract' is not among the signed documents",
    "Sudanese troops suffered heavy losses in an offensive by Ethiopian forces.":
        "an attack noun under 'in' with a by-agent is not licensed",
    "Two Somali villagers died in a raid by Kenyan soldiers.":
        "an attack noun under 'in' with a by-agent is not licensed",
    "The bombings of the embassies in Nairobi and Dar es Salaam killed more than 200 people.":
        "an attack with no attacker takes a source from a place",
}


def _case(cls: str, root: str, text: str) -> Any:
    return probe_case(text, f"{root}-{cls}-{text[:30]}", KNOWN_GAPS)


PROBES = {text: expected for _, _, text, expected in _probes.ROOTS9}


@pytest.mark.parametrize("text", [_case(c, r, t) for c, r, t, _ in _probes.ROOTS9])
def test_roots9_probe(code: Any, text: str) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(PROBES[text], got), sorted(got)


def test_every_class_has_a_probe() -> None:
    assert len(_probes.ROOTS9) >= 19
    assert len({c for c, _, _, _ in _probes.ROOTS9}) >= 19
