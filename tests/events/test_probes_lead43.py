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
    # batch 2
    "COLOMBO (Reuters) - An Indian offer of 10,000 tonnes of rice to drought-hit Sri Lanka was accepted by "
    "Colombo on Monday, the foreign ministry said.":
        "the offer is coded only as what Colombo accepts (LKA -> IND 030): an act noun that is the passive "
        "subject of a verb acting on it stands for that verb's object, not for an event of its own",
    "TEHRAN (IRNA) - Iran's charge that the United States was behind the bombing of a shrine in Mashhad was "
    "repeated today by the foreign ministry spokesman.":
        "'charge' has no noun row: it names criminal charges as often as an accusation, and a row read on "
        "its that-clause would code the accused's own rejections of the charge ('Iraq rejected the charge "
        "that it had ...') as accusations by the rejecting party",
    "FREETOWN (Reuters) - British paratroopers arrived in Freetown on Monday at the request of the Sierra "
    "Leone government, which asked for help against advancing rebels.":
        "'at the request of X' names the requester in an of-phrase of a frame noun with no complement; no "
        "rule makes X the source and the clause's subject the one asked",
    # batch 3
    "TEHRAN (IRNA) - Iran's acceptance of U.N. Security Council resolution 598 on a ceasefire with Iraq was "
    "announced today by the foreign ministry.":
        "the acceptance is aimed at the party of the ceasefire the resolution is about (IRN -> IRQ 030), not "
        "at the body named before the resolution: a name before an accepted text is not read as its owner",
    "WASHINGTON (Reuters) - The Organisation of American States' trade embargo against Haiti's military "
    "rulers was tightened on Monday to include all oil shipments.":
        "the small model parses the long body name as the clause's subject and the embargo as its of-object, "
        "so the owned-measure rule (a measure tightened with its owner named) never sees the embargo",
    "HARARE (Reuters) - Britain's suspension of aid to Zimbabwe's land reform programme drew an angry "
    "response from President Robert Mugabe on Saturday, who accused London of racism.":
        "an angry response drawn by an act codes the act (GBR -> ZWE 162), as the earlier probes of that "
        "shape read it (gsr17c, shape19: 'The expulsion of two American diplomats by the Soviet Union drew "
        "an angry response from Washington'); a noun row reading the response as 111 was dropped at the "
        "merge",
    "NAIROBI (Reuters) - Kenya's closure of its border with Somalia on Friday was meant to stop the flow of "
    "arms to bandits, a government spokesman said.":
        "a border closed to a neighbour has no lexicon row: the codebook names no border closure, and "
        "whether it is a sanction (16x) or a restriction (172) is a convention not yet decided",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL43, KNOWN_GAPS, ROW_GAPS)
