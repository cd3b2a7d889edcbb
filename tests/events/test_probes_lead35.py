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
    'Albania denied on Saturday that it was arming Kosovo rebels and accused Belgrade of seeking a pretext '
    'for a crackdown.':
        "the denial is aimed at the rebels named in what is denied, and the coordinated accusation of "
        "Belgrade is hung inside the denied clause, so it is no act of its own (country + root holds)",
    "Estonia protested to Moscow on Wednesday over a Russian military aircraft's violation of its airspace "
    'near the island of Saaremaa.':
        "the protest is aimed at the doer in the over-phrase (RUSMIL), not at the government it was made to "
        "(country + root holds)",
    'An Algerian court on Wednesday banned the Islamic Salvation Front, the fundamentalist party that won '
    'the first round of elections in December.':
        "the table gives the Islamic Salvation Front its armed years' rebel code at the placeholder date, "
        "though its apposition calls it a party (country + root holds)",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL35, KNOWN_GAPS, ROW_GAPS)
