"""The targets38 probes (tests/events/probes_targets38.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets38")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

_ERA_SPELLING = ("the era spellings of Hezbollah ('Hizbollah') are not in the tables: taken out at the "
                 "thirtieth session's merge because the unread PLOVER half loses a record with them "
                 "(test_probe_seventeenth); added again here and taken out for the same loss (0.747 -> "
                 "0.744); the unknown name takes the target's place, ISRREB")

KNOWN_GAPS: dict[str, str] = {
    "Hizbollah guerrillas fired rockets into northern Israel on Sunday.": _ERA_SPELLING,
    "Hizbollah guerrillas shelled the Israeli border town of Kiryat Shmona on Tuesday.": _ERA_SPELLING,
    "China on Wednesday denounced the sale of American fighter jets to Taiwan.":
        "the seller of 'American fighter jets' is read from the jets (USAMIL), not the state that sells them "
        "(USAGOV); country + root holds",
    "Iraqi Scud missiles hit the Saudi capital Riyadh on Thursday.":
        "the small model tags 'Iraqi Scud' as a person, and the 'hit' rows of missiles do not fire on that "
        "subject ('Iraqi missiles hit' and 'Scud missiles struck' code 195)",
    "Northern and southern Yemeni troops fought near Aden on Friday. Saudi Arabia called on both parties to "
    "halt the bloodshed.":
        "two sides of one country (north and south Yemen's troops, both YEMMIL) are no pair of two codes, so "
        "'both parties' names nobody; the fight itself is read as aimed at civilians (YEMCVL)",
    "Philippine troops killed 15 communist rebels who had raided a town hall in Samar on Wednesday.":
        "'Samar' is not in the gazetteer, so the rebels stay unplaced (---REB), as they do without the "
        "relative clause; troops known only by nationality may be abroad (home_opponents)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL38, KNOWN_GAPS, ROW_GAPS)
