"""The leads40 probes (tests/events/probes_leads40.py): long era leads (1985-2005 agency copy), written blind,
weighted to joint acts that are plans, not threats; a message carried by an envoy; the second verb of a
coordinated lead and a participle that carries an act; targets reached through a place or an institution of
another state, or named in the previous sentence; the target in an of-phrase, a possessor, a preposition's
object, a relative or an apposition; reciprocal acts; and acts with no target. Each row must be coded
(actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads40")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'DAKAR (AFP) - Senegal on Friday accused the government of its southern neighbour, Guinea-Bissau, of '
    'arming separatist rebels in the Casamance region, the foreign ministry said.':
        "'the government of its southern neighbour, Guinea-Bissau': the possessor 'its' is resolved to the "
        "subject (SENGOV) before the apposition names the neighbour; an actors-stage reading of 'its "
        "neighbour, X'",
    'TUNIS (AFP) - Arab League Secretary-General Chedli Klibi on Monday conveyed a message from King Fahd of '
    'Saudi Arabia to Tunisian President Habib Bourguiba, the Tunisian news agency TAP reported.':
        "the message is read (carried_messages), but 'King Fahd of Saudi Arabia' resolves by the TUNIS "
        "dateline to TUNGOV (the of-phrase's country is not read for a king), so sender and addressee are "
        "one country; an actors-stage reading",
    'NAIROBI (Reuters) - Kenya on Monday voiced concern over the shelling of the border town of Busia by '
    'Ugandan troops, the foreign ministry said in a statement.':
        "the small model reads 'Kenya' as an apposition of the dateline NAIROBI, the subject of 'voiced', so "
        "the judgement has no source and nothing is coded",
    'PESHAWAR, Pakistan (AP) - Pakistan on Saturday handed over 18 sick and wounded Afghan soldiers '
    'captured by the guerrillas to the International Committee of the Red Cross, officials said.':
        "no wounding is read now (paired_states.py), but 'handed over' prisoners to the Red Cross is the "
        "row's judicial cooperation (063), where an analyst codes their release (0841)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ('HANOI (AFP) - Vietnamese gunboats fired on a Chinese fishing trawler in the Gulf of Tonkin on Tuesday '
     'and towed the boat to the port of Haiphong, Chinese diplomats in Hanoi said.', 'VNMMIL'):
        "'towed the boat' has no lexicon row (a seizure, 171), so the boat named again has no act to take "
        "its target (named_again.py needs a reading)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL40, KNOWN_GAPS, ROW_GAPS)
