"""The codebook15 probes (tests/events/probes_codebook15.py): one act per sentence, in the manner of the
CAMEO manual's examples, across the roots."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_codebook15")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Belgian police are investigating the murder of a Rwandan exile in Brussels.":
        "the victim of the crime investigated is taken as the investigation's target",
    "Indonesia expelled a Portuguese journalist from East Timor.":
        "the lexicon's 166 row lists journalists with diplomats; the codebook's 174 expels individuals",
    "Ethiopian troops occupied the disputed town of Badme.": "Badme is no town of the gazetteer: no target",
    "Serbian forces drove thousands of ethnic Albanians from their homes in Kosovo.":
        "'drive X from their homes' has no lexicon row (mass expulsion, 201)",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.CODEBOOK15, KNOWN_GAPS, 30))
def test_codebook15_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text, date="2000-01-01"))
    assert matches(expected, got) if expected else not got, sorted(got)
