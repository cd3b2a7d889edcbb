"""The clauses28 probes (tests/events/probes_clauses28.py): GSR-style long leads whose act the plain
subject-verb-object reading does not hold (fronted conditions, participles, as-clauses, mediation,
"including" lists, relative clauses, "in response to", two clauses joined by "and", headlines). Each row
must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_clauses28")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Unless Israel halts settlement building, the Palestinians will walk out of the peace talks, their "
    "chief negotiator warned on Sunday.":
        "'their chief negotiator' takes no country from 'the Palestinians' before it, and a walk-out "
        "promised under a trailing 'warned' is not read as a threat to halt talks (134)",
    "Unless North Korea opens its nuclear sites to inspection, the United States will seek U.N. sanctions "
    "against Pyongyang, a State Department official said.":
        "'seek U.N. sanctions': the modifier 'U.N.' is read as the sanctions' author and source; the seeker "
        "(a threat by the United States) is not",
    "If the Security Council approves new sanctions, Libya will quit the United Nations, Libyan officials "
    "said on Thursday.":
        "quitting a body, promised, is read as an intent to resign (035), not a threat to leave (13)",
    "Citing Iraqi violations of the no-fly zone, U.S. warplanes attacked air defence sites near Basra.":
        "air defence sites near a city are read as the city's civilians (IRQCVL), not its military",
    "As the deadline passed, NATO aircraft began bombing targets across Yugoslavia.":
        "targets across a country are read as its civilians (YUGCVL); country + root matches",
    "Because Iran had refused inspections, the United States blocked a World Bank loan to Tehran.":
        "blocking a body's loan to a state is read as a rejection aimed at the lender (the World Bank)",
    "A day after the massacre, the Algerian government vowed to wipe out the Islamic militants.":
        "'Islamic militants' are the actors stage's unidentified armed group (DZAUAF), not rebels (REB)",
    "In a bid to end the civil war, the Sudanese government offered the southern rebels a ceasefire.":
        "'the southern rebels' (a dative, no country named) take no country from the offering government",
    "Pakistan test-fires missile, India protests":
        "a headline's second clause after a comma ('India protests') is not read as an act of its own",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Blaming Pakistan for the attack on parliament, India massed troops along the border.", "INDMIL"):
        "troops massed along a border name no other side; the blamed party of the fronted participle is "
        "not taken as the build-up's target",
    ("In response to the embassy bombings, the United States fired cruise missiles at targets in "
     "Afghanistan and Sudan.", "USAMIL"):
        "the second place coordinated inside 'targets in X and Y' is not a second target",
    ("Iraq fired Scud missiles at Israel and the Israeli government vowed to retaliate.", "IRQ"):
        "'Israel' is merged by the actors stage with 'the Israeli government' after it (ISRGOV, not the "
        "country or its civilians); country + root matches",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL28, KNOWN_GAPS, ROW_GAPS)
