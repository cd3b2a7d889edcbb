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
        "the events stage still reads 'Brazilian military police' as the army (BRAMIL) by its own "
        "nationality path (the actors stage's phrase is BRACOP since wip/actors37), which the row does not "
        "accept; Para is Brazil's state (wip/actors36), so country + root holds",
    'An Algerian court on Wednesday banned the Islamic Salvation Front, the fundamentalist party that won '
    'the first round of elections in December.':
        "the table gives the Islamic Salvation Front its armed years' rebel code at the placeholder date, "
        "though its apposition calls it a party (country + root holds)",
    'Cambodian Second Prime Minister Hun Sen ousted his co-premier Prince Norodom Ranariddh on Sunday '
    'after two days of heavy fighting in Phnom Penh.':
        "'oust' codes only a coup (a putschist subject or an in-coup phrase); a co-premier ousted after "
        "fighting is no row",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL35, KNOWN_GAPS, ROW_GAPS)
