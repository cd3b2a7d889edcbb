"""Root and trigger probes of the eighth session (tests/events/probes_roots9.py): one or more sentences
per class of act the coder missed or mis-rooted on real copy, its CAMEO triples at country level.

The probes wirewatch does not yet code as written are strict xfails with the reason, so a fix shows
up as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_roots9")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Vietnam unveiled plans to send rice to the Philippines.":
        "rice is no relief noun: sending grain reads alike as aid and as exports, so no row codes it",
    "Sudanese troops suffered heavy losses in an offensive by Ethiopian forces.":
        "the noun is licensed by its by-agent now, but another anchor of the sentence wins and the "
        "victims (subject of 'suffered') are not read as its target (events/attach.py)",
    "Two Somali villagers died in a raid by Kenyan soldiers.":
        "the raid is coded now with its by-agent as source; the victims (subject of 'died') are not "
        "read as its target (events/attach.py)",
    # second batch (first run 0/7)
    # third batch (first run 2/8): all pass now
    # fourth batch (first run 0/2)
    "India failed to win concessions during talks with China in Beijing.":
        "no longer a refusal of talks (125); the talks of the setting, under 'win', are not read as a "
        "meeting",
    # fifth batch (first run 0/1): passes now
    "The bombings of the embassies in Nairobi and Dar es Salaam killed more than 200 people.":
        "since parse39's rule for a violent act noun as a harm verb's subject, the of-phrase's embassies are "
        "read as struck, and the second town's government with them (KENUAF -> TZAGOV 183 beside the "
        "right KEN -> KEN): the embassies' own state is not read",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.ROOTS9, KNOWN_GAPS, 30))
def test_roots9_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_every_class_has_a_probe() -> None:
    assert len(_probes.ROOTS9) >= 37
    assert len({c for c, _, _, _ in _probes.ROOTS9}) >= 36
