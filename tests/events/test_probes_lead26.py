"""The lead26 probes (tests/events/probes_lead26.py): parties in the sentence before, reverse-only acts
told from the receiver, help against a third party, act nouns as subjects, channels, weapons and their
nulls. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead26")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "India's army chief said on Tuesday his troops had struck militant camps across the frontier. "
    "Pakistan's foreign ministry rejected the claim as a fabrication.":
        "rejecting a claim is read as the lexicon's rejection (120), not as criticism; the claim's author "
        "is found (INDMIL)",
    "The U.S. Navy sailed a destroyer near islands claimed by China on Tuesday. "
    "Beijing called the move a serious provocation.":
        "a patrol sailed near claimed islands is no coded act, so 'the move' has no doer to point at",
    "Ethiopia began filling the dam's reservoir last month. Egypt's irrigation minister said the "
    "decision was a breach of the 2015 declaration of principles.":
        "filling a reservoir is no coded act, so 'the decision' has no doer to point at",
    "The U.N. Security Council met on Friday to discuss the crisis in Myanmar. The council urged the "
    "military to release all detained leaders.":
        "the row accepts only MMR / MMRGOV; the coder's MMRMIL for the junta is right by the guide (country "
        "+ root matches)",
    "In a letter to the U.N. Secretary-General, the Palestinian envoy asked for international protection "
    "for civilians in Gaza.":
        "the small model makes 'In' the root of a fragment; the letter's addressee is never reached",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Israel's air strikes on southern Lebanon were condemned by the Arab League.", "ISR"):
        "by convention a condemned act is coded as the condemnation only (as 'Egypt condemned Israel's "
        "air strikes'); the row wants the strikes too",
}


def test_every_gap_names_a_probe() -> None:
    assert set(KNOWN_GAPS) <= {row[3] for row in _probes.ALL26}
    assert set(ROW_GAPS) <= {(row[3], row[0][0]) for row in _probes.ALL26 if row[0]}


@pytest.mark.parametrize("row", _match.gap_params(_probes.ALL26, KNOWN_GAPS, ROW_GAPS))
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)
