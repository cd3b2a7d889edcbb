"""The lead33 probes (tests/events/probes_lead33.py): GSR-style leads of 1985-1989 and 2000-2005, written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead33")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Pakistan's military ruler General Pervez Musharraf on Saturday banned five Islamic militant groups "
    'accused of terrorism and pledged to crack down on religious extremism.':
        "'Islamic militant groups' are coded by their faith (PAKMOS), not as the armed side the row wants",
    'Syrian President Bashar al-Assad announced on Saturday that Syria would pull its troops back to the '
    'Bekaa Valley and then to the border, bowing to international pressure.':
        "a pullback told by where the troops go ('to the Bekaa Valley') names no country it leaves, so the "
        'intent has no target',
    'Colombian FARC rebels kidnapped presidential candidate Ingrid Betancourt on Saturday as she travelled '
    'to the former rebel safe haven in the south of the country.':
        "'presidential candidate' is no role of the tables, so the person kidnapped has no actor",
    "South Africa's government freed Nelson Mandela on Sunday after 27 years in jail, and the black "
    'nationalist leader pledged to keep up the struggle against apartheid.':
        'Mandela is dated as a former president (ZAFELI) at 2000-01-01; the sentence gives his era only '
        "through '27 years in jail'",
    'Kidnappers in Beirut seized Anglican Church envoy Terry Waite on Tuesday as he tried to negotiate the '
    'release of foreign hostages, a Druze militia source said.':
        "an envoy is no captive noun of the seizing rows, so the kidnapping reads as property seized (171) "
        "and the church's envoy as Lebanon's government",
    "Ethiopian troops backing Somalia's interim government drove Islamist fighters out of Mogadishu on "
    'Thursday, witnesses said.':
        "'Islamist fighters' are irregulars (SOMUAF), not the rebel side the row wants",
    'Algeria freed thousands of jailed Islamic militants on Tuesday under an amnesty offered by President '
    'Abdelaziz Bouteflika to end seven years of civil strife.':
        "'Islamic militants' are irregulars (DZAUAF), not the rebel side the row wants",
    'Saudi Arabia agreed on Tuesday to let American troops and warplanes use its territory to defend the '
    'kingdom against a possible Iraqi attack, U.S. officials said.':
        "now aimed at the troops let in (SAU -> USAMIL, targets34), but coded as the intent of the "
        "defence (0334) where the row's codes want the act of letting in (086, 074)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL33, KNOWN_GAPS, ROW_GAPS)
