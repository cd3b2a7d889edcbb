"""The acts29 probes (tests/events/probes_acts29.py): era leads whose act is told with a that-clause
judgement, a verb that had no row (coups, landings, building for a state) or a possessive pronoun's owner as
the target. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_acts29")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Egyptian President Hosni Mubarak said he saw little hope of progress while Israel kept building "
    "settlements in the West Bank.":
        "little hope of progress with the party in a while-clause: no that-clause, no party on 'hope'",
    "China said it was pessimistic about relations with the United States after the bombing of its embassy "
    "in Belgrade.":
        "the party inside 'relations with X' under 'pessimistic about' is not reached",
    "Pakistan's army chief General Pervez Musharraf ousted Prime Minister Nawaz Sharif in a coup on "
    "Tuesday.":
        "read as PAKGOV -> PAKELI at the 2000 date (Musharraf in office, Sharif a former premier), which "
        "keeps the ASSAULT but no CAMEO code",
    "Russian special forces stormed the hospital in Budyonnovsk held by Chechen rebels on Saturday.":
        "a building stormed is its own (HLH); those holding it ('held by Chechen rebels') are not read",
    "Indian troops stormed the Golden Temple in Amritsar to flush out Sikh militants.":
        "the militants in the purpose clause are not the storming's target; the temple reads CVL",
    "China will build a second nuclear power plant for Pakistan at Chashma, officials said.":
        "'for Pakistan' hangs on the plant, not the verb: the prep condition does not see it",
    "Japan agreed to build a new bridge for China over the Yangtze River with a soft loan.":
        "'for China' hangs on the bridge; the intent is coded 030 with no kind",
    "NATO and Western European Union warships blockaded Montenegro's ports to enforce the U.N. embargo on "
    "Yugoslavia.":
        "a compound subject of bodies is not read as warships: the protesters' blockade (144) at Montenegro",
    "Tupac Amaru guerrillas seized the Japanese ambassador's residence in Lima during a party and took "
    "hundreds of guests hostage.":
        "'guests' is no captive noun: the hostage-taking is not read, only the seizure (171)",
    "Israel and the Vatican agreed on full diplomatic relations, the Israeli foreign ministry said.":
        "'agreed on relations' is read as an intent (030), not the relations established (054)",
    "The United States led a boycott of the Moscow Olympics to protest against the Soviet invasion of "
    "Afghanistan.":
        "'led a boycott' is no light verb of the boycott",
    "A British court ruled that former Chilean dictator Augusto Pinochet could be extradited to Spain.":
        "a ruling that someone could be extradited is hedged (could) and names no extraditer",
    "The United States sought the extradition of Colombian drug lord Pablo Escobar.":
        "the person to be extradited is the target (COLELI) where the row wants his country's government",
    "The storming of the rebel-held hospital by Russian troops ended the siege on Saturday.":
        "the storming noun has no row ('storm' is a verb row only); 'rebel-held' names no party",
    "The landing of U.S. marines in Somalia began before dawn on Wednesday.":
        "the landing noun has no row (the verb row wants troops as subject)",
    "Pakistan's ambassador fled Kabul on Wednesday after an Afghan mob sacked his embassy and set it on "
    "fire.":
        "an after-clause under a non-reaction is background (stories27's rule); 'sack' has no row",
    "Saddam Hussein sent his troops against Kurdish rebels in the north.":
        "troops sent against a party have no row",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL29, KNOWN_GAPS, ROW_GAPS)
