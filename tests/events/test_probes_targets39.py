"""The targets39 probes (tests/events/probes_targets39.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets39")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "North Korea detained 12 Japanese sailors on Sunday after their trawler strayed into its waters.":
        "'sailors' are read as navy men (JPNMIL), though the trawler makes them seamen; country + root holds",
    "French President Francois Mitterrand met Nelson Mandela, the leader of the African National Congress, "
    "in Paris on Friday.":
        "Mandela's tenure makes him ZAFGOV at the 2000 date, above the apposition's ANC leadership (the era "
        "is before his presidency); country + root holds",
    "Thai and Laotian troops shelled each other's border positions on Wednesday.":
        "the small model makes 'Thai' the sentence's root and 'shelled' its conjunct, so only the Laotian "
        "troops are a subject (shared_nationality moves a nationality only inside a noun phrase's role)",
    "Security forces raided the Jakarta headquarters of the opposition Indonesian Democratic Party on "
    "Saturday.":
        "a city before the seat's noun ('the Jakarta headquarters of ...') makes the target the city's "
        "people (IDNCVL); without it the of-phrase's party is the target (IDNPTY); country + root holds",
    "Israeli commandos raided a Palestinian guerrilla base in southern Lebanon on Sunday. Syria condemned "
    "the operation.":
        "'the operation' as a name of the last act of force was tried and taken out: as often a police "
        "operation of arrests, it aimed an Australian minister's praise at the wrong party (stories22)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL39, KNOWN_GAPS, ROW_GAPS)
