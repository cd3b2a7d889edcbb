"""Code probes of the fourteenth session (tests/events/probes_codes16.py): the full CAMEO code of short
GSR-style international sentences, one per three-digit code international wire uses most, four digits
where the codebook has one the sentence clearly fits.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_codes16")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Brazil said it shared Argentina's position on the trade dispute.":
        "019 (express accord) has no lexicon row: sharing a view is rare in wire copy and a bare 'shared' "
        "is mostly information or a border",
    "Germany promised to send more air defence systems to Ukraine.":
        "'systems' is no weapon noun (banking systems, political systems); the promise stays 030",
    "The French president spoke by telephone with the Russian president.":
        "the coder's documented convention codes a call both ways (041:041), as it codes talks; the "
        "codebook is silent on the direction of a call",
    "Swiss prosecutors opened an investigation into a Kazakh minister.":
        "the parser hangs 'into a minister' on 'opened', not on 'investigation', so the noun's into-row "
        "does not see the person investigated",
    "Lithuania rejected a Chinese offer to build its new port.":
        "'build' names no act in the lexicon, so the refused offer has no complement to give 121",
}


@pytest.mark.parametrize(("text", "expected"),
                         probe_cases(_probes.CODES16, KNOWN_GAPS, 30))
def test_codes16_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.FIXES16, {}, 30))
def test_codes16_fix(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)
