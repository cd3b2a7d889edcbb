"""The lead43 probes (tests/events/probes_lead43.py): acts told as nouns or answering another's act, written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead43")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "MAPUTO (AFP) - A World Bank pledge of 100 million dollars for flood reconstruction in Mozambique was "
    "confirmed on Monday by the bank's representative in Maputo.":
        "the pledge's recipient is named only as the place of what it pays for ('for flood reconstruction in "
        "Mozambique'); a place under a purpose phrase is no recipient by the target rules",
    "SEOUL (Reuters) - South Korea on Thursday accepted Japan's apology for its colonial rule of the "
    "peninsula, saying it opened a new chapter in relations between the two neighbours.":
        "accepting an apology is coded as accepting an offer (030); the codebook has no row for it, and the "
        "row's readings (praise 05x, yielding 08x) are a convention not yet decided",
    "TEHRAN (Reuters) - Iran's massing of 70,000 troops on the Afghan border was meant as a warning to the "
    "Taleban, not a prelude to war, a senior Iranian official said on Monday.":
        "the massing is an act noun that is the subject of a copula ('was meant as a warning to'); no rule "
        "reads an act noun as the subject of a predicate that names its aim",
    "OSLO (Reuters) - Norway's offer to mediate between the Sri Lankan government and Tamil Tiger rebels "
    "was accepted by Colombo on Friday, the Norwegian Foreign Ministry said.":
        "an offer to mediate between two parties: the between-phrase of the mediation is taken for the "
        "acceptance's target, and the acceptance by one of those parties is then its own (no triple)",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL43, KNOWN_GAPS, ROW_GAPS)
