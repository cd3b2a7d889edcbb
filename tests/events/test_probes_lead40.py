"""The lead40 probes (tests/events/probes_lead40.py): leads of multilateral diplomacy, written blind. Each
row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead40")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "BUJUMBURA, Burundi (Reuters) - Burundi's military government on Thursday denounced the sanctions "
    "imposed by its neighbours as illegal and called for them to be lifted at once.": (
        "a disapproval of an act noun is aimed at the agent of the participle that modifies it ('the "
        "sanctions imposed by ...'), and 'its neighbours' (the states around the subject) has no code"),
    "KINSHASA, Zaire (Reuters) - A team of U.N. human rights investigators arrived in Kinshasa on Monday "
    "to begin talks with the government on access to the eastern refugee camps.": (
        "an arrival in a capital is a visit only with 'for talks with'; 'to begin talks with' (a purpose "
        "infinitive) leaves the arrival uncoded and the talks with no source"),
    "HANOI (Reuters) - The Association of South East Asian Nations on Saturday postponed Cambodia's "
    "admission to the group after Hun Sen ousted his co-prime minister.": (
        "a body's decision to postpone a state's admission has no row (a reduction of relations, 16x, or "
        "a refusal, 12x: the codebook names neither)"),
    "LUXEMBOURG (Reuters) - European Union leaders on Saturday excluded Turkey from the list of countries "
    "invited to start membership talks, citing its human rights record.": (
        "'excluded X from the list of countries invited to ...' has no row (as the admission postponed)"),
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL40, KNOWN_GAPS, ROW_GAPS)
