"""The lead35 probes (tests/events/probes_lead35.py): GSR-style leads across the codebook, written blind.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead35")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'The Foreign Office in London dismissed the charges as absurd on Wednesday, saying Britain had no '
    'interest in who governed Zimbabwe.':
        "charges dismissed with no accuser in the sentence name no target: the state the saying clause "
        "names ('who governed Zimbabwe') is not read as the accuser",
    'Brazilian military police opened fire on landless farmers blocking a highway in the Amazon state of '
    'Para on Wednesday, killing 19 of them.':
        "Brazil's Para state is missing from the province table (countryinfo), so 'Para' is the Ivorian town "
        "and the farmers killed are placed in Cote d'Ivoire; 'military police' are read as the army",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL35, KNOWN_GAPS, ROW_GAPS)
